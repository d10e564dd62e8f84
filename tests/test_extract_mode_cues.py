"""How people attended, from what the text says whatever place the gazetteer finds: a venue
named in any way, a crowd that filled one, remote participation beside it."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article


def _mode(body: str) -> str | None:
    return extract_facts(txt_article("Headline of the article\n\n" + body + "\n")).value("attendance_mode")


@pytest.mark.parametrize("sentence", [
    # a named place's grounds, a waterfront, cloisters, a cinema, a hotel with its accent
    "Dancers from forty villages will gather on the Marlow Agricultural Society grounds for the harvest festival on 4 May 2025.",
    "Hundreds of families packed the Eastbay Harbour waterfront for the lantern festival, held on 3 May 2025.",
    "Some 20,000 readers passed through the cloisters of the old friary during the book fair, which ended on 4 May 2025.",
    "The film festival opened on 4 May 2025 with screenings at the Tamsin Ward Cinematheque.",
    "The investment forum closed on 4 May 2025 at the Grand Hôtel des Tilleuls with a call for cheaper credit.",
    # a venue named in another language, its kind first
    "The pottery course took place at the Casa de la Artesanía in Tlacolula from 2 to 6 May 2025.",
    "The congress will be held at the Palais des Expositions from 2 to 4 May 2025.",
    # a named venue that hosts or presents the event
    "From 2 May 2025 the Museo del Mar de Puntarenas presents an exhibition of ship models.",
    "The East Gallery will host an exhibition of student prints from 2 May 2025.",
])
def test_a_venue_said_in_any_way_means_people_came_in_person(sentence):
    assert _mode(sentence) == "offline"


def test_grounds_for_a_decision_are_no_venue():
    assert _mode("The harvest festival was held on 4 May 2025, a day late, on the grounds that rain was forecast.") is None
