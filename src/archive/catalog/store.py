"""A catalog of packed records in one embedded SQLite file (``<RECORDS>/catalog.sqlite``).

The bags stay the source of truth: every column is read from a bag's own files, and
``rebuild_catalog`` recreates the catalog from the bags alone. What the catalog adds is time:
``first_packed`` (the bag's Bagging-Date) and ``last_changed`` (when the catalog first saw the
bag's current tag manifest), which OAI-PMH datestamps and sitemap lastmod need.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

from archive.catalog.describe import (
    TAG_MANIFEST,
    bag_info,
    bagging_stamp,
    date_stamp,
    is_bag,
    mtime_stamp,
    read_entry,
    survey,
    tag_digest,
)
from archive.catalog.entry import COLUMNS, Entry, now_stamp

CATALOG_NAME = "catalog.sqlite"
SCHEMA_VERSION = "1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS records (
    record_id TEXT PRIMARY KEY,
    identifier TEXT NOT NULL,
    title TEXT NOT NULL,
    event_name TEXT,
    event_type TEXT,
    start_date TEXT,
    end_date TEXT,
    place TEXT,
    country TEXT,
    country_name TEXT,
    organisations TEXT NOT NULL,
    publisher TEXT,
    published TEXT,
    language TEXT,
    original TEXT NOT NULL,
    source_url TEXT,
    year TEXT,
    sort_date TEXT NOT NULL,
    bagging_date TEXT,
    first_packed TEXT NOT NULL,
    last_changed TEXT NOT NULL,
    tag_digest TEXT NOT NULL,
    files TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS records_changed ON records (last_changed, record_id);
CREATE TABLE IF NOT EXISTS record_sets (
    record_id TEXT NOT NULL REFERENCES records (record_id) ON DELETE CASCADE,
    set_spec TEXT NOT NULL,
    set_name TEXT NOT NULL,
    PRIMARY KEY (set_spec, record_id)
);
CREATE INDEX IF NOT EXISTS record_sets_record ON record_sets (record_id);
CREATE TABLE IF NOT EXISTS deleted (
    record_id TEXT PRIMARY KEY,
    datestamp TEXT NOT NULL,
    set_specs TEXT NOT NULL
);
"""


def catalog_path(records_dir: Path) -> Path:
    return records_dir / CATALOG_NAME


def can_write(folder: Path) -> bool:
    """Whether files can be created in ``folder`` (not a read-only mount, not immutable, not
    lacking permission); tried, not guessed from mode bits, which root ignores."""
    import tempfile

    try:
        fd, probe = tempfile.mkstemp(prefix=".archive-probe-", dir=folder)
    except OSError:
        return False
    os.close(fd)
    os.unlink(probe)
    return True


def cached_catalog_path(records_dir: Path) -> Path:
    """Where the catalog of a records folder that cannot be written is kept instead."""
    import hashlib

    from archive.base.cachedir import cache_dir

    key = hashlib.sha256(os.fsencode(records_dir.resolve())).hexdigest()[:20]
    return cache_dir() / "catalogs" / f"{key}.sqlite"


def choose_catalog(records_dir: Path, catalog: Path | None = None) -> Path:
    """The catalog file to write: ``catalog`` when named, else ``RECORDS/catalog.sqlite``, or
    when the records folder or its catalog cannot be written, a copy in the cache folder
    (seeded from the records folder's catalog, so datestamps are kept)."""
    if catalog is not None:
        return catalog
    local = catalog_path(records_dir)
    if can_write(records_dir) and (not local.exists() or os.access(local, os.W_OK)
                                   and _opens_for_writing(local)):
        return local
    cached = cached_catalog_path(records_dir)
    cached.parent.mkdir(parents=True, exist_ok=True)
    if local.is_file() and not cached.exists():
        staged = cached.with_name(cached.name + ".part")
        shutil.copyfile(local, staged)
        os.replace(staged, cached)
    return cached


def _opens_for_writing(path: Path) -> bool:
    try:
        os.close(os.open(path, os.O_RDWR))
    except OSError:
        return False
    return True


def connect(path: Path, readonly: bool = False) -> sqlite3.Connection:
    """A connection with the schema in place; ``readonly`` for the server's requests (which
    also works on read-only storage)."""
    if readonly:
        uri = path.resolve().as_uri() + "?mode=ro"
        if not can_write(path.parent):
            uri += "&immutable=1"  # no journal can exist beside it, and none can be made
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=30)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.executescript(_SCHEMA)
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)",
                     (SCHEMA_VERSION,))
    conn.row_factory = sqlite3.Row
    return conn


def _forget(conn: sqlite3.Connection, record_id: str, stamp: str) -> int:
    """Remove a record whose bag is gone, keeping a deletion mark (with its sets, for
    selective harvesting) that OAI-PMH reports; returns 1 if there was such a record."""
    specs = [r[0] for r in conn.execute("SELECT set_spec FROM record_sets WHERE record_id = ? "
                                        "ORDER BY set_spec", (record_id,))]
    conn.execute("DELETE FROM record_sets WHERE record_id = ?", (record_id,))
    gone = conn.execute("DELETE FROM records WHERE record_id = ?", (record_id,)).rowcount
    if gone:
        conn.execute("INSERT OR REPLACE INTO deleted VALUES (?, ?, ?)",
                     (record_id, stamp, json.dumps(specs)))
    return int(gone)


