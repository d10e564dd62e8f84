"""Facts from an event page's labelled fields ("Date:", "Venue:", "Organiser:", "Funded by:").

A field states its value outright, so it outranks what the prose suggests: its date is the
event's date, its place the event's place. The values are read with the same parsers as
prose (dates, the gazetteer, organisation names); the evidence is the field's line.
"""

from __future__ import annotations

import datetime as dt
import re

from . import gazetteer
from .attendance import remote_offer
from .date_resolution import Resolved, resolve
from .dates import Reference, find_mentions
from .facts import Fact
from .fields import Field
from .orgnames import add_names, scan_names, split_list
from .places import city_country
from .text import Doc

#: A place field that names no place but a medium: "Venue: Online (Zoom)".
_ONLINE_PLACE = re.compile(r"^(?:online|virtual|zoom|webinar|microsoft\s+teams|google\s+meet|webex)\b",
                           re.IGNORECASE)

#: A place field that names no place yet ("Venue: TBA") or both a room and a stream
#: ("Venue: Town Hall and online", "Location: hybrid").
_NO_PLACE_YET = re.compile(r"^(?:tba|tbc|tbd|to\s+be\s+(?:confirmed|announced|decided|determined))\b", re.IGNORECASE)
_BOTH_WAYS = re.compile(r"\bhybrid\b|\b(?:and|or|&|\+|/)\s*(?:(?:on|via)\s+)?(?:online|virtually|zoom|livestream"
                        r"|(?:microsoft\s+)?teams|youtube|facebook)\b"
                        r"|\b(?:online|virtual)\s*(?:and|or|&|\+|/)\s*(?:in[- ]person|on-?site)\b", re.IGNORECASE)


#: What stands between the two dates of a range.
_BETWEEN_RANGE = re.compile(r"\s*(?:-|–|—|to|until|till|through|thru)\s*", re.IGNORECASE)


def apply_fields(fields: dict[str, Field], doc: Doc, published: Reference | None,
                 facts: dict[str, Fact | None], warnings: list[str]) -> None:
    """Set or override event facts from ``fields`` (an event's page, already judged an event)."""
    date = fields.get("date")
    if date is not None:
        _apply_date(date, published, facts, warnings, fields.get("date_end"))
    place = fields.get("place")
    if place is not None:
        _apply_place(place, doc, facts)
    for kind, key in (("organizer", "organizers"), ("partner", "partners"), ("funder", "funders")):
        f = fields.get(kind)
        if f is None:
            continue
        names = split_list(scan_names(f.value + " ."))
        if not names:
            continue
        old = facts.get(key)
        merged = list(old.value) if old is not None and isinstance(old.value, tuple) else []
        add_names(merged, names)
        evidence = f.line if old is None else f"{f.line} | {old.evidence}"
        facts[key] = Fact(tuple(merged), evidence, f.offset, "extracted", "high")


def _apply_date(f: Field, published: Reference | None, facts: dict[str, Fact | None],
                warnings: list[str], last_day: Field | None = None) -> None:
    mentions = find_mentions(f.value, f.offset)
    if not mentions:
        return
    res = resolve(mentions[0], published, published)
    if not isinstance(res, Resolved):
        return
    end_line = f.line
    if len(mentions) > 1 and _BETWEEN_RANGE.fullmatch(
            f.value[mentions[0].span[1] - f.offset:mentions[1].span[0] - f.offset]):
        last = resolve(mentions[1], published, published)  # "2024-05-21 to 2024-05-23"
        if isinstance(last, Resolved) and last.end >= res.start:
            res.end = last.end
    if last_day is not None and (ends := find_mentions(last_day.value, last_day.offset)):
        last = resolve(ends[0], published, published)  # a programme's last day, a fortnight at most
        if isinstance(last, Resolved) and len(last.end) == len(res.start) == 10 and 0 <= (
                dt.date.fromisoformat(last.end) - dt.date.fromisoformat(res.start)).days <= 14:
            res.end, end_line = last.end, f"{f.line} | {last_day.line}"
    facts["start_date"] = Fact(res.start, f.line, f.offset, "extracted", "high")
    facts["end_date"] = Fact(res.end, end_line, f.offset, "extracted", "high")
    warnings[:] = [w for w in warnings if w != "no event date found"]


def _apply_place(f: Field, doc: Doc, facts: dict[str, Fact | None]) -> None:
    if _ONLINE_PLACE.match(f.value) and not _BOTH_WAYS.search(f.value):
        facts["attendance_mode"] = Fact("online", f.line, f.offset, "extracted", "high")
        for key in ("venue", "city", "country"):
            facts.pop(key, None)
        return
    # a place field names where people meet, whether or not the gazetteer knows it; remote
    # participation offered in the text beside it makes the event mixed
    if _NO_PLACE_YET.match(f.value):
        return
    mode = facts.get("attendance_mode")
    if mode is None or mode.value == "offline":
        remote = (f.line, f.offset) if _BOTH_WAYS.search(f.value) else remote_offer(doc)
        if remote is not None:
            facts["attendance_mode"] = Fact("mixed", remote[0], remote[1], "extracted", "medium")
        elif mode is None:
            facts["attendance_mode"] = Fact("offline", f.line, f.offset, "extracted", "medium")
    parts = [p.strip(" .") for p in f.value.split(",") if p.strip(" .")]
    country = city = None
    for part in reversed(parts):
        if country is None and gazetteer.country_code(part):
            country = gazetteer.country_code(part)
        elif city is None and gazetteer.cities(part):
            city = part
    if city is None and country is None:
        return
    if city is not None and country is None:
        country = city_country(city, doc)
    venue = parts[0] if parts and parts[0] not in (city, None) and not gazetteer.country_code(parts[0]) else None
    for key, value in (("venue", venue), ("city", city), ("country", country)):
        if value:
            facts[key] = Fact(value, f.line, f.offset, "extracted", "high")
