"""Provenance in every bag: metadata/extraction.json (every fact with its evidence, origin
and confidence, the warnings, the tool) and the curation sidecar used, both tag files the
tag manifest covers; validate checks and shows them, extract reads them back."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import bagit
import pytest

from conftest import SAMPLE, bags_in

# a sentence of our own whose event date lies far in the future: a warning pack must keep
FUTURE = ("Border officials meet in Bishkek for training\n\n"
          "BISHKEK, 3 May 2021 - A two-day training course for border officials opened in "
          "Bishkek on 3 May 2091, organized by the OSCE Programme Office.\n")
SIDECAR = "# checked against the programme\ncity: Ashgabat\nfunders: [Government of Japan]\n"


@pytest.fixture
def packed(invoke, tmp_path: Path) -> dict[str, Path]:
    inbox = tmp_path / "in"
    inbox.mkdir()
    shutil.copy2(SAMPLE, inbox / SAMPLE.name)
    (inbox / f"{SAMPLE.name}.meta.yaml").write_text(SIDECAR, encoding="utf-8")
    (inbox / "future.txt").write_text(FUTURE, encoding="utf-8")
    out = tmp_path / "records"
    result = invoke("pack", inbox, "-o", out)
    assert result.exit_code == 0, result.output
    bags = {("future" if "bishkek" in b.name else "sample"): b for b in bags_in(out)}
    assert len(bags) == 2, bags
    return bags


def test_the_report_and_the_sidecar_are_tag_files_the_reference_library_checks(packed) -> None:
    sample = packed["sample"]
    assert (sample / "metadata" / "curation.yaml").read_text(encoding="utf-8") == SIDECAR
    bag = bagit.Bag(str(sample))
    bag.validate()  # the reference library verifies every tag manifest entry
    assert {"metadata/extraction.json", "metadata/curation.yaml"} <= set(bag.tagfile_entries())
    assert not any(name.startswith("data/metadata") for name in bag.payload_entries())
    report = json.loads((sample / "metadata" / "extraction.json").read_text(encoding="utf-8"))
    assert report["tool"].startswith("archive ")
    assert report["facts"]["city"] == {"value": "Ashgabat", "origin": "curated",
                                       "confidence": "high", "offset": None,
                                       "evidence": f"curated in {SAMPLE.name}.meta.yaml"}
    assert report["facts"]["country"]["evidence"] == "in Turkmenistan"
    assert report["curation"]["stored_as"] == "metadata/curation.yaml"
    assert not (packed["future"] / "metadata" / "curation.yaml").exists()


def test_the_report_is_what_extract_shows(invoke, packed, tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    live = json.loads(invoke("extract", inbox / SAMPLE.name, "--json").stdout)[0]
    report = json.loads((packed["sample"] / "metadata" / "extraction.json").read_text("utf-8"))
    live_facts = {k: v for k, v in live["facts"].items() if k != "warnings"}
    for fact in live_facts.values():  # the report names files, not machine paths
        if fact:
            fact["evidence"] = fact["evidence"].replace(str(inbox) + "/", "")
    assert report["facts"] == live_facts


def test_a_future_date_warning_stays_visible_after_packing(invoke, packed) -> None:
    bag = packed["future"]
    result = invoke("validate", bag)
    assert result.exit_code == 0, result.output
    assert "at pack time: implausible or future date: 3 May 2091" in result.stdout
    assert invoke("validate", bag, "--strict").exit_code == 0  # a note, not a failure
    shown = invoke("extract", bag)
    assert shown.exit_code == 0, shown.output
    assert f"warning: {bag}: implausible or future date: 3 May 2091" in shown.stderr
    stored = json.loads(invoke("extract", bag, "--json").stdout)[0]
    assert "implausible or future date: 3 May 2091" in stored["warnings"]


def test_a_changed_sidecar_or_report_is_caught(invoke, packed) -> None:
    sample = packed["sample"]
    (sample / "metadata" / "curation.yaml").write_text("city: Mary\n", encoding="utf-8")
    result = invoke("validate", sample, "--json")
    rules = {f["rule"] for f in json.loads(result.stdout)["reports"][0]["findings"]}
    assert result.exit_code == 1
    assert {"bagit.tagmanifest.checksum-mismatch", "record.curation-changed"} <= rules
    with pytest.raises(bagit.BagValidationError):
        bagit.Bag(str(sample)).validate()
    (packed["future"] / "metadata" / "extraction.json").unlink()
    result = invoke("validate", packed["future"], "--json")
    rules = {f["rule"] for f in json.loads(result.stdout)["reports"][0]["findings"]}
    assert result.exit_code == 1 and "bagit.tagmanifest.missing-file" in rules


def test_the_report_does_not_depend_on_where_the_input_was(invoke, tmp_path: Path) -> None:
    reports = []
    for where in ("a/deep/inbox", "b"):
        inbox = tmp_path / where
        inbox.mkdir(parents=True)
        shutil.copy2(SAMPLE, inbox / SAMPLE.name)
        (inbox / f"{SAMPLE.name}.meta.yaml").write_text(SIDECAR, encoding="utf-8")
        out = tmp_path / f"out-{where.replace('/', '-')}"
        assert invoke("pack", inbox / SAMPLE.name, "-o", out).exit_code == 0
        reports.append((bags_in(out)[0] / "metadata" / "extraction.json").read_bytes())
    assert reports[0] == reports[1]
