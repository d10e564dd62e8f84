"""``archive bundle`` on the command line: help, option checks, JSON, bags only."""

from __future__ import annotations

import json
from pathlib import Path

from _bundle_helpers import bag_dirs


def test_help_teaches_every_format_with_examples_and_exit_codes(invoke) -> None:
    result = invoke("bundle", "--help")
    assert result.exit_code == 0
    for word in ("rocrate", "saf", "archivematica", "zip", "tar", "Examples:", "Exit codes:",
                 "--in-bag", "--zipped-bag", "--collection", "--license"):
        assert word in result.output, word


def test_an_option_of_another_format_is_a_usage_error(records: Path, tmp_path: Path, invoke) -> None:
    for args, message in ((("-f", "tar", "--zip"), "error: --zip applies to rocrate and saf"),
                          (("-f", "zip", "--in-bag"), "error: --in-bag applies to rocrate"),
                          (("-f", "saf", "--zipped-bag"), "error: --zipped-bag applies to archivematica"),
                          (("-f", "rocrate", "--collection", "1/2"), "error: --collection applies to saf")):
        result = invoke("bundle", records, *args, "-o", tmp_path / "out")
        assert result.exit_code == 2 and result.stderr.strip() == message
    assert not (tmp_path / "out").exists()


def test_json_summary(records: Path, tmp_path: Path, invoke) -> None:
    result = invoke("bundle", records, "-f", "tar", "-o", tmp_path / "out", "--json", "-q")
    assert result.exit_code == 0
    summary = json.loads(result.stdout)
    assert summary["written"] == summary["total"] == len(bag_dirs(records))
    assert summary["format"] == "tar" and summary["failures"] == []
    assert sorted(b["bundle"] for b in summary["bundles"]) == sorted(
        str(tmp_path / "out" / f"{bag.name}.tar.gz") for bag in bag_dirs(records))


def test_a_folder_without_bags(tmp_path: Path, invoke) -> None:
    (tmp_path / "empty").mkdir()
    result = invoke("bundle", tmp_path / "empty", "-f", "zip", "-o", tmp_path / "out")
    assert result.exit_code == 1 and "error: no bag found in the given folders" in result.stderr


def test_single_bags_and_folders_mix(records: Path, tmp_path: Path, invoke) -> None:
    one = bag_dirs(records)[0]
    result = invoke("bundle", one, "-f", "zip", "-o", tmp_path / "out", "-q")
    assert result.exit_code == 0
    assert [p.name for p in (tmp_path / "out").iterdir()] == [f"{one.name}.zip"]


def test_the_bundles_of_a_bag_are_read_from_the_bag_alone(records: Path, tmp_path: Path, invoke) -> None:
    """Nothing re-reads prose: with its original replaced by bytes no reader accepts (and the
    manifests updated to match), the bag still bundles, and the original goes in unchanged."""
    import bagit

    bag = bag_dirs(records)[0]
    moved = tmp_path / "alone"
    bag.rename(moved)
    info = (moved / "bag-info.txt").read_text(encoding="utf-8")
    original = moved / "data" / next(line.split(": ", 1)[1] for line in info.splitlines()
                                     if line.startswith("Internal-Sender-Identifier"))
    original.write_bytes(b"\x00\x01\x02 not text")
    bagit.Bag(str(moved)).save(manifests=True)
    for fmt in ("rocrate", "saf", "archivematica", "zip", "tar"):
        result = invoke("bundle", moved, "-f", fmt, "-o", tmp_path / fmt, "-q")
        assert result.exit_code == 0, (fmt, result.output)
    with open(tmp_path / "archivematica" / "alone" / "objects" / original.name, "rb") as handle:
        assert handle.read() == b"\x00\x01\x02 not text"


def test_a_bag_whose_records_do_not_parse_fails_alone(records: Path, tmp_path: Path, invoke) -> None:
    """dc.xml that matches its manifest but is not XML: that bag fails with one line."""
    import bagit

    bad = bag_dirs(records)[0]
    (bad / "data" / "dc.xml").write_bytes(b"<dc>not closed")
    (bad / "data" / "event.jsonld").write_bytes(b"{not json")
    bagit.Bag(str(bad)).save(manifests=True)
    for fmt in ("rocrate", "saf", "archivematica"):
        out = tmp_path / fmt
        result = invoke("bundle", records, "-f", fmt, "-o", out, "-q")
        assert result.exit_code == 1, fmt
        errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
        assert len(errors) == 1 and errors[0].startswith(f"error: {bad}: cannot read the record files: ")
        assert "Traceback" not in result.output
        assert len(list(out.iterdir())) == len(bag_dirs(records)) - 1
