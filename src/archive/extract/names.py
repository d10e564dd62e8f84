"""What is the event called? A title in capitals, a quoted title after an event noun, or a
designation ("a two-day workshop on X"), chosen by how much of a name each candidate is."""

from __future__ import annotations

import re
from itertools import chain
from typing import Iterator

from . import gazetteer
from .alternation import compile_factored
from .classify import EVENT_NOUN, NOUNS
from .named_events import CALENDAR_NAME, CALENDAR_WORDS, JOINERS, ORG_WORD, VENUE_END, named_events
from .text import WORD_START, Doc, Sentence

_DURATION_MOD = re.compile(r"^(?:\w+[- ]day|\w+[- ]week|\w+[- ]month|[A-Z][\w/]*-(?:organi[sz]ed|led|funded|"
                           r"sponsored|supported|hosted)|one|two|three|four|five|six|seven|eight|nine|ten|"
                           r"full-day|half-day|day-long|week-long|\d+)$")
#: Nouns that "to" follows inside a subject ("access to finance", "the road to recovery"): no
#: purpose clause begins there.
_NOUN_TO = "".join(rf"(?<!\b{w}\s)" for w in (
    "access", "approach", "approaches", "barriers", "transition", "response", "responses", "introduction",
    "guide", "road", "path", "pathways", "return", "threats", "solutions", "commitment",
    "contribution", "exposure", "resilience", "adaptation"))
_STOP_TAIL = re.compile(
    r",\s*(?:held|which|who|organi[sz]ed|funded|hosted|with|where|as|and|took|was|in\s+[A-Z]|at|on\s+\d|"
    r"from\s+\d|between|co-organi[sz]ed|supported|implemented|attended|bringing|brought|that|the\s"
    r"|[a-z]+ed\b|because|after|before|during|while|when|since)"
    r"|\s+(?:held|took|takes|concluded|opened|was|were|has|had|is|are|at\s+the|at\s+a|at\s+an|"
    r"from\s+\d+|on\s+\d+|on\s+[A-Z][a-z]+day|between\s+\d+|in\s+[A-Z]|in\s+the\s+city|in\s+a\s+hybrid|"
    r"(?:on|from|in)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|with\s+a\s+view|"
    r"starting|beginning|scheduled|will|would|aimed|designed|because|delivered|"
    r"brought|brings|drew|draws|gathered|gathers|attracted|attracts|featured|features|welcomed|welcomes|ended|ends|"
    r"closed|closes|began|begins|started|starts|kicked|wrapped|saw|sees|runs|ran|returns|returned|offered|offers|"
    r"organi[sz]ed|today|yesterday|last\s+week|this\s+week|via|online|with\s+the|with\s+support|"
    r"funded|hosted|supported|implemented|which|that|for\s+the\s+(?:first|second|third)|"
    r"(?:" + _NOUN_TO + r"to|in\s+order\s+to)\s+[a-z]+)\b|[.;:(“\"”]|,\s*$")
_TITLE_WORD = re.compile(r"[A-Z][\w’'\-+/]*|\d+(?:st|nd|rd|th)|\d{4}")
#: A quoted title right after an event noun or its "on": '“Urdu Press – Problems and Prospects”'.
_QUOTE_AFTER = re.compile(r"\s*(?:,\s*|:\s*|entitled\s+|titled\s+|themed\s+)?[“\"‘'][^”\"’\n]{4,160}[”\"’]")
_CALENDAR = rf"(?!(?:{CALENDAR_WORDS})\b)"
_TITLE_TAIL = re.compile(r"(?:\s+" + JOINERS + r"(?:\s+" + JOINERS + r")*"
                         r"\s+" + _CALENDAR + r"[A-Z][\w’'\-+]*(?:\s+" + _CALENDAR + r"[A-Z][\w’'\-+]*)*)*"
                         r"(?:\s+(?:19|20)\d\d\b(?![-–/]\d))?")  # "Expo 2024": the year is the edition's
_AT_PLACE = re.compile(r"\b(?:in|at|inside|outside|near|around|from|to)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}$")
#: A word after an event noun that makes it a place: "the Spectacular Event Center", "its own meeting room".
_VENUE_AFTER_NOUN = re.compile(r"\s+(?:Cent(?:re|er)|Hall|Room|Space|Venue|Grounds?|(?-i:(?:cent(?:re|er)|hall|room"
                               r"|space|venue|grounds?)s?\b(?![- ]\w+ed\b)))\b")
_ORDINAL_WORD = re.compile(r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|annual"
                           r"|\d+(?:st|nd|rd|th))$", re.IGNORECASE)
