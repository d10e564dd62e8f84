"""What a web page says about itself: its metadata and its structured data.

- ``<meta>`` and ``<link>`` tags read here (title, description, canonical URL, dates);
- JSON-LD, microdata, RDFa and OpenGraph read by extruct (RDFa only when the page has
  RDFa types, because its processor is slow to load);
- a publication date found by htmldate when the tags and structured data state none, from
  the markup only (``extensive_search`` off: a date in the prose is the extractor's business,
  never the page's publication date).

trafilatura's own metadata reader is not used: it cost a third of the time of reading a page
(author bylines, categories and tags, a second pass over the meta tags) for values the tags
and structured data already give.

Every structured item is kept with the syntax it came from (``Article.structured``), so
facts taken from it can say which markup they rest on. Nothing here reads the network.
"""

from __future__ import annotations

import json
import re
from typing import Any

#: htmldate drops dates after ``max_date``; a fixed bound keeps the output independent of
#: the day the page is read.
_MAX_DATE = "2099-12-31"
#: Types whose dates and URL are the page's own (not those of an event it describes).
_PAGE_TYPES = re.compile(r"(Article|Posting|WebPage|Report|Release|CreativeWork)$")
_SCHEMA = re.compile(r"^https?://schema\.org/")
_META_NAMES = {
    "description": "description", "og:description": "description",
    "article:published_time": "published", "og:site_name": "site_name",
    "og:title": "og_title", "og:url": "url", "dc.date": "published",
    "dcterms.issued": "published", "author": "author", "keywords": "page_keywords",
    "article:modified_time": "modified", "og:updated_time": "modified",
    "dcterms.modified": "modified", "article:author": "author", "og:locale": "locale",
    "application-name": "site_name", "dc.creator": "author",
}
Structured = tuple[tuple[str, dict[str, Any]], ...]


def squash(text: str) -> str:
    return " ".join(_NOT_XML.sub("", text).split())


#: Characters XML 1.0 cannot carry (C0 controls but tab and newlines, surrogates, FFFE/FFFF);
#: character references in a page can still produce them after parsing.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def tag_metadata(root: Any) -> dict[str, Any]:
    """Title, language, ``<meta>`` names and properties, the canonical link."""
    meta: dict[str, Any] = {}
    title = root.find(".//title")
    if title is not None and title.text_content().strip():
        meta["title"] = squash(title.text_content())
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or "").strip().lower()
        content = el.get("content")
        if key in _META_NAMES and content and content.strip():
            meta.setdefault(_META_NAMES[key], squash(content))
        elif (el.get("http-equiv") or "").lower() == "content-language" and content:
            lang = lang or content.split(",")[0]
    locale = meta.pop("locale", None)
    lang = lang or (locale.replace("_", "-") if locale else None)
    if lang and lang.strip():
        meta["lang"] = lang.strip()
    for el in root.iter("link"):
        if "canonical" in (el.get("rel") or "").lower().split() and el.get("href"):
            meta["canonical"] = el.get("href").strip()
            meta.setdefault("url", meta["canonical"])
    return meta


def structured_data(root: Any, source: bytes, warnings: list[str]) -> Structured:
    """Every JSON-LD, microdata and RDFa item of the page, with its syntax."""
    from extruct.jsonld import JsonLdExtractor
    from extruct.uniform import _umicrodata_microformat
    from extruct.w3cmicrodata import MicrodataExtractor

    items: list[tuple[str, dict[str, Any]]] = []
    bad = 0
    reader = JsonLdExtractor()
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            found = reader.extract_items(script)
        except Exception:  # noqa: BLE001 - any unreadable block is skipped and counted
            bad += 1
            continue
        items.extend(("json-ld", node) for node in _graph_nodes(found))
    if bad:
        warnings.append(f"{bad} embedded JSON-LD block(s) are not valid JSON; ignored")
    if root.xpath("//*[@itemscope][1]"):
        try:
            micro = _umicrodata_microformat(
                MicrodataExtractor().extract_items(root, None), "https://schema.org")
            items.extend(("microdata", node) for node in micro if isinstance(node, dict))
        except Exception:  # noqa: BLE001 - broken markup gives no items, never a failure
            warnings.append("microdata could not be read; ignored")
    if root.xpath("//*[@typeof or @vocab][1]"):
        items.extend(("rdfa", node) for node in _rdfa_items(source, warnings))
    return tuple(items)


