"""The dates a text gives about itself: its dateline ("GENEVA, 12 May 2024 (AFP) -", "Madaba,
Oct. 9 (Petra) --") and its ``Published:`` line. Mentions in the body are ``dates``' work.
"""

from __future__ import annotations

import datetime as dt
import re

from .dates import _D, _MON, _WD, _Y, MONTHS, Reference, _mon, _parse_simple, find_mentions
from .structure import _FOREIGN_MONTHS
from .text import Doc

#: Datelines are often written in the language of the place: "GENÈVE, 12 mars 2024 (AFP) -",
#: "MADRID, 3 de mayo de 2024 -", "Berlin, 3. März 2025 –"; the month tables are the page dates'.
_FOREIGN = "|".join(sorted(_FOREIGN_MONTHS, key=lambda w: (-len(w), w)))
_DAY = rf"{_D}\.?"


def _mon_any(name: str) -> str:
    return rf"(?P<{name}>(?:{_MON}|(?i:{_FOREIGN})))(?:\.|\b)"


def _month(v: str | None) -> int | None:
    if not v:
        return None
    low = v.lower().rstrip(".")
    return MONTHS.get(low) or _FOREIGN_MONTHS.get(low)


def _day(v: str | None) -> int | None:
    m = re.match(r"\d+", v or "")
    return int(m.group()) if m else None


_DAY_MONTH_YEAR = rf"(?P<d>{_DAY})\s+(?:de\s+)?{_mon_any('m')},?\s+(?:de\s+)?(?P<y>{_Y})"
_DATELINE = re.compile(
    rf"^\s*(?P<city>[^\W\d_][^\n,–—:]{{1,40}}?)\s*,\s*(?:[^\n,–—]{{1,30}},\s*)?{_WD}"
    rf"(?P<date>{_DAY_MONTH_YEAR}|{_mon('m2')}\s+(?P<d2>{_D}),?\s+(?P<y2>{_Y}))"
    r"\s*(?:[-–—‒]|\(|/|:\s|\.\s+(?=[A-Z])|\.\s*[-–—‒])")
_DATE_IN_DATELINE = (rf"(?P<date>{_DAY_MONTH_YEAR}"
                     rf"|{_mon('m2')}\s+(?P<d2>{_D}),?\s+(?P<y2>{_Y}))")
#: Less common dateline shapes: "12 May 2015, Bishkek –" and "BISHKEK (12 May 2015) –", the town
#: perhaps with its state ("DAYTON, Ohio (June 2, 2025) –"), and a wire's own brackets.
_DATELINE_ALTERNATIVES = (
    re.compile(rf"^\s*{_WD}{_DATE_IN_DATELINE}\s*,\s*(?P<city>[^\W\d_][^\n,–—:()]{{1,40}}?)"
               r"\s*(?:[-–—‒]|:\s)"),
    re.compile(rf"^\s*(?P<city>[^\W\d_][^\n,–—:()]{{1,40}}?)(?:\s*,\s*[^\W\d_][^\n,–—:()]{{1,30}}?)?"
               rf"\s*\(\s*{_DATE_IN_DATELINE}\s*\)"
               r"\s*(?:[-–—‒]|:\s)"),
    # "PESHAWAR, (Harbour News - 8th Jun, 2024) The ...": the agency and the day in brackets
    re.compile(rf"^\s*(?P<city>[A-ZÀ-Ý][A-ZÀ-Ý'’ .\-]{{1,40}}?)\s*,?\s*\([^()\n]{{1,50}}?\s[-–—]\s*"
               rf"{_DATE_IN_DATELINE}\s*\)\s*(?:[-–—‒:]\s*)?(?=[A-Z])"),
)
#: A dateline with the day in figures: "Lindale, 19.06.2024 –", "Quito, 2024-06-12 -".
_DATELINE_NUMERIC = re.compile(
    rf"^\s*(?P<city>[^\W\d_][^\n,–—:]{{1,40}}?)\s*,\s*{_WD}(?P<date>\d{{1,2}}[./]\d{{1,2}}[./]{_Y}|{_Y}-\d\d-\d\d)"
    r"\s*(?:[-–—‒]|\(|:\s)")
_DATELINE_NODATE = re.compile(r"^\s*(?P<city>[A-ZÀ-Ý][A-ZÀ-Ý'’ .\-]{1,40}?)\s*(?:,[^\n–—]{0,30})?\s*[–—-]\s")
#: A dateline whose day has no year, after a place in any case: "POKHARA, Nov 4:", "Madaba, Oct. 9
#: (Petra) --": the filing day, never the event's.
_DATELINE_YEARLESS = re.compile(
    rf"^\s*(?P<city>[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){{0,3}})\s*,\s*(?:[A-ZÀ-Ý][\w'’. -]{{1,30}},\s*)?{_WD}"
    rf"(?P<day>{_mon('m')}\s+{_D}|{_DAY}\s+(?:de\s+)?{_mon_any('m2')})(?!,?\s*\d)\s*(?:\([^()\n]{{1,30}}\)\s*)?(?:--?|[–—]|:)\s"
    r"(?!\s*\d)")
_YEARLESS_DAY = re.compile(rf",\s*{_WD}(?:{_mon('m')}\s+{_D}|{_D}\s+{_mon('m2')})")
_PUBLISHED_LINE = re.compile(
    r"^\s*(?:Published|Posted|Date|Updated|Released)(?:\s+on)?\s*:?\s*(?P<rest>.{4,40})$",
    re.IGNORECASE)


