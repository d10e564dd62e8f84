"""``archive bundle --format rocrate``: every crate valid by roc-validator at the REQUIRED
level (offline) and read back with ro-crate-py; --zip and --in-bag; byte-reproducible.

roc-validator fetches the RO-Crate JSON-LD context through an HTTP cache (requests-cache,
SQLite). Offline, it serves only what that cache holds, so the tests seed it with the context
ro-crate-py ships (``rocrate/data/ro-crate.jsonld``, the 1.3 context the crates name) under
the context's URL, and run the validator with ``offline=True``: no test touches the network.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import bagit
import pytest

from archive.bundle import BundleOptions, bundle_records
from archive.bundle.rocrate import CONTEXT

from _bundle_helpers import bag_dirs, roc_validate, seed_rocrate_context, tree_bytes


@pytest.fixture(scope="session")
def http_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A requests-cache SQLite file holding the RO-Crate context, as if fetched online."""
    path = tmp_path_factory.mktemp("roc-cache") / "http_cache"
    seed_rocrate_context(path, CONTEXT)
    return path


@pytest.fixture
def crates(records: Path, tmp_path: Path) -> Path:
    out = tmp_path / "crates"
    summary = bundle_records([records], out, BundleOptions("rocrate"))
    assert summary.counts["written"] == len(bag_dirs(records)) and not summary.failed
    return out


#: roc-validator takes about 3 s a crate here, so the tests validate two kinds of record (the
#: sample, from a .txt, and an .html article's); bench/bench_bundle.py validates a sample of
#: a large run, and the flatness and reference checks below run on every crate.
VALIDATED = ("countering-illicit-trafficking-of-drugs-in-ce534749903e", "tartu-conference-")


def test_crates_are_valid_by_roc_validator(crates: Path, http_cache: Path) -> None:
    chosen = [c for c in sorted(crates.iterdir()) if c.name.startswith(VALIDATED)]
    assert len(chosen) == 2
    for crate in chosen:
        assert roc_validate(crate, http_cache) == [], crate.name


def test_roc_validator_does_find_a_broken_crate(crates: Path, http_cache: Path) -> None:
    """The check above can fail: a crate without its root's datePublished is refused."""
    crate = sorted(crates.iterdir())[0]
    path = crate / "ro-crate-metadata.json"
    doc = json.loads(path.read_bytes())
    root = next(e for e in doc["@graph"] if e["@id"] == "./")
    del root["datePublished"]
    path.write_text(json.dumps(doc), encoding="utf-8")
    issues = roc_validate(crate, http_cache)
    assert any("datePublished" in issue for issue in issues), issues


def test_ro_crate_py_reads_the_crate_back(crates: Path, records: Path) -> None:
    from rocrate.rocrate import ROCrate

    for bag in bag_dirs(records):
        crate = ROCrate(crates / bag.name)
        event = json.loads((bag / "data" / "event.jsonld").read_bytes())
        article = event.get("subjectOf", event)
        info = dict(line.split(": ", 1) for line in (bag / "bag-info.txt").read_text().splitlines())
        assert crate.version == "1.3"
        assert crate.name == article["headline"]
        assert crate.datePublished.date().isoformat() == info["Bagging-Date"]
        manifest = {line.split("  ", 1)[1]: line.split("  ", 1)[0]
                    for line in (bag / "manifest-sha512.txt").read_text().splitlines()}
        files = {e.id: e for e in crate.data_entities}
        assert sorted(files) == sorted(name[len("data/"):] for name in manifest)
        for name, entity in files.items():
            assert entity["sha512"] == manifest[f"data/{name}"]
            assert entity["contentSize"] == str((bag / "data" / name).stat().st_size)
            assert entity["encodingFormat"]
        original = files[info["Internal-Sender-Identifier"]]
        assert original["encodingFormat"] == article["encodingFormat"]
        news = crate.dereference(article["@id"])  # the same @id as in event.jsonld
        assert news.type == "NewsArticle" and news["encoding"] is original
        assert crate.root_dataset["mainEntity"] is news
        if event["@type"] != "NewsArticle":
            entity = crate.dereference(event["@id"])
            assert crate.root_dataset["about"] is entity and news["about"] is entity
            assert entity["startDate"] == event["startDate"]
            for role in ("organizer", "contributor", "funder"):
                expected = [org["name"] for org in event.get(role, [])]
                found = entity.get(role) or []
                found = found if isinstance(found, list) else [found]
                assert [org["name"] for org in found] == expected, role
            places = entity.get("location") or []
            for place in places if isinstance(places, list) else [places]:
                assert place.type in ("Place", "VirtualLocation")


def test_every_entity_is_flat_and_referenced_entities_exist(crates: Path) -> None:
    """RO-Crate's flattened @graph: no nested node other than a bare reference."""
    for crate in crates.iterdir():
        graph = json.loads((crate / "ro-crate-metadata.json").read_bytes())["@graph"]
        ids = [e["@id"] for e in graph]
        assert len(ids) == len(set(ids))

        def refs(value: object) -> list[str]:
            if isinstance(value, list):
                return [r for v in value for r in refs(v)]
            if isinstance(value, dict):
                assert set(value) == {"@id"}, value
                return [value["@id"]]
            return []

        for entity in graph:
            for key, value in entity.items():
                if key not in ("@id", "@type"):
                    for ref in refs(value):
                        if not ref.startswith(("http://", "https://")):
                            assert ref in ids, (crate.name, key, ref)


