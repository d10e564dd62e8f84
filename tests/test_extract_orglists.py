"""Lists of organisations after a role phrase, descriptors and more phrasings, in sentences of our own."""

from __future__ import annotations

import pytest

from _extract_helpers import EVENT_LEDE, org_roles

LEDE = EVENT_LEDE
orgs = org_roles


@pytest.mark.parametrize("sentence, organizers", [
    ("The regatta was organised by the Riverside Council together with Hilltop Rowing and Eastside Youth Trust.",
     ["Riverside Council", "Hilltop Rowing", "Eastside Youth Trust"]),
    ("The walk was organised by Greenway Cycling and Northside Residents Association.",
     ["Greenway Cycling", "Northside Residents Association"]),
    ("The race was organised by the Eastport Striders running club and the Lions Club of Eastport.",
     ["Eastport Striders", "Lions Club of Eastport"]),
])
def test_each_name_of_an_organiser_list(sentence, organizers):
    assert orgs(sentence)[0] == organizers


def test_each_sponsor_of_a_list():
    got = orgs("The fair was organised by the Eastport Council and sponsored by Coast Gate Logistics and "
               "Bahari Commercial Bank.")
    assert got[2] == ["Coast Gate Logistics", "Bahari Commercial Bank"]


@pytest.mark.parametrize("sentence, organizers", [
    ("The fair was organised by the Committee on Women and Family Affairs Council.",
     ["Committee on Women and Family Affairs Council"]),
    ("The fair was organised by the Kenya Agricultural and Livestock Research Organization.",
     ["Kenya Agricultural and Livestock Research Organization"]),
])
def test_one_name_holding_and_stays_whole(sentence, organizers):
    assert orgs(sentence)[0] == organizers


@pytest.mark.parametrize("sentence, funders", [
    ("The clinic was financed by the Nordland Trust and the Dutch aid agency Lumen.",
     ["Nordland Trust", "Lumen"]),
    ("The fair was funded by the Swiss development agency Helvetas.", ["Helvetas"]),
    ("The fair was funded by the local bank Equity Trust and the charity Hope Kenya.", ["Equity Trust", "Hope Kenya"]),
])
def test_a_descriptor_before_a_name_is_no_name(sentence, funders):
    assert orgs(sentence)[2] == funders


@pytest.mark.parametrize("sentence, expected", [
    ("The fair was produced by the Eastport Arts Council.", (["Eastport Arts Council"], [], [])),
    ("The fair, hosted each year by the Eastport Rotary Club, drew large crowds.",
     (["Eastport Rotary Club"], [], [])),
    ("The Eastport Arts Council presents the Harbour Lights Festival.", (["Eastport Arts Council"], [], [])),
    ("The fair was held with the collaboration of the Eastport Public Library.",
     ([], ["Eastport Public Library"], [])),
    ("The fair was held under the patronage of the Ministry of Culture.", ([], ["Ministry of Culture"], [])),
    ("Funding for the fair was provided by the Coastal Community Foundation.",
     ([], [], ["Coastal Community Foundation"])),
    ("The main sponsor was Bahari Commercial Bank.", ([], [], ["Bahari Commercial Bank"])),
    ("Main sponsor Bahari Commercial Bank provided the prizes.", ([], [], ["Bahari Commercial Bank"])),
])
def test_more_role_phrasings(sentence, expected):
    assert orgs(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The documentary was produced by the Eastport Arts Council.",
    "The awards were presented by the Eastport Arts Council.",
])
def test_a_thing_produced_or_presented_is_no_event(sentence):
    assert orgs(sentence) == ([], [], [])
