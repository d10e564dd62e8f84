"""Read access to the catalog for the harvest stage (static export, OAI-PMH)."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Iterator

from archive.catalog.entry import Deleted, Entry
from archive.catalog.store import catalog_path, connect


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
            stamps = [conn.execute("SELECT MIN(last_changed) FROM records").fetchone()[0]]
            if self._has_deleted(conn):
                stamps.append(conn.execute("SELECT MIN(datestamp) FROM deleted").fetchone()[0])
        return min((s for s in stamps if s), default=None)

    @staticmethod
    def _has_deleted(conn: sqlite3.Connection) -> bool:
        """Whether the catalog keeps deletion marks (a catalog from before they existed,
        opened read-only, does not)."""
        return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                            "AND name = 'deleted'").fetchone() is not None

    def deleted(self, record_id: str) -> Deleted | None:
        with closing(self._conn()) as conn:
            if not self._has_deleted(conn):
                return None
            row = conn.execute("SELECT * FROM deleted WHERE record_id = ?",
                               (record_id,)).fetchone()
        return _deleted(row) if row else None

    def _deleted_where(self, since: str | None, until: str | None,
                       set_spec: str | None) -> tuple[str, list[str]]:
        clauses, args = [], []
        if since:
            clauses.append("datestamp >= ?")
            args.append(since)
        if until:
            clauses.append("datestamp <= ?")
            args.append(until)
        if set_spec:  # the set specs are a JSON list of strings
            clauses.append("EXISTS (SELECT 1 FROM json_each(set_specs) WHERE value = ?)")
            args.append(set_spec)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", args

    def count_with_deleted(self, since: str | None = None, until: str | None = None,
                           set_spec: str | None = None) -> int:
        total = self.count(since, until, set_spec)
        where, args = self._deleted_where(since, until, set_spec)
        with closing(self._conn()) as conn:
            if self._has_deleted(conn):
                total += int(conn.execute(f"SELECT COUNT(*) FROM deleted{where}",
                                          args).fetchone()[0])
        return total

    def page_with_deleted(self, since: str | None, until: str | None, set_spec: str | None,
                          after: str | None, limit: int) -> list[Entry | Deleted]:
        """``page`` with the deletion marks in the same record id order."""
        live: list[Entry | Deleted] = list(self.page(since, until, set_spec, after, limit))
        where, args = self._deleted_where(since, until, set_spec)
        if after is not None:
            where += (" AND " if where else " WHERE ") + "record_id > ?"
            args.append(after)
        with closing(self._conn()) as conn:
            gone: list[Entry | Deleted] = [] if not self._has_deleted(conn) else [
                _deleted(r) for r in conn.execute(
                f"SELECT * FROM deleted{where} ORDER BY record_id LIMIT ?", [*args, limit])]
        return sorted(live + gone, key=lambda item: item.record_id)[:limit]

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


def _deleted(row: sqlite3.Row) -> Deleted:
    return Deleted(row["record_id"], row["datestamp"], tuple(json.loads(row["set_specs"])))
