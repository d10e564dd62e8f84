"""``validate`` knows what it is given (a bag, an event record, a collection, a site's files),
and every file ``export`` writes passes the tool's own validator."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from _harvest_helpers import write_record_bag


@pytest.fixture
def site(tmp_path: Path, invoke) -> Path:
    records = tmp_path / "records"
    records.mkdir()
    for i in range(4):
        write_record_bag(records, i, event=i != 3)
    site = tmp_path / "site"
    result = invoke("export", records, "-o", site, "--base-url", "https://archive.example.org")
    assert result.exit_code == 0, result.output
    return site


def test_every_file_export_writes_passes_validate(invoke, site: Path) -> None:
    result = invoke("validate", site, "--json")
    report = json.loads(result.stdout)
    assert result.exit_code == 0, json.dumps(
        [r for r in report["reports"] if not r["valid"]], indent=1)[:3000]
    checked = {Path(r["path"]).relative_to(site).as_posix(): r["kind"] for r in report["reports"]}
    written = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
    # plain copies, plain text and scripts are not records: the originals, robots.txt and
    # the search's search.js and find.js
    not_records = {p for p in written
                   if "/original/" in p or p == "robots.txt" or p.endswith(".js")}
    assert set(checked) == written - not_records
    assert checked["collection.jsonld"] == "collection"
    assert checked["records.ndjson"] == "ndjson"
    assert checked["sitemap.xml"] == "sitemap"
    assert checked["index.html"] == "html"
    kinds = set(checked.values())
    assert {"jsonld", "dc", "dcterms", "bag-zip"} <= kinds, kinds


def test_the_collection_is_checked_as_a_collection(invoke, site: Path) -> None:
    result = invoke("validate", site / "collection.jsonld", "--json")
    assert result.exit_code == 0, result.stdout[:3000]
    report = json.loads(result.stdout)["reports"][0]
    assert report["kind"] == "collection"
    doc = json.loads((site / "collection.jsonld").read_text())
    del doc["hasPart"][0]["url"]
    doc["hasPart"][1]["about"] = "not an event"
    broken = site / "broken.jsonld"
    broken.write_text(json.dumps(doc))
    result = invoke("validate", broken, "--json")
    assert result.exit_code == 1
    pointers = {f["location"] for f in json.loads(result.stdout)["reports"][0]["findings"]}
    assert "/hasPart/0" in pointers and "/hasPart/1/about" in pointers, pointers


def test_a_broken_sitemap_and_ndjson_line_are_named(invoke, site: Path) -> None:
    sitemap = site / "sitemap.xml"
    sitemap.write_text(sitemap.read_text().replace("<loc>https://", "<loc>ftp://", 1))
    ndjson = site / "records.ndjson"
    lines = ndjson.read_text().splitlines()
    lines[1] = lines[1].replace('"startDate"', '"startdate"')
    ndjson.write_text("\n".join(lines) + "\n")
    result = invoke("validate", sitemap, ndjson, "--json")
    assert result.exit_code == 1
    reports = json.loads(result.stdout)["reports"]
    assert [r["valid"] for r in reports] == [False, False]
    assert any(f["location"].startswith("line 2") for f in reports[1]["findings"]), reports[1]
