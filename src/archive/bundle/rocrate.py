"""An RO-Crate 1.3 of one record, and "RO-Crate in BagIt" (the crate in a copy of the bag).

The crate's root is the bag's payload: the original article and the three record files are
Files (encodingFormat, contentSize, sha512); the article (NewsArticle) and the Event are
contextual entities carrying the ``@id`` they have in ``event.jsonld``, with the Event's
places, organisations and audience flattened into entities of their own, as RO-Crate's flat
``@graph`` requires. An entity without an ``@id`` in ``event.jsonld`` gets a local one
(``#organization-osce-centre-in-ashgabat``) made from its type and name, so the same
organisation named twice is one entity.

The RO-Crate context has no term for SHA-512 (only schema.org's ``sha256``); the crate adds
one in a local context, as an ad hoc term under ``https://w3id.org/ro/terms/`` (RO-Crate's
namespace for such terms), and defines it in the graph.
"""

from __future__ import annotations

import json
import mimetypes
from typing import Any
from urllib.parse import quote

from archive.bundle.archives import Tree
from archive.bundle.bagtree import bag_with_payload
from archive.bundle.source import BagReadError, BagSource
from archive.record.model import slugify
from archive.record.qdc import article_of, is_event

VERSION = "1.3"
CONTEXT = f"https://w3id.org/ro/crate/{VERSION}/context"
SPEC = f"https://w3id.org/ro/crate/{VERSION}"
METADATA = "ro-crate-metadata.json"
SHA512_TERM = "https://w3id.org/ro/terms/bagit#sha512"
#: What each record file is, for the crate's File entities.
RECORD_FILES = {
    "dc.xml": ("Dublin Core record (oai_dc)", "application/xml",
               "http://www.openarchives.org/OAI/2.0/oai_dc/"),
    "dcterms.xml": ("Qualified Dublin Core record (DCMI terms)", "application/xml",
                    "http://purl.org/dc/terms/"),
    "event.jsonld": ("schema.org description of the event and the article", "application/ld+json",
                     "http://schema.org/"),
}
#: Properties whose values are IRIs of schema.org enumerations (strings in event.jsonld).
IRI_VALUES = ("eventAttendanceMode", "eventStatus")


def schema_iri(iri: str) -> str:
    """schema.org IRIs as the RO-Crate context writes them (http, not https)."""
    return "http://schema.org/" + iri[len("https://schema.org/"):] if iri.startswith("https://schema.org/") else iri


def _ref(value: str) -> dict[str, str]:
    return {"@id": value}


def file_id(name: str) -> str:
    """A payload name as the relative URI RO-Crate identifies a file by."""
    return quote(name, safe="/")


def _media_type(name: str, declared: str | None = None) -> str:
    if declared:
        return declared
    guessed, _ = mimetypes.guess_type(name, strict=False)
    return guessed or "application/octet-stream"


class _Graph:
    """Entities by ``@id`` in the order first added; nested nodes become entities of their own."""

    def __init__(self) -> None:
        self.entities: dict[str, dict[str, Any]] = {}

    def add(self, entity: dict[str, Any]) -> None:
        known = self.entities.get(entity["@id"])
        if known is None:
            self.entities[entity["@id"]] = entity
        else:  # the same organisation in two roles: one entity, what either says
            for key, value in entity.items():
                known.setdefault(key, value)

    def flatten(self, node: dict[str, Any], hint: str) -> dict[str, str]:
        """Put ``node`` (and what it nests) in the graph; return a reference to it."""
        entity: dict[str, Any] = {}
        for key, value in node.items():
            if key == "@context":
                continue
            if key in IRI_VALUES and isinstance(value, str):
                entity[key] = _ref(schema_iri(value))
            else:
                entity[key] = self._value(value, key)
        if "@id" not in entity:
            kind = str(entity.get("@type", "thing"))
            label = entity.get("name") or entity.get("alternateName") or " ".join(
                str(v) for k, v in sorted(entity.items()) if k != "@type" and isinstance(v, str)) or hint
            entity["@id"] = f"#{slugify(kind, 32)}-{slugify(str(label), 64)}"
        self.add(entity)
        return _ref(entity["@id"])

    def _value(self, value: Any, key: str) -> Any:
        if isinstance(value, list):
            return [self._value(v, f"{key}-{n}") for n, v in enumerate(value, 1)]
        if isinstance(value, dict):
            if set(value) == {"@id"}:
                return value
            return self.flatten(value, key)
        return value


#: RO-Crate requires a licence on the root; when neither the archivist nor the record gives
#: one, the crate says so in an entity of its own rather than guess one.
RIGHTS_NOT_STATED = {
    "@id": "#rights-not-stated", "@type": "CreativeWork", "name": "Rights not stated",
    "description": "The record does not state a licence for the article; its rights remain "
                   "with its publisher.",
}


