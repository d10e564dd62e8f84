"""``archive bundle --format zip|tar``: serialised bags (RFC 8493 section 4.2), checked after
extraction by the reference ``bagit`` library; byte-reproducible, atomic, resumable."""

from __future__ import annotations

import datetime as dt
import gzip
import os
import shutil
import stat
import tarfile
import zipfile
from pathlib import Path

import bagit
import pytest

from archive.bundle import BundleOptions, bundle_records

from _bundle_helpers import bag_dirs

MIDNIGHT_2023_11_14 = int(dt.datetime(2023, 11, 14, tzinfo=dt.timezone.utc).timestamp())


def test_zip_bags_validate_after_extraction(records: Path, tmp_path: Path, invoke) -> None:
    out = tmp_path / "out"
    result = invoke("bundle", records, "--format", "zip", "-o", out)
    assert result.exit_code == 0, result.output
    bags = bag_dirs(records)
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{b.name}.zip" for b in bags)
    for bag in bags:
        with zipfile.ZipFile(out / f"{bag.name}.zip") as archive:
            names = archive.namelist()
            assert {n.split("/")[0] for n in names} == {bag.name}  # one top-level folder
            for info in archive.infolist():
                assert info.date_time == (2023, 11, 14, 0, 0, 0)
                mode = info.external_attr >> 16
                assert stat.S_IMODE(mode) == (0o755 if info.is_dir() else 0o644)
            archive.extractall(tmp_path / "x" / bag.name)
        extracted = tmp_path / "x" / bag.name / bag.name
        bagit.Bag(str(extracted)).validate()  # raises BagValidationError when not valid
        assert sorted(p.relative_to(extracted) for p in extracted.rglob("*")) == \
            sorted(p.relative_to(bag) for p in bag.rglob("*"))


def test_tar_bags_validate_after_extraction(records: Path, tmp_path: Path, invoke) -> None:
    out = tmp_path / "out"
    result = invoke("bundle", records, "--format", "tar", "-o", out)
    assert result.exit_code == 0, result.output
    for bag in bag_dirs(records):
        path = out / f"{bag.name}.tar.gz"
        head = path.read_bytes()[:10]
        assert head[:2] == b"\x1f\x8b" and int.from_bytes(head[4:8], "little") == MIDNIGHT_2023_11_14
        assert not head[3] & 0x08  # no file name in the gzip header
        with tarfile.open(path, "r:gz") as archive:
            members = archive.getmembers()
            assert members[0].name == bag.name and members[0].isdir()
            for member in members:
                assert (member.uid, member.gid, member.uname, member.gname) == (0, 0, "", "")
                assert member.mtime == MIDNIGHT_2023_11_14
                assert member.mode == (0o755 if member.isdir() else 0o644)
                assert member.name.split("/")[0] == bag.name
            archive.extractall(tmp_path / "x", filter="data")
        bagit.Bag(str(tmp_path / "x" / bag.name)).validate()


@pytest.mark.parametrize("fmt", ["zip", "tar"])
def test_same_bags_give_byte_identical_bundles(records: Path, tmp_path: Path, fmt: str) -> None:
    """Two runs in other folders, with another umask, file times and worker count."""
    many = tmp_path / "many"
    many.mkdir()
    for n in range(20):  # enough bags for the run to use worker processes
        for bag in bag_dirs(records)[:1]:
            shutil.copytree(bag, many / f"{bag.name}-{n:02d}")
    first = bundle_records([many], tmp_path / "a", BundleOptions(fmt), jobs=1)
    for path in many.rglob("*"):
        os.utime(path, (1_000_000_000, 1_000_000_000))
    previous = os.umask(0o077)
    try:
        second = bundle_records([many], tmp_path / "b", BundleOptions(fmt), jobs=2)
    finally:
        os.umask(previous)
    assert first.counts["written"] == second.counts["written"] == 20
    names = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "b").iterdir()) and len(names) == 20
    for name in names:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_bad_bag_is_reported_and_the_others_bundled(records: Path, tmp_path: Path, invoke) -> None:
    bad, *good = bag_dirs(records)
    original = next(p for p in (bad / "data").iterdir() if p.name not in ("dc.xml", "dcterms.xml", "event.jsonld"))
    original.write_bytes(original.read_bytes() + b"tampered")
    out = tmp_path / "out"
    result = invoke("bundle", records, "--format", "zip", "-o", out)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [f"error: {bad}: data/{original.name} does not match its sha512 checksum in manifest-sha512.txt"]
    assert "Traceback" not in result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{b.name}.zip" for b in good)


