"""The exported pages a person reads: words, not codes; organisers, partners and funders on
their own lines; keywords; a long collection in pages, searchable in the browser from
file:// (no server), looked at in headless Chromium (screenshots kept as test artefacts)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import html

from archive.catalog import rebuild_catalog
from archive.harvest.export import export_site

from _harvest_helpers import write_record_bag

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = Path(os.environ.get("TEST_ARTIFACTS", ROOT / "build" / "test-artifacts"))
MANY = 230  # three pages of at most 100


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("pages")
    records = root / "records"
    mp = pytest.MonkeyPatch()
    mp.setenv("SOURCE_DATE_EPOCH", "1700000000")
    for i in range(MANY):
        write_record_bag(records, i)
    mp.undo()
    rebuild_catalog(records)
    export_site(records, root / "site", "https://archive.example.org")
    return root / "site"


def _rows(page: Path) -> dict[str, str]:
    tree = html.fromstring(page.read_bytes())
    return {th.text_content(): th.getnext().text_content() for th in tree.xpath("//th")}


def test_landing_pages_speak_words_not_codes(site: Path) -> None:
    page = next(p for p in (site / "records").glob("workshop-0-*/index.html"))
    rows = _rows(page)
    assert rows["Kind"] == "Training or education event"
    assert rows["Attendance"] == "In person"
    assert rows["Language"] == "English (en)"
    assert rows["Keywords"] == "border security; training"
    assert rows["Organised by"] == "OSCE Programme Office"
    assert rows["Partners"] == "United Nations Office on Drugs and Crime (UNODC)"


def test_index_rows_name_each_role_on_its_own_line(site: Path) -> None:
    items = [li for page in sorted(site.glob("index*.html"))
             for li in html.fromstring(page.read_bytes()).xpath("//ul[@class='records']/li")]
    item = next(li for li in items if li.xpath("a")[0].text.startswith("Workshop 0 "))
    lines = [s.text_content() for s in item.xpath("span[@class='meta']")]
    assert "Organised by: OSCE Programme Office" in lines
    assert "Partners: United Nations Office on Drugs and Crime (UNODC)" in lines


def test_a_long_collection_is_paged_and_every_record_listed_once(site: Path) -> None:
    seen: list[str] = []
    for name in ("index.html", "index-2.html", "index-3.html"):
        tree = html.fromstring((site / name).read_bytes())
        links = tree.xpath("//ul[@class='records']/li/a/@href")
        assert 0 < len(links) <= 100, name
        seen += links
        assert tree.xpath("//p[@class='pages']//a/@href")  # links to the other pages
    assert len(seen) == len(set(seen)) == MANY
    assert not (site / "index-4.html").exists()


CHROMIUM = shutil.which("chromium")


@pytest.mark.skipif(CHROMIUM is None and not os.environ.get("CI"),
                    reason="Debian's chromium is not installed")
def test_search_runs_in_the_browser_from_file(site: Path, tmp_path: Path) -> None:
    """Loaded from file:// with every network access cut: the search needs no server."""
    assert CHROMIUM is not None, "chromium is required in CI"
    query = "ASHGABAT 2016"  # case is ignored; every word must match
    target = (site / "index.html").as_uri() + "?q=" + query.replace(" ", "+")

    def chromium(*extra: str) -> subprocess.CompletedProcess[str]:
        args = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}",
                "--proxy-server=http://127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
                "--window-size=1280,1000", "--allow-file-access-from-files", *extra, target]
        return subprocess.run(args, capture_output=True, text=True, timeout=90, check=False)

    dom = chromium("--dump-dom")
    assert dom.returncode == 0, dom.stderr[-2000:]
    tree = html.fromstring(dom.stdout)
    titles = tree.xpath("//ul[@class='records']/li/a/text()")
    expected = sorted(f"Workshop {i} on border security in Ashgabat" for i in range(MANY)
                      if i % 8 == 0 and 2013 + i % 11 == 2016)
    assert sorted(titles) == expected, titles
    first = tree.xpath("//ul[@class='records']/li")[0]
    assert "Organised by: OSCE Programme Office" in first.xpath("span/text()")
    status = tree.xpath("//p[@id='search-status']")[0]
    assert status.text_content() == f"{len(expected)} of {MANY} records match"
    assert tree.xpath("//form[@class='search']")[0].get("hidden") is None
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "search.png"
    shot.unlink(missing_ok=True)
    result = chromium(f"--screenshot={shot}")
    assert result.returncode == 0 and shot.is_file() and shot.stat().st_size > 1000, \
        result.stderr[-2000:]
