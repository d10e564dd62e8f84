"""A dateline whose town carries its state or country and whose day is in brackets:
"DAYTON, Ohio (June 2, 2025) –". The bracketed day is the filing day, a reference for "today",
never the event's own day when the sentence gives another."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article

DATELINES = [
    "DAYTON, Ohio (June 2, 2025) –",
    "PERTH, Western Australia (2 June 2025) -",
    "KANDY, Sri Lanka (June 2, 2025) —",
    "Suva, Fiji (2 June 2025) –",
    "TAMALE, Northern Region (2 June 2025): ",
]


@pytest.mark.parametrize("dateline", DATELINES)
def test_the_bracketed_day_is_the_filing_day(dateline: str) -> None:
    text = (f"Growers open registration for annual meeting\n\n{dateline} The Lindale Growers Guild today "
            "opened registration for its annual meeting, to be held on 9-11 September 2025 at the "
            "Riverside Hotel.\n\nThe three-day programme has thirty sessions.\n")
    facts = extract_facts(txt_article(text))
    assert (facts.value("start_date"), facts.value("end_date")) == ("2025-09-09", "2025-09-11")


@pytest.mark.parametrize("dateline", DATELINES)
def test_today_is_the_bracketed_day(dateline: str) -> None:
    text = (f"Growers meet\n\n{dateline} More than 200 growers attended the annual meeting of the "
            "Lindale Growers Guild today at the Riverside Hotel.\n")
    assert extract_facts(txt_article(text)).value("start_date") == "2025-06-02"
