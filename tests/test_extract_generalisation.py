"""Phrasings outside the development corpus (written for these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive.extract import extract_facts
from archive.extract.orgs import scan_names
from archive.read import parse_article


def _facts(text: str):
    return extract_facts(parse_article(Path("a.txt"), text.encode("utf-8")))


def test_a_name_with_and_inside_stays_whole_when_its_acronym_says_so() -> None:
    text = ("European Union Border Assistance Mission to Moldova and Ukraine (EUBAM) "
            "co-operated.")
    assert scan_names(text) == [
        "European Union Border Assistance Mission to Moldova and Ukraine (EUBAM)"]


def test_two_organisations_joined_by_and_are_still_two() -> None:
    names = scan_names("the OSCE Office in Tajikistan and the Committee on Women and Family "
                       "Affairs (CWFA) met.")
    assert len(names) == 2


def test_an_exercise_the_mission_supported_is_an_event() -> None:
    facts = _facts(
        "Moldovan and Ukrainian border guards hold joint exercise\n"
        "On 21 and 22 October 2019, the OSCE Mission to Moldova supported a joint exercise for "
        "30 border guards from Moldova and Ukraine at the Palanca border crossing point.\n"
        "The exercise, conducted in co-operation with the European Union Border Assistance "
        "Mission to Moldova and Ukraine (EUBAM), focused on detecting stolen vehicles.\n")
    assert facts.value("is_event") is True
    assert facts.value("start_date") == "2019-10-21"
    assert facts.value("end_date") == "2019-10-22"
    assert facts.value("audience_count") == 30
    assert facts.value("partners") == (
        "European Union Border Assistance Mission to Moldova and Ukraine (EUBAM)",)


def test_a_statement_condemning_an_attack_is_not_an_event() -> None:
    facts = _facts(
        "OSCE condemns attack on journalists in Skopje\n"
        "SKOPJE, 12 April 2022 – The Head of the OSCE Mission to Skopje today strongly condemned "
        "the attack on two journalists that took place yesterday in the centre of Skopje.\n")
    assert facts.value("is_event") is False
    assert facts.value("start_date") is None


def test_a_video_conference_written_as_two_words_is_online() -> None:
    facts = _facts(
        "OSCE-supported video conference connects Georgian and Armenian local authorities\n"
        "TBILISI, 2 December 2020 – Representatives of 15 municipalities in Georgia and Armenia "
        "exchanged experience on local economic development during a video conference held on "
        "1 December.\nThe event was organized by the OSCE Office for Democratic Institutions "
        "and Human Rights.\n")
    assert facts.value("attendance_mode") == "online"
    assert facts.value("country") is None and facts.value("city") is None
    assert facts.value("start_date") == "2020-12-01"
    assert facts.value("audience_count") is None  # municipalities are not participants


def test_held_in_a_city_and_online_is_mixed() -> None:
    facts = _facts(
        "Conference on media freedom held in Vienna and online\n"
        "Vienna, 10 June 2021 — The OSCE Representative on Freedom of the Media hosted a "
        "conference on the safety of journalists on 9 June, which took place in Vienna and "
        "online.\nMore than 200 participants attended the conference.\n")
    assert facts.value("attendance_mode") == "mixed"
    assert facts.value("city") == "Vienna" and facts.value("country") == "AT"
    assert facts.value("audience_count") == 200


def test_a_mixed_case_dateline_ending_in_a_full_stop_gives_the_year() -> None:
    facts = _facts(
        "Training for Turkmen customs officers on risk management\n"
        "Ashgabat, 22 November 2019. The OSCE Centre in Ashgabat organized a five-day training "
        "course for 15 customs officers on risk management from 18 to 22 November.\n")
    assert (facts.value("start_date"), facts.value("end_date")) == ("2019-11-18", "2019-11-22")
    assert facts.value("country") == "TM"


def test_together_with_between_commas_names_a_co_organiser() -> None:
    facts = _facts(
        "Workshop on cybercrime\n"
        "The OSCE Office in Tajikistan, together with the Ministry of Interior, organized a "
        "two-day workshop on cybercrime for 30 police officers in Dushanbe on 4 and 5 May "
        "2021.\n")
    assert facts.value("organizers") == ("OSCE Office in Tajikistan", "Ministry of Interior")


def test_a_dateline_on_its_own_line_gives_the_year() -> None:
    facts = _facts(
        "Regional conference on countering violent extremism\n"
        "Bishkek, 30 October 2018\n"
        "The OSCE Programme Office in Bishkek held a regional conference on countering violent "
        "extremism on 29 and 30 October. More than 100 experts from Central Asia attended.\n")
    assert (facts.value("start_date"), facts.value("end_date")) == ("2018-10-29", "2018-10-30")
    assert facts.value("audience_count") == 100


def test_trainers_who_are_the_ones_trained_are_counted() -> None:
    facts = _facts(
        "Police instructors trained in Astana\n"
        "ASTANA, 14 March 2019 – Eighteen instructors of police academies completed a training "
        "of trainers on 13 March in Astana.\n")
    assert facts.value("audience_count") == 18


def test_trainers_who_lead_the_sessions_are_not_counted() -> None:
    facts = _facts(
        "Mediation workshop in Cahul\n"
        "Twenty local councillors took part in a workshop held in Cahul on 3 May 2019. Two "
        "mediators led the sessions.\n")
    assert facts.value("audience_count") == 20


def test_a_venue_name_does_not_hide_its_city() -> None:
    facts = _facts(
        "Parliamentarians from Montenegro learn about budget oversight\n"
        "Members of the Parliament of Montenegro took part in a study visit to the Bundestag in "
        "Berlin from 6 to 8 March 2017.\nThe visit was organized by the OSCE Mission to "
        "Montenegro.\n")
    assert (facts.value("city"), facts.value("country")) == ("Berlin", "DE")


def test_an_organisation_in_a_country_is_not_the_venue() -> None:
    facts = _facts(
        "Workshop on elections\n"
        "Thirty officials took part in a workshop on election administration organized by the "
        "OSCE Office in Tajikistan, held in Khujand on 4 May 2021.\n")
    assert (facts.value("city"), facts.value("country")) == ("Khujand", "TJ")


def test_two_weekdays_resolve_to_a_range_before_the_dateline() -> None:
    facts = _facts(
        "Workshop on cybercrime held in Almaty\n"
        "ALMATY, 17 July 2019 – Thirty police officers took part in a workshop on cybercrime "
        "held in Almaty on Monday and Tuesday.\n")
    # 17 July 2019 was a Wednesday.
    assert (facts.value("start_date"), facts.value("end_date")) == ("2019-07-15", "2019-07-16")


@pytest.mark.parametrize("dateline", ["12 May 2015, Bishkek –", "BISHKEK (12 May 2015) –",
                                      "Bishkek, May 12, 2015 –", "BISHKEK, Kyrgyzstan, 12 May 2015 –"])
def test_dateline_shapes(dateline: str) -> None:
    facts = _facts(
        "Police officers trained on hate crimes\n"
        f"{dateline} Some 25 police officers took part in a training course on hate crimes "
        "that ended today.\nThe course was organized by the OSCE Centre in Bishkek.\n")
    assert facts.value("start_date") == facts.value("end_date") == "2015-05-12"
    assert (facts.value("city"), facts.value("country")) == ("Bishkek", "KG")
