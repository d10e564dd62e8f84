"""HTML articles: the main text (boilerplate dropped), the headline and the page's own metadata.

The page is parsed once with lxml, without network access and without expanding DTD entity
declarations; trafilatura then finds the main text in that tree (its own fallbacks
included), and this module only turns trafilatura's blocks into paragraphs and picks the
headline. trafilatura is imported here, when the first HTML input is read.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from archive.base.errors import InputError
from archive.read import pagemeta
from archive.read.article import Article
from archive.read.decode import body_warnings, check_headline, plain_typography
from archive.read.pagemeta import squash

_ENTITY_DECL = re.compile(rb"<!ENTITY", re.I)
_DOCTYPE_SUBSET = re.compile(rb"<!DOCTYPE[^\[>]*\[.*?\]\s*>", re.S | re.I)


def read_html(path: Path, raw: bytes, text: str, encoding: str, warnings: list[str]) -> Article:
    import lxml.html
    from lxml import etree

    if _ENTITY_DECL.search(raw[:65536]):
        warnings.append("DTD entity declarations ignored (never expanded)")
    # Parse the decoded, cleaned text (not the raw bytes), so that what the reader removed
    # (control characters, a BOM, a legacy encoding) cannot come back through the parser.
    source = _DOCTYPE_SUBSET.sub(b"", text.encode("utf-8"))
    parser = lxml.html.HTMLParser(
        encoding="utf-8", no_network=True, remove_comments=True, remove_pis=True,
        default_doctype=False,
    )
    try:
        root = lxml.html.document_fromstring(source, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(path, f"unreadable HTML: {exc}") from None
    metadata = pagemeta.tag_metadata(root)
    structured = pagemeta.structured_data(root, source, warnings)
    pagemeta.fill_from_structured(metadata, structured)
    # the parser turns &nbsp; and &shy; into characters only now
    blocks = [plain_typography(block) for block in main_blocks(root, metadata.get("url"))]
    headline = plain_typography(_headline(root, blocks, metadata))
    if blocks and blocks[0] == headline:
        blocks = blocks[1:]
    if headline:
        body = "\n\n".join([headline, *blocks])
    elif blocks:  # a page with no heading and no title at all: its text opens with the story
        headline, body = _opening(blocks[0]), "\n\n".join(blocks)
        warnings.append("the page has no <h1> and no title; its headline is the opening of its text")
    else:
        body = ""
    pagemeta.fill_from_htmldate(metadata, root)
    return Article(
        path=path, raw=raw, media_type="text/html", encoding=encoding,
        headline=check_headline(path, headline), text=body + "\n", metadata=metadata,
        jsonld=tuple(node for syntax, node in structured if syntax == "json-ld"),
        structured=structured, warnings=body_warnings(body, headline, warnings),
    )


def _strip_site_suffix(title: str) -> str:
    title = squash(title)
    for sep in (" | ", " – ", " — ", " - ", " :: "):
        if sep in title:
            return title.rsplit(sep, 1)[0].strip()
    return title


def _headline(root: Any, blocks: list[str], metadata: dict[str, Any]) -> str:
    """The ``<h1>`` the main text holds, else the page's first ``<h1>``, else its titles."""
    headings = [text for h1 in root.iter("h1") if (text := squash(h1.text_content()))]
    in_text = set(blocks)
    for text in headings:
        if text in in_text:
            return text
    if headings:
        return headings[0]
    return (metadata.get("og_title") or metadata.get("jsonld_headline")
            or _strip_site_suffix(metadata.get("title", "")))


def _opening(block: str, limit: int = 140) -> str:
    """The first sentence of a block, or its first words up to ``limit`` characters."""
    sentence = re.split(r"(?<=[.!?])\s", block, maxsplit=1)[0]
    if len(sentence) <= limit:
        return sentence
    return sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


#: Element names of trafilatura's output tree that hold one row or item each.
_ROWS = {"list": "item", "table": "row"}


def main_blocks(root: Any, url: str | None = None) -> list[str]:
    """The paragraphs of the page's main text, as trafilatura finds them (its baseline
    extractor when the full one finds nothing), each squashed to one line."""
    import trafilatura

    document = trafilatura.bare_extraction(
        root, url=url, include_comments=False, include_tables=True, with_metadata=False,
        output_format="python")
    body = getattr(document, "body", None)
    if body is None or not len(body):
        body, _text, _length = trafilatura.baseline(root)
    blocks: list[str] = []
    for element in body:
        if not isinstance(element.tag, str):
            continue
        parts = element.iter(_ROWS[element.tag]) if element.tag in _ROWS else (element,)
        for part in parts:
            text = squash(" ".join(part.itertext()))
            if text and (not blocks or blocks[-1] != text):
                blocks.append(text)
    return blocks