#: A province or state in brackets after a dateline's town.
_PROVINCE = re.compile(r"\s*\([^()\n]{1,30}\)")


def find_dateline(doc: Doc) -> tuple[Reference | None, str | None, tuple[int, int] | None]:
    """The dateline of the first body paragraph: (reference with date, city, date span). A
    summary may stand above the paragraph the dateline opens: a town in capitals opening the
    second paragraph is the dateline too ("PESHAWAR, (Agency - 8th Jun, 2024) ...")."""
    if not doc.paragraphs:
        return None, None, None
    found = _dateline_of(doc, *doc.paragraphs[0], first=True)
    if found == (None, None, None) and len(doc.paragraphs) > 1:
        second = _dateline_of(doc, *doc.paragraphs[1], first=False)
        if second[1] and second[1].split(",")[0].isupper():
            return second
    return found


def _dateline_of(doc: Doc, ps: int, pe: int, first: bool
                 ) -> tuple[Reference | None, str | None, tuple[int, int] | None]:
    head = doc.text[ps:min(pe, ps + 160)]
    m = _DATELINE.match(head)
    for alternative in _DATELINE_ALTERNATIVES:
        m = m or alternative.match(head)
    if not m:
        # A dateline on a line of its own above the first paragraph ("Bishkek, 30 October
        # 2018"): read it as if the usual dash followed it.
        for ls, le in sorted(doc.meta_lines[:4]):
            if first and ls < ps and le - ls <= 60:
                m = _DATELINE.match(doc.text[ls:le].rstrip(" .") + " –")
                if m:
                    ps = ls
                    break
    if m:
        y = int(m.group("y") or m.group("y2"))
        mo = _month(m.group("m") or m.group("m2"))
        d = _day(m.group("d") or m.group("d2"))
        city = _PROVINCE.sub("", m.group("city")).strip()  # "URUBAMBA (Cusco)": the town
        span = (ps + m.start("date"), ps + m.end("date"))
        if mo is None or d is None:
            return None, city, span
        try:
            date = dt.date(y, mo, d)
        except (TypeError, ValueError):
            return None, city, span
        return Reference(date, "dateline", m.group(0).strip(), ps + m.start(), city), city, span
    numeric = _numeric_dateline(head, ps)
    if numeric is not None:
        return numeric
    m = _DATELINE_YEARLESS.match(head)
    if m:
        return None, m.group("city").strip(), (ps + m.start("day"), ps + m.end("day"))
    m = _DATELINE_NODATE.match(head)
    if m and m.group("city").isupper():
        # A wire dateline gives the filing day without its year ("NAIROBI, March 6
        # (Reuters) -"): that day dates the story, never the event.
        filed = _YEARLESS_DAY.search(m.group(0), m.end("city"))
        return None, m.group("city").strip(), (ps + filed.start(), ps + filed.end()) if filed else None
    return None, None, None


def _numeric_dateline(head: str, ps: int) -> tuple[Reference, str, tuple[int, int]] | None:
    m = _DATELINE_NUMERIC.match(head)
    figures = find_mentions(m["date"]) if m else []
    if m is None or len(figures) != 1:
        return None
    year, month, day = figures[0].start
    if year is None or month is None or day is None or figures[0].start != figures[0].end:
        return None
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    city = m["city"].strip()
    span = (ps + m.start("date"), ps + m.end("date"))
    return Reference(date, "dateline", m.group(0).strip(), ps + m.start(), city), city, span


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
    return None, None


#: At the foot of a text, a line that ends with the day it was published, perhaps after a
#: byline: "By P. Mwangi | Published Monday, June 10, 2024", "Posted on 10/06/2024".
_PUBLISHED_FOOT = re.compile(
    r"(?:^|[|•·]\s*|\s[–—-]\s*)(?:First\s+)?(?:Published|Posted)(?:\s+on)?\s*:?\s*(?P<rest>[^|•·]{6,40})$",
    re.IGNORECASE)
#: What may stand beside the date on such a line: a time of day and its zone.
_TIME_LEFT = re.compile(r"^[\s,.|·•–—-]*(?:(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?)?[\s.]*$",
                        re.IGNORECASE)


def find_published_foot(doc: Doc) -> tuple[Reference | None, tuple[int, int] | None]:
    """The page date a line at the foot of the text gives ("By ... | Published Monday, June
    10, 2024"): the line holds the date alone after its label, or the date and a time; a date
    whose day and month cannot be told apart gives nothing."""
    for ps, pe in sorted(doc.meta_lines[-4:] + doc.paragraphs[-3:], reverse=True):
        line = doc.text[ps:pe].rstrip()
        if len(line) > 90 or not ("ublished" in line or "osted" in line):
            continue
        m = _PUBLISHED_FOOT.search(line)
        if not m:
            continue
        rest = m["rest"]
        found = [men for men in find_mentions(rest) if men.kind != "relative"]
        if len(found) != 1 or found[0].start != found[0].end or None in found[0].start:
            continue
        at = found[0].span
        if rest[:at[0]].strip(" ,").split(" ")[0].rstrip(",").lower() not in _WEEKDAY_OR_NOTHING \
                or not _TIME_LEFT.match(rest[at[1]:]):
            continue
        year, month, day = found[0].start
        try:
            date = dt.date(year or 0, month or 0, day or 0)
        except ValueError:
            continue
        return Reference(date, "published", line[m.start():].strip(" |•·–—-"), ps + m.start()), \
            (ps + m.start(), pe)
    return None, None


_WEEKDAY_OR_NOTHING = {"", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