def test_not_a_bag_and_missing_manifest_entry(records: Path, tmp_path: Path) -> None:
    bag = bag_dirs(records)[0]
    (bag / "data" / "stray.txt").write_text("not in the manifest\n", encoding="utf-8")
    summary = bundle_records([bag], tmp_path / "out", BundleOptions("tar"))
    assert summary.failures[0].error == "data/stray.txt is in the payload but not in manifest-sha512.txt"
    assert list((tmp_path / "out").iterdir()) == []


def test_rerun_resumes_and_a_changed_bag_is_updated(records: Path, tmp_path: Path, invoke) -> None:
    out = tmp_path / "out"
    assert invoke("bundle", records, "-f", "zip", "-o", out).exit_code == 0
    again = invoke("bundle", records, "-f", "zip", "-o", out)
    assert again.exit_code == 0
    assert [line.split()[0] for line in again.stdout.splitlines()] == ["unchanged"] * len(bag_dirs(records))
    bag = bag_dirs(records)[0]
    before = (out / f"{bag.name}.zip").read_bytes()
    info = bag / "bag-info.txt"  # re-dated bag: a new Bagging-Date, manifests updated to match
    info.write_text(info.read_text(encoding="utf-8").replace("Bagging-Date: 2023-11-14", "Bagging-Date: 2024-01-02"),
                    encoding="utf-8")
    bagit.Bag(str(bag)).save(manifests=False)
    third = invoke("bundle", records, "-f", "zip", "-o", out)
    statuses = {line.split()[1]: line.split()[0] for line in third.stdout.splitlines()}
    assert statuses.pop(str(out / f"{bag.name}.zip")) == "updated"
    assert set(statuses.values()) == {"unchanged"}
    with zipfile.ZipFile(out / f"{bag.name}.zip") as archive:
        assert archive.infolist()[0].date_time[:3] == (2024, 1, 2)
    assert (out / f"{bag.name}.zip").read_bytes() != before


def test_force_rebuilds_and_finds_identical_bytes_unchanged(records: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    bundle_records([records], out, BundleOptions("tar"))
    summary = bundle_records([records], out, BundleOptions("tar"), force=True)
    assert summary.counts["unchanged"] == len(bag_dirs(records)) and summary.counts["written"] == 0


def test_stale_staging_is_swept_and_nothing_partial_is_left(records: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    stale = out / ".staging-dead-bundle.zip-999999999"
    stale.write_bytes(b"half a zip")
    bundle_records([records], out, BundleOptions("zip"))
    assert not stale.exists()
    assert all(not p.name.startswith(".") for p in out.iterdir())


def test_gzip_stream_is_the_tar(records: Path, tmp_path: Path) -> None:
    bundle_records([records], tmp_path / "out", BundleOptions("tar"))
    for path in (tmp_path / "out").iterdir():
        data = gzip.decompress(path.read_bytes())
        assert len(data) % 512 == 0 and data.endswith(b"\0" * 1024)  # tar end-of-archive blocks


def test_a_killed_run_leaves_whole_bundles_and_the_next_run_completes(records: Path, tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys
    import time

    many = tmp_path / "many"
    many.mkdir()
    source = bag_dirs(records)[0]
    for n in range(150):
        shutil.copytree(source, many / f"bag-{n:03d}")
    out = tmp_path / "out"
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    command = [sys.executable, "-m", "archive", "bundle", str(many), "-f", "zip", "-o", str(out), "-j", "1"]
    run = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert run.stdout is not None
    run.stdout.readline()  # the first bundle is in place: kill it in the middle of the run
    run.send_signal(signal.SIGKILL)
    run.wait()
    time.sleep(0.05)
    for path in out.iterdir():  # whatever is visible is whole
        if not path.name.startswith("."):
            with zipfile.ZipFile(path) as archive:
                assert archive.testzip() is None
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    statuses = [line.split()[0] for line in done.stdout.splitlines()]
    assert len(statuses) == 150 and "written" in statuses and "unchanged" in statuses
    assert sorted(p.name for p in out.iterdir()) == [f"bag-{n:03d}.zip" for n in range(150)]
