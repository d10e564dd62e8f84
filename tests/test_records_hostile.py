"""A records folder with good bags and a dozen kinds of damage: every damaged thing is named by
``validate``, ``index`` and ``export`` (exit 1), nothing is dropped without a word."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from _harvest_helpers import write_record_bag

GOOD = 3


def _damage(records: Path) -> dict[str, str]:
    """Damage copies of a good bag in as many ways as we know; name -> what was done."""
    source = write_record_bag(records, 99)
    done: dict[str, str] = {}

    def copy(name: str, what: str) -> Path:
        target = records / name
        shutil.copytree(source, target)
        done[name] = what
        return target

    os.remove(copy("no-bagit-txt", "bagit.txt deleted") / "bagit.txt")
    os.remove(copy("no-manifest", "payload manifest deleted") / "manifest-sha512.txt")
    os.remove(copy("no-tag-manifest", "tag manifest deleted") / "tagmanifest-sha512.txt")
    bag = copy("truncated-payload", "the original article truncated")
    original = next(p for p in (bag / "data").iterdir() if p.suffix == ".txt")
    original.write_bytes(original.read_bytes()[:10])
    (copy("extra-file", "a file no manifest lists") / "data" / "notes.txt").write_text("x\n")
    bag = copy("renamed-data", "data/ renamed")
    (bag / "data").rename(bag / "payload")
    (copy("empty-dc", "zero-byte dc.xml") / "data" / "dc.xml").write_bytes(b"")
    bag = copy("edited-bag-info", "bag-info.txt edited")
    info = bag / "bag-info.txt"
    info.write_text(info.read_text().replace("Bagging-Date", "Bagging-Date: 1999-01-01\nX-Old"))
    bag = copy("manifest-missing-file", "manifest line for a file that is not there")
    with open(bag / "manifest-sha512.txt", "a") as fh:
        fh.write("0" * 128 + "  data/gone.txt\n")
    copy(".staging-0123abcd", "an unfinished bag left by an interrupted pack")
    (records / "empty-folder").mkdir()
    done["empty-folder"] = "an empty folder"
    shutil.rmtree(source)
    return done


@pytest.fixture
def hostile(tmp_path: Path) -> tuple[Path, dict[str, str], list[str]]:
    records = tmp_path / "records"
    records.mkdir()
    good = [write_record_bag(records, i).name for i in range(GOOD)]
    return records, _damage(records), good


def test_validate_names_every_damaged_bag(invoke, hostile) -> None:
    records, damaged, good = hostile
    result = invoke("validate", records, "--json")
    assert result.exit_code == 1, result.output
    reports = {Path(r["path"]).name: r for r in json.loads(result.stdout)["reports"]}
    for name in damaged:
        assert name in reports, f"{name} ({damaged[name]}) was skipped"
        assert not reports[name]["valid"], f"{name} ({damaged[name]}) passed"
    for name in good:
        assert reports[name]["valid"], reports[name]
    assert f"{GOOD} of {GOOD + len(damaged)} valid" in result.stderr


def test_validate_text_names_a_bag_without_bagit_txt(invoke, hostile) -> None:
    records, _, _ = hostile
    result = invoke("validate", records)
    assert result.exit_code == 1
    assert f"INVALID {records / 'no-bagit-txt'}" in result.stdout
    assert "bagit.txt" in result.stdout


@pytest.mark.parametrize("command", ["index", "export"])
def test_index_and_export_name_what_they_leave_out(invoke, hostile, tmp_path, command) -> None:
    records, _, good = hostile
    args = ["-o", tmp_path / "site", "--base-url", "https://a.example"] if command == "export" else []
    result = invoke(command, records, *args)
    assert result.exit_code == 1, result.output
    # The catalog cannot judge fixity (that is validate's job); what is not a bag it names.
    left_out = ("no-bagit-txt", "no-manifest", "no-tag-manifest", "renamed-data",
                ".staging-0123abcd", "empty-folder", "empty-dc")
    for name in left_out:
        assert f"error: {records / name}: " in result.stderr, (name, result.stderr)
    # the four bags with fixity damage are still catalogued beside the good ones
    catalogued = GOOD + 4
    assert f"{catalogued} records" in result.stdout or f"{catalogued} added" in result.stdout, (
        result.stdout)
    assert f"{len(left_out)} left out" in result.stderr


def test_index_json_lists_what_it_left_out(invoke, hostile) -> None:
    records, _, _ = hostile
    result = invoke("index", records, "--json")
    assert result.exit_code == 1
    left_out = {Path(item["path"]).name: item["reason"] for item in json.loads(result.stdout)["left_out"]}
    assert "bagit.txt" in left_out["no-bagit-txt"]
    assert "manifest" in left_out["no-manifest"]
