"""An event, or the people who come to it, going to a place: "the fair returns to X", "traders
came to the town of X"."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article


def place(text: str) -> tuple[str | None, str | None]:
    f = extract_facts(txt_article("Harbour festival opens\n\n" + text + "\n"))
    return f.value("city"), f.value("country")


@pytest.mark.parametrize("text, city, country", [
    ("The craft fair returns to the city of Cusco from 3 to 5 May 2024.", "Cusco", "PE"),
    ("After a two-year break the harbour festival returned to Kinsale on 3 May 2024, drawing crowds "
     "from across Ireland.", "Kinsale", "IE"),
    ("The Harbour Music Weekend came back to Portree on 3 May 2024, with sessions across Scotland's "
     "islands.", "Portree", "GB"),
])
def test_an_event_that_comes_to_a_town(text, city, country):
    assert place(text) == (city, country)


def test_a_small_town_elsewhere_keeps_no_country_of_the_guests():
    # the guests' country is not the small town's
    assert place("Traders from Norway came to the northern town of Portree last week for the seafood "
                 "expo, held on 3 May 2024.") == ("Portree", None)


def test_a_person_who_returned_gives_no_place():
    assert place("The minister returned to Nairobi on 3 May 2024 after the summit in Addis Ababa.") \
        == ("Addis Ababa", "ET")
