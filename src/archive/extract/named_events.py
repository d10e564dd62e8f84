"""Events known by their own name, whatever its head word: a capitalised name the text says was
held, took place, ran or returned ("the Ashby Valley Documentary Days, which ran from ..."), or
whose runners, riders or organisers it names. Shared by event naming and event detection."""

from __future__ import annotations

import re

from . import gazetteer

#: Words that join the parts of a title, in English and in the languages events are often
#: named in ("Festival des Semences Paysannes", "Feria de Artesanos del Valle").
JOINERS = r"(?:on|of|for|and|the|in|against|to|de|del|des|du|la|le|les|di|da|do|dos|das|der|y|et|und|&)"
#: The last word of a venue's name: "the Lindale Exhibition and Convention Center" is a place.
VENUE_END = frozenset({"Center", "Centre", "Hall", "Halls", "Arena", "Stadium", "Grounds", "Hotel", "Complex",
                       "Park", "Auditorium", "Theatre", "Theater", "Building", "Campus", "Square", "Gardens"})
#: Words that make a name an organisation's.
ORG_WORD = re.compile(r"\b(?:University|Ministry|Council|Office|Agency|Department|Association|Foundation|Institute"
                      r"|Cent(?:re|er)|Commission|Committee|Club|Society|Union|Organi[sz]ation|Bank|Government"
                      r"|Company|Ltd|Inc|School|College|Authority|Trust|Network)\b")
#: Months and weekdays, which open no event's name.
CALENDAR_WORDS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
                  r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
                  r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
CALENDAR_NAME = re.compile(rf"(?:{CALENDAR_WORDS})\b")

_NAME = (rf"[A-Z][\w’'&+-]*(?:\s+(?:{JOINERS}\s+)*(?:(?!(?:{CALENDAR_WORDS})\b)[A-Z][\w’'&+-]*|(?:19|20)\d\d\b"
         r"|\d+K\b)){1,8}")
#: A name, then what only an event does: "..., which ran from", "... was held", "... returned to".
_NAMED_SUBJECT = re.compile(
    rf"(?<![\w’'-])(?P<name>{_NAME})"
    r"(?:\s*,\s*which)?\s+(?:(?:was|were|is|will\s+be)\s+(?:held|staged)\b"
    r"(?!\s+(?:up|back|hostage|responsible|accountable|liable|in\s+(?:high\s+)?(?:regard|esteem|custody)))"
    r"|took\s+place\b|takes\s+place\b"
    r"|will\s+take\s+place\b|(?:ran|runs|will\s+run)\s+(?:from|through|throughout|until|till|over)\b"
    r"|(?P<back>returned|returns|will\s+return)\s+(?:to|for)\b)")
#: "the organisers of the X", "runners in the X": people whose part names an event.
_PART_IN = re.compile(
    r"\b(?i:organi[sz]ers|winners?|runners|riders|participants|competitors|visitors|spectators|edition|opening"
    r"|closing|final|finals|(?:semi|quarter)-?finals?|round|stage|leg|heats?)\s+(?:of|in|at)\s+the\s+"
    rf"(?P<name>{_NAME})"
    # "clinched the Lindale Sevens title", "won the Harbour Open": a contest known by its name
    rf"|\b(?i:won|wins|win|winning|clinch(?:ed|es|ing)?|claim(?:ed|s|ing)?|lift(?:ed|s|ing)?)\s+(?:the\s+)?"
    rf"(?P<contest>{_NAME})")
#: The last word of a thing won that is no contest, or the word after it: "won the Lindale Prize",
#: "won the Harbour Ward seat" (but "clinched the Lindale Sevens title": the contest's title).
_NOT_CONTEST = frozenset({"Award", "Awards", "Prize", "Prizes", "Medal", "Medals", "Trophy", "Grant",
                          "Grants", "Scholarship", "Fellowship", "Election", "Seat", "Bid", "Contract", "Lottery",
                          "Jackpot", "Case", "Vote", "Referendum", "Belt", "Shield", "Plate", "Bowl", "Toss"})
#: Words without which no sentence says a name was held, took place, ran or returned.
_SUBJECT_VERB_WORDS = ("held", "staged", "place", "ran ", "runs ", "run ", "return")
#: Words a name opens with that are no part of it.
_NAME_OPENERS = frozenset({"The", "A", "An", "This", "That", "Last", "Next", "Each", "Every", "Our", "Its",
                           "Their"})


def named_events(text: str, held_only: bool = False) -> list[tuple[str, int, int]]:
    """(name, start, end of the words it rests on) for each event ``text`` calls by its own name:
    two words or more, not a month, an organisation, a venue or a place; a name that "returned"
    needs three capitalised words, for a person may return too. ``held_only``: only names said
    to be held, to take place, to run or to return, not those known by their runners."""
    found = list(_NAMED_SUBJECT.finditer(text)) if any(w in text for w in _SUBJECT_VERB_WORDS) else []
    if not held_only:
        found += _PART_IN.finditer(text)
    out = []
    for m in found:
        group = "contest" if "contest" in m.re.groupindex and m["contest"] else "name"
        words = m[group].split()
        after = text[m.end():m.end() + 20].split()[:1]
        if group == "contest" and (words[-1] in _NOT_CONTEST or (after and after[0].title() in _NOT_CONTEST)):
            continue  # "won the Lindale Prize", "won the Harbour Ward seat"
        while words and words[0] in _NAME_OPENERS:
            words.pop(0)
        name = " ".join(words)
        if len(words) < 2 or CALENDAR_NAME.match(name) or ORG_WORD.search(name) or words[-1] in VENUE_END \
                or gazetteer.cities(name) or gazetteer.country_code(name):
            continue
        if "back" in m.re.groupindex and m["back"] and sum(w[:1].isupper() for w in words) < 3:
            continue
        begin = m.start(group) + m[group].index(words[0])
        out.append((name, begin, m.end()))
    return out
