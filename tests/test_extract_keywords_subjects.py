"""Keywords are subjects: places and organisations are recorded elsewhere."""

from __future__ import annotations

import pytest

from archive.extract.keywords import _is_subject


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
