"""Document structure: which lines at the top of a text are page furniture, page dates,
bylines and captions, which one is the headline (if any), and where the body begins.

A text saved from a web page rarely opens with its headline: navigation ("Skip to main
content", "Home ›› National"), section labels, a page date, a photo caption or the site's
name come first, and some texts have no headline at all and open with the lede or a
dateline. Each line of the top block is labelled from general cues (length, case, final
punctuation, a small vocabulary of furniture words, dates, repetition, words shared with the
lede); the headline is the best candidate, or absent. Nothing here knows any site.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from . import gazetteer
from .alternation import compile_factored
from .fields import Field, find_fields, is_event_date_line, is_field_line
from .furniture import is_body_name, is_caption, is_furniture

#: How many lines from the top may hold furniture and the headline.
TOP_LINES = 12

#: Month names of the languages page dates are often written in (French, Spanish, Portuguese,
#: German, Italian, Dutch), with their numbers: "lundi 2 septembre 2024", "26 de noviembre de 2023".
_FOREIGN_MONTHS = {
    **dict.fromkeys(("janvier", "enero", "janeiro", "januar", "gennaio", "januari"), 1),
    **dict.fromkeys(("février", "fevrier", "febrero", "fevereiro", "februar", "febbraio", "februari"), 2),
    **dict.fromkeys(("mars", "marzo", "março", "marco", "märz", "maart"), 3),
    **dict.fromkeys(("avril", "abril", "aprile"), 4),
    **dict.fromkeys(("mai", "mayo", "maio", "maggio", "mei"), 5),
    **dict.fromkeys(("juin", "junio", "junho", "juni", "giugno"), 6),
    **dict.fromkeys(("juillet", "julio", "julho", "juli", "luglio"), 7),
    **dict.fromkeys(("août", "aout", "agosto", "augustus"), 8),
    **dict.fromkeys(("septembre", "septiembre", "setiembre", "setembro", "settembre"), 9),
    **dict.fromkeys(("octobre", "octubre", "outubro", "oktober", "ottobre"), 10),
    **dict.fromkeys(("novembre", "noviembre", "novembro"), 11),
    **dict.fromkeys(("décembre", "decembre", "diciembre", "dezembro", "dezember", "dicembre"), 12),
}
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
          r"|" + "|".join(sorted(_FOREIGN_MONTHS, key=lambda w: (-len(w), w))) + r")\.?")
_WEEKDAY = (r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?|lundi|mardi|mercredi|jeudi"
            r"|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|Montag|Dienstag"
            r"|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\.?")
#: A page-date marker that opens the text (" date 2021-03-17 ..."), as some crawls store it.
PAGE_DATE_MARK = re.compile(r"date\s+(?P<y>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?(?=\s|$)\s*")
#: A date in the forms page-date lines use.
_DATE_PIECE = compile_factored(
    rf"(?:{_WEEKDAY},?\s+)?(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(?P<m1>{_MONTH}),?\s+(?:de\s+)?"
    rf"(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
    r"|(?P<y3>\d{4})[-/](?P<m3>\d{2})[-/](?P<d3>\d{2})"
    r"|(?P<a4>\d{1,2})[./-](?P<b4>\d{1,2})[./-](?P<y4>\d{4}))", re.IGNORECASE)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?", re.I)
_DASH_SITE = re.compile(r"^(?P<head>(?:\S+\s+){3,}\S+)\s+[–—-]\s+(?P<tail>[A-Z][\w’'&.]*(?:\s+(?:of\s+|the\s+)?"
                        r"[A-Z][\w’'&.]*){0,3})$")
_PERSON_TITLES = frozenset("Mayor Minister President Governor Senator Dr Prof Professor Mr Mrs Ms Sir Dame Chief"
                           " Judge Councillor Rev Father Sister Bishop Premier Chancellor".split())
#: A label opening a line ("Admission: ...", "Tickets: ..."), a field when it follows one.
_LABEL = re.compile(r"^[A-Z][\w ]{1,24}:\s")
#: A dateline that opens the lede: "ISLAMABAD:", "LAHORE -", "SAVANNAH, Ga. (WSAV) —",
#: "Frankfurt (dpa) -", "Gelephu, Sarbang -", ", NAIROBI, Kenya, Apr 11 –".
DATELINE_OPENING = re.compile(
    r"^[\s,]*(?P<place>[A-Z][A-Za-z’'.\-]*(?:[ \-][A-Z][A-Za-z’'.\-]*){0,3}"
    r"(?:\s*\([A-Z][A-Za-z .]*\))?(?:,\s*[A-Z][A-Za-z’'.\-]*(?:\s[A-Z][A-Za-z’'.\-]*){0,2}\.?){0,2})"
    r"(?:,\s*[^–—\n]{3,25}?)?\s*(?:\((?P<agency>[^)]{2,30})\)\s*)?(?P<mark>[:–—]|\s-{1,2}\s|-(?=[A-Z]))")
_WORD = re.compile(r"[^\W\d_][\w’'\-]*")
_STOP = frozenset("""a an and the of in on at for to from by with into over under about as is are
was were be been its their his her this that these those or not no new will has have had it our
we you they he she""".split())
_VERBISH = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|held|hosted|organi[sz]ed|opens?"
    r"|launch(?:es|ed)?|marks?|meets?|met|joins?|holds?|hosts?|offers?|gathers?|brings?"
    r"|announces?|concludes?|concluded|trains?|trained|appoints?|named|unveil(?:s|ed)?"
    r"|aims?|takes?|took|seeks?|calls?|urges?|discuss(?:es|ed)?|celebrates?|kicks?"
    r"|participates?|attend(?:s|ed)?|\w+ed)\b")


_ENDS_WITH_PREPOSITION = re.compile(r"\b(?:on|in|from|of|since|until|till|by|to|at|for|before|after)\s*$",
                                    re.IGNORECASE)


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str
    kind: str  # furniture | caption | page_date | field | dateline | byline | headline | candidate | prose


@dataclass
class Layout:
    """What the top of a text is made of."""

    headline: str = ""
    headline_start: int = -1
    body_start: int = 0
    page_date: dt.date | None = None
    page_date_text: str = ""
    page_date_start: int = -1
    #: The year of a page date whose day and month are ambiguous ("11/02/2023").
    page_year: int | None = None
    #: A line holding only a place in capitals ("SANTA CRUZ"), the story's dateline.
    dateline_place: str | None = None
    lines: list[Line] = field(default_factory=list)
    #: Labelled event fields ("Date: ...", "Venue: ..."), by kind.
    fields: dict[str, Field] = field(default_factory=dict)


def _date_of(m: re.Match[str]) -> dt.date | None:
    g = m.groupdict()
    try:
        if g.get("y1"):
            return dt.date(int(g["y1"]), _month_number(g["m1"]), int(g["d1"]))
        if g.get("y2"):
            return dt.date(int(g["y2"]), _month_number(g["m2"]), int(g["d2"]))
        if g.get("y3"):
            return dt.date(int(g["y3"]), int(g["m3"]), int(g["d3"]))
        if g.get("y4"):
            a, b = int(g["a4"]), int(g["b4"])
            if a > 12 >= b:
                return dt.date(int(g["y4"]), b, a)
            if b > 12 >= a:
                return dt.date(int(g["y4"]), a, b)
            # 11/02/2023: day and month cannot be told apart, unless a weekday says
            weekday = _WEEKDAY_NAME.search(m.string)
            if weekday:
                fits = [d for d in _both_ways(int(g["y4"]), a, b)
                        if d.weekday() == _WEEKDAYS.index(weekday.group(0)[:3].lower())]
                if len(fits) == 1:
                    return fits[0]
            return None
    except (TypeError, ValueError):
        return None
    return None


_WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_WEEKDAY_NAME = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.IGNORECASE)


def _both_ways(year: int, a: int, b: int) -> list[dt.date]:
    out = []
    for month, day in ((a, b), (b, a)):
        try:
            out.append(dt.date(year, month, day))
        except ValueError:
            pass
    return out


def _month_number(name: str) -> int:
    foreign = _FOREIGN_MONTHS.get(name.lower().rstrip("."))
    if foreign:
        return foreign
    return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
            "dec"].index(name[:3].lower()) + 1


def _content_words(text: str) -> set[str]:
    return {low for w in set(_WORD.findall(text)) if len(w) > 2 and (low := w.lower()) not in _STOP}


#: A line that is only a dateline: a place, a day of a month, perhaps a wire service's name.
_DATELINE_LINE = re.compile(rf"^(?P<place>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){{0,2}}),\s*{_MONTH}\.?\s+\d{{1,2}}"
                            r"(?:,\s*\d{4})?(?:,\s*(?P<agency>[A-Z][A-Za-z-]{1,14}))?\s*[-–—:]?$")


def is_page_date_line(text: str) -> bool:
    """A line that is a date, perhaps with a weekday, a time, a site name or a label:
    "Saturday, 11/02/2023 08:00", "15 February 2011", "News | 14 November 2016"."""
    m = _DATE_PIECE.search(text)
    if not m:
        return False
    rest = _TIME.sub(" ", text[:m.start()] + " " + text[m.end():])
    words = _WORD.findall(rest)
    return len(words) <= 6


def dateline_match(text: str) -> re.Match[str] | None:
    """A dateline opening ``text``. A colon or a dash without spaces follows only a place in
    capitals ("ISLAMABAD:", "KARACHI-The"): "Photos:" and "Al-Jazeera" are no datelines."""
    m = DATELINE_OPENING.match(text)
    if m and m["mark"] in (":", "-") and not m["place"].isupper():
        return None
    return m


def opening_dateline(text: str) -> str | None:
    """The place of a dateline that opens ``text`` ("LAHORE -", "BOGOTA, Colombia -",
    "Frankfurt (dpa) -"): its first part, as written; None when there is none."""
    m = dateline_match(text)
    if not m:
        return None
    place = re.sub(r"\s*\([^)]*\)", "", m["place"]).split(",")[0].strip(" .")
    return place if 0 < len(place.split()) <= 4 else None


#: A page's title: two short parts joined by a bar or a dash ("Annual Report | Lindale Trust",
#: "Collections - Good practice").
_PAGE_TITLE = re.compile(r"^(?:(?!\s[|–—-]\s).){2,60}\s[|–—-]\s(?:(?!\s[|–—-]\s).){2,60}$")


def _deck_below(headline: str, line: str) -> bool:
    """``line``, right below ``headline``, is its deck (standfirst): no shorter than it and not
    a copy of it, under a headline that is a quote or a phrase in sentence case, not a site's
    label ("'We ran out of sacks by ten'" over "Estuary clean-up draws four parishes ...")."""
    words = headline.split()
    quoted = headline[:1] in "\"'“‘" and headline[-1:] in "\"'”’"
    sentence_case = sum(1 for w in words if w[:1].islower() and len(w) > 3) >= 2 and not _LABEL_MARK.search(headline)
    # a sentence under a line with no final stop ("Summer Lectures Fill The Quayside" over
    # "Harbour Lecture, Tide Table Talk, and Lighthouse Evening.")
    sentence_below = line.endswith(".") and headline[-1:].isalnum()
    return (len(words) >= 3 and (quoted or sentence_case or sentence_below) and not headline.endswith(".")
            and len(line) >= len(headline) and headline not in line and line not in headline)


#: What joins a site's labels ("Travel / Rankings", "About us – Annual review"), never a headline's words.
_LABEL_MARK = re.compile(r"\s[/>|–—:+-]\s")


def _section_label(text: str) -> bool:
    """A section's or issue's label: one to three capitalised words, perhaps with a month or a
    date after a dash ("School News", "Economy", "Parish Newsletter – May 2025")."""
    label = _LABEL_MARK.split(text)
    words = label[0].split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not any(
        c.isdigit() or c in ".!?:,;\"“”" for c in label[0]) and all(
        is_page_date_line(part) or len(part.split()) <= 3 for part in label[1:])


def _over_section(texts: list[str], candidates: list[int], rank: int) -> bool:
    """The candidate stands over a section label, and a longer line follows the label: the
    site's name, its section, then the headline ("Lindale Gazette" / "Sport" / "...")."""
    i = candidates[rank]
    if rank + 1 >= len(candidates) or candidates[rank + 1] != i + 1 or not _section_label(texts[i + 1]):
        return False
    return any(len(texts[j].split()) >= 3 and not _section_label(texts[j]) for j in candidates[rank + 2:])


