"""The event's dates: resolving a mention against the reference dates, scoring mentions by
where they stand and what surrounds them, and choosing the event's start and end.

The rules are explicit:

* a missing year comes from the reference date (dateline, ``Published:`` line, page date or
  metadata), or from the text itself (the same day with a year elsewhere, a single year in the
  sentence, a year beside the event's noun); with none of these the dates stay unknown;
* a weekday ("on Tuesday", "ended Sunday") is the one before the reference date, or the one
  after it when the sentence speaks of the future;
* impossible dates (31 February) are never rolled over: unknown, warning ``invalid date``.
"""

from __future__ import annotations

import datetime as dt
import re

from .alternation import compile_factored
from .date_resolution import Resolved, resolve, week_span
from .date_years import year_hint
from .dates import WEEKDAYS, Mention, Reference, find_mentions, slash_order
from .event_cues import EVENT_CONDUCTED
from .text import NUMBER_RE, WORD_START, Doc, Sentence, parse_number

_DURATION = re.compile(WORD_START + r"(?P<n>" + NUMBER_RE + r")[- ](?:full[- ])?days?\b"
                       r"(?![- ](?:later|earlier|before|after|ago))",
                       re.IGNORECASE)
_CONCLUDED = re.compile(r"\b(?:concluded|concludes|closed|closes|ended|ends|wrapped up|came to (?:a close|an end)"
                        r"|finished|culminated)\b")
#: Just before a date: the day something begins ("from May 24", "starting on 3 June").
_STARTS_AT = re.compile(r"\b(?:from|starting(?:\s+on)?|beginning(?:\s+on)?|as\s+of)\s+(?:\w+,?\s+)?$",
                        re.IGNORECASE)
_OPENED = re.compile(r"\b(?:opened|opens|started|starts|began|begins|kicked off|kicks off|took off|commenced"
                     r"|launched|got under way|got underway"
                     r"|(?:the|its)\s+opening(?:\s+(?:day|night|ceremony))?\s+of)\b")

#: Just before a date: the day something ends ("runs until Thursday", "open till 30 May");
#: "now" marks a present that goes on, so a weekday there lies ahead of the reference.
_RUNS_UNTIL = re.compile(r"(?:\b(?P<now>runs|running|continues|continuing|lasts|lasting|remains open|is open|is on"
                         r"|goes on)\s+)?"
                         r"\b(?:until|till)\s+(?:\w+,?\s+)?$", re.IGNORECASE)
#: Words close before a date that make it the date of something other than the event.
_NEGATIVE = re.compile(
    WORD_START + r"(?:first(?![- ]aid)(?!\s+(?-i:[A-Z]))|previous|prior|preceding|earlier|last year|originally"
    r"|a year (?:earlier|ago|before)|ago|edition"
    r"|next|follow-up|future|take up|taking up|takes up|duties"
    r"|assume|fieldwork|since|deadline|entered into force|adopted"
    r"|released|published|posted|appointed|founded|established|born|by the end"
    r"|third(?!\s+(?-i:[A-Z]))|later this|register(?:ed)? by|registrations?|enrol(?:l?ments?)"
    # a window for entries or a deadline: "entries open from 1 to 30 April", "must register with
    # the club by 15 May", "applications close on 3 June", "early-bird tickets until 20 May"
    r"|(?:entries|applications?|submissions?|nominations?|bookings?|sign-?ups?|tickets?|abstracts?|proposals?)"
    r"\s+(?:open|opens|close|closes|are\s+due|is\s+due|must|will\s+close|will\s+open|go\s+on\s+sale)"
    r"|apply\s+(?:by|before|until|from)|(?:must|should|can)\s+(?:register|apply|sign\s+up)"
    r"|register\s+(?:with|online|at)|sign\s+up\s+(?:by|before)|closing\s+date|early[- ]bird)\b", re.IGNORECASE)
#: A capitalised word with another after it that is no month or weekday: a word of a name.
_IN_NAME = re.compile(r"\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)"
                      r"[A-Z][a-z]")


def _negative_cue(text: str) -> bool:
    """A ``_NEGATIVE`` word in ``text`` that is not a word of a name: the "Future Mobility
    Summit" and the "Next Generation Forum" speak of no other time."""
    return any(not (m.group()[:1].isupper() and _IN_NAME.match(text, m.end()))
               for m in _NEGATIVE.finditer(text))


