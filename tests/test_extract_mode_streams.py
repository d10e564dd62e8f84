"""Attendance mode: a stream of an event held online adds no in-person side."""

from __future__ import annotations

from archive.extract import extract_facts

from _extract_helpers import txt_article


def test_a_stream_of_an_event_held_on_a_meeting_platform_is_online():
    text = ("Courts and deepfakes\n\nOn 12 May 2023, the Law Centre at the Hillford Institute of Legal Studies"
            " organised a webinar on synthetic evidence.\n\nThe session was conducted on Microsoft Teams and"
            " live-streamed on YouTube, with 400 participants.")
    assert extract_facts(txt_article(text)).value("attendance_mode") == "online"



def test_sessions_streamed_far_down_an_event_met_in_person_make_it_mixed():
    text = ("Eastport to host the river basins conference\n\nEastport, 2 March 2026\n\nEastport will host the 2026"
            " River Basins Conference from 29 September to 1 October 2026, the basin commission said today.\n\n"
            "The conference will be held at the Harbour View Hotel and will bring together water authorities and"
            " farmers' groups from five countries.\n\nIt is organised by the basin commission.\n\nRiver flows have"
            " fallen in three of the last five years, the commission says.\n\nKey dates: abstracts are due by 31 May"
            " 2026.\n\nSessions will be in English and French. A few sessions will be streamed for farmers who"
            " cannot travel.\n\nAround 300 delegates are expected.")
    assert extract_facts(txt_article(text)).value("attendance_mode") == "mixed"
    # a stream of a past edition says nothing of this one
    past = text.replace("A few sessions will be streamed for farmers who cannot travel.",
                        "At last year's conference the talks were streamed.")
    assert extract_facts(txt_article(past)).value("attendance_mode") == "offline"
