"""A dateline's town with its province in brackets: the town is the place.

The text is written for the test.
"""

from __future__ import annotations

from archive.extract import extract_facts

from _extract_helpers import txt_article


def test_a_province_in_brackets_after_the_dateline_town_is_left_out() -> None:
    text = ("Farmers bring seeds to the valley fair\n\nCALCA (Cusco), 3 de mayo de 2025. - Some 40 growers "
            "showed native seeds at the valley seed fair held in the main square, the organisers said.\n")
    facts = extract_facts(txt_article(text))
    assert (facts.value("city"), facts.value("country")) == ("Calca", "PE")
