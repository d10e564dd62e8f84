"""The single-article pipeline: read -> extract -> curate -> build record -> write DC / JSON-LD
-> bag.

``prepare_article`` reads, analyses and serialises one article; ``commit_article`` puts its bag
on disk (or leaves an identical one alone); ``pack_article`` does both, ``pack_one`` without
ever raising. This module knows nothing of batches: ``archive.pack.batch`` runs it over many
inputs, and ``archive.pack.writer`` commits many of its bags to one durability barrier.
"""

from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from archive import __version__
from archive.bag.writer import BagResult, bag_file_sizes, bag_files, holds_exactly, write_bag
from archive.base.errors import ArchiveError
from archive.pack.outcome import TAG_MANIFEST, PackOutcome, failed
from archive.read import read_article
from archive.read.article import Article
from archive.record.dc import write_oai_dc
from archive.record.jsonld import write_jsonld
from archive.record.model import Record, build_record
from archive.record.provenance import provenance_tags
from archive.record.qdc import qdc_from_records

if TYPE_CHECKING:  # the facts module loads the whole extractor, which analyse imports when first called
    from archive.extract.facts import Facts
    from archive.pack.inputs import Source

DC_NAME = "dc.xml"
JSONLD_NAME = "event.jsonld"
DCTERMS_NAME = "dcterms.xml"
RESERVED_NAMES = {DC_NAME, JSONLD_NAME, DCTERMS_NAME}


def analyse(article: Article) -> Facts:
    """Extracted facts with any curated overrides (sidecar or front matter) applied."""
    from archive.extract import extract_facts
    from archive.record.curate import apply_overrides, load_overrides, overrides_from_front_matter

    facts = with_capture_date(extract_facts(article), article)
    front_matter = overrides_from_front_matter(article)
    if front_matter:
        facts = apply_overrides(facts, front_matter, str(article.path))
    sidecar, sidecar_path = load_overrides(article.path)
    if sidecar:
        facts = apply_overrides(facts, sidecar, str(sidecar_path))
    return facts


def with_capture_date(facts: Facts, article: Article) -> Facts:
    """An archived page that states no publication date was published by its capture at
    the latest: the capture date (WARC-Date) stands in, at medium confidence."""
    captured = article.metadata.get("captured")
    if facts.published is not None or not isinstance(captured, str) or len(captured) < 10:
        return facts
    from archive.extract.facts import Fact

    return facts.with_fact("published", Fact(captured[:10], f"WARC-Date: {captured}", -1,
                                             "metadata", "medium"))


def applied_sidecar(article: Article) -> Path | None:
    """The curation sidecar ``analyse`` applies to this article (None: none, or empty)."""
    from archive.record.curate import load_overrides

    overrides, path = load_overrides(article.path)
    return path if overrides else None


def bagging_date(target: Path, manifest: bytes) -> str:
    """SOURCE_DATE_EPOCH when set; else the date of an existing bag of the same payload;
    else today (UTC). Re-packing unchanged input therefore never changes a bag."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return _dt.datetime.fromtimestamp(int(epoch), _dt.timezone.utc).date().isoformat()
        except (ValueError, OverflowError, OSError):
            raise ArchiveError(f"SOURCE_DATE_EPOCH is not a Unix timestamp: {epoch!r}") from None
    try:
        if (target / "manifest-sha512.txt").read_bytes() == manifest:
            for line in (target / "bag-info.txt").read_text(encoding="utf-8").splitlines():
                if line.startswith("Bagging-Date:"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return _dt.datetime.now(_dt.timezone.utc).date().isoformat()


def record_payload(article: Article, record: Record) -> dict[str, bytes]:
    """The bag's payload: the original byte for byte, dc.xml (oai_dc), event.jsonld and
    dcterms.xml (qualified DC, derived from the other two records)."""
    dc_xml, event_jsonld = write_oai_dc(record), write_jsonld(record)
    return {
        article.name: article.raw,
        DC_NAME: dc_xml,
        JSONLD_NAME: event_jsonld,
        DCTERMS_NAME: qdc_from_records(dc_xml, event_jsonld),
    }


def payload_files(payload: dict[str, bytes], record: Record, target: Path,
                  provenance: tuple[tuple[str, str], ...] = (),
                  tags: dict[str, bytes] | None = None) -> dict[str, bytes]:
    """Every file of the bag around ``payload`` and the ``metadata/`` tag files ``tags``;
    reads ``target`` for its Bagging-Date. ``provenance``: where an archived original came
    from (WARC-Target-URI, WARC-Date, ...), as bag-info.txt labels."""
    info = [
        ("Source-Organization", record.publisher.name if record.publisher else ""),
        ("External-Identifier", record.identifier),
        ("External-Description", record.headline),
        ("Internal-Sender-Identifier", record.file_name),
        ("Bag-Software-Agent", f"archive {__version__}"),
        *provenance,
    ]
    draft = bag_files(payload, info + [("Bagging-Date", "0000-00-00")])
    info.insert(4, ("Bagging-Date", bagging_date(target, draft["manifest-sha512.txt"])))
    return bag_files(payload, info, tags)


def record_files(article: Article, record: Record, target: Path,
                 tags: dict[str, bytes] | None = None) -> dict[str, bytes]:
    """Every file of the record's bag, as bytes."""
    return payload_files(record_payload(article, record), record, target, tags=tags)


