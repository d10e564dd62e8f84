"""One catalogued record (``Entry``) and the OAI-PMH datestamps the catalog keeps."""

from __future__ import annotations

import datetime as _dt
import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any, Iterable

COLUMNS = ("record_id", "identifier", "title", "event_name", "event_type", "start_date",
            "end_date", "place", "country", "country_name", "organisations", "publisher",
            "published", "language", "original", "source_url", "year", "sort_date",
            "bagging_date", "first_packed", "last_changed", "tag_digest", "files")


def utc_stamp(moment: _dt.datetime) -> str:
    """OAI-PMH seconds granularity: YYYY-MM-DDThh:mm:ssZ in UTC."""
    return moment.astimezone(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def now_stamp() -> str:
    return utc_stamp(_dt.datetime.now(_dt.timezone.utc))


@dataclass(frozen=True)
class Deleted:
    """A record whose bag is gone: OAI-PMH harvesters are told (``status="deleted"``) instead
    of the record silently vanishing. ``datestamp`` is when the catalog saw it go."""

    record_id: str
    datestamp: str
    set_specs: tuple[str, ...] = ()


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
        values = [getattr(self, c) for c in COLUMNS]
        values[COLUMNS.index("organisations")] = json.dumps(list(self.organisations))
        values[COLUMNS.index("files")] = json.dumps(list(self.files))
        return tuple(values)

    @classmethod
    def from_row(cls, row: sqlite3.Row, sets: Iterable[tuple[str, str]] = ()) -> "Entry":
        data = {c: row[c] for c in COLUMNS}
        data["organisations"] = tuple(json.loads(data["organisations"]))
        data["files"] = tuple(json.loads(data["files"]))
        return cls(**data, sets=tuple(sets))

    def to_dict(self) -> dict[str, Any]:
        data = {c: getattr(self, c) for c in COLUMNS}
        data["organisations"] = list(self.organisations)
        data["files"] = list(self.files)
        data["sets"] = [spec for spec, _ in self.sets]
        return data
