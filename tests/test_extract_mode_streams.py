"""Attendance mode: a stream of an event held online adds no in-person side."""

from __future__ import annotations

from archive.extract import extract_facts

from _extract_helpers import txt_article


def test_a_stream_of_an_event_held_on_a_meeting_platform_is_online():
    text = ("Courts and deepfakes\n\nOn 12 May 2023, the Law Centre at the Hillford Institute of Legal Studies"
            " organised a webinar on synthetic evidence.\n\nThe session was conducted on Microsoft Teams and"
            " live-streamed on YouTube, with 400 participants.")
    assert extract_facts(txt_article(text)).value("attendance_mode") == "online"

