"""HTML articles: the main text (boilerplate dropped), the headline and the page's own metadata.

Parsed without network access; DTD entity declarations are never expanded.
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
_BOILERPLATE_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer",
                     "aside", "form", "button", "svg", "iframe", "figure")
_BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt",
               "td", "th", "div", "section", "article", "main", "address", "figcaption", "tr"}
_BOILERPLATE_CLASS = re.compile(
    r"\b(related|sidebar|breadcrumb|share|social|cookie|newsletter|comments?|tags?|meta|"
    r"skip-link|menu|pagination|footer|header|widget|promo|advert)\b", re.I)


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
    container = _main_container(root)
    h1 = container.find(".//h1") if container is not None else None
    if h1 is None:
        h1 = root.find(".//h1")
    headline = _squash(h1.text_content()) if h1 is not None else ""
    if not headline:
        headline = metadata.get("og_title") or _strip_site_suffix(metadata.get("title", ""))
    body = _html_text(container if container is not None else root, headline)
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


def _main_container(root: Any) -> Any:
    """The element holding the article: <article>, <main>, role=main, else the nearest
    ancestor of the <h1> that holds at least two paragraphs, else <body>."""
    for xpath in (".//article", ".//main", ".//*[@role='main']"):
        found = next(iter(root.xpath(xpath)), None)
        if found is not None:
            return found
    h1 = root.find(".//h1")
    node = h1.getparent() if h1 is not None else None
    while node is not None and node.tag not in ("body", "html"):
        if len(node.findall(".//p")) >= 2:
            return node
        node = node.getparent()
    return root.find(".//body")


def _html_text(container: Any, headline: str) -> str:
    """Readable paragraphs of the main container, boilerplate dropped, headline first."""
    from copy import deepcopy

    node = deepcopy(container)
    for el in list(node.iter(*_BOILERPLATE_TAGS)):
        if el is not node and el.getparent() is not None:
            el.drop_tree()
    for el in list(node.iter()):
        if el is node or not isinstance(el.tag, str) or el.getparent() is None:
            continue
        classes = f"{el.get('class') or ''} {el.get('id') or ''}"
        if classes.strip() and _BOILERPLATE_CLASS.search(classes):
            el.drop_tree()
    paragraphs: list[str] = []
    _collect_blocks(node, paragraphs)
    if paragraphs and paragraphs[0] != headline:
        paragraphs = [p for p in paragraphs if p != headline]
        paragraphs.insert(0, headline)
    return "\n\n".join(paragraphs)


def _collect_blocks(node: Any, out: list[str]) -> None:
    """Each block element with its own text becomes one paragraph; inline markup is joined."""
    pending: list[str] = []

    def flush() -> None:
        text = _squash("".join(pending))
        if text:
            out.append(text)
        pending.clear()

    if node.text:
        pending.append(node.text)
    for child in node:
        if not isinstance(child.tag, str):
            if child.tail:
                pending.append(child.tail)
            continue
        if child.tag in _BLOCK_TAGS:
            flush()
            _collect_blocks(child, out)
        elif child.tag == "br":
            pending.append(" ")
        else:
            pending.append(child.text_content())
        if child.tail:
            pending.append(child.tail)
    flush()
