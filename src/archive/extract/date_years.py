"""The year of an event's date written without one, when the text gives no reference date:
the same day written elsewhere with its year, a single year in the sentence, the next
sentence's day with its year, a year beside the event's noun, or the one written year that
puts a named weekday on that day. Anything else leaves the year unknown."""

from __future__ import annotations

import datetime as dt
import re

from .classify import EVENT_NOUN
from .dates import WEEKDAYS, Mention, Reference
from .text import Doc, Sentence

_BARE_YEAR = re.compile(r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)(?![\d/.-])")


def year_hint(doc: Doc, men: Mention, sent: Sentence,
               candidates: list[tuple[int, int, Mention, Sentence]]) -> Reference | None:
    """Where the text gives no reference date, the year of a date without one may still be
    written: the same day and month with a year elsewhere ("June 5-6" ... "June 5-6, 2014"),
    or a single year in the same sentence ("The 2020 ... Symposium March 2-3"), or a year
    beside the event's noun ("International Symposium 2021"). Anything else stays unknown."""
    (_, m1, d1) = men.start
    for _, _, other, osent in candidates:
        if (other.start[0] is not None and other.start[1] == m1 and other.start[2] == d1
                and osent.index != sent.index):
            return Reference(dt.date(other.start[0], 12, 31), "text", other.text, other.span[0],
                             year_only=True)
    years = {m["y"] for m in _BARE_YEAR.finditer(sent.text)}
    if len(years) == 1:
        y = int(years.pop())
        return Reference(dt.date(y, 12, 31), "text", str(y), sent.start, year_only=True)
    near = _next_sentence_year(men, sent, candidates)
    if near is not None:
        return near
    found: set[int] = set()
    evidence = ""
    for m in _NOUN_YEAR.finditer(doc.text[:6000]):
        noun = EVENT_NOUN.fullmatch(m["noun"])
        if noun:
            found.add(int(m["y"]))
            evidence = m.group(0)
    if len(found) == 1:
        return Reference(dt.date(found.pop(), 12, 31), "text", evidence, -1, year_only=True)
    return _weekday_year(doc, men, sent)


def _next_sentence_year(men: Mention, sent: Sentence,
                        candidates: list[tuple[int, int, Mention, Sentence]]) -> Reference | None:
    """A day without a year whose next sentence writes a day with one, at most a month later
    ("... on the 29th of August. Stalls stayed open until the 31st of August 2025"): the same
    stretch of days, so the same year (the year before, when the later day is in January). A
    deadline's or another thing's day (a negative score) gives no year."""
    (_, m1, d1) = men.start
    if m1 is None or d1 is None:
        return None
    for score, _, other, osent in candidates:
        (y2, m2, d2) = other.end
        if osent.index != sent.index + 1 or score < 0 or y2 is None or m2 is None or d2 is None:
            continue
        year = y2 - 1 if m1 > m2 else y2
        try:
            gap = (dt.date(y2, m2, d2) - dt.date(year, m1, d1)).days
        except ValueError:
            continue
        if 0 <= gap <= 31:
            return Reference(dt.date(year, 12, 31), "text", other.text, other.span[0], year_only=True)
    return None


#: A weekday just before a date, with at most a time-of-day word between: "Wednesday evening,".
_WEEKDAY_BEFORE = re.compile(r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                             r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:the\s+)?$")
_WEEKDAY_IN = re.compile(r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
#: A year the text writes, alone or as either end of a span of years ("2011-2021").
_WRITTEN_YEARS = re.compile(r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)(?:[-–](?P<y2>(?:19|20)\d\d))?(?![\d/.-])")


def _weekday_year(doc: Doc, men: Mention, sent: Sentence) -> Reference | None:
    """A date written with its weekday but no year ("Wednesday evening, October 19") fixes
    the year when exactly one of the years the text writes puts that day on that weekday."""
    (_, month, day) = men.start
    if month is None or day is None or men.start != men.end:
        return None
    rel = men.span[0] - sent.start
    named = _WEEKDAY_IN.search(men.text) or _WEEKDAY_BEFORE.search(sent.text, max(0, rel - 30), rel)
    if named is None:
        return None
    weekday = WEEKDAYS[named["wd"].lower()]
    written = {int(y) for m in _WRITTEN_YEARS.finditer(doc.text[:6000]) for y in m.groups() if y}
    fitting = set()
    for year in written:
        try:
            if dt.date(year, month, day).weekday() == weekday:
                fitting.add(year)
        except ValueError:
            continue
    if len(fitting) != 1:
        return None
    year = fitting.pop()
    return Reference(dt.date(year, 12, 31), "text",
                     f"{year} (the written year in which {named['wd']} falls on that day)",
                     -1, year_only=True)


_NOUN_YEAR = re.compile(r"\b(?P<noun>[A-Z][a-z]+)\s+(?P<y>(?:19|20)\d\d)\b(?![\d/.-])")
