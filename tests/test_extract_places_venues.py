"""The town a venue's name tells: a large town opening it, and no town from a word cut out of a
longer name."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article


def place(sentence: str) -> tuple[str | None, str | None]:
    f = extract_facts(txt_article("Careers fair draws students\n\n" + sentence + "\n"))
    return f.value("city"), f.value("country")


@pytest.mark.parametrize("sentence, city, country", [
    # a large town, the one of its name, opening the venue's name
    ("The careers fair was held on 2 May 2024 at the Kumasi Sports Stadium.", "Kumasi", "GH"),
    ("The careers fair took place on 2 May 2024 at the Mombasa Beach Hotel.", "Mombasa", "KE"),
    # the event's name after the venue's ("... Centre for the ... Summit") is no part of the venue
    ("Students met on 2 May 2024 at the Durban Exhibition Centre for the Ocean Economy Summit.", "Durban", "ZA"),
])
def test_a_large_town_opening_a_venue_name(sentence, city, country):
    assert place(sentence) == (city, country)


@pytest.mark.parametrize("sentence", [
    # a name towns of several countries bear: the venue may stand anywhere
    "The careers fair was held on 2 May 2024 at the Springfield Conference Centre.",
    # a long name with lowercase joining words is one name: its last word is no town
    "The careers fair was held on 2 May 2024 in the Aula Magna of the Universidad de la Costa Norte.",
])
def test_no_town_from_a_shared_name_or_a_word_of_a_longer_name(sentence):
    assert place(sentence) == (None, None)


def test_a_venue_named_after_a_town_of_a_country_the_text_never_names_is_a_brand():
    # a hotel chain named after a town in China, in a text about Mongolia
    text = ("Water forum for the Gobi\n\nMining firms and herders from the South Gobi in Mongolia met at the"
            " Shangri-La Hotel on 3 May 2024 for a forum on groundwater.\n")
    facts = extract_facts(txt_article(text))
    assert facts.value("city") != "Shangri-La"
    assert facts.value("country") != "CN"


@pytest.mark.parametrize("text, city, country", [
    # a hotel named without "the", its town and country after it, the days with no comma before them
    ("Health workshops\n\nConsultative workshops were conducted in Palm Hotel, Asmara, Eritrea between June 22 and "
     "June 24, 2021.\n", "Asmara", "ER"),
    # a venue whose head noun is in lower case, its town after a comma
    ("Forum opens\n\nThe forum on county health plans opened on 5 May 2021 at Golf hotel, Kakamega.\n",
     "Kakamega", "KE"),
    # a numbered hall of a convention centre, and the town of the centre after "in"
    ("Forum\n\nThe forum will be held on Thursday, August 23, 2018 at Hall 4, Bayside Convention Center in "
     "Pasay City.\n", "Pasay City", "PH"),
])
def test_a_venue_written_loosely_still_gives_its_town(text, city, country):
    facts = extract_facts(txt_article(text))
    assert (facts.value("city"), facts.value("country")) == (city, country)


def test_a_building_after_a_mall_and_a_hall_gives_the_town_after_in():
    text = ("Forum\n\nMANILA, Philippines - The forum will be held on Thursday, August 23, 2018 at the Mall of Bays, "
            "Hall 4, Bayside Convention Center in Pasay City.\n")
    facts = extract_facts(txt_article(text))
    assert (facts.value("city"), facts.value("country")) == ("Pasay City", "PH")
