"""More role phrasings for ``orgs`` and repairs of the names they introduce.

- organisers: "an initiative of X", "the fair, a joint effort of X and Y", "the fair is a
  collaboration between X and Y", "run by volunteers from X", "delivered by X", "put together
  by X", "brought together by X", "co-organised the fair with X", "conducted jointly with X", "organisers
  included X", "the organisers, X and Y,";
  "X invites families to a fair" makes X the subject of an organising verb, and a time before
  the subject ("On Saturday the club ran a workshop") or a description after it ("X, a
  charity, ran ...") is not part of its name;
- a phrase right after an organisation's name and a comma describes that organisation ("the
  Ocean Network, an initiative of the University"), it names no organiser of the event;
- partners: "with technical assistance from X", "volunteers from X";
- funders: "courtesy of X" when what X provides is part of the event, not a photo credit;
- "the institute" after a role phrase is the one Institute the text names;
- "X at the Grand Hotel": the venue glued after a name is not part of it.
"""

from __future__ import annotations

import re

from .alternation import compile_factored
from .classify import NOUNS
from .orgwith import org_like
from .orgwords import HEAD_WORDS
from .text import WORD_START

#: Phrases after which the organisers are listed (each needs an organisation word in the names).
EXTRA_ORGANIZER = re.compile(
    r"\b(?:[Aa]n?\s+|[Tt]he\s+)(?:joint\s+)?initiative\s+of\s+"
    r"|\b(?:run|staffed|organi[sz]ed)\s+by\s+(?:\w+\s+){0,2}?(?:volunteers|members|staff|students)\s+(?:from|of)\s+"
    r"|\b[Dd]elivered\s+(?:jointly\s+)?by\s+"
    r"|\b[Bb]rought\s+together\s+by\s+"
    r"|\b(?:[Pp]roduced|[Pp]resented|[Ss]taged|[Pp]ut\s+on|[Pp]ut\s+together|[Mm]ounted)\s+(?:jointly\s+)?by\s+"
    # "a joint effort of X and Y", "a collaboration between X and Y"
    r"|\b(?:[Aa]n?|[Tt]he)\s+(?:joint\s+)?(?:effort|project|collaboration|partnership|venture)\s+(?:of|by|between)\s+"
    r"|\b[Cc]o-?organi[sz](?:ed|es|ing)\s+(?:(?:the|this|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?)?with\s+"
    r"(?!(?:the\s+)?(?:support|help|assistance|participation|aid)\b)"
    # "the workshop was prepared jointly with X", "organised this year together with X"
    r"|\b(?:conducted|organi[sz]ed|held|run|hosted|convened|implemented|prepared|planned|staged|arranged"
    r"|co-?ordinated|designed|developed|produced|presented|delivered|put\s+together)\s+"
    r"(?:(?:this|last)\s+year\s+|again\s+|also\s+|in\s+\d{4}\s+)?(?:jointly|together)\s+with\s+"
    # "Organisers included X and Y", "the co-organisers, X and Y, said"
    r"|\b(?:[Cc]o-?)?[Oo]rgani[sz]ers(?:\s+(?:include|included|are|were|will\s+be)\s+|,\s+(?=(?:the\s+)?[A-Z]))")
EXTRA_ORGANIZER_WORDS = ("initiative", "effort", "project", "collaboration", "partnership", "venture",
                          "volunteers", "members", "staff", "students", "elivered", "roduced",
                         "resented", "taged", "ut on", "ounted",
                         "together by", "rgani", "jointly with", "together with")
#: "The keynote was delivered by ...": a speech delivered is no event put on.
_SPEECH = re.compile(r"\b(?:speech|speeches|remarks|address|keynote|lecture|presentation|talk|message|"
                     r"statement|sermon|vote of thanks|report|video|film|documentary|book|guide|album|map"
                     r"|brochure|podcast|publication|award|prize|certificate|paper|poster|study)s?\b[^.]{0,30}$",
                     re.IGNORECASE)


def speech_before(text: str, start: int) -> bool:
    return bool(_SPEECH.search(text, max(0, start - 50), start))


#: An organisation's name and a comma right before a phrase: "the Ocean Network (ON), an initiative of X".
_NAME_THEN_COMMA = re.compile(r"(?P<who>[A-Z][\w&.'’-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w&.'’-]*)*"
                              r"(?:\s+\([A-Z][A-Za-z]{1,9}\))?),\s+$")


#: The event as the subject right before "a joint effort of": "The fair, ...", "The fair is ...".
_EVENT_BEFORE = compile_factored(r"\b(?i:event|" + NOUNS + r")\s*(?:,|\s+(?:is|was|will\s+be|has\s+been))\s+$")


def not_the_events(text: str, m: re.Match[str]) -> bool:
    """An organiser phrase that names no organiser of the event: a speech delivered, a phrase
    describing the organisation before it, or a joint effort that is not the event's."""
    start = m.start()
    if re.match(r"\S+\s+(?:joint\s+)?(?:effort|project|collaboration|partnership|venture)\b", m.group(0)) \
            and not _EVENT_BEFORE.search(text, max(0, start - 80), start):
        return True
    return speech_before(text, start) or describes_name(text, start)


def describes_name(text: str, start: int) -> bool:
    """The phrase at ``start`` follows an organisation's name and a comma: it describes that
    organisation ("the Ocean Network, an initiative of the University"), not the event."""
    m = _NAME_THEN_COMMA.search(text, max(0, start - 120), start)
    return bool(m and org_like([m["who"]]))


#: "X invites families to a free craft fair", "X and Y invite you to a webinar".
INVITE = re.compile(
    r"\b(?:invites?|inviting)\s+(?:[\w-]+\s+){1,5}?to\s+(?:attend\s+|join\s+)?(?:a|an|the|its|their|our|this)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?i:event|" + NOUNS + r")\b")