#: A sentence about sign-ups, whose opening or closing day is a deadline however far the date
#: stands from its subject: "Registrations for the workshop, to be held in May, close on 2 April".
_SIGN_UP_SUBJECT = re.compile(
    r"^\W*(?:the\s+|online\s+|early(?:[- ]bird)?\s+)?(?:registrations?|entries|applications?|submissions?"
    r"|nominations?|bookings?|tickets?|abstracts?|proposals?|sign-?ups?|enrol(?:l)?ments?)\b", re.IGNORECASE)
_SIGN_UP_DAY = re.compile(r"\b(?:close|closes|closed|open|opens|are\s+due|is\s+due|ends?|(?:must|should)\s+be"
                          r"\s+(?:made|received|submitted|sent|in))\s+(?:on\s+|by\s+|before\s+)?(?:the\s+)?$",
                          re.IGNORECASE)
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
#: A sentence that moves an event to new dates, and the words just before the new date:
#: "postponed to 4-8 December", "rescheduled for 12 May", "the new dates are 3-5 June".
_RESCHEDULING = re.compile(r"postpone|reschedul|moved|pushed back|put back|put off|delayed|deferred"
                           r"|brought forward|new dates?", re.IGNORECASE)
_RESCHEDULED_TO = re.compile(
    r"(?:\b(?:postponed|rescheduled|moved|pushed\s+back|put\s+back|put\s+off|delayed|deferred"
    r"|brought\s+forward)(?:\s+(?:again|once\s+more))?\s+(?:to|until|till|for)"
    r"|\bnew\s+dates?(?:\s+(?:is|are|will\s+be))?(?:\s+of)?:?)\s+(?:the\s+)?$", re.IGNORECASE)
#: Just before a date: the date of a law, decree or other document ("Decree No. 5430 of
#: 20.04.2018", "Law No. 9887, dated 10.03.2008"), not of the event.
_DOCUMENT_DATE = re.compile(
    r"(?:\b[Nn]o\.?\s*[\w./-]*\d[\w./-]*,?\s+(?:of|dated)|\b[Dd]ated"
    r"|\b(?:Law|Decree|Resolution|Regulation|Ordinance|Order)\s+of)\s+(?:the\s+)?$")
_EVENT_VERB = compile_factored(
    r"\b(?:held|took place|takes place|take place|took part|take part|concluded|opened|met|meet"
    r"|attended|gathered|brought together|bring together|visited|participated|completed"
    r"|convened|hosted|organi[sz]ed|trained|discussed|connected|launched|started|began"
    r"|came together|joined|ran|runs|running)\b")



# --------------------------------------------------------------------------- selection

def _score(men: Mention, sent: Sentence, main_index: int, doc: Doc, since: int = 0) -> int:
    """How likely ``men`` is the event's date; ``since``: where the sentence's previous date
    ends, so that the words before that date are not read as this one's."""
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
    before, after = sent.text[max(0, rel_s - 70, since):rel_s], sent.text[rel_e:rel_e + 25]
    if doc.search(_RESCHEDULING, sent.text) and _RESCHEDULED_TO.search(sent.text, max(0, rel_s - 40), rel_s):
        # "meant to start on 9 June, now postponed to 1-3 July": the new dates
        # are the event's; what stands before the verb speaks of the old ones
        score += 2
        before = ""
    # past a comma, ", the first full edition since 2019" speaks of the event, not of the date
    if (_negative_cue(before + " " + after.split(", ", 1)[0]) or _about_something_else(before, after)
            or _DOCUMENT_DATE.search(sent.text, max(0, rel_s - 40), rel_s)
            or _SIGN_UP_DAY.search(sent.text, max(0, rel_s - 30), rel_s) and _SIGN_UP_SUBJECT.match(sent.text)):
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
    if last is not None and last.group(0).lower() == "conducted" and EVENT_CONDUCTED.search(before, 0, last.start()):
        return False  # "workshops were conducted in X between ...": the event's own verb
    return last is not None and not _EVENT_VERB.search(before, last.end())