def _dateline_only(text: str) -> str | None:
    """The place of a line that is only a dateline, perhaps with a bracketed note after it
    ("GENÈVE (AFP) -", "SAFRANBOLU (Karabük) – [translated]"); None for any other line."""
    m = dateline_match(text)
    if not m or not m["place"].split(",")[0].split("(")[0].strip().isupper():
        return None
    rest = text[m.end():].strip()
    if rest and not (rest[0] in "[(" and rest[-1] in "])"):
        return None
    return opening_dateline(text)


def _is_prose(text: str) -> bool:
    """A sentence of the story rather than a headline: long, with a verb, ending in a full
    stop (or running on), or opening with a dateline."""
    words = text.split()
    if len(words) >= 8 and dateline_match(text) and (len(words) > 14 or text.rstrip()[-1:] in ".!?\"”"):
        return True  # a short line with no full stop after "Lindale –" is a headline
    if len(words) >= 25:
        return True
    ends = text.rstrip()[-1:] in ".!?\"”"
    lowered = sum(1 for w in words if w[:1].islower())
    if len(words) >= 15 and ends and lowered >= len(words) / 3:
        return True  # a headline is seldom that long and ends in a full stop, whatever its verb
    return len(words) >= 6 and ends and lowered >= len(words) / 3 and bool(_VERBISH.search(text))


