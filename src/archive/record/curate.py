"""Curation overlay: values a person has checked or corrected, applied over extracted facts.

A sidecar next to the article (``foo.txt.meta.yaml`` or ``foo.meta.yaml``, also ``.yml`` and
``.json``) holds a mapping of Facts field names (or friendly aliases) to values. Every value
is validated; a bad value or an unknown key raises ``CurationError`` naming the file and the
reason. Applied values get origin ``curated``.

Markdown front matter may carry the same keys (``start_date: 2022-03-29``); the keys the
reader already interprets as page metadata (title, date, url, source, lang, description) are
not overrides. In front matter ``date`` is the publication date, so it is never read as an
event date.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import yaml

from archive.base.errors import CurationError
from archive.extract.facts import ATTENDANCE_MODES, Fact, Facts
from archive.record.sidecar import sidecar_for

#: Friendly names accepted in sidecars, mapped to Facts fields.
ALIASES = {
    "title": "headline", "name": "event_name", "event": "event_name", "type": "event_type",
    "organisers": "organizers", "organiser": "organizers", "organizer": "organizers",
    "partner": "partners", "funder": "funders", "sponsors": "funders", "sponsor": "funders",
    "start": "start_date", "end": "end_date", "startdate": "start_date", "enddate": "end_date",
    "mode": "attendance_mode", "attendance": "attendance_mode", "participants": "audience_count",
    "attendees": "audience_count", "participant_count": "audience_count", "url": "source_url",
    "lang": "language", "published_date": "published", "date_published": "published",
    "keyword": "keywords", "tags": "keywords", "location": "venue", "place": "venue",
    "summary": "description", "abstract": "description",
}
#: Front-matter keys that describe the page itself and are read by the reader, not curation.
FRONT_MATTER_PAGE_KEYS = {"title", "date", "url", "source", "lang", "description", "layout",
                          "slug", "draft", "author", "authors", "categories", "category",
                          "aliases", "weight", "image", "images", "summary", "tags", "keywords",
                          "canonical", "published", "site_name", "permalink"}

_LIST_FIELDS = {"organizers", "partners", "funders", "keywords"}
_DATE_FIELDS = {"start_date", "end_date", "published"}
_STRING_FIELDS = {"headline", "description", "publisher", "source_url", "event_name",
                  "event_type", "venue", "city", "audience"}
_ISO = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")


class _SidecarLoader(yaml.SafeLoader):
    """YAML's safe loader without its timestamp type: an unquoted ``2023-02-30`` stays the
    text the archivist wrote, so the date check can say what is wrong with it (instead of
    the YAML library failing with "day is out of range")."""


_SidecarLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_overrides(article_path: Path) -> tuple[dict[str, Any], Path | None]:
    """Read the sidecar of ``article_path``: (mapping, sidecar path) or ({}, None)."""
    path = sidecar_for(article_path)
    if path is None:
        return {}, None
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CurationError(path, f"cannot read sidecar: {exc}") from None
    try:
        data = json.loads(raw) if path.suffix == ".json" else yaml.load(raw, Loader=_SidecarLoader)
    except json.JSONDecodeError as exc:
        raise CurationError(path, f"not valid JSON at line {exc.lineno}, column {exc.colno}: "
                                  f"{exc.msg}") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = exc.problem or exc.context or "syntax error"
        raise CurationError(path, f"not valid YAML{where}: {problem}") from None
    except (yaml.YAMLError, ValueError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise CurationError(path, f"not valid {'JSON' if path.suffix == '.json' else 'YAML'}: {first}") from None
    if data is None:
        return {}, path
    if not isinstance(data, dict):
        raise CurationError(path, f"sidecar must be a mapping of field names to values, not {type(data).__name__}")
    return data, path


def overrides_from_front_matter(article: Any) -> dict[str, Any]:
    """Curated values carried in Markdown front matter (keys other than page metadata)."""
    if getattr(article, "media_type", "") not in ("text/markdown", "text/x-markdown"):
        return {}
    meta = getattr(article, "metadata", {}) or {}
    known = set(Facts.field_names()) | set(ALIASES)
    out = {}
    for k, v in meta.items():
        key = str(k).strip().lower().replace("-", "_")
        if key in FRONT_MATTER_PAGE_KEYS:
            continue
        if key in known:
            out[key] = v
    return out


def _field(key: Any, source: str) -> str:
    if not isinstance(key, str):
        raise CurationError(source, f"field name must be a string, got {key!r}")
    k = key.strip().lower().replace("-", "_").replace(" ", "_")
    k = ALIASES.get(k, k)
    if k == "warnings" or k not in Facts.field_names():
        allowed = ", ".join(Facts.field_names())
        raise CurationError(source, f"unknown field '{key}' (allowed: {allowed})")
    return k


def _date(value: Any, field: str, source: str) -> str:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise CurationError(source, f"{field}: expected a date YYYY-MM-DD or YYYY-MM, got {value!r}")
    m = _ISO.match(value.strip())
    if not m:
        raise CurationError(source, f"{field}: '{value}' is not a date in the form YYYY-MM-DD or YYYY-MM")
    y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
    try:
        dt.date(y, mo, int(d) if d else 1)
    except ValueError:
        raise CurationError(source, f"{field}: '{value}' is not a valid calendar date") from None
    return value.strip()


def _strings(value: Any, field: str, source: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)):
        raise CurationError(source, f"{field}: expected a list of strings, got {type(value).__name__}")
    out = []
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise CurationError(source, f"{field}: every item must be a non-empty string, got {item!r}")
        out.append(item.strip())
    return tuple(out)


def _validate(field: str, value: Any, source: str) -> Any:
    if value is None:
        return None
    if field in _DATE_FIELDS:
        return _date(value, field, source)
    if field in _LIST_FIELDS:
        return _strings(value, field, source)
    if field == "is_event":
        if not isinstance(value, bool):
            raise CurationError(source, f"is_event: expected true or false, got {value!r}")
        return value
    if field == "audience_count":
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            if isinstance(value, str) and value.strip().isdigit():
                return int(value.strip())
            raise CurationError(source, f"audience_count: expected a non-negative integer, got {value!r}")
        return value
    if field == "attendance_mode":
        v = str(value).strip().lower()
        v = {"in-person": "offline", "in person": "offline", "hybrid": "mixed", "virtual": "online"}.get(v, v)
        if v not in ATTENDANCE_MODES:
            raise CurationError(source, f"attendance_mode: '{value}' is not one of {', '.join(ATTENDANCE_MODES)}")
        return v
    if field == "country":
        from archive.extract import gazetteer
        if not isinstance(value, str) or not value.strip():
            raise CurationError(
                source, f"country: expected an ISO 3166-1 alpha-2 code or a country name, got {value!r}")
        v = value.strip()
        if len(v) == 2 and v.upper() == v and gazetteer.is_alpha2(v):
            return v
        if len(v) == 2 and gazetteer.is_alpha2(v.upper()):
            return v.upper()
        code = gazetteer.country_code_loose(v)
        if code:
            return code
        raise CurationError(source, f"country: '{value}' is not an ISO 3166-1 alpha-2 code or a known country name")
    if field == "language":
        if not isinstance(value, str) or not re.match(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$", value.strip()):
            raise CurationError(source, f"language: '{value}' is not a BCP 47 language tag")
        return value.strip()
    if field == "source_url":
        if not isinstance(value, str) or not re.match(r"^https?://\S+$", value.strip()):
            raise CurationError(source, f"source_url: '{value}' is not an http(s) URL")
        return value.strip()
    if field in _STRING_FIELDS:
        if not isinstance(value, (str, int, float)) or isinstance(value, bool) or not str(value).strip():
            raise CurationError(source, f"{field}: expected a non-empty string, got {value!r}")
        return str(value).strip()
    raise CurationError(source, f"unknown field '{field}'")


def apply_overrides(facts: Facts, overrides: dict[str, Any], source: str | Path) -> Facts:
    """``facts`` with every override applied (origin ``curated``). Raises ``CurationError``."""
    if not overrides:
        return facts
    if not isinstance(overrides, dict):
        raise CurationError(source, "overrides must be a mapping of field names to values")
    src = str(source)
    values: dict[str, Any] = {}
    for key, value in overrides.items():
        field = _field(key, src)
        if field in values:
            raise CurationError(src, f"field '{field}' given twice (as '{key}')")
        values[field] = _validate(field, value, src)
    for field, value in values.items():
        fact = None if value is None else Fact(value, f"curated in {src}", -1, "curated")
        facts = facts.with_fact(field, fact)
    start, end = facts.value("start_date"), facts.value("end_date")
    if start and end and ("start_date" in values or "end_date" in values):
        n = min(len(str(start)), len(str(end)))
        if str(end)[:n] < str(start)[:n]:
            if "start_date" in values and "end_date" in values:
                raise CurationError(src, f"end_date {end} is before start_date {start}")
            # one side curated, the other extracted: the curated value wins
            if "start_date" in values:
                facts = facts.with_fact(
                    "end_date", Fact(start, f"curated in {src} (end reset to start)", -1, "curated"))
            else:
                facts = facts.with_fact(
                    "start_date", Fact(end, f"curated in {src} (start reset to end)", -1, "curated"))
    if "start_date" in values and "end_date" not in values and values["start_date"] and end is None:
        facts = facts.with_fact("end_date", Fact(values["start_date"], f"curated in {src} (single day)", -1, "curated"))
    if values.get("is_event") is False:
        for name in ("event_name", "event_type", "start_date", "end_date", "venue", "city", "country",
                     "attendance_mode", "organizers", "partners", "funders", "audience_count", "audience"):
            if name not in values:
                facts = facts.with_fact(name, None)
    return facts
