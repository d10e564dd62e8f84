"""Participant counts: qualifiers, number words, sums, and counts that are not people."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article


def count(body: str):
    return extract_facts(txt_article("A workshop held in Bishkek\n\n" + body)).value("audience_count")


@pytest.mark.parametrize("body, expected", [
    ("Some 40 participants from ministries met in Dushanbe on 3 June 2013 at a roundtable.", 40),
    ("The regional event brought together, online and in-person, around 100 officials from border agencies at a workshop.", 100),
    ("About 80 farmers took part in a one-day field seminar on 15 October 2019.", 80),
    ("More than 60 secondary school teachers took part in a training course on 25 May 2021.", 60),
    ("Twenty-three officers have completed a three-day course on digital evidence.", 23),
    ("From 29 to 31 March 2022, eighteen women officers took part in a leadership course.", 18),
    ("On March 5, 2020, some 1,200 jobseekers visited a job fair. They met recruiters from 45 companies.", 1200),
    ("Fifteen judges from regional criminal courts and ten prosecutors attended the seminar on 24 April 2018.", 25),
    ("A delegation of twelve officials visited Norway from 8 to 12 April 2019 on a study visit.", 12),
    ("35 investigators and analysts completed a course on financial investigations on 15 November 2022.", 35),
    ("A course for border guards took place in Osh on 5 July 2018.\n\nTwenty border guards learned how to stop bleeding.", 20),
    # a count with its multiplier, in Western and in Indian numbering
    ("Over 5 thousand volunteers took a walk through Hillford on 24 October 2015.", 5000),
    ("Nearly two lakh people were screened at the health camp held in Hillford on 4 May 2022.", 200000),
    ("Two hundred residents attended a town hall meeting on 4 May 2021.", 200),
])
def test_counts(body, expected):
    assert count(body) == expected


@pytest.mark.parametrize("body", [
    "On 14 February 2024, representatives of 14 embassies and international organizations met at the Ministry of Justice for a coordination meeting.",
    "A three-day seminar on freedom of expression concluded on 15 September 2017. Two international experts led the discussions.",
    "A workshop on statistics took place on 6 March 2023 and covered data from 2022.",
    # sign-ups for an event still to come are not its audience
    "A forum on river transport will be held in Hillford on 4 May 2025; more than 700 people have already registered.",
])
def test_no_participant_count(body):
    assert count(body) is None


def test_past_edition_count_not_used():
    body = ("A summer school was held from 1 to 5 July 2019 in Antalya.\n\n"
            "The first edition took place in Dushanbe from 2 to 6 July 2018 and gathered 28 participants from eight countries.")
    assert count(body) is None


def test_audience_description():
    f = extract_facts(txt_article("Workshop\n\nAround 100 officials from relevant border and anti-drugs agencies took part in a workshop on 29 March 2023."))
    assert f.value("audience").startswith("officials from relevant border and anti-drugs agencies")


@pytest.mark.parametrize("body, expected", [
    # an exact count later in the text beats an approximate one
    ("More than forty officials met in Bishkek on 3 June 2013 for the workshop.\n\n"
     "The organisers said a total of 47 participants attended.", 47),
    # a further group "while N more ..." is added to the count before it
    ("On 3 June 2013, 30 officials attended the workshop in the hall, while 45 more followed it online.", 75),
    # attendance in other words: a register signed, a finish line crossed
    ("The book fair was held on 3 June 2013.\n\nIt had 30 stands.\n\nOrganisers said 1,240 visitors signed the"
     " register.", 1240),
    ("The charity run was held on 3 June 2013.\n\nIt raised funds.\n\nThe race director said 812 runners crossed"
     " the finish line.", 812),
])
def test_exact_counts_groups_added_and_other_words_for_attending(body, expected):
    assert count(body) == expected


@pytest.mark.parametrize("body, expected", [
    # those who took part from afar are added to those in the room
    ("The forum was held on 3 June 2013 in a hybrid format, with 40 delegates in the hall and 12 joining online.",
     52),
    ("On 3 June 2013, 60 farmers took part in person, among them growers, traders and extension staff from"
     " three districts, and a further 25 officers from the regional offices joined online.", 85),
])
def test_remote_participants_are_added(body, expected):
    assert count(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "a total of" people, whatever the verb, when no sentence says who took part
    ("The clinic opened on 3 June 2013.\n\nIt had six rooms.\n\nA total of 930 patients were examined by"
     " eye doctors.", 930),
    ("The race was held on 3 June 2013.\n\nThe course was muddy.\n\nA total of 214 runners started in the rain.",
     214),
    # a count of those examined at a health camp is its audience
    ("The camp was held on 3 June 2013.\n\nIt was free.\n\nIn all, 640 villagers were screened for diabetes.", 640),
])
def test_totals_and_other_ways_of_taking_part(body, expected):
    assert count(body) == expected


def test_a_total_does_not_beat_a_count_of_those_who_took_part():
    body = ("The camp was held on 3 June 2013.\n\nA total of 40 nurses staffed the tents.\n\n"
            "Some 2,300 villagers attended the camp.")
    assert count(body) == 2300
