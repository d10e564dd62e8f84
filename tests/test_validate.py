"""archive validate on records written by pack, and on records broken on purpose."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest


def test_sample_record_is_valid(invoke, packed_sample: Path) -> None:
    result = invoke("validate", packed_sample)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("OK")


def test_committed_records_folder_is_valid(invoke) -> None:
    from conftest import ROOT
    result = invoke("validate", ROOT / "records")
    assert result.exit_code == 0, result.output


def test_one_changed_payload_byte_is_invalid(invoke, packed_sample: Path) -> None:
    original = next(p for p in (packed_sample / "data").iterdir() if p.suffix == ".txt")
    data = bytearray(original.read_bytes())
    data[10] ^= 0x01
    original.write_bytes(bytes(data))
    result = invoke("validate", packed_sample)
    assert result.exit_code == 1
    assert result.stdout.startswith("INVALID")
    assert original.name in result.stdout


def test_element_forbidden_by_the_xsd_is_invalid(invoke, packed_sample: Path) -> None:
    dc = packed_sample / "data" / "dc.xml"
    text = dc.read_text(encoding="utf-8").replace(
        "</oai_dc:dc>", "  <dc:colour>red</dc:colour>\n</oai_dc:dc>")
    dc.write_text(text, encoding="utf-8")
    result = invoke("validate", packed_sample)
    assert result.exit_code == 1
    assert "dc.xsd" in result.stdout and "colour" in result.stdout


def test_prose_start_date_is_invalid(invoke, packed_sample: Path) -> None:
    path = packed_sample / "data" / "event.jsonld"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["startDate"] = "29 March 2023"
    path.write_text(json.dumps(doc), encoding="utf-8")
    result = invoke("validate", packed_sample)
    assert result.exit_code == 1
    assert "/startDate" in result.stdout


@pytest.mark.parametrize("mutate, rule", [
    (lambda d: d.pop("name"), "event.schema.required"),
    (lambda d: d.__setitem__("startdate", "2023-03-28"), "event.schema.additionalProperties"),
    (lambda d: d.__setitem__("eventAttendanceMode", "mixed"), "event.schema.enum"),
    (lambda d: d.__setitem__("endDate", "2023-03-01"), "event.end-before-start"),
    (lambda d: d.__setitem__("startDate", "2023-02-31"), "event.date-impossible"),
    (lambda d: d.__setitem__("@context", "http://example.org/"), "event.schema.const"),
])
def test_single_jsonld_files_report_each_rule(invoke, packed_sample: Path, tmp_path: Path,
                                              mutate, rule: str) -> None:
    doc = json.loads((packed_sample / "data" / "event.jsonld").read_text(encoding="utf-8"))
    mutate(doc)
    target = tmp_path / "event.jsonld"
    target.write_text(json.dumps(doc), encoding="utf-8")
    result = invoke("validate", target, "--json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert rule in {f["rule"] for f in report["reports"][0]["findings"]}


def test_dc_file_with_a_dtd_is_refused(invoke, packed_sample: Path, tmp_path: Path) -> None:
    text = (packed_sample / "data" / "dc.xml").read_text(encoding="utf-8")
    hostile = text.replace("<oai_dc:dc", '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
                           "\n<oai_dc:dc", 1)
    target = tmp_path / "dc.xml"
    target.write_text(hostile, encoding="utf-8")
    result = invoke("validate", target)
    assert result.exit_code == 1
    assert "root:" not in result.output


def test_missing_record_file_is_reported(invoke, packed_sample: Path) -> None:
    (packed_sample / "data" / "event.jsonld").unlink()
    result = invoke("validate", packed_sample)
    assert result.exit_code == 1
    assert "data/event.jsonld" in result.stdout


def test_json_report_and_exit_code_for_a_folder(invoke, packed_sample: Path, tmp_path: Path) -> None:
    broken = packed_sample.parent / "broken-copy"
    shutil.copytree(packed_sample, broken)
    (broken / "data" / "dc.xml").write_text("<not-closed>", encoding="utf-8")
    result = invoke("validate", packed_sample.parent, "--json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["checked"] == 2 and report["invalid"] == 1
    by_path = {Path(r["path"]).name: r for r in report["reports"]}
    assert by_path[packed_sample.name]["valid"] is True
    assert by_path["broken-copy"]["valid"] is False


def test_usage_errors_exit_2(invoke, tmp_path: Path) -> None:
    assert invoke("validate").exit_code == 2
    assert invoke("validate", tmp_path / "missing").exit_code == 2
    assert invoke("validate", "--no-such-option", tmp_path).exit_code == 2


def test_shacl_shapes_accept_the_sample_and_catch_a_literal_organizer(
        invoke, packed_sample: Path, tmp_path: Path) -> None:
    result = invoke("validate", packed_sample, "--shacl")
    assert result.exit_code == 0, result.output
    doc = json.loads((packed_sample / "data" / "event.jsonld").read_text(encoding="utf-8"))
    doc["organizer"] = "OSCE"
    target = tmp_path / "event.jsonld"
    target.write_text(json.dumps(doc), encoding="utf-8")
    result = invoke("validate", target, "--shacl", "--json")
    assert result.exit_code == 1
    findings = json.loads(result.stdout)["reports"][0]["findings"]
    assert any(f["rule"] == "shacl.schemaorg" and f["location"] == "/organizer"
               for f in findings)


def test_every_corpus_record_passes_strict_validation(invoke, tmp_path: Path) -> None:
    from conftest import DATA, bags_in

    out = tmp_path / "out"
    packed = invoke("pack", DATA / "corpus" / "articles", "-o", out, "-q")
    assert packed.exit_code == 0, packed.output
    assert len(bags_in(out)) == 29
    result = invoke("validate", out, "--strict", "--json")
    assert result.exit_code == 0, result.stdout
    report = json.loads(result.stdout)
    assert report["checked"] == 29
    findings = [f for r in report["reports"] for f in r["findings"]]
    assert [f for f in findings if f["severity"] != "info"] == []
    # the warnings given at pack time are kept in each bag and shown again as notes
    notes = {f["rule"] for f in findings}
    assert notes <= {"record.stored-warning", "record.stored-review"}
    assert "record.stored-warning" in notes


CONFORMANCE = Path(__file__).parent / "data" / "bagit-conformance"
SUITE = sorted(p for p in CONFORMANCE.glob("v*/*/*") if p.is_dir())


@pytest.mark.parametrize("bag", SUITE, ids=lambda p: "/".join(p.parts[-3:]))
def test_archive_validate_classifies_the_conformance_suite(invoke, bag: Path) -> None:
    """Through the command, as a repository manager would run it."""
    label = bag.parent.name
    result = invoke("validate", bag, "--json")
    report = json.loads(result.stdout)["reports"][0]
    if label == "invalid":
        assert result.exit_code == 1 and report["errors"] > 0
    elif label == "warning":
        assert result.exit_code == 0 and report["errors"] == 0 and report["warnings"] > 0
        assert invoke("validate", bag, "--strict").exit_code == 1
    else:
        assert result.exit_code == 0 and report["errors"] == 0, report["findings"]
        # The suite labels './data/...' paths valid here and a warning in its 'relative-path'
        # bag; bagcheck warns about them in both (see test_bag_check.py).
        if bag.name != "bag-with-leading-dot-slash-in-manifest":
            assert report["warnings"] == 0, report["findings"]


def test_a_record_bag_without_its_record_files_is_invalid(invoke, packed_sample: Path) -> None:
    for name in ("dc.xml", "event.jsonld", "dcterms.xml"):
        (packed_sample / "data" / name).unlink()
    result = invoke("validate", packed_sample)
    assert result.exit_code == 1
    assert "record.missing-file" in result.stdout


def test_a_failing_check_is_reported_not_raised(invoke, packed_sample: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import archive.bag.check

    def boom(path, fast=False):
        raise RuntimeError("unexpected")

    monkeypatch.setattr(archive.bag.check, "check_bag", boom)
    result = invoke("validate", packed_sample)
    assert result.exit_code == 1
    assert "internal" in result.stdout and "Traceback" not in result.output
