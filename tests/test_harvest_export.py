"""The static export: byte-identical re-export, JSON-LD that harvesters' extractor (extruct)
finds in every landing page, DC meta tags, filters without JavaScript, sitemap and dumps."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from lxml import etree, html

from archive.catalog import Catalog, find_bags, rebuild_catalog
from archive.cli import cli
from archive.harvest.export import export_site

from _harvest_helpers import write_record_bag

BASE = "https://archive.example.org"


def snapshot(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


@pytest.fixture
def records(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    out = tmp_path / "records"
    for i in range(9):
        write_record_bag(out, i, event=i != 4)
    rebuild_catalog(out)
    return out


def test_reexport_is_byte_identical(records: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    first = export_site(records, site, BASE)
    before = snapshot(site)
    second = export_site(records, site, BASE)
    assert second.written == 0 and second.unchanged == first.written
    assert snapshot(site) == before
    other = tmp_path / "elsewhere"
    export_site(records, other, BASE)
    assert snapshot(other) == before


def test_landing_pages_carry_the_event_for_extruct(records: Path, tmp_path: Path) -> None:
    import extruct

    site = tmp_path / "site"
    export_site(records, site, BASE)
    for bag in find_bags(records):
        page = site / "records" / bag.name / "index.html"
        data = extruct.extract(page.read_text(encoding="utf-8"), base_url=f"{BASE}/records/"
                               f"{bag.name}/", syntaxes=["json-ld"], uniform=False)
        expected = json.loads((bag / "data" / "event.jsonld").read_bytes())
        assert data["json-ld"] == [expected]
        tree = html.fromstring(page.read_bytes())
        assert tree.xpath("//link[@rel='canonical']/@href") == [f"{BASE}/records/{bag.name}/"]
        assert "event.jsonld" in tree.xpath("//link[@rel='alternate']/@href")
        assert "dc.xml" in tree.xpath("//link[@rel='alternate']/@href")
        dc_titles = tree.xpath("//meta[@name='DC.title']/@content")
        assert dc_titles == [tree.findtext(".//h1")]
        for href in tree.xpath("//main//a/@href"):
            if not href.startswith("http"):
                assert (page.parent / href).is_file(), href
        assert (site / "records" / bag.name / "original" / "article-00000.txt").exists() \
            or "00000" not in bag.name


def test_collection_files(records: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    export_site(records, site, BASE)
    entries = Catalog.for_records(records).all()
    index = html.fromstring((site / "index.html").read_bytes())
    assert index.xpath("//ul[@class='records']/li/a/text()") == [e.title for e in entries]
    # works without JavaScript: the list is in the HTML; the only scripts are the search's,
    # whose form stays hidden until find.js shows it
    assert [s.get("src") for s in index.xpath("//script")] == ["search.js", "find.js"]
    assert index.xpath("//form[@class='search']")[0].get("hidden") is not None
    for facet in ("year/2013.html", "country/TM.html", "org/european-union.html"):
        page = html.fromstring((site / facet).read_bytes())
        assert page.xpath("//ul[@class='records']/li"), facet
    assert len(html.fromstring((site / "year/2013.html").read_bytes())
               .xpath("//ul[@class='records']/li")) == 1
    collection = json.loads((site / "collection.jsonld").read_bytes())
    assert collection["@type"] == "Dataset" and len(collection["hasPart"]) == 9
    lines = (site / "records.ndjson").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 9 and all(json.loads(line)["@context"] for line in lines)
    sitemap = etree.parse(str(site / "sitemap.xml"))
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    assert len(sitemap.xpath("//s:url", namespaces=ns)) == 10
    assert {m for m in sitemap.xpath("//s:lastmod/text()", namespaces=ns)} <= \
        {e.last_changed for e in entries}
    assert (site / "robots.txt").read_text() == \
        f"User-agent: *\nAllow: /\nSitemap: {BASE}/sitemap.xml\n"


def test_removed_records_leave_the_site(records: Path, tmp_path: Path) -> None:
    import shutil

    site = tmp_path / "site"
    export_site(records, site, BASE)
    gone = find_bags(records)[0]
    shutil.rmtree(gone)
    rebuild_catalog(records)
    assert export_site(records, site, BASE).removed >= 1
    assert not (site / "records" / gone.name).exists()


def test_cli_index_and_export(records: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    runner = CliRunner()
    result = runner.invoke(cli, ["index", str(records), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["unchanged"] == 9
    site = tmp_path / "site"
    result = runner.invoke(cli, ["export", str(records), "-o", str(site), "--base-url", BASE])
    assert result.exit_code == 0, result.output
    assert (site / "index.html").is_file()
    result = runner.invoke(cli, ["export", str(records), "-o", str(site), "--base-url", "ftp:x"])
    assert result.exit_code == 2 and result.output.startswith("error: ")


def test_export_without_base_url_warns_where_the_links_point(invoke, records: Path,
                                                            tmp_path: Path) -> None:
    site = tmp_path / "site"
    result = invoke("export", records, "-o", site)
    assert result.exit_code == 0, result.output
    assert "warning: no --base-url" in result.stderr and "http://localhost:8000" in result.stderr
    assert "http://localhost:8000/" in (site / "sitemap.xml").read_text()
    result = invoke("export", records, "-o", site, "--base-url", BASE)
    assert result.exit_code == 0 and "warning" not in result.stderr
