"""HTML articles: the main text (boilerplate dropped), the headline and the page's own metadata.

The page is parsed once with lxml, without network access and without expanding DTD entity
declarations; trafilatura then finds the main text in that tree (its own fallbacks
included), and this module only turns trafilatura's blocks into paragraphs and picks the
headline. trafilatura is imported here, when the first HTML input is read.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from archive.base.errors import InputError
from archive.read.article import Article
from archive.read.decode import body_warnings, check_headline

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
    metadata = _html_metadata(root)
    jsonld, bad_jsonld = _html_jsonld(root)
    if bad_jsonld:
        warnings.append(f"{bad_jsonld} embedded JSON-LD block(s) are not valid JSON; ignored")
    for node in jsonld:
        for key, name in (("datePublished", "published"), ("url", "url")):
            value = node.get(key)
            if isinstance(value, str) and name not in metadata:
                metadata[name] = value
        if "headline" in node and isinstance(node["headline"], str):
            metadata.setdefault("jsonld_headline", node["headline"])
    blocks = main_blocks(root, metadata.get("url"))
    headline = _headline(root, blocks, metadata)
    if blocks and blocks[0] == headline:
        blocks = blocks[1:]
    body = "\n\n".join([headline, *blocks])
    return Article(
        path=path, raw=raw, media_type="text/html", encoding=encoding,
        headline=check_headline(path, headline), text=body + "\n", metadata=metadata,
        jsonld=tuple(jsonld), warnings=body_warnings(body, headline, warnings),
    )


#: Characters XML 1.0 cannot carry (C0 controls but tab and newlines, surrogates, FFFE/FFFF);
#: character references in a page can still produce them after parsing.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _squash(text: str) -> str:
    return " ".join(_NOT_XML.sub("", text).split())


def _strip_site_suffix(title: str) -> str:
    title = _squash(title)
    for sep in (" | ", " – ", " — ", " - ", " :: "):
        if sep in title:
            return title.rsplit(sep, 1)[0].strip()
    return title


def _html_metadata(root: Any) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    title = root.find(".//title")
    if title is not None and title.text_content().strip():
        meta["title"] = _squash(title.text_content())
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if lang:
        meta["lang"] = lang.strip()
    names = {
        "description": "description", "og:description": "description",
        "article:published_time": "published", "og:site_name": "site_name",
        "og:title": "og_title", "og:url": "url", "dc.date": "published",
        "dcterms.issued": "published", "author": "author", "keywords": "page_keywords",
    }
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or "").strip().lower()
        content = el.get("content")
        if key in names and content and content.strip():
            meta.setdefault(names[key], _squash(content))
    for el in root.iter("link"):
        if "canonical" in (el.get("rel") or "").lower().split() and el.get("href"):
            meta["canonical"] = el.get("href").strip()
            meta.setdefault("url", meta["canonical"])
    return meta


def _html_jsonld(root: Any) -> tuple[list[dict[str, Any]], int]:
    found: list[dict[str, Any]] = []
    bad = 0
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            bad += 1
            continue
        items = data if isinstance(data, list) else [data]
        for item in items:
            if isinstance(item, dict):
                graph = item.get("@graph")
                found.extend(g for g in graph if isinstance(g, dict)) if isinstance(
                    graph, list) else found.append(item)
    return found, bad


def _headline(root: Any, blocks: list[str], metadata: dict[str, Any]) -> str:
    """The ``<h1>`` the main text holds, else the page's first ``<h1>``, else its titles."""
    headings = [text for h1 in root.iter("h1") if (text := _squash(h1.text_content()))]
    in_text = set(blocks)
    for text in headings:
        if text in in_text:
            return text
    if headings:
        return headings[0]
    return metadata.get("og_title") or _strip_site_suffix(metadata.get("title", ""))


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
            text = _squash(" ".join(part.itertext()))
            if text and (not blocks or blocks[-1] != text):
                blocks.append(text)
    return blocks
