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
