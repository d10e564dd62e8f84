"""Qualified Dublin Core (DCMI Terms) for a record, built from the bag's own files.

Only ``data/dc.xml`` and ``data/event.jsonld`` are read: the bag is the source of truth and the
prose is never analysed again, so this record can always be rebuilt from an archived bag.

Standalone, the root is ``qualifieddc`` in no namespace (qualifieddc.xsd leaves the namespace to
an application schema). OAI-PMH's ``metadata`` element only admits namespaced content, so for
harvesting the same element is put in the namespace that DSpace and other repositories use for
their ``qdc`` format (an application schema that includes qualifieddc.xsd).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree

from archive.record.script import language_for

DCTERMS_NS = "http://purl.org/dc/terms/"
DC_NS = "http://purl.org/dc/elements/1.1/"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/"

#: The qdc container namespace and schema used by OAI-PMH providers (DSpace's ``qdc``).
QDC_OAI_NS = "http://epubs.cclrc.ac.uk/xmlns/qdc/"
QDC_OAI_SCHEMA = "http://epubs.cclrc.ac.uk/xsd/qdc.xsd"
QUALIFIEDDC_SCHEMA = "http://dublincore.org/schemas/xmls/qdc/2008/02/11/qualifieddc.xsd"

#: Keep untrusted bag files from exhausting memory.
MAX_FILE_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class BagMetadata:
    """What the bag states about itself: dc.xml as (element, value, lang), the JSON-LD node."""

    dc: tuple[tuple[str, str, str | None], ...]
    jsonld: dict[str, Any]

    def dc_values(self, name: str) -> list[str]:
        return [v for n, v, _ in self.dc if n == name]

    def dc_lang(self, name: str) -> str | None:
        return next((lang for n, _, lang in self.dc if n == name and lang), None)


def parse_dc(data: bytes) -> tuple[tuple[str, str, str | None], ...]:
    """Elements of an oai_dc document, in document order; DTDs and entities are refused."""
    parser = etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False)
    root = etree.fromstring(data, parser)
    prefix = f"{{{DC_NS}}}"
    out = []
    for el in root:
        tag = el.tag
        if not isinstance(tag, str) or not tag.startswith(prefix):
            continue
        text = " ".join((el.text or "").split())
        if text:  # "{namespace}name": the local name is what follows the prefix
            out.append((tag[len(prefix):], text, el.get(XML_LANG)))
    return tuple(out)


def read_bag_metadata(bag: Path) -> BagMetadata:
    """Parse the two metadata files of a bag (missing files give empty metadata)."""
    dc_path, jsonld_path = bag / "data" / "dc.xml", bag / "data" / "event.jsonld"
    dc: tuple[tuple[str, str, str | None], ...] = ()
    doc: dict[str, Any] = {}
    if dc_path.is_file() and dc_path.stat().st_size <= MAX_FILE_BYTES:
        dc = parse_dc(dc_path.read_bytes())
    if jsonld_path.is_file() and jsonld_path.stat().st_size <= MAX_FILE_BYTES:
        loaded = json.loads(jsonld_path.read_bytes())
        doc = loaded if isinstance(loaded, dict) else {}
    return BagMetadata(dc=dc, jsonld=doc)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _names(value: Any) -> list[str]:
    return [n["name"] for n in _as_list(value) if isinstance(n, dict) and n.get("name")]


def article_of(doc: dict[str, Any]) -> dict[str, Any]:
    """The NewsArticle node: the document itself, or the Event's ``subjectOf``."""
    if doc.get("@type") == "NewsArticle":
        return doc
    subject = doc.get("subjectOf")
    return subject if isinstance(subject, dict) else {}


def is_event(doc: dict[str, Any]) -> bool:
    return bool(doc) and doc.get("@type") != "NewsArticle" and "subjectOf" in doc


def place_parts(doc: dict[str, Any]) -> tuple[str | None, str | None, str | None]:
    """(venue, locality, country code) of the event's physical place, if any."""
    for loc in _as_list(doc.get("location")):
        if isinstance(loc, dict) and loc.get("@type") == "Place":
            address = loc.get("address")
            if not isinstance(address, dict):
                address = {}
            return loc.get("name"), address.get("addressLocality"), address.get("addressCountry")
    return None, None, None


def period_value(start: str | None, end: str | None) -> str | None:
    """A DCMI Period (dcmi-period): 'start=...; end=...; scheme=W3C-DTF'."""
    if not start and not end:
        return None
    parts = []
    if start:
        parts.append(f"start={start}")
    if end:
        parts.append(f"end={end}")
    parts.append("scheme=W3C-DTF")
    return "; ".join(parts)


