"""Date mentions: finding them, resolving partial and relative ones, choosing the event dates.

No general-purpose date parser is used: a few compiled patterns cover the phrasings press
releases use (ranges, US style, numeric, month-only, relative to a dateline), and the
resolution rules are explicit:

* a missing year comes from the reference date (dateline, ``Published:`` line or metadata);
  with no reference anywhere the dates stay unknown (warning ``no event date year``);
* impossible dates (31 February) are never rolled over: unknown, warning ``invalid date``;
* implausible years are kept literally with the warning ``implausible or future date``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field

from .classify import EVENT_NOUN
from .text import NUMBER_RE, WORD_START, Doc, Sentence, parse_number

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}

_MONFULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MON = _MONFULL + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
_WD = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?)?"
_D = r"(?:[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
_Y = r"(?:1[89]\d\d|2\d\d\d)(?!\d)"
_DASH = r"\s*(?:-|–|—|‒|to|until|till|through|and)\s*"


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
        rf"\b(?:from\s+|between\s+)?{_WD}{_mon('m1')}\s+(?P<d1>{_D}){_DASH}{_mon('m2')}\s+(?P<d2>{_D})"
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
    ("iso", re.compile(rf"\b(?P<y>{_Y})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    ("month_range", re.compile(
        rf"\b(?:between|from)\s+(?P<m1>{_MONFULL})\s+(?:and|to|until|till)\s+(?P<m2>{_MONFULL})"
        rf"(?:,?\s+(?P<y>{_Y}))?")),
    ("month_year", re.compile(rf"\b(?P<m>{_MONFULL})(?:\s+of)?,?\s+(?P<y>{_Y})")),
    ("month_only", re.compile(
        rf"\b(?:[Ii]n|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?)\s+(?P<m>{_MONFULL})\b(?![\s,]+\d)")),
    ("relative", re.compile(
        r"\b(?P<rel>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]his morning|[Ll]ast week|[Ee]arlier this week"
        r"|[Tt]his week|[Ll]ast month|(?:(?:[Oo]n|[Ll]ast|[Tt]his past|[Tt]his|[Nn]ext)\s+)?"
        r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
        r"(?:\s+and\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?)\b")),
]

_DATELINE = re.compile(
    rf"^\s*(?P<city>[^\W\d_][^\n,–—:]{{1,40}}?)\s*,\s*(?:[^\n,–—]{{1,30}},\s*)?{_WD}"
    rf"(?P<date>(?P<d>{_D})\s+{_mon('m')},?\s+(?P<y>{_Y})|{_mon('m2')}\s+(?P<d2>{_D}),?\s+(?P<y2>{_Y}))"
    r"\s*(?:[-–—‒]|\(|/|:\s|\.\s+(?=[A-Z]))")
_DATE_IN_DATELINE = (rf"(?P<date>(?P<d>{_D})\s+{_mon('m')},?\s+(?P<y>{_Y})"
                     rf"|{_mon('m2')}\s+(?P<d2>{_D}),?\s+(?P<y2>{_Y}))")
#: Less common dateline shapes: "12 May 2015, Bishkek –" and "BISHKEK (12 May 2015) –".
_DATELINE_ALTERNATIVES = (
    re.compile(rf"^\s*{_WD}{_DATE_IN_DATELINE}\s*,\s*(?P<city>[^\W\d_][^\n,–—:()]{{1,40}}?)"
               r"\s*(?:[-–—‒]|:\s)"),
    re.compile(rf"^\s*(?P<city>[^\W\d_][^\n,–—:()]{{1,40}}?)\s*\(\s*{_DATE_IN_DATELINE}\s*\)"
               r"\s*(?:[-–—‒]|:\s)"),
)
_DATELINE_NODATE = re.compile(r"^\s*(?P<city>[A-ZÀ-Ý][A-ZÀ-Ý'’ .\-]{1,40}?)\s*(?:,[^\n–—]{0,30})?\s*[–—-]\s")
_PUBLISHED_LINE = re.compile(
    r"^\s*(?:Published|Posted|Date|Updated|Released)(?:\s+on)?\s*:?\s*(?P<rest>.{4,40})$",
    re.IGNORECASE)

_DURATION = re.compile(WORD_START + r"(?P<n>" + NUMBER_RE + r")[- ](?:full[- ])?days?\b"
                       r"(?![- ](?:later|earlier|before|after|ago))",
                       re.IGNORECASE)
_CONCLUDED = re.compile(r"\b(?:concluded|concludes|closed|closes|ended|ends|wrapped up|came to (?:a close|an end)"
                        r"|finished|culminated)\b")
#: Just before a date: the day something begins ("from May 24", "starting on 3 June").
_STARTS_AT = re.compile(r"\b(?:from|starting(?:\s+on)?|beginning(?:\s+on)?|as\s+of)\s+(?:\w+,?\s+)?$",
                        re.IGNORECASE)
_OPENED = re.compile(r"\b(?:opened|opens|started|starts|began|begins|kicked off|kicks off|took off|commenced"
                     r"|launched|got under way|got underway)\b")

#: Words close before a date that make it the date of something other than the event.
_NEGATIVE = re.compile(
    WORD_START + r"(?:first(?![- ]aid)|previous|prior|preceding|earlier|last year"
    r"|a year (?:earlier|ago|before)|ago|edition"
    r"|next|follow-up|future|take up|taking up|takes up|duties"
    r"|assume|fieldwork|since|deadline|entered into force|adopted"
    r"|released|published|posted|appointed|founded|established|born|by the end"
    r"|third|later this|deadline|register(?:ed)? by|registration)\b", re.IGNORECASE)
#: Before a date, words of the future: the date is of an announced event (a weekday is the
#: next one), or, outside the event's sentence, of something still to come.
_FUTURE = re.compile(WORD_START + r"(?:will|would|shall|is to|are to|to be|planned|plans?|upcoming"
                     r"|scheduled|expected|is set to|are set to|tomorrow)\b", re.IGNORECASE)
#: Words that make a date another thing's only when that thing is what the date follows
#: ("data collected on 3 May", "interviews conducted in June 2020"; but "the OSCE conducted
#: a course" is the event), not when an event verb comes
#: between them and the date ("a workshop on data protection was held on 5 May 2022",
#: "due to the pandemic, the course was held online on ...").
_NEGATIVE_TOPIC = re.compile(
    WORD_START + r"(?:interviews?|conducted(?!\s+(?:a|an|the|its|their|two|three|four|five|several|\d+)\b)"
    r"|surveys?|due|between [A-Z][a-z]+ and|figures|data)\b",
    re.IGNORECASE)
#: Just before a date: the date of a law, decree or other document ("Decree No. 5430 of
#: 20.04.2018", "Law No. 9887, dated 10.03.2008"), not of the event.
_DOCUMENT_DATE = re.compile(
    r"(?:\b[Nn]o\.?\s*[\w./-]*\d[\w./-]*,?\s+(?:of|dated)|\b[Dd]ated"
    r"|\b(?:Law|Decree|Resolution|Regulation|Ordinance|Order)\s+of)\s+(?:the\s+)?$")
_EVENT_VERB = re.compile(
    r"\b(?:held|took place|takes place|take place|took part|take part|concluded|opened|met|meet"
    r"|attended|gathered|brought together|bring together|visited|participated|completed"
    r"|convened|hosted|organi[sz]ed|trained|discussed|connected|launched|started|began"
    r"|came together|joined)\b")


@dataclass
class Mention:
    kind: str
    start: tuple[int | None, int | None, int | None]  # (year, month, day)
    end: tuple[int | None, int | None, int | None]
    span: tuple[int, int]
    text: str
    rel: str | None = None


@dataclass
class Resolved:
    start: str
    end: str
    evidence: str
    offset: int
    warnings: list[str] = field(default_factory=list)


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


def _mention(kind: str, m: re.Match[str], base: int) -> Mention | None:
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
    if kind == "relative":
        return Mention(kind, (None, None, None), (None, None, None), span, text,
                       rel=g["rel"].lower())
    return None


_ANY_MONTH = re.compile(rf"\b(?:{_MON})\b")
#: The first three letters of every month name. A search led by literals is a quick scan, so
#: the sentences that have none (most) skip ``_ANY_MONTH``, which is tried at every position.
_MONTH_START = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_ANY_DIGIT = re.compile(r"\d")
#: What every all-numeric date ("20.06.2022", "2022-06-20", "20-22.06.2022") holds.
_NUMERIC_DATE = re.compile(r"\d[./-]\d")


def _has_relative_word(text: str) -> bool:
    """Whether ``text`` can hold a "relative" mention: each one it knows ("today", "last
    week", "on Monday", ...) contains one of these words in lower case."""
    return "day" in text or "week" in text or "month" in text or "morning" in text or "morrow" in text


#: The signals each pattern needs in a text: d(igit), n(umeric date), m(onth name), r(elative).
_NEEDS = {"xmonth": "dm", "range": "dm", "us_xmonth": "dm", "us_range": "dm", "num_xrange": "n",
          "num_range": "n", "single": "dm", "us_single": "dm", "num_single": "n", "iso": "n",
          "month_range": "m", "month_year": "dm", "month_only": "m", "relative": "r"}
#: The patterns to try for each set of signals a text has ("d", "dnm", "mr", ...), in order.
_PATTERNS_FOR = {
    "".join(have): [(kind, pattern) for kind, pattern in _PATTERNS
                    if all(c in have for c in _NEEDS[kind])]
    for size in range(1, 5) for have in itertools.combinations("dnmr", size)
}


def find_mentions(text: str, base: int = 0) -> list[Mention]:
    """All date mentions in ``text`` (offsets shifted by ``base``), earliest first."""
    taken: list[tuple[int, int]] = []
    out: list[Mention] = []
    digit = _ANY_DIGIT.search(text)
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
            men = _mention(kind, m, base)
            if men is None:
                continue
            taken.append((s, e))
            out.append(men)
    out.sort(key=lambda x: x.span[0])
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


def find_dateline(doc: Doc) -> tuple[Reference | None, str | None, tuple[int, int] | None]:
    """The dateline of the first body paragraph: (reference with date, city, date span)."""
    if not doc.paragraphs:
        return None, None, None
    ps, pe = doc.paragraphs[0]
    head = doc.text[ps:min(pe, ps + 160)]
    m = _DATELINE.match(head)
    for alternative in _DATELINE_ALTERNATIVES:
        m = m or alternative.match(head)
    if not m:
        # A dateline on a line of its own above the first paragraph ("Bishkek, 30 October
        # 2018"): read it as if the usual dash followed it.
        for ls, le in sorted(doc.meta_lines[:4]):
            if ls < ps and le - ls <= 60:
                m = _DATELINE.match(doc.text[ls:le].rstrip(" .") + " –")
                if m:
                    ps = ls
                    break
    if m:
        y = int(m.group("y") or m.group("y2"))
        mo = _month(m.group("m") or m.group("m2"))
        d = _day(m.group("d") or m.group("d2"))
        city = m.group("city").strip()
        span = (ps + m.start("date"), ps + m.end("date"))
        if mo is None or d is None:
            return None, city, span
        try:
            date = dt.date(y, mo, d)
        except (TypeError, ValueError):
            return None, city, span
        return Reference(date, "dateline", m.group(0).strip(), ps + m.start(), city), city, span
    m = _DATELINE_NODATE.match(head)
    if m and m.group("city").isupper():
        return None, m.group("city").strip(), None
    return None, None, None


def find_published_line(doc: Doc) -> tuple[Reference | None, tuple[int, int] | None]:
    """A 'Published: 12 May 2021' / 'Posted on 11.11.2021' line near the top of the text."""
    for ps, pe in sorted(doc.meta_lines[:6] + doc.paragraphs[:3]):
        line = doc.text[ps:pe]
        if len(line) > 60:
            continue
        m = _PUBLISHED_LINE.match(line)
        if not m:
            continue
        date = _parse_simple(m.group("rest"))
        if date:
            return Reference(date, "published", line.strip(), ps), (ps, pe)
    if doc.headline_start >= 0:
        # "Published:" line directly under the headline inside the headline block
        pass
    return None, None


# --------------------------------------------------------------------------- resolution

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


def resolve(men: Mention, ref: Reference | None, year_ref: Reference | None,
            forward: bool = False) -> Resolved | None | str:
    """A mention to ISO start/end. Returns a warning string when it cannot be resolved.
    ``forward``: the sentence speaks of the future, so a weekday is the next one."""
    warnings: list[str] = []
    if men.kind == "relative":
        if ref is None or ref.year_only:
            return f"no reference date for '{men.text}'"
        r = ref.date
        rel = men.rel or ""
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
        elif rel in ("this week", "earlier this week"):
            return "week-level date not representable"
        elif " and " in rel:  # "on Monday and Tuesday": two consecutive-or-not days before
            first, last = WEEKDAYS.get(rel.split()[-3]), WEEKDAYS.get(rel.split()[-1])
            if first is None or last is None:
                return None
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
        iso = d.isoformat()
        _plausible(d.year, warnings, ref.evidence)
        return Resolved(iso, iso, f"{ref.evidence} ... {men.text}", _first_passage(ref, men),
                        warnings)

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


# --------------------------------------------------------------------------- selection

def _score(men: Mention, sent: Sentence, main_index: int, doc: Doc) -> int:
    score = 0
    if sent.index == main_index:
        score += 4
    if doc.search(_EVENT_VERB, sent.text):  # once per sentence, not per date in it
        score += 2
    if sent.para == 0:
        score += 1
    if len(sent.text.split()) < 6:
        score -= 3
    rel_s = men.span[0] - sent.start
    rel_e = men.span[1] - sent.start
    before, after = sent.text[max(0, rel_s - 70):rel_s], sent.text[rel_e:rel_e + 25]
    if (_NEGATIVE.search(before + " " + after) or _about_something_else(before, after)
            or _DOCUMENT_DATE.search(sent.text, max(0, rel_s - 40), rel_s)):
        score -= 6
    if men.kind == "relative" and sent.text.lstrip()[:1] in "\"“'‘":
        score -= 3
    if men.kind in ("month_only",):
        score -= 1
    if sent.index != main_index and _FUTURE.search(before):
        score -= 1
    if men.kind == "relative":
        score -= 1  # a date written out beats a weekday of the same weight
    return score


#: Before or after "N days": a period that is not the event's length ("within 30 days",
#: "detained for up to 3 days", the campaign "16 Days of Activism").
_NOT_LENGTH_BEFORE = re.compile(
    r"\b(?:within|up to|no later than|not later than|at least|at most|every|per|after)\s+$",
    re.IGNORECASE)
_NAME_AFTER = re.compile(r"\s+of\s+[A-Z]")


def _about_something_else(before: str, after: str) -> bool:
    """A ``_NEGATIVE_TOPIC`` word just after the date, or before it with no event verb in
    between."""
    if _NEGATIVE_TOPIC.search(after):
        return True
    last = None
    for last in _NEGATIVE_TOPIC.finditer(before):
        pass
    return last is not None and not _EVENT_VERB.search(before, last.end())


def _find_duration(text: str) -> re.Match[str] | None:
    """The first "N-day" phrase of ``text`` that may be the event's length; skipped when
    ``text`` has no "day" in any case: only d, a and y in either case match those letters
    of the (case-insensitive) pattern, and lower() turns them into "day"."""
    if "day" not in text.lower():
        return None
    for m in _DURATION.finditer(text):
        if _NOT_LENGTH_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue
        if "Day" in m.group(0) and _NAME_AFTER.match(text, m.end()):
            continue  # a capitalised name: "16 Days of Activism"
        return m
    return None


def _duration(doc: Doc, sent: Sentence) -> tuple[int, str] | None:
    m = _find_duration(sent.text)
    if m is None:
        for s in doc.sentences:
            if s.para > 2:
                break
            m2 = _find_duration(s.text)
            before = s.text[max(0, m2.start() - 40):m2.start()] if m2 else ""
            if m2 and not _NEGATIVE.search(before) and not _NEGATIVE_TOPIC.search(before):
                m = m2
                break
    if m is None:
        return None
    n = parse_number(m.group("n"))
    if not n or n > 31:
        return None
    return n, m.group(0)


_BARE_YEAR = re.compile(r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)(?![\d/.-])")


def _year_hint(doc: Doc, men: Mention, sent: Sentence,
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
    found: set[int] = set()
    evidence = ""
    for m in _NOUN_YEAR.finditer(doc.text[:6000]):
        noun = EVENT_NOUN.fullmatch(m["noun"])
        if noun:
            found.add(int(m["y"]))
            evidence = m.group(0)
    if len(found) == 1:
        return Reference(dt.date(found.pop(), 12, 31), "text", evidence, -1, year_only=True)
    return None


_NOUN_YEAR = re.compile(r"\b(?P<noun>[A-Z][a-z]+)\s+(?P<y>(?:19|20)\d\d)\b(?![\d/.-])")


def choose_event_dates(doc: Doc, main_index: int, dateline: Reference | None,
                       published: Reference | None, excluded: list[tuple[int, int]]
                       ) -> tuple[Resolved | None, list[str]]:
    """Pick the event date mention and resolve it. Returns (resolved or None, warnings)."""
    warnings: list[str] = []
    ref_rel = dateline or published
    ref_year = published or dateline
    candidates: list[tuple[int, int, Mention, Sentence]] = []
    for sent in doc.sentences:
        for men in find_mentions(sent.text, sent.start):
            if any(men.span[0] < e and s < men.span[1] for s, e in excluded):
                continue
            candidates.append((_score(men, sent, main_index, doc), men.span[0], men, sent))
    candidates.sort(key=lambda c: (-c[0], c[1]))
    blocked: int | None = None  # the score of a best mention that could not be resolved
    for score, _, men, sent in candidates:
        if score < 0 or (blocked is not None and score < blocked):
            break
        rel_s = men.span[0] - sent.start
        forward = bool(_FUTURE.search(sent.text[:rel_s])) or men.rel == "tomorrow"
        year_ref = ref_year
        if year_ref is None and men.start[0] is None:
            year_ref = _year_hint(doc, men, sent, candidates)
        res = resolve(men, ref_rel, year_ref, forward)
        if res is None:
            continue
        if isinstance(res, str):
            if res.startswith("no reference date") or res.startswith("week-level"):
                continue
            # an equally likely mention may still resolve ("runs from 25 November to
            # 10 December ... held on 25 November 2019"); a less likely one is no answer
            if blocked is None:
                warnings.append(res)
                blocked = score
            continue
        if blocked is not None:
            warnings.clear()  # resolved after all: the unresolvable mention is not the date
        warnings.extend(res.warnings)
        if res.start == res.end and len(res.start) == 10:
            dur = _duration(doc, sent)
            if dur and dur[0] > 1:
                n, dur_text = dur
                day = dt.date.fromisoformat(res.start)
                before = sent.text
                if _CONCLUDED.search(before):
                    res.start = (day - dt.timedelta(days=n - 1)).isoformat()
                    res.evidence = f"{res.evidence} | {dur_text}"
                elif _OPENED.search(before) or _STARTS_AT.search(sent.text, 0, men.span[0] - sent.start):
                    res.end = (day + dt.timedelta(days=n - 1)).isoformat()
                    res.evidence = f"{res.evidence} | {dur_text}"
        return res, warnings
    if not candidates:
        warnings.append("no event date found")
    elif not warnings:
        warnings.append("no event date found")
    return None, warnings
