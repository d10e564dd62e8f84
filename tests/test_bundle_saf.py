"""``archive bundle --format saf``: every item read back the way DSpace's item importer reads
a Simple Archive Format item (dublin_core.xml and metadata_*.xml dcvalues with their schema,
element, qualifier and language; the contents file's tab-separated tokens; the collections
file; the bitstream names), folder and zip alike."""

from __future__ import annotations

import json
import zipfile
from collections import defaultdict
from pathlib import Path

from lxml import etree

from archive.bundle import BundleOptions, bundle_records

from _bundle_helpers import bag_dirs, tree_bytes

DC = "{http://purl.org/dc/elements/1.1/}"
#: Fields of DSpace's default dc registry that the items may use.
DSPACE_DC_FIELDS = {
    "title", "description", "description.abstract", "subject", "contributor", "creator", "publisher",
    "date.issued", "type", "format.mimetype", "identifier", "identifier.uri", "language.iso",
    "relation", "relation.ispartof", "coverage.spatial", "coverage.temporal", "source"}
#: The DCMI Metadata Terms properties (the dcterms registry).
DCTERMS = set("abstract accessRights accrualMethod accrualPeriodicity accrualPolicy alternative audience "
              "available bibliographicCitation conformsTo contributor coverage created creator date "
              "dateAccepted dateCopyrighted dateSubmitted description educationLevel extent format "
              "hasFormat hasPart hasVersion identifier instructionalMethod isFormatOf isPartOf "
              "isReferencedBy isReplacedBy isRequiredBy issued isVersionOf language license mediator "
              "medium modified provenance publisher references relation replaces requires rights "
              "rightsHolder source spatial subject tableOfContents temporal title type valid".split())


def read_item(item: Path) -> dict:
    """An item as DSpace's importer sees it: metadata by schema, bitstreams, collections."""
    metadata: list[tuple[str, str, str | None, str | None, str]] = []
    files = sorted(p.name for p in item.iterdir())
    assert "dublin_core.xml" in files
    for name in files:
        if name == "dublin_core.xml" or (name.startswith("metadata_") and name.endswith(".xml")):
            root = etree.parse(str(item / name)).getroot()
            assert root.tag == "dublin_core"
            schema = root.get("schema", "dc")
            if name != "dublin_core.xml":
                assert schema == name[len("metadata_"):-len(".xml")]
            for node in root:
                assert node.tag == "dcvalue" and node.get("element")
                qualifier = node.get("qualifier")
                qualifier = None if qualifier in (None, "none") else qualifier
                language = node.get("language") or None
                value = node.text or ""
                assert value.strip() == value and value
                metadata.append((schema, node.get("element"), qualifier, language, value))
    bitstreams = []
    for line in (item / "contents").read_text(encoding="utf-8").splitlines():
        line = line.strip()  # as the importer reads a line: the name up to the first tab,
        if not line:  # then each option found by its marker, up to the next tab
            continue
        assert not line.startswith("-r ")  # not a registered bitstream
        filename = line.split("\t", 1)[0]
        assert (item / filename).is_file(), filename
        options = {}
        for marker in ("bundle", "permissions", "description", "primary"):
            start = line.find(f"\t{marker}:")
            if start > 0:
                end = line.find("\t", start + 1)
                options[marker] = line[start + len(marker) + 2:end if end != -1 else len(line)]
        assert line.count("\t") == len(options), line  # every option is one DSpace knows
        bitstreams.append((filename, options))
    listed = {b[0] for b in bitstreams}
    extra = set(files) - listed - {"dublin_core.xml", "contents", "collections", "handle"}
    assert {f for f in extra if not f.startswith("metadata_")} == set(), extra
    collections = []
    if (item / "collections").is_file():
        collections = [h.strip() for h in (item / "collections").read_text().splitlines() if h.strip()]
    return {"metadata": metadata, "bitstreams": bitstreams, "collections": collections}