def test_license_option_and_the_rights_statement(records: Path, tmp_path: Path) -> None:
    url = "https://spdx.org/licenses/CC-BY-4.0"
    bag = bag_dirs(records)[0]
    bundle_records([bag], tmp_path / "a", BundleOptions("rocrate", license=url))
    doc = json.loads((tmp_path / "a" / bag.name / "ro-crate-metadata.json").read_bytes())
    assert next(e for e in doc["@graph"] if e["@id"] == "./")["license"] == {"@id": url}
    bundle_records([bag], tmp_path / "b", BundleOptions("rocrate"))
    doc = json.loads((tmp_path / "b" / bag.name / "ro-crate-metadata.json").read_bytes())
    rights = next(e for e in doc["@graph"] if e["@id"] == "#rights-not-stated")
    assert rights["@type"] == "CreativeWork" and "not state" in rights["description"]


def test_zipped_crates(records: Path, tmp_path: Path, http_cache: Path, crates: Path) -> None:
    from rocrate.rocrate import ROCrate

    out = tmp_path / "zips"
    bundle_records([records], out, BundleOptions("rocrate", zip=True))
    bag = bag_dirs(records)[0]
    path = out / f"{bag.name}.zip"
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        assert "ro-crate-metadata.json" in names  # the crate's root is the zip's root
        assert archive.read("ro-crate-metadata.json") == (crates / bag.name / "ro-crate-metadata.json").read_bytes()
    assert roc_validate(path, http_cache) == []
    assert ROCrate(path).name


def test_crate_in_bag_leaves_valid_bags(records: Path, tmp_path: Path, http_cache: Path, invoke) -> None:
    out = tmp_path / "bags"
    result = invoke("bundle", records, "--format", "rocrate", "--in-bag", "-o", out)
    assert result.exit_code == 0, result.output
    assert roc_validate(out / bag_dirs(records)[0].name / "data", http_cache) == []
    for bag in bag_dirs(records):
        copy = out / bag.name
        bagit.Bag(str(copy)).validate()
        assert (copy / "data" / "ro-crate-metadata.json").is_file()
        before, after = tree_bytes(bag), tree_bytes(copy)
        for name in ("bagit.txt", *(n for n in before if n.startswith("data/"))):
            assert after[name] == before[name]  # the record itself is untouched
        info = before["bag-info.txt"].decode().splitlines()
        assert [line for line in after["bag-info.txt"].decode().splitlines() if "Oxum" not in line] == \
            [line for line in info if "Oxum" not in line]


def test_crate_in_a_zipped_bag(records: Path, tmp_path: Path) -> None:
    bag = bag_dirs(records)[0]
    bundle_records([bag], tmp_path / "z", BundleOptions("rocrate", in_bag=True, zip=True))
    with zipfile.ZipFile(tmp_path / "z" / f"{bag.name}.zip") as archive:
        assert f"{bag.name}/data/ro-crate-metadata.json" in archive.namelist()
        archive.extractall(tmp_path / "x")
    bagit.Bag(str(tmp_path / "x" / bag.name)).validate()


def test_a_plain_bag_with_folders_becomes_a_crate(tmp_path: Path) -> None:
    """A bag another tool made (no record files): every payload file and folder described."""
    from rocrate.rocrate import ROCrate

    folder = tmp_path / "plain-bag"
    (folder / "scans" / "2024").mkdir(parents=True)
    (folder / "scans" / "2024" / "page 1.tif").write_bytes(b"II*\0 not really a scan")
    (folder / "notes.txt").write_text("Scanned at the reading room.\n", encoding="utf-8")
    bagit.make_bag(str(folder), {"Source-Organization": "Reading Room"}, checksums=["sha256"])
    summary = bundle_records([folder], tmp_path / "out", BundleOptions("rocrate"))
    assert summary.counts["written"] == 1, summary.failures
    crate = ROCrate(tmp_path / "out" / "plain-bag")
    ids = sorted(e.id for e in crate.data_entities)
    assert ids == ["notes.txt", "scans/", "scans/2024/", "scans/2024/page%201.tif"]
    assert crate.dereference("notes.txt")["encodingFormat"] == "text/plain"
    assert crate.publisher["name"] == "Reading Room"
    assert (tmp_path / "out" / "plain-bag" / "scans" / "2024" / "page 1.tif").is_file()


def test_crates_are_byte_identical_across_runs(records: Path, tmp_path: Path, crates: Path) -> None:
    bundle_records([records], tmp_path / "again", BundleOptions("rocrate"), jobs=2, force=True)
    assert tree_bytes(tmp_path / "again") == tree_bytes(crates)
    first = bundle_records([records], tmp_path / "z1", BundleOptions("rocrate", zip=True))
    bundle_records([records], tmp_path / "z2", BundleOptions("rocrate", zip=True))
    assert first.counts["written"] and tree_bytes(tmp_path / "z1") == tree_bytes(tmp_path / "z2")
