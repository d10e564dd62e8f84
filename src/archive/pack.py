"""The pack pipeline: read -> extract -> curate -> build record -> write DC / JSON-LD -> bag.

One function per article (``pack_article``) and one for a batch (``pack_paths``), which keeps
going after a bad input and reports every outcome as data for the CLI to render. Parallel
workers, interruption and crash recovery live in ``archive.batch``; this module stays the
single-article truth that both the serial and the parallel path call.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from archive import __version__
from archive.read.article import Article
from archive.bag.writer import BagGroup, BagResult, bag_files, holds_exactly, write_bag
from archive.record.dc import write_oai_dc
from archive.base.errors import ArchiveError
from archive.extract.facts import Facts
from archive.record.jsonld import write_jsonld
from archive.read import read_article
from archive.record.model import Record, build_record

if TYPE_CHECKING:
    from archive.catalog import Entry

DC_NAME = "dc.xml"
TAG_MANIFEST = "tagmanifest-sha512.txt"
JSONLD_NAME = "event.jsonld"
DCTERMS_NAME = "dcterms.xml"
RESERVED_NAMES = {DC_NAME, JSONLD_NAME, DCTERMS_NAME}


@dataclass(frozen=True)
class WrittenBag:
    """What the writer knows of a bag it has just put in place, so that the catalog and
    the resume index need not read the bag back: its catalog entry (without datestamps),
    the SHA-256 of its tag manifest and the size of every file."""

    entry: "Entry"
    tag_sha256: str
    sizes: dict[str, int]


def written_bag(record_id: str, files: dict[str, bytes]) -> WrittenBag | None:
    """Describe a bag from the bytes just written; None (the bag is read back instead)
    when the description fails."""
    from archive.catalog import describe_bag

    try:
        entry = describe_bag(record_id, files)
    except Exception:  # noqa: BLE001 - an optimisation: reading the bag back still works
        return None
    return WrittenBag(entry, hashlib.sha256(files[TAG_MANIFEST]).hexdigest(),
                      {rel: len(content) for rel, content in files.items()})


@dataclass(frozen=True)
class PackOutcome:
    """What happened to one input: ``status`` is packed, updated, unchanged or failed.

    ``written`` is set when this run wrote the bag (see ``WrittenBag``)."""

    source: Path
    status: str
    record_id: str | None = None
    bag: Path | None = None
    has_event: bool = False
    warnings: tuple[str, ...] = ()
    error: str | None = None
    written: WrittenBag | None = field(default=None, compare=False, repr=False)

    def to_dict(self) -> dict[str, object]:
        return {
            "source": str(self.source), "status": self.status, "record_id": self.record_id,
            "bag": str(self.bag) if self.bag else None, "event": self.has_event,
            "warnings": list(self.warnings), "error": self.error,
        }


STATUSES = ("packed", "updated", "unchanged", "failed")


@dataclass
class PackSummary:
    """Counts of a run, every failure, and (when ``keep_records``) every outcome.

    Counters rather than a list keep memory flat over archive-sized runs; ``--json`` asks for
    the records and pays for them.
    """

    outcomes: list[PackOutcome] = field(default_factory=list)
    keep_records: bool = True
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATUSES, 0))
    warnings: int = 0
    failures: list[PackOutcome] = field(default_factory=list)
    interrupted: bool = False

    def add(self, outcome: PackOutcome) -> None:
        self.counts[outcome.status] = self.counts.get(outcome.status, 0) + 1
        self.warnings += len(outcome.warnings)
        if outcome.status == "failed":
            self.failures.append(outcome)
        if self.keep_records:
            self.outcomes.append(outcome)

    def count(self, status: str) -> int:
        return self.counts.get(status, 0)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def failed(self) -> int:
        return self.count("failed")

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {
            "packed": self.count("packed"), "updated": self.count("updated"),
            "unchanged": self.count("unchanged"), "failed": self.failed,
            "warnings": self.warnings, "interrupted": self.interrupted,
            "failures": [{"source": str(o.source), "error": o.error} for o in self.failures],
        }
        if self.keep_records:
            data["records"] = [o.to_dict() for o in self.outcomes]
        return data


def analyse(article: Article) -> Facts:
    """Extracted facts with any curated overrides (sidecar or front matter) applied."""
    from archive.record.curate import apply_overrides, load_overrides, overrides_from_front_matter
    from archive.extract import extract_facts

    facts = extract_facts(article)
    front_matter = overrides_from_front_matter(article)
    if front_matter:
        facts = apply_overrides(facts, front_matter, str(article.path))
    sidecar, sidecar_path = load_overrides(article.path)
    if sidecar:
        facts = apply_overrides(facts, sidecar, str(sidecar_path))
    return facts


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
    from archive.record.qdc import qdc_from_records

    dc_xml, event_jsonld = write_oai_dc(record), write_jsonld(record)
    return {
        article.name: article.raw,
        DC_NAME: dc_xml,
        JSONLD_NAME: event_jsonld,
        DCTERMS_NAME: qdc_from_records(dc_xml, event_jsonld),
    }


def payload_files(payload: dict[str, bytes], record: Record, target: Path) -> dict[str, bytes]:
    """Every file of the bag around ``payload``; reads ``target`` for its Bagging-Date."""
    info = [
        ("Source-Organization", record.publisher.name if record.publisher else ""),
        ("External-Identifier", record.identifier),
        ("External-Description", record.headline),
        ("Internal-Sender-Identifier", record.file_name),
        ("Bag-Software-Agent", f"archive {__version__}"),
    ]
    draft = bag_files(payload, info + [("Bagging-Date", "0000-00-00")])
    info.insert(4, ("Bagging-Date", bagging_date(target, draft["manifest-sha512.txt"])))
    return bag_files(payload, info)


def record_files(article: Article, record: Record, target: Path) -> dict[str, bytes]:
    """Every file of the record's bag, as bytes."""
    return payload_files(record_payload(article, record), record, target)


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
    from archive.bag.writer import bag_file_sizes

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

    source: Path
    record: Record
    payload: dict[str, bytes]
    out_dir: Path

    @property
    def target(self) -> Path:
        return self.out_dir / self.record.record_id

    @property
    def warnings(self) -> tuple[str, ...]:
        return self.record.warnings + (() if self.record.event else ("no event found",))


