"""People named in a text: a phrase of capitalised words is a person's name when a role, an
age or "said" stands beside it, or when its surname alone later speaks. Keywords leave them out:
a person is never a subject."""

from __future__ import annotations

import re

from . import gazetteer
from .alternation import compile_factored


def is_person(phrase: str, text: str, folded: str) -> bool:
    """A name of a person: written in capitals after a title, or before "said"."""
    words = phrase.split()
    if not 2 <= len(words) <= 3:
        return False
    written = spelling(phrase, text, folded) or " ".join(w[:1].upper() + w[1:] for w in words)
    if _ROLE_BEFORE.search(written.split()[0] + " "):
        return True  # "Professor Yogesh Singh": the role is part of the phrase
    for start in occurrences(written, text):
        end = start + len(written)
        if (_ROLE_BEFORE.search(text, max(0, start - 30), start)
                or _ROLE_THEN_COMMA.search(text, max(0, start - 60), start)
                or _SAID_BEFORE.search(text, max(0, start - 12), start)):
            return True
        if _SAID.match(text[end:end + 20]) or _APPOSITIVE.match(text, end, end + 40) \
                or _IS_A_ROLE.match(text, end, end + 60):
            return True
        of = _OF_PLACE.match(text, end, end + 40)
        if of and text[start:start + 1].isupper() and gazetteer.country_code(of["place"]):
            return True  # "the appointment of Dereje Alemu of Ethiopia": a person and their country
    # "In his remarks, Gjorgjiev highlighted ...": the surname alone, later, as a speaker
    surname = written.split()[-1]
    return any(_SAID.match(text, at + len(surname), at + len(surname) + 20)
               for at in occurrences(surname, text)
               if text[at - 1:at] != "-" and text[max(0, at - 4):at].lower() != "the ")


def spelling(phrase: str, text: str, folded: str) -> str | None:
    """How the text writes a lower-cased phrase ("Lindqvist-Osei", "McKay"), when it is there
    (``folded`` is ``text`` in lower case)."""
    at = folded.find(phrase)
    if at < 0 or len(folded) != len(text):
        return None
    return text[at:at + len(phrase)]


def occurrences(needle: str, text: str) -> list[int]:
    """Where ``needle`` stands in ``text`` as whole words (plain search: no pattern to compile
    for every candidate phrase)."""
    out, at = [], text.find(needle)
    while at >= 0:
        end = at + len(needle)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            out.append(at)
        at = text.find(needle, at + 1)
    return out


#: A role written before a person's name, in any case: "the varsity spokesman Ali Khan".
_ROLES = (r"director|minister|professor|prof|spokes(?:wo)?man|spokesperson|artist|author|chief|chair(?:man"
          r"|woman|person)?|president|vice-president|secretary|general|governor|mayor|ambassador|researcher"
          r"|officer|coordinator|head|founder|ceo|manager|dean|rector|editor|journalist|speaker|chancellor"
          r"|commissioner|deputy|expert|sheriff|representative|executive"
          r"|scientist|singer|musician|actor|writer|poet|award-winning|dr|mr|mrs|ms|sir|dame|columnist|teacher"
          r"|lawyer|activist|entrepreneur|historian|economist|engineer|architect|photographer|painter|coach"
          r"|athlete|volunteer|graduate|alumn(?:us|a)|veteran|pastor|reverend|rev|student|pupil|runner|rider"
          r"|farmer|grower|nurse|doctor|chef|trader|weaver|agronomist|consultant|advis[eo]r|lecturer|provost"
          r"|principal|headteacher|inspector|councillor|senator|judge|bishop|imam|priest|curator|designer|player"
          r"|captain|champion|finisher|[\w]+-year-old")
_ROLE_BEFORE = compile_factored(r"(?i:\b(?:" + _ROLES + r"))\.?\s+(?:[A-Z][\w-]*\s+)?$")
_SAID = re.compile(r",?\s+(?:said|says|told|added|noted|explained|stressed|emphasi[sz]ed|highlighted|underlined"
                   r"|recalled|remarked)\b")
#: Before a name: "..., said Ana Ruiz": the speaker of a quote.
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|noted|explained|recalled|remarked|told)\s+$")
#: After a name: ", who ..." or ", Chief of Mission ...": a person and the role they hold.
_APPOSITIVE = compile_factored(r",\s+(?:who\b|(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}(?i:" + _ROLES + r")\b)")
#: After a name: "is a Nebraska author", "was the county's first female mayor".
_IS_A_ROLE = compile_factored(r"\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(?i:" + _ROLES + r")\b")
#: After a name: "of Ethiopia" (a person's country; a body's name would end in its kind).
_OF_PLACE = re.compile(r"\s+of\s+(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\b")
#: Before a name: "the Vice-President of Ruritania, Tomas Bellamy".
_ROLE_THEN_COMMA = compile_factored(r"(?i:\b(?:" + _ROLES + r"))\b[^.;,]{0,40},\s+$")
