"""A records folder with good bags and a dozen kinds of damage: every damaged thing is named by
``validate``, ``index`` and ``export`` (exit 1), nothing is dropped without a word."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from _damage_helpers import damage, read_only

from _harvest_helpers import write_record_bag

GOOD = 3


@pytest.fixture
def hostile(tmp_path: Path) -> tuple[Path, dict[str, str], list[str]]:
    records = tmp_path / "records"
    records.mkdir()
    good = [write_record_bag(records, i).name for i in range(GOOD)]
    return records, damage(records), good


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


def test_a_read_only_hostile_folder_still_exports_and_names_the_damage(
        invoke, hostile, tmp_path) -> None:
    records, _, good = hostile
    with read_only(records):
        result = invoke("export", records, "-o", tmp_path / "site", "--base-url", "https://a.example")
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert f"error: {records / 'no-bagit-txt'}: left out of the catalog" in result.stderr
    exported = {p.name for p in (tmp_path / "site" / "records").iterdir()}
    assert set(good) <= exported
