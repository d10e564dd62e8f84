"""Kinds of event beyond meetings and trainings: markets, drives, races, shows, exhibitions a
museum presents; and the same words where they name no event."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article


@pytest.mark.parametrize("text", [
    "New market for Hillford\n\nShoppers queued before dawn on Saturday as the new Quayside Farmers' Market opened "
    "in the old bus depot, with 30 stallholders.",
    "Donors answer the call\n\nHILLFORD — Donors lined up for a blood donation drive "
    "held at the town's sports hall on Saturday, 4 May.",
    "Paddlers on the river\n\nForty crews raced on Sunday, 12 May in the annual dragon boat race held on the "
    "Hill River below the old mill.",
    "Spring show\n\nThe Hillford flower show took place in the park on 4 May, with 120 growers showing their "
    "tulips.",
    "Light and water\n\nFrom 2 May to 30 June 2024, the Hillford City Museum presents “River Light”, an exhibition "
    "of 80 paintings of the Hill River by local artists.",
    "Wine evening\n\nThe tasting was held at the Hillford Hotel on Friday, 3 May, with 12 local wineries.",
])
def test_kinds_of_event_are_events(text):
    assert extract_facts(txt_article(text)).value("is_event") is True


@pytest.mark.parametrize("text", [
    "Shares slip\n\nThe stock market fell by 2 per cent on Monday, 6 May, after the central bank held interest "
    "rates.",
    "Market report\n\nThe market report published on 6 May shows that wheat prices rose for the third month.",
    "Exports to drive growth\n\nNew export rules will drive growth in the region, the ministry said on 6 May.",
    "Hillford Cup draw\n\nThe draw for the Hillford Cup tournament was announced on Monday, 6 May, by the county "
    "football association.",
    "Race for mayor tightens\n\nThe race for mayor of Hillford tightened on Monday, 6 May, as a second candidate "
    "gained support.",
])
def test_other_senses_of_these_words_are_no_events(text):
    assert extract_facts(txt_article(text)).value("is_event") is False


def test_a_year_in_review_listing_several_events_is_no_event():
    text = ("Friends of Hillford Museum\n\nOur year in review\n\nWhat a year it has been for all of us! Thanks to 30 "
            "volunteers we welcomed 12,400 visits in 2023.\n\nHighlights included:\n- A spring lecture series with "
            "five speakers\n- The summer craft market in the garden\n- Weekly storytelling sessions for toddlers\n\n"
            "Thank you all, and see you in 2024!")
    assert extract_facts(txt_article(text)).value("is_event") is False


def test_a_review_of_one_named_event_stays_an_event():
    text = ("Hillford Jazz Festival: the year in review\n\nThe Hillford Jazz Festival was held from 3 to 6 July 2023 "
            "with 40 concerts, six workshops and two film screenings in the town's parks and halls.")
    assert extract_facts(txt_article(text)).value("is_event") is True


@pytest.mark.parametrize("text", [
    "Jobs for the young\n\nThousands of young people gathered outside the Hillford Independence Grounds on Monday, "
    "4 May 2025, for the opening of a youth jobs summit.",
    "Donors answer the call\n\nA blood donation drive was held at the Hillford City Sports Complex on Saturday, "
    "11 May 2024.",
    "Seed rules\n\nThe ministerial meeting, held at the Hillford River Commission headquarters on 10 February "
    "2025, was convened by the commission.",
])
def test_a_venue_named_in_more_ways_makes_the_event_offline(text):
    assert extract_facts(txt_article(text)).value("attendance_mode") == "offline"


@pytest.mark.parametrize("text, kind", [
    ("Paddlers\n\nForty crews took part in the Hillford dragon boat race held on the Hill River on 12 May 2024.",
     "SportsEvent"),
    ("Evening of Bach\n\nThe organ recital was held in Hillford Cathedral on 12 May 2024, with 300 listeners.",
     "MusicEvent"),
    ("Cheese\n\nThe cheese tasting was held at the Hillford Hotel on Friday, 3 May 2024, with 12 dairies.",
     "FoodEvent"),
    ("Books for the library\n\nThe jumble sale was held in the Hillford church hall on 4 May 2024.", "SaleEvent"),
    ("New novel\n\nThe book launch took place at the Hillford Library on 4 May 2024, with 80 readers.",
     "LiteraryEvent"),
    ("Old films\n\nThe film screening was held in the Hillford Town Hall on 4 May 2024, with 80 viewers.",
     "ScreeningEvent"),
])
def test_kinds_of_event_get_their_schema_org_type(text, kind):
    assert extract_facts(txt_article(text)).value("event_type") == kind