_TITLE_GLUE = {"and", "of", "in", "for", "the", "&", "on"}


_QUOTED_TITLE = compile_factored(WORD_START + r"(?:" + NOUNS + r")\s*,?\s*(?:entitled|titled|called|themed|dubbed)?\s*"
                           r"[“\"]([^”\"]{6,160})[”\"]",
                           re.IGNORECASE)
#: "a workshop for trainers titled “…”": the title a few words after the noun it names.
_TITLED = re.compile(r"\s(?:entitled|titled)\s*[,:]?\s*[“\"]([^”\"]{6,250})[”\"]")
#: What may be titled between the event noun and "titled": then the title is not the event's.
_OTHER_WORK = compile_factored(
    r"\b(?:report|book|study|paper|publication|film|documentary|document|song|video|presentation|speech"
    r"|talk|article|guide|manual|handbook|toolkit|brochure|project|programme|program|campaign|initiative"
    r"|policy|strategy|plan|exhibit|play|poem|album|module|curriculum)s?\b", re.IGNORECASE)
#: "held under the theme, “…”": a theme completes a designation.
_THEME = re.compile(r"(?:\b(?:under|on|with)\s+the\s+(?:theme|title|motto|slogan)(?:\s+of)?|\bthemed)"
                    r"\s*[,:]?\s*[“\"]([^”\"]{4,200})(?:[”\"]|$)")  # the sentence may end inside the quote
#: "… to mark the World Polio Day": the occasion tells which walk, camp or rally it was.
_OCCASION = re.compile(
    r"\b(?:to\s+(?:mark|celebrate|commemorate|observe)|in\s+(?:observance|celebration|commemoration)\s+of"
    r"|on\s+the\s+occasion\s+of)\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s+(?:(?:of|for|and|the)\s+)*){1,6}"
    r"(?:Day|Week|Month|Year|Decade|Anniversary)\b")
_OCCASION_WORDS = (" mark", "celebrat", "commemorat", "observ", "occasion")
_DANGLING = re.compile(r"\s+(?:on|for|of|about|to|in|at|and|the|with|by)$", re.IGNORECASE)
_DETERMINER = re.compile(
    r"\b(?:a|an|the|its|their|this|A|An|The|This)\s+((?:(?!(?:a|an|the|at|in|on|of|to|for|by|with|and|from|"
    r"was|were|is|are|has|had|have|its|their|this|our|his|her|held|holds|hosted|hosts|organi[sz]ed|ran|runs"
    r"|staged|opened|launched|will)\b)[\w’'\-/]+\s+){0,5})$")

#: Name qualities: a bare noun, a noun with modifiers, a designation with its subject, a title,
#: a title of three words or more.
BARE, MODIFIED, DESCRIBED, TITLE, LONG_TITLE = range(5)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def event_name(doc: Doc, main_index: int) -> tuple[str, str, int] | None:
    """(name, evidence, offset) of the main event."""
    order: list[Sentence] = []
    if 0 <= main_index < len(doc.sentences):
        order.append(doc.sentences[main_index])
    order += [s for s in doc.sentences if 0 <= s.para <= 1 and s.index != main_index]
    for s in order:
        if s.para < 0 or not ('"' in s.text or "“" in s.text):
            continue
        # An official title in quotes right after an event noun: 'The conference, "Title", ...'
        q = _QUOTED_TITLE.search(s.text)
        if q:
            return q.group(1).strip(), q.group(0), s.start + q.start()
        titled = _titled(s.text)
        if titled:
            return titled[0], titled[1], s.start + titled[2]
    if doc.headline:
        order.append(Sentence(doc.headline, max(doc.headline_start, 0), -1, -1, -1))
    best: tuple[int, str, str, int, str, int] | None = None
    for s in order:
        for quality, name, evidence, begin, head in chain(_name_candidates(doc, s, main_index), _named_subjects(s)):
            if best is None or (quality > best[0] and (
                    quality >= TITLE or best[0] == BARE or s.index == best[5] or head == best[4])):
                best = (quality, name, evidence, s.start + begin, head, s.index)
    if best and best[0] < TITLE and (dubbed := _dubbed(doc, main_index)):
        return f"{best[1]} “{dubbed}”", best[2], best[3]
    if best and best[0] < TITLE and (later := _later_title(doc, best[4])):
        return later
    return best[1:4] if best else None


#: How many paragraphs below the lede may hold the event's full name.
LATER_TITLE_PARAGRAPHS = 4


