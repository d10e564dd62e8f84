"""DSpace Simple Archive Format: one archive folder (or zip) of ``item_NNNN`` folders.

    item_0001/
      dublin_core.xml        <dublin_core schema="dc"> with <dcvalue element qualifier language>
      metadata_dcterms.xml   the qualified DC record in the same dialect, schema="dcterms"
      contents               one bitstream a line: NAME<TAB>bundle:ORIGINAL<TAB>description:...
      collections            the handle given with --collection (one line)
      <original>, dc.xml, dcterms.xml, event.jsonld   the bitstreams

Items are numbered in the order of the bags (a folder's bags sorted by name), with as many
digits as the number of bags needs (at least four), so the archive sorts in item order. The
values are the bag's qualified DC items (``archive.record.qdc``, built from dc.xml and
event.jsonld) mapped to the fields of DSpace's default registry.

The archive is one batch: it is staged whole beside DEST, then renamed into place (a folder)
or written as one zip whose root holds the item folders (what DSpace's batch importer takes,
``dspace import -z``). A re-run skips the batch when no bag changed.
"""

from __future__ import annotations

import hashlib
import os
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from lxml import etree

from archive.bundle.archives import LEVEL, Tree, add_to_zip, set_folder_time, write_folder
from archive.bundle.outcome import BundleOutcome
from archive.bundle.pool import PARALLEL_THRESHOLD, worker_pool
from archive.bundle.resume import BundleIndex
from archive.bundle.source import BagReadError, BagSource, read_bag
from archive.bundle.staging import STAGING_PREFIX, put_in_place, remove, same_bundle, sweep_staging
from archive.record.qdc import article_of, qdc_items

if TYPE_CHECKING:
    from archive.bundle.outcome import BundleSummary
    from archive.bundle.product import BundleOptions

#: dcterms element (and whether it carries an xsi:type) -> DSpace dc element and qualifier.
DC_FIELDS: dict[str, tuple[str, str | None]] = {
    "title": ("title", None), "abstract": ("description", "abstract"), "subject": ("subject", None),
    "publisher": ("publisher", None), "contributor": ("contributor", None),
    "issued": ("date", "issued"), "type": ("type", None), "format": ("format", "mimetype"),
    "language": ("language", "iso"), "isPartOf": ("relation", "ispartof"),
    "references": ("relation", None), "spatial": ("coverage", "spatial"),
}
BITSTREAM_DESCRIPTIONS = {
    "dc.xml": "Dublin Core record (oai_dc)", "dcterms.xml": "Qualified Dublin Core record",
    "event.jsonld": "schema.org JSON-LD of the event and the article",
}
#: Names the importer reads itself; a bitstream cannot have one (nor start with "-r ", which
#: marks a registered bitstream, nor have spaces at its ends, which the importer trims).
SAF_FILES = ("dublin_core.xml", "metadata_dcterms.xml", "contents", "collections", "handle")


def dc_values(source: BagSource) -> list[tuple[str, str | None, str, str | None]]:
    """(element, qualifier, value, language) for dublin_core.xml, in a fixed order."""
    meta = source.metadata
    values: list[tuple[str, str | None, str, str | None]] = []
    for name, value, xsi_type, lang in qdc_items(meta):
        if name == "identifier":
            values.append(("identifier", "uri" if xsi_type else None, value, None))
        elif name == "spatial" and xsi_type:
            continue  # the ISO 3166 code: in metadata_dcterms.xml, the place's name here
        elif name in DC_FIELDS:
            element, qualifier = DC_FIELDS[name]
            values.append((element, qualifier, value, lang))
    doc = meta.jsonld
    lede = article_of(doc).get("description")
    for description in meta.dc_values("description"):
        if description != lede:  # the event summary
            values.append(("description", None, description, meta.dc_lang("description")))
    start, end = doc.get("startDate"), doc.get("endDate")
    if start and "subjectOf" in doc:
        values.append(("coverage", "temporal", f"{start}/{end}" if end and end != start else str(start), None))
    for creator in meta.dc_values("creator"):
        values.append(("creator", None, creator, None))
    for source_name in meta.dc_values("source"):
        values.append(("source", None, source_name, None))
    if not values and source.info.get("External-Description"):
        values.append(("title", None, source.info["External-Description"], None))
    return list(dict.fromkeys(values))


