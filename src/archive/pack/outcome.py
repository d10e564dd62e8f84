"""What packing an input comes to: its outcome, the counts of a run, and what the writer knows
of a bag it has just written."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from archive.base.errors import ArchiveError
from archive.extract.facts import NEEDS_REVIEW

if TYPE_CHECKING:
    from archive.catalog import Entry
    from archive.read.warc import WarcMember

TAG_MANIFEST = "tagmanifest-sha512.txt"


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

    #: The article file, or the archived response (``str`` of it names the archive and offset).
    source: "Path | WarcMember"
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
    #: Records with a low-confidence value (a "needs review" warning): the ones to check.
    needs_review: int = 0
    failures: list[PackOutcome] = field(default_factory=list)
    interrupted: bool = False
    #: Records of web archives that are no article response, by reason (revisit, redirect, ...).
    skipped: Counter[str] = field(default_factory=Counter)

    def add(self, outcome: PackOutcome) -> None:
        self.counts[outcome.status] = self.counts.get(outcome.status, 0) + 1
        self.warnings += len(outcome.warnings)
        if any(w.startswith(NEEDS_REVIEW) for w in outcome.warnings):
            self.needs_review += 1
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
            "warnings": self.warnings, "needs_review": self.needs_review, "interrupted": self.interrupted,
            "failures": [{"source": str(o.source), "error": o.error} for o in self.failures],
            "skipped": dict(sorted(self.skipped.items())),
        }
        if self.keep_records:
            data["records"] = [o.to_dict() for o in self.outcomes]
        return data

def failed(path: "Path | WarcMember", exc: BaseException) -> PackOutcome:
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
