"""Helpers shared by the extraction tests: build an Article from plain text."""

from __future__ import annotations

from pathlib import Path

from archive.read.article import Article


def txt_article(text: str, name: str = "test.txt", **metadata) -> Article:
    """An Article as the .txt reader makes it: the first line is the headline."""
    headline = text.split("\n", 1)[0].strip()
    return Article(path=Path(name), raw=text.encode("utf-8"), media_type="text/plain",
                   encoding="utf-8", headline=headline, text=text, metadata=dict(metadata))


def md_article(headline: str, body: str, **metadata) -> Article:
    metadata.setdefault("title", headline)
    return Article(path=Path("test.md"), raw=body.encode("utf-8"), media_type="text/markdown",
                   encoding="utf-8", headline=headline, text=body, metadata=dict(metadata))


#: A lede that reports an event, for tests of the role phrases of a later sentence.
EVENT_LEDE = "Headline of the article\n\nSome 40 people took part in a fair held in Eastport on 5 May 2021.\n\n"


def org_roles(sentence: str, lede: str = EVENT_LEDE) -> tuple[list[str], list[str], list[str]]:
    """(organisers, partners, funders) extracted from ``lede`` followed by ``sentence``."""
    from archive.extract import extract_facts

    f = extract_facts(txt_article(lede + sentence))
    return (list(f.value("organizers") or []), list(f.value("partners") or []),
            list(f.value("funders") or []))
