"""Odd spaces and invisible break hints do not change what is extracted (articles written for
these tests)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from archive.extract import extract_facts
from archive.read import parse_article

FIELDS = ("is_event", "headline", "start_date", "end_date", "city", "country",
          "attendance_mode", "organizers", "partners", "funders", "audience_count")

ARTICLES = [
    "Water engineers meet in Almaty for a regional workshop\n\n"
    "ALMATY, 14 May 2024 - Forty engineers from five countries took part in a two-day "
    "workshop on safe drinking water held in Almaty on 14-15 May 2024.\n\n"
    "The workshop was organized by the Ministry of Energy with support from the European Union.\n",

    "Librarians trained on digital archives in Nairobi\n\n"
    "Some 25 librarians attended a training course on digital preservation in Nairobi, Kenya, "
    "from 3 to 5 October 2022, hosted by the National Library Service.\n",

    "Youth forum on climate action held online\n\n"
    "More than 300 students joined an online forum on climate action on 9 March 2021, "
    "organized by the Green Schools Network in partnership with the City Council of Porto.\n",

    "Mayors discuss flood protection at conference in Graz\n\n"
    "GRAZ, Austria (21 June 2019) – A conference on flood protection brought together 60 mayors "
    "and planners in Graz on 20 June 2019.\n\n"
    "It was funded by the Government of Norway and hosted by the Association of Alpine Towns.\n",

    "Nurses complete emergency care seminar in Accra\n\n"
    "ACCRA, 2 February 2023 — A seminar on emergency care for 45 nurses took place in Accra "
    "on 1 February 2023. The Ghana Health Service organized the seminar.\n",
]

#: Each rewrite puts one kind of typography into dates, names and words.
REWRITES = {
    "no-break spaces": lambda t: re.sub(r"(?<=\w) (?=\w)", "\u00a0", t),
    "thin and narrow spaces": lambda t: re.sub(r"(?<=\d) (?=\w)", "\u2009", t).replace(
        " of ", "\u202fof\u202f"),
    "ideographic and figure spaces": lambda t: re.sub(r"(?<=[A-Z][a-z]) ", "\u3000", t).replace(
        " 20", "\u200720"),
    "en and em spaces": lambda t: t.replace(" in ", "\u2002in\u2003").replace(" on ", "\u2005on\u200a"),
    "soft hyphens": lambda t: re.sub(r"(?<=[a-z]{3})(?=[a-z]{3})", "\u00ad", t),
    "zero-width spaces": lambda t: re.sub(r"(?<=\w)(?=[ ,.])", "\u200b", t).replace(
        "e ", "e\u2060 "),
}


def _facts(text: str) -> dict[str, object]:
    """Each field's value and the words it rests on."""
    facts = extract_facts(parse_article(Path("a.txt"), text.encode("utf-8")))
    return {name: (fact.value, fact.evidence) if (fact := getattr(facts, name)) else None
            for name in FIELDS}


@pytest.mark.parametrize("rewrite", list(REWRITES))
@pytest.mark.parametrize("article", range(len(ARTICLES)))
def test_typography_does_not_change_the_facts(article: int, rewrite: str) -> None:
    text = ARTICLES[article]
    changed = REWRITES[rewrite](text)
    assert changed != text
    assert _facts(changed) == _facts(text)


def test_html_entities_for_odd_spaces_and_soft_hyphens_read_plain() -> None:
    page = ("<html><head><title>Work&shy;shop in Graz</title></head><body><article>"
            "<h1>Work&shy;shop in Graz</h1><p>GRAZ, 20&nbsp;June&nbsp;2019 – A work&shy;shop on "
            "flood protection brought together 60&thinsp;mayors in Graz on 20&#8239;June 2019.</p>"
            "</article></body></html>")
    article = parse_article(Path("a.html"), page.encode("utf-8"))
    assert article.headline == "Workshop in Graz"
    assert "20 June 2019" in article.text and "\u00ad" not in article.text


def test_evidence_offsets_point_into_the_plain_text() -> None:
    text = REWRITES["soft hyphens"](ARTICLES[0])
    article = parse_article(Path("a.txt"), text.encode("utf-8"))
    facts = extract_facts(article)
    for name in ("start_date", "city", "organizers"):
        fact = getattr(facts, name)
        first = fact.evidence.split(" | ")[0]
        assert article.text[fact.start:].startswith(first), name


def test_the_original_bytes_are_kept() -> None:
    raw = "Work\u00adshop\n\nHeld on 3\u00a0May 2020.\n".encode("utf-8")
    article = parse_article(Path("a.txt"), raw)
    assert article.raw == raw
    assert article.text == "Workshop\n\nHeld on 3 May 2020.\n"


def test_joiners_that_spell_words_are_kept() -> None:
    from archive.read.decode import plain_typography

    assert plain_typography("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645") == (
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645")
