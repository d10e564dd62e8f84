"""Labelled fields of an event page: "Date: 14–16 May 2025", "Venue: Town Hall, Hillford",
"Organiser: ...", "Funded by: ...".

Announcements and event pages often state the facts as a block of label-value lines instead
of prose. A field is stronger evidence than a sentence: the page says outright what the value
is. A lone "Date:" line is also how some sites print the publication date, so a date field
counts as the event's only when it holds a range or stands beside another event field. A
programme whose days head their own time and place fields gives its first and last day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FIELD = re.compile(
    r"^[ \t]*(?P<label>when|dates?|time|where|venue|location|place|organi[sz]ers?|organi[sz]ed\s+by|hosts?"
    r"|hosted\s+by|sponsors?|sponsored\s+by|funded\s+by|funders?|partners?)[ \t]*:[ \t]*"
    r"(?P<value>\S[^\n]{0,200}?)[ \t]*$", re.IGNORECASE | re.MULTILINE)
_KINDS = {"when": "date", "date": "date", "dates": "date", "time": "time", "where": "place",
          "venue": "place", "location": "place", "place": "place", "sponsor": "funder",
          "sponsors": "funder", "sponsored by": "funder", "funded by": "funder", "funder": "funder",
          "funders": "funder", "partner": "partner", "partners": "partner"}
#: Kinds that only an event has: a date beside one of them is the event's date.
_EVENT_KINDS = {"time", "place", "organizer"}
#: A range in a date field: "14–16 February 2025", "2024-05-21 to 2024-05-23".
_RANGE = re.compile(r"\d\s*(?:[-–—]|to|until|through)\s*\d|\d\s+(?:to|until|through|[-–—])\s+[A-Za-z]+\s+\d",
                    re.IGNORECASE)
#: Only the first lines of a text hold such a block.
_WITHIN = 4000


@dataclass(frozen=True)
class Field:
    kind: str  # date | time | place | organizer | partner | funder
    value: str
    offset: int  # where the value starts in the text
    line: str  # the whole line, label and value, as evidence


def _kind(label: str) -> str:
    label = " ".join(label.lower().split())
    if label.startswith(("organi", "host")):
        return "organizer"
    return _KINDS[label]


def find_fields(text: str) -> dict[str, Field]:
    """The first field of each kind in the opening of ``text``; the date field only when it is
    the event's (see the module's docstring)."""
    found: dict[str, Field] = {}
    for m in _FIELD.finditer(text, 0, min(len(text), _WITHIN)):
        kind = _kind(m["label"])
        found.setdefault(kind, Field(kind, m["value"], m.start("value"), m.group(0).strip()))
    date = found.get("date")
    if date is not None and not (_RANGE.search(date.value) or _EVENT_KINDS & found.keys()):
        del found["date"]
    if "date" not in found and _EVENT_KINDS & found.keys():
        days = _programme_days(text)
        if days:
            found["date"] = days[0]
        if len(days) > 1:
            found["date_end"] = days[-1]
    return found


#: A line that is only a day: "Friday, 6th December 2019", "Saturday, December 7, 2019".
_DAY_LINE = re.compile(
    r"^[ \t]*(?P<value>(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+"
    r"|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+\d{4})[ \t]*$", re.MULTILINE)


def _programme_days(text: str) -> list[Field]:
    """A programme's days: lines that are only a day, each with a time or a place field among
    the next lines ("Friday, 6th December 2019" / "Time: 4-9 pm" / "Where: Town Square")."""
    days = []
    for m in _DAY_LINE.finditer(text, 0, min(len(text), _WITHIN)):
        below = [ln for ln in text[m.end():m.end() + 400].split("\n") if ln.strip()][:3]
        if any((f := _FIELD.match(ln)) and _kind(f["label"]) in ("time", "place") for ln in below):
            days.append(Field("date", m["value"], m.start("value"), m.group(0).strip()))
    return days


def is_event_date_line(line: str, fields: dict[str, Field]) -> bool:
    """Whether ``line`` is the event's date field (not a page's publication date)."""
    date = fields.get("date")
    return date is not None and _same(line, date.line)


def is_field_line(line: str, fields: dict[str, Field]) -> bool:
    return any(_same(line, f.line) for f in fields.values())


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())
