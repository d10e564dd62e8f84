"""In person when the event is something people can do only where they are (a race, a clean-up,
giving blood, stalls, a crowd), or when its place is named by its kind ("on the church grounds",
"the seminar hall of the college"), with nothing said online; not for an abstract "field",
"stage" or "arena", nor for other events a campaign lists."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article


def _mode(text: str) -> str | None:
    return extract_facts(txt_article(text + "\n")).value("attendance_mode")


@pytest.mark.parametrize("text", [
    "Record field for lakeside run\n\nA record 900 runners and walkers completed the Hospice Fun Run yesterday, "
    "raising $40,000 for the ward.\n\nThe loop started near the boat sheds at 8am.",
    "Volunteers clear the shore\n\nMore than 300 volunteers turned out across the island on Saturday for the "
    "annual coastal clean-up, collecting nine tonnes of rubbish.",
    "Parish members roll up sleeves\n\nMembers of the parish gave blood on Saturday, when the regional blood "
    "service collected 95 units.",
    "Night market returns\n\nThe Harbour Night Market opened on Friday with 60 stalls selling noodles, "
    "satay and grilled fish.",
    "Lifeguards take the honours\n\nYoung lifesavers braved a heavy swell at Sandymouth Beach on Saturday for "
    "the county championships.",
    "Students code through the night\n\nPast midnight on Sunday, the lecture hall of the State Polytechnic was "
    "still lit as teams worked on their prototypes for the hackathon.",
    "Church turns its grounds into a donation centre\n\nMembers turned their church grounds into a blood donation "
    "centre on Saturday for a blood drive run by the hospital's blood bank.",
    "Games draw record crowd\n\nThe Glenmore Highland Games drew competitors from across the country on "
    "6 August, and the hill race ended in a sprint.",
    "New shop opens its doors\n\nChamber members turned out on Tuesday, June 10, for a ribbon cutting at "
    "the new bakery on Main Street.",
    "Pupils plant a wood\n\nPupils from four schools planted 600 saplings along the new cycle path on "
    "Wednesday, organised by the Woodland Trust.",
])
def test_what_is_done_only_in_person_makes_it_offline(text):
    assert _mode(text) == "offline"


@pytest.mark.parametrize("text", [
    # an abstract field, stage or arena; other events a campaign lists; a race run from home
    "Experts meet on water policy\n\nExperts in the field of water policy will address a national seminar "
    "on the new law on Wednesday.",
    "Seminar on press freedom\n\nUnion leaders will address a national seminar on press freedom today.\n\n"
    "The seminar is part of a campaign in which seminars, marches and rallies will be organised this year.",
    "Virtual fun run raises funds\n\nMore than 400 runners took part in a virtual fun run on Sunday, logging "
    "their 5km online from wherever they were.",
    "Talks reach a later stage\n\nDelegates met on Tuesday for a workshop on the budget, which has reached a "
    "later stage in the political arena.",
])
def test_abstract_places_other_events_and_remote_races_are_not_offline(text):
    assert _mode(text) != "offline"
