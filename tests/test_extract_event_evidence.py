"""An event reported without any of the usual event verbs: the event's noun with a day and a
place or a crowd is enough, unless the sentence is an item of a listing."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article

PAGE = "Growers meet in Lindale\nWednesday, 12 June 2024\n\n"


@pytest.mark.parametrize("sentence, start", [
    ("Last Saturday's seed fair at the Town Hall in Lindale drew 300 growers.", "2024-06-08"),
    ("The annual seed fair attracted 300 growers to the Town Hall in Lindale on Saturday.", "2024-06-08"),
    ("The seed fair, now in its tenth year, went ahead at the Town Hall in Lindale on Saturday despite the rain.",
     "2024-06-08"),
    ("A seed fair is coming to the Town Hall in Lindale on Saturday, June 22.", "2024-06-22"),
    ("The seed fair is back in Lindale on June 22, with stalls for 40 growers.", "2024-06-22"),
])
def test_a_day_and_a_place_or_a_crowd_report_the_event(sentence, start):
    facts = extract_facts(txt_article(PAGE + sentence + "\n"))
    assert facts.value("is_event") is True
    assert facts.value("start_date") == start


def test_items_of_a_listing_are_no_report():
    text = ("What's on in Lindale this weekend\nWednesday, 12 June 2024\n\nHere is our choice of things to do"
            " around town.\n\n• Saturday 15 June, 9am – The seed fair at the Town Hall, with 40 stalls of seed"
            " and tools.\n\n• Sunday 16 June – A choir concert at St Mark's Church in Lindale.\n")
    assert extract_facts(txt_article(text)).value("is_event") is False