def crate_document(source: BagSource, root: str = "data/", license: str | None = None) -> dict[str, Any]:
    """The RO-Crate metadata document of a bag whose payload (under ``root``) is the crate;
    ``license`` is the crate's licence (a URL) when the archivist gives one."""
    meta = source.metadata
    doc = meta.jsonld
    article = article_of(doc)
    graph = _Graph()
    graph.add({"@id": METADATA, "@type": "CreativeWork", "conformsTo": _ref(SPEC),
               "about": _ref("./")})
    dataset: dict[str, Any] = {"@id": "./", "@type": "Dataset"}
    graph.add(dataset)
    titles = meta.dc_values("title")
    dataset["name"] = (titles[0] if titles else article.get("headline")
                       or source.info.get("External-Description") or source.name)
    description = article.get("description") or next(iter(meta.dc_values("description")), None) \
        or source.info.get("External-Description")
    if description:
        dataset["description"] = description
    published = source.info.get("Bagging-Date") or article.get("datePublished")
    if not published:
        raise BagReadError(source.path, "no Bagging-Date in bag-info.txt to date the crate (datePublished)")
    dataset["datePublished"] = published
    identifier = article.get("identifier") or source.info.get("External-Identifier")
    if identifier:
        dataset["identifier"] = identifier
    if article.get("inLanguage"):
        dataset["inLanguage"] = article["inLanguage"]
    if article.get("keywords"):
        dataset["keywords"] = article["keywords"]
    parts = _files(source, graph, root)
    dataset["hasPart"] = parts
    if article:
        article_node = {k: v for k, v in article.items() if k != "about"}
        if source.original:
            article_node["encoding"] = _ref(file_id(source.original[len(root):]))
        if is_event(doc):
            article_node["about"] = _ref(str(doc.get("@id")))
        dataset["mainEntity"] = graph.flatten(article_node, "article")
        publisher = article.get("publisher")
        if isinstance(publisher, dict):
            dataset["publisher"] = graph.flatten(publisher, "publisher")
        if article.get("license") and not license:
            dataset["license"] = graph._value(article["license"], "license")
    if is_event(doc):
        event = {k: v for k, v in doc.items() if k != "subjectOf"}
        event["subjectOf"] = _ref(str(article.get("@id")))
        dataset["about"] = graph.flatten(event, "event")
    if "publisher" not in dataset and source.info.get("Source-Organization"):
        dataset["publisher"] = graph.flatten(
            {"@type": "Organization", "name": source.info["Source-Organization"]}, "publisher")
    if license:
        dataset["license"] = _ref(license)
    elif "license" not in dataset:
        dataset["license"] = _ref(RIGHTS_NOT_STATED["@id"])
        graph.add(dict(RIGHTS_NOT_STATED))
    graph.add({"@id": SHA512_TERM, "@type": "rdf:Property", "name": "sha512",
               "rdfs:label": "sha512",
               "rdfs:comment": "The SHA-512 checksum of a file, as hexadecimal digits (the bag's manifest)."})
    return {"@context": [CONTEXT, {"sha512": SHA512_TERM}], "@graph": list(graph.entities.values())}


def _files(source: BagSource, graph: _Graph, root: str) -> list[dict[str, str]]:
    parts: list[dict[str, str]] = []
    folders: set[str] = set()
    for rel in source.files:
        if not rel.startswith(root) or rel == root + METADATA:
            continue
        name = rel[len(root):]
        known = RECORD_FILES.get(name)
        entity: dict[str, Any] = {"@id": file_id(name), "@type": "File", "name": name,
                                  "contentSize": str(len(source.files[rel])),
                                  "sha512": source.sha512(rel)}
        if known:
            entity["description"], media, standard = known
            entity["encodingFormat"] = [media, _ref(standard)]
        else:
            declared = article_of(source.metadata.jsonld).get("encodingFormat") \
                if rel == source.original else None
            entity["encodingFormat"] = _media_type(name, declared)
            if rel == source.original:
                entity["description"] = "The article, byte for byte as it was packed"
        graph.add(entity)
        parts.append(_ref(entity["@id"]))
        folders.update("/".join(name.split("/")[:depth]) for depth in range(1, name.count("/") + 1))
    for folder in sorted(folders):
        graph.add({"@id": file_id(folder) + "/", "@type": "Dataset", "name": folder})
        parts.append(_ref(file_id(folder) + "/"))
    return parts


def crate_bytes(document: dict[str, Any]) -> bytes:
    """The metadata file: one entity a line, keys sorted. (json's indented output runs in
    pure Python and was most of a crate's cost; a line per entity reads as well.)"""
    def line(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)

    entities = ",\n    ".join(line(entity) for entity in document["@graph"])
    return (f'{{\n  "@context": {line(document["@context"])},\n  "@graph": [\n    {entities}\n  ]\n}}\n'
            ).encode("utf-8")


def crate_tree(source: BagSource, license: str | None = None) -> Tree:
    """The crate as a folder: the payload at its root and ``ro-crate-metadata.json``."""
    tree = {rel[len("data/"):]: data for rel, data in source.files.items() if rel.startswith("data/")}
    tree[METADATA] = crate_bytes(crate_document(source, license=license))
    return dict(sorted(tree.items()))


def crate_in_bag(source: BagSource, license: str | None = None) -> Tree:
    """A copy of the bag with ``data/ro-crate-metadata.json`` added and every manifest,
    tag manifest and Payload-Oxum updated to match."""
    document = crate_document(source, license=license)
    return bag_with_payload(source, {f"data/{METADATA}": crate_bytes(document)})