def _later_title(doc: Doc, head: str) -> tuple[str, str, int] | None:
    """The lede's "three-day summit" is, a few paragraphs on, "the Lindale Youth Summit": a title
    with the same head noun names the same event (the first such title, in reading order)."""
    for s in doc.sentences:
        if not 2 <= s.para <= 1 + LATER_TITLE_PARAGRAPHS or head not in s.text.lower():
            continue  # a candidate with that head noun holds its word
        for quality, name, evidence, begin, other in _name_candidates(doc, s, -1):
            if quality >= TITLE and other == head:
                return name, evidence, s.start + begin
    return None


#: "The activity, dubbed “Give Blood, Give Life”, was ...": the title of the event the text reports.
_DUBBED = re.compile(r"\b(?:The|This|the|this)\s+(?:activity|event|initiative|gathering|occasion|day|evening"
                     r"|night)\s*,?\s+(?:dubbed|called|named|billed\s+as)\s*,?\s*[“\"]([^”\"]{3,100})[”\"]")


def _dubbed(doc: Doc, main_index: int) -> str | None:
    """A title given to the event in its own sentence or the next one, by a word for 'the event'."""
    for s in doc.sentences[max(main_index, 0):max(main_index, 0) + 2]:
        m = _DUBBED.search(s.text) if ("“" in s.text or '"' in s.text) else None
        if m:
            return m.group(1).strip(" ,.")
    return None


def _titled(text: str) -> tuple[str, str, int] | None:
    """A quoted title introduced by "titled" within a few words after an event noun."""
    for t in _TITLED.finditer(text):
        nouns = [m for m in EVENT_NOUN.finditer(text, 0, t.start()) if t.start() - m.end() <= 90]
        if nouns and not _OTHER_WORK.search(text, nouns[-1].end(), t.start()):
            return t.group(1).strip(" ,."), text[nouns[-1].start():t.end()], nouns[-1].start()
    return None


def _head(noun: str) -> str:
    word = noun.split()[-1].lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _title_candidate(text: str, m: re.Match[str]) -> tuple[int, str, str, int] | None:
    """A capitalised event noun inside a run of capitalised words: an official title."""
    start = m.start()
    spans = list(re.finditer(r"\S+", text[:start]))
    words_before = [w.group() for w in spans]
    k = len(words_before)
    while k > 0 and (_TITLE_WORD.fullmatch(words_before[k - 1]) or
                     _ORDINAL_WORD.match(words_before[k - 1]) or
                     (words_before[k - 1] in _TITLE_GLUE and k > 1
                      and _TITLE_WORD.fullmatch(words_before[k - 2]))):
        k -= 1
    while k < len(words_before) and words_before[k] in _TITLE_GLUE:
        k += 1
    tail_m = _TITLE_TAIL.match(text[m.end():])
    title_tail = tail_m.group(0) if tail_m else ""
    if k == len(words_before) and not title_tail:
        return None
    begin = spans[k].start() if k < len(words_before) else start
    det = re.match(r"(?:The|An?|This|Our|Their|Its)\s+", text[begin:m.end()])
    if det:
        begin += det.end()
    evidence = text[begin:m.end() + len(title_tail)]
    title = " ".join(evidence.split())
    if title.split()[-1] in VENUE_END:
        return None
    return (LONG_TITLE if len(title.split()) >= 3 else TITLE), _cap(title), evidence, begin


#: ", a festival dedicated to ...", ", the largest fair in ...": an event noun described after
#: a comma, the noun ending its phrase.
_APPOSITION_BEFORE = re.compile(r",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,5}$")
_APPOSITION_AFTER = re.compile(r"\s*[,.;:)]|\s+(?:dedicated|devoted|on|for|of|about|that|which|held|organi[sz]ed|"
                               r"in|at|to|with|where|bringing|featuring|run|hosted|now|since|and)\b")
_NAME_WORD = re.compile(r"[A-Z][\w’'\-+/]*|\d{4}|of|and|the|for|&|de|la|du|des")