def is_complete_and_same(target: Path, files: dict[str, bytes]) -> bool:
    """Cheap "unchanged" test for resumable runs: the bag on disk has exactly these files,
    each of the expected size, and its tag manifest is byte-identical to the one we would
    write.

    The tag manifest fixes bagit.txt, bag-info.txt (software version, Bagging-Date, Oxum)
    and the payload manifest, which fixes every payload file's SHA-512; so equality means
    the same source bytes, options and facts. Payload bytes are not re-read (``--force``
    and ``archive validate`` do that): a run over 10,000 packed records costs one small read
    and a few stats per record.
    """
    try:
        expected = files.get(TAG_MANIFEST)
        if expected is None or (target / TAG_MANIFEST).read_bytes() != expected:
            return False
    except OSError:
        return False
    return bag_file_sizes(target) == {rel: len(content) for rel, content in files.items()}


@dataclass(frozen=True)
class Prepared:
    """An article read, analysed and serialised: everything but the bag on disk.

    Packing is split here so that the next article can be extracted while the bags of
    earlier ones wait for their durability barrier (``RecordWriter``).
    """

    source: "Source"
    record: Record
    payload: dict[str, bytes]
    out_dir: Path
    provenance: tuple[tuple[str, str], ...] = ()
    #: the provenance tag files under metadata/ (archive.record.provenance)
    tags: dict[str, bytes] = field(default_factory=dict)

    @property
    def target(self) -> Path:
        return self.out_dir / self.record.record_id

    @property
    def warnings(self) -> tuple[str, ...]:
        return self.record.warnings + (() if self.record.event else ("no event found",))


def read_source(source: "Source") -> Article:
    """An article file, or one archived response of a WARC or WACZ file."""
    if isinstance(source, Path):
        return read_article(source)
    from archive.read.warc import read_warc_article

    return read_warc_article(source)


def prepare_article(path: "Source", out_dir: Path) -> Prepared:
    """Read, analyse and serialise one article; raise ArchiveError on a bad input."""
    article = read_source(path)
    if article.name in RESERVED_NAMES:
        raise ArchiveError(f"{path}: the file name {article.name!r} is reserved in the bag")
    facts = analyse(article)
    record = build_record(article, facts)
    warc = article.metadata.get("warc")
    provenance = tuple(warc.items()) if isinstance(warc, dict) else ()
    tags = provenance_tags(article, facts, record, f"archive {__version__}",
                           applied_sidecar(article))
    return Prepared(path, record, record_payload(article, record), Path(out_dir), provenance,
                    tags)


def plan(prepared: Prepared, force: bool) -> tuple[PackOutcome, dict[str, bytes] | None]:
    """The record's outcome if nothing needs writing, and the bag's files when it does.

    Without ``force`` an existing complete bag with the same tag manifest is left alone
    ("unchanged") without reading its payload; with ``force`` every byte of an existing bag
    is compared and any difference (a damaged payload included) is rewritten.
    """
    record, target = prepared.record, prepared.target
    files = payload_files(prepared.payload, record, target, prepared.provenance, prepared.tags)
    outcome = PackOutcome(source=prepared.source, status="unchanged", record_id=record.record_id,
                          bag=target, has_event=record.event is not None,
                          warnings=prepared.warnings)
    if not force and is_complete_and_same(target, files):
        return outcome, None
    if force and target.is_dir() and holds_exactly(target, files):
        return outcome, None
    return outcome, files


def original_of(prepared: Prepared) -> tuple[str, Path, str]:
    source = prepared.source
    return (prepared.record.file_name, source if isinstance(source, Path) else source.warc,
            prepared.record.sha256)


def commit_article(prepared: Prepared, force: bool = False) -> PackOutcome:
    """Write the prepared record's bag on its own, or leave an identical one alone; raise
    BundleError when the bag cannot be written. Bags for one target must be committed in
    input order (the Bagging-Date and the status depend on what an earlier commit left)."""
    outcome, files = plan(prepared, force)
    if files is None:
        return outcome
    result: BagResult = write_bag(prepared.target, files, original_of(prepared))
    return replace(outcome, status=result.status, bag=result.path)


def pack_article(path: "Source", out_dir: Path, force: bool = False) -> PackOutcome:
    """Pack one article into ``out_dir/<record-id>``; raise ArchiveError on a bad input."""
    return commit_article(prepare_article(path, out_dir), force)


def pack_one(path: "Source", out_dir: Path, force: bool = False) -> PackOutcome:
    """``pack_article`` that never raises: any failure becomes a "failed" outcome.

    Unexpected exceptions (a bug the fuzzer found, a RecursionError on a hostile input) are
    caught too, because one bad input must never stop the other 9,999.
    """
    try:
        return pack_article(path, out_dir, force)
    except Exception as exc:  # noqa: BLE001 - fault isolation is the point
        return failed(path, exc)
