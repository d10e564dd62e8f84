"""The second gazetteer tier: towns of 1,000 to 15,000 people, read only where the wording says
a name is a place and only in a country the text names."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts, small_places, small_towns

from _extract_helpers import txt_article


def place(text: str) -> tuple[str | None, str | None]:
    f = extract_facts(txt_article("Folk weekend draws crowds\n\n" + text + "\n"))
    return f.value("city"), f.value("country")


@pytest.mark.parametrize("text, city, country", [
    # an event verb before the place, the country named elsewhere in the text
    ("The folk festival was held in Kinsale on 3 May 2024. Musicians travelled from across Ireland.",
     "Kinsale", "IE"),
    ("The food fair was held on 3 May 2024 in Bled. Chefs came from Slovenia and Austria.", "Bled", "SI"),
    # a venue's town; the country by a province the text names
    ("The surf film night took place on 3 May 2024 at the Community Hall in Tofino. Tickets sold out "
     "across British Columbia.", "Tofino", "CA"),
    # a described town that hosts; the country by a nation of the United Kingdom
    ("The fishing village of Portree will welcome visitors on 3 May 2024 for the seafood fair, the "
     "first of its kind in Scotland.", "Portree", "GB"),
    # a described town: the small town's country beats another country the sentence names
    ("The fair was held on 3 May 2024 in the small town of Lethem, near the border with Brazil. Guyana "
     "paid for the stalls.", "Lethem", "GY"),
    # a dateline in capitals
    ("PORTREE, Scotland — Fishermen and chefs gathered on Saturday for the island's first seafood fair, "
     "which drew 400 visitors.", "Portree", "GB"),
])
def test_small_towns_after_a_place_cue(text, city, country):
    assert place(text) == (city, country)


def test_small_town_needs_a_country_the_text_names():
    assert place("The folk festival was held in Kinsale on 3 May 2024. It drew people from across Ireland.") \
        == ("Kinsale", "IE")
    assert place("The folk festival was held in Kinsale on 3 May 2024. It drew people from far away.") \
        == (None, None)


def test_towns_of_one_name_in_two_named_countries_give_no_town():
    assert place("The folk festival was held in Dingle on 3 May 2024. Musicians came from all over "
                 "Ireland.") == ("Dingle", "IE")
    assert place("The folk festival was held in Dingle on 3 May 2024. Musicians came from Ireland and "
                 "the Philippines.")[0] is None


def test_no_small_town_without_a_cue():
    # "Williams" is a small town of the United States, but here the name of a person
    text = "Williams opened the seafood fair on 3 May 2024 with a speech about fishing in the United States."
    assert place(text) == (None, "US")
    assert small_places.small_town("Williams", text) == ("Williams", "US")  # the tier knows it


def test_small_tier_is_a_table_of_its_own():
    assert small_towns.towns("Kinsale")[0].country == "IE"
    assert small_towns.towns("KINSALE", folded=True)[0].country == "IE"
    assert small_towns.towns("Nairobi") == []  # a town of the first tier
    assert small_towns.town_in("Dingle", {"IE", "PH"}) is None
    assert small_towns.town_in("Dingle", {"IE"}).country == "IE"


def test_small_tier_cache_is_read_by_part(tmp_path, monkeypatch):
    monkeypatch.setattr(small_towns, "cache_path", lambda: tmp_path / "small-towns-test.marshal")
    parts = {"ki": {"Kinsale": (("Kinsale", "IE", 5281, True),)}, "po": {"Portree": (("Portree", "GB", 2310, True),)}}
    small_towns.write_cache(tmp_path / "small-towns-test.marshal", parts)
    monkeypatch.setattr(small_towns, "_BUILT", None)
    monkeypatch.setattr(small_towns, "_INDEX", None)
    monkeypatch.setattr(small_towns, "_PARTS", {})
    assert small_towns.towns("Portree") == [small_towns.Town("Portree", "GB", 2310, True)]
    assert set(small_towns._PARTS) == {"po"}  # only the part asked for was read
    # a damaged part is not trusted: the table is rebuilt from the library's data
    path = tmp_path / "small-towns-test.marshal"
    data = bytearray(path.read_bytes())
    data[-3] ^= 0xFF
    path.write_bytes(bytes(data))
    monkeypatch.setattr(small_towns, "_INDEX", None)
    monkeypatch.setattr(small_towns, "_PARTS", {})
    monkeypatch.setattr(small_towns, "build_parts", lambda: {"po": {"Portree": (("Portree", "GB", 9, True),)}})
    assert small_towns.towns("Portree")[0].population == 9


def test_a_small_town_that_hosts_and_is_never_a_person():
    assert place("Kinsale will host the 2026 Atlantic Sailing Conference from 3 to 5 May 2026, bringing "
                 "crews from across Ireland.") == ("Kinsale", "IE")
    # the text writes the name as a person's: no town
    assert place("Williams will host the 2026 Atlantic Sailing Conference from 3 to 5 May 2026. Williams "
                 "said sailors from the United States would come.")[0] is None


def test_a_small_town_after_in_that_the_text_repeats():
    text = ("It was the busiest Saturday of the year in Tofino, as the Surf Film Night filled every seat on "
            "5 October 2024. The Tofino Lions Club sold food, and the Tofino Surf Co-op lent boards. "
            "Guests came from across British Columbia.")
    assert place(text) == ("Tofino", "CA")


def test_a_small_town_after_in_named_once_is_not_read():
    text = ("It was the busiest Saturday of the year in Tofino, as the Surf Film Night filled every seat on "
            "5 October 2024. Guests came from across British Columbia.")
    assert place(text)[0] is None
