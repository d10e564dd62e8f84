"""The body an event belongs to, named after the event's noun: "the 79th Annual General Meeting
of the Lakes Dairy Union", "the annual congress of the Harbour Pilots' Federation". With no role
phrase naming an organiser, a body whose meeting, congress or fair the opening reports puts it on:
its owner before a possessive ("the Riverside Library's annual fair") or an acronym opening its
title ("the FIFA Futsal Coaching Course") name it too."""

from __future__ import annotations

import re

from . import gazetteer
from .classify import EVENT_NOUN, NOUNS
from .orgdefs import expand
from .orgnames import LEADING_DATE, SUBJECT_ACRONYMS, scan_names
from .orgwith import org_like
from .text import Doc

#: "the (79th) (annual) <event noun> of (the) X", written with the event's noun before "of".
_OF_OWNER = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]his\s+year['’]s)\s+(?:[\w'’-]+\s+){0,5}?(?P<of>of\s+(?:the\s+)?)"
                       r"(?=[A-Z])")
#: Words before "of" that make the owner a part or a member, not the body that holds the event.
_NOT_OWNER = re.compile(r"\b(?:members?|delegates?|staff|students?|president|chair\w*|director|head|secretary"
                        r"|representatives?|officials?|leaders?|part|edition|theme|venue|hall|grounds?)\s+$",
                        re.IGNORECASE)


def event_of_owner(text: str) -> list[str]:
    """The body named after "of" when the words before it end in the noun of an event."""
    if " of " not in text:
        return []
    for m in _OF_OWNER.finditer(text):
        head = text[m.start():m.start("of")]
        if _NOT_OWNER.search(head):
            continue
        noun = EVENT_NOUN.search(head)
        if noun is None or head[noun.end():].strip():
            continue  # the event's noun must end the words right before "of"
        names = scan_names(text[m.end():])
        if names and org_like(names[:1]):
            return names[:1]
    return []


#: "The Riverside Library's ninth annual Author Fair": an owner's name, then within a few
#: words the noun of its event.
_POSSESSIVE_EVENT = re.compile(
    r"(?P<owner>(?:[A-Z][\w&.-]*\s+(?:(?:of|for|and|on)\s+)?)*?[A-Z][\w&.-]*)['’]s\s+(?:[\w-]+\s+){0,4}?"
    r"(?P<noun>[A-Za-z]+)\b")
#: "the FIFA Futsal Coaching Course": an acronym that opens the title of the event owns it.
_ACRONYM_TITLE = re.compile(r"\b(?P<acr>[A-Z][A-Z&]{1,7})\s+(?:[A-Z][\w’'-]*\s+){0,4}(?i:" + NOUNS + r")\b")


def possessive_owner(text: str) -> list[str]:
    """"The Riverside Library's annual Book Fair": the owner of the event organises it."""
    for m in _POSSESSIVE_EVENT.finditer(text):
        noun_end = m.end("noun")
        if not EVENT_NOUN.match(text, m.start("noun")) and not EVENT_NOUN.search(text[m.end("owner"):noun_end + 40]):
            continue
        names = scan_names(LEADING_DATE.sub("", m.group("owner")) + " .")
        if names and org_like(names):
            return names[-1:]
    return []


def opening(doc: Doc) -> list[tuple[str, int]]:
    """(text, offset) of the headline and the first two sentences: where an event's title,
    and so its owner, is named when no role phrase names the organiser."""
    return [(doc.headline or "", doc.headline_start), *((s.text, s.start) for s in doc.sentences[:2])]


def title_owner(doc: Doc, defs: dict[str, str]) -> tuple[str, str, int] | None:
    """The body whose acronym opens the event's title ("FIFA Futsal Coaching Course"), in the
    headline or the opening sentences: (name, evidence, offset)."""
    for probe, offset in opening(doc):
        for m in _ACRONYM_TITLE.finditer(probe):
            acr = m["acr"]
            if acr in SUBJECT_ACRONYMS or re.fullmatch(r"[IVXLC]+", acr) or gazetteer.country_code(acr):
                continue
            return expand(acr, doc.text, defs), m.group(0), offset + m.start() if offset >= 0 else -1
    return None
