"""Town names as the world writes them: long names joined by lowercase words, names with
diacritics or without them, and towns described by their kind."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article


def place(sentence: str) -> tuple[str | None, str | None]:
    f = extract_facts(txt_article("Book fair opens\n\n" + sentence + "\n"))
    return f.value("city"), f.value("country")


@pytest.mark.parametrize("sentence, city, country", [
    ("The book fair was held on 4 May 2024 in São José dos Campos.", "São José dos Campos", "BR"),
    ("The book fair took place in Santa Cruz de Tenerife on 4 May 2024.", "Santa Cruz de Tenerife", "ES"),
    ("The book fair was held on 4 May 2024 in Ho Chi Minh City, Vietnam.", "Ho Chi Minh City", "VN"),
])
def test_long_names(sentence, city, country):
    assert place(sentence) == (city, country)


@pytest.mark.parametrize("sentence, city, country", [
    # a country's adjective after a word of direction
    ("The book fair was held on 4 May 2024 in the northern Ghanaian town of Bolgatanga.", "Bolgatanga", "GH"),
    # a described town that hosts: the adjective is capitalised
    ("The Chilean city of Antofagasta hosted the book fair on 4 May 2024.", "Antofagasta", "CL"),
    # a town the gazetteer lacks, which the text calls a town: as written, the country from the sentence
    ("The book fair was held on 4 May 2024 in the seaside resort of Mamaia, Romania.", "Mamaia", "RO"),
    ("The book fair was held on 4 May 2024 in the village of Tiradentes, in Brazil's Minas Gerais.",
     "Tiradentes", "BR"),
    ("The book fair was held on 4 May 2024 in the Czech village of Štramberk.", "Štramberk", "CZ"),
])
def test_described_towns(sentence, city, country):
    assert place(sentence) == (city, country)


@pytest.mark.parametrize("sentence, city, country", [
    # marks the gazetteer's spelling lacks: the town as written
    ("The book fair was held on 4 May 2024 in Hội An.", "Hội An", "VN"),
    ("The book fair was held on 4 May 2024 in Đà Lạt, Vietnam.", "Đà Lạt", "VN"),
])
def test_names_with_marks_the_gazetteer_lacks(sentence, city, country):
    assert place(sentence) == (city, country)