def _apposition(text: str, m: re.Match[str]) -> tuple[int, str, str, int] | None:
    """A name the text then calls an event: "the Lakeside Book Days, a festival of ..."."""
    comma = _APPOSITION_BEFORE.search(text, max(0, m.start() - 60), m.start())
    if not comma or not _APPOSITION_AFTER.match(text, m.end()):
        return None
    words = list(re.finditer(r"\S+", text[:comma.start()]))
    k = len(words)
    while k > 0 and _NAME_WORD.fullmatch(w := words[k - 1].group()) and not CALENDAR_NAME.fullmatch(w) \
            and (not w[:1].isdigit() or k == len(words)):  # a year only ends a name: "Expo 2024"
        k -= 1
    while k < len(words) and not words[k].group()[:1].isupper():
        k += 1  # a name opens with a capital: "of the" before it is no part of it
    name = " ".join(w.group() for w in words[k:])
    if k == 0 or len(name.split()) < 2 or name.split()[0] in ("The", "A", "An") and len(name.split()) < 3:
        return None  # the sentence's first words are capitalised anyway; one word is no title
    if name.startswith(("The ", "A ", "An ")):
        name = name.split(" ", 1)[1]
    if gazetteer.cities(name) or gazetteer.country_code(name):
        return None
    begin = words[k].start()
    return (LONG_TITLE if len(name.split()) >= 3 else TITLE), name, text[begin:m.end()], begin


#: "The hackathon, Hack Hillford: Energy, was organised": a name set off by commas after "the" noun.
_NAME_AFTER = re.compile(
    r",\s+((?:[A-Z][\w’'&+:-]*|\d{4})(?:\s+(?:(?:of|and|the|for|de|la|&)\s+)*(?:[A-Z][\w’'&+:-]*|\d{4})){1,7}),"
    r"\s+(?:was|were|is|are|will|has|had|held|took|takes|organi[sz]ed|hosted|brought|drew|attracted|ran|runs)\b")
#: '“River Light”, an exhibition of ...': a quoted title the sentence then calls an event.
_QUOTE_BEFORE = re.compile(r"(?:[“\"]([^”\"]{3,120}?)[,.]?[”\"]|(?<![\w’'])[‘']([^\s’'][^’'\n]{2,119}?)[,.]?[’'])"
                           r",\s+(?:a|an|the)\s+((?:[\w’'-]+\s+){0,3})$")
#: Capitalised event nouns that are also the names of places: after "in the"/"at", a place.
_PLACE_NOUNS = frozenset({"Hall", "Halls", "Camp", "Camps"})


def _set_off_name(text: str, m: re.Match[str]) -> tuple[int, str, str, int] | None:
    """A name beside an event noun: set off by commas after it, or quoted before it."""
    after = _NAME_AFTER.match(text, m.end())
    if after and re.search(r"\bthe\s+$", text[max(0, m.start() - 5):m.start()], re.IGNORECASE) \
            and not ORG_WORD.search(after.group(1)):
        name = after.group(1).rstrip(":")
        return (LONG_TITLE if len(name.split()) >= 3 else TITLE), name, text[m.start():after.end(1)], after.start(1)
    before = _QUOTE_BEFORE.search(text, max(0, m.start() - 160), m.start())
    if before:
        mods = [w for w in before.group(3).split() if not _DURATION_MOD.match(w)]
        name = _cap(" ".join(mods + [m.group(0)])) + " “" + (before.group(1) or before.group(2)).strip() + "”"
        return LONG_TITLE, name, text[before.start():m.end()], before.start()
    return None


def _name_candidates(doc: Doc, s: Sentence, main_index: int) -> Iterator[tuple[int, str, str, int, str]]:
    """Every way ``s`` names an event: (quality, name, evidence, offset, head noun)."""
    text = s.text
    for m in doc.finditer(EVENT_NOUN, text):
        noun = m.group(0)
        if noun.islower() and (named := _set_off_name(text, m) or _apposition(text, m)) is not None:
            yield (*named, _head(noun))
            continue
        if noun.lower() in ("events", "event", "sessions", "session") and s.index != main_index:
            continue
        if _VENUE_AFTER_NOUN.match(text, m.end()) or (noun.split()[-1] in _PLACE_NOUNS and _AT_PLACE.search(
                text, max(0, m.start() - 60), m.start())):
            continue  # "the Spectacular Event Center", "in the Hillford Town Hall", "at Lindale Base Camp": places
        if noun[:1].isupper() and m.start() > 0:
            title = _title_candidate(text, m)
            if title is not None:
                yield (*title, _head(noun))
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
        tail = _subject(rest)
        quotes = "“" in rest or '"' in rest
        if not tail and quotes and (theme := _THEME.search(rest)) and not EVENT_NOUN.search(rest, 0, theme.start()):
            tail = " “" + theme.group(1).strip(" ,.") + "”"
            used = theme.end()
        else:
            used = len(tail)
        occasion = (_OCCASION.search(rest, used, used + 160)
                    if any(w in rest for w in _OCCASION_WORDS) else None)
        if occasion and occasion.start() - used <= 90:
            tail += " " + occasion.group(0)
            used = occasion.end()
        name = re.sub(r"\s+", " ", " ".join(mods + [noun]) + tail).strip(" ,")
        dangling = _DANGLING.search(name)
        if dangling and len(name.split()) > 1:
            name, tail = name[:dangling.start()], ""
        if len(name.split()) == 1 and noun.lower() in ("event", "events", "session", "meeting"):
            continue
        begin = m.start() - (len(" ".join(mods)) + 1 if mods else 0)
        quality = DESCRIBED if tail else MODIFIED if mods else BARE
        run = _proper_run(mods) if noun.islower() else 0
        if run >= 2:  # "the tenth Hillford Midnight Jazz festival": a name, less the words before it
            name = _cap(re.sub(r"\s+", " ", " ".join(mods[-run:] + [noun]) + tail).strip(" ,"))
            quality = LONG_TITLE if len(name.split()) >= 3 else TITLE
        yield quality, _cap(name), text[begin:m.end() + used], begin, _head(noun)


