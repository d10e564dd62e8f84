"""The organisation that fills the subject of a clause: "The Harbour Foundation (HF) funded the
event", "..., while Brightware, which owns the hall, sponsored the prizes", "Staff from the Valley
Hospital offered check-ups"; and the organisations that lend the event people, goods or
services ("X provided the venue", "Refreshments were supplied by X"), which are its partners."""

from __future__ import annotations

import re

from .alternation import compile_factored
from .classify import EVENT_NOUN, NOUNS
from .orgnames import LEADING_DATE, names_fill, scan_names
from .orgpeople import is_person, named_like_person
from .orgrefs import SUBJECT_OPENER
from .orgwith import named_as_body, org_like

#: Words between a subject and its verb: "X has also provided", "X will kindly offer".
_AUXILIARIES = re.compile(r"(?:\s+(?:has|have|had|also|kindly|generously|again|jointly|will|would))+\s*$")
#: Where a clause starts inside a sentence: after ", and", ", while", ", but", ";".
_CLAUSE_START = re.compile(r",\s+(?:and|while|but|whereas)\s+|;\s+|\s+while\s+")
#: "X, which owns the hall,": a relative clause after the subject.
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose)\s[^,]{1,100}$")
#: "Brightware, the appliance maker,": a description after the subject.
_DESCRIPTION = re.compile(r",\s+(?:a|an|the)\s+[a-z][^,]{0,100}$")
_OPENER = re.compile(r"^(?:In\s+addition|Meanwhile|Also|Finally|Separately|Besides),\s+")
#: "Doctors from the Valley Hospital": people sent by the organisation stand for it.
_PEOPLE_FROM = re.compile(r"^(?:Doctors|Nurses|Volunteers|Staff|Students|Members|Experts|Engineers|Researchers"
                          r"|Officers|Rangers|Guides|Teams|Specialists|Trainers|Instructors)\s+(?:from|of)\s+")
#: Words that open a sentence's subject without naming anyone.
NOT_NAMES = {"It", "This", "That", "These", "Those", "He", "She", "They", "Which", "Who", "Its", "Their", "Our",
             "The", "A", "An", "Each", "Every"}


def clause_subject(sentence: str, verb: int, text: str, slack: int = 0) -> tuple[list[str], int] | None:
    """(names, start) of the organisations that fill the subject of the clause whose verb starts
    at ``verb``; None when the subject is no list of organisation names or names a person."""
    before = _AUXILIARIES.sub("", sentence[:verb])
    begin = max((b.end() for b in _CLAUSE_START.finditer(before)), default=0)
    subject = _OPENER.sub("", before[begin:].strip()).rstrip(",")
    subject = LEADING_DATE.sub("", SUBJECT_OPENER.sub("", subject))  # "On Saturday the club ..."
    subject = _PEOPLE_FROM.sub("", _DESCRIPTION.sub("", _RELATIVE_ASIDE.sub("", subject)))
    names = scan_names(subject + " .")
    if not names or names[0].split()[0] in NOT_NAMES or any(
            is_person(n, text) or named_like_person(n, text) for n in names):
        return None
    if not names_fill(subject, names, slack):
        return None  # the names do not fill the subject ("Most of the Harbour Foundation's money ...")
    return names, begin


#: A verb of lending the event people, goods or services: "X provided the venue", "X ran field trips".
CONTRIBUTES = compile_factored(
    r"(?:provided|provides?|supplied|supplies"
    r"|supply|contributed|contributes?|offered|offers?|lent|lends?|loaned|set\s+up|sets\s+up"
    r"|ran|runs|co-designed|designed|helped|helps|acted\s+as|served\s+as|supported|supports)\s+"
    # not "ran from May to June", "contributed to promoting ...", nor money, which pays
    r"(?!by\b|from\b|until\b|to\b|through\b|for\s+\d)(?!(?:a|an|the|its)?\s*(?:[\w-]+\s+)?(?:grants?|funding|funds"
    r"|money|donations?|financial|cash|sponsorship)\b)")
#: "X and Y were partners of the symposium", "X was technical partner.": the subject is the event's partner.
_PARTNERS_OF = compile_factored(
    r"(?<=\s)(?:is|was|are|were|will\s+be|has\s+been|have\s+been|acted\s+as|served\s+as)\s+(?:also\s+)?"
    r"(?:the\s+|a\s+|an\s+|one\s+of\s+the\s+)?(?:(?:main|official|technical|key|knowledge|strategic|principal"
    r"|institutional|media|local|international|implementing)\s+)?partners?(?:\s+(?:of|in|for|to)\s+(?:the|this|these"
    r"|its|their)\s+(?:[\w'’-]+\s+){0,4}?(?i:event|" + NOUNS + r")\b|(?=\s*[.;]))")
#: "Refreshments were provided by X": the passive of the same verbs.
PROVIDED_BY = re.compile(r"\b(?:were|was|are|is|been)\s+(?:kindly\s+|generously\s+)?(?:provided|supplied|donated"
                          r"|lent|loaned|offered|contributed)\s+by\s+")
#: A photo credit: "Photos were provided by X" lends the article, not the event.
_CREDIT = re.compile(r"\b(?:photo|photos|photograph|image|images|picture|pictures|video|footage|map|data|figures"
                     r"|statistics|information)\b", re.IGNORECASE)


def _lends(s: str) -> bool:
    """``s`` holds a word of ``CONTRIBUTES``: plain substring tests cost far less than the pattern."""
    return ("provide" in s or "suppl" in s or "contribut" in s or "offer" in s or "lent " in s or "lend" in s
            or "loaned" in s or "ts up" in s or "ran " in s or "runs " in s or "designed" in s or "helped" in s
            or "helps" in s or "acted as" in s or "served as" in s or "support" in s)


def contributors(sentence: str, text: str) -> list[tuple[list[str], int, int]]:
    """(names, start, end) for each organisation that lends the event people, goods or services."""
    found: list[tuple[list[str], int, int]] = []
    for m in CONTRIBUTES.finditer(sentence) if _lends(sentence) else ():
        start, end = m.span()
        if not sentence[start - 1:start].isspace() or _CREDIT.search(sentence[end:end + 30]):
            continue
        subject = clause_subject(sentence, start, text)
        # the event itself is no contributor ("The Harbour Symposium will offer 30 sessions")
        if subject and org_like(subject[0]) and not any(EVENT_NOUN.search(n.split()[-1]) for n in subject[0]):
            found.append((subject[0], subject[1], end))
    for m in _PARTNERS_OF.finditer(sentence) if "artner" in sentence else ():
        # the subject may describe a name: "the Swiss association Holzbau Wallis"
        subject = clause_subject(sentence, m.start(), text, slack=3)
        before = _RELATIVE_ASIDE.sub("", sentence[:m.start()].rstrip(" ,")).rstrip(" ,")
        if subject and before.endswith(subject[0][-1].split()[-1]) and (
                org_like(subject[0]) or named_as_body(subject[0], sentence)):
            found.append((subject[0], subject[1], m.end()))
    for m in PROVIDED_BY.finditer(sentence) if "ed by " in sentence or "lent by " in sentence else ():
        if _CREDIT.search(sentence, max(0, m.start() - 40), m.start()):
            continue
        names = [n for n in scan_names(sentence[m.end():]) if org_like([n])]
        if names:
            found.append((names, m.start(), m.end()))
    return found
