"""Resolving one date mention to ISO start and end days against the reference dates.

A weekday is the one before the reference (or after it, for the future); a week-level
phrase covers its days; a missing year comes from the year reference; impossible dates are
never rolled over.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .dates import WEEKDAYS, Mention, Reference


@dataclass
class Resolved:
    start: str
    end: str
    evidence: str
    offset: int
    warnings: list[str] = field(default_factory=list)
    confidence: str = "high"


_TWO_DAYS = re.compile(r"\s+(?:to|through|until|till)\s+")


def _weekday_back(ref: dt.date, weekday: int) -> dt.date:
    return ref - dt.timedelta(days=(ref.weekday() - weekday) % 7)


def _first_passage(ref: Reference, men: Mention) -> int:
    """Evidence quotes the reference first ('DUSHANBE, 3 June 2013 – ... today'), so its
    offset is the reference's when the reference is in the text."""
    return ref.offset if ref.kind == "dateline" and ref.offset >= 0 else men.span[0]


def _iso(y: int, m: int, d: int | None) -> str:
    return f"{y:04d}-{m:02d}" if d is None else f"{y:04d}-{m:02d}-{d:02d}"


def _plausible(y: int, warnings: list[str], text: str) -> None:
    this_year = dt.date.today().year
    if y > this_year + 1 or y < 1900:
        warnings.append(f"implausible or future date: {text.strip()}")


def _weekday_ahead(ref: dt.date, weekday: int) -> dt.date:
    return ref + dt.timedelta(days=(weekday - ref.weekday()) % 7)


def week_span(rel: str, ref: dt.date, forward: bool) -> tuple[dt.date, dt.date]:
    """The days a week-level phrase covers: "last week" is the Monday to Sunday before the
    reference's week; "this week" the reference's own; "the weekend" the Saturday and Sunday
    before it (or, for the future, the coming ones)."""
    if rel.endswith("weekend"):
        if forward or rel.startswith("next "):
            saturday = _weekday_ahead(ref, 5)
        else:
            saturday = _weekday_back(ref, 6) - dt.timedelta(days=1)
        return saturday, saturday + dt.timedelta(days=1)
    monday = ref - dt.timedelta(days=ref.weekday() + (7 if rel == "last week" else 0))
    return monday, monday + dt.timedelta(days=6)


def _ordinal_day(men: Mention, ref: Reference, day: int, forward: bool) -> Resolved | str:
    """A day written as "the 12th": in the reference's month when it lies on the side the
    sentence speaks of (before the reference, or after it for the future), else in the month
    before (or after)."""
    r = ref.date
    year, month = r.year, r.month
    if forward and day < r.day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    elif not forward and day > r.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    try:
        d = dt.date(year, month, day)
    except ValueError:
        return f"invalid date: {men.text.strip()}"
    return Resolved(d.isoformat(), d.isoformat(), f"{ref.evidence} ... {men.text}", _first_passage(ref, men))