def _proper_run(mods: list[str]) -> int:
    """How many capitalised words end ``mods``, right before the event noun."""
    n = 0
    for w in reversed(mods):
        if not _TITLE_WORD.fullmatch(w) or not w[:1].isupper():
            break
        n += 1
    return n


def _subject(rest: str) -> str:
    """What follows an event noun and says what it is about: " on X for Y", or ""."""
    tm = re.match(r"\s+(?:on|for|of|about|to)\s", rest) or _topic_in(rest)
    if tm and (rest[tm.end():tm.end() + 1].isdigit() or CALENDAR_NAME.match(rest, tm.end())):
        tm = None  # "a meeting on 4 May", "a course on Tuesday": a date, not a subject
    if not tm:
        quoted = _QUOTE_AFTER.match(rest)
        return " " + quoted.group(0).strip(" ,:") if quoted else ""
    stop = _STOP_TAIL.search(rest, tm.end() - 1)
    tail = rest[:stop.start()] if stop else rest[:160]
    quoted = _QUOTE_AFTER.match(rest, len(tail))
    if quoted and (tail.rstrip().endswith((" on", " for", " about", " of", " to")) or not tail.strip()
                   or len(tail.split()) <= 8):
        tail = tail + quoted.group(0).rstrip()
    elif _DANGLING.search(tail.rstrip()) and (unclosed := re.match(r"\s*[“\"]([^”\"]{6,200})$", rest[len(tail):])):
        # "a workshop on “Title in New Delhi." with the closing quote lost: the title runs to the end
        title = _place_at_end(unclosed.group(1).strip(" ,.;"))
        tail = tail.rstrip() + " " + title
    if len(tail) > 200:
        tail = tail[:200].rsplit(" ", 1)[0]
    return tail


def _place_at_end(title: str) -> str:
    """``title`` without a trailing " in <known place>", which says where and is no part of it."""
    m = re.search(r"\s+in\s+((?:[A-Z][\w’'\-]*\s?){1,3})$", title)
    if m and (gazetteer.cities(m.group(1).strip()) or gazetteer.country_code(m.group(1).strip())):
        return title[:m.start()]
    return title


#: "in" before these is not a subject: a month or a day, a manner, a relation, a purpose.
_NOT_TOPIC = compile_factored(
    rf"(?:{CALENDAR_WORDS})$"
    r"|(?:person|advance|addition|order|collaboration|partnership|cooperation|co-operation|conjunction"
    r"|association|coordination|line|response|support|honou?r|memory|total|particular|which|recent|early"
    r"|late|mid|spring|summer|autumn|winter|front|place|progress|time|attendance|charge|part|view|light"
    r"|parallel|tandem|English|French|Spanish|Russian|Arabic)\b", re.IGNORECASE)
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
_GENERIC_NAME_WORD = compile_factored(
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
    kind = " ".join(w for w in words if not _GENERIC_NAME_WORD.match(w))
    if len(words) > 4 or (kind and not EVENT_NOUN.fullmatch(kind.lower())
                          and not all(EVENT_NOUN.fullmatch(w) or _GENERIC_NAME_WORD.match(w) for w in words)):
        return None
    bare = _TRAILING_PARENS.sub("", organizer)  # no parentheses inside the qualifier's
    return f"{name} ({bare})"


def _named_subjects(s: Sentence) -> Iterator[tuple[int, str, str, int, str]]:
    """An event called by its own name, whatever its head word ("Days", "Month", "Sprint")."""
    for name, begin, end in named_events(s.text):
        yield (LONG_TITLE if len(name.split()) >= 3 else TITLE), name, s.text[begin:end], begin, ""
