"""What is the event called? A title in capitals, a quoted title after an event noun, or a
designation ("a two-day workshop on X"), chosen by how much of a name each candidate is."""

from __future__ import annotations

import re
from typing import Iterator

from . import gazetteer
from .classify import EVENT_NOUN, NOUNS
from .text import WORD_START, Doc, Sentence

_DURATION_MOD = re.compile(r"^(?:\w+[- ]day|\w+[- ]week|\w+[- ]month|[A-Z][\w/]*-(?:organi[sz]ed|led|funded|"
                           r"sponsored|supported|hosted)|one|two|three|four|five|six|seven|eight|nine|ten|"
                           r"full-day|half-day|day-long|week-long|\d+)$")
_STOP_TAIL = re.compile(
    r",\s*(?:held|which|who|organi[sz]ed|funded|hosted|with|where|as|and|took|was|in\s+[A-Z]|at|on\s+\d|"
    r"from\s+\d|between|co-organi[sz]ed|supported|implemented|attended|bringing|brought|that|the\s)"
    r"|\s+(?:held|took|takes|concluded|opened|was|were|has|had|is|are|at\s+the|at\s+a|at\s+an|"
    r"from\s+\d+|on\s+\d+|on\s+[A-Z][a-z]+day|between\s+\d+|in\s+[A-Z]|in\s+the\s+city|in\s+a\s+hybrid|"
    r"(?:on|from|in)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|with\s+a\s+view|"
    r"starting|beginning|scheduled|will|would|aimed|designed|"
    r"organi[sz]ed|today|yesterday|last\s+week|this\s+week|via|online|with\s+the|with\s+support|"
    r"funded|hosted|supported|implemented|which|that|for\s+the\s+(?:first|second|third)|"
    r"(?:to|in\s+order\s+to)\s+[a-z]+)\b|[.;:(“\"”]|,\s*$")
