"""Candidate phrases: runs of content words between stopwords and punctuation."""

from __future__ import annotations

import pytest

from archive.extract import keywords
from archive.extract.keywords import _phrases


@pytest.mark.parametrize("text, expected", [
    ("Farmers learned about soil health; seed banks grew.", ["farmers", "soil health", "seed banks grew"]),
    ("a rock-and-roll night of folk music", ["rock-", "night", "folk music"]),
    ("tea and/or coffee with cake", ["coffee", "cake"]),
    ("The UNHCR team's report (draft) on water quality", ["UNHCR", "report", "draft", "water quality"]),
    ("village clean water sanitation hygiene campaign", ["sanitation hygiene campaign"]),
])
def test_phrases_end_at_stopwords_punctuation_and_conjunctions(text: str, expected: list[str]) -> None:
    assert _phrases(text) == expected


def test_a_run_of_four_capitalised_words_in_prose_is_a_name_not_a_subject() -> None:
    text = "Staff of the Lake Region Health Workers Union, in uniform."
    assert _phrases(text) == ["staff", "uniform"]
    assert _phrases(text, prose=False) == ["staff", "health workers union", "uniform"]


def test_phrases_do_not_depend_on_what_earlier_texts_left_in_the_piece_table(monkeypatch) -> None:
    texts = ["Market traders sold honey.", "Beekeepers met traders at the honey market.",
             "Honey prices, traders said, rose."]
    first = [_phrases(t) for t in texts]
    monkeypatch.setattr(keywords, "_PIECE_FORMS_MAX", 3)
    keywords._PIECE_FORMS.clear()
    again = [_phrases(t) for t in texts + texts][len(texts):]
    assert again == first
    assert len(keywords._PIECE_FORMS) <= 6
