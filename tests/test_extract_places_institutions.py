"""A German institution named by its kind and its town ("the Stadtbibliothek Görlitz", "the
Kunsthalle Bremen") gives the town, over a neighbouring town named as an origin."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article


def place(text: str) -> tuple[str | None, str | None]:
    f = extract_facts(txt_article(text))
    return f.value("city"), f.value("country")


@pytest.mark.parametrize("text, city, country", [
    ("Exhibition opened\n\nOn Friday, 21.03.2025, with a small reception, the Stadtbibliothek Görlitz opened an"
     " exhibition on the river's bridges; objects came from the museum in Zgorzelec.\n", "Görlitz", "DE"),
    ("Print show\n\nThe Kunsthalle Bremen opened its print exhibition on 3 May 2025 with 300 guests.\n",
     "Bremen", "DE"),
    ("Opera gala\n\nThe gala concert was staged on 3 May 2025 at the Staatstheater Kassel.\n", "Kassel", "DE"),
    ("Open day\n\nThe Landesmuseum Hannover hosted an open day on Sunday 4 May 2025 for 2,000 visitors.\n",
     "Hannover", "DE"),
    ("Reading festival\n\nThe Stadtarchiv Erfurt hosted a reading festival on 5 May 2025 for 300 visitors.\n", "Erfurt", "DE"),
    ("Art festival\n\nThe Kunsthaus Zürich held an art festival on 3 May 2025, attended by 900 people.\n", "Zürich", "CH"),
    ("Language fair\n\nThe Volkshochschule Jena organised a language fair on 3 May 2025 for 400 learners.\n",
     "Jena", "DE"),
    ("Book fair\n\nThe book fair was held on Friday 2 May 2025 in the Stadtbücherei Linz, with 50 publishers.\n",
     "Linz", "AT"),
])
def test_a_german_institution_and_its_town(text, city, country):
    assert place(text) == (city, country)


@pytest.mark.parametrize("text, wrong", [
    # a word that only ends like a German kind, or a longer name after the town
    ("Beach party\n\nThe beach party took place on 3 May 2025 at the Lighthouse Bremen Street venue.\n", "Bremen"),
    ("Jazz night\n\nThe jazz night was held on 3 May 2025 in the Kunsthalle Bremen Nord annex in Hamburg.\n",
     "Bremen"),
])
def test_no_town_from_a_longer_name(text, wrong):
    assert place(text)[0] != wrong
