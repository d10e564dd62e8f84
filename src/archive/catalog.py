"""A catalog of packed records in one embedded SQLite file (``<RECORDS>/catalog.sqlite``).

The bags stay the source of truth: every column is read from a bag's own files, and
``rebuild_catalog`` recreates the catalog from the bags alone. What the catalog adds is time:
``first_packed`` (the bag's Bagging-Date) and ``last_changed`` (when the catalog first saw the
bag's current tag manifest), which OAI-PMH datestamps and sitemap lastmod need.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import sqlite3
from contextlib import closing
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping

from archive.record.qdc import (BagMetadata, article_of, is_event, parse_dc, place_parts,
                         read_bag_metadata)

CATALOG_NAME = "catalog.sqlite"
TAG_MANIFEST = "tagmanifest-sha512.txt"
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
"""

_COLUMNS = ("record_id", "identifier", "title", "event_name", "event_type", "start_date",
            "end_date", "place", "country", "country_name", "organisations", "publisher",
            "published", "language", "original", "source_url", "year", "sort_date",
            "bagging_date", "first_packed", "last_changed", "tag_digest", "files")


def utc_stamp(moment: _dt.datetime) -> str:
    """OAI-PMH seconds granularity: YYYY-MM-DDThh:mm:ssZ in UTC."""
    return moment.astimezone(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def now_stamp() -> str:
    return utc_stamp(_dt.datetime.now(_dt.timezone.utc))


@dataclass(frozen=True)
class Entry:
    """One catalogued record: what a listing, a landing page or an OAI header needs."""

    record_id: str
    identifier: str
    title: str
    event_name: str | None
    event_type: str | None
    start_date: str | None
    end_date: str | None
    place: str | None
    country: str | None
    country_name: str | None
    organisations: tuple[str, ...]
    publisher: str | None
    published: str | None
    language: str | None
    original: str
    source_url: str | None
    year: str | None
    sort_date: str
    bagging_date: str | None
    first_packed: str
    last_changed: str
    tag_digest: str
    files: tuple[str, ...]
    sets: tuple[tuple[str, str], ...] = field(default=())

    @property
    def set_specs(self) -> tuple[str, ...]:
        return tuple(spec for spec, _ in self.sets)

    def to_row(self) -> tuple[Any, ...]:
        values = [getattr(self, c) for c in _COLUMNS]
        values[_COLUMNS.index("organisations")] = json.dumps(list(self.organisations))
        values[_COLUMNS.index("files")] = json.dumps(list(self.files))
        return tuple(values)

    @classmethod
    def from_row(cls, row: sqlite3.Row, sets: Iterable[tuple[str, str]] = ()) -> "Entry":
        data = {c: row[c] for c in _COLUMNS}
        data["organisations"] = tuple(json.loads(data["organisations"]))
        data["files"] = tuple(json.loads(data["files"]))
        return cls(**data, sets=tuple(sets))

    def to_dict(self) -> dict[str, Any]:
        data = {c: getattr(self, c) for c in _COLUMNS}
        data["organisations"] = list(self.organisations)
        data["files"] = list(self.files)
        data["sets"] = [spec for spec, _ in self.sets]
        return data


# ---------------------------------------------------------------------------------------------
# Reading a bag


def is_bag(path: Path) -> bool:
    return path.is_dir() and (path / "bagit.txt").is_file() and not path.name.startswith(".")


def find_bags(records_dir: Path) -> list[Path]:
    """Bags directly under ``records_dir`` (staging folders are hidden and skipped)."""
    if not records_dir.is_dir():
        return []
    return sorted(p for p in records_dir.iterdir() if is_bag(p))


def tag_digest(bag: Path) -> str:
    """SHA-512 of the tag manifest: it covers bag-info.txt and every payload checksum."""
    return hashlib.sha512((bag / TAG_MANIFEST).read_bytes()).hexdigest()


def bag_info(bag: Path) -> dict[str, str]:
    """bag-info.txt labels (first value of each; continuation lines are joined)."""
    return parse_bag_info((bag / "bag-info.txt").read_text(encoding="utf-8"))


def parse_bag_info(text: str) -> dict[str, str]:
    info: dict[str, str] = {}
    last: str | None = None
    for line in text.splitlines():
        if line[:1] in (" ", "\t") and last:
            info[last] += " " + line.strip()
        elif ":" in line:
            label, value = line.split(":", 1)
            last = label.strip()
            info.setdefault(last, value.strip())
    return info


def _slug(text: str) -> str:
    from archive.record.model import slugify

    return slugify(text, limit=64)


def _country_name(code: str) -> str | None:
    try:
        from archive.record.model import country_name

        return country_name(code)
    except (ImportError, LookupError, KeyError):
        return None


def _names(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value] if value else []
    return [str(i["name"]) for i in items if isinstance(i, dict) and i.get("name")]


def read_entry(bag: Path, first_packed: str, last_changed: str, *,
               info: dict[str, str] | None = None, digest: str | None = None) -> Entry:
    """Describe one bag from its files alone (``info`` and ``digest``: its bag-info.txt
    labels and tag manifest digest when the caller has just read them)."""
    if info is None:
        info = bag_info(bag)
    return _entry(bag.name, info, read_bag_metadata(bag), _bag_file_names(bag),
                  digest if digest is not None else tag_digest(bag), first_packed, last_changed)


def describe_bag(record_id: str, files: dict[str, bytes]) -> Entry:
    """Describe a bag from the bytes of its files (by relative path), as the writer holds
    them: the same entry ``read_entry`` reads back from disk, without reading anything.
    ``first_packed`` and ``last_changed`` are left empty for the catalog to fill in."""
    dc, jsonld = files.get("data/dc.xml"), files.get("data/event.jsonld")
    loaded = json.loads(jsonld) if jsonld else {}
    meta = BagMetadata(dc=parse_dc(dc) if dc else (),
                       jsonld=loaded if isinstance(loaded, dict) else {})
    info = parse_bag_info(files["bag-info.txt"].decode("utf-8"))
    digest = hashlib.sha512(files[TAG_MANIFEST]).hexdigest()
    return _entry(record_id, info, meta, sorted(files), digest, "", "")


def _entry(record_id: str, info: dict[str, str], meta: BagMetadata, files: list[str],
           digest: str, first_packed: str, last_changed: str) -> Entry:
    doc, article = meta.jsonld, article_of(meta.jsonld)
    event = is_event(doc)
    venue, locality, country = place_parts(doc) if event else (None, None, None)
    country = str(country).upper() if country else None
    country_name = _country_name(country) if country else None
    place = ", ".join(dict.fromkeys(p for p in (venue, locality, country_name or country) if p))
    publisher = (_names(article.get("publisher")) or [info.get("Source-Organization", "")])[0]
    orgs: list[str] = []
    if event:
        for key in ("organizer", "contributor", "funder"):
            orgs.extend(_names(doc.get(key)))
    if publisher:
        orgs.append(publisher)
    orgs = list(dict.fromkeys(orgs))
    start = doc.get("startDate") if event else None
    published = article.get("datePublished")
    dated = start or published or ""
    year = dated[:4] if dated[:4].isdigit() else None
    titles = meta.dc_values("title")
    title = (titles[0] if titles else article.get("headline")
             or info.get("External-Description") or record_id)
    sets: list[tuple[str, str]] = []
    if year:
        sets += [("year", "Year"), (f"year:{year}", year)]
    if country:
        sets += [("country", "Country"), (f"country:{country}", country_name or country)]
    if orgs:
        sets.append(("org", "Organisation"))
        for org in orgs:
            sets.append((f"org:{_slug(org)}", org))
    return Entry(
        record_id=record_id,
        identifier=str(article.get("identifier") or info.get("External-Identifier") or ""),
        title=str(title),
        event_name=doc.get("name") if event else None,
        event_type=doc.get("@type") if event else None,
        start_date=start,
        end_date=doc.get("endDate") if event else None,
        place=place or None,
        country=country,
        country_name=country_name,
        organisations=tuple(orgs),
        publisher=publisher or None,
        published=published,
        language=article.get("inLanguage"),
        original=info.get("Internal-Sender-Identifier") or str(article.get("name") or ""),
        source_url=article.get("url"),
        year=year,
        sort_date=dated,
        bagging_date=info.get("Bagging-Date"),
        first_packed=first_packed,
        last_changed=last_changed,
        tag_digest=digest,
        files=tuple(files),
        sets=tuple(dict.fromkeys(sets)),
    )


def _bag_file_names(bag: Path) -> list[str]:
    """Every file under the bag, relative, sorted. A bag of plain files (tag files and a
    data/ folder of plain files, which is what pack writes) is listed with two scandirs;
    anything else (links, deeper folders) takes the general path."""
    from archive.bag.writer import bag_file_sizes

    sizes = bag_file_sizes(bag)
    if sizes is not None:
        return sorted(sizes)
    return sorted(p.relative_to(bag).as_posix() for p in bag.rglob("*") if p.is_file())


def _bagging_stamp(bag: Path, info: dict[str, str] | None = None) -> str | None:
    try:
        return _date_stamp((bag_info(bag) if info is None else info).get("Bagging-Date"))
    except (OSError, ValueError):
        return None


def _date_stamp(date: str | None) -> str | None:
    """A Bagging-Date as an OAI-PMH datestamp (midnight UTC), None when it is no date."""
    try:
        return f"{_dt.date.fromisoformat(date or '').isoformat()}T00:00:00Z"
    except ValueError:
        return None


def _mtime_stamp(bag: Path) -> str:
    stat = (bag / TAG_MANIFEST).stat()
    return utc_stamp(_dt.datetime.fromtimestamp(int(stat.st_mtime), _dt.timezone.utc))


# ---------------------------------------------------------------------------------------------
# The catalog file


def catalog_path(records_dir: Path) -> Path:
    return records_dir / CATALOG_NAME


def connect(path: Path, readonly: bool = False) -> sqlite3.Connection:
    """A connection with the schema in place; ``readonly`` for the server's requests."""
    if readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=30)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.executescript(_SCHEMA)
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)",
                     (SCHEMA_VERSION,))
    conn.row_factory = sqlite3.Row
    return conn