def dublin_core_xml(schema: str, values: list[tuple[str, str | None, str, str | None]]) -> bytes:
    root = etree.Element("dublin_core", schema=schema)
    for element, qualifier, value, lang in values:
        node = etree.SubElement(root, "dcvalue", element=element, qualifier=qualifier or "none")
        if lang:
            node.set("language", lang)
        node.text = value
    etree.indent(root, space="  ")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"


def _clean(text: str) -> str:
    return " ".join(text.split())


def item_tree(source: BagSource, collection: str | None = None) -> Tree:
    """The files of one SAF item (without its folder)."""
    tree: Tree = {}
    lines = []
    payload = [n for n in source.payload]
    ordered = ([source.original] if source.original else []) + [n for n in payload if n != source.original]
    for rel in ordered:
        name = rel[len("data/"):]
        if "/" in name or "\t" in name or "\n" in name or "\r" in name or name in SAF_FILES \
                or name.startswith(("metadata_", "-r ")) or name != name.strip():
            raise BagReadError(source.path, f"{rel}: a name DSpace's contents file cannot hold")
        tree[name] = source.files[rel]
        if rel == source.original:
            description = "The article, byte for byte as it was archived"
            lines.append(f"{name}\tbundle:ORIGINAL\tdescription:{description}\tprimary:true")
        else:
            description = BITSTREAM_DESCRIPTIONS.get(name, "Part of the record")
            lines.append(f"{name}\tbundle:ORIGINAL\tdescription:{_clean(description)}")
    tree["contents"] = ("\n".join(lines) + "\n").encode("utf-8")
    tree["dublin_core.xml"] = dublin_core_xml("dc", dc_values(source))
    terms: list[tuple[str, str | None, str, str | None]] = [
        (name, None, value, lang) for name, value, _, lang in qdc_items(source.metadata)]
    if terms:
        tree["metadata_dcterms.xml"] = dublin_core_xml("dcterms", terms)
    if collection:
        tree["collections"] = f"{collection}\n".encode("utf-8")
    return dict(sorted(tree.items()))


def _build(task: tuple[Path, str | None]) -> tuple[Path, Tree | None, str | None, float]:
    bag, collection = task
    try:
        source = read_bag(bag)
        return bag, item_tree(source, collection), None, source.moment.timestamp()
    except BagReadError as exc:
        return bag, None, exc.reason, 0.0
    except (ValueError, KeyError, SyntaxError) as exc:  # lxml's XMLSyntaxError is a SyntaxError
        return bag, None, f"cannot read the record files: {exc}", 0.0


