"""Organisation roles, round 3: phrasings generalised beyond the dev sets, in sentences of our own."""

from __future__ import annotations

import pytest

from _extract_helpers import org_roles

orgs = org_roles


@pytest.mark.parametrize("sentence, organizers", [
    ("The fair was organised by the college's Department of Music and the Eastport Choral Society.",
     ["Department of Music", "Eastport Choral Society"]),
    ("The fair was hosted by its Office for Public Outreach.", ["Office for Public Outreach"]),
])
def test_lower_case_owner_before_the_name_is_skipped(sentence, organizers):
    assert orgs(sentence) == (organizers, [], [])


@pytest.mark.parametrize("sentence, expected", [
    ("The concert was hosted by the Eastport Arts Council with the Harbour Brass Band and the Eastport Youth Choir.",
     (["Eastport Arts Council"], ["Harbour Brass Band", "Eastport Youth Choir"], [])),
    ("The fair was organised by the Valley Growers Association on behalf of the Town Council.",
     (["Valley Growers Association", "Town Council"], [], [])),
    ("The fair was organised by the Valley Growers Association with support from local schools.",
     (["Valley Growers Association"], [], [])),
    ("The fair was organised by the Valley Growers Association with over 300 stalls.",
     (["Valley Growers Association"], [], [])),
])
def test_names_after_an_organiser_with_or_on_behalf_of(sentence, expected):
    assert orgs(sentence) == expected


def test_organisation_word_ending_a_name():
    assert orgs("The fair was presented by the Northern Lights Film Collective.") == (
        ["Northern Lights Film Collective"], [], [])


@pytest.mark.parametrize("sentence, expected", [
    ("The fair was run by the Eastport Rotary Club and sponsored by Eastport Savings Bank and the ferry line "
     "Harbour Lines.", (["Eastport Rotary Club"], [], ["Eastport Savings Bank", "Harbour Lines"])),
    ("The fair was coordinated by the river women's cooperative Nuevo Telar.", (["Nuevo Telar"], [], [])),
])
def test_lower_case_kind_before_a_name(sentence, expected):
    assert orgs(sentence) == expected


RUN = "The fair was run by the Eastport Rotary Club. "


@pytest.mark.parametrize("sentence, funders", [
    (RUN + "Greenfield Savings Bank is the fair's principal sponsor this year.", ["Greenfield Savings Bank"]),
    (RUN + "Harbour Air was again a main sponsor.", ["Harbour Air"]),
    (RUN + "The club thanked its sponsors, Greenfield Savings Bank and Coastline Bakeries, for the prizes.",
     ["Greenfield Savings Bank", "Coastline Bakeries"]),
    ("The fair was funded by the Government of Norway through the Coastal Schools Fund.",
     ["Government of Norway", "Coastal Schools Fund"]),
    (RUN + "The fair received support from the Harbour Arts Foundation.", ["Harbour Arts Foundation"]),
])
def test_more_ways_to_name_who_pays(sentence, funders):
    assert orgs(sentence)[2] == funders


def test_it_is_the_sponsor_names_nobody():
    assert orgs(RUN + "It was the main sponsor of the fair.")[2] == []


def test_support_received_by_others_is_not_the_events():
    assert orgs(RUN + "The farmers received support from the Harbour Arts Foundation.")[1:] == ([], [])


@pytest.mark.parametrize("sentence, organizers", [
    ("The fair was organised by the Harbour Water Authority and Cape Land and Sea Council.",
     ["Harbour Water Authority", "Cape Land and Sea Council"]),
])
def test_and_after_a_body_noun_starts_a_new_name(sentence, organizers):
    assert orgs(sentence)[0] == organizers


@pytest.mark.parametrize("sentence, organizers", [
    ("The fair was run by the not-for-profit Eastport Food Bank.", ["Eastport Food Bank"]),
    ("The fair was organised by the Lagos-based Harbour Traders Association.", ["Harbour Traders Association"]),
])
def test_description_before_a_name_is_skipped(sentence, organizers):
    assert orgs(sentence)[0] == organizers


@pytest.mark.parametrize("sentence, organizers", [
    ("The fair was run by the Eastport General Hospital's eye care unit.", ["Eastport General Hospital's eye care unit"]),
    ("The fair was run by the Eastport Hospital's staff.", ["Eastport Hospital"]),
])
def test_possessive_ending_a_name(sentence, organizers):
    assert orgs(sentence)[0] == organizers


def test_support_in_a_later_sentence_of_the_events_paragraph():
    got = orgs("The fair was run by the Eastport Rotary Club. Seeds were handed out to 90 families with support "
               "from the Valley Growers Trust.")
    assert got == (["Eastport Rotary Club"], ["Valley Growers Trust"], [])


def test_support_in_a_paragraph_about_something_else():
    got = orgs("The fair was run by the Eastport Rotary Club.\n\nNew rules were adopted last spring with support "
               "from the Valley Growers Trust.")
    assert got == (["Eastport Rotary Club"], [], [])