def prepare_article(path: Path, out_dir: Path) -> Prepared:
    """Read, analyse and serialise one article; raise ArchiveError on a bad input."""
    article = read_article(path)
    if article.name in RESERVED_NAMES:
        raise ArchiveError(f"{path}: the file name {article.name!r} is reserved in the bag")
    facts = analyse(article)
    record = build_record(article, facts)
    return Prepared(path, record, record_payload(article, record), Path(out_dir))


def _plan(prepared: Prepared, force: bool) -> tuple[PackOutcome, dict[str, bytes] | None]:
    """The record's outcome if nothing needs writing, and the bag's files when it does.

    Without ``force`` an existing complete bag with the same tag manifest is left alone
    ("unchanged") without reading its payload; with ``force`` every byte of an existing bag
    is compared and any difference (a damaged payload included) is rewritten.
    """
    record, target = prepared.record, prepared.target
    files = payload_files(prepared.payload, record, target)
    outcome = PackOutcome(source=prepared.source, status="unchanged", record_id=record.record_id,
                          bag=target, has_event=record.event is not None,
                          warnings=prepared.warnings)
    if not force and is_complete_and_same(target, files):
        return outcome, None
    if force and target.is_dir() and holds_exactly(target, files):
        return outcome, None
    return outcome, files


def _original(prepared: Prepared) -> tuple[str, Path, str]:
    return prepared.record.file_name, prepared.source, prepared.record.sha256


def commit_article(prepared: Prepared, force: bool = False) -> PackOutcome:
    """Write the prepared record's bag on its own, or leave an identical one alone; raise
    BundleError when the bag cannot be written. Bags for one target must be committed in
    input order (the Bagging-Date and the status depend on what an earlier commit left)."""
    outcome, files = _plan(prepared, force)
    if files is None:
        return outcome
    result: BagResult = write_bag(prepared.target, files, _original(prepared))
    return replace(outcome, status=result.status, bag=result.path)


class RecordWriter:
    """Puts prepared records' bags on disk, many bags to one durability barrier.

    ``add`` settles a record that needs no writing at once and stages the others;
    ``seal`` hands the staged bags over as one ``StagedRecords`` whose ``commit`` makes them
    durable and renames them into place (see ``archive.bag.writer.BagGroup``), so that the next
    records can be staged while that barrier runs. Records must be added in input order,
    and a record whose target is staged already only after that commit has finished, so
    that it sees what the earlier one left, exactly as a loop over ``commit_article`` would.
    """

    def __init__(self, force: bool = False) -> None:
        self.force = force
        self._open = StagedRecords()

    def add(self, prepared: Prepared) -> PackOutcome | None:
        """The outcome when the record needs no writing, None once its bag is staged;
        raises ArchiveError when the bag cannot be staged (nothing is left behind)."""
        outcome, files = _plan(prepared, self.force)
        if files is None:
            return outcome
        self._open.group.stage(prepared.target, files, _original(prepared))
        self._open.staged.append((outcome, written_bag(prepared.target.name, files)))
        return None

    def seal(self) -> "StagedRecords":
        """The records staged so far, to be committed (or discarded) as one group."""
        sealed, self._open = self._open, StagedRecords()
        return sealed

    def discard(self) -> None:
        """Drop the staged records (after an interruption): no bag of theirs is written."""
        self.seal().discard()


