"""Mixed when the text says people came both in person and from afar, in either order, in one
clause or in two sentences of the opening; online when people "joined virtually" an event that
has no place; a labelled "Type:" line says how people attend."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article

LEDE = "Forum on river basins\n\nThe forum on river basins was held on 4 March 2025 in Lindale.\n\n"


def _mode(text: str) -> str | None:
    return extract_facts(txt_article(text + "\n")).value("attendance_mode")


@pytest.mark.parametrize("body", [
    "Some 300 engineers took part, in person on the banks of the lake and online from eleven countries.",
    "Delegates could take part either in the hall or via the college's streaming platform.",
    "Participants attended either in the auditorium or via the council's YouTube channel.",
    "Around 200 people took part in person in the town, while others joined online from abroad.",
    "Of the 400 participants, 260 made the trip to Lindale. The other 140 took part by video link.",
    "Researchers present in person were joined by colleagues who watched the debates through a live stream.",
    "The meeting drew farmers attending in person, and others who followed the talks over Zoom.",
])
def test_in_person_and_from_afar_make_mixed(body):
    assert _mode(LEDE + body) == "mixed"


@pytest.mark.parametrize("body", [
    "About 120 mayors attended in person. Members from distant districts participated through "
    "video-conferencing arranged at six regional offices.",
    "Chairs of 300 cooperatives were present in person, and members of smaller societies took part via video link.",
])
def test_in_person_said_apart_from_the_events_own_sentence(body):
    lede = "Union approves bonus\n\nThe annual meeting of the dairy union, held on 30 August 2025, approved a bonus.\n\n"
    assert _mode(lede + body) == "mixed"


@pytest.mark.parametrize("text, mode", [
    # an event with no place whose participants "joined virtually" is online
    ("Webinar on tide gauges\n\nMore than 100 hydrographers took part in the network's opening webinar of the year "
     "on 11 March 2026.\n\nParticipants joined virtually from six island states.", "online"),
    ("Alliance meets\n\nType: Webinar\nDate: 2026-03-11\n\nOfficers from twelve agencies took part in the "
     "alliance's meeting on 11 March 2026.", "online"),
    # near misses: in person alone; tickets; the next edition
    (LEDE + "Some 300 engineers took part in person.", "offline"),
    (LEDE + "Tickets for the forum could be bought in person at the library or online.", "offline"),
    (LEDE + "Next year's forum will be held in person in the hall and online.", "offline"),
])
def test_remote_alone_and_near_misses(text, mode):
    assert _mode(text) == mode
