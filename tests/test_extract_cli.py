"""``archive extract`` on folders: the reader's warnings are shown, and --json carries the
warnings and the inputs that failed."""

from __future__ import annotations

import json
from pathlib import Path


def _inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    # not UTF-8: curly quotes in Windows-1252, which the reader decodes with a warning
    (inbox / "legacy.txt").write_bytes(
        b"Judges meet in Tbilisi for a seminar\n\nTBILISI, 4 May 2017 - A two-day seminar "
        b"for judges on \x93freedom of expression\x94 opened in Tbilisi on 4 May 2017.\n")
    (inbox / "empty.txt").write_bytes(b"")
    return inbox


def test_extract_on_a_folder_shows_the_readers_warnings(invoke, tmp_path: Path) -> None:
    inbox = _inbox(tmp_path)
    result = invoke("extract", inbox)
    assert result.exit_code == 1  # the empty file failed; the other was still shown
    assert f"== {inbox / 'legacy.txt'}" in result.stdout
    assert f"warning: {inbox / 'legacy.txt'}: " in result.stderr
    assert "1252" in result.stderr
    assert f"error: {inbox / 'empty.txt'}: " in result.stderr


def test_extract_json_has_warnings_and_failed_inputs(invoke, tmp_path: Path) -> None:
    inbox = _inbox(tmp_path)
    result = invoke("extract", inbox, "--json")
    assert result.exit_code == 1
    items = {Path(item["source"]).name: item for item in json.loads(result.stdout)}
    assert any("1252" in w for w in items["legacy.txt"]["warnings"])
    assert "facts" in items["legacy.txt"]
    assert "error" in items["empty.txt"] and "facts" not in items["empty.txt"]