def _strip_site(text: str, later: list[str]) -> str:
    """'Headline | Site name' -> 'Headline'; 'Site: Section: Headline' -> the headline when a
    later line repeats it; a page date glued to the end ('... (Virtual) May 13, 2024') goes."""
    for other in later:
        if other and other != text and len(other.split()) >= 3 and text.endswith(other):
            return other
        if other and other != text and len(other.split()) >= 3 and text.startswith(other):
            return other
    if " | " in text:
        head, _, tail = text.partition(" | ")
        if len(tail.split()) <= 8 and len(head.split()) >= 3:
            text = head
    site = _DASH_SITE.match(text)
    if site and sum(w[:1].islower() for w in site["head"].split()) >= 2 \
            and site["tail"].split()[0].rstrip(".") not in _PERSON_TITLES:
        text = site["head"]  # a headline in sentence case, then a name: "... – Lindale Gazette"
    m = None
    for m in _DATE_PIECE.finditer(text):
        pass
    if (m and m.end() >= len(text.rstrip()) - 1 and m.start() > 0 and len(text[:m.start()].split()) >= 4
            and not _ENDS_WITH_PREPOSITION.search(text[:m.start()])):
        text = text[:m.start()].rstrip(" ,|-–—")
    return text.strip()


def _take_page_date(layout: Layout, line: str, start: int) -> None:
    if layout.page_date is not None:
        return
    m = _DATE_PIECE.search(line)
    if not m:
        return
    date = _date_of(m)
    if date:
        layout.page_date, layout.page_date_text, layout.page_date_start = date, line, start
    elif m["y4"] and layout.page_year is None:
        layout.page_year = int(m["y4"])
        layout.page_date_text, layout.page_date_start = line, start


