"""Who else an organiser phrase names after its first names.

- "hosted by X with Y", "staged by X with Y and Z": Y and Z put the event on beside X
  (partners), unless "with" introduces support, help or an audience ("with support from");
- "organised by X on behalf of Y": Y commissioned the event, it organises too;
- "X has announced the winners of its Hackathon": the organisation that opens a sentence and
  calls the event its own owns it;
- "X was the main organiser of the fair": the subject of "is the organiser of" the event;
- a body whose name ends in a word such as Collective, Orchestra or Observatory is an
  organisation even though that word heads no name elsewhere (``ORG_TAILS``).
"""

from __future__ import annotations

import re

from .alternation import compile_factored
from .classify import NOUNS
from .orgnames import HEAD_WORDS, is_acronym, scan_names
from .orgwords import KIND_BEFORE, past_kind

#: Last words of organisations' names beyond ``HEAD_WORDS``: groups of people, venues that
#: run programmes, and administrative areas that act as bodies.
ORG_TAILS = {"Collective", "Circle", "Hub", "Consortium", "Coalition", "Guild", "League", "Corps",
             "Band", "Orchestra", "Choir", "Ensemble", "Troupe", "Observatory", "Planetarium", "Gallery",
             "Region", "Municipality", "Cooperative", "Co-operative", "Initiative", "Institution",
             "Agencies", "Associations", "Clubs", "Societies", "Lines", "Airlines", "Airways", "Inc",
             "Ltd", "LLC", "Limited"}

_WITH = re.compile(
    r"^\s*,?\s*(?:(?P<with>with)\s+(?!(?:the\s+|their\s+|its\s+)?(?:support|help|assistance|aid|backing|funding"
    r"|financial|technical|participation|contributions?|sponsorship|cooperation|co-operation|collaboration"
    r"|partnership|input|involvement|blessing|approval|permission)\b)|on\s+behalf\s+of\s+)")


def org_like(names: list[str]) -> bool:
    """A name holds an organisation word (``HEAD_WORDS`` or ``ORG_TAILS``), an acronym or a
    coined word."""
    words = [w.strip(",.") for w in " ".join(names).replace("(", " ").replace(")", " ").split()]
    words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]
    return any(w in HEAD_WORDS or w in ORG_TAILS for w in words) or any(
        is_acronym(w) or _BRAND.match(w) for w in words)


#: One word with a capital inside it, as bodies coin their names ("WaterAid", "ForumCiv"), and
#: as people's names are not but for their prefixes ("McLean", "DeWitt", "MacArthur").
_BRAND = re.compile(r"(?!Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|O[’'])[A-Z][a-z]+[A-Z][A-Za-z]*$")


_KIND_BEFORE = "|".join(sorted(KIND_BEFORE, key=len, reverse=True))


def named_as_body(names: list[str], text: str) -> bool:
    """The text presents a name as a body though no word of it says so: right after a lower-case
    kind ("the tech community Kode Nusantara"), or after "the" with three capitalised words or
    more ("the Lakeside Hospice Care Auxiliary"), which no person's name takes."""
    for name in names:
        words = name.split()
        if len(words) >= 3 and all(w[:1].isupper() for w in words) and f"the {name}" in text:
            return True
        if re.search(rf"\b(?:{_KIND_BEFORE})\s+(?:the\s+)?{re.escape(name)}", text):
            return True
    return False


def companions(rest: str) -> tuple[list[str], list[str]]:
    """(organisers, partners) named right after an organiser's name: ``rest`` is the text that
    follows it ("with the Harbour Brass Band", "on behalf of the Town Council")."""
    m = _WITH.match(rest)
    if not m:
        return [], []
    names = [n for n in scan_names(past_kind(rest[m.end():])) if org_like([n])]
    if not names:
        return [], []
    return ([], names) if m["with"] else (names, [])


#: "... of its annual Data Hackathon": the event called the subject's own.
_ITS_EVENT = compile_factored(r"\b(?:its|their)\s+(?:[\w#&'’-]+\s+){0,4}?(?i:event|" + NOUNS + r")\b")
_VERB_NEXT = re.compile(r"\s+(?:(?:has|have|had|is|was|were|will|this\s+\w+|on\s+\w+)\s+)*[a-z]+(?:ed|es|s)\b")


def pronoun_owner(sentence: str) -> list[str]:
    """The organisation that opens ``sentence`` as the subject of a verb, when the sentence
    goes on to call the event "its" own ("X has announced the winners of its Hackathon")."""
    names = scan_names(sentence)
    if not names or not org_like(names[:1]):
        return []
    words = names[0].split()
    start = sentence.find(words[0])
    end = sentence.find(words[-1], start) + len(words[-1])
    if not 0 <= start < 40:
        return []
    verb = _VERB_NEXT.match(sentence, end)
    if not verb or not _ITS_EVENT.search(sentence, verb.end(), verb.end() + 200):
        return []
    return names[:1]


_NAME = r"[A-Z][\w&'’.-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*[A-Z][\w&'’.-]*){0,6}(?:\s+\([A-Z][A-Za-z]{1,9}\))?"
_SUBJECT_ORGANISER = compile_factored(
    rf"(?P<who>{_NAME})\s+(?:is|was|are|were|will\s+be|has\s+been)\s+(?:the\s+|a\s+|one\s+of\s+the\s+)?"
    r"(?:(?:main|lead|official|principal)\s+)?(?:co-?)?(?:organi[sz]ers?|hosts?)\s+(?:of|for)\s+"
    r"(?:the|this|these|its|their)\s+(?:[\w'’-]+\s+){0,4}?(?i:event|" + NOUNS + r")\b")


def subject_organisers(sentence: str) -> list[tuple[list[str], int]]:
    """(names, start) for "X was the main organiser of the fair" in ``sentence``."""
    if "rganiser" not in sentence and "rganizer" not in sentence and "host" not in sentence:
        return []
    found = []
    for m in _SUBJECT_ORGANISER.finditer(sentence):
        names = [n for n in scan_names(m["who"] + " .")[-1:] if org_like([n])]
        if names and names[0].split()[0] not in ("It", "This", "That", "The", "He", "She", "They"):
            found.append((names, m.start("who")))
    return found
