"""Labelled fields of an event page ("Date:", "Venue:", "Organiser:", "Funded by:").

Every text here is written for the test, in the style of event announcements.
"""

from __future__ import annotations

from archive.extract import extract_facts
from archive.extract.fields import find_fields

from _extract_helpers import txt_article


def facts_of(text: str):
    return extract_facts(txt_article(text))


BLOCK = ("Regional Seminar on Wetland Birds\n\n"
         "Date: 9–11 September 2024\n"
         "Venue: Lakeside Hotel, Kisumu, Kenya\n"
         "Organiser: Lake Basin Bird Society\n"
         "Funded by: Riverside Conservation Trust\n\n"
         "The Lake Basin Bird Society is holding a seminar on counting wetland birds for 40 rangers.\n")


def test_a_field_block_gives_the_events_date_place_and_bodies():
    f = facts_of(BLOCK)
    assert f.value("headline") == "Regional Seminar on Wetland Birds"
    assert (f.value("start_date"), f.value("end_date")) == ("2024-09-09", "2024-09-11")
    assert (f.value("venue"), f.value("city"), f.value("country")) == ("Lakeside Hotel", "Kisumu", "KE")
    assert f.value("attendance_mode") == "offline"
    assert "Lake Basin Bird Society" in f.value("organizers")
    assert f.value("funders") == ("Riverside Conservation Trust",)
    assert f.value("published") is None  # the date field is the event's, not the page's
    assert f.start_date.evidence == "Date: 9–11 September 2024"


def test_an_iso_range_in_a_date_field():
    text = BLOCK.replace("9–11 September 2024", "2024-09-09 to 2024-09-11")
    f = facts_of(text)
    assert (f.value("start_date"), f.value("end_date")) == ("2024-09-09", "2024-09-11")


def test_a_lone_date_line_is_the_pages_date():
    text = ("Rangers count wetland birds\n\nDate: 12 September 2024\n\n"
            "Forty rangers took part in a seminar on counting wetland birds in Kisumu on Tuesday.\n")
    assert find_fields(text) == {}
    f = facts_of(text)
    assert f.value("published") == "2024-09-12"
    assert f.value("start_date") == "2024-09-10"  # the Tuesday before the page's date


def test_an_online_venue_field_means_an_online_event():
    text = BLOCK.replace("Lakeside Hotel, Kisumu, Kenya", "Online (Zoom)")
    f = facts_of(text)
    assert f.value("attendance_mode") == "online"
    assert f.value("city") is None and f.value("country") is None


PROGRAMME = ("Programme\n\nFriday, 6th December 2024\n\nTime: 4-9 pm\n\nWhere: Harbour Square, Eastport\n\n"
             "The Eastport Christmas Festival opens the festive season with night markets and a stage.\n\nSaturday, 7th December 2024\n\n"
             "Time: 3-8 pm\n\nWhere: Harbour Square\n\nA parade of floats closes the fair.\n")


def test_a_programmes_day_headings_give_its_first_and_last_day():
    facts = extract_facts(txt_article(PROGRAMME))
    assert (facts.value("start_date"), facts.value("end_date")) == ("2024-12-06", "2024-12-07")


def test_a_lone_day_line_with_no_time_or_place_below_is_no_programme():
    text = PROGRAMME.replace("Time: 4-9 pm\n\nWhere: Harbour Square, Eastport\n\n", "").replace(
        "Time: 3-8 pm\n\nWhere: Harbour Square\n\n", "")
    assert extract_facts(txt_article(text)).value("end_date") != "2024-12-07"
