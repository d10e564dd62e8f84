"""Names the first gazetteer tier knows only as another town's alternate spelling, and names of
regions or land features that begin with a town's name."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article


def place(text: str) -> tuple[str | None, str | None]:
    f = extract_facts(txt_article("Star party and film night\n\n" + text + "\n"))
    return f.value("city"), f.value("country")


def test_a_small_town_of_a_named_country_beats_an_alternate_spelling_elsewhere():
    # "Skagen" is also an old spelling of Schagen (the Netherlands), a larger town
    assert place("The film festival was held on 3 May 2024 in Skagen, on the northern tip of Denmark.") \
        == ("Skagen", "DK")


def test_the_and_an_alternate_spelling_is_a_region():
    # "Highlands" is an alternate name of Highland (United States)
    assert place("Walkers gathered on 3 May 2024 in the Highlands for the trail festival, the first in "
                 "Norway.") == (None, "NO")


@pytest.mark.parametrize("text", [
    "Astronomers met for a star party on 3 May 2024 in the Big Bend region of Texas.",
    "The star party took place on 3 May 2024 under the clear skies in the Davis Mountains of Texas.",
])
def test_a_town_name_opening_a_region_or_a_range_is_no_town(text):
    assert place(text)[0] is None
