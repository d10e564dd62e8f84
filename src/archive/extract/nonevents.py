"""Openings that name an event but report something else: a ruling by a council, committee or
court on a request for a planned event, a document published about a period, and a listings
column of several unrelated events. ``classify`` asks these after its own cues."""

from __future__ import annotations

import re

from .dates import find_mentions
from .text import WORD_START, Doc

#: What a body asks for or is asked for before an event can go ahead: an application, a
#: licence, a permit, a bid or appeal, a proposal.
_REQUEST = (r"(?:applications?|licen[cs]es?|permits?|permission|consent|decisions?|bids?|appeals?|objections?"
            r"|legal\s+challenges?|judicial\s+review|petitions?|requests?|proposals?|plans?|motions?|injunctions?|complaints?)")
#: A ruling or a deliberation on such a request: the body "considered an application for a
#: festival", a judge "dismissed a bid to stop the festival", the council "granted a permit".
_RULING = re.compile(
    WORD_START + r"(?:consider(?:ed|s|ing)|dismiss(?:ed|es)|refus(?:ed|es|e)|grant(?:ed|s)|approv(?:ed|es)"
    r"|reject(?:ed|s)|upheld|upholds|overturn(?:ed|s)|quash(?:ed|es)|rul(?:ed|es)\s+on|heard|hears"
    r"|block(?:ed|s)|denied|denies|turn(?:ed|s)\s+down|thr(?:ew|ows)\s+out|vetoe[ds]|deferred|defers)\b"
    r"[^.;!?]{0,40}?\b" + _REQUEST + r"\b", re.IGNORECASE)
#: Every ``_RULING`` starts with one of these (lower case).
_RULING_WORDS = ("consider", "dismiss", "refus", "grant", "approv", "reject", "uphe", "overturn", "quash", "rule",
                 "heard", "hears", "block", "deni", "turn", "thr", "veto", "defer")
#: A document made public: "released its annual report", "published a survey of ...".
_PUBLISHED = re.compile(
    WORD_START + r"(?:releas(?:ed|es)|publish(?:ed|es)|issu(?:ed|es)|launch(?:ed|es)|unveil(?:ed|s)|tabled|tables)"
    r"\s+(?:(?:its|their|the|a|an|this\s+year['’]s|new|first|latest)\s+)?(?:[\w’'–-]+\s+){0,4}?"
    r"(?:reports?|study|studies|survey|statistics|accounts|findings|yearbook|audit|white\s+paper|bulletin)\b",
    re.IGNORECASE)
_PUBLISHED_WORDS = ("releas", "publish", "issu", "launch", "unveil", "table")
#: The event itself in the opening, whatever the framing: it was held, went ahead, drew a crowd.
_HELD = re.compile(
    WORD_START + r"(?:(?:was|were|had\s+been|has\s+been)\s+(?:held|staged)|took\s+place|went\s+ahead|drew"
    r"|kicked\s+off)\b",
    re.IGNORECASE)


def ruling_on_request(text: str, nouns: list[re.Match[str]], framed: list[bool]) -> str:
    """The ruling when ``text`` is a body's decision or deliberation on a request for the event
    its event nouns name ("the committee considered an application for a licence for a music
    festival", "a judge dismissed a bid to stop the kite festival", "approved an event permit for
    the fair"): every event noun that is not the frame of the sentence ("At its meeting",
    ``framed``) follows the ruling verb, and the sentence does not say the event was held.
    '' otherwise."""
    folded = text.lower()
    if not any(w in folded for w in _RULING_WORDS):
        return ""
    m = _RULING.search(text)
    if not m or _HELD.search(text):
        return ""
    told = [n for n, f in zip(nouns, framed) if not f]
    if told and all(n.start() >= m.start() for n in told):
        return m.group(0)
    return ""


def published_document(text: str, nouns: list[re.Match[str]], at_event: re.Pattern[str]) -> str:
    """The phrase when ``text`` reports a document made public ("released its annual report
    for the year, describing ... camps") and every event noun comes after it, so it tells what the
    document is about: no event is held, unless one frames the release ("at a ceremony") or the
    sentence says one was held. '' otherwise."""
    folded = text.lower()
    if not any(w in folded for w in _PUBLISHED_WORDS):
        return ""
    m = _PUBLISHED.search(text)
    if not m or _HELD.search(text) or at_event.search(text):
        return ""
    if nouns and all(n.start() >= m.start() for n in nouns):
        return m.group(0)
    return ""


#: After an event noun: the body or document it qualifies ("hearings panel", "festival committee").
QUALIFIES_BODY = re.compile(r"\s+(?:panels?|committees?|boards?|councils?|commissions?|offices?|departments?"
                            r"|by-?laws?|polic(?:y|ies)|funds?|budgets?|calendars?|industry|sector|strateg(?:y|ies))\b",
                            re.IGNORECASE)
#: After a headline's event noun: the thing it qualifies is the news ("festival plans", "rally ban",
#: "festival founder", "training centre gets a new roof", "marathon route").
QUALIFIES_OTHER = re.compile(QUALIFIES_BODY.pattern[:-3] + r"|plans?|proposals?|founders?|ban|bans|centres?"
                             r"|centers?|routes?|sites?|closures?|tickets?|fees?|costs?|licen[cs]es?|permits?"
                             r"|roofs?|buildings?|grounds|venues?|director|chiefs?|boss|season|calendar)\b",
                             re.IGNORECASE)
