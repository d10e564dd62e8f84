"""A German venue's one-word name before its town ("in the Stadthalle X"): the town, and the one
German-speaking country with a town of that name."""

from __future__ import annotations

from archive.extract import extract_facts

from _extract_helpers import txt_article


def place(body: str) -> tuple[str | None, str | None]:
    f = extract_facts(txt_article("Towns plan heat networks together\n\n" + body + "\n"))
    return f.value("city"), f.value("country")


def test_a_german_venue_word_then_its_town():
    body = ("On Saturday, 8 March 2025, around 200 mayors and citizens came together in the Stadthalle "
            "Landsberg for the district's energy conference.")
    assert place(body) == ("Landsberg", "DE")
