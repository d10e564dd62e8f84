"""Openings that name an event but report no event held: a ruling by a council, committee or
court on a request for a planned event, a document published about a period, a listings column of
unrelated events."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article


def _is_event(text: str) -> bool | None:
    return extract_facts(txt_article(text)).value("is_event")


@pytest.mark.parametrize("text", [
    "Licensing notice: Riverside Sounds\n\nAt its meeting on 4 March 2025, the licensing panel considered an"
    " application from Riverside Sounds Ltd to license its planned three-day music festival at Mill Meadow, Eastport,"
    " proposed for 12-14 July 2025.\n\nThe panel heard objections from 40 residents.",
    "Judge rules on harbour regatta\n\nA judge at the district court has dismissed a bid from boat owners to stop"
    " next month's Eastport Harbour Regatta from going ahead on the bay.\n\nThe regatta is scheduled for 3 May.",
    "Green light for folk weekend\n\nLindale Shire Council has approved a temporary event permit for the Lindale Folk"
    " Festival, clearing the way for its return to the showgrounds from 5 to 7 June 2026.\n\n"
    "Councillors voted 6-3 at their meeting on Tuesday to grant the permit, with a cap of 8,000 people a day.",
    "Court backs council over marathon route\n\nThe High Court has upheld a decision by the town council to refuse a"
    " route through the old town for the Hillford Marathon, which organisers had hoped to stage on 9 November.\n\n"
    "The marathon drew 1,500 runners last year.",
])
def test_a_ruling_on_a_request_for_a_planned_event_is_no_event(text):
    assert _is_event(text) is False


def test_a_ruling_beside_an_event_held_stays_an_event():
    assert _is_event("Fair goes ahead\n\nThe council granted a permit for the Eastport spring fair, which took place"
                     " at the Town Hall on Saturday, 5 April 2025.") is True


def test_a_document_published_about_a_year_is_no_event():
    text = ("Annual report 2024\n\nEastport, 3 June 2025: The Hillside Care Trust today released its annual report"
            " for 2024: over those twelve months its health camps reached 90 villages in Eastport district.\n\n"
            "Highlights included 30 eye camps and a walk in Eastport on 14 November 2024.")
    assert _is_event(text) is False


def test_figures_published_on_an_event_people_attended_stay_an_event():
    text = ("The fair in numbers\n\nTwo weeks on, the organisers of the Eastport Book Fair have published their"
            " figures: 12,000 people attended the fair's 40 readings in Eastport between 3 and 6 May.")
    assert _is_event(text) is True


def test_a_listings_column_of_unrelated_events_is_no_event():
    text = ("Your weekend: jazz, a quiz and a craft market\n\nLooking for plans? Here are our picks around the"
            " valley.\n\nFriday: The Eastport Jazz Club plays the Riverside Theatre at 8 p.m. Tickets $10.\n\n"
            "Saturday: The Hillford Craft Market holds its last market of the year at Mill Square from 9 a.m.\n\n"
            "Sunday: Walkers can take part in the Lindale Ridge Walk, which starts at Lindale Church at 10 a.m.")
    assert _is_event(text) is False


def test_one_event_with_a_programme_by_day_stays_an_event():
    text = ("Eastport Folk Festival this weekend\n\nThe Eastport Folk Festival takes place this weekend at the"
            " Riverside Theatre, the Mill Square and the Lindale Church.\n\nFriday: The festival opens at the"
            " Riverside Theatre at 8 p.m.\n\nSaturday: Workshops run at Mill Square from 10 a.m.\n\nSunday: The"
            " closing concert is held at Lindale Church at 4 p.m.")
    assert _is_event(text) is True


@pytest.mark.parametrize("text", [
    "Book lovers wait for spring\n\nThe Eastport Writers' Weekend, planned for Eastport in"
    " October, has been postponed to 6-8 March 2026 after a fire at its venue.",
    "Heavy events and pipes\n\nIt is now a month since the Lindale Highland Games, but the town still talks about"
    " one throw.\n\nThe games drew competitors from across the region.",
    "Fishers meet in Eastport\n\nThe music of a fiddle opened on Friday the 3rd Encontro de Pescadores.\n\nThe"
    " programme was held at the Old Customs House, where visitors watched the mending of nets.",
])
def test_named_weekends_games_and_a_programme_held_are_events(text):
    assert _is_event(text) is True


def test_a_holiday_weekend_names_no_event():
    assert _is_event("Traffic warning\n\nDrivers are warned of queues on the coast road over the Labour Day"
                     " Weekend, the police said on Friday.") is False


def test_a_counted_crowd_at_a_dated_event_is_an_event():
    text = ("EASTPORT — Some 900 runners took to the streets of the old town before dawn on Sunday, 7 December,"
            " for the 5th Eastport Heritage Run, the town's biggest fun run.")
    assert _is_event(text) is True
