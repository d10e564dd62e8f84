"""The organisation that is the subject of an organising verb in the opening sentences: "The
Ministry of Fisheries on Monday hosted a seminar", "X, in collaboration with Y, conducted
...", "X jointly with Y have organized ..."."""

from __future__ import annotations

import re

from .alternation import compile_factored
from .classify import NOUNS
from .orgnames import LEADING_DATE, names_fill, scan_names
from .orgrefs import INVITE, SUBJECT_APPOSITION, SUBJECT_OPENER
from .orgwith import companions, org_like
from .structure import dateline_match
from .text import Sentence

_ACTIVE = compile_factored(
    r"\b(?:(?:has|have|had|is|are|was|were|will|would|to)\s+(?:(?:also|jointly|recently|successfully"
    r"|today|on\s+\w+|this\s+\w+|finally)\s+)?(?:be\s+)?)?"
    r"(?:organi[sz]ed|organi[sz]es?|organi[sz]ing|co-?organi[sz]ed|convened|convenes?|hosted|hosts?|hosting"
    r"|held|holds?|holding|conducted|conducts?|ran|runs?|launched|launch(?:es)?|kicked\s+off|kick\s+off"
    r"|welcomed|welcomes?|concluded|staged|stages?|celebrated|marked|trained|teamed\s+up|teams\s+up"
    r"|brought\s+together|brings\s+together|put\s+on|puts\s+on|mounted"
    r"|making\s+(?:last-minute\s+)?preparations\s+to\s+hold|inviting|invites|invited"
    r"|presents(?=\s+(?:[\w'’-]+\s+){0,6}?(?i:event|" + NOUNS + r")\b))\s+"
    r"(?:(?:a|an|the|its|their|his|her|\d+|with|over|more|nearly|some|about|around|all|two|three|four|five|six"
    r"|seven|eight|nine|ten)\b|[A-Z])")
#: Words between a subject and its verb that are not part of the subject's name.
_SUBJECT_TAIL = re.compile(
    r"\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday|this\s+week"
    r"|last\s+week|recently|successfully|also|jointly|finally|on\s+\d[\w ,]*)\s*$")
#: "X, under the leadership of its Director, convened ...": an aside between subject and verb.
_ASIDE = re.compile(r",\s+(?:under\s+the\s+(?:leadership|guidance|chairmanship|direction|supervision|stewardship)"
                    r"\s+of|led\s+by|headed\s+by|chaired\s+by|represented\s+by|through)\s[^,]*$")
_WITH_PARTNER = re.compile(
    r",?\s+(?:in\s+(?:close\s+)?(?:collaboration|partnership|association|cooperation|co-operation|conjunction)"
    r"|with\s+(?:the\s+)?support\s+of)\s+with\s+|,?\s+in\s+(?:close\s+)?(?:collaboration|partnership"
    r"|association|cooperation|co-operation|conjunction)\s+with\s+")
_WITH_COORGANIZER = re.compile(r",?\s+(?:jointly|together|along)\s+with\s+")
#: An opening phrase before the subject: "To mark World TB Day, the Bureau organised ...", "In
#: support of the county's long effort to ..., the Forum convened ...".
_INTRO = re.compile(r"^(?:To|As|After|During|Ahead\s+of|Following|For|In|With|Under|Through|Within|Building\s+on"
                    r"|Amid|Despite|Since|Given|On\s+behalf\s+of)\s+[^,]{3,160},\s+"
                    # "According to the Trust's spokesperson, Jane Doe, the Trust organised ..."
                    r"|^According\s+to\s+[^,]{2,80}(?:,\s+[^,]{2,80})?,\s+(?=the\s|[A-Z])")
#: "Some 80 items were mended on Saturday, when X held its first session": the subject after a clause's opener.
_CLAUSE = re.compile(r"^.*,\s+(?:when|as|after|where|while)\s+(?=[A-Z]|the\s)")
_DATELINE_HEAD = re.compile(r"^[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][\w.]*)?\s*(?:\([^)]*\))?\s*[-–—:]\s*")