def test_phrase_after_an_organisations_name_describes_it():
    got = orgs("The fair was run by the Coastal Reading Network (CRN), an initiative of the Eastport University "
               "Library.")
    assert got == (["Coastal Reading Network (CRN)"], [], [])


def test_phrase_after_the_event_still_names_its_organiser():
    got = orgs("The fair, an initiative of the Lakeside Teachers Association, drew 300 people.")
    assert got == (["Lakeside Teachers Association"], [], [])


def test_subject_that_calls_the_event_its_own():
    lede = ("Headline of the article\n\nEastport Film Society has announced the programme of its tenth Winter "
            "Film Festival, held in Eastport on 5 May 2021.\n\n")
    assert orgs("Some 300 people took part.", lede)[0] == ["Eastport Film Society"]


def test_abbreviated_saint_inside_a_name():
    assert orgs("The fair was run in partnership with the St. Brendan's College Alumni Association.")[1] == [
        "St. Brendan's College Alumni Association"]


@pytest.mark.parametrize("sentence, partners", [
    ("The fair was run by the Eastport Rotary Club. Volunteers from the Harbour Sailing Club staffed the stalls.",
     ["Harbour Sailing Club"]),
    ("The fair was run by the Eastport Rotary Club. Volunteers from nearby towns staffed the stalls.", []),
    ("The fair was run by the Eastport Rotary Club with volunteers from the Valley Scouts Association.",
     ["Valley Scouts Association"]),
])
def test_volunteers_from_an_organisation(sentence, partners):
    assert orgs(sentence) == (["Eastport Rotary Club"], partners, [])


@pytest.mark.parametrize("sentence, organizers", [
    ('The fair was organised by the "Friends of the Harbour" association.', ["Friends of the Harbour"]),
    ("The fair was organised by «Amis du Port» and the Valley Museum.", ["Amis du Port", "Valley Museum"]),
])
def test_quoted_name(sentence, organizers):
    assert orgs(sentence)[0] == organizers


def test_quoted_words_that_are_no_name():
    assert orgs('The fair was organised by the "best" people.')[0] == []


def test_counted_kind_and_colon_before_a_list():
    got = orgs("The fair was organised by three groups: the Eastport Heritage Trust, the Valley Museum and the "
               "Harbour Sailing Club.")
    assert got[0] == ["Eastport Heritage Trust", "Valley Museum", "Harbour Sailing Club"]


@pytest.mark.parametrize("sentence, organizers", [
    ("Organisers included the Eastport Heritage Trust and the Valley Museum.", ["Eastport Heritage Trust",
                                                                              "Valley Museum"]),
    ("The organisers, the Eastport Heritage Trust and the Valley Museum, said 300 came.",
     ["Eastport Heritage Trust", "Valley Museum"]),
    ("The organisers, Jane Doe and John Smith, said 300 came.", []),
    ("Organisers were pleased with the turnout.", []),
])
def test_organisers_named_after_the_word(sentence, organizers):
    assert orgs(sentence)[0] == organizers


@pytest.mark.parametrize("sentence, organizers", [
    ("The fair was put together by the Eastport Heritage Trust.", ["Eastport Heritage Trust"]),
    ("The fair, a joint effort of the Eastport Heritage Trust and the Valley Museum, drew crowds.",
     ["Eastport Heritage Trust", "Valley Museum"]),
    ("The fair is a collaboration between the Eastport Heritage Trust and the Valley Museum.",
     ["Eastport Heritage Trust", "Valley Museum"]),
    ("The new survey is a collaboration between the Eastport Heritage Trust and the Valley Museum.", []),
])
def test_joint_efforts_and_put_together(sentence, organizers):
    assert orgs(sentence)[0] == organizers


@pytest.mark.parametrize("sentence, funders", [
    ("Funding came from the Coastal Arts Fund.", ["Coastal Arts Fund"]),
    (RUN + "The Coastal Arts Fund provided funding for the fair.", ["Coastal Arts Fund"]),
    (RUN + "Eastport Savings Bank gave a grant of 5,000 dollars.", ["Eastport Savings Bank"]),
    (RUN + "It provided funding for the fair.", []),
    (RUN + "Jane Doe provided funding for the fair.", []),
])
def test_subject_that_provides_funding(sentence, funders):
    assert orgs(sentence)[2] == funders


@pytest.mark.parametrize("sentence, organizers", [
    ("The Eastport Heritage Trust was the organiser of the fair.", ["Eastport Heritage Trust"]),
    ("The Eastport Heritage Trust (EHT) is the main organiser of this year's fair.",
     ["Eastport Heritage Trust (EHT)"]),
    ("Jane Doe was the organiser of the fair.", []),
    ("The Eastport Heritage Trust is the host of a radio show.", []),
])
def test_subject_that_is_the_organiser(sentence, organizers):
    assert orgs(sentence)[0] == organizers