def test_every_item_reads_as_dspace_reads_it(records: Path, tmp_path: Path, invoke) -> None:
    out = tmp_path / "saf"
    result = invoke("bundle", records, "--format", "saf", "--collection", "123456789/7", "-o", out)
    assert result.exit_code == 0, result.output
    bags = bag_dirs(records)
    items = sorted(out.iterdir())
    assert [i.name for i in items] == [f"item_{n:04d}" for n in range(1, len(bags) + 1)]
    for bag, item in zip(bags, items):
        parsed = read_item(item)
        assert parsed["collections"] == ["123456789/7"]
        dc: dict[str, list[str]] = defaultdict(list)
        for schema, element, qualifier, language, value in parsed["metadata"]:
            field = element + (f".{qualifier}" if qualifier else "")
            if schema == "dc":
                assert field in DSPACE_DC_FIELDS, field
                dc[field].append(value)
            else:
                assert schema == "dcterms" and element in DCTERMS and qualifier is None, element
        source = defaultdict(list)
        for node in etree.parse(str(bag / "data" / "dc.xml")).getroot():
            source[node.tag.removeprefix(DC)].append(node.text)
        assert dc["title"] == source["title"]
        assert dc["subject"] == source["subject"]
        assert dc["contributor"] == source["contributor"]
        assert dc["identifier.uri"] == source["identifier"]
        assert dc["language.iso"] == source["language"] and dc["type"] == ["Text"]
        assert dc["format.mimetype"] == source["format"]
        event = json.loads((bag / "data" / "event.jsonld").read_bytes())
        article = event.get("subjectOf", event)
        assert dc["description.abstract"] == [article["description"]]
        assert dc["date.issued"] == ([article["datePublished"]] if "datePublished" in article else [])
        if "startDate" in event:
            period = event["startDate"] + (f"/{event['endDate']}" if event.get("endDate") not in (None, event["startDate"]) else "")
            assert dc["coverage.temporal"] == [period]
            assert dc["relation"] == [event["@id"]]
        names = [b[0] for b in parsed["bitstreams"]]
        assert sorted(names) == sorted(p.name for p in (bag / "data").iterdir())
        assert all(options["bundle"] == "ORIGINAL" and options["description"] for _, options in parsed["bitstreams"])
        primary = [name for name, options in parsed["bitstreams"] if options.get("primary") == "true"]
        info = (bag / "bag-info.txt").read_text()
        assert primary == [line.split(": ", 1)[1] for line in info.splitlines() if line.startswith("Internal-Sender")]
        for name in names:
            assert (item / name).read_bytes() == (bag / "data" / name).read_bytes()


def test_zip_for_the_batch_importer(records: Path, tmp_path: Path) -> None:
    bundle_records([records], tmp_path / "folder", BundleOptions("saf"))
    bundle_records([records], tmp_path / "import.zip", BundleOptions("saf", zip=True))
    with zipfile.ZipFile(tmp_path / "import.zip") as archive:
        assert all(n.startswith("item_") for n in archive.namelist())  # items at the zip's root
        archive.extractall(tmp_path / "x")
    assert tree_bytes(tmp_path / "x") == tree_bytes(tmp_path / "folder")
    for item in sorted((tmp_path / "x").iterdir()):
        read_item(item)


def test_archive_is_byte_identical_and_resumes(records: Path, tmp_path: Path) -> None:
    first = bundle_records([records], tmp_path / "a.zip", BundleOptions("saf", zip=True))
    second = bundle_records([records], tmp_path / "b.zip", BundleOptions("saf", zip=True), jobs=2)
    assert first.counts["written"] == second.counts["written"] == len(bag_dirs(records))
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()
    again = bundle_records([records], tmp_path / "a.zip", BundleOptions("saf", zip=True))
    assert again.counts["unchanged"] == len(bag_dirs(records))
    forced = bundle_records([records], tmp_path / "a.zip", BundleOptions("saf", zip=True), force=True)
    assert forced.counts["unchanged"] == len(bag_dirs(records))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.zip", "b.zip", "records"]  # no staging left


def test_a_bad_bag_is_left_out_and_items_stay_consecutive(records: Path, tmp_path: Path, invoke) -> None:
    bad = bag_dirs(records)[1]
    (bad / "data" / "dc.xml").write_bytes(b"<changed/>")
    out = tmp_path / "saf"
    result = invoke("bundle", records, "-f", "saf", "-o", out)
    assert result.exit_code == 1
    assert f"error: {bad}: data/dc.xml does not match its sha512 checksum in manifest-sha512.txt" in result.stderr
    assert [p.name for p in sorted(out.iterdir())] == [f"item_{n:04d}" for n in range(1, len(bag_dirs(records)))]


def test_a_foreign_destination_is_refused_and_left_alone(records: Path, tmp_path: Path, invoke) -> None:
    out = tmp_path / "documents"
    out.mkdir()
    (out / "letter.txt").write_text("keep me\n")
    result = invoke("bundle", records, "-f", "saf", "-o", out)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {out}: exists and is not a SAF archive folder")
    assert [p.name for p in out.iterdir()] == ["letter.txt"]
