"""The pack pipeline: read -> extract -> curate -> build record -> write DC / JSON-LD -> bag.

One function per article (``pack_article``) and one for a batch (``pack_paths``), which keeps
going after a bad input and reports every outcome as data for the CLI to render.
"""

from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from archive import __version__
from archive.article import Article
from archive.bag import BagResult, bag_files, write_bag
from archive.dc import write_oai_dc
from archive.errors import ArchiveError
from archive.facts import Facts
from archive.jsonld import write_jsonld
from archive.read import iter_article_paths, read_article
from archive.record import Record, build_record

DC_NAME = "dc.xml"
JSONLD_NAME = "event.jsonld"
RESERVED_NAMES = {DC_NAME, JSONLD_NAME}


@dataclass(frozen=True)
class PackOutcome:
    """What happened to one input: ``status`` is packed, updated, unchanged or failed."""

    source: Path
    status: str
    record_id: str | None = None
    bag: Path | None = None
    has_event: bool = False
    warnings: tuple[str, ...] = ()
    error: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "source": str(self.source), "status": self.status, "record_id": self.record_id,
            "bag": str(self.bag) if self.bag else None, "event": self.has_event,
            "warnings": list(self.warnings), "error": self.error,
        }


@dataclass
class PackSummary:
    outcomes: list[PackOutcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def failed(self) -> int:
        return self.count("failed")

    def to_dict(self) -> dict[str, object]:
        return {
            "packed": self.count("packed"), "updated": self.count("updated"),
            "unchanged": self.count("unchanged"), "failed": self.failed,
            "warnings": sum(len(o.warnings) for o in self.outcomes),
            "records": [o.to_dict() for o in self.outcomes],
        }


def analyse(article: Article) -> Facts:
    """Extracted facts with any curated overrides (sidecar or front matter) applied."""
    from archive.curate import apply_overrides, load_overrides, overrides_from_front_matter
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


def record_files(article: Article, record: Record, target: Path) -> dict[str, bytes]:
    """Every file of the record's bag, as bytes."""
    payload = {
        article.name: article.raw,
        DC_NAME: write_oai_dc(record),
        JSONLD_NAME: write_jsonld(record),
    }
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


def pack_article(path: Path, out_dir: Path) -> PackOutcome:
    """Pack one article into ``out_dir/<record-id>``; raise ArchiveError on a bad input."""
    article = read_article(path)
    if article.name in RESERVED_NAMES:
        raise ArchiveError(f"{path}: the file name {article.name!r} is reserved in the bag")
    facts = analyse(article)
    record = build_record(article, facts)
    target = out_dir / record.record_id
    files = record_files(article, record, target)
    result: BagResult = write_bag(target, files, (article.name, path, record.sha256))
    warnings = record.warnings + (() if record.event else ("no event found",))
    return PackOutcome(source=path, status=result.status, record_id=record.record_id,
                       bag=result.path, has_event=record.event is not None, warnings=warnings)


def pack_paths(
    paths: Iterable[Path], out_dir: Path,
    on_outcome: Callable[[PackOutcome], None] | None = None,
) -> PackSummary:
    """Pack every article found under ``paths``; a bad input is recorded and skipped."""
    summary = PackSummary()
    for path in _unique(iter_article_paths(paths)):
        try:
            outcome = pack_article(path, out_dir)
        except ArchiveError as exc:
            message = str(exc)
            prefix = f"{path}: "
            outcome = PackOutcome(source=path, status="failed",
                                  error=message[len(prefix):] if message.startswith(prefix)
                                  else message)
        summary.outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)
    return summary


def _unique(paths: Iterator[Path]) -> Iterator[Path]:
    seen: set[Path] = set()
    for path in paths:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            yield path
