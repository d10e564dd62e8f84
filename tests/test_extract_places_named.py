"""A town named with the event: owning its name, closing it, or before a lowercase event noun."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article


@pytest.mark.parametrize("text, city, country", [
    ("Jazz by the lake\n\nKisumu's Lakeside Jazz Festival was held on 4 May 2024, with fans travelling from "
     "across Kenya.\n", "Kisumu", "KE"),
    ("Book fair closes\n\nThe 12th Regional Book Fair of Cusco closed on 4 May 2024 after ten days.\n",
     "Cusco", "PE"),
    ("Traders gather\n\nThe Jinja trade fair was held on 4 May 2024, drawing 300 traders.\n", "Jinja", "UG"),
])
def test_a_town_named_with_the_event(text, city, country):
    f = extract_facts(txt_article(text))
    assert (f.value("city"), f.value("country")) == (city, country)


def test_a_towns_own_venues_in_the_headline():
    f = extract_facts(txt_article("Science night fills Tartu's labs and lecture halls\n\nResearchers opened their "
                                  "doors to 5,000 visitors for the science night on 27 September 2024.\n"))
    assert (f.value("city"), f.value("country")) == ("Tartu", "EE")


@pytest.mark.parametrize("text", [
    # an organiser's name opening with a word the gazetteer holds only as another town's second name
    "Records training for clerks\n\nThe workshop, conducted by the Human Resource Directorate of the Coastal "
    "Authority, trained 30 clerks on 5 May 2021. The Director for Human Resource said more would follow.\n",
    # an event's name opening with such a word
    "Festival draws crowds\n\nThe Old Town Festival was held on 5 May 2021, drawing 300 people to the stalls.\n",
])
def test_a_second_name_of_a_town_opening_a_longer_name_gives_no_place(text):
    facts = extract_facts(txt_article(text))
    assert (facts.value("city"), facts.value("country")) == (None, None)