def _find_duration(text: str) -> re.Match[str] | None:
    """The first "N-day" phrase of ``text`` that may be the event's length; skipped when
    ``text`` has no "day" in any case: only d, a and y in either case match those letters
    of the (case-insensitive) pattern, and lower() turns them into "day"."""
    if "day" not in text.lower():
        return None
    for m in _DURATION.finditer(text):
        not_length = _NOT_LENGTH_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if not_length and not (not_length.group(0).lower().startswith("after")
                               and _CONCLUDED.search(text, max(0, m.start() - 60), m.start())):
            continue  # "ended after three days of talks" is a length; "after two days" alone is not
        if "Day" in m.group(0) and _NAME_AFTER.match(text, m.end()):
            continue  # a capitalised name: "16 Days of Activism"
        return m
    return None


def _duration(doc: Doc, sent: Sentence) -> tuple[int, str, str] | None:
    """(days, phrase, the sentence that gives them): the event's length in days, from its
    own sentence or one of the opening paragraphs."""
    m = _find_duration(sent.text)
    where = sent.text
    if m is None:
        for s in doc.sentences:
            if s.para > 2:
                break
            m2 = _find_duration(s.text)
            before = s.text[max(0, m2.start() - 40):m2.start()] if m2 else ""
            if m2 and not _NEGATIVE.search(before) and not _NEGATIVE_TOPIC.search(before):
                m, where = m2, s.text
                break
    if m is None:
        return None
    n = parse_number(m.group("n"))
    if not n or n > 31:
        return None
    return n, m.group(0), where


def _bound_of_day(text: str, at: int, length_text: str) -> str | None:
    """Whether the day written at ``at`` in ``text`` opens or closes a stay of several days:
    "first" when an opening verb governs it ("opened on Friday", "on Saturday for the opening
    of"), "last" when a closing one does ("closed on Sunday", "runs until Sunday"); of both, the
    one nearer the day. Without either in the day's sentence, the sentence that gives the length
    may say it ("The two-day forum, which opened at the Hotel ...")."""
    best: tuple[int, str] | None = None
    for pattern, bound in ((_CONCLUDED, "last"), (_OPENED, "first")):
        for m in pattern.finditer(text):
            gap = at - m.end() if m.end() <= at else m.start() - at
            if best is None or gap < best[0]:
                best = (gap, bound)
    if best is None and length_text != text:
        if _OPENED.search(length_text) and not _CONCLUDED.search(length_text):
            return "first"
        if _CONCLUDED.search(length_text) and not _OPENED.search(length_text):
            return "last"
    return best[1] if best else None



def _date_confidence(men: Mention, year_ref: Reference | None, ref_year: Reference | None) -> str:
    """high: the text writes the date with its year; medium: the year or the day comes from
    the dateline, the page date or the metadata; low: from a year found elsewhere in the text."""
    if men.kind == "relative":
        return "medium"
    if men.start[0] is not None:
        return "high"
    return "medium" if year_ref is not None and year_ref is ref_year else "low"


def _range_holding(day: str, candidates: list[tuple[int, int, Mention, Sentence]],
                   ref: Reference | None, year_ref: Reference | None,
                   within: str | None = None) -> Resolved | None:
    """A range of days written elsewhere that holds ``day`` ("will be inaugurated on
    Thursday" ... "from March 23 to 25"): the weekday was its first or a middle day. With
    ``within``, the reverse: a written day or range that lies between ``day`` and ``within``
    (a week)."""
    for score, _, men, sent in candidates:
        if score < 0 or men.kind == "relative" or men.start[2] is None:
            continue
        if within is None and men.start == men.end:
            continue
        res = resolve(men, ref, year_ref)
        if not isinstance(res, Resolved) or len(res.start) != 10:
            continue
        if within is None and res.start <= day <= res.end:
            return res
        if within is not None and day <= res.start and res.end <= within:
            return res
    return None


WEEKDAY_NAMES = {n: name for name, n in WEEKDAYS.items()}

#: After the start, the end the same sentence gives: "... opened today and runs until Sunday".
_RUNS_ON = re.compile(r"\b(?:runs|running|continues|continuing|lasts|goes on|is open|remains open|will run"
                      r"|will continue|will last|ran|continued|lasted)\s+(?:until|till|through|to)\s+(?:the\s+)?",
                     re.IGNORECASE)


