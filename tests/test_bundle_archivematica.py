"""``archive bundle --format archivematica``: standard transfers whose metadata/metadata.csv
is read with the csv module as Archivematica reads it, and zipped bag transfers that the
reference ``bagit`` library validates after extraction."""

from __future__ import annotations

import csv
import zipfile
from collections import defaultdict
from pathlib import Path

import bagit
from lxml import etree

from archive.bundle import BundleOptions, bundle_records

from _bundle_helpers import bag_dirs, tree_bytes

DC = "{http://purl.org/dc/elements/1.1/}"
DC_ELEMENTS = {"title", "creator", "subject", "description", "publisher", "contributor", "date",
               "type", "format", "identifier", "source", "language", "relation", "coverage", "rights"}


def dc_values(bag: Path) -> dict[str, list[str]]:
    """Dublin Core values of the bag's dc.xml, by element, in document order."""
    values: dict[str, list[str]] = defaultdict(list)
    for element in etree.parse(str(bag / "data" / "dc.xml")).getroot():
        values[element.tag.removeprefix(DC)].append(" ".join((element.text or "").split()))
    return dict(values)


def test_standard_transfer_layout_and_metadata_csv(records: Path, tmp_path: Path, invoke) -> None:
    out = tmp_path / "transfers"
    result = invoke("bundle", records, "--format", "archivematica", "-o", out)
    assert result.exit_code == 0, result.output
    for bag in bag_dirs(records):
        transfer = out / bag.name
        info = (bag / "bag-info.txt").read_text(encoding="utf-8")
        original = next(line.split(": ", 1)[1] for line in info.splitlines()
                        if line.startswith("Internal-Sender-Identifier:"))
        assert [p.name for p in (transfer / "objects").iterdir()] == [original]
        assert (transfer / "objects" / original).read_bytes() == (bag / "data" / original).read_bytes()
        assert (transfer / "metadata" / "submissionDocumentation" / "bag-info.txt").read_text(encoding="utf-8") == info
        for name in ("dc.xml", "dcterms.xml", "event.jsonld"):
            assert (transfer / "metadata" / name).read_bytes() == (bag / "data" / name).read_bytes()
        with open(transfer / "metadata" / "metadata.csv", newline="", encoding="utf-8") as handle:
            rows = list(csv.reader(handle))
        header, *body = rows
        assert header[0] == "filename" and len(body) == 1 and len(body[0]) == len(header)
        assert body[0][0] == f"objects/{original}" and (transfer / body[0][0]).is_file()
        found: dict[str, list[str]] = defaultdict(list)
        for column, value in zip(header[1:], body[0][1:]):
            prefix, _, element = column.partition(".")
            assert prefix == "dc" and element in DC_ELEMENTS, column
            found[element].append(value)
        assert dict(found) == dc_values(bag)
        # a repeated element is a repeated header, side by side
        seen = [c for c in header[1:]]
        assert seen == sorted(seen, key=[c for c in dict.fromkeys(seen)].index)


def test_zipped_bag_transfers_validate(records: Path, tmp_path: Path) -> None:
    bundle_records([records], tmp_path / "folders", BundleOptions("archivematica"))
    bundle_records([records], tmp_path / "zips", BundleOptions("archivematica", zipped_bag=True))
    for bag in bag_dirs(records):
        with zipfile.ZipFile(tmp_path / "zips" / f"{bag.name}.zip") as archive:
            assert {n.split("/")[0] for n in archive.namelist()} == {bag.name}
            archive.extractall(tmp_path / "x")
        extracted = tmp_path / "x" / bag.name
        bagit.Bag(str(extracted)).validate()
        assert tree_bytes(extracted / "data") == tree_bytes(tmp_path / "folders" / bag.name)
        labels = [line.split(":")[0] for line in (extracted / "bag-info.txt").read_text().splitlines()]
        assert labels == [line.split(":")[0] for line in (bag / "bag-info.txt").read_text().splitlines()]


def test_transfers_are_byte_identical_across_runs(records: Path, tmp_path: Path) -> None:
    for name, options in (("a", BundleOptions("archivematica")),
                          ("z", BundleOptions("archivematica", zipped_bag=True))):
        bundle_records([records], tmp_path / f"{name}1", options)
        bundle_records([records], tmp_path / f"{name}2", options, jobs=2)
        assert tree_bytes(tmp_path / f"{name}1") == tree_bytes(tmp_path / f"{name}2")
        assert tree_bytes(tmp_path / f"{name}1")
