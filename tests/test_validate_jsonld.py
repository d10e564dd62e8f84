"""The JSON-LD layer: expansion with the shipped context and the schema.org vocabulary."""

from __future__ import annotations

import json

import pytest
from pyld import jsonld

from archive.validate.jsonld import _document_loader, expand, validate_jsonld_terms, vocabulary


def _doc(**extra: object) -> dict:
    doc = {"@context": "https://schema.org", "@type": "EducationEvent", "name": "Workshop",
           "startDate": "2023-03-28", "location": {"@type": "Place", "address": {
               "@type": "PostalAddress", "addressCountry": "TM"}},
           "eventAttendanceMode": "https://schema.org/MixedEventAttendanceMode",
           "organizer": [{"@type": "Organization", "name": "OSCE"}], "url": "https://a.example/"}
    doc.update(extra)
    return doc


def test_trimmed_context_expands_exactly_like_the_whole_context() -> None:
    for doc in (_doc(), _doc(keywords=["a", "b"], sameAs="https://b.example/x")):
        whole = jsonld.expand(doc, {"documentLoader": _document_loader})
        assert expand(doc) == whole


def test_vocabulary_knows_classes_properties_and_enumeration_members() -> None:
    vocab = vocabulary()
    assert "Event" in vocab.classes["EducationEvent"]
    assert "Thing" in vocab.classes["Organization"]
    assert "funder" in vocab.properties and "startdate" not in vocab.properties
    assert "EventAttendanceModeEnumeration" in vocab.members["MixedEventAttendanceMode"]


def test_valid_document_has_no_findings() -> None:
    assert validate_jsonld_terms(json.dumps(_doc()).encode()) == []


@pytest.mark.parametrize("extra, rule", [
    ({"startdate": "2023-03-28"}, "jsonld.unknown-property"),
    ({"@type": "Workshop"}, "jsonld.unknown-type"),
    ({"startDate": "28 March"}, "jsonld.range"),
    ({"startDate": "2023-02-30"}, "jsonld.range"),
    ({"eventAttendanceMode": "https://schema.org/EventScheduled"}, "jsonld.range"),
    ({"organizer": [{"@type": "Place", "name": "x"}]}, "jsonld.range"),
    ({"headline": "A headline"}, "jsonld.domain"),
    ({"@context": "https://example.org/other"}, "jsonld.remote-context"),
])
def test_each_rule(extra: dict, rule: str) -> None:
    rules = {f.rule for f in validate_jsonld_terms(json.dumps(_doc(**extra)).encode())}
    assert rule in rules


def test_no_network_for_unknown_contexts() -> None:
    doc = _doc()
    doc["organizer"][0]["@context"] = "https://example.org/nested"
    findings = validate_jsonld_terms(json.dumps(doc).encode())
    assert [f.rule for f in findings] == ["jsonld.remote-context"]
