"""More role phrasings (organisers, partners, funders) and name repairs, in sentences of our own."""

from __future__ import annotations

import pytest

from _extract_helpers import EVENT_LEDE, org_roles

LEDE = EVENT_LEDE
orgs = org_roles


@pytest.mark.parametrize("sentence, organizers", [
    ("The fair is an initiative of the Lakeside Teachers Association.", ["Lakeside Teachers Association"]),
    ("The clinic was run by volunteers from the Northfield Rotary Club.", ["Northfield Rotary Club"]),
    ("The training was delivered by the Regional Health Academy.", ["Regional Health Academy"]),
    ("The forum was brought together by the Coastal Fisheries Network.", ["Coastal Fisheries Network"]),
    ("The survey course was conducted jointly with the Institute of Surveyors.", ["Institute of Surveyors"]),
])
def test_organiser_phrases(sentence, organizers):
    assert orgs(sentence) == (organizers, [], [])


def test_co_organised_with_makes_both_organisers():
    got = orgs("The Marlow Science Centre co-organised the fair with the Marlow Public Library.")
    assert sorted(got[0]) == ["Marlow Public Library", "Marlow Science Centre"] and got[1:] == ([], [])


def test_speech_delivered_by_is_no_organiser():
    assert orgs("The keynote address was delivered by the Regional Health Academy.") == ([], [], [])


@pytest.mark.parametrize("sentence, organizers", [
    ("The Westbrook Arts Council invites families to a free craft fair in the park.", ["Westbrook Arts Council"]),
    ("The Island Policy Network and the Pacific Centre for Ocean Law invite you to a webinar on fisheries.",
     ["Island Policy Network", "Pacific Centre for Ocean Law"]),
])
def test_inviter_organises(sentence, organizers):
    assert orgs(sentence, "Headline of the article\n\n" + sentence + "\n\n") == (organizers, [], [])


MET = "Headline of the article\n\nForty coaches met at a workshop in Eastport on 5 May 2021.\n\n"


@pytest.mark.parametrize("sentence, organizers", [
    ("On Saturday the Harbour Rowing Club ran a workshop for coaches.", ["Harbour Rowing Club"]),
    ("Later that week, the Harbour Rowing Club ran a coaching clinic.", ["Harbour Rowing Club"]),
    ("Eastport Youth Trust, a local charity, ran the workshop.", ["Eastport Youth Trust"]),
])
def test_subject_that_ran_the_event(sentence, organizers):
    assert orgs(sentence, MET) == (organizers, [], [])


def test_technical_assistance_is_a_partner():
    assert orgs("The fair was organised by the Ministry of Water with technical assistance from the Danish "
                "Hydraulic Institute.") == (["Ministry of Water"], ["Danish Hydraulic Institute"], [])


@pytest.mark.parametrize("sentence, funders", [
    ("The fair was held with sponsorship from Greenfield Bank.", ["Greenfield Bank"]),
    ("Prizes for the fair were courtesy of Hilltop Bakery.", ["Hilltop Bakery"]),
    ("Photo courtesy of the Hilltop Camera Club.", []),
    ("Lunch was courtesy of Hilltop Bakery, and the fair was funded by the Eastport Arts Trust.",
     ["Eastport Arts Trust", "Hilltop Bakery"]),
])
def test_sponsorship_and_courtesy_pay(sentence, funders):
    assert orgs(sentence) == ([], [], funders)


def test_the_museum_is_the_one_named_museum():
    lede = "Headline of the article\n\nThe Seaside Maritime Museum opened an exhibition in Eastport on 5 May 2021.\n\n"
    got = orgs("The exhibition was organised by the museum together with the Harbour Institute of Culture.", lede)
    assert got == (["Seaside Maritime Museum", "Harbour Institute of Culture"], [], [])


def test_the_foundation_adds_no_second_organisation():
    got = orgs("The fair was funded by the Harbour Foundation. It was organised by the foundation together "
               "with the City of Eastport.")
    assert got == (["Harbour Foundation", "City of Eastport"], [], ["Harbour Foundation"])


def test_the_institute_is_left_alone_when_two_are_named():
    lede = ("Headline of the article\n\nThe Pacific Policy Institute and the Ocean Law Institute held a fair in "
            "Eastport on 5 May 2021.\n\n")
    got = orgs("The fair was organised by the institute in partnership with the City of Eastport.", lede)
    assert "City of Eastport" in got[1] and not any(n in ("Institute", "institute") for n in got[0])


@pytest.mark.parametrize("sentence, organizers", [
    ("The fair was organised by the Pacific Policy Institute at the Grand Harbour Hotel.", ["Pacific Policy Institute"]),
    # "at" inside a name that is no venue stays
    ("The fair was organised by the Centre for Ocean Law at Eastport University.", ["Centre for Ocean Law at Eastport University"]),
])
def test_venue_glued_after_a_name_is_cut(sentence, organizers):
    assert orgs(sentence)[0] == organizers


@pytest.mark.parametrize("sentence, names", [
    ("The fair was funded by the Ministry of Culture and National Heritage.", ["Ministry of Culture and National Heritage"]),
    ("The fair was funded by the Ministry of Youth, National Service, Sports and Culture.",
     ["Ministry of Youth, National Service, Sports and Culture"]),
    ("The fair was funded by the Ministry of Trade, Industry and International Cooperation and the ILO.",
     ["Ministry of Trade, Industry and International Cooperation", "ILO"]),
    # a body of its own after "and" is still a second name
    ("The fair was funded by the Ministry of Health and the National Institute of Statistics.",
     ["Ministry of Health", "National Institute of Statistics"]),
    ("The fair was funded by the Ministry of Foreign Affairs and Kenya Airways.", ["Ministry of Foreign Affairs", "Kenya Airways"]),
])
def test_ministry_portfolios_stay_one_name(sentence, names):
    assert orgs(sentence)[2] == names
