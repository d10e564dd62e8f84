"""Date mentions and reference dates: finding every date a text writes (ranges, US style,
numeric, month-only, relative), and the ``Reference`` a text's own dates give (its dateline
and ``Published:`` line are found by ``datelines``). Which mention is the event's is
``event_dates``' question.

No general-purpose date parser is used: a few compiled patterns cover the phrasings news
items use, each with the signals it needs, so most sentences are skipped at once.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass

from .foreign_dates import english_dates

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}

_MONFULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MON = (_MONFULL + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|" + _MONFULL.upper()
        + r"|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC")  # "14 MAY 2024" on a programme
_WD = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?)?"
_D = r"(?:[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
_Y = r"(?:1[89]\d\d|2\d\d\d)(?!\d)"
_DASH = r"\s*(?:-|–|—|‒|&|to|until|till|through|and)\s*(?:the\s+)?"  # "the 3rd through the 5th of"


def _mon(name: str) -> str:
    # the month ends the word, or is abbreviated with a dot: "12 Mayors" is no date
    return rf"(?P<{name}>(?:{_MON}))(?:\.|\b)"


# (kind, pattern) in priority order; earlier patterns win overlapping spans.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("xmonth", re.compile(
        rf"\b(?:from\s+|between\s+)?{_WD}(?P<d1>{_D})\s+(?:of\s+)?{_mon('m1')}(?:,?\s+(?P<y1>{_Y}))?"
        rf"{_DASH}{_WD}(?P<d2>{_D})\s+(?:of\s+)?{_mon('m2')}(?:,?\s+(?P<y2>{_Y}))?")),
    ("range", re.compile(
        rf"\b(?:from\s+|between\s+)?{_WD}(?P<d1>{_D})(?:,\s*{_D}){{0,5}}{_DASH}{_WD}(?P<d2>{_D})\s+"
        rf"(?:of\s+)?{_mon('m')}(?:,?\s+(?P<y>{_Y}))?")),
    ("us_xmonth", re.compile(
        rf"\b(?:from\s+|between\s+)?{_WD}{_mon('m1')}\s+(?P<d1>{_D}),?{_DASH}{_WD}{_mon('m2')}\s+(?P<d2>{_D})"
        rf"(?:,?\s+(?P<y>{_Y}))?")),
    ("us_range", re.compile(
        rf"\b(?:from\s+|between\s+)?{_WD}{_mon('m')}\s+(?P<d1>{_D}){_DASH}(?P<d2>{_D})(?:,?\s+(?P<y>{_Y}))?")),
    ("num_xrange", re.compile(
        rf"\b(?P<d1>[0-3]?\d)[./](?P<m1>[01]?\d)[./]?(?P<y1>{_Y})?\s*(?:-|–|—|to)\s*"
        rf"(?P<d2>[0-3]?\d)[./](?P<m2>[01]?\d)[./](?P<y2>{_Y})")),
    ("num_range", re.compile(
        rf"\b(?P<d1>[0-3]?\d)\s*(?:-|–|—)\s*(?P<d2>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>{_Y})")),
    ("single", re.compile(
        rf"\b{_WD}(?P<d>{_D})\s+(?:of\s+)?{_mon('m')}(?:,?\s+(?P<y>{_Y}))?")),
    ("us_single", re.compile(
        rf"\b{_WD}{_mon('m')}\s+(?P<d>{_D})(?:,?\s+(?P<y>{_Y}))?")),
    ("num_single", re.compile(rf"\b(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>{_Y})")),
    # "14/05/2024" or "5/14/2024": read only when one of the two numbers cannot be a month
    ("num_slash", re.compile(rf"\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>{_Y})(?!/)")),
    ("iso", re.compile(rf"\b(?P<y>{_Y})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    # "on the 12th", "until the 3rd.": a day of the reference date's month
    ("ordinal", re.compile(
        r"\b(?:[Oo]n|[Ff]rom|[Uu]ntil|[Tt]ill|[Tt]hrough|[Ss]tarting)\s+the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b"
        r"(?=\s*[,.;:)]|\s+(?:at|in|and|when|with|as|for\s+(?:a|an|the|its)\b))")),
    ("month_range", re.compile(
        rf"\b(?:between|from)\s+(?P<m1>{_MONFULL})\s+(?:and|to|until|till)\s+(?P<m2>{_MONFULL})"
        rf"(?:,?\s+(?P<y>{_Y}))?")),
    ("month_year", re.compile(rf"\b(?P<m>{_MONFULL})(?:\s+of)?,?\s+(?P<y>{_Y})")),
    ("month_only", re.compile(
        rf"\b(?:[Ii]n|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?)\s+(?P<m>{_MONFULL})\b(?![\s,]+\d)")),
    ("relative", re.compile(
        r"\b(?P<rel>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]his morning|[Ll]ast week|[Ee]arlier this week"
        r"|[Tt]his week|[Ll]ast month|(?:[Ee]arlier |[Ll]ater )?this month"
        r"|(?:(?:[Oo]ver|[Dd]uring|[Oo]n|[Aa]t) the|[Tt]his past|[Tt]his|[Ll]ast|[Nn]ext)"
        r" weekend|(?:(?:[Oo]n|[Ll]ast|[Tt]his past|[Tt]his coming|[Tt]his|[Nn]ext)\s+)?"
        r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
        r"(?:\s+(?:and|to|through|until|till)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?)\b")),
]

@dataclass
class Mention:
    kind: str
    start: tuple[int | None, int | None, int | None]  # (year, month, day)
    end: tuple[int | None, int | None, int | None]
    span: tuple[int, int]
    text: str
    rel: str | None = None


def _month(v: str | None) -> int | None:
    if not v:
        return None
    if v.isdigit():
        return int(v)
    return MONTHS.get(v.lower().rstrip("."))


def _day(v: str | None) -> int | None:
    if not v:
        return None
    m = re.match(r"\d+", v)
    return int(m.group()) if m else None


def _year(v: str | None) -> int | None:
    return int(v) if v else None


def _mention(kind: str, m: re.Match[str], base: int, slash_order: str | None = None,
             ambiguous: bool = False) -> Mention | None:
    g = m.groupdict()
    span = (base + m.start(), base + m.end())
    text = m.group(0)
    if kind in ("xmonth", "num_xrange"):
        y2 = _year(g.get("y2"))
        y1 = _year(g.get("y1"))
        m1, m2 = _month(g["m1"]), _month(g["m2"])
        if m1 is None or m2 is None:
            return None
        if y1 is None and y2 is not None:
            y1 = y2 - 1 if m1 > m2 else y2
        return Mention(kind, (y1, m1, _day(g["d1"])), (y2, m2, _day(g["d2"])), span, text)
    if kind == "us_xmonth":
        y = _year(g.get("y"))
        m1, m2 = _month(g["m1"]), _month(g["m2"])
        if m1 is None or m2 is None:
            return None
        y1 = (y - 1 if m1 > m2 else y) if y else None
        return Mention(kind, (y1, m1, _day(g["d1"])), (y, m2, _day(g["d2"])), span, text)
    if kind in ("range", "us_range", "num_range"):
        y, mo = _year(g.get("y")), _month(g["m"])
        return Mention(kind, (y, mo, _day(g["d1"])), (y, mo, _day(g["d2"])), span, text)
    if kind == "num_slash":
        a, b, year = int(g["a"]), int(g["b"]), int(g["y"])
        if a > 12 >= b or a == b:
            month, day = b, a
        elif b > 12 >= a:
            month, day = a, b
        elif slash_order == "dm":
            month, day = b, a
        elif slash_order == "md":
            month, day = a, b
        elif ambiguous:  # "04/03/2024": day and month cannot be told apart, but a date is written
            return Mention("ambiguous", (year, None, None), (year, None, None), span, text)
        else:
            return None
        return Mention(kind, (year, month, day), (year, month, day), span, text)
    if kind in ("single", "us_single", "num_single", "iso"):
        y, mo, d = _year(g.get("y")), _month(g["m"]), _day(g["d"])
        return Mention(kind, (y, mo, d), (y, mo, d), span, text)
    if kind == "month_range":
        y = _year(g.get("y"))
        return Mention(kind, (y, _month(g["m1"]), None), (y, _month(g["m2"]), None), span, text)
    if kind in ("month_year", "month_only"):
        y = _year(g.get("y"))
        mo = _month(g["m"])
        return Mention(kind, (y, mo, None), (y, mo, None), span, text)
    if kind == "ordinal":
        d = _day(g["d"])
        return Mention(kind, (None, None, d), (None, None, d), span, text) if d and d <= 31 else None
    if kind == "relative":
        return Mention(kind, (None, None, None), (None, None, None), span, text,
                       rel=g["rel"].lower())
    return None


_ANY_MONTH = re.compile(rf"\b(?:{_MON})\b")
#: The first three letters of every month name. A search led by literals is a quick scan, so
#: the sentences that have none (most) skip ``_ANY_MONTH``, which is tried at every position.
_MONTH_START = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
                          r"|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC")
_ANY_DIGIT = re.compile(r"\d")
#: What every all-numeric date ("20.06.2022", "2022-06-20", "20-22.06.2022") holds.
_NUMERIC_DATE = re.compile(r"\d[./-]\d")


def _has_relative_word(text: str) -> bool:
    """Whether ``text`` can hold a "relative" mention: each one it knows ("today", "last
    week", "on Monday", ...) contains one of these words in lower case."""
    return "day" in text or "week" in text or "month" in text or "morning" in text or "morrow" in text


#: The signals each pattern needs in a text: d(igit), n(umeric date), m(onth name), r(elative).
_NEEDS = {"xmonth": "dm", "range": "dm", "us_xmonth": "dm", "us_range": "dm", "num_xrange": "n",
          "num_range": "n", "single": "dm", "us_single": "dm", "num_single": "n", "num_slash": "n", "iso": "n",
          "month_range": "m", "month_year": "dm", "month_only": "m", "relative": "r", "ordinal": "d"}
#: The patterns to try for each set of signals a text has ("d", "dnm", "mr", ...), in order.
_PATTERNS_FOR = {
    "".join(have): [(kind, pattern) for kind, pattern in _PATTERNS
                    if all(c in have for c in _NEEDS[kind])]
    for size in range(1, 5) for have in itertools.combinations("dnmr", size)
}


def slash_order(text: str) -> str | None:
    """The order a text writes slashed dates in, when the dates that show it agree: "dm" when
    one reads "23/09/2022", "md" when one reads "9/23/2022"; None when none shows it or two
    disagree. It settles the text's "04/03/2024"."""
    orders = set()
    for m in _SLASHED.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if a > 12 >= b:
            orders.add("dm")
        elif b > 12 >= a:
            orders.add("md")
    return orders.pop() if len(orders) == 1 else None


_SLASHED = re.compile(rf"\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?:{_Y})(?!/)")


def find_mentions(text: str, base: int = 0, slash_order: str | None = None,
                  ambiguous: bool = False) -> list[Mention]:
    """All date mentions in ``text`` (offsets shifted by ``base``), earliest first; an
    ambiguous slashed date is read in ``slash_order`` when the text's other dates give it, and
    else left out, or, with ``ambiguous``, kept as an "ambiguous" mention of its year only."""
    taken: list[tuple[int, int]] = []
    out: list[Mention] = []
    digit = _ANY_DIGIT.search(text)
    original, text = text, english_dates(text) if digit else text
    have = ("d" if digit else "") + ("n" if digit and _NUMERIC_DATE.search(text) else "") + \
        ("m" if _MONTH_START.search(text) and _ANY_MONTH.search(text) else "") + \
        ("r" if _has_relative_word(text) else "")
    if not have:
        return out
    for kind, pattern in _PATTERNS_FOR[have]:
        for m in pattern.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            men = _mention(kind, m, base, slash_order, ambiguous)
            if men is None:
                continue
            taken.append((s, e))
            if text is not original:  # the words as written, to the end of a rewritten month
                while e < len(text) and text[e] == " " and not original[e].isspace():
                    e += 1
                men.text = original[s:e]
            out.append(men)
    out.sort(key=lambda x: x.span[0])
    return _joined(out, text, base) if len(out) > 1 else out


#: Before a day written alone: the event begins ("opened on Friday 18 October", "from
#: Thursday morning, 5 June").
#: A time of day before either day: "from 9 p.m. on Friday 3 May to 5 a.m. on Saturday".
_AT_TIME = (r"(?:(?:at\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.m\.|[ap]m\b)|\d{1,2}[:.]\d\d|noon|midnight)"
            r"\s+(?:on\s+)?)?")
_OPENS_BEFORE = re.compile(r"\b(?:from|opened|opens|began|begins|started|starts|kicked\s+off|commenced)"
                           r"(?:\s+on)?\s+" + _AT_TIME + r"(?:[A-Za-z]+,?\s+){0,2}$", re.IGNORECASE)
#: Between two days: the second ends what the first began ("... and closed on Sunday 20
#: October", "..., to Sunday evening, 3 December").
_CLOSES_BETWEEN = re.compile(
    r"^(?:\s+(?:evening|morning|afternoon|night))?,?\s+(?:(?:and\s+)?(?:closed|ended|concluded|finished"
    r"|wrapped\s+up)(?:\s+on)?|to|until|till|through)\s+" + _AT_TIME + r"(?:[A-Za-z]+,?\s+){0,2}$",
    re.IGNORECASE)


def _joined(mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """Two days written apart, one opening and one closing the same span ("opened on Friday
    11 April and closed on Sunday 13 April 2025", "from Thursday morning, 5 June, to
    Sunday evening, 3 December"), as one mention of the span (weekdays between them are part
    of it); the first takes the second's year when it has none."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        a = mentions[i]
        j = i + 1
        while j < len(mentions) and mentions[j].kind == "relative":
            j += 1
        b = mentions[j] if j < len(mentions) else None
        if (b is not None and a.kind != "relative" and a.start == a.end and b.start == b.end
                and None not in a.start[1:] and None not in b.start[1:]
                and _OPENS_BEFORE.search(text, max(0, a.span[0] - base - 40), a.span[0] - base)
                and _CLOSES_BETWEEN.match(text[a.span[1] - base:b.span[0] - base])):
            year = a.start[0]
            if year is None and b.start[0] is not None:
                year = b.start[0] - 1 if (a.start[1] or 0) > (b.start[1] or 0) else b.start[0]
            out.append(Mention("joined", (year, a.start[1], a.start[2]), b.end, (a.span[0], b.span[1]),
                               text[a.span[0] - base:b.span[1] - base]))
            i = j + 1
            continue
        out.append(a)
        i += 1
    return out


# --------------------------------------------------------------------------- references

@dataclass
class Reference:
    date: dt.date
    kind: str  # "dateline" | "published" | "metadata"
    evidence: str
    offset: int
    city: str | None = None
    #: Only the year is known (a page date whose day and month cannot be told apart): good
    #: for a missing year, never for "on Tuesday".
    year_only: bool = False


_NUMERIC_US_OR_EU = re.compile(r"\b(?P<a>[01]?\d|[23]\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d\d)\b")


def _parse_simple(text: str) -> dt.date | None:
    m = _NUMERIC_US_OR_EU.search(text)
    if m:
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        try:
            if a <= 12 < b:
                return dt.date(y, a, b)  # 4/14/2004, month first
            if b <= 12 < a:
                return dt.date(y, b, a)
        except ValueError:
            return None
    for men in find_mentions(text):
        if men.kind in ("single", "us_single", "num_single", "iso") and men.start[0]:
            year, month, day = men.start
            if year is None or month is None or day is None:
                return None
            try:
                return dt.date(year, month, day)
            except (TypeError, ValueError):
                return None
    return None


def parse_iso_date(value: object) -> dt.date | None:
    """'2022-11-18T09:30:00+06:00', '2022-04-01' or a date object -> date (None if not valid)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return _parse_simple(value[:60])
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
