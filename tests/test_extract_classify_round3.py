"""Event or not, from cues beyond an event noun and its verb: people meeting at a clock time,
a named yearly day, a year's review that lists a few activities."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article


def _is_event(text: str) -> bool | None:
    return extract_facts(txt_article(text)).value("is_event")


@pytest.mark.parametrize("text", [
    "Help tidy the shore\n\nVolunteers will meet at 9:30 a.m. at the Hillford boat ramp to pick up litter along the bay.",
    "Choir practice resumes\n\nSingers of all ages gather from 7 pm in the church hall to rehearse for the spring concert.",
])
def test_people_meeting_at_a_clock_time_report_an_event(text):
    assert _is_event(text) is True


@pytest.mark.parametrize("text", [
    "Willows for the river\n\nAbout 200 pupils planted willow cuttings along the Hill River yesterday as part of the"
    " town's annual Arbor Day.",
    "Town asks for helpers\n\nThe Hillford council asks residents to help out at this year's Clean Streets Day on"
    " Saturday, 10 May 2025.",
])
def test_a_named_yearly_day_with_a_date_is_an_event(text):
    assert _is_event(text) is True
    # a statement or a report on the day is no event
    assert _is_event("Oceans in focus\n\nOn the 50th World Oceans Day on 8 June 2025, the foundation released a"
                     " report on plastic in the sea.") is False


@pytest.mark.parametrize("text", [
    "2024 in review\n\nHere are some of the highlights of our year.\n\nIn March, 120 volunteers joined our river"
    " clean-ups in Hillford. In July we ran a summer school on bird counting for 30 pupils.",
    "Thank you, members\n\nThis was our busiest year yet for the society.\n\nIn March, 120 volunteers joined our river"
    " clean-ups in Hillford. In July we ran a summer school on bird counting for 30 pupils.",
])
def test_a_review_of_the_year_listing_two_kinds_of_activity_is_no_event(text):
    assert _is_event(text) is False


@pytest.mark.parametrize("verb", ["planted 500 acacia seedlings along", "waded into the shallows of",
                                  "held a clean-up of"])
def test_work_done_on_the_ground_puts_the_dateline_city_in_person(verb):
    text = (f"Volunteers at the lake\n\nNAKURU — About 80 volunteers {verb} the lake shore on Saturday, 3 May 2025,"
            " in an event organised by the county.\n")
    f = extract_facts(txt_article(text))
    assert (f.value("city"), f.value("attendance_mode")) == ("Nakuru", "offline")


@pytest.mark.parametrize("text", [
    # days of games and walks that are events by name
    "A day of races\n\nPupils, parents and teachers enjoyed the school's sports day on Friday, 9 May 2025.",
    "Walking for the ward\n\nMore than 400 walkers completed a 10 km walkathon on Sunday, 11 May 2025.",
    "Seeds for dry years\n\nThe research station held a field day for maize growers on Thursday, 8 May 2025.",
    # an event that people celebrated or commemorated
    "Town remembers\n\nThe town commemorated the 80th anniversary of the armistice with a vigil on 8 May 2025.",
])
def test_more_kinds_and_verbs_of_events(text):
    assert _is_event(text) is True


@pytest.mark.parametrize("text", [
    "Fuel prices\n\nSeveral thousand people marched through the capital on Saturday, 10 May 2025, against fuel prices.",
    "Teachers' pay\n\nAbout 2,000 teachers rallied outside parliament on Tuesday, 6 May 2025, to demand a pay rise.",
])
def test_people_who_marched_or_rallied_on_a_date_report_an_event(text):
    assert _is_event(text) is True


def test_an_event_that_was_streamed_or_broadcast_happened():
    assert _is_event("On the radio\n\nThe awards ceremony on 4 June 2025 was broadcast on local radio.") is True


def test_an_event_that_had_its_busiest_year_is_still_an_event():
    text = ("Hillford Show breaks records\n\nThe Hillford Show, held on Saturday, 10 May 2025, had its busiest year"
            " yet, with 30,000 visitors at the dog show and the craft fair.")
    assert _is_event(text) is True


def test_a_look_back_at_one_dated_event_is_that_event():
    text = ("A look back at the Hillford Show\n\nThe Hillford Show, held on Saturday, 10 May 2025, drew 30,000"
            " visitors to the dog show and the craft fair.")
    assert _is_event(text) is True


@pytest.mark.parametrize("text", [
    # people at a dated event, whatever the verb
    "Young scientists\n\nFinal-year students presented their research to a panel of judges at the annual science"
    " symposium on Friday, 2 May 2025.",
    "Bypass plans\n\nMore than 80 residents packed a public meeting on Monday, 5 May 2025, to discuss the bypass.",
    "Pedalling for the hospice\n\nSome 250 cyclists set off from the square on Sunday, 4 May 2025, on a 100 km"
    " charity ride.",
])
def test_people_at_a_dated_event_report_it(text):
    assert _is_event(text) is True
    # a decision taken at a dated meeting is the news, not the meeting
    assert _is_event("Rates to rise\n\nThe council has adopted its budget for 2026.\n\nMembers voted 7-2 in favour"
                     " at the council meeting on Monday, 5 May 2025, after 300 residents wrote in.") is False


@pytest.mark.parametrize("text", [
    "Carols in the square\n\nThe Marlow Community Choir performed at the Christmas concert in the market square.",
])
def test_performing_at_an_event_reports_it(text):
    assert _is_event(text) is True
