"""Keywords are subjects: places and organisations are recorded elsewhere."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts
from archive.extract.keywords import _is_subject

from _extract_helpers import txt_article


@pytest.mark.parametrize("phrase, expected", [
    ("drug trafficking", True),
    ("new psychoactive substances", True),
    ("turkmenistan", False),
    ("bishkek", False),
    ("OSCE-UNODC", False),
    ("osce-organized", False),
    ("EU-funded", False),
    ("BOMCA", False),
])
def test_places_and_organisations_are_not_subjects(phrase: str, expected: bool) -> None:
    assert _is_subject(phrase) is expected


@pytest.mark.parametrize("phrase, expected", [
    ("eight senior", False),
    ("twenty-three police investigators", False),
    ("coming", False),
    ("policing", True),
    ("human trafficking", True),
])
def test_counts_and_lone_verb_forms_are_not_subjects(phrase: str, expected: bool) -> None:
    assert _is_subject(phrase) is expected


def test_proper_nouns_keep_their_case_in_keywords():
    f = extract_facts(txt_article(
        "Experts discuss Silk Road heritage\n\nA workshop on the Silk Road and cultural tourism was held in "
        "Hillford on 5 May 2021.\n\nCultural tourism along the Silk Road was the main topic."))
    kws = f.value("keywords")
    assert "Silk Road" in kws
    assert "cultural tourism" in kws  # a common noun, though a sentence opens with it
