"""Optional: check event.jsonld's RDF graph against the schema.org SHACL shapes (``--shacl``).

rdflib and pyshacl are heavy, so this module is imported only when asked for. The shipped
shapes (schema.org 30.0) give every data-type shape (Text, Date, URL, ...) the node kind
"blank node or IRI", which no literal can satisfy; those shapes are read here as "literal"
instead, except URL: schema.org's own JSON-LD context types ``url``, ``sameAs`` and the other
URL properties as ``@id``, so a URL is an IRI in the graph (or a literal, when written as a
``@value``), and its shape is read as "IRI or literal". Enumeration members written as IRI strings (``"https://schema.org/EventScheduled"``,
as search engines document them) are read as the members they name. The shapes use the
``http://schema.org/`` namespace, which is the one the JSON-LD context expands to.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from archive.base.findings import Finding
from archive.validate.schemas_local import schema_path

SHAPES_FILE = "schemaorg-shapes.shacl"
SUBCLASSES_FILE = "schemaorg-subclasses.shacl"
DATA_TYPE_SHAPES = ("Text", "Date", "DateTime", "Time", "Number", "Integer", "Float",
                    "Boolean", "CssSelectorType", "XPathType", "PronounceableText")
SCHEMA = "http://schema.org/"


@lru_cache(maxsize=1)
def _shapes() -> tuple[Any, Any]:
    from rdflib import Graph, Namespace, URIRef
    from rdflib.namespace import SH

    shapes = Graph().parse(str(schema_path(SHAPES_FILE)), format="turtle")
    validation = Namespace("http://schema.org/validation#")
    for name in DATA_TYPE_SHAPES:
        shape = URIRef(validation[f"ValidSchema{name}"])
        shapes.remove((shape, SH.nodeKind, SH.BlankNodeOrIRI))
        shapes.add((shape, SH.nodeKind, SH.Literal))
    url = URIRef(validation["ValidSchemaURL"])
    shapes.remove((url, SH.nodeKind, SH.BlankNodeOrIRI))
    shapes.add((url, SH.nodeKind, SH.IRIOrLiteral))
    subclasses = Graph().parse(str(schema_path(SUBCLASSES_FILE)), format="turtle")
    return shapes, subclasses


def _members_as_iris(node: Any, members: frozenset[str]) -> Any:
    if isinstance(node, list):
        return [_members_as_iris(n, members) for n in node]
    if isinstance(node, dict):
        if set(node) == {"@value"} and isinstance(node["@value"], str):
            for prefix in ("https://schema.org/", "http://schema.org/"):
                if node["@value"].startswith(prefix) and node["@value"][len(prefix):] in members:
                    return {"@id": SCHEMA + node["@value"][len(prefix):]}
        return {k: _members_as_iris(v, members) for k, v in node.items()}
    return node


def validate_shacl(data: bytes, file: str = "event.jsonld") -> list[Finding]:
    """Every SHACL violation of the document's graph, one finding per result."""
    from pyshacl import validate
    from rdflib import Graph, URIRef
    from rdflib.namespace import RDF, SH

    from archive.validate.jsonld import expand, vocabulary

    try:
        doc = json.loads(data.decode("utf-8"))
        expanded = expand(doc)
    except Exception:  # reported by the JSON-LD and profile checks
        return []
    vocab = vocabulary()
    expanded = _members_as_iris(expanded, frozenset(vocab.members))
    graph = Graph().parse(data=json.dumps(expanded), format="json-ld")
    shapes, subclasses = _shapes()
    graph += subclasses
    # Enumeration members are typed in the vocabulary, not in the record: add their types.
    for member in {o for o in graph.objects() if isinstance(o, URIRef)
                   and str(o).startswith(SCHEMA) and str(o)[len(SCHEMA):] in vocab.members}:
        for type_name in vocab.members[str(member)[len(SCHEMA):]]:
            graph.add((member, RDF.type, URIRef(SCHEMA + type_name)))
    import warnings

    with warnings.catch_warnings():  # the shapes recurse by design; pyshacl warns each time
        warnings.simplefilter("ignore")
        conforms, results, _text = validate(graph, shacl_graph=shapes, inference="none",
                                            allow_warnings=True)
    if conforms:
        return []
    findings = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        if (None, SH.detail, result) in results:
            continue  # a detail is printed with the result it explains
        path = results.value(result, SH.resultPath)
        severity = results.value(result, SH.resultSeverity)
        name = _short(path) if path is not None else ""
        findings.append(Finding(
            "error" if severity == SH.Violation else "warning", "shacl.schemaorg", file,
            f"/{name}" if name else "", _describe(results, result)))
    return sorted(findings, key=lambda f: (f.location, f.message))


def _short(term: Any) -> str:
    """A schema.org or SHACL IRI by its local name (``sh:`` kept for SHACL's own terms)."""
    text = str(term)
    if text.startswith("http://www.w3.org/ns/shacl#"):
        return "sh:" + text.split("#", 1)[1].removesuffix("ConstraintComponent")
    if text.startswith(SCHEMA):
        return text[len(SCHEMA):]
    return text


def _shown(node: Any) -> str:
    from rdflib import BNode

    if node is None:
        return "(none)"
    if isinstance(node, BNode):
        return "[blank node]"  # its label is random: printing it would break determinism
    return _short(node)


def _describe(results: Any, result: Any, depth: int = 0) -> str:
    """One result as "focus F, path P, value V, constraint C: message", then its details."""
    from rdflib import URIRef
    from rdflib.namespace import SH

    parts = [f"focus {_shown(results.value(result, SH.focusNode))}"]
    path = results.value(result, SH.resultPath)
    if path is not None:
        parts.append(f"path {_short(path)}")
    parts.append(f"value {_shown(results.value(result, SH.value))}")
    parts.append(f"constraint {_short(results.value(result, SH.sourceConstraintComponent))}")
    shape = results.value(result, SH.sourceShape)
    if isinstance(shape, URIRef):  # a named shape (ValidSchemaDate ...), not a blank one
        parts.append(f"shape {str(shape).rsplit('#', 1)[-1]}")
    message = str(results.value(result, SH.resultMessage) or "does not conform")
    message = message.replace(" See details for more information.", "")
    text = ", ".join(parts) + f": {message}"
    details = sorted(_describe(results, d, depth + 1) for d in results.objects(result, SH.detail))
    if details and depth < 3:
        text += " [because: " + "; ".join(details) + "]"
    return text
