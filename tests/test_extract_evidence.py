"""Every extracted value's offset points at the first passage of its evidence."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive.extract import extract_facts
from archive.read import read_article

CORPUS = sorted((Path(__file__).parent / "data" / "corpus" / "articles").iterdir())


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_evidence_offsets_point_at_the_quoted_text(path: Path) -> None:
    article = read_article(path)
    facts = extract_facts(article)
    checked = 0
    for name in facts.field_names():
        fact = getattr(facts, name)
        if fact is None or fact.start < 0 or not fact.evidence:
            continue
        first = fact.evidence.split(" | ")[0].split(" ... ")[0]
        assert article.text[fact.start:fact.start + len(first)] == first, name
        checked += 1
    assert checked > 0