_TITLE_WORD = re.compile(r"[A-Z][\w’'\-+]*|\d+(?:st|nd|rd|th)|\d{4}")
#: A quoted title right after an event noun or its "on": '“Urdu Press – Problems and Prospects”'.
_QUOTE_AFTER = re.compile(r"\s*(?:,\s*|:\s*|entitled\s+|titled\s+|themed\s+)?[“\"‘'][^”\"’\n]{4,160}[”\"’]")
_CALENDAR = (r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|(?:Mon|Tues|Wednes|Thurs|Fri"
             r"|Satur|Sun)day\b)")
_TITLE_TAIL = re.compile(r"(?:\s+(?:on|of|for|and|the|in|against|to)(?:\s+(?:the|and|of|on|for|in))*"
                         r"\s+" + _CALENDAR + r"[A-Z][\w’'\-+]*(?:\s+" + _CALENDAR + r"[A-Z][\w’'\-+]*)*)*")
_VENUE_AFTER_NOUN = re.compile(r"\s+(?:Cent(?:re|er)|Hall|Room|Space|Venue|Grounds?)\b")
_ORDINAL_WORD = re.compile(r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|annual"
                           r"|\d+(?:st|nd|rd|th))$", re.IGNORECASE)
_TITLE_GLUE = {"and", "of", "in", "for", "the", "&", "on"}


_QUOTED_TITLE = re.compile(WORD_START + r"(?:" + NOUNS + r")\s*,?\s*(?:entitled|titled|called|themed)?\s*"
                           r"[“\"]([^”\"]{6,160})[”\"]",
                           re.IGNORECASE)
_DETERMINER = re.compile(
    r"\b(?:a|an|the|its|their|this|A|An|The|This)\s+((?:(?!(?:a|an|the|at|in|on|of|to|for|by|with|and|from|"
    r"was|were|is|are|has|had|have)\b)[\w’'\-/]+\s+){0,5})$")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def event_name(doc: Doc, main_index: int) -> tuple[str, str, int] | None:
    """(name, evidence, offset) of the main event."""
    order: list[Sentence] = []
    if 0 <= main_index < len(doc.sentences):
        order.append(doc.sentences[main_index])
    order += [s for s in doc.sentences if 0 <= s.para <= 1 and s.index != main_index]
    for s in order:
        # An official title in quotes right after an event noun: 'The conference, "Title", ...'
        q = _QUOTED_TITLE.search(s.text) if ('"' in s.text or "“" in s.text) else None
        if q and s.para >= 0:
            return q.group(1).strip(), q.group(0), s.start + q.start()
    if doc.headline:
        order.append(Sentence(doc.headline, max(doc.headline_start, 0), -1, -1, -1))
    best: tuple[int, str, str, int] | None = None
    for s in order:
        for quality, name, evidence, begin in _name_candidates(s, main_index):
            if best is None or quality > best[0]:
                best = (quality, name, evidence, s.start + begin)
    return best[1:] if best else None


def _name_candidates(s: Sentence, main_index: int) -> Iterator[tuple[int, str, str, int]]:
    """Every way ``s`` names an event, with a quality: 3 a title in capitals of several
    words, 2 a title, 1 a described event ("workshop on X"), 0 a bare noun."""
    text = s.text
    for m in EVENT_NOUN.finditer(text):
        noun = m.group(0)
        if noun.lower() in ("events", "event", "sessions", "session") and s.index != main_index:
            continue
        if _VENUE_AFTER_NOUN.match(text, m.end()):
            continue  # "the Spectacular Event Center" is a place
        # an official title: capitalised noun inside a run of capitalised words
        if noun[:1].isupper() and m.start() > 0:
            start = m.start()
            words_before = text[:start].split()
            k = len(words_before)
            while k > 0 and (_TITLE_WORD.fullmatch(words_before[k - 1]) or
                             _ORDINAL_WORD.match(words_before[k - 1]) or
                             (words_before[k - 1] in _TITLE_GLUE and k > 1
                              and _TITLE_WORD.fullmatch(words_before[k - 2]))):
                k -= 1
            while k < len(words_before) and words_before[k] in _TITLE_GLUE:
                k += 1
            pre = words_before[k:]
            tail_m = _TITLE_TAIL.match(text[m.end():])
            title_tail = tail_m.group(0) if tail_m else ""
            title = " ".join(pre + [noun]) + title_tail
            if pre or title_tail:
                title = re.sub(r"^(?:The|An?|This)\s+", "", title)
                # the evidence is the text itself, from the first word of the title
                begin = text.rfind(title.split()[0], 0, start + 1) if pre else start
                evidence = text[begin:m.end() + len(title_tail)]
                yield (3 if len(title.split()) >= 3 else 2), _cap(title.strip()), evidence, begin
                continue
        # a descriptive designation: [modifiers] noun [on/for/of ... up to a stop]
        head = text[:m.start()]
        det = _DETERMINER.search(head)
        mods: list[str] = []
        if det:
            mods = [w for w in det.group(1).split() if not _DURATION_MOD.match(w)]
        rest = text[m.end():]
        # "a training in the city of Samarkand on X": the place is not part of the name
        rest = re.sub(r"^\s+in\s+(?:the\s+(?:city|town|village)\s+of\s+)?[A-Z][\w’'\-]+"
                      r"(?=\s+(?:on|for|about)\s+[a-z])",
                      "", rest)
        tail = ""
        tm = re.match(r"\s+(?:on|for|of|about|to)\s", rest) or _topic_in(rest)
        if tm and (rest[tm.end():tm.end() + 1].isdigit() or _CALENDAR_NAME.match(rest, tm.end())):
            tm = None  # "a meeting on 4 May", "a course on Tuesday": a date, not a subject
        if tm:
            stop = _STOP_TAIL.search(rest, tm.end() - 1)
            tail = rest[:stop.start()] if stop else rest[:160]
            quoted = _QUOTE_AFTER.match(rest, len(tail))
            if quoted and (tail.rstrip().endswith((" on", " for", " about", " of", " to")) or not tail.strip()
                           or len(tail.split()) <= 8):
                tail = tail + quoted.group(0).rstrip()
            if len(tail) > 200:
                tail = tail[:200].rsplit(" ", 1)[0]
        elif (quoted := _QUOTE_AFTER.match(rest)) is not None:
            tail = " " + quoted.group(0).strip(" ,:")
        name = " ".join(mods + [noun]) + tail
        name = re.sub(r"\s+", " ", name).strip(" ,")
        if len(name.split()) == 1 and noun.lower() in ("event", "events", "session", "meeting"):
            continue
        begin = m.start() - (len(" ".join(mods)) + 1 if mods else 0)
        yield (1 if (mods or tail) else 0), _cap(name), text[begin:m.end() + len(tail)], begin


#: "in" before these is not a subject: a month or a day, a manner, a relation, a purpose.
_CALENDAR_WORDS = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
                   r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_NOT_TOPIC = re.compile(
    rf"(?:{_CALENDAR_WORDS})$"
    r"|(?:person|advance|addition|order|collaboration|partnership|cooperation|co-operation|conjunction"
    r"|association|coordination|line|response|support|honou?r|memory|total|particular|which|recent|early"
    r"|late|mid|spring|summer|autumn|winter|front|place|progress|time|attendance|charge|part|view|light"
    r"|parallel|tandem|English|French|Spanish|Russian|Arabic)\b", re.IGNORECASE)
_CALENDAR_NAME = re.compile(rf"(?:{_CALENDAR_WORDS})\b")
_IN_TOPIC = re.compile(r"\s+in\s+(?!the\b|a\b|an\b|which\b|order\b)(?P<w>[A-Za-z][\w-]+(?:\s+[A-Z][\w-]+)?)")


def _topic_in(rest: str) -> re.Match[str] | None:
    """"a training workshop in Food Safety": "in" a subject, not a place or a time."""
    m = _IN_TOPIC.match(rest)
    if m is None or _NOT_TOPIC.match(m["w"]) or m["w"][:1].isdigit():
        return None
    if gazetteer.country_code(m["w"]) or gazetteer.cities(m["w"]) or gazetteer.cities(m["w"].split()[0]):
        return None
    return re.match(r"\s+in\s", rest)


#: Words that say what kind of event, not which one: "Annual Conference", "Town hall meeting".
_GENERIC_NAME_WORD = re.compile(
    r"(?:annual|international|national|regional|local|global|online|virtual|hybrid|free|open|public|joint"
    r"|special|general|inaugural|final|closing|opening|first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)"
    r"|\w+-day|\w+-week|town|hall|dialogue|information|awareness|consultation|coordination|co-ordination"
    r"|review|planning|technical|high-level|expert|experts|stakeholder|stakeholders|community|media|press"
    r"|important|major|big|small|short|new|two|three|several|live|in-person|day)$", re.IGNORECASE)


_TRAILING_PARENS = re.compile(r"\s*\([^()]*\)$")


def qualified_name(name: str, organizer: str | None) -> str | None:
    """A name that only says what kind of event ("Annual Conference") is one of many: the
    organiser named beside it tells which ("Annual Conference (NACo)"). None: keep ``name``."""
    if not organizer or len(organizer) > 80:
        return None
    words = name.split()
    if len(words) > 4 or not all(EVENT_NOUN.fullmatch(w) or _GENERIC_NAME_WORD.match(w) for w in words):
        return None
    bare = _TRAILING_PARENS.sub("", organizer)  # no parentheses inside the qualifier's
    return f"{name} ({bare})"


