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