def _extend_to_stated_end(res: Resolved, men: Mention, sent: Sentence, ref: Reference | None,
                          year_ref: Reference | None, doc: Doc, main_index: int = -1) -> None:
    """"opened today and runs until Sunday": the end the same sentence gives after the start;
    or, when the sentence opens the event, the next sentences' "It runs till Saturday"."""
    rel_e = men.span[1] - sent.start
    runs = _RUNS_ON.search(sent.text, rel_e)
    # a later sentence's "ran until": after an opening, or when either sentence is the one that
    # reports the event (then the end lies within a month of the start)
    within = 0
    if runs is None:
        opened = _OPENED.search(sent.text)
        within = 0 if opened else 31
        for later in doc.sentences[sent.index + 1:sent.index + 3]:
            runs = _RUNS_ON.search(later.text)
            if runs is not None and (opened or main_index in (sent.index, later.index)):
                sent = later
                break
            runs = None
    if runs is None:
        return
    ends = [m for m in find_mentions(sent.text[runs.end():], sent.start + runs.end())
            if m.span[0] == sent.start + runs.end()]
    if not ends:
        return
    forward = not runs.group(0).lower().startswith(("ran", "continued", "lasted"))
    end = resolve(ends[0], ref, year_ref, forward)
    if within and isinstance(end, Resolved) and len(end.end) == 10 and \
            (dt.date.fromisoformat(end.end) - dt.date.fromisoformat(res.start)).days > within:
        return
    if isinstance(end, Resolved) and len(end.end) == 10 and end.end > res.start:
        res.end = end.end
        res.evidence = f"{res.evidence} | {runs.group(0)}{ends[0].text}"


def _widen_to_weekend(res: Resolved, doc: Doc, sent: Sentence,
                      candidates: list[tuple[int, int, Mention, Sentence]], ref: Reference) -> None:
    """A Saturday or Sunday is the whole weekend when the text says the event filled a weekend
    that holds it ("packed the park last weekend", "over the weekend") and either gives it two
    days or writes the weekend's other day too ("By Sunday afternoon ..."), and no sentence
    calls it a one-day event."""
    day = dt.date.fromisoformat(res.start)
    if day.weekday() < 5 or "weekend" not in doc.text:
        return
    saturday = day - dt.timedelta(days=day.weekday() - 5)
    other = WEEKDAY_NAMES[6 if day.weekday() == 5 else 5]
    said, other_day = None, False
    for score, _, men, msent in candidates:
        if men.kind != "relative" or score < -1 or not men.rel:
            continue
        forward = bool(_FUTURE.search(msent.text[:men.span[0] - msent.start]))
        if men.rel.endswith("weekend"):
            lo, _ = week_span(men.rel, ref.date, forward)
            said = said or (men.text if lo == saturday else None)
        elif men.rel.split()[-1] == other:
            got = resolve(men, ref, None, forward)
            other_day = other_day or isinstance(got, Resolved) and abs(
                (dt.date.fromisoformat(got.start) - day).days) == 1
    if said is None:
        return
    dur = _duration(doc, sent)
    if dur is not None and dur[0] == 1:
        return
    if other_day or dur is not None and dur[0] == 2:
        res.start, res.end = saturday.isoformat(), (saturday + dt.timedelta(days=1)).isoformat()
        res.evidence = f"{res.evidence} | {said}"


