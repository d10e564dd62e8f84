"""The factored alternations: the rewritten pattern's shape, and the same matches as the
pattern as written, on our own sentences and on random word lists."""

from __future__ import annotations

import random
import re

import pytest

from archive.extract import classify, names, person_names
from archive.extract.alternation import as_written, compile_factored, factored


@pytest.mark.parametrize("written, expected", [
    ("cat|car|dog", "ca(?:t|r)|dog"),
    # a class that could start with c stays between the two c-words: their order is kept
    ("cat|[cd]og|car", "cat|[cd]og|car"),
    ("(?P<x>ab|ac)d", "(?P<x>a(?:b|c))d"),
    # look-behinds are copied as written
    ("(?<=ab|cd)x|(?<=ab|cd)y", "(?<=ab|cd)x|(?<=ab|cd)y"),
    # a quantified first character is not a prefix
    ("a?b|ab|ac", "a?b|a(?:b|c)"),
    (r"(?i:fairs?|festivals?|fun\s+runs?)\b", r"(?i:f(?:airs?|estivals?|un\s+runs?))\b"),
    ("x{2}|xy", "x{2}|xy"),
    (r"[(|]a|[)]b", r"[(|]a|[)]b"),
])
def test_shape(written: str, expected: str) -> None:
    assert factored(written) == expected


_SENTENCES = [
    "The two-day training workshop on border security was held in Kisumu on 3 May 2024.",
    "Hundreds of residents joined the annual beach clean-up and the charity fun run.",
    "Peace talks resumed on Tuesday, while the Riverside Innovation Week opened its doors.",
    "A masterclass, a panel discussion and a film night were organised by the council.",
    "Professor Amina Odhiambo, who chairs the board, said the symposium drew 250 delegates.",
    "The vice-president of the federation, Jorge Paz, spoke at the Summer School's closing.",
    "Nothing in this sentence names a gathering of any kind at all.",
]


@pytest.mark.parametrize("pattern", [
    classify.EVENT_NOUN, classify._EVENT_VERB, classify._HEADCOUNT, classify._NON_EVENT,
    names._GENERIC_NAME_WORD, person_names._ROLE_BEFORE, person_names._APPOSITIVE,
], ids=lambda p: as_written(p)[:30])
def test_project_patterns_match_as_written(pattern: re.Pattern[str]) -> None:
    written = re.compile(as_written(pattern), pattern.flags)
    assert written.pattern != pattern.pattern  # the module compiled it factored
    for text in _SENTENCES:
        for start in range(0, len(text), 7):
            assert [(m.span(), m.groups()) for m in pattern.finditer(text, start)] == \
                [(m.span(), m.groups()) for m in written.finditer(text, start)]


def test_random_word_lists_match_as_written() -> None:
    rng = random.Random(20261203)
    letters = "abcde"
    for _ in range(300):
        words = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(2, 9))]
        branches = [w + rng.choice(["", "s?", r"\b", "(?:es)?", "e*"]) for w in words]
        if rng.random() < 0.3:
            branches.insert(rng.randrange(len(branches)), rng.choice(["[ab]x", r"\w", "(?:ab|c)d", "b?a"]))
        written = "|".join(branches)
        flags = rng.choice([0, re.IGNORECASE])
        plain, fast = re.compile(written, flags), compile_factored(written, flags)
        for _ in range(5):
            text = "".join(rng.choice(letters + letters.upper() + " ") for _ in range(40))
            assert [(m.span(), m.group(0)) for m in fast.finditer(text)] == \
                [(m.span(), m.group(0)) for m in plain.finditer(text)], written


def test_unbalanced_pattern_is_refused() -> None:
    with pytest.raises(ValueError):
        factored("(ab|cd")
