"""More ways a text names who pays for an event.

- "Greenfield Bank is the festival's principal sponsor": the subject of "is ... sponsor";
- "the club thanked its sponsors, A and B": the names after a possessive "sponsors";
- "X provided funding for the fair", "funding came from X";
- "the symposium received support from X": X supports the event;
- "funded by the Government of X through the Y Fund": the fund the money went through pays too;
- "X (ACR) funded the event", "..., and the Y Foundation paid for the buses", "Z, which owns the
  hall, sponsored the prizes": the subject of a clause whose verb pays (``subject_payers``).
"""

from __future__ import annotations

import re

from .alternation import compile_factored
from .classify import NOUNS
from .orgclauses import clause_subject
from .orgnames import scan_names
from .orgwith import org_like
from .orgwords import FOREIGN_JOINS, PARTICLES

#: Words between the capitalised words of a name, in English and other languages ("Údarás na Gaeltachta").
_LINKS = "|".join(sorted({"of", "for", "and", "the", "&"} | PARTICLES | FOREIGN_JOINS))
_CAP = "[A-ZÀ-ÖØ-Þ\u0100-\u017f]"  # a capital, also an accented one ("Údarás", "Łódź")
_NAME = rf"{_CAP}[\w&'’.-]*(?:\s+(?:(?:{_LINKS})\s+)*{_CAP}[\w&'’.-]*){{0,6}}"
#: An amount of money: "$5,000", "£6,000", "€2m", "5,000 euros", "Sh200,000", "₹1 lakh".
_AMOUNT = (r"(?:(?:a\s+total\s+of|some|about|around|nearly|almost|more\s+than|over|up\s+to)\s+)?"
           r"(?:[$€£¥₹]|(?:US|NZ|A|C|Sh|KSh|Rs\.?|R|N|GH₵|USD|EUR|GBP)\s?[$]?)\s?\d[\d,.]*(?:\s?(?:m|bn|k|million|billion"
           r"|thousand|lakh|crore)\b)?|\d[\d,.]*\s+(?:million\s+|thousand\s+)?(?:euros?|dollars|pounds|rupees|francs"
           r"|shillings|rand|pesos|yen|won|tenge|som|soles|reais|kwacha|naira|cedis)\b")
#: "X is the festival's principal sponsor", "X was again a main sponsor", "X are the title sponsors".
_SUBJECT_SPONSOR = re.compile(
    rf"(?P<who>{_NAME})\s+(?:is|was|are|were|will\s+be|has\s+been|have\s+been|became|remains?)\s+"
    r"(?:(?:again|also|once\s+again|this\s+year)\s+)?(?:the|a|an|one\s+of\s+the)\s+(?:[\w-]+['’]s\s+)?"
    r"(?:(?:principal|main|headline|title|lead|major|official|presenting|key|chief|gold|platinum)\s+)?"
    r"(?:sponsors?|funders?|financial\s+backers?)\b")
#: "X provided funding for the fair", "X gave a grant of $5,000", "X donated the prizes" is no funder.
_SUBJECT_PAYS = re.compile(
    rf"(?P<who>{_NAME}(?:\s+\([A-Z][A-Za-z]{{1,9}}\))?)\s+(?:(?:has|have|had|also|kindly|generously|again)\s+)*"
    r"(?:provided|gave|granted|contributed|awarded|donated|pledged|put\s+up|stumped\s+up|chipped\s+in)\s+"
    r"(?:(?:(?:a|an|the)\s+)?(?:[\w$€£.,-]+\s+){0,3}?(?:funding|grants?|financial\s+support|sponsorship|funds"
    r"|money|cash)\b|" + _AMOUNT + ")")
#: "Funding came from X".
_CAME_FROM = re.compile(r"\b(?:[Ff]unding|[Ff]unds|[Ss]ponsorship|[Ff]inancial\s+support)\s+(?:for\s+[^.;]{1,60}?\s+)?"
                        r"came\s+from\s+")
#: "thanked its sponsors, A and B", "our sponsors A and B".
_OWN_SPONSORS = re.compile(r"\b(?:its|their|our|the\s+[\w-]+['’]s)\s+(?:\w+\s+)?(?:sponsors|funders|donors)"
                           r"\s*,?\s+(?:(?:namely|including)\s+)?(?=[A-Z])")
#: Words that open a sentence's subject without naming anyone.
_NOT_NAMES = {"It", "This", "That", "These", "Those", "He", "She", "They", "Which", "Who", "Its", "Their", "Our",
              "The", "A", "An", "Each", "Every"}
#: "... through the Pacific Education Fund": the channel of the money, when its name says it pays.
_CURRENCY = re.compile(r"[$€£¥₹]\s?\d|\d\s+(?:million\s+|thousand\s+)?(?:euros?|dollars|pounds|rupees|francs|shillings"
                       r"|rand|pesos|yen|won|tenge|som|soles|reais|kwacha|naira|cedis)\b|\b(?:Sh|KSh|Rs|USD|EUR|GBP)"
                       r"\s?\d")