def _graph_nodes(found: list[Any]) -> list[dict[str, Any]]:
    nodes: list[dict[str, Any]] = []
    for item in found:
        if not isinstance(item, dict):
            continue
        graph = item.get("@graph")
        if isinstance(graph, list):
            nodes.extend(g for g in graph if isinstance(g, dict))
        else:
            nodes.append(item)
    return nodes


def _rdfa_items(source: bytes, warnings: list[str]) -> list[dict[str, Any]]:
    """RDFa items as compact schema.org nodes (short names, nested, no blank node ids)."""
    try:
        from extruct.rdfa import RDFaExtractor
        from extruct.utils import parse_xmldom_html

        expanded = RDFaExtractor().extract_items(parse_xmldom_html(source, "utf-8"))
    except Exception:  # noqa: BLE001 - broken markup gives no items, never a failure
        warnings.append("RDFa could not be read; ignored")
        return []
    nodes = {n.get("@id"): n for n in expanded if isinstance(n, dict)}
    referenced = {ref.get("@id") for n in nodes.values() for values in n.values()
                  if isinstance(values, list) for ref in values
                  if isinstance(ref, dict) and set(ref) == {"@id"}}
    items = [_compact(node, nodes, 0) for key, node in nodes.items()
             if key not in referenced and node.get("@type")]
    # blank node ids are random and order the processor's output: sort for reproducible runs
    return sorted(items, key=lambda item: json.dumps(item, sort_keys=True, default=str))


def _compact(node: dict[str, Any], nodes: dict[Any, dict[str, Any]], depth: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    types = [_SCHEMA.sub("", t) for t in node.get("@type", [])]
    if types:
        out["@type"] = types[0] if len(types) == 1 else types
    for key, values in node.items():
        if key.startswith("@") or not _SCHEMA.match(key) or not isinstance(values, list):
            continue
        compacted = []
        for value in values:
            if isinstance(value, dict) and "@value" in value:
                compacted.append(value["@value"])
            elif isinstance(value, dict) and value.get("@id") in nodes and depth < 4:
                compacted.append(_compact(nodes[value["@id"]], nodes, depth + 1))
            elif isinstance(value, dict) and "@id" in value:
                compacted.append(value["@id"])
        if compacted:
            out[_SCHEMA.sub("", key)] = compacted[0] if len(compacted) == 1 else compacted
    return out


def fill_from_structured(meta: dict[str, Any], structured: Structured) -> None:
    """The page's own dates, URL and headline from its article-type items."""
    for _syntax, node in structured:
        types = node.get("@type")
        names = types if isinstance(types, list) else [types]
        if not any(isinstance(t, str) and _PAGE_TYPES.search(t) for t in names):
            continue
        for key, name in (("datePublished", "published"), ("dateModified", "modified"),
                          ("url", "url"), ("inLanguage", "lang")):
            value = node.get(key)
            if isinstance(value, str) and value.strip() and name not in meta:
                meta[name] = value.strip()
        if isinstance(node.get("headline"), str):
            meta.setdefault("jsonld_headline", squash(node["headline"]))
        for key, name in (("author", "author"), ("publisher", "site_name")):
            value = _name_of(node.get(key))
            if value:
                meta.setdefault(name, value)


def _name_of(value: Any) -> str | None:
    """The name of a person or organisation given as text, a node or a list of either."""
    if isinstance(value, list):
        names = [n for n in (_name_of(v) for v in value) if n]
        return ", ".join(names) if names else None
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, list):
        value = value[0] if value else None
    return squash(value) if isinstance(value, str) and value.strip() else None


def fill_from_htmldate(meta: dict[str, Any], root: Any) -> None:
    """A publication date from htmldate when the tags and structured data give none: read
    from the markup only (``<time>``, date-classed elements, the URL), never the prose."""
    if "published" in meta:
        return
    from htmldate import find_date

    found = find_date(root, extensive_search=False, original_date=True, max_date=_MAX_DATE,
                      url=meta.get("url"))
    if found:
        meta["published"] = found


