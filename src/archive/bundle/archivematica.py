"""An Archivematica standard transfer of one record, or the same as a zipped bag.

    <record-id>/
      objects/<original>                       the article, byte for byte
      metadata/metadata.csv                    Dublin Core for objects/<original>
      metadata/dc.xml, dcterms.xml, event.jsonld   the records, kept with the AIP's metadata
      metadata/submissionDocumentation/bag-info.txt   the source bag's description

``metadata.csv`` has Archivematica's documented form: a ``filename`` column with the path
from the transfer's root (``objects/...``), then one ``dc.ELEMENT`` column per value, the
header repeated for an element with several values (``dc.subject,dc.subject``). Values come
from the bag's ``dc.xml`` in the order of the fifteen elements. A zipped bag transfer is a
bag whose payload is that same tree, zipped inside one folder named after the record.
"""

from __future__ import annotations

import csv
import io

from archive.bundle.archives import Tree
from archive.bundle.bagtree import make_bag
from archive.bundle.source import RECORD_FILES, BagSource

#: The fifteen Dublin Core elements, in the order Archivematica's metadata form lists them.
DC_ELEMENTS = ("title", "creator", "subject", "description", "publisher", "contributor", "date",
               "type", "format", "identifier", "source", "language", "relation", "coverage",
               "rights")


def metadata_rows(source: BagSource, filename: str) -> list[list[str]]:
    """The header and the one row of ``metadata.csv`` for the object ``filename``."""
    values: dict[str, list[str]] = {name: [] for name in DC_ELEMENTS}
    for element, value, _ in source.metadata.dc:
        if element in values:
            values[element].append(value)
    if not any(values.values()) and source.info.get("External-Description"):
        values["title"].append(source.info["External-Description"])
    header, row = ["filename"], [filename]
    for element in DC_ELEMENTS:
        for value in values[element]:
            header.append(f"dc.{element}")
            row.append(value)
    return [header, row]


def metadata_csv(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)  # RFC 4180 line ends
    return buffer.getvalue().encode("utf-8")


def transfer_tree(source: BagSource) -> Tree:
    originals = [n for n in source.payload if n not in RECORD_FILES]
    tree: Tree = {f"objects/{n[len('data/'):]}": source.files[n] for n in originals}
    described = source.original or (originals[0] if len(originals) == 1 else None)
    filename = f"objects/{described[len('data/'):]}" if described else "objects"
    tree["metadata/metadata.csv"] = metadata_csv(metadata_rows(source, filename))
    for name in RECORD_FILES:
        if name in source.files:
            tree[f"metadata/{name[len('data/'):]}"] = source.files[name]
    if "bag-info.txt" in source.files:
        tree["metadata/submissionDocumentation/bag-info.txt"] = source.files["bag-info.txt"]
    return dict(sorted(tree.items()))


def transfer_bag(source: BagSource) -> Tree:
    """The transfer as the payload of a bag (Archivematica's zipped bag transfer type)."""
    info = source.files.get("bag-info.txt", b"").decode("utf-8")
    return make_bag(transfer_tree(source), info)
