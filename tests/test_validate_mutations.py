"""Mutation set: every way a record can be broken is reported; the original has no finding.

The valid record is built from hand-written facts (not from extraction), so these tests
exercise the writers and validators alone.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Callable

import pytest

from archive.bag.writer import write_bag
from archive.extract.facts import Fact, Facts
from archive.pack.article import record_files
from archive.read import parse_article
from archive.record.model import build_record
from archive.record.provenance import provenance_tags
from archive.validate.targets import validate_target

ARTICLE = (b"Regional workshop on border security held in Ashgabat\n\n"
           b"A two-day workshop concluded in Ashgabat on 29 March 2023.\n")


def _facts(headline: str) -> Facts:
    f = Fact
    return Facts(
        headline=f(headline), description=f("A two-day workshop concluded in Ashgabat."),
        published=f("2023-03-30"), language=f("en"), keywords=f(("border security",)),
        is_event=f(True), event_name=f("Regional workshop on border security"),
        event_type=f("EducationEvent"), start_date=f("2023-03-28"), end_date=f("2023-03-29"),
        city=f("Ashgabat"), country=f("TM"), attendance_mode=f("mixed"),
        organizers=f(("OSCE Centre in Ashgabat",)),
        partners=f(("United Nations Office on Drugs and Crime (UNODC)",)),
        funders=f(("Government of Japan",)), audience_count=f(100),
        source_url=f("https://press.example.org/news/1"), publisher=f("OSCE"),
    )


@pytest.fixture
def valid_bag(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    source = tmp_path / "workshop.txt"
    source.write_bytes(ARTICLE)
    article = parse_article(source, ARTICLE)
    facts = _facts(article.headline)
    record = build_record(article, facts)
    target = tmp_path / "records" / record.record_id
    tags = provenance_tags(article, facts, record, "archive test")
    write_bag(target, record_files(article, record, target, tags),
              (article.name, source, record.sha256))
    return target


def _rules(bag: Path) -> set[str]:
    return {f.rule for f in validate_target(bag, "bag").findings}


def test_original_has_no_findings(valid_bag: Path) -> None:
    assert validate_target(valid_bag, "bag").findings == ()


def _edit_dc(fn: Callable[[str], str]) -> Callable[[Path], None]:
    def apply(bag: Path) -> None:
        path = bag / "data" / "dc.xml"
        path.write_text(fn(path.read_text(encoding="utf-8")), encoding="utf-8")
    return apply


def _edit_event(fn: Callable[[dict], None]) -> Callable[[Path], None]:
    def apply(bag: Path) -> None:
        path = bag / "data" / "event.jsonld"
        doc = json.loads(path.read_text(encoding="utf-8"))
        fn(doc)
        path.write_text(json.dumps(doc), encoding="utf-8")
    return apply


def _drop_dc(name: str) -> Callable[[str], str]:
    import re
    return lambda text: re.sub(rf"\s*<dc:{name}[^>]*>[^<]*</dc:{name}>", "", text)


def _set(key: str, value: object) -> Callable[[dict], None]:
    return lambda doc: doc.__setitem__(key, value)


def _delete(key: str) -> Callable[[dict], None]:
    return lambda doc: doc.pop(key)


def _payload(bag: Path) -> Path:
    return bag / "data" / "workshop.txt"


def _flip_byte(path_of: Callable[[Path], Path]) -> Callable[[Path], None]:
    def apply(bag: Path) -> None:
        path = path_of(bag)
        data = bytearray(path.read_bytes())
        data[0] ^= 0x20
        path.write_bytes(bytes(data))
    return apply


# The content-level mutations rewrite record files, so the bag's fixity breaks too; each
# case names the rule that must fire beyond that.
DC_MUTATIONS = {
    "dc title removed": (_edit_dc(_drop_dc("title")), "dc.required"),
    "dc identifier removed": (_edit_dc(_drop_dc("identifier")), "dc.required"),
    "dc type removed": (_edit_dc(_drop_dc("type")), "dc.required"),
    "dc format removed": (_edit_dc(_drop_dc("format")), "dc.required"),
    "dc element not in the schema": (
        _edit_dc(lambda t: t.replace("</oai_dc:dc>", "<dc:colour>red</dc:colour></oai_dc:dc>")),
        "dc.xsd"),
    "dc element in another namespace": (
        _edit_dc(lambda t: t.replace("</oai_dc:dc>", '<x:y xmlns:x="urn:x">1</x:y></oai_dc:dc>')),
        "dc.xsd"),
    "dc date in prose": (
        _edit_dc(lambda t: t.replace("<dc:date>2023-03-30", "<dc:date>30 March 2023")),
        "dc.date-format"),
    "dc language in prose": (
        _edit_dc(lambda t: t.replace("<dc:language>en", "<dc:language>English language")),
        "dc.language-format"),
    "dc type outside DCMI": (
        _edit_dc(lambda t: t.replace("<dc:type>Text", "<dc:type>Press release")),
        "dc.type-vocabulary"),
    "dc format not a media type": (
        _edit_dc(lambda t: t.replace("<dc:format>text/plain", "<dc:format>plain text")),
        "dc.format"),
    "dc coverage period malformed": (
        _edit_dc(lambda t: t.replace("2023-03-28/2023-03-29", "2023-03-28 to 29")),
        "dc.coverage-period"),
    "dc title emptied": (
        _edit_dc(lambda t: t.replace(
            "Regional workshop on border security held in Ashgabat</dc:title>", "</dc:title>")),
        "dc.empty"),
    "dc not well-formed": (_edit_dc(lambda t: t.replace("</oai_dc:dc>", "")),
                           "dc.not-well-formed"),
    "dc with entity declaration": (
        _edit_dc(lambda t: t.replace("<oai_dc:dc", '<!DOCTYPE d [<!ENTITY e "x">]><oai_dc:dc', 1)),
        "dc.dtd-forbidden"),
}

EVENT_MUTATIONS = {
    "event name removed": (_edit_event(_delete("name")), "event.schema.required"),
    "event status removed": (_edit_event(_delete("eventStatus")), "event.schema.required"),
    "event identifier removed": (_edit_event(_delete("identifier")), "event.schema.required"),
    "event article removed": (_edit_event(_delete("subjectOf")), "event.schema.required"),
    "event type removed": (_edit_event(_delete("@type")), "event.schema.required"),
    "event context removed": (_edit_event(_delete("@context")), "event.schema.required"),
    "article headline removed": (_edit_event(lambda d: d["subjectOf"].pop("headline")),
                                 "event.schema.required"),
    "start date in prose": (_edit_event(_set("startDate", "29 March 2023")),
                            "event.schema.pattern"),
    "start date impossible": (_edit_event(_set("startDate", "2023-02-31")),
                              "event.date-impossible"),
    "end before start": (_edit_event(_set("endDate", "2023-03-01")), "event.end-before-start"),
    "end date without start": (_edit_event(_delete("startDate")),
                               "event.schema.dependentRequired"),
    "attendance mode not an IRI": (_edit_event(_set("eventAttendanceMode", "mixed")),
                                   "event.schema.enum"),
    "status from another enumeration": (
        _edit_event(_set("eventStatus", "https://schema.org/OfflineEventAttendanceMode")),
        "jsonld.range"),
    "country as a name": (
        _edit_event(lambda d: d["location"][0]["address"].__setitem__("addressCountry",
                                                                      "Turkmenistan")),
        "event.schema.pattern"),
    "property typo": (_edit_event(_set("startdate", "2023-03-28")), "jsonld.unknown-property"),
    "British spelling of a property": (
        _edit_event(_set("organiser", [{"@type": "Organization", "name": "OSCE"}])),
        "jsonld.unknown-property"),
    "unknown type": (_edit_event(_set("@type", "Workshop")), "jsonld.unknown-type"),
    "organisation of the wrong type": (
        _edit_event(lambda d: d["funder"][0].__setitem__("@type", "Place")),
        "event.schema.const"),
    "location of the wrong type": (
        _edit_event(lambda d: d["location"][0].__setitem__("@type", "Organization")),
        "jsonld.range"),
    "remote context": (_edit_event(_set("@context", "https://example.org/context.jsonld")),
                       "jsonld.remote-context"),
    "empty name": (_edit_event(_set("name", "")), "event.schema.minLength"),
}

BAG_MUTATIONS = {
    "payload byte changed": (_flip_byte(_payload), "bagit.manifest.checksum-mismatch"),
    "payload file removed": (lambda bag: _payload(bag).unlink(), "bagit.manifest.missing-file"),
    "payload file added": (lambda bag: (bag / "data" / "extra.txt").write_text("x"),
                           "bagit.payload.not-in-manifest"),
    "bag-info changed": (lambda bag: (bag / "bag-info.txt").write_text(
        (bag / "bag-info.txt").read_text() + "Contact-Name: someone\n"),
        "bagit.tagmanifest.checksum-mismatch"),
    "manifest removed": (lambda bag: (bag / "manifest-sha512.txt").unlink(),
                         "bagit.manifest.none"),
    "bagit.txt removed": (lambda bag: (bag / "bagit.txt").unlink(), "bagit.bagit-txt.missing"),
    "dc.xml removed": (lambda bag: (bag / "data" / "dc.xml").unlink(), "record.missing-file"),
    "event.jsonld removed": (lambda bag: (bag / "data" / "event.jsonld").unlink(),
                             "record.missing-file"),
}


@pytest.mark.parametrize("name", sorted({**DC_MUTATIONS, **EVENT_MUTATIONS, **BAG_MUTATIONS}))
def test_every_mutation_is_detected(valid_bag: Path, name: str) -> None:
    mutate, rule = {**DC_MUTATIONS, **EVENT_MUTATIONS, **BAG_MUTATIONS}[name]
    mutate(valid_bag)
    report = validate_target(valid_bag, "bag")
    assert not report.is_valid()
    assert rule in {f.rule for f in report.findings}, report.findings


@pytest.mark.parametrize("name", sorted({**DC_MUTATIONS, **EVENT_MUTATIONS}))
def test_record_file_mutations_are_detected_outside_a_bag(valid_bag: Path, tmp_path: Path,
                                                          name: str) -> None:
    """The same content mutations, on single files: the finding comes from the content
    checks, not from the bag's fixity."""
    mutate, rule = {**DC_MUTATIONS, **EVENT_MUTATIONS}[name]
    copy = tmp_path / "copy"
    shutil.copytree(valid_bag, copy)
    mutate(copy)
    if name in DC_MUTATIONS:
        report = validate_target(copy / "data" / "dc.xml", "dc")
    else:
        report = validate_target(copy / "data" / "event.jsonld", "jsonld")
    assert rule in {f.rule for f in report.findings}, report.findings


def test_no_false_alarm_on_unchanged_record_files(valid_bag: Path) -> None:
    assert validate_target(valid_bag / "data" / "dc.xml", "dc").findings == ()
    assert validate_target(valid_bag / "data" / "event.jsonld", "jsonld").findings == ()