def bundle_saf(bags: list[Path], dest: Path, options: "BundleOptions", summary: "BundleSummary",
               on_outcome: Callable[[BundleOutcome], None] | None, *, jobs: int = 1,
               force: bool = False) -> "BundleSummary":
    """Write the SAF archive of ``bags`` as ``dest`` (a folder, or a zip with ``options.zip``)."""
    import datetime as _dt

    def emit(outcome: BundleOutcome) -> None:
        summary.add(outcome)
        if on_outcome is not None:
            on_outcome(outcome)

    refuse_foreign(dest, options)
    dest.parent.mkdir(parents=True, exist_ok=True)
    sweep_staging(dest.parent)
    index = BundleIndex(dest, options)
    digest = hashlib.sha256()
    for bag in bags:
        digest.update(f"{bag.name}\0{index.key(bag)}\0".encode())
    key = digest.hexdigest()
    width = max(4, len(str(len(bags))))
    try:
        if not force and bags and index.lookup(dest.name) == key and os.path.lexists(dest):
            for number, bag in enumerate(bags, 1):
                emit(BundleOutcome(bag, _item_target(dest, options, number, width), "unchanged"))
            return summary
        staging = str(dest.parent / f"{STAGING_PREFIX}{dest.name}-{os.getpid()}")
        remove(staging)
        tasks = [(bag, options.collection) for bag in bags]
        written: list[Path] = []
        failed: list[tuple[Path, str]] = []
        latest = 0.0
        zipped = zipfile.ZipFile(staging, "x", zipfile.ZIP_DEFLATED, compresslevel=LEVEL) \
            if options.zip else None
        if zipped is None:
            os.mkdir(staging)
        try:
            if jobs > 1 and len(tasks) >= PARALLEL_THRESHOLD:
                with worker_pool(jobs) as pool:
                    latest = _write_items(pool.imap(_build, tasks, chunksize=8), staging, zipped,
                                          width, written, failed)
            else:
                latest = _write_items(map(_build, tasks), staging, zipped, width, written, failed)
        finally:
            if zipped is not None:
                zipped.close()
        if zipped is None:
            set_folder_time(staging, _dt.datetime.fromtimestamp(latest or 315532800, _dt.timezone.utc))
        status = _commit(staging, dest)
        if not failed:
            index.remember(dest.name, key)
    except KeyboardInterrupt as exc:
        summary.interrupted = True
        exc.summary = summary  # type: ignore[attr-defined]
        raise
    finally:
        index.close()
        sweep_staging(dest.parent, include_own=True)
    failures = dict(failed)
    number = 0
    for bag in bags:
        if bag in failures:
            emit(BundleOutcome(bag, None, "failed", failures[bag]))
        else:
            number += 1
            emit(BundleOutcome(bag, _item_target(dest, options, number, width), status))
    return summary


def refuse_foreign(dest: Path, options: "BundleOptions") -> None:
    """DEST is replaced whole, so it must be absent or an archive this command wrote:
    never a folder or file that holds something else."""
    from archive.base.errors import ArchiveError

    if not os.path.lexists(dest):
        return
    if options.zip:
        if dest.is_file() and zipfile.is_zipfile(dest):
            with zipfile.ZipFile(dest) as archive:
                if all(n.startswith("item_") for n in archive.namelist()):
                    return
        raise ArchiveError(f"{dest}: exists and is not a SAF zip; give a new path")
    if dest.is_dir() and all(e.name.startswith("item_") and e.is_dir() for e in os.scandir(dest)):
        return
    raise ArchiveError(f"{dest}: exists and is not a SAF archive folder (only item_* folders); "
                       "give a new or empty folder")


def _item_target(dest: Path, options: "BundleOptions", number: int, width: int) -> Path:
    return dest if options.zip else dest / f"item_{number:0{width}d}"


def _write_items(results: "Iterable[tuple[Path, Tree | None, str | None, float]]", staging: str,
                 zipped: zipfile.ZipFile | None, width: int, written: list[Path],
                 failed: list[tuple[Path, str]]) -> float:
    import datetime as _dt

    latest = 0.0
    for bag, tree, error, moment in results:
        if tree is None:
            failed.append((bag, error or "failed"))
            continue
        written.append(bag)
        name = f"item_{len(written):0{width}d}"
        when = _dt.datetime.fromtimestamp(moment, _dt.timezone.utc)
        latest = max(latest, moment)
        if zipped is not None:
            add_to_zip(zipped, tree, when, top=name)
        else:
            write_folder(tree, os.path.join(staging, name), when)
    return latest


def _commit(staging: str, dest: Path) -> str:
    """Make the staged archive durable and put it in place; "unchanged" when identical."""
    from archive.bag.writer import sync_file_system

    if same_bundle(dest, Path(staging)):
        remove(staging)
        return "unchanged"
    fd = os.open(dest.parent, os.O_RDONLY)
    try:
        if not sync_file_system(fd):
            os.sync()
        status = put_in_place(staging, dest)
        os.fsync(fd)
    finally:
        os.close(fd)
    return status