def active_subject(sent: Sentence) -> tuple[list[str], list[str]]:
    """The organisation that is the subject of an organising verb ("The Ministry of
    Agriculture on Tuesday hosted a training", "X, in collaboration with Y, conducted ...",
    "X jointly with Y have organized ..."): (organisers, partners)."""
    m = _ACTIVE.search(sent.text) or INVITE.search(sent.text)
    if not m:
        return [], []
    return _subject_before(sent.text, m.start())


#: Later in the text only a verb that puts an event on, with the event as its definite object,
#: names its organiser: "The Harbour Trust staged the fair", not "The Trust held talks".
_PUTS_ON = compile_factored(
    r"\b(?:(?:has|have|had|is|are|was|were|will)\s+(?:(?:also|jointly|again)\s+)?(?:been\s+)?)?"
    r"(?:organi[sz]ed|organi[sz]es|organi[sz]ing|co-?organi[sz]ed|co-?organi[sz]es|convened|convenes|hosted|hosts"
    r"|hosting|co-?hosted|staged|stages|staging|ran|runs|running|put\s+on|puts\s+on|putting\s+on)\s+"
    r"(?:the|this|this\s+year['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?P<noun>(?i:event|" + NOUNS + r"))\b")
PUTS_ON_WORDS = ("rganis", "rganiz", "onvene", "hosted", "hosts ", "hosting ", "staged ", "stages ", "staging ",
                 "ran ", "runs ", "running ", "put on ", "puts on ", "putting on ")
#: The sentence is about another edition: "Last year the Trust hosted the fair".
_OTHER_EDITION = re.compile(r"\b(?:last|next|previous)\s+(?:year|edition|summer|spring|autumn|winter)|\ba\s+year"
                            r"\s+(?:earlier|ago)|\bfirst\s+edition|\bin\s+(?:19|20)\d\d\b", re.IGNORECASE)


def later_subject(sent: Sentence, event_words: str, verbs: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """The organisation that is the subject of a verb putting on the event, anywhere in the
    text, when its object is the event itself: "the" and a noun the headline or the main
    sentence gives the event ("The Harbour Trust ran the fair with the Rotary Club"). ``verbs``:
    the words of ``PUTS_ON_WORDS`` the text holds."""
    st = sent.text
    if not any(w in st for w in verbs):
        return [], []
    for m in _PUTS_ON.finditer(st):
        noun = m["noun"].lower()
        if noun != "event" and noun not in event_words or _OTHER_EDITION.search(st):
            continue
        names, partners = _subject_before(st, m.start())
        if not names:
            continue
        rest = st[m.end():]
        # "... ran the fair together with Y" / "... ran the fair with Y": a co-organiser, a partner
        if (tm := _TOGETHER_AFTER.match(rest)):
            return names + [n for n in scan_names(rest[tm.end():]) if org_like([n])], partners
        co, with_partners = companions(rest)
        return names + co, partners + with_partners
    return [], []


_TOGETHER_AFTER = re.compile(r"\s*,?\s*(?:together|jointly)\s+with\s+")


def _subject_before(text: str, verb: int) -> tuple[list[str], list[str]]:
    """(organisers, partners) that fill the subject ending at ``verb``."""
    head = text[:verb].rstrip(" ,")
    dateline = dateline_match(head)
    head = (head[dateline.end():] if dateline else _DATELINE_HEAD.sub("", head)).lstrip()
    head = SUBJECT_OPENER.sub("", _INTRO.sub("", _CLAUSE.sub("", head)))
    head = LEADING_DATE.sub("", head)
    for _ in range(3):
        head = _SUBJECT_TAIL.sub("", head).rstrip(" ,")
    head = SUBJECT_APPOSITION.sub("", _ASIDE.sub("", head))
    partners: list[str] = []
    pm = _WITH_PARTNER.search(head)
    if pm:
        partners = scan_names(head[pm.end():].strip(" ,") + " .")
        head = head[:pm.start()]
    companions: list[str] = []
    cm = _WITH_COORGANIZER.search(head)
    if cm:
        companions = scan_names(head[cm.end():].strip(" ,") + " .")
        head = head[:cm.start()]
    head = head.strip(" ,")
    if not head or not (head[:1].isupper() or head.startswith("the ")):
        return [], []
    names = scan_names(head + " .")
    if not names or not org_like(names):
        return [], []
    # the scanner must have consumed the whole subject
    if not names_fill(head, names, slack=1):
        return [], []
    return names + companions, partners