def _store(conn: sqlite3.Connection, entry: Entry) -> None:
    conn.execute("DELETE FROM record_sets WHERE record_id = ?", (entry.record_id,))
    placeholders = ", ".join("?" for _ in _COLUMNS)
    conn.execute(f"INSERT OR REPLACE INTO records ({', '.join(_COLUMNS)}) "
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
        gone = conn.execute("DELETE FROM records WHERE record_id = ?", (bag.name,)).rowcount
        conn.execute("DELETE FROM record_sets WHERE record_id = ?", (bag.name,))
        return "removed" if gone else "unchanged"
    known = _known(conn, bag.name)
    digest = described.tag_digest if described is not None else tag_digest(bag)
    if known and known[0] == digest:
        return "unchanged"
    info: dict[str, str] | None = None
    if described is not None:
        bagged = _date_stamp(described.bagging_date)
    else:
        try:
            info = bag_info(bag)
        except (OSError, ValueError):
            info = None  # read_entry reads it again and raises as before
        bagged = _bagging_stamp(bag, info) if info is not None else _bagging_stamp(bag)
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

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def rebuild_catalog(records_dir: Path, *, clock: Callable[[], str] = now_stamp) -> IndexReport:
    """Re-read every bag under ``records_dir``; keep datestamps of bags that did not change.

    With no earlier catalog, ``last_changed`` is the time the bag's tag manifest was written.
    """
    path = catalog_path(records_dir)
    report = IndexReport(catalog=str(path))
    bags = find_bags(records_dir)
    names = {b.name for b in bags}
    with closing(connect(path)) as conn, conn:
        had_rows = conn.execute("SELECT COUNT(*) FROM records").fetchone()[0] > 0
        for (record_id,) in conn.execute("SELECT record_id FROM records").fetchall():
            if record_id not in names:
                conn.execute("DELETE FROM record_sets WHERE record_id = ?", (record_id,))
                conn.execute("DELETE FROM records WHERE record_id = ?", (record_id,))
                report.removed += 1
        stamp: Callable[[Path], str] = (lambda _b: clock()) if had_rows else _mtime_stamp
        for bag in bags:
            status = _refresh(conn, bag, stamp)
            setattr(report, status, getattr(report, status) + 1)
    return report


# ---------------------------------------------------------------------------------------------
# Queries


class Catalog:
    """Read access for export and OAI-PMH; one short-lived connection per use."""

    def __init__(self, path: Path) -> None:
        if not path.is_file():
            raise FileNotFoundError(f"{path}: no catalog (run 'archive index' first)")
        self.path = path

    @classmethod
    def for_records(cls, records_dir: Path) -> "Catalog":
        return cls(catalog_path(records_dir))

    def _conn(self) -> sqlite3.Connection:
        return connect(self.path, readonly=True)

    def _entries(self, conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> list[Entry]:
        if not rows:
            return []
        ids = [r["record_id"] for r in rows]
        sets: dict[str, list[tuple[str, str]]] = {i: [] for i in ids}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ", ".join("?" for _ in chunk)
            for row in conn.execute(f"SELECT record_id, set_spec, set_name FROM record_sets "
                                    f"WHERE record_id IN ({marks}) ORDER BY set_spec", chunk):
                sets[row[0]].append((row[1], row[2]))
        return [Entry.from_row(r, sets[r["record_id"]]) for r in rows]

    def get(self, record_id: str) -> Entry | None:
        with closing(self._conn()) as conn:
            rows = conn.execute("SELECT * FROM records WHERE record_id = ?",
                                (record_id,)).fetchall()
            entries = self._entries(conn, rows)
        return entries[0] if entries else None

    def all(self) -> list[Entry]:
        """Every record, newest first (by event date, else publication date), then by id."""
        with closing(self._conn()) as conn:
            rows = conn.execute("SELECT * FROM records "
                                "ORDER BY sort_date DESC, record_id ASC").fetchall()
            return self._entries(conn, rows)

    def __len__(self) -> int:
        with closing(self._conn()) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM records").fetchone()[0])

    def earliest(self) -> str | None:
        with closing(self._conn()) as conn:
            return conn.execute("SELECT MIN(last_changed) FROM records").fetchone()[0]

    def sets(self) -> list[tuple[str, str]]:
        """(setSpec, setName) of every set that holds a record, sorted by setSpec."""
        with closing(self._conn()) as conn:
            return [(r[0], r[1]) for r in conn.execute(
                "SELECT set_spec, MIN(set_name) FROM record_sets "
                "GROUP BY set_spec ORDER BY set_spec")]

    def _where(self, since: str | None, until: str | None,
               set_spec: str | None) -> tuple[str, list[str]]:
        clauses, args = [], []
        if since:
            clauses.append("r.last_changed >= ?")
            args.append(since)
        if until:
            clauses.append("r.last_changed <= ?")
            args.append(until)
        if set_spec:
            clauses.append("r.record_id IN (SELECT record_id FROM record_sets WHERE set_spec = ?)")
            args.append(set_spec)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", args

    def count(self, since: str | None = None, until: str | None = None,
              set_spec: str | None = None) -> int:
        where, args = self._where(since, until, set_spec)
        with closing(self._conn()) as conn:
            return int(conn.execute(f"SELECT COUNT(*) FROM records r{where}", args).fetchone()[0])

    def page(self, since: str | None, until: str | None, set_spec: str | None,
             after: str | None, limit: int) -> list[Entry]:
        """Up to ``limit`` records after record id ``after``, in record id order.

        Paging by id (not by offset) keeps a re-issued resumption token on the same records
        even when others change datestamps meanwhile.
        """
        where, args = self._where(since, until, set_spec)
        if after is not None:
            where += (" AND " if where else " WHERE ") + "r.record_id > ?"
            args.append(after)
        with closing(self._conn()) as conn:
            rows = conn.execute(f"SELECT * FROM records r{where} ORDER BY r.record_id LIMIT ?",
                                [*args, limit]).fetchall()
            return self._entries(conn, rows)

    def iter_all(self) -> Iterator[Entry]:
        yield from self.all()