def analyse(text: str) -> Layout:
    """Label the top lines of ``text`` and choose its headline."""
    layout = Layout(fields=find_fields(text))
    pos = 0
    raw_lines: list[tuple[int, int]] = []
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            raw_lines.append((s, e))
        if len(raw_lines) >= TOP_LINES:
            break
    if not raw_lines:
        return layout
    # A page-date marker at the very start, then whatever follows it on the line.
    s0, e0 = raw_lines[0]
    mark = PAGE_DATE_MARK.match(text, s0, e0)
    if mark:
        try:
            layout.page_date = dt.date(int(mark["y"]), int(mark["m"]), int(mark["d"] or 1)) \
                if mark["d"] else None
        except ValueError:
            layout.page_date = None
        layout.page_date_text = text[mark.start():mark.end()].strip()
        layout.page_date_start = mark.start()
        if mark.end() >= e0:
            raw_lines.pop(0)
        else:
            raw_lines[0] = (mark.end(), e0)
    texts = [" ".join(text[s:e].split()) for s, e in raw_lines]
    candidates: list[int] = []
    body_index = len(raw_lines)
    for i, (s, e) in enumerate(raw_lines):
        t = texts[i]
        if body_index < len(raw_lines):
            # below the lede, only a page-date line ("News | 14 November 2016") is looked for
            if len(t.split()) <= 8 and is_page_date_line(t) and not is_event_date_line(t, layout.fields):
                _take_page_date(layout, t, s)  # the count first: paragraphs are long
            continue
        if _is_prose(t):
            body_index = i
            continue
        if is_field_line(t, layout.fields) or (
                layout.lines and layout.lines[-1].kind == "field" and _LABEL.match(t)):
            kind = "field"
        elif is_page_date_line(t):
            kind = "page_date"
            _take_page_date(layout, t, s)
        elif is_furniture(t):
            kind = "furniture"
        elif is_caption(t):
            kind = "caption"  # a caption in sentences opens the body: its day and names are the event's
        elif (place := _dateline_only(t)) is not None:
            kind = "dateline"  # "SAFRANBOLU (Karabük) –" on its own line, a note at most after it
            layout.dateline_place = layout.dateline_place or place
        elif t.isupper() and len(t.split()) <= 4 and not candidates and not any(c.isdigit() for c in t) \
                and not t.endswith("."):  # "CHAMBER OF COMMERCE.": an old paper's headline, stop and all
            # a town in capitals over the story is its dateline; any other name in capitals
            # there ("LINDALE GAZETTE", "MINISTRY OF WORKS", "FOR IMMEDIATE RELEASE") is the site's
            town = t.strip(" ,.-–—:").split(",")[0].strip()
            kind = "dateline" if gazetteer.cities(town, folded=True) else "furniture"
            if kind == "dateline":
                layout.dateline_place = t.strip(" ,.-–—:")
        elif (dl := _DATELINE_LINE.match(t)) is not None:
            # "Baku, April 25, AZERTAC": where and when a wire service filed the story, which
            # says nothing of where the event was; without an agency the place may be the venue
            kind = "dateline"
            if not dl["agency"]:
                layout.dateline_place = layout.dateline_place or dl["place"]
        else:
            kind = "candidate"
            candidates.append(i)
        layout.lines.append(Line(s, e, t, kind))
    lede = " ".join(texts[body_index:body_index + 3]) if body_index < len(texts) else ""
    lede_words = _content_words(lede)
    best, best_score = -1, 0.0
    for rank, i in enumerate(candidates):
        t = texts[i]
        words = t.split()
        later = texts[i + 1:]
        score = 1.0
        if len(words) >= 4:
            score += 1.0
        if len(words) > 30:
            score -= 2.0
        if any(o and (o == t or (len(o.split()) >= 3 and (t.endswith(o) or o.endswith(t))))
               for o in later):
            score += 1.0  # the headline repeated below (often with the site's name)
        cw = _content_words(t)
        owner = rank < len(candidates) - 1 and is_body_name(words)
        if cw and lede_words and not owner:
            # shared words over at least four: a two-word name the lede repeats is no headline;
            # nor is a body's name, which the lede repeats because the body acts in it
            score += 2.0 * len(cw & lede_words) / max(len(cw), 4)
        if rank == 0:
            score += 0.25
        if rank and candidates[rank - 1] == i - 1 and _deck_below(texts[i - 1], t):
            continue  # a deck restates the headline above it, at more length: never the headline
        if rank and len(words) <= 6 and any(
                len(texts[j]) > len(t) and t.casefold() in texts[j].casefold() for j in candidates[:rank]):
            score -= 1.5  # the heading of one part that a line above lists ("Harbour Lecture")
        if owner:
            score -= 1.0  # "Friends of Lindale Library" above the headline: the site's owner
        if rank < len(candidates) - 1 and _PAGE_TITLE.match(t) and any(
                len(texts[j].split()) >= 4 and not _PAGE_TITLE.match(texts[j]) for j in candidates[rank + 1:]):
            score -= 1.0  # "Reports | Lindale Trust" above a headline: the page's title
        if rank < len(candidates) - 1 and (any(ln.kind == "furniture" and ln.start > raw_lines[i][0]
                                               and ln.start < raw_lines[candidates[-1]][0] for ln in layout.lines)
                                           or _over_section(texts, candidates, rank)):
            score -= 1.0  # a masthead: the site's name above its menu or section, the headline below it
        if score > best_score:
            best, best_score = i, score
    if best >= 0:
        s, e = raw_lines[best]
        headline = _strip_site(texts[best], texts[best + 1:body_index + 1])
        layout.headline = headline
        found = text.find(headline, s, e + 1)
        layout.headline_start = found if found >= 0 else s
        layout.lines = [ln if ln.start != s else Line(ln.start, ln.end, ln.text, "headline")
                        for ln in layout.lines]
    if best >= 0 and best + 1 in candidates and best + 1 < body_index and _deck_below(texts[best], texts[best + 1]):
        layout.body_start = raw_lines[best + 1][0]  # a deck sums the story up: it opens the body
    elif body_index < len(raw_lines):
        layout.body_start = raw_lines[body_index][0]
    elif best >= 0:
        layout.body_start = raw_lines[best][1]
    else:
        layout.body_start = raw_lines[0][0] if raw_lines else 0
    # lines between the headline and the first prose line (byline, date, caption) are left
    # out of the body: it begins at the first prose line
    return layout