#: "carried out with volunteers from X", "volunteers from X staffed the stations": X lends people.
VOLUNTEERS = re.compile(r"\b[Vv]olunteers\s+(?:from|of)\s+")

#: "with technical assistance from X": X helps with skills, not money.
TECHNICAL = re.compile(
    r"\b(?:[Ww]ith\s+(?:the\s+)?technical\s+(?:assistance|support|expertise|backstopping)\s+(?:from|of)"
    r"|[Tt]echnical\s+(?:assistance|support)\s+(?:was\s+|is\s+|will\s+be\s+)?provided\s+by)\s+")

#: "Prizes were courtesy of X", "lunch courtesy of X": X pays for part of the event.
COURTESY = re.compile(r"\b[Cc]ourtesy\s+of\s+")
_CREDIT = re.compile(r"\b(?:photo|photos|photograph|image|images|picture|pictures|video|footage|map|"
                     r"graphic|illustration|credit|screenshot|logo)s?\b\W{0,3}(?:\w+\W+){0,2}$", re.IGNORECASE)
_PROVISION = compile_factored(WORD_START + r"(?:prizes?|meals?|lunch(?:es)?|dinners?|breakfasts?|refreshments|snacks"
                        r"|drinks|catering|food|transport|buses|venue|hall|tickets?|t-shirts|shirts|jerseys"
                        r"|medals|trophies|awards?|kits?|materials|equipment|accommodation|funding|sponsorship"
                        r"|event|" + NOUNS + r")\b", re.IGNORECASE)


def provides_for_event(text: str) -> bool:
    """``text`` names something an event provides (prizes, lunch, the venue) or the event itself."""
    return bool(_PROVISION.search(text))


def courtesy_pays(sentence: str, start: int) -> bool:
    """"courtesy of X" pays for the event when no photo credit precedes it and the sentence
    names something the event provides (prizes, lunch, the venue) or the event itself."""
    if _CREDIT.search(sentence, max(0, start - 40), start):
        return False
    return bool(_PROVISION.search(sentence[:start]))


_LOWER_HEAD = re.compile(
    r"^the\s+(?P<head>institute|foundation|museum|university|college|academy|ministry|council|agency"
    r"|association|society|federation|commission|centre|center|library|club|trust|network|school"
    r"|department|office|bureau|chamber|union|alliance|cooperative|co-operative)\b(?!\s+of\b)(?!['’])")
_NAME_WORD = r"[A-Z][\w&'’-]*"


def named(head: str, text: str) -> list[str]:
    """The distinct names in ``text`` built on ``head`` ("Pacific Policy Institute",
    "Institute of Marine Science"), longest form of each."""
    pattern = re.compile(  # within a line: a name never runs on from the line above
        rf"(?:(?:{_NAME_WORD})[^\S\n]+(?:(?:of|for|and|on)[^\S\n]+(?:the[^\S\n]+)?)?)*{head}"
        rf"(?:[^\S\n]+(?:of|for|on)[^\S\n]+(?:the[^\S\n]+)?{_NAME_WORD}(?:[^\S\n]+(?:and[^\S\n]+)?{_NAME_WORD}){{0,4}})?")
    found: list[str] = []
    for m in pattern.finditer(text):
        name = re.sub(r"^(?:The|A|An|In|At|On|By|For|From|With|And|This|That|Its|Their)\s+", "", m.group(0))
        if name == head:
            continue
        if any(name in f for f in found):
            continue
        found = [f for f in found if f not in name] + [name]
    return found


def in_full(name: str, text: str) -> str:
    """A body's head word alone ("the Department organised the forum") as the one body of that
    head the text names in full; unchanged when it names none or several."""
    if " " in name or name not in HEAD_WORDS:
        return name
    found = named(name, text)
    return found[0] if len(found) == 1 else name


def refer_back(after: str, text: str) -> str:
    """``after`` with a leading "the institute" replaced by the one Institute ``text`` names;
    unchanged when it names none or several."""
    m = _LOWER_HEAD.match(after)
    if not m:
        return after
    head = m["head"].capitalize()
    names = named(head, text)
    if len(names) != 1:
        return after
    return names[0] + after[m.end():]


#: The venue after a name: "X at the Grand Harbour Hotel".
_VENUE = re.compile(
    r"\s+at\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,5}?(?:Hotel|Hotels|Resort|Inn|Lodge|Suites|Hall|Auditorium"
    r"|Stadium|Arena|Theatre|Theater|Convention\s+Cent(?:re|er)|Conference\s+Cent(?:re|er)|Plaza|Gardens"
    r"|Grounds|Park|Square|Pavilion|Ballroom)\b.*$")


def without_venue(name: str) -> str:
    """A name less a venue glued after it with "at"."""
    return _VENUE.sub("", name)


_TIME_WORD = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|weekend|week|month|morning"
              r"|afternoon|evening|night|day|spring|summer|autumn|fall|winter)s?")
#: "On Saturday the club ran a workshop", "Later that week, the club ...": a time before the subject.
SUBJECT_OPENER = re.compile(
    rf"^(?:(?:On|Last|This|Next|Earlier|Later|Over|Every|Each|During)\s+(?:that\s+|the\s+|this\s+|last\s+)?"
    rf"{_TIME_WORD}(?:\s+(?:morning|afternoon|evening|night))?|(?:Yesterday|Today|Recently|Meanwhile))\s*,?\s+")
#: "Eastport Youth Trust, a local charity, ran ...": a description between subject and verb.
SUBJECT_APPOSITION = re.compile(r",\s+(?:a|an)\s+[a-z][^,]{0,50}$")
