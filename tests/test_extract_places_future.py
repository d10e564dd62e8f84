"""An article announcing an event: the place it will be held in is the event's place."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article


@pytest.mark.parametrize("text, city, country", [
    ("Dance festival returns\n\nThe Morobe Dance Festival will be held from 8 to 10 August 2025, its "
     "organisers said.\n\nOver forty troupes will converge on the showground in Lae for the festival.\n",
     "Lae", "PG"),
    ("Coffee expo announced\n\nThe regional coffee expo opens on 3 October 2025 with 200 exhibitors.\n\n"
     "The expo, to be held in Mzuzu, is organised by the growers' union.\n", "Mzuzu", "MW"),
])
def test_the_place_of_an_announced_event(text, city, country):
    f = extract_facts(txt_article(text))
    assert (f.value("city"), f.value("country")) == (city, country)