def _store(conn: sqlite3.Connection, entry: Entry) -> None:
    conn.execute("DELETE FROM deleted WHERE record_id = ?", (entry.record_id,))
    conn.execute("DELETE FROM record_sets WHERE record_id = ?", (entry.record_id,))
    placeholders = ", ".join("?" for _ in COLUMNS)
    conn.execute(f"INSERT OR REPLACE INTO records ({', '.join(COLUMNS)}) "
                 f"VALUES ({placeholders})", entry.to_row())
    conn.executemany("INSERT OR IGNORE INTO record_sets VALUES (?, ?, ?)",
                     [(entry.record_id, spec, name) for spec, name in entry.sets])


def _known(conn: sqlite3.Connection, record_id: str) -> tuple[str, str, str] | None:
    row = conn.execute("SELECT tag_digest, first_packed, last_changed FROM records "
                       "WHERE record_id = ?", (record_id,)).fetchone()
    return (row[0], row[1], row[2]) if row else None


def _refresh(conn: sqlite3.Connection, bag: Path, stamp: Callable[[Path], str],
             described: Entry | None = None) -> str:
    """Catalogue one bag; returns 'added', 'changed', 'unchanged' or 'removed'.

    ``described`` is the bag's entry when the caller has just written the bag and
    described it from the bytes it wrote (``describe_bag``); the bag is then not read.
    """
    if described is None and (not is_bag(bag) or not (bag / TAG_MANIFEST).is_file()):
        try:
            gone_at = stamp(bag)
        except OSError:  # an mtime stamp of a bag that is not there
            gone_at = now_stamp()
        return "removed" if _forget(conn, bag.name, gone_at) else "unchanged"
    known = _known(conn, bag.name)
    digest = described.tag_digest if described is not None else tag_digest(bag)
    if known and known[0] == digest:
        return "unchanged"
    info: dict[str, str] | None = None
    if described is not None:
        bagged = date_stamp(described.bagging_date)
    else:
        try:
            info = bag_info(bag)
        except (OSError, ValueError):
            info = None  # read_entry reads it again and raises as before
        bagged = bagging_stamp(bag, info) if info is not None else bagging_stamp(bag)
    first = known[1] if known else (bagged or stamp(bag))
    changed = max(stamp(bag), first)
    if known and changed <= known[2]:
        changed = known[2]  # a clock set back must not move a datestamp backwards
    if described is not None:
        entry = replace(described, first_packed=first, last_changed=changed)
    else:
        entry = read_entry(bag, first, changed, info=info, digest=digest)
    _store(conn, entry)
    return "changed" if known else "added"


def update_catalog(records_dir: Path, bags: Iterable[Path], *,
                   clock: Callable[[], str] = now_stamp,
                   described: Mapping[str, Entry] | None = None) -> None:
    """Bring the catalog up to date for ``bags`` (as ``archive pack`` writes them).

    Idempotent: a bag whose tag manifest is unchanged is left as it was; a changed bag gets
    ``last_changed`` = now; a path that is no longer a bag is removed from the catalog.
    ``described`` maps a bag's name to the entry its writer made from the bytes it wrote;
    those bags are not read back.
    """
    bags = list(bags)
    described = described or {}
    with closing(connect(catalog_path(records_dir))) as conn, conn:
        for bag in bags:
            bag = Path(bag)
            _refresh(conn, bag, lambda _b: clock(), described.get(bag.name))


@dataclass
class IndexReport:
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    removed: int = 0
    catalog: str = ""
    #: the catalog is not in the records folder because that folder cannot be written
    elsewhere: bool = False
    #: (folder, reason) for everything in the records folder that is not in the catalog
    left_out: list[tuple[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["left_out"] = [{"path": p, "reason": r} for p, r in self.left_out]
        return data


def rebuild_catalog(records_dir: Path, *, clock: Callable[[], str] = now_stamp,
                    catalog: Path | None = None) -> IndexReport:
    """Re-read every bag under ``records_dir``; keep datestamps of bags that did not change.

    With no earlier catalog, ``last_changed`` is the time the bag's tag manifest was written.
    The catalog is ``catalog`` when given, else ``choose_catalog`` decides (the records
    folder, or the cache folder when the records are read-only: ``report.elsewhere``).
    """
    bags, left_out = survey(records_dir)
    if not bags and not left_out and not (catalog or catalog_path(records_dir)).exists():
        # nothing to index and no catalog to update: say so, and write nothing
        raise ValueError("no bags in this folder (is it the folder 'archive pack -o' wrote?)")
    path = choose_catalog(records_dir, catalog)
    report = IndexReport(catalog=str(path),
                         elsewhere=catalog is None and path != catalog_path(records_dir))
    report.left_out = [(str(p), reason) for p, reason in left_out]
    names = {b.name for b in bags}
    with closing(connect(path)) as conn, conn:
        had_rows = conn.execute("SELECT COUNT(*) FROM records").fetchone()[0] > 0
        for (record_id,) in conn.execute("SELECT record_id FROM records").fetchall():
            if record_id not in names:
                report.removed += _forget(conn, record_id, clock())
        stamp: Callable[[Path], str] = (lambda _b: clock()) if had_rows else mtime_stamp
        for bag in bags:
            try:
                status = _refresh(conn, bag, stamp)
            except Exception as exc:  # noqa: BLE001 - a hostile bag never stops the others
                report.left_out.append((str(bag), f"cannot read the record: {_reason(exc)}"))
                report.removed += _forget(conn, bag.name, clock())
                continue
            setattr(report, status, getattr(report, status) + 1)
    report.left_out.sort()
    return report


def _reason(exc: Exception) -> str:
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc}" + (f" ({Path(exc.filename).name})" if exc.filename else "")
    return str(exc) if isinstance(exc, ValueError) else f"{type(exc).__name__}: {exc}"
