"""What pack, index and export say about what they did not do: files skipped in a folder,
duplicate inputs, folders without bags, an empty input folder."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import SAMPLE


def test_files_skipped_in_a_folder_are_counted(invoke, tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    shutil.copy2(SAMPLE, inbox / SAMPLE.name)
    (inbox / "minutes.pdf").write_bytes(b"%PDF-1.4\n")
    (inbox / "notes.docx").write_bytes(b"PK\x03\x04")
    (inbox / f"{SAMPLE.name}.meta.yaml").write_text("city: Ashgabat\n")  # a sidecar: used
    result = invoke("pack", inbox, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "2 files skipped (not an article or web archive)" in result.stderr
    result = invoke("pack", inbox, "-o", tmp_path / "out", "--json")
    assert sorted(Path(p).name for p in json.loads(result.stdout)["skipped_files"]) == [
        "minutes.pdf", "notes.docx"]


def test_a_duplicate_input_is_named_as_such(invoke, tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    first, second = inbox / "a.txt", inbox / "b.txt"
    shutil.copy2(SAMPLE, first)
    shutil.copy2(SAMPLE, second)
    result = invoke("pack", inbox, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("packed ")
    assert lines[1].startswith("duplicate ") and f"(same bytes as {first})" in lines[1]
    assert "1 duplicate" in result.stderr
    result = invoke("pack", inbox, "-o", tmp_path / "out", "--json")
    assert json.loads(result.stdout)["duplicates"][0]["same_as"] == str(first)


def test_an_empty_folder_is_an_error_without_a_summary(invoke, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = invoke("pack", tmp_path / "empty", "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "error: no .txt, .md or .html article or archived article response found in the "
        "given paths"]


def test_index_and_export_of_a_folder_without_bags_fail_and_write_nothing(
        invoke, tmp_path: Path) -> None:
    folder = tmp_path / "not-records"
    folder.mkdir()
    (folder / "readme.txt").write_text("hello\n")
    for args in (["index", folder], ["export", folder, "-o", tmp_path / "site",
                                    "--base-url", "https://a.example"]):
        result = invoke(*args)
        assert result.exit_code == 1, result.output
        assert result.stderr.startswith(f"error: {folder}: ") and "no bags" in result.stderr
        assert "0 records" not in result.stdout and "0 added" not in result.stdout
        assert sorted(p.name for p in folder.iterdir()) == ["readme.txt"]
