"""Is the article about one event? Which sentence reports it, what is it called, what kind of
event is it, and how did people attend?"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from . import gazetteer
from .text import NUMBER_RE, WORD_START, Doc, Sentence

_NOUNS = (
    r"training\s+courses?|training\s+sessions?|training\s+workshops?|training\s+seminars?|trainings?|workshops?|courses?|seminars?|webinars?"
    r"|conferences?|forums?|round[- ]?tables?(?:\s+discussions?)?|meetings?|study\s+(?:visits?|tours?)"
    r"|(?:summer|winter|spring|autumn)\s+schools?|job\s+fairs?|career\s+fairs?|fairs?|hackathons?"
    r"|symposi(?:um|a)|briefings?|exercises?|simulations?|consultations?|camps?|festivals?"
    r"|exhibitions?|exhibits|competitions?|contests?|ceremon(?:y|ies)|congress(?:es)?|summits?|retreats?"
    r"|lectures?|panel\s+discussions?|debates?|dialogues?|drills?|bootcamps?|masterclass(?:es)?"
    r"|master\s+classes?|info(?:rmation)?\s+sessions?|visits?|expert\s+meetings?|field\s+trips?"
    r"|tournaments?|olympiads?|marathons?|hearings?|launch\s+events?|events?|sessions?"
    r"|open\s+days?|open\s+houses?|town\s+halls?|orientations?|information\s+(?:evenings?|days?)"
    r"|(?:careers?|parents['’]?|open|awards?|gala|quiz|film|family)\s+(?:evenings?|nights?)"
    r"|walks?|rall(?:y|ies)|parades?|concerts?|galas?|receptions?|celebrations?|commemorations?"
    r"|screenings?|fundraisers?|expos?|showcases?|health\s+camps?|clinics?|webcasts?"
    r"|(?:training|\w+-day|\w+-week|exchange)\s+programmes?|programmes?\s+of\s+training")
EVENT_NOUN = re.compile(WORD_START + r"(?:" + _NOUNS + r")\b", re.IGNORECASE)
_EVENT_VERB = re.compile(
    WORD_START + r"(?:held|took place|takes place|take part|took part|taking part|concluded|opened|met|"
    r"attended|gathered|brought together|visited|participated|completed|convened|organi[sz]ed|"
    r"hosted|came together|trained|connected|joined|discussed|learned|learnt|practised|practiced|"
    r"examined|explored|exchanged|shared|supported|conducted|delivered|facilitated|ended|closed|"
    r"began|started|kicked off|wrapped up|holds?|hosts|organi[sz]es|co-organi[sz]ed|ran|"
    r"hosting|organi[sz]ing|holding|welcomed|welcomes|marked|marks|inaugurated|inaugurates?|"
    r"carried\s+out|carries\s+out|staged|stages|took\s+off|"
    r"(?:will|to)\s+(?:be\s+)?(?:held|hosted|organi[sz]ed|host|hold|organi[sz]e|take\s+place|"
    r"feature|open|inaugurate|bring\s+together|gather|run)|underway|under\s+way|"
    r"are\s+meeting|is\s+meeting|showed\s+up|turned\s+out|in\s+attendance|participation"
    r"|(?:be\s+)?taking\s+place|is\s+approaching|are\s+invited|are\s+inviting|invites?)\b",
    re.IGNORECASE)
#: Verbs of people coming to something: with a date or a head count they report an event
#: even when no event noun is in the sentence ("Over 30 delegates gathered in Moscow on ...").
_GATHERING = re.compile(
    WORD_START + r"(?:gathered|gather|met|meet|took part|take part|attended|participated|"
    r"showed up|turned out|came together|flocked|visited|welcomed|are meeting|were trained|"
    r"took a|in attendance)\b", re.IGNORECASE)
_HEADCOUNT = re.compile(
    r"\b(?:\d[\d,]*|(?:a |one |two |several )?(?:hundreds?|thousands?|dozens?)|" + NUMBER_RE[3:-1] +
    r")\s+(?:\w+\s+){0,3}(?:participants|people|attendees|delegates|visitors|guests|"
    r"officials|officers|students|representatives|members|experts|judges|journalists|parents|"
    r"residents|seniors|farmers|teachers|leaders|volunteers|workers|professionals)\b", re.IGNORECASE)
_DATED = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow|"
    r"this week|last week|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|"
    r"\d{1,2}[./]\d{1,2}[./]\d{2,4})", re.IGNORECASE)
#: A headline whose event noun is plural and counted, or a sentence naming several events,
#: sums up a programme of activities rather than reporting one event.
_SEVERAL = re.compile(
    WORD_START + r"(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+(?:[\w’'-]+\s+){0,3}"
    r"(?:symposia|workshops|conferences|seminars|courses|schools|events|meetings|trainings|festivals"
    r"|webinars|forums|sessions)\b|\b(?:symposia|workshops|conferences|seminars|events)\b", re.IGNORECASE)
_NON_EVENT = re.compile(
    WORD_START + r"(?:statement|appointed|appointment|takes up (?:her|his|the)? ?(?:post|duties)|"
    r"take up (?:her|his|their) duties|figures|statistics|data show|published|publishes|"
    r"released|releases|study\s+(?:finds|found|maps|shows|showed|reveals|published|launched)|"
    r"(?:new|a|the)\s+study\b(?!\s+(?:visits?|tours?|trips?|days?|sessions?|programmes?))|^Study\b|report|survey|index|ranking|announce[sd]?|welcomes|condemns|"
    r"calls on|reiterates|obituary|vacancy|tender|names|named|nominates"
    r"|(?:has|have|was|were|been)\s+nominated|mourns|passing|"
    r"passed away|passes away|died|condolences|express(?:es|ed) (?:deep |grave |serious )?concern|"
    r"mourning|loss of|country brief|situation report|newsletter|fact ?sheet|grants?|allocates?|"
    r"allocation|allocated|budget|unemployment|rankings?|enrol(?:l|s|led)?|vacanc(?:y|ies))\b", re.IGNORECASE)
_ONLINE = re.compile(
    WORD_START + r"(?:webinars?|video[- ]?conferenc(?:e|es|ing)|video\s+link|via\s+(?:Zoom|Teams|Webex|Skype)"
    r"|held\s+(?:entirely\s+|fully\s+)?(?:online|virtually)|took\s+place\s+(?:entirely\s+|fully\s+)?"
    r"(?:online|virtually)|conducted\s+(?:online|virtually)|moved\s+online|(?:were|was)\s+held\s+online"
    r"|(?:all|the)\s+sessions?\s+(?:took\s+place|were\s+held)\s+online|virtual\s+(?:meeting|conference|"
    r"event|training|course|workshop|seminar|session|forum|roundtable|round table|platform)s?"
    r"|online\s+(?:meeting|event|conference|training|course|workshop|seminar|session|discussion|"
    r"forum|roundtable|round table|expert meeting|consultation|briefing)s?|in\s+an?\s+online\s+format"
    r"|in\s+a\s+virtual\s+format|online\s+format|connected\s+(?:online|remotely)|remotely"
    r"|virtual\s+(?:[A-Z]\w+\s+){1,2}(?:meeting|conference|event|training|course|workshop|seminar"
    r"|session|forum|roundtable|summit|symposium)s?|held\s+virtually|hosted\s+(?:online|virtually)"
    r"|(?<=, )virtual(?=\))|via\s+(?:a\s+)?(?:free\s+)?Zoom|on\s+Zoom"
    r"|online\s+(?:[A-Za-z]+\s+){0,2}(?:fair|festival|exhibition|competition|summit|class|classes"
    r"|program|programme|celebration|launch|symposium|hackathon))\b",
    re.IGNORECASE)
_MIXED = re.compile(
    WORD_START + r"(?:hybrid|online\s+and\s+in[- ]person|in[- ]person\s+and\s+online|both\s+in\s+person\s+and"
    r"\s+online|online\s+and\s+offline|offline\s+and\s+online|in\s+the\s+(?:hall|room)\s+and\s+online"
    r"|on-?site\s+and\s+online|online\s+and\s+on-?site|in\s+person\s+or\s+online|online\s+or\s+in\s+person"
    r"|joined\s+(?:online|remotely|virtually)|followed\s+online"
    r"|(?:took\s+place|held|hosted|organi[sz]ed)\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w’'\-]*"
    r"(?:\s+[A-Z][\w’'\-]*){0,3}\s+and\s+online"
    r"|(?:took\s+place|held)\s+online\s+and\s+(?:in|at)\s+(?:the\s+)?[A-Z]"
    r"|\w+\s*/\s*webinar|webinar\s*/\s*\w+)\b", re.IGNORECASE)
#: A physical venue: "at the Spectacular Event Center", "in the Waratah Room", "at the
#: institute's auditorium", "on campus". With no online cue, people met in person.
_VENUE_CUE = re.compile(
    r"\b(?:at|in|inside)\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[A-Z][\w’'.&-]*\s+(?:(?:of|and|for|the)\s+)?){0,6}"
    r"(?:Hall|Centre|Center|Room|Hotel|Stadium|Arena|Park|Library|Museum|University|College|School"
    r"|Station|Hospital|Theatre|Theater|Auditorium|Campus|Building|Gallery|Grounds?|Venue|Church"
    r"|Headquarters|Institute|Club|Plaza|Square)\b"
    r"|\b(?:at|in|inside|on)\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w-]+[’']s\s+)?(?:[a-z]+\s+)?"
    r"(?:auditorium|campus|venue|parade\s+ground|grounds|hall|premises|stadium|hotel|library"
    r"|museum|theatre|park|centre|center|conference\s+room|meeting\s+room)\b"
    # "held in Omu-Aran" (a town the gazetteer may not know); "the hall where the event was held"
    r"|\b(?:held|took\s+place|hosted)\s+in\s+(?!Zoom\b|Microsoft\b|Teams\b|Google\b|Webex\b|Skype\b)"
    r"[A-Z][\w’'-]+,\s+[A-Z]"
    r"|\b(?:hall|room|venue|auditorium|campus|building)\s+where\s+(?:the\s+\w+|it)\s+(?:was|were|is|will\s+be)"
    r"\s+held\b")
#: Every phrase that ``_MIXED`` or ``_ONLINE`` matches has a word that starts like one of these
#: (same flags); sentences without one, most of them when people met in person, are skipped.
_REMOTE_WORD = re.compile(WORD_START + r"(?:online|hybrid|remotely|virtual|webinar|video|via|zoom)",
                          re.IGNORECASE)
_FUTURE = re.compile(WORD_START + r"(?:will|planned|plans?|next|upcoming|future|originally)\b", re.IGNORECASE)
#: Just before an online phrase: it describes earlier events or the topic, not this event
#: ("builds on a series of webinars", "its previous meetings were held online", "after two
#: years of online meetings", "a course on the use of video conferencing").
_NOT_THIS_EVENT = re.compile(
    WORD_START + r"(?:previous|earlier|prior|last year|series of|years of|months of|builds? on"
    r"|on the use of|on using|on how to use)\b[^.;]*$", re.IGNORECASE)


#: Events that happen only where people are: a visit, a tour, a walk, a camp, an open day.
PHYSICAL = re.compile(
    WORD_START + r"(?:study\s+visits?|visit(?:ed|s)?|study\s+tours?|field\s+trips?|walks?"
    r"|parades?|camps?|open\s+days?|open\s+houses?|tours?|fairs?|exhibitions?|exhibitors|in\s+the\s+city"
    r"|in\s+this\s+city|town\s+halls?|[A-Z]\w+\s+Hall|taking\s+part|took\s+part|gathered|in\s+attendance)\b",
    re.IGNORECASE)

EDUCATION = re.compile(
    WORD_START + r"(?:training|course|workshop|seminar|webinar|school|lecture|masterclass|master class|"
    r"study visit|study tour|class|bootcamp|simulation|exercise|drill)", re.IGNORECASE)
BUSINESS = re.compile(WORD_START + r"(?:job fair|career fair|business forum|investment forum|trade fair|expo)",
                      re.IGNORECASE)


@dataclass
class Classification:
    is_event: bool
    main_index: int
    evidence: str
    offset: int
    low_confidence: bool = False


def _reports_event(doc: Doc, text: str) -> bool:
    """A sentence reports an event: an event noun with an event verb (past, present or
    future), or people gathering with a date or a head count."""
    if doc.search(EVENT_NOUN, text) and doc.search(_EVENT_VERB, text):
        return True
    return bool(doc.search(_GATHERING, text) and (_DATED.search(text) or _HEADCOUNT.search(text)))


def main_sentence(doc: Doc) -> int:
    """Index of the sentence that reports the event: the first one in the opening
    paragraphs that reports one, else the first with an event noun; -1 when none has."""
    for s in doc.sentences:
        if s.para > 3 or s.index > 12:
            break
        if len(s.text.split()) >= 6 and _reports_event(doc, s.text):
            return s.index
    for s in doc.sentences[:4]:
        if doc.search(EVENT_NOUN, s.text):
            return s.index
    return -1


def _summary_of_many(doc: Doc, first_text: str) -> bool:
    """The text sums up several activities: the headline counts them ("Five Summer Schools
    offered") or names a plural kind ("Symposia"), and the opening sentence lists several
    events or the headline's noun is counted."""
    head = doc.headline or ""
    counted = _SEVERAL.search(head)
    if not counted:
        return False
    if re.search(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s", counted.group(0),
                 re.IGNORECASE):
        return True
    return len(EVENT_NOUN.findall(first_text)) >= 3


def classify(doc: Doc) -> Classification:
    if not doc.sentences:
        if doc.headline and doc.search(EVENT_NOUN, doc.headline):
            return Classification(True, -1, doc.headline, doc.headline_start, low_confidence=True)
        return Classification(False, -1, "", -1)
    idx = main_sentence(doc)
    first = next((s for s in doc.sentences if len(s.text.split()) >= 6), doc.sentences[0])
    first_text = first.text
    # Non-event signals in the headline and opening sentence, with no event in the opening.
    opening_event = _reports_event(doc, first_text)
    non_event = _NON_EVENT.search(first_text) or (doc.headline and _NON_EVENT.search(doc.headline))
    if non_event and not opening_event:
        return Classification(False, -1, non_event.group(0), -1)
    if _summary_of_many(doc, first_text):
        return Classification(False, -1, doc.headline, doc.headline_start)
    hits = [s for s in doc.sentences[:12] if s.para <= 3 and len(s.text.split()) >= 6
            and _reports_event(doc, s.text)]
    if hits:
        s = doc.sentences[idx] if idx >= 0 else hits[0]
        return Classification(True, idx if idx >= 0 else hits[0].index, s.text, s.start)
    lede = [s for s in doc.sentences if 0 <= s.para <= 1]
    if doc.headline and doc.search(EVENT_NOUN, doc.headline) and lede and (
            doc.search(_EVENT_VERB, lede[0].text) or doc.search(EVENT_NOUN, lede[0].text)):
        return Classification(True, idx, doc.headline, doc.headline_start, low_confidence=True)
    return Classification(False, -1, "", -1)


def attendance_mode(doc: Doc, main_index: int) -> tuple[str | None, str, int]:
    """('offline'|'online'|'mixed', evidence, offset); None when nothing says how people
    attended (the caller makes it 'offline' when a venue or city hosts the event)."""
    scope = [s for s in doc.sentences
             if (s.para <= 2 or s.index == main_index) and _REMOTE_WORD.search(s.text)]
    for s in scope:
        m = _MIXED.search(s.text)
        if m and not _FUTURE.search(s.text[:m.start()][-40:]):
            return "mixed", m.group(0), s.start + m.start()
    for s in scope:
        m = _ONLINE.search(s.text)
        if m:
            window = s.text[max(0, m.start() - 50):m.start()]
            names_event = EVENT_NOUN.search(m.group(0)) is not None
            if _FUTURE.search(window) and not re.search(r"\b(?:was|were)\b", window) and not names_event:
                continue
            if _NOT_THIS_EVENT.search(s.text, max(0, m.start() - 40), m.start()):
                continue
            return "online", m.group(0), s.start + m.start()
    if doc.headline:
        m = _ONLINE.search(doc.headline) or _MIXED.search(doc.headline)
        if m:
            mode = "mixed" if _MIXED.search(doc.headline) else "online"
            return mode, m.group(0), doc.headline_start
    for s in doc.sentences:
        if s.para > 2 and s.index != main_index:
            continue
        m = _VENUE_CUE.search(s.text)
        if m:  # an announced event at a venue is in person too
            return "offline", m.group(0), s.start + m.start()
    return None, "", -1


# --------------------------------------------------------------------------- names

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


_QUOTED_TITLE = re.compile(WORD_START + r"(?:" + _NOUNS + r")\s*,?\s*(?:entitled|titled|called|themed)?\s*"
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


def event_type(name: str | None, doc: Doc, main_index: int) -> str:
    probe = name or ""
    if not probe and 0 <= main_index < len(doc.sentences):
        probe = doc.sentences[main_index].text
    if BUSINESS.search(probe):
        return "BusinessEvent"
    if re.search(r"\bhackathon", probe, re.IGNORECASE):
        return "Hackathon"
    if re.search(r"\bexhibition", probe, re.IGNORECASE):
        return "ExhibitionEvent"
    if re.search(r"\bfestival", probe, re.IGNORECASE):
        return "Festival"
    if EDUCATION.search(probe):
        return "EducationEvent"
    return "Event"
