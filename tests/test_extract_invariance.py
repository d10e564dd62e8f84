"""Metamorphic test: every article of the synthetic corpus, rewritten mechanically in its layout
and typography (hard-wrapped at 72 columns, no-break spaces in names and dates, CRLF line ends,
doubled blank lines, a line of sharing buttons above the headline, a list of related stories
below the body, and all of these at once), gives the same facts as the original."""

from __future__ import annotations

from pathlib import Path

from _rewrites import REWRITES, rewrite, rewrite_all
from archive.extract import extract_facts
from archive.read import parse_article

ARTICLES = sorted((Path(__file__).resolve().parent / "data" / "corpus" / "articles").iterdir())
FIELDS = ("is_event", "headline", "start_date", "end_date", "city", "country", "attendance_mode",
          "organizers", "partners", "funders")


def _facts(path: Path, text: str) -> dict[str, object]:
    facts = extract_facts(parse_article(path, text.encode("utf-8")))
    return {name: facts.value(name) for name in FIELDS}


def test_rewritten_articles_give_the_same_facts() -> None:
    assert {path.suffix for path in ARTICLES} == {".txt", ".md", ".html"} and len(ARTICLES) == 29
    changed = []
    for path in ARTICLES:
        text = path.read_text(encoding="utf-8")
        original = _facts(path, text)
        versions = {name: rewrite(text, name, path.suffix) for name in REWRITES}
        versions["all"] = rewrite_all(text, path.suffix)
        for name, version in versions.items():
            assert version != text, (path.name, name)
            got = _facts(path, version)
            changed += [f"{path.name} [{name}] {field}: {original[field]!r} -> {got[field]!r}"
                        for field in FIELDS if got[field] != original[field]]
    assert not changed, "\n".join(changed)