#: A headline that reports a death: an obituary, whatever events the person once organised.
DEATH = re.compile(r"\b(?:dies|died|dead\s+at|death\s+of|passes\s+away|passed\s+away|obituary|RIP)\b", re.IGNORECASE)
#: People mourning together: a vigil, a funeral, a memorial service is an event.
MOURNING = re.compile(r"\b(?:vigils?|funerals?|memorial\s+services?|mourners|gathered|procession|laid\s+to\s+rest)\b",
                      re.IGNORECASE)
#: A call for entries: the news is that works or applications may be sent, not an event held
#: ("opened its call for short films", "Submissions are now open", "can be submitted until 15 May").
#: Entries opening for a race or a run are its registration: the event is announced.
_CALL = re.compile(
    WORD_START + r"(?:calls?\s+for\s+(?:[\w’'-]+\s+){0,2}?(?:entries|submissions|films|papers|proposals|applications"
    r"|nominations|abstracts|works|artists|photographs|poems|stories|designs)"
    r"|open(?:s|ed)?\s+(?:its\s+|the\s+|their\s+)?(?:call|submissions|nominations)"
    r"|(?:submissions|nominations)\s+(?:are\s+|is\s+)?(?:now\s+)?open"
    r"|(?:can|may|must|should)\s+be\s+(?:submitted|entered|sent\s+in)"
    r"|(?:deadline|closing\s+date)\s+for\s+(?:entries|submissions|nominations)"
    r"|(?:invit(?:es|ed|ing)|accept(?:s|ed|ing))\s+(?:entries|submissions|nominations))\b", re.IGNORECASE)


def call_for_entries(text: str, headline: str) -> str:
    """The phrase when the opening sentence, or the headline over it, calls for entries and the
    opening does not say an event was held; '' otherwise."""
    low = text.lower() + " " + headline.lower()
    if not any(w in low for w in ("call", "entr", "submi", "nominat")):
        return ""
    m = _CALL.search(text) or _CALL.search(headline)
    if not m or _HELD.search(text):
        return ""
    return m.group(0)


#: A list item that starts with the day it is on: "Friday: ...", "Sat 14 Sept: ...",
#: "• 14 September – ...".
_DAY_LABEL = re.compile(
    r"^\s*(?:[•·*▪–-]\s*)?(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?|Today|Tonight"
    r"|Tomorrow|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)"
    r"(?:,?\s+[\w.]+){0,3}?\s*(?::|\s[–—-])\s+(?=[A-Z])")
#: A place put after "at", "to" or "in": "at the Emerson Center", "returns to Haynes Pavilion".
_AT_PLACE = re.compile(r"\b(?:at|to|in)\s+(?:the\s+)?([A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|for|&|de|la))*)")


def is_listing(doc: Doc, first_hit: int) -> bool:
    """The first sentence that reports an event is an item of a list of things on: three
    items or more that start with their day ("Friday: ...", "Saturday: ..."), in paragraphs
    that name three places or more. Such a column lists unrelated events, not one."""
    if not (0 <= first_hit < len(doc.sentences)) or not _DAY_LABEL.match(doc.sentences[first_hit].text):
        return False
    labelled = [s for s in doc.sentences if s.para >= 0 and _DAY_LABEL.match(s.text)]
    if len(labelled) < 3:
        return False
    paras = {s.para for s in labelled}
    places = {m.group(1).lower() for s in doc.sentences if s.para in paras for m in _AT_PLACE.finditer(s.text)}
    return len(places) >= 3


#: Events spread over several places: "meetings in the programme's five focus counties".
_SPREAD = re.compile(
    r"\bin\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,2}(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:[\w-]+\s+){0,2}(?:counties|cities|towns|districts|regions|provinces|countries|states|municipalities"
    r"|villages|locations|venues|sites)\b", re.IGNORECASE)
#: A count before an event's noun: "7 local events", "five workshops" (a year is none: "the 2026 River Conference").
_COUNT_BEFORE = re.compile(r"\b(?:\d{1,3}(?!\d)|two|three|four|five|six|seven|eight|nine|ten|several|numerous)\s+"
                           r"(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)


def several_listed(doc: Doc, first_text: str, nouns: list[re.Match[str]]) -> str:
    """The opening counts the events it reports, or spreads them over several places, and the
    text goes on to give three days or more: a report on a series, not one event ("organised 7
    local events and 4 online sessions", then each with its day). The words that say so, or ''."""
    if not nouns:
        return ""
    counted = [m for m in nouns if _COUNT_BEFORE.search(first_text, max(0, m.start() - 40), m.start())]
    spread = _SPREAD.search(first_text)
    if not (spread or (counted and len(counted) == len(nouns))):
        return ""
    days = {m.start for m in find_mentions(doc.text[:4000]) if m.start[2] is not None}
    if len(days) < 3:
        return ""
    return spread.group(0) if spread else counted[0].group(0)
