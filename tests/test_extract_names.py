"""Event names taken whole: quoted and titled names, themes, occasions, the fullest mention."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts
from archive.extract.named_events import named_events

from _extract_helpers import txt_article

HEAD = "Headline of the article\n\n"


@pytest.mark.parametrize("body, name", [
    # a title whose closing quote was lost runs to the end of the sentence, less the place
    ("Officials attended a two-day workshop on “Writing Plain Guidance for Farmers in Nairobi.",
     "Workshop on Writing Plain Guidance for Farmers"),
    # "titled" a few words after the event noun
    ("The ministry held a workshop for district nurses titled “Safe Storage of Vaccines in Rural Clinics” on "
     "4 May 2021.", "Safe Storage of Vaccines in Rural Clinics"),
    # a theme completes a designation
    ("An online roundtable was held on 4 May 2021 under the theme, “Rivers Without Borders.”",
     "Online roundtable “Rivers Without Borders”"),
    # ... also when the sentence ends inside the quotation marks
    ("An online roundtable was held on 4 May 2021 under the theme, “Rivers Without Borders.” Featuring ten "
     "speakers, it drew 90 people.", "Online roundtable “Rivers Without Borders”"),
    # the occasion says which walk
    ("Hundreds of volunteers took a 5km walk through Hillford on 24 October 2015 to mark the World Sight Day.",
     "5km walk to mark the World Sight Day"),
    # one title in capitals joined by a slash
    ("An International Seminar/Webinar on Water Safety organised by the institute will be held on 13 July 2023.",
     "International Seminar/Webinar on Water Safety"),
    # the fullest mention of the same event in the opening paragraphs
    ("The University of Hillford will organise a three-day international conference from 10 November 2022.\n\n"
     "The international conference on “Rivers, Roads and Rails” will open in the main hall.",
     "International conference on “Rivers, Roads and Rails”"),
    # what someone "called" the event is a quotation, not its title
    ("The Hillford Book Fair will feature more exhibitors than ever in what the fair's director called “a mirror "
     "of the trade”, organisers said on 4 May 2021.", "Hillford Book Fair"),
    # a name of two words that only says the kind of event is qualified by its organiser
    ("The Hillford Public Library held an Online Job Fair on 23 April 2020 with 12 employers.",
     "Online Job Fair (Hillford Public Library)"),
    # a clause after a comma ends the designation: a participle, "because"
    ("In May 2021 the centre ran a two-week virtual bootcamp for young farmers, delivered entirely online "
     "because of the floods.", "Virtual bootcamp for young farmers"),
    # a name the sentence then calls an event, after a comma
    ("Some 90 animators gathered in Hillford on 4 May 2021 for the Riverside Animation Days, a festival "
     "dedicated to short films.", "Riverside Animation Days"),
    ("On 4 May 2021 about 600 makers took part in Field Tech Hillford, the largest farm machinery "
     "fair in the region.", "Field Tech Hillford"),
    # a capitalised Week and the fun run it names are one name; a verb and a determiner end the modifiers
    ("The Hillford Rotary Club held its Boxing Week Fun Run on 27 December 2023 with 400 runners.",
     "Boxing Week Fun Run"),
    # capitalised words before a lowercase event noun name it; the ordinal before them is no part of it
    ("The tenth Hillford Harbour Blues festival runs from 3 to 6 July 2025, offering 40 shows on two "
     "stages by the quay.", "Hillford Harbour Blues festival"),
    # a verb after the designation ends it
    ("A national consultation on river basin management brought together 80 farmers and officials in Hillford "
     "on 26 September 2023.", "National consultation on river basin management"),
    # a name set off by commas after "the" event noun, and a quoted title the sentence then calls an event
    ("The hackathon, Hack Hillford: Energy, was organised by the university on 4 May 2024.", "Hack Hillford: Energy"),
    ("From 2 May to 30 June 2024, the Hillford City Museum presents “River Light”, an exhibition of 80 paintings.",
     "Exhibition “River Light”"),
    # the title the next sentence gives "the activity" completes the designation
    ("Donors gave 180 units at a blood donation drive held at the Hillford sports hall on "
     "4 May 2024. The activity, dubbed “Give Blood, Give Life”, was run by volunteers.",
     "Blood donation drive “Give Blood, Give Life”"),
])
def test_event_names_whole(body, name):
    assert extract_facts(txt_article(HEAD + body)).value("event_name") == name


@pytest.mark.parametrize("body, wrong", [
    # a report titled at the workshop is not the workshop
    ("At the workshop held in Hillford on 4 May 2021, a report titled “Water for All” was presented.", "Water for All"),
    # a project's title is not the training's
    ("A training of judges was organised in Hillford on 4 May 2021 within the project titled “Courts Closer to "
     "People”.", "Courts Closer to People"),
    # a person described by an event noun is no event's name
    ("Mary Okoth, a workshop trainer, led the training held in Hillford on 4 May 2021.", "Mary Okoth"),
    # an organisation set off by commas is not the event's name
    ("Organisers of the workshop, Hillford Farmers Association, were thanked on 4 May 2021 after the workshop "
     "held in Hillford.", "Hillford Farmers Association"),
])
def test_a_title_of_something_else_is_not_the_name(body, wrong):
    assert extract_facts(txt_article(HEAD + body)).value("event_name") != wrong


def test_a_name_never_ends_in_a_preposition():
    name = extract_facts(txt_article(HEAD + "Teachers attended a workshop on “Reading Aloud” on 4 May 2021 and "
                                     "a seminar on.")).value("event_name")
    assert name and name.split()[-1] not in ("on", "for", "of", "to")


@pytest.mark.parametrize("body, name", [
    # a title joined by the words of another language, and a year that names the edition
    ("The Festival des Semences Paysannes took place on 12 May 2024 in Lindale, with 60 seed savers.",
     "Festival des Semences Paysannes"),
    ("AgroMach Expo 2024 was organised by the Lindale Trade Board on 4 May 2024, with 300 exhibitors.",
     "AgroMach Expo 2024"),
    # a name with no listed event noun, which the sentence says ran, took place or returned
    ("The Ashby Valley Documentary Days, which ran from 3 to 12 June 2024 across five cinemas, sold 9,000"
     " tickets. Some 40 screenings were attended by film students.", "Ashby Valley Documentary Days"),
    ("Fiddlers filled the pubs when the Lindale Valley Folk Music Weekend returned to Ashby from Friday 31 October"
     " to Sunday 2 November 2025. Some 2,000 people attended its concerts.", "Lindale Valley Folk Music Weekend"),
    # the people taking part name it
    ("Riders in the Lindale Gravel Hundred met snow on the pass on 3 May 2024. Some 300 riders took part in"
     " the race.", "Lindale Gravel Hundred"),
    # "to" after a noun that takes it is no purpose clause
    ("About 90 growers took part on 4 May 2024 in the online forum on access to credit for young farmers.",
     "Online forum on access to credit for young farmers"),
])
def test_names_of_events_in_other_shapes(body, name):
    assert extract_facts(txt_article(HEAD + body)).value("event_name") == name


@pytest.mark.parametrize("body, wrong", [
    # a venue that ends in a hall's or a centre's word is a place, however it begins
    ("The three-day trade fair closed on 4 May 2024 at the Lindale Exhibition and Convention Center, with 300"
     " exhibitors.", "Lindale Exhibition and Convention Center"),
    # a person who returns is not an event
    ("Maria Lopez returned to Lindale for the seed fair held on 4 May 2024.", "Maria Lopez"),
])
def test_places_and_people_in_those_shapes_are_not_names(body, wrong):
    assert extract_facts(txt_article(HEAD + body)).value("event_name") != wrong


@pytest.mark.parametrize("text, names", [
    ("The Lindale Code Sprint 2023 was held on 2 December at the library.", ["Lindale Code Sprint 2023"]),
    ("The Lindale Youth Reading Scheme was held up as a model by the council.", []),
    ("The Lindale Valley Rivers Trust was held responsible for the flood.", []),
])
def test_named_events_held_and_names_held_otherwise(text, names):
    assert [name for name, _, _ in named_events(text)] == names


@pytest.mark.parametrize("text, names", [
    # a contest known by what its players won or by its rounds
    ("Harbour Select clinched the Lindale Sevens title on home turf.", ["Lindale Sevens"]),
    ("Twelve-year-old Ana Ruiz won the Kessel Valley Open with a day to spare.", ["Kessel Valley Open"]),
    ("The hosts lifted the Marrow Bay Cup after a tense second half.", ["Marrow Bay Cup"]),
    ("Harbour Select were claiming the Ashby Beach Classic for the third time.", ["Ashby Beach Classic"]),
    ("She beat a grandmaster in the final round of the Kessel Valley Open.", ["Kessel Valley Open"]),
    ("Both sides reached the final of the Marrow Bay Cup on Sunday.", ["Marrow Bay Cup"]),
    ("He set the fastest time in the second stage of the Lindale Hill Rally.", ["Lindale Hill Rally"]),
    ("Harbour Select win Lindale Sevens at the Lindale Sports Ground", ["Lindale Sevens"]),
    # what else is won is no contest: a prize, an award, a seat, a grant; nor is a body
    ("Ana Ruiz won the Lindale Poetry Prize for her second book.", []),
    ("The mayor won the Harbour Ward seat in May.", []),
    ("The school won the Green Flag Award again.", []),
    ("The team won the Lindale Rugby Club vote for best kit.", []),
    ("Harbour Select won the toss and chose to kick off.", []),
])
def test_a_contest_is_named_by_what_was_won_and_by_its_rounds(text, names):
    assert [name for name, _, _ in named_events(text)] == names


@pytest.mark.parametrize("text, names", [
    # a word that starts like a month is no month: "Marathon", "Mayfield", "Augusta", "Decker"
    ("The Marathon Valley Fair was held on 4 May 2024 at the showground.", ["Marathon Valley Fair"]),
    ("The Mayfield Lantern Walk took place on Friday evening.", ["Mayfield Lantern Walk"]),
    ("The Augusta Book Weekend was held for the fifth time.", ["Augusta Book Weekend"]),
    ("The Junebug Folk Gathering was held at the old mill.", ["Junebug Folk Gathering"]),
    # a month or a weekday after a joining word ends the name
    ("Both sides reached the final of the Marrow Bay Cup on Sunday.", ["Marrow Bay Cup"]),
])
def test_a_name_is_cut_at_a_month_not_at_a_word_that_starts_like_one(text, names):
    assert [name for name, _, _ in named_events(text)] == names


@pytest.mark.parametrize("body, name", [
    # a name in single quotes the sentence then calls an event
    ("Students took part in 'Harbour Code 2025', a two-day hackathon held on 4 May 2025 at the college.",
     "Hackathon “Harbour Code 2025”"),
    ("Families came to ‘Lanterns on the Quay’, an evening festival held on 4 May 2025 by the harbour.",
     "Evening festival “Lanterns on the Quay”"),
])
def test_a_name_in_single_quotes_before_its_event_noun(body, name):
    assert extract_facts(txt_article(HEAD + body)).value("event_name") == name


@pytest.mark.parametrize("body, wrong", [
    # an event noun followed by a word for a room is a place, in lower case too
    ("The hearing on the new bridge was held on 4 May 2024 in the school hall, instead of the council's own "
     "meeting room.", "Own meeting"),
    ("The fair took place on 4 May 2024; traders set up in the old conference centre by the station.",
     "Old conference"),
    # a camp named as a place, after "near", "from", "to", "at" or "in the"
    ("Guides held a candlelight vigil on 4 May 2024 for the porters lost in a storm near Kessel Base Camp.",
     "Kessel Base Camp"),
    ("Guides held a candlelight vigil on 4 May 2024 for the porters lost on the trek to Kessel Base Camp.",
     "Kessel Base Camp"),
])
def test_rooms_and_camps_that_are_places_are_not_names(body, wrong):
    assert extract_facts(txt_article(HEAD + body)).value("event_name") != wrong


@pytest.mark.parametrize("body, name", [
    ("Our Harvest Festival on Saturday 4 May 2024 drew 600 guests, the most in a decade.", "Harvest Festival"),
    ("Their Lantern Parade was held on the quay on 4 May 2024, with 300 children.", "Lantern Parade"),
])
def test_a_possessive_before_a_title_is_no_part_of_it(body, name):
    assert extract_facts(txt_article(HEAD + body)).value("event_name") == name
