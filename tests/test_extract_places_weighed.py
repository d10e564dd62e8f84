"""A town found without its country, whose name towns of several countries bear, lies in the one of
them whose regions the text names ("Thurso" ... "the Highland Council": Scotland's, not Quebec's)."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article


def place(text: str) -> tuple[str | None, str | None]:
    f = extract_facts(txt_article(text))
    return f.value("city"), f.value("country")


@pytest.mark.parametrize("text, city, country", [
    ("Regatta day\n\nThe regatta was held on 3 May 2025 in the town of Dingle, with crews from across Munster"
     " and from Wales.\n", "Dingle", "IE"),
    ("Energy expo\n\nThe energy expo was held on 10 September 2025 in the town of Thurso, where the North"
     " Highland College hosted 90 firms from Denmark.\n", "Thurso", "GB"),
    ("Sea festival\n\nCrowds from France came to the seaside town of Dingle on 29 August 2025 for the sea"
     " festival, funded by Kerry County Council.\n", "Dingle", "IE"),
    ("Harvest fair\n\nThe harvest fair took place on 6 September 2025 in the town of Thurso, with stalls run by"
     " growers from Caithness and Sutherland and the Highland food network.\n", "Thurso", "GB"),
])
def test_a_towns_country_from_the_regions_named(text, city, country):
    assert place(text) == (city, country)


def test_no_country_when_no_region_tells():
    text = ("Energy expo\n\nFirms from Norway travelled to the far northern town of Thurso on 10 September 2025 for the"
            " energy expo.\n")
    assert place(text)[1] is None
