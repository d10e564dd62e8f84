"""How people attended, from what the text says whatever place the gazetteer finds: a venue
named in any way, a crowd that filled one, remote participation beside it."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article


def _mode(body: str) -> str | None:
    return extract_facts(txt_article("Headline of the article\n\n" + body + "\n")).value("attendance_mode")


@pytest.mark.parametrize("sentence", [
    # a named place's grounds, a waterfront, cloisters, a cinema, a hotel with its accent
    "Dancers from forty villages will gather on the Marlow Agricultural Society grounds for the harvest festival on 4 May 2025.",
    "Hundreds of families packed the Eastbay Harbour waterfront for the lantern festival, held on 3 May 2025.",
    "Some 20,000 readers passed through the cloisters of the old friary during the book fair, which ended on 4 May 2025.",
    "The film festival opened on 4 May 2025 with screenings at the Tamsin Ward Cinematheque.",
    "The investment forum closed on 4 May 2025 at the Grand Hôtel des Tilleuls with a call for cheaper credit.",
    # a venue named in another language, its kind first
    "The pottery course took place at the Casa de la Artesanía in Tlacolula from 2 to 6 May 2025.",
    "The congress will be held at the Palais des Expositions from 2 to 4 May 2025.",
    # a named venue that hosts or presents the event
    "From 2 May 2025 the Museo del Mar de Puntarenas presents an exhibition of ship models.",
    "The East Gallery will host an exhibition of student prints from 2 May 2025.",
])
def test_a_venue_said_in_any_way_means_people_came_in_person(sentence):
    assert _mode(sentence) == "offline"


def test_grounds_for_a_decision_are_no_venue():
    assert _mode("The harvest festival was held on 4 May 2025, a day late, on the grounds that rain was forecast.") is None


@pytest.mark.parametrize("body", [
    # both ways said outright, further down the text
    "The Marlow Anglers Club will hold its annual meeting on 4 May 2025 at the clubhouse.\n\n"
    "The agenda covers the new fishing permits.\n\nThe treasurer will present the accounts.\n\n"
    "Members may come in person or follow the whole meeting online.",
    # a venue, and every film also offered as a stream
    "The Hillford Short Film Festival runs from 4 to 10 May 2025, with screenings at the Regent Cinema and every"
    " film also available to stream through the festival's website.",
])
def test_in_person_and_remote_make_mixed(body):
    assert _mode(body) == "mixed"


_NOTICE = ("Marlow Parish Council\n\nPublic meeting on the new bypass\n\nDate: Thursday 8 May 2025\n"
           "Venue: {venue}\n\nThe parish council is holding a public meeting to discuss the route of the new"
           " bypass and its effect on the village.\n\n{extra}\n")


@pytest.mark.parametrize("venue, extra, mode", [
    # a venue field the gazetteer does not know still says people meet there
    ("Marlow Old School Rooms, Mill Lane", "Tea and biscuits will be served.", "offline"),
    # ... and a stream offered in the text beside it makes the event mixed
    ("Marlow Old School Rooms, Mill Lane", "The meeting will also be livestreamed on the council's website.", "mixed"),
    ("Marlow Old School Rooms and online", "Tea and biscuits will be served.", "mixed"),
    ("Marlow Old School Rooms and on Microsoft Teams", "Tea and biscuits will be served.", "mixed"),
])
def test_a_venue_field_and_a_stream(venue, extra, mode):
    text = _NOTICE.format(venue=venue, extra=extra)
    assert extract_facts(txt_article(text)).value("attendance_mode") == mode
    # a venue still to be named says nothing yet
    text = _NOTICE.format(venue="TBA", extra=extra)
    assert extract_facts(txt_article(text)).value("attendance_mode") is None


@pytest.mark.parametrize("sentence", [
    # the event put in a place the gazetteer may not know, in so many words
    "The annual planning workshop of the water users' groups is underway at Dravenholt until Friday, 9 May 2025.",
    "Delegates from six countries ended a two-day meeting in the lakeside town of Quillmere on 4 May 2025.",
    "The refresher course for midwives was held on 3 May 2025 in Brackwater.",
])
def test_an_event_held_in_a_named_place_is_in_person(sentence):
    assert _mode(sentence) == "offline"


def test_held_in_a_language_a_month_or_another_edition_names_no_place():
    assert _mode("The refresher course for midwives was held on 3 May 2025 in Brackwater.") == "offline"
    assert _mode("The refresher course for midwives was held on 3 May 2025 in English and Welsh.") is None
    assert _mode("The refresher course for midwives was held in May, on 3 May 2025.") is None
    assert _mode("The refresher course for midwives was held on 3 May 2025; next year's edition will be held in"
                 " Brackwater.") is None


@pytest.mark.parametrize("sentence", [
    # people gathering in a named place, and more kinds of named place
    "Hundreds of residents gathered at Tamarind Gardens on 4 May 2025 for the peace concert.",
    "The choir festival opened on 4 May 2025 at the Old Mill Brewery.",
    # in person said outright
    "The association held its first in-person meeting since the floods on 4 May 2025.",
    "A face-to-face training for nurses took place on 4 May 2025.",
])
def test_people_in_a_named_place_or_in_person(sentence):
    assert _mode(sentence) == "offline"


def test_gathering_in_numbers_is_no_place():
    assert _mode("Residents gathered at Tamarind Gardens on 4 May 2025 for the meeting.") == "offline"
    assert _mode("Residents gathered in large numbers on 4 May 2025 for the meeting.") is None


@pytest.mark.parametrize("sentence, mode", [
    # the platforms people joined through, and people who logged in
    ("The seminar on soil health was held on 4 May 2025 on Microsoft Teams.", "online"),
    ("The seminar on soil health was held on 4 May 2025 via GoToMeeting.", "online"),
    ("Participants from 30 countries logged in for the seminar on soil health on 4 May 2025.", "online"),
    # a ceremony at a venue that was also broadcast live
    ("The awards ceremony held on 4 May 2025 at the Regent Theatre was broadcast live on local television.", "mixed"),
])
def test_platforms_logins_and_live_broadcasts(sentence, mode):
    assert _mode(sentence) == mode


@pytest.mark.parametrize("line, mode", [
    ("Platform: Zoom", "online"),
    ("Format: In person / Zoom", "mixed"),
    ("Mode of delivery: In person", "offline"),
    ("Attendance: on-site or remote", "mixed"),
])
def test_a_labelled_line_says_how_people_attend(line, mode):
    text = ("Soil health seminar\n\nThe Hillford Farmers Union holds a seminar on soil health on 4 May 2025.\n\n"
            f"{line}\n\nAll members are welcome.\n")
    assert extract_facts(txt_article(text)).value("attendance_mode") == mode


@pytest.mark.parametrize("sentence", [
    # common places named by their kind, after a name or an adjective
    "About 150 growers attended a field day at the Marlow research farm on 8 May 2025.",
    "Hundreds of people attended a memorial service at the war memorial on 8 May 2025.",
    "The mayor will hold a town hall meeting on 14 May 2025 in the council chambers.",
])
def test_places_named_by_their_kind(sentence):
    assert _mode(sentence) == "offline"


def test_a_school_year_is_no_school():
    assert _mode("The exhibition of pupils' art opened on 8 May 2025 at the school.") == "offline"
    assert _mode("The exhibition of pupils' art opened on 8 May 2025, at the school year's end.") is None


def test_watching_on_a_channel_beside_a_venue_is_mixed():
    assert _mode("The mayor will hold a town hall meeting on 14 May 2025 in the council chambers. Residents can"
                 " also watch the meeting on the city's YouTube channel.") == "mixed"


@pytest.mark.parametrize("sentence, mode", [
    # ways of saying people joined from afar
    ("The refresher course on 4 June 2025 was delivered online to 80 health workers.", "online"),
    ("The seminar on 4 June 2025 was held over Zoom for 60 participants.", "online"),
    ("The two-day forum was held at the Marlow Hotel on 4 and 5 June 2025, with some speakers joining by video"
     " link.", "mixed"),
    ("Delegates met in person at the Marlow Convention Centre on 4 June 2025 while others dialled in.", "mixed"),
    ("The hearing held on 4 June 2025 in the council chambers could also be followed on a live video feed.",
     "mixed"),
])
def test_ways_of_joining_from_afar(sentence, mode):
    assert _mode(sentence) == mode


def test_an_office_with_its_article_is_a_venue():
    assert _mode("Some 120 farmers attended the training on 4 June 2025 at the district agricultural office.") \
        == "offline"
    assert _mode("Some 120 farmers attended the training on 4 June 2025, the mayor's first year in office.") is None


def test_tickets_sold_in_person_or_online_say_nothing_of_attending():
    body = ("The Marlow Brass Band holds its spring concert on 14 June 2025 at the Corn Exchange Hall.\n\n"
            "Tickets can be bought in person or online.")
    assert _mode(body) == "offline"


def test_tickets_also_available_online_say_nothing_of_attending():
    body = ("The Marlow Brass Band holds its spring concert on 14 June 2025 at the Corn Exchange Hall.\n\n"
            "Tickets are also available online.")
    assert _mode(body) == "offline"


def test_joined_virtually_beside_an_online_event_is_online():
    # "joined virtually" alone reads as mixed (some came to the room); an event that is itself
    # online leaves no room, and the dateline's town is no venue
    text = ("Code sprint for farm co-operatives\n\nNAIROBI — Students joined virtually from 20 counties for"
            " FarmCode, a two-day online hackathon on 3-4 May 2024 that asked them to build tools for"
            " co-operatives.\n")
    facts = extract_facts(txt_article(text))
    assert facts.value("attendance_mode") == "online"
    assert facts.value("city") is None and facts.value("country") is None


@pytest.mark.parametrize("text, mode", [
    # an institution people belong to says nothing of how they met
    ("Symposium engages campus\n\nSince 2018 the Harbour Voices Symposium has worked to foster community at the "
     "University of Eastport by encouraging students to think globally.\n\nThe 2020 symposium on March 2-3 will "
     "feature four panels and a keynote.\n", None),
    # an event the sentence puts at the institution met there
    ("Conference opens\n\nA three-day conference of deans will be inaugurated by the former minister Jane Doe at the "
     "University of Eastport on 5 May 2023.\n", "offline"),
])
def test_an_institution_is_a_venue_only_when_the_event_is_put_there(text, mode):
    assert extract_facts(txt_article(text)).value("attendance_mode") == mode