def choose_event_dates(doc: Doc, main_index: int, dateline: Reference | None,
                       published: Reference | None, excluded: list[tuple[int, int]]
                       ) -> tuple[Resolved | None, list[str]]:
    """Pick the event date mention and resolve it. Returns (resolved or None, warnings)."""
    warnings: list[str] = []
    ref_rel = dateline or published
    ref_year = published or dateline
    candidates: list[tuple[int, int, Mention, Sentence]] = []
    order = slash_order(doc.text[:6000]) if "/" in doc.text[:6000] else None
    for sent in doc.sentences:
        since = 0
        for men in find_mentions(sent.text, sent.start, order, ambiguous=True):
            if any(men.span[0] < e and s < men.span[1] for s, e in excluded):
                continue
            candidates.append((_score(men, sent, main_index, doc, since), men.span[0], men, sent))
            since = men.span[1] - sent.start
    candidates.sort(key=lambda c: (-c[0], c[1]))
    blocked: int | None = None  # the score of a best mention that could not be resolved
    for score, _, men, sent in candidates:
        if score < 0 or (blocked is not None and score < blocked):
            break
        rel_s = men.span[0] - sent.start
        until = _RUNS_UNTIL.search(sent.text, max(0, rel_s - 40), rel_s)
        forward = bool(_FUTURE.search(sent.text[:rel_s]) or until and until.group("now")) \
            or men.rel == "tomorrow"
        year_ref = ref_year
        if year_ref is None and men.start[0] is None:
            year_ref = year_hint(doc, men, sent, candidates)
        res: Resolved | str | None = None
        if men.kind == "relative" and men.rel and "week" in men.rel and ref_rel and not ref_rel.year_only:
            # "took place last week ... It was held on 14 May": the day written inside the week
            lo, hi = week_span(men.rel, ref_rel.date, forward)
            res = _range_holding(lo.isoformat(), candidates, ref_rel, ref_year, hi.isoformat())
            if res is not None:
                res.evidence = f"{res.evidence} | {men.text}"
        if res is None:
            res = resolve(men, ref_rel, year_ref, forward)
        if isinstance(res, Resolved):
            res.confidence = _date_confidence(men, year_ref, ref_year)
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
                n, dur_text, dur_sentence = dur
                day = dt.date.fromisoformat(res.start)
                bound = "last" if until else "first" if _STARTS_AT.search(sent.text, 0, rel_s) \
                    else _bound_of_day(sent.text, rel_s, dur_sentence)
                if bound == "last":
                    res.start = (day - dt.timedelta(days=n - 1)).isoformat()
                    res.evidence = f"{res.evidence} | {dur_text}"
                elif bound == "first":
                    res.end = (day + dt.timedelta(days=n - 1)).isoformat()
                    res.evidence = f"{res.evidence} | {dur_text}"
        if res.start == res.end and len(res.start) == 10:
            _extend_to_stated_end(res, men, sent, ref_rel, year_ref, doc, main_index)
        if res.start == res.end and len(res.start) == 10 and ref_rel is not None and not ref_rel.year_only:
            _widen_to_weekend(res, doc, sent, candidates, ref_rel)
        if res.start == res.end and men.kind == "relative":
            wider = _range_holding(res.start, candidates, ref_rel, ref_year)
            if wider is not None:
                wider.evidence = f"{wider.evidence} | {res.evidence}"
                wider.confidence = "medium"
                res = wider
        return res, warnings
    ended = _ended_on_dateline(doc, main_index, dateline)
    if ended is not None:
        return ended, warnings
    if not candidates:
        warnings.append("no event date found")
    elif not warnings:
        warnings.append("no event date found")
    return None, warnings


def _ended_on_dateline(doc: Doc, main_index: int, dateline: Reference | None) -> Resolved | None:
    """The dateline's own sentence says the event ended, and gives no day: a wire reports the
    close on the day it files ("EASTPORT, 20 April 2019 – The three-day workshop ... ended"), so
    the event ended that day, and a stated length gives its first day."""
    if dateline is None or dateline.year_only or not 0 <= main_index < len(doc.sentences):
        return None
    sent = doc.sentences[main_index]
    if not dateline.offset <= sent.start <= dateline.offset + 120 and not (
            sent.start <= dateline.offset < sent.start + len(sent.text)):
        return None
    # a past ending ("ended on a high note"), not a present one ("closes with a parade")
    m = next((c for c in _CONCLUDED.finditer(sent.text) if not c.group(0).endswith("s")), None)
    if m is None or _FUTURE.search(sent.text, 0, m.start()):
        return None
    end = dateline.date
    res = Resolved(end.isoformat(), end.isoformat(), f"{dateline.evidence} | {m.group(0)}", dateline.offset,
                   confidence="medium")
    dur = _duration(doc, sent)
    if dur and 1 < dur[0]:
        res.start = (end - dt.timedelta(days=dur[0] - 1)).isoformat()
        res.evidence = f"{res.evidence} | {dur[1]}"
    return res