class StagedRecords:
    """Staged bags sealed into one group: committed together, or discarded together."""

    def __init__(self) -> None:
        self.group = BagGroup()
        self.staged: list[tuple[PackOutcome, WrittenBag | None]] = []

    def commit(self) -> list[PackOutcome]:
        """Outcomes of the staged records, in the order they were added."""
        staged, self.staged = self.staged, []
        outcomes = []
        for (outcome, written), result in zip(staged, self.group.commit()):
            if isinstance(result, BagResult):
                outcomes.append(replace(outcome, status=result.status, bag=result.path,
                                        written=written))
            else:
                outcomes.append(failed(outcome.source, result))
        return outcomes

    def discard(self) -> None:
        self.staged = []
        self.group.discard()


def pack_article(path: Path, out_dir: Path, force: bool = False) -> PackOutcome:
    """Pack one article into ``out_dir/<record-id>``; raise ArchiveError on a bad input."""
    return commit_article(prepare_article(path, out_dir), force)


def failed(path: Path, exc: BaseException) -> PackOutcome:
    """The "failed" outcome for an exception, with a one-line reason."""
    if isinstance(exc, ArchiveError):
        message = str(exc)
        prefix = f"{path}: "
        reason = message[len(prefix):] if message.startswith(prefix) else message
    elif isinstance(exc, MemoryError):
        reason = "internal error: out of memory"
    else:
        reason = f"internal error: {type(exc).__name__}: {exc}"
    return PackOutcome(source=path, status="failed", error=" ".join(reason.split()))


def pack_one(path: Path, out_dir: Path, force: bool = False) -> PackOutcome:
    """``pack_article`` that never raises: any failure becomes a "failed" outcome.

    Unexpected exceptions (a bug the fuzzer found, a RecursionError on a hostile input) are
    caught too, because one bad input must never stop the other 9,999.
    """
    try:
        return pack_article(path, out_dir, force)
    except Exception as exc:  # noqa: BLE001 - fault isolation is the point
        return failed(path, exc)


#: Bags recorded in the catalog per transaction during a run.
CATALOG_BATCH = 500


def pack_paths(
    paths: Iterable[Path], out_dir: Path,
    on_outcome: Callable[[PackOutcome], None] | None = None,
    *, jobs: int = 1, force: bool = False, keep_records: bool = True,
    on_total: Callable[[int], None] | None = None, catalog: bool = True,
) -> PackSummary:
    """Pack every article found under ``paths``; a bad input is recorded and skipped.

    ``jobs`` > 1 packs in worker processes (see ``archive.batch``); outcomes still reach
    ``on_outcome`` in input order, so output is the same whatever ``jobs`` is. Stale staging
    folders left by killed runs are cleared first. Inputs whose bag is known to be intact
    (``archive.resume``) are reported "unchanged" without extraction unless ``force``.
    ``KeyboardInterrupt`` propagates after workers are stopped and staging is cleaned, with
    ``summary.interrupted`` set on the summary attached to the exception as ``exc.summary``. With ``catalog`` every bag written
    or found intact is recorded in ``out_dir/catalog.sqlite`` (see ``archive.catalog``).
    """
    from archive.batch import run_batch

    summary = PackSummary(keep_records=keep_records)
    if not catalog:
        run_batch(paths, out_dir, summary, on_outcome, jobs=jobs, force=force,
                  on_total=on_total)
        return summary
    from archive.catalog import update_catalog

    pending: list[Path] = []
    described: dict[str, Entry] = {}  # bags this run wrote, described from their bytes

    def catalogue() -> None:
        update_catalog(out_dir, pending, described=described)
        pending.clear()
        described.clear()

    def record(outcome: PackOutcome) -> None:
        if outcome.bag is not None and outcome.status != "failed":
            pending.append(outcome.bag)
            if outcome.written is not None:
                described[outcome.bag.name] = outcome.written.entry
            if len(pending) >= CATALOG_BATCH:  # keep memory flat on long runs
                catalogue()
        if on_outcome is not None:
            on_outcome(outcome)

    try:
        run_batch(paths, out_dir, summary, record, jobs=jobs, force=force, on_total=on_total)
    finally:
        if pending:  # also after an interruption: what was packed is catalogued
            catalogue()
    return summary
