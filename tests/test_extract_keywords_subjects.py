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
