"""An event announced by its own name: "X is pleased to announce the second edition of the Y
Days, which will take place ...". The announcing verb frames the news; the name and its
"will take place" or "will be held" report the event, whatever the name's head word."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article

ANNOUNCED = [
    ("The Embassy of Chile in Ghana is pleased to announce the second edition of the Chilean Music Days, "
     "which will take place from 8th to 12th October 2024 at the Lantern Arts House in Accra.", "2024-10-08"),
    ("The Lindale Rowing Club announces that the Harbour Sprint Regatta Weekend will be held on "
     "14 June 2025 on the river at Kisumu.", "2025-06-14"),
    ("The city council announced on Monday that the Riverside Lantern Nights will take place on "
     "20 and 21 September 2024 in Galway.", "2024-09-20"),
    ("Organisers have announced that the Coastline Craft Beer Days will be held from 3 to 5 May 2025 "
     "at the old harbour in Mombasa.", "2025-05-03"),
    ("The Friends of Elm Park announced today that the Elm Park Summer Sessions, which will run from "
     "1 July 2024, return with six free evenings in Nakuru.", "2024-07-01"),
]


@pytest.mark.parametrize(("lede", "start"), ANNOUNCED)
def test_an_event_announced_by_its_name_is_an_event(lede: str, start: str) -> None:
    facts = extract_facts(txt_article(f"What's on\n\n{lede}\n\nEntry is free.\n"))
    assert facts.value("is_event") is True
    assert facts.value("start_date") == start


@pytest.mark.parametrize("lede", [
    "The Lindale Trust announced on 6 March 2024 that its chief executive, Mary Okafor, will retire in June.",
    "The university announced on 6 March 2024 that it will open a new campus in Kisumu next year.",
    "The Ministry of Education announced a new scholarship scheme for 500 students in Nairobi on 6 March 2024.",
])
def test_an_announcement_of_no_event_stays_none(lede: str) -> None:
    assert extract_facts(txt_article(f"News\n\n{lede}\n")).value("is_event") is not True