def resolve(men: Mention, ref: Reference | None, year_ref: Reference | None,
            forward: bool = False) -> Resolved | None | str:
    """A mention to ISO start/end. Returns a warning string when it cannot be resolved.
    ``forward``: the sentence speaks of the future, so a weekday is the next one."""
    warnings: list[str] = []
    if men.kind == "relative":
        if ref is None or ref.year_only:
            return f"no reference date for '{men.text}'"
        r = ref.date
        rel = _TWO_DAYS.sub(" and ", men.rel or "")  # "Friday to Sunday": two days, as "and" joins them
        # "last Tuesday" written on a Tuesday is a week before; "on Tuesday" is the same day
        week_before = rel.startswith(("last ", "this past ")) and " and " not in rel
        if rel.startswith(("on ", "this ", "next ", "last ")) and rel.split()[-1] in WEEKDAYS \
                and " and " not in rel:
            forward = forward or rel.startswith(("next ", "this ")) and not rel.startswith("this past")
            if rel.startswith("last "):
                forward = False
            rel = rel.split()[-1]
        if rel in ("today", "this morning"):
            d = r
        elif rel == "yesterday":
            d = r - dt.timedelta(days=1)
        elif rel == "tomorrow":
            d = r + dt.timedelta(days=1)
        elif rel == "last week":
            monday = r - dt.timedelta(days=r.weekday() + 7)
            sunday = monday + dt.timedelta(days=6)
            if monday.month != sunday.month:
                return "event week spans two months"
            _plausible(monday.year, warnings, ref.evidence)
            return Resolved(_iso(monday.year, monday.month, None), _iso(monday.year, monday.month, None),
                            f"{men.text} | {ref.evidence}", men.span[0], warnings)
        elif rel == "last month":
            prev = r.replace(day=1) - dt.timedelta(days=1)
            return Resolved(_iso(prev.year, prev.month, None), _iso(prev.year, prev.month, None),
                            f"{men.text} | {ref.evidence}", men.span[0])
        elif rel.endswith("this month"):
            return Resolved(_iso(r.year, r.month, None), _iso(r.year, r.month, None),
                            f"{men.text} | {ref.evidence}", men.span[0])
        elif rel in ("this week", "earlier this week"):
            return "week-level date not representable"
        elif rel.endswith("weekend"):
            saturday, sunday = week_span(rel, r, forward)
            _plausible(sunday.year, warnings, ref.evidence)
            return Resolved(saturday.isoformat(), sunday.isoformat(), f"{ref.evidence} ... {men.text}",
                            _first_passage(ref, men), warnings)
        elif " and " in rel:  # "on Monday and Tuesday": two consecutive-or-not days before
            first, last = WEEKDAYS.get(rel.split()[-3]), WEEKDAYS.get(rel.split()[-1])
            if first is None or last is None:
                return None
            if forward:  # "will run from Friday to Sunday": the coming days
                start = _weekday_ahead(r, first)
                end = start + dt.timedelta(days=(last - first) % 7)
            else:
                end = _weekday_back(r, last)
                start = end - dt.timedelta(days=(last - first) % 7)
            _plausible(end.year, warnings, ref.evidence)
            return Resolved(start.isoformat(), end.isoformat(), f"{ref.evidence} ... {men.text}",
                            _first_passage(ref, men), warnings)
        else:
            wd = WEEKDAYS.get(rel.split()[-1])
            if wd is None:
                return None
            d = _weekday_ahead(r, wd) if forward else _weekday_back(r, wd)
            if week_before and d == r:
                d = r - dt.timedelta(days=7)
        iso = d.isoformat()
        _plausible(d.year, warnings, ref.evidence)
        return Resolved(iso, iso, f"{ref.evidence} ... {men.text}", _first_passage(ref, men),
                        warnings)

    if men.kind == "ordinal":  # "on the 12th": the reference's month, or the one before (after)
        if ref is None or ref.year_only or men.start[2] is None:
            return f"no reference date for '{men.text}'"
        return _ordinal_day(men, ref, men.start[2], forward)
    if men.kind == "ambiguous":
        return f"day and month cannot be told apart: {men.text.strip()}"
    (y1, m1, d1), (y2, m2, d2) = men.start, men.end
    if m1 is None or m2 is None:
        return None
    evidence = men.text
    if y2 is None or y1 is None:
        if year_ref is None:
            return "no event date year"
        ry = year_ref.date
        y2 = ry.year
        probe_d = d2 or 1
        try:
            if not year_ref.year_only and dt.date(y2, m2, min(probe_d, 28)) > ry + dt.timedelta(days=62):
                y2 -= 1
        except ValueError:
            pass
        y1 = y2 - 1 if (m1 > m2) else y2
        evidence = f"{men.text} | {year_ref.evidence}"
    try:
        a = dt.date(y1, m1, d1 or 1)
        b = dt.date(y2, m2, d2 or 1)
    except ValueError:
        return f"invalid date: {men.text.strip()}"
    if (d1 is None) != (d2 is None):
        return None
    if b < a:
        return f"invalid date range: {men.text.strip()}"
    _plausible(y1, warnings, men.text)
    if not warnings:
        _plausible(y2, warnings, men.text)
    return Resolved(_iso(y1, m1, d1), _iso(y2, m2, d2), evidence, men.span[0], warnings)
