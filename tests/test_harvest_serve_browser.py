"""A person's view: headless Chromium (Debian's package) loads the index and a landing page
from `archive serve`'s server on loopback, with all other network access cut off."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Iterator

import pytest

from archive.catalog import Catalog, rebuild_catalog

from _harvest_helpers import running, write_record_bag

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = Path(os.environ.get("TEST_ARTIFACTS", ROOT / "build" / "test-artifacts"))
CHROMIUM = shutil.which("chromium")

if CHROMIUM is None:
    if os.environ.get("CI"):
        raise RuntimeError("chromium is required in CI (.ci/run installs it)")
    pytest.skip("Debian's chromium is not installed", allow_module_level=True)


def chromium(url: str, profile: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium once; proxy and resolver rules leave only loopback reachable."""
    args = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={profile}", "--proxy-server=http://127.0.0.1:9",
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
            "--window-size=1280,1000", *extra, url]
    return subprocess.run(args, capture_output=True, text=True, timeout=90, check=False)


@pytest.fixture
def server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, Path]]:
    from archive.harvest.serve import prepare

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    records = tmp_path / "records"
    for i in range(5):
        write_record_bag(records, i)
    rebuild_catalog(records)
    prepared = prepare(records, port=0, site=tmp_path / "site", threads=2)
    with running(prepared):
        yield prepared.url, records


def test_index_and_landing_page_in_chromium(server, tmp_path: Path) -> None:
    url, records = server
    entries = Catalog.for_records(records).all()
    index = chromium(f"{url}/index.html", tmp_path / "profile1", "--dump-dom")
    assert index.returncode == 0, index.stderr[-2000:]
    for entry in entries:
        assert entry.title in index.stdout
    entry = entries[0]
    page_url = f"{url}/records/{entry.record_id}/"
    landing = chromium(page_url, tmp_path / "profile2", "--dump-dom")
    assert landing.returncode == 0, landing.stderr[-2000:]
    assert f"<title>{entry.title}</title>" in landing.stdout
    assert "application/ld+json" in landing.stdout and entry.place in landing.stdout
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for name, target in (("index.png", f"{url}/index.html"), ("landing.png", page_url)):
        shot = ARTIFACTS / name
        shot.unlink(missing_ok=True)
        result = chromium(target, tmp_path / f"profile-{name}", f"--screenshot={shot}")
        assert result.returncode == 0 and shot.is_file() and shot.stat().st_size > 1000, \
            result.stderr[-2000:]
