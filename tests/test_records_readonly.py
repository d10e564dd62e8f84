"""Records on read-only storage (a read-only mount, ``chattr +i``): export, index and serve
work without writing into the records folder; pack says in one line that it cannot write."""

from __future__ import annotations

import shutil
import urllib.request
from pathlib import Path
from typing import Iterator

import pytest

from _damage_helpers import read_only

from _harvest_helpers import running, write_record_bag
from conftest import SAMPLE


@pytest.fixture
def records(tmp_path: Path, invoke) -> Iterator[Path]:
    records = tmp_path / "records"
    records.mkdir()
    for i in range(3):
        write_record_bag(records, i)
    assert invoke("index", records).exit_code == 0
    with read_only(records):
        yield records


def test_export_from_read_only_records(invoke, records: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    result = invoke("export", records, "-o", site, "--base-url", "https://a.example")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output and result.exception is None
    assert len(list((site / "records").iterdir())) == 3
    assert "read-only" in result.stderr


def test_index_from_read_only_records_uses_the_cache_or_a_named_path(
        invoke, records: Path, tmp_path: Path) -> None:
    result = invoke("index", records)
    assert result.exit_code == 0, result.output
    assert str(records / "catalog.sqlite") not in result.stdout
    named = tmp_path / "elsewhere.sqlite"
    result = invoke("index", records, "--catalog", named, "--json")
    assert result.exit_code == 0, result.output
    assert named.is_file()
    import sqlite3

    with sqlite3.connect(named) as conn:
        assert conn.execute("SELECT COUNT(*) FROM records").fetchone()[0] == 3


def test_serve_from_read_only_records(records: Path, tmp_path: Path) -> None:
    from archive.harvest.serve import prepare

    prepared = prepare(records, port=0, site=tmp_path / "site", threads=2)
    with running(prepared) as server:
        with urllib.request.urlopen(f"{server.url}/oai?verb=ListIdentifiers&metadataPrefix=oai_dc",
                                    timeout=10) as response:
            body = response.read().decode()
    assert body.count("<identifier>") == 3


def test_pack_into_read_only_records_says_it_cannot_write(invoke, tmp_path: Path) -> None:
    records = tmp_path / "packed"
    source = tmp_path / "in" / SAMPLE.name
    source.parent.mkdir()
    shutil.copy2(SAMPLE, source)
    assert invoke("pack", source, "-o", records).exit_code == 0
    with read_only(records):
        result = invoke("pack", source, "-o", records)
    assert result.exit_code == 2, result.output  # an environment error, as for a bad -o
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [f"error: {records}: cannot write into the records folder (read-only)"], (
        result.stderr)
