"""A top line that is not wholly a town's name (a masthead, a release label) gives no dateline town,
even when its first word is a town's."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article

BODY = "\n\nCouncil hears plans for new park\n\nAbout 60 residents attended the public hearing on Tuesday evening.\n"


@pytest.mark.parametrize("top", [
    "FOR IMMEDIATE RELEASE",
    "DECORAH JOURNAL",
    "BOLTON NEWS",
    "DURBAN POST",
    "BRADFORD TELEGRAPH AND ARGUS",
    "GALWAY ADVERTISER",
    "NAIROBI BUREAU",
    "LIMA HERALD",
    "TORONTO STAR",
])
def test_a_masthead_or_label_names_no_town(top):
    facts = extract_facts(txt_article(top + BODY))
    city = facts.value("city")
    assert city is None or city.casefold() != top.casefold(), city


@pytest.mark.parametrize("text, city", [
    # a dateline that is wholly a town, one word or several, still gives it
    ("Clinic opens\n\nKOTA KINABALU, 3 May 2024 - About 200 residents attended the opening of a new clinic"
     " on Friday.\n", "Kota Kinabalu"),
    ("Clinic opens\n\nNAIROBI, Kenya — About 200 residents attended the opening of a new clinic in"
     " Nairobi on Friday, as Nairobi's county officials looked on.\n", "Nairobi"),
])
def test_a_whole_town_dateline_still_counts(text, city):
    assert extract_facts(txt_article(text)).value("city") == city