_CHANNEL = re.compile(r"^\s*,?\s*(?:through|via)\s+")
_PAYING_NAME = re.compile(r"\b(?:Fund|Facility|Foundation|Programme|Program|Trust|Endowment|Bank)\b")


#: "The symposium received support from X": X backs the event (a funder when its name says it pays).
EVENT_SUPPORT = compile_factored(r"\b(?i:event|" + NOUNS + r")\s+(?:(?:also|has|had|have)\s+)?received\s+"
                                 r"(?:(?:financial|generous|additional|further|technical)\s+)?support\s+from\s+")


def sponsors_in(sentence: str) -> list[tuple[list[str], int, int]]:
    """(names, start, end) for each passage of ``sentence`` that names its sponsors."""
    found: list[tuple[list[str], int, int]] = []
    for m in [*_SUBJECT_PAYS.finditer(sentence), *_CAME_FROM.finditer(sentence)] if any(
            w in sentence for w in ("unding", "grant", "inancial support", "ponsorship", "unds", "money", "cash")) \
            or _CURRENCY.search(sentence) else ():
        who = m.groupdict().get("who")
        names = scan_names(who + " .")[-1:] if who else scan_names(sentence[m.end():])
        names = [n for n in names if n.split()[0] not in _NOT_NAMES and org_like([n])]
        if names:
            found.append((names, m.start(), m.end()))
    if not any(w in sentence for w in ("ponsor", "funder", "donor", "backer")):
        return found
    for m in _SUBJECT_SPONSOR.finditer(sentence):
        names = [n for n in scan_names(m["who"] + " .") if n.split()[0] not in _NOT_NAMES]
        if names:
            found.append((names[-1:], m.start("who"), m.end()))
    for m in _OWN_SPONSORS.finditer(sentence):
        names = scan_names(sentence[m.end():])
        if names:
            found.append((names, m.start(), m.end() + len(names[-1])))
    return found


_AND_BY = re.compile(r",?\s+and\s+(?:also\s+)?by\s+")


def channels(rest: str) -> list[str]:
    """The funds named by "through ..." right after a funder's name (``rest`` follows it), and
    the funders of a second "and by ..." ("funded by X through the Y Bank and by Z")."""
    m = _CHANNEL.match(rest)
    found = [n for n in scan_names(rest[m.end():]) if _PAYING_NAME.search(n)] if m else []
    again = _AND_BY.search(rest, 0, 120)
    if again and (not rest[:again.start()].strip() or m and not re.search(r"[,;.]", rest[:again.start()])):
        found += scan_names(rest[again.end():])
    return found


#: A paying verb in the active voice: "funded the event", "co-financed the forum", "paid for the buses".
PAYS = compile_factored(r"(?:co-?funded|co-?financed|funded|financed"
                   r"|sponsored|underwrote|bankrolled|paid\s+for)\s+(?!by\b)(?!(?:a|the|his|her)\s+(?:bill|motion"
                   r"|resolution|amendment|legislation)\b)(?=the\b|its\b|their\b|[a-z]+\b)")


def subject_payers(sentence: str, text: str) -> list[tuple[list[str], int, int]]:
    """(names, start, end) for each organisation that is the subject of a clause whose active
    verb pays for something ("The Harbour Foundation (HF) funded the event", "..., while Brightware,
    which owns the hall, sponsored the prizes"): the names must fill the whole subject."""
    found: list[tuple[list[str], int, int]] = []
    if not ("funded" in sentence or "financed" in sentence or "sponsored" in sentence or "underwrote" in sentence
            or "bankrolled" in sentence or "paid" in sentence):
        return found  # plain substring tests cost far less than the pattern
    for m in PAYS.finditer(sentence):
        if not sentence[m.start() - 1:m.start()].isspace():
            continue
        who = _RELATIVE_PAYER.search(sentence, max(0, m.start() - 160), m.start())
        if who:  # "support from the X Mission, which paid for the stalls": X pays
            names = [n for n in scan_names(who["who"] + " .")[-1:] if org_like([n])]
            if names:
                found.append((names, who.start("who"), m.end()))
            continue
        subject = clause_subject(sentence, m.start(), text)
        if subject:
            found.append((subject[0], subject[1], m.end()))
    return found


#: The name right before ", which" when the relative clause's verb pays.
_RELATIVE_PAYER = re.compile(rf"(?P<who>{_NAME}(?:\s+\([A-Z][A-Za-z]{{1,9}}\))?),\s+(?:which|who)\s+"
                             r"(?:(?:has|have|had|also|generously|again)\s+)*$")
