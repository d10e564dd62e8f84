"""Organisation roles, round 6: classes of wording written in many shapes, in sentences of our own."""

from __future__ import annotations

import pytest

from archive.extract.orgnames import scan_names

from _extract_helpers import org_roles


# Class: a name in another language joins its capitalised words with lower-case articles,
# prepositions, conjunctions or elided words; they belong to the name.
@pytest.mark.parametrize("text, names", [
    ("the Chambre d'agriculture de la Drôme and the Harbour Trust.", ["Chambre d'agriculture de la Drôme", "Harbour Trust"]),
    ("Údarás na Gaeltachta.", ["Údarás na Gaeltachta"]),
    ("the Institut Congolais pour la Conservation de la Nature (ICCN).",
     ["Institut Congolais pour la Conservation de la Nature (ICCN)"]),
    ("the Rosenheim am Inn District Office.", ["Rosenheim am Inn District Office"]),
    ("the Instituto de Memória e Território (IMT), whose staff helped.", ["Instituto de Memória e Território (IMT)"]),
    ("the Bundesministerium für Bildung und Forschung.", ["Bundesministerium für Bildung und Forschung"]),
    ("the Université du Québec à Chicoutimi.", ["Université du Québec à Chicoutimi"]),
    ("the Ministère de l'Agriculture et de l'Alimentation.", ["Ministère de l'Agriculture et de l'Alimentation"]),
    ("Universidade do Minho.", ["Universidade do Minho"]),
    ("the Stiftung zur Förderung der Kultur.", ["Stiftung zur Förderung der Kultur"]),
    ("the Museu d'Art de Girona.", ["Museu d'Art de Girona"]),
    ("the Kültür ve Turizm Müdürlüğü.", ["Kültür ve Turizm Müdürlüğü"]),
    # near misses: the lower-case word is not followed by the rest of a name
    ("Fundação Cultural e parceiros.", ["Fundação Cultural"]),
    ("the Lakes Trust à la carte.", ["Lakes Trust"]),
    ("the Harbour Trust do not.", ["Harbour Trust"]),
])
def test_lower_case_words_of_names_in_other_languages(text, names):
    assert scan_names(text) == names


@pytest.mark.parametrize("sentence, expected", [
    ("The fair was organised by the Chambre d'agriculture de la Drôme.", (["Chambre d'agriculture de la Drôme"], [], [])),
    ("The Associação dos Amigos do Museu and the Lakes Trust were partners of the fair.",
     ([], ["Associação dos Amigos do Museu", "Lakes Trust"], [])),
    ("Organised by the Instituto de Memória e Território (IMT), the fair ran for two days.",
     (["Instituto de Memória e Território (IMT)"], [], [])),
])
def test_names_in_other_languages_in_role_phrases(sentence, expected):
    assert org_roles(sentence) == expected
