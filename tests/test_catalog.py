"""The catalog: rebuilt from bags alone, kept current idempotently; and qualified DC.

Records are made by tests/_harvest_helpers.py, shared with the OAI-PMH, export and browser
tests.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from lxml import etree

from archive.catalog import Catalog, catalog_path, find_bags, rebuild_catalog, tag_digest, update_catalog
from archive.record.qdc import parse_dc, qdc_items, read_bag_metadata, write_qdc
from archive.validate.dc import compiled_schema

from _harvest_helpers import fixed, write_record_bag


@pytest.fixture
def records(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    out = tmp_path / "records"
    for i in range(6):
        write_record_bag(out, i, event=i != 5)
    return out


def test_rebuild_reads_every_bag(records: Path) -> None:
    report = rebuild_catalog(records, clock=fixed("2024-05-01T10:00:00Z"))
    assert (report.added, report.changed, report.removed) == (6, 0, 0)
    catalog = Catalog.for_records(records)
    entries = catalog.all()
    assert len(entries) == len(find_bags(records)) == 6
    assert [e.sort_date for e in entries] == sorted((e.sort_date for e in entries), reverse=True)
    first = catalog.get(entries[-1].record_id)
    assert first is not None
    assert first.identifier.startswith("urn:uuid:")
    assert first.country == "TM" and first.country_name == "Turkmenistan"
    assert first.place == "Ashgabat, Turkmenistan"
    assert first.first_packed == "2023-11-14T00:00:00Z"  # the Bagging-Date
    assert {"year:2013", "country:TM", "org:osce-programme-office"} <= set(first.set_specs)
    assert "data/dc.xml" in first.files and "tagmanifest-sha512.txt" in first.files
    assert first.original == "article-00000.txt"
    no_event = [e for e in entries if e.event_name is None]
    assert len(no_event) == 1 and no_event[0].country is None and no_event[0].year == "2018"


def test_update_is_idempotent_and_tracks_changes(records: Path) -> None:
    bags = find_bags(records)
    update_catalog(records, bags, clock=fixed("2024-01-01T00:00:00Z"))
    before = {e.record_id: e for e in Catalog.for_records(records).all()}
    update_catalog(records, bags, clock=fixed("2024-02-01T00:00:00Z"))
    assert {e.record_id: e for e in Catalog.for_records(records).all()} == before
    changed = write_record_bag(records, 2, edition=1)
    assert tag_digest(changed) != before[changed.name].tag_digest
    update_catalog(records, [changed], clock=fixed("2024-03-01T12:30:00Z"))
    after = Catalog.for_records(records)
    entry = after.get(changed.name)
    assert entry is not None and entry.last_changed == "2024-03-01T12:30:00Z"
    assert entry.first_packed == before[changed.name].first_packed
    assert [e.record_id for e in after.page("2024-02-01T00:00:00Z", None, None, None, 100)] \
        == [changed.name]
    import shutil
    shutil.rmtree(changed)
    update_catalog(records, [changed])
    assert after.get(changed.name) is None and len(after) == 5


def test_rebuild_keeps_datestamps_and_drops_gone_bags(records: Path) -> None:
    rebuild_catalog(records, clock=fixed("2024-01-01T00:00:00Z"))
    stamps = {e.record_id: e.last_changed for e in Catalog.for_records(records).all()}
    # No earlier catalog: last_changed is when the tag manifest was written, not the clock.
    assert all(s != "2024-01-01T00:00:00Z" for s in stamps.values())
    gone = find_bags(records)[0]
    import shutil
    shutil.rmtree(gone)
    report = rebuild_catalog(records, clock=fixed("2030-01-01T00:00:00Z"))
    assert (report.removed, report.unchanged) == (1, 5)
    now = {e.record_id: e.last_changed for e in Catalog.for_records(records).all()}
    assert now == {k: v for k, v in stamps.items() if k != gone.name}
    # The catalog can always be thrown away and rebuilt from the bags.
    catalog_path(records).unlink()
    assert rebuild_catalog(records).added == 5


def test_catalog_is_plain_sqlite(records: Path) -> None:
    rebuild_catalog(records)
    with sqlite3.connect(catalog_path(records)) as conn:
        assert conn.execute("SELECT COUNT(*) FROM records").fetchone()[0] == 6
        assert conn.execute("SELECT COUNT(DISTINCT record_id) FROM record_sets "
                            "WHERE set_spec = 'year'").fetchone()[0] == 6


def test_qdc_is_valid_and_built_from_the_bag(records: Path) -> None:
    schema = compiled_schema("qualifieddc.xsd")
    for bag in find_bags(records):
        doc = etree.fromstring(write_qdc(bag))
        assert schema.validate(doc), schema.error_log
        assert doc.tag == "qualifieddc"
    bag = next(b for b in find_bags(records) if "ashgabat" in b.name)
    items = {(name, value, kind) for name, value, kind, _ in qdc_items(read_bag_metadata(bag))}
    dc = parse_dc((bag / "data" / "dc.xml").read_bytes())
    assert ("title", dc[0][1], None) in items
    assert ("temporal", "start=2013-03-01; end=2013-03-02; scheme=W3C-DTF",
            "dcterms:Period") in items
    assert ("spatial", "TM", "dcterms:ISO3166") in items
    assert ("issued", "2013-03-03", "dcterms:W3CDTF") in items
    assert ("type", "Text", "dcterms:DCMIType") in items
    event_id = json.loads((bag / "data" / "event.jsonld").read_bytes())["@id"]
    assert ("references", event_id, "dcterms:URI") in items
    assert any(n == "abstract" and "&" in v for n, v, _ in items)


def test_the_catalog_pack_keeps_equals_one_rebuilt_from_the_bags(tmp_path: Path,
                                                                   monkeypatch) -> None:
    """pack catalogues the bags it writes from the bytes it holds, without reading them
    back; a catalog rebuilt from the bags alone must say exactly the same of each record."""
    import shutil

    from archive.pack import pack_paths

    from conftest import DATA, bags_in

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    monkeypatch.setenv("ARCHIVE_CACHE_DIR", str(tmp_path / "cache"))
    packed = tmp_path / "packed"
    summary = pack_paths([DATA / "corpus" / "articles"], packed, jobs=1)
    assert summary.count("packed") >= 25
    assert all(o.written is not None for o in summary.outcomes if o.status == "packed")
    rebuilt = tmp_path / "rebuilt"
    rebuilt.mkdir()
    for bag in bags_in(packed):
        shutil.copytree(bag, rebuilt / bag.name)
    rebuild_catalog(rebuilt)

    def described(records: Path) -> dict[str, dict]:
        out = {}
        for entry in Catalog.for_records(records).all():
            data = entry.to_dict()
            del data["last_changed"]  # when each catalog first saw the bag
            out[entry.record_id] = data
        return out

    from_pack, from_bags = described(packed), described(rebuilt)
    assert len(from_pack) == len(bags_in(packed))
    assert from_pack == from_bags
