"""Event places given by a region alone: the country, no town; and people met there in person."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article


def facts(sentence: str) -> tuple[str | None, str | None, str | None]:
    f = extract_facts(txt_article("Farm training draws growers\n\n" + sentence + "\n"))
    return f.value("city"), f.value("country"), f.value("attendance_mode")


@pytest.mark.parametrize("sentence, country", [
    # a region by its unit word, whose name is a region of one country (and maybe a town too)
    ("A training on drip irrigation was held on 6 June 2024 in Mombasa County.", "KE"),
    ("A training on drip irrigation took place on 6 June 2024 in Khon Kaen province.", "TH"),
    ("A training on drip irrigation was held on 6 June 2024 in Kano State.", "NG"),
    # the country written after the region
    ("A training on drip irrigation was held on 6 June 2024 in the Volta Region of Ghana.", "GH"),
    ("A training on drip irrigation was held on 6 June 2024 in Limpopo province, South Africa.", "ZA"),
    # a country's own region
    ("A training on drip irrigation was held on 6 June 2024 in Uganda's West Nile.", "UG"),
])
def test_a_region_gives_the_country_and_people_met_there(sentence, country):
    assert facts(sentence) == (None, country, "offline")
