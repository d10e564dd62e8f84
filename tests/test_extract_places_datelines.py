"""Datelines written as a line of their own ("Town, 8 March 2024") or as a paragraph's first
word and a full stop ("Town. The ..."), and a dateline town that beats a weaker other town."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts, place_datelines

from _extract_helpers import txt_article


def place(body: str) -> tuple[str | None, str | None]:
    f = extract_facts(txt_article("Growers swap seeds and stories at spring fair\n\n" + body + "\n"))
    return f.value("city"), f.value("country")


@pytest.mark.parametrize("body, city, country", [
    # a line of its own: a town and a date, in English or Spanish
    ("Ghent, 12 April 2024\n\nThe seed swap fair drew 400 growers on Saturday to the old market hall.",
     "Ghent", "BE"),
    ("Valdivia, 3 de abril de 2024\n\nThe seed swap fair drew 400 growers on Saturday to the old market hall.",
     "Valdivia", "CL"),
    # a town and a full stop open the first paragraph
    ("Kassel. The seed swap fair took place on 12 April 2024 in the old market hall.", "Kassel", "DE"),
])
def test_a_dateline_line_gives_the_town(body, city, country):
    assert place(body) == (city, country)


@pytest.mark.parametrize("body, city, country", [
    # a town no event verb puts the event in (a partner's seat, a place people watched from)
    ("Ghent, 12 April 2024\n\nThe seed swap fair drew 400 growers on Saturday to the old market hall.\n\n"
     "It was organised by the Ghent growers' guild with the University of Applied Sciences in Utrecht.",
     "Ghent", "BE"),
    ("Kassel. The seed swap fair took place on 12 April 2024.\n\n"
     "Stalls were run by Kassel families who were born in Hamburg but moved south decades ago.", "Kassel", "DE"),
])
def test_the_dateline_beats_a_weaker_town(body, city, country):
    assert place(body) == (city, country)


def test_a_dateline_town_named_once_does_not_beat_a_weaker_town():
    body = ("Ghent, 12 April 2024\n\nThe seed swap fair drew 400 growers on Saturday to the old market hall.\n\n"
            "It was organised by the growers' guild and ran until Sunday in the small town of Lokeren.")
    assert place(body)[0] == "Lokeren"


def test_a_town_the_event_was_held_in_beats_the_dateline():
    body = ("Ghent, 12 April 2024\n\nThe seed swap fair was held on Saturday in Bruges, where 400 growers "
            "met in the old market hall.")
    assert place(body) == ("Bruges", "BE")


@pytest.mark.parametrize("text", [
    "Ghent, the city of flowers\n\nThe fair drew 400 growers.",  # no date
    "Ghent, 2024\n\nThe fair drew 400 growers.",  # a year alone
    "Thanks. The fair drew 400 growers on Saturday to the old market hall.",  # not a town
])
def test_no_dateline_line(text):
    assert place_datelines.line_town(text) is None


SUMMARY_FIRST = ("Fishers and officials meet on prices\n\n"
                 "The Coastal Fishers Union and the Dept of Fisheries held a consultation on fish prices here on Saturday\n\n"
                 "PESHAWAR, (Harbour News Agency - 8th Jun, 2024) The Coastal Fishers Union and the Dept of Fisheries "
                 "held a consultation on fish prices here on Saturday.\n\n"
                 "Traders and boat owners took part.\n")


def test_a_wire_dateline_below_a_summary_dates_the_story_and_here_puts_the_event_there():
    facts = extract_facts(txt_article(SUMMARY_FIRST))
    assert facts.value("start_date") == "2024-06-08"  # the Saturday of the dateline's day
    assert (facts.value("city"), facts.value("country")) == ("Peshawar", "PK")
    assert facts.value("attendance_mode") == "offline"  # "held ... here"


def test_a_town_in_capitals_opening_a_later_paragraph_is_no_dateline():
    text = SUMMARY_FIRST.replace("PESHAWAR, (Harbour News Agency - 8th Jun, 2024) ", "").replace(
        "Traders and boat owners took part.", "PESHAWAR traders and boat owners took part.")
    assert extract_facts(txt_article(text)).value("start_date") is None