def qdc_items(meta: BagMetadata) -> list[tuple[str, str, str | None, str | None]]:
    """(dcterms element, value, xsi:type, xml:lang) in a fixed order."""
    doc, article = meta.jsonld, article_of(meta.jsonld)
    lang = article.get("inLanguage") or meta.dc_lang("title")
    items: list[tuple[str, str, str | None, str | None]] = []
    for title in meta.dc_values("title") or _as_list(article.get("headline")):
        items.append(("title", title, None, language_for(title, lang)))
    if article.get("description"):
        description = str(article["description"])
        items.append(("abstract", description, None, language_for(description, lang)))
    for subject in meta.dc_values("subject"):
        items.append(("subject", subject, None, language_for(subject, lang)))
    for publisher in meta.dc_values("publisher"):
        items.append(("publisher", publisher, None, None))
    for contributor in meta.dc_values("contributor"):
        items.append(("contributor", contributor, None, None))
    if article.get("datePublished"):
        items.append(("issued", str(article["datePublished"]), "dcterms:W3CDTF", None))
    items.append(("type", "Text", "dcterms:DCMIType", None))
    for fmt in meta.dc_values("format")[:1] or _as_list(article.get("encodingFormat")):
        items.append(("format", fmt, "dcterms:IMT", None))
    for ident in meta.dc_values("identifier"):
        items.append(("identifier", ident, "dcterms:URI" if ":" in ident else None, None))
    if lang:
        items.append(("language", str(lang), "dcterms:RFC4646", None))
    if is_event(doc):
        for name in _as_list(doc.get("superEvent")) + _as_list(doc.get("isPartOf")):
            label = name.get("name") if isinstance(name, dict) else name
            if label:
                items.append(("isPartOf", str(label), None, None))
        if doc.get("@id"):
            items.append(("references", str(doc["@id"]), "dcterms:URI", None))
        venue, locality, country = place_parts(doc)
        label = ", ".join(dict.fromkeys(p for p in (venue, locality) if p))
        coverage = [c for c in meta.dc_values("coverage") if "/" not in c and not c[:1].isdigit()]
        if coverage:
            items.append(("spatial", coverage[0], None, None))
        elif label:
            items.append(("spatial", label, None, None))
        if country:
            items.append(("spatial", str(country).upper(), "dcterms:ISO3166", None))
        period = period_value(doc.get("startDate"), doc.get("endDate"))
        if period:
            items.append(("temporal", period, "dcterms:Period", None))
    return list(dict.fromkeys(items))


def qdc_element(meta: BagMetadata, namespace: str | None = None) -> etree._Element:
    """The ``qualifieddc`` element; ``namespace`` is None standalone, QDC_OAI_NS in OAI-PMH."""
    nsmap: dict[str | None, str] = {"dcterms": DCTERMS_NS, "xsi": XSI_NS}
    if namespace:
        nsmap = {"qdc": namespace, **nsmap}
        root = etree.Element(f"{{{namespace}}}qualifieddc", nsmap=nsmap)
        root.set(f"{{{XSI_NS}}}schemaLocation", f"{namespace} {QDC_OAI_SCHEMA}")
    else:
        root = etree.Element("qualifieddc", nsmap=nsmap)
        root.set(f"{{{XSI_NS}}}noNamespaceSchemaLocation", QUALIFIEDDC_SCHEMA)
    for name, value, xsi_type, lang in qdc_items(meta):
        el = etree.SubElement(root, f"{{{DCTERMS_NS}}}{name}")
        el.text = value
        if xsi_type:
            el.set(f"{{{XSI_NS}}}type", xsi_type)
        if lang:
            el.set(XML_LANG, lang)
    return root


def qdc_document(meta: BagMetadata) -> bytes:
    """The standalone qualified DC document, UTF-8 with a trailing newline."""
    root = qdc_element(meta)
    etree.indent(root, space="  ")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"


def qdc_from_records(dc_xml: bytes, event_jsonld: bytes) -> bytes:
    """The qualified DC document for a record's dc.xml and event.jsonld bytes (as pack
    writes them into the bag beside those two files)."""
    loaded = json.loads(event_jsonld)
    return qdc_document(BagMetadata(dc=parse_dc(dc_xml),
                                    jsonld=loaded if isinstance(loaded, dict) else {}))


def write_qdc(bag: Path) -> bytes:
    """The standalone qualified DC document of a bag."""
    return qdc_document(read_bag_metadata(bag))
