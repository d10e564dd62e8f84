"""Check that event.jsonld is real JSON-LD whose every term is schema.org, with schema.org ranges.

The document is expanded by a JSON-LD processor (pyld) with the shipped schema.org context;
the expanded graph is then checked against the shipped schema.org vocabulary (release 30.0):
each property must be a schema.org property whose domain admits the node's type, each
``@type`` a schema.org class, and each value in the property's range. The context's
``@vocab`` would silently turn a typo such as ``startdate`` into a schema.org IRI; checking
against the vocabulary is what catches it.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterator

from archive.base.findings import Finding
from archive.validate.schemas_local import schema_path

CONTEXT_FILE = "schemaorgcontext.jsonld"
VOCABULARY_FILE = "schemaorg-current-https.jsonld"
SCHEMA_PREFIXES = ("http://schema.org/", "https://schema.org/")
CONTEXT_URLS = {"https://schema.org", "http://schema.org", "https://schema.org/",
                "http://schema.org/", "https://schema.org/docs/jsonldcontext.jsonld"}

DATA_TYPES = {"Text", "URL", "Date", "DateTime", "Time", "Number", "Integer", "Float",
              "Boolean", "CssSelectorType", "XPathType", "PronounceableText", "DataType"}
_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")


@dataclass(frozen=True)
class Vocabulary:
    classes: dict[str, frozenset[str]]  # class -> itself and all its superclasses
    properties: dict[str, tuple[frozenset[str], frozenset[str]]]  # -> (domains, ranges)
    members: dict[str, frozenset[str]]  # enumeration member -> its types

    def is_a(self, type_name: str, wanted: frozenset[str]) -> bool:
        return bool(self.classes.get(type_name, frozenset({type_name})) & wanted)


def _local(iri: str) -> str | None:
    for prefix in SCHEMA_PREFIXES:
        if iri.startswith(prefix):
            return iri[len(prefix):]
    if iri.startswith("schema:"):
        return iri[len("schema:"):]
    return None


def _ids(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value] if value is not None else []
    return [_local(i["@id"]) or i["@id"] for i in items if isinstance(i, dict) and "@id" in i]


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The shipped schema.org vocabulary, indexed once per process."""
    graph = json.loads(schema_path(VOCABULARY_FILE).read_text(encoding="utf-8"))["@graph"]
    parents: dict[str, set[str]] = {}
    properties: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    typed: dict[str, set[str]] = {}
    for node in graph:
        name = _local(node["@id"])
        if name is None:
            continue
        types = node.get("@type", [])
        types = types if isinstance(types, list) else [types]
        if "rdfs:Class" in types:
            parents.setdefault(name, set()).update(_ids(node.get("rdfs:subClassOf")))
        if "rdf:Property" in types:
            properties[name] = (frozenset(_ids(node.get("schema:domainIncludes"))),
                                frozenset(_ids(node.get("schema:rangeIncludes"))))
        other = {_local(t) for t in types if isinstance(t, str) and t.startswith("schema:")}
        if other - {None}:
            typed[name] = {t for t in other if t}
    closure: dict[str, frozenset[str]] = {}

    def ancestors(name: str, seen: frozenset[str] = frozenset()) -> frozenset[str]:
        if name in closure:
            return closure[name]
        result = {name}
        for parent in parents.get(name, ()):
            if parent not in seen:
                result |= ancestors(parent, seen | {name})
        closure[name] = frozenset(result)
        return closure[name]

    for name in parents:
        ancestors(name)
    members = {name: frozenset(types) for name, types in typed.items() if name not in parents}
    return Vocabulary(classes=closure, properties=properties, members=members)


@lru_cache(maxsize=1)
def _context_document() -> dict[str, Any]:
    return json.loads(schema_path(CONTEXT_FILE).read_text(encoding="utf-8"))


class RemoteContextRefused(Exception):
    """A document asked for a context other than schema.org's; nothing is fetched."""


def _document_loader(url: str, options: Any = None) -> dict[str, Any]:
    if url not in CONTEXT_URLS:
        raise RemoteContextRefused(url)
    return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
            "document": _context_document()}


@lru_cache(maxsize=1)
def _context_parts() -> tuple[dict[str, Any], dict[str, Any]]:
    """(prefix and keyword entries, term entries) of the shipped schema.org context."""
    context = _context_document()["@context"]
    base = {k: v for k, v in context.items()
            if k.startswith("@") or (isinstance(v, str) and v.endswith(("/", "#")))}
    terms = {k: v for k, v in context.items() if k not in base}
    return base, terms


def _tokens(node: Any, found: set[str]) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            found.add(key)
            _tokens(value, found)
    elif isinstance(node, list):
        for item in node:
            _tokens(item, found)
    elif isinstance(node, str):
        found.add(node)


def expand(doc: Any) -> list[dict[str, Any]]:
    """Expand with the shipped schema.org context.

    The context is embedded, trimmed to the term definitions the document can use (every
    prefix, @vocab, and each term that occurs in it as a key or value): expansion reads
    no other definition, so the result is the same as with the whole context, while the
    processor no longer re-canonicalises all 3,000 terms for every document.
    """
    from pyld import jsonld

    if isinstance(doc, dict) and all(url in CONTEXT_URLS for url in _context_urls(doc)):
        base, terms = _context_parts()
        used: set[str] = set()
        _tokens({k: v for k, v in doc.items() if k != "@context"}, used)
        context = dict(base)
        context.update({t: terms[t] for t in sorted(used) if t in terms})
        doc = {**doc, "@context": context} if "@context" in doc else doc
    return jsonld.expand(doc, {"documentLoader": _document_loader})


