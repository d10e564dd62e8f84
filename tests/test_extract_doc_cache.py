"""The segmented document answers repeated pattern questions once, with the pattern's own answers."""

from __future__ import annotations

import re

from archive.extract.text import segment

TEXT = "Seed fair in Lindale\n\nGrowers met at the seed fair on Saturday. Prices rose.\n\nThe fair and a fete drew 300."


def test_finditer_gives_the_patterns_matches_whatever_was_asked_before() -> None:
    doc = segment(TEXT, "Seed fair in Lindale")
    noun = re.compile(r"\b(?:fair|fete)\b")
    for s in doc.sentences:
        doc.search(noun, s.text)  # asked first, as classification does
    for s in doc.sentences:
        assert [m.span() for m in doc.finditer(noun, s.text)] == [m.span() for m in noun.finditer(s.text)]
    assert [m.group(0) for m in doc.finditer(noun, doc.sentences[-1].text)] == ["fair", "fete"]


def test_search_is_answered_once_per_text() -> None:
    doc = segment(TEXT, "Seed fair in Lindale")
    calls = []

    class Counting:
        def search(self, text: str):
            calls.append(text)
            return None

    pattern = Counting()
    for _ in range(3):
        assert doc.search(pattern, "Prices rose.") is None  # type: ignore[arg-type]
    assert calls == ["Prices rose."]
    assert doc.finditer(pattern, "Prices rose.") == []  # type: ignore[arg-type]
