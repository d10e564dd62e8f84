"""The event's full title, given a few paragraphs below a lede that only describes it.

Every text here is written for the test.
"""

from __future__ import annotations

from archive.extract import extract_facts

from _extract_helpers import txt_article

HEAD = "Students argue over the future of the wetlands\n\n"
LEDE = "About 300 students met in Hillford from 4 to 6 May 2024 for a three-day summit on the wetlands.\n\n"
MIDDLE = ("They came from nine schools. Some travelled for two days.\n\n"
          "Debates ran late on both evenings, and the final vote was close.\n\n")


def test_a_later_title_with_the_same_head_noun_names_the_event() -> None:
    text = HEAD + LEDE + MIDDLE + "This was the fourth Hillford Youth Wetlands Summit, and the largest.\n"
    assert extract_facts(txt_article(text)).value("event_name") == "Fourth Hillford Youth Wetlands Summit"


def test_a_later_title_of_another_kind_of_event_does_not() -> None:
    text = HEAD + LEDE + MIDDLE + "Many of them will return for the Hillford Wetlands Festival in June.\n"
    assert extract_facts(txt_article(text)).value("event_name") == "Summit on the wetlands"
