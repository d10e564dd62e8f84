"""Shared fixtures: paths into tests/data and a packed copy of the sample article."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from archive.cli import cli

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
SAMPLE = ROOT / "samples" / "seed-osce-unodc-turkmenistan-2023.txt"
SCHEMAS = ROOT / "schemas"
FIXED_EPOCH = "1700000000"  # 2023-11-14, the Bagging-Date of the committed sample record

#: The records folders the bundle tests share (fixtures ``packed_records`` and ``records``).
pytest_plugins = ["_bundle_helpers"]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def invoke(runner: CliRunner, monkeypatch: pytest.MonkeyPatch):
    """Run the CLI from the root group with a fixed SOURCE_DATE_EPOCH."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", FIXED_EPOCH)

    def run(*args: str):
        return runner.invoke(cli, [str(a) for a in args])

    return run


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    dest = tmp_path / "in" / SAMPLE.name
    dest.parent.mkdir()
    shutil.copy2(SAMPLE, dest)
    return dest


@pytest.fixture
def packed_sample(invoke, sample_copy: Path, tmp_path: Path) -> Path:
    """The bag written for the sample article."""
    out = tmp_path / "records"
    result = invoke("pack", sample_copy, "-o", out)
    assert result.exit_code == 0, result.output
    bags = [p for p in out.iterdir() if p.is_dir()]
    assert len(bags) == 1
    return bags[0]


def bags_in(folder: Path) -> list[Path]:
    """The bags of an output folder (it also holds the catalog, catalog.sqlite)."""
    return sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory,
                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep pack's resume index out of the user's cache folder."""
    monkeypatch.setenv("ARCHIVE_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


_LOOPBACK = ("127.", "::1", "localhost")


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any connection to an address other than loopback fails the test: the tool works
    offline, and only servers a test starts on this machine may be reached."""
    import socket

    real_connect = socket.socket.connect

    def guarded_connect(self: socket.socket, address: object) -> object:
        host = address[0] if isinstance(address, tuple) else str(address)
        if self.family in (socket.AF_INET, socket.AF_INET6) and not str(host).startswith(
                _LOOPBACK):
            raise AssertionError(f"network access attempted: {address!r}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