def validate_jsonld_terms(data: bytes, file: str = "event.jsonld") -> list[Finding]:
    """Findings for JSON-LD processing errors and every non-schema.org term or range."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return []  # reported by the profile check
    remote = [c for c in _context_urls(doc) if c not in CONTEXT_URLS]
    if remote:
        return [Finding("error", "jsonld.remote-context", file, "/@context",
                        f"context {remote[0]} is not schema.org's; remote contexts are never "
                        "fetched", 'use "@context": "https://schema.org"')]
    try:
        expanded = expand(doc)
    except Exception as exc:  # pyld raises its own JsonLdError; any failure is a finding
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return [Finding("error", "jsonld.processing", file, "",
                        f"not processable as JSON-LD: {message}")]
    if not expanded:
        return [Finding("error", "jsonld.empty", file, "", "the document expands to nothing",
                        "is @context set to https://schema.org?")]
    return list(_check_nodes(expanded, "", file, vocabulary()))


def _context_urls(doc: Any) -> Iterator[str]:
    """Every context URL a document names, at any depth (embedded contexts are objects)."""
    if isinstance(doc, dict):
        for key, value in doc.items():
            if key == "@context":
                for item in value if isinstance(value, list) else [value]:
                    if isinstance(item, str):
                        yield item
            else:
                yield from _context_urls(value)
    elif isinstance(doc, list):
        for item in doc:
            yield from _context_urls(item)


def _check_nodes(nodes: list[Any], path: str, file: str, vocab: Vocabulary) -> Iterator[Finding]:
    for index, node in enumerate(nodes):
        if isinstance(node, dict) and "@value" not in node:
            where = path if len(nodes) == 1 else f"{path}/{index}"
            yield from _check_node(node, where, file, vocab)


def _check_node(node: dict[str, Any], path: str, file: str, vocab: Vocabulary) -> Iterator[Finding]:
    types: list[str] = []
    for iri in node.get("@type", []):
        name = _local(iri)
        if name is None or name not in vocab.classes:
            yield Finding("error", "jsonld.unknown-type", file, f"{path}/@type",
                          f"{iri} is not a schema.org class")
        else:
            types.append(name)
    for key, values in node.items():
        if key.startswith("@"):
            continue
        name = _local(key)
        where = f"{path}/{name or key}"
        if name is None or name not in vocab.properties:
            yield Finding("error", "jsonld.unknown-property", file, where,
                          f"{name or key} is not a schema.org property",
                          "check the spelling; schema.org terms are case-sensitive")
            continue
        domains, ranges = vocab.properties[name]
        if types and domains and not any(vocab.is_a(t, domains) for t in types):
            yield Finding("error", "jsonld.domain", file, where,
                          f"{name} is not a property of {', '.join(types)}")
        for index, value in enumerate(values):
            at = where if len(values) == 1 else f"{where}/{index}"
            yield from _check_value(name, value, ranges, at, file, vocab)
            if isinstance(value, dict) and "@value" not in value and "@list" not in value:
                yield from _check_node(value, at, file, vocab)


def _check_value(prop: str, value: Any, ranges: frozenset[str], where: str, file: str,
                 vocab: Vocabulary) -> Iterator[Finding]:
    if not ranges:
        return
    if isinstance(value, dict) and "@value" in value:
        literal = value["@value"]
        if not isinstance(literal, str):
            if isinstance(literal, bool) and "Boolean" in ranges:
                return
            if isinstance(literal, (int, float)) and ranges & {"Number", "Integer", "Float"}:
                return
            if ranges & {"Text"}:
                return
            yield Finding("error", "jsonld.range", file, where,
                          f"{prop} expects {', '.join(sorted(ranges))}, not {literal!r}")
            return
        member = _local(literal)
        if member is not None and member in vocab.members:
            if any(vocab.is_a(t, ranges) for t in vocab.members[member]):
                return
        if ranges <= {"Date", "DateTime"} and not _is_date(literal, ranges):
            yield Finding("error", "jsonld.range", file, where,
                          f"{prop} expects an ISO 8601 {' or '.join(sorted(ranges))}, "
                          f"not {literal!r}")
            return
        if not (ranges & DATA_TYPES):
            yield Finding("error", "jsonld.range", file, where,
                          f"{prop} expects {', '.join(sorted(ranges))}, not the text {literal!r}")
        return
    if isinstance(value, dict) and "@id" in value and "@type" not in value and len(value) == 1:
        member = _local(value["@id"])
        if member in vocab.members and not any(vocab.is_a(t, ranges)
                                               for t in vocab.members[member]):
            yield Finding("error", "jsonld.range", file, where,
                          f"{prop} expects {', '.join(sorted(ranges))}, not {member}")
        return
    if isinstance(value, dict):
        node_types = [t for t in (_local(i) for i in value.get("@type", [])) if t]
        if node_types and not any(vocab.is_a(t, ranges) for t in node_types):
            yield Finding("error", "jsonld.range", file, where,
                          f"{prop} expects {', '.join(sorted(ranges))}, "
                          f"not {', '.join(node_types)}")


def _is_date(text: str, ranges: frozenset[str]) -> bool:
    try:
        if _DATE.match(text):
            if len(text) == 7:
                return 1 <= int(text[5:7]) <= 12
            _dt.date.fromisoformat(text)
            return True
        if "DateTime" in ranges and _DATETIME.match(text):
            _dt.date.fromisoformat(text[:10])
            return True
    except ValueError:
        return False
    return False
