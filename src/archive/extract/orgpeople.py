"""People named where an organisation was expected ("Festival Director Jane Doe")."""

from __future__ import annotations

import re

from . import gazetteer
from .orgnames import HEAD_WORDS, is_acronym

#: Words of a person's position: a name holding one is a person, not an organisation.
_PERSON_WORDS = {"Director", "Founder", "Expert", "Ambassador", "Minister", "President", "Secretary",
                 "Chairman", "Chairperson", "Chairwoman", "Professor", "Prof", "Dr", "Mr", "Mrs", "Ms",
                 "Governor", "Mayor", "Sheriff", "Coordinator", "Co-ordinator", "CEO", "Dean", "Rector",
                 "Principal", "Commissioner", "Chief", "Head", "Deputy", "Officer", "Spokesperson",
                 "Hon", "Honourable", "Honorable", "Senator", "Councillor", "Councilor", "Rev", "Reverend",
                 "Sir", "Dame", "Justice", "Judge", "Bishop", "Chancellor", "Vice-Chancellor", "Adviser",
                 "Advisor"}


def _position_word(word: str) -> bool:
    """A position's word, written as a title ("Deputy") or in capitals ("DEPUTY", "HON.")."""
    word = word.strip("(),.")
    return word in _PERSON_WORDS or (word.isupper() and len(word) > 2 and word.title() in _PERSON_WORDS)


def is_person(name: str, text: str) -> bool:
    """A person named where an organisation was expected: a name holding a position's word
    ("High-Level Expert Jane Doe"), or two or three capitalised words with no organisation
    word that the text follows with a position ("Jane Doe, Founder Director")."""
    words = [w.strip("(),.") for w in name.split()]
    if any(w in HEAD_WORDS and w not in _PERSON_WORDS for w in words):
        return False  # "Dr K Sudhakar Foundation" is a foundation
    if any(_position_word(w) for w in name.replace("-", " ").split()):
        return True
    if 2 <= len(words) <= 3 and not any(w in HEAD_WORDS or is_acronym(w) for w in words):
        after = re.search(re.escape(name) + r",\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(\w+)", text)
        return bool(after and (after.group(1) in _PERSON_WORDS or after.group(1).title() in _PERSON_WORDS))
    return False


def without_people(name: str, text: str) -> str:
    """The name less any comma part that is a person ("Seher Arts, Festival Director Jane
    Doe" -> "Seher Arts"); empty when it is a person alone."""
    parts = [p for p in name.split(", ")]
    kept = [p for p in parts if not is_person(p, text)]
    return ", ".join(kept) if len(kept) < len(parts) else name


def named_like_person(name: str, text: str) -> bool:
    """Two or three capitalised words with no organisation word whose last word the text also
    writes alone, as people's surnames are ("Jane Doe sponsored the prizes ... Doe said")."""
    words = name.split()
    if not 2 <= len(words) <= 3 or any(w in HEAD_WORDS or is_acronym(w) or not w[:1].isupper() for w in words):
        return False
    last = words[-1]
    if gazetteer.country_code(last):
        return False
    # alone: no capitalised word right before or after it (plain search: no pattern per name)
    at = text.find(last)
    while at >= 0:
        end = at + len(last)
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-")) and (
                end == len(text) or not (text[end].isalnum() or text[end] == "-")):
            before = text[max(0, at - 40):at].split()
            after = text[end:end + 40].split()
            if not (before and before[-1][:1].isupper() and before[-1][-1:].isalpha()) and not (
                    after and after[0][:1].isupper()):
                return True
        at = text.find(last, end)
    return False
