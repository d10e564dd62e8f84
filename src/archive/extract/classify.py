"""Is the article about one event? Which sentence reports it, what is it called and what kind
of event is it? (How people attended is ``attendance``.)"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import event_cues as _cues
from . import nonevents as _nonevents
from . import scenes as _scenes
from .alternation import compile_factored
from .event_cues import COUNTED_CROWD
from .named_events import named_events
from .text import NUMBER_RE, WORD_START, Doc
from .venue_cues import VENUE_CUE as _VENUE_CUE

#: Nouns that name an event only with a qualifier before them or a verb after them: a
#: "charity fun run", a "beach clean-up", "peace talks", a capitalised "Innovation Week", a
#: "programme" that "took place".
_QUALIFIED_NOUNS = (
    # one look-ahead for every qualified noun keeps the word lists from being tried at every word
    r"(?=[\w’'-]+\s+(?:fun\s+run|clean[- ]?up|talks\b|Week\b|Weekend\b|Games\b|" + _cues.QUALIFIED_TAILS + r"))(?:"
    r"(?:charity|annual|community|family|school|fundraising|memorial|sponsored|\d+k)\s+fun\s+runs?"
    r"|(?:beach|river|riverbank|riverside|park|community|street|litter|coastal|lake|lakeshore|neighbou?rhood"
    r"|village|town|city|campus|school|shoreline|canal|creek|forest|trail|spring|annual)\s+clean[- ]?ups?"
    r"|(?:peace|trade|climate|ceasefire|bilateral|trilateral|multilateral|high-level|ministerial|security"
    r"|nuclear|settlement|coalition|wage|contract|accession|border|reunification)\s+talks"
    # a capitalised qualifier: "Hillford Innovation Week", "Rotary fun run", "Harbour clean-up", "Readers'
    # Weekend" (not a holiday's weekend: "Easter Weekend", "Labour Day Weekend")
    r"|(?-i:(?!(?:This|Last|Next|That|Each|Every|One|Holy|Easter|The|A|Per)\s)[A-Z][\w’'-]+\s+"
    r"(?:Week(?:\s+(?i:fun\s+runs?|clean[- ]?ups?))?|(?i:fun\s+runs?|clean[- ]?ups?)))"
    r"|(?-i:(?!(?:This|Last|Next|That|Each|Every|One|Holy|Easter|The|A|Per|Holiday|Long|Bank|Day|Memorial"
    r"|Christmas|Thanksgiving|Pentecost|Whitsun|Opening|Closing|Final|First|Second)\s)[A-Z][\w’'-]+\s+Weekend)"
    # the games of a kind held as an event: "the Skye Highland Games", "the Pacific Games"
    r"|(?-i:(?:Highland|Olympic|Paralympic|Commonwealth|Island|Youth|Masters|Para|Pacific|Asian|African|European"
    r"|Arctic|Gaelic|Mountain|Border|Special\s+Olympics\s+\w+)\s+Games)|" + _cues.QUALIFIED_PHRASES + ")"
    # a programme of events that took place or was held: "The programme was held at the Old Mill"
    r"|programm?e?s?(?=[^.;!?]{0,80}?\b(?:(?:takes|took|take|taking)\s+place|(?:was|were|is|will\s+be)\s+held"
    r"(?!\s+(?:up|back)))\b)")
NOUNS = (
    _QUALIFIED_NOUNS + "|" + _cues.KIND_NOUNS
    + r"|training\s+courses?|training\s+sessions?|training\s+workshops?|training\s+seminars?"
    r"|trainings?|workshops?|courses?|seminars?|webinars?"
    r"|conferences?|forums?|round[- ]?tables?(?:\s+discussions?)?|meetings?|study\s+(?:visits?|tours?)"
    r"|(?:summer|winter|spring|autumn)\s+schools?|job\s+fairs?|career\s+fairs?|fairs?|hackathons?"
    r"|symposi(?:um|a)|colloqui(?:um|ums|a)|colloques?|meet-?ups?|roadshows?"
    r"|briefings?|exercises?|simulations?|consultations?|camps?|festivals?"
    r"|exhibitions?|exhibits|competitions?|contests?|ceremon(?:y|ies)|congress(?:es)?|summits?|retreats?"
    r"|lectures?|panel\s+discussions?|debates?|dialogues?|drills?|bootcamps?|masterclass(?:es)?"
    r"|master\s+classes?|info(?:rmation)?\s+sessions?|visits?|expert\s+meetings?|field\s+trips?"
    r"|tournaments?|olympiads?|marathons?|hearings?|launch\s+events?|events?|sessions?"
    r"|open\s+days?|open\s+houses?|town\s+halls?|orientations?|information\s+(?:evenings?|days?)"
    r"|(?:careers?|parents['’]?|open|awards?|gala|quiz|film|family|comedy|karaoke|trivia|games|movie|cinema|music"
    r"|poetry|bingo|cultural|social|networking|charity|fundraising|musical|literary|heritage|talent|cabaret)"
    r"\s+(?:evenings?|nights?)"
    r"|walks?|rall(?:y|ies)|parades?|concerts?|galas?|receptions?|celebrations?|commemorations?"
    r"|screenings?|fundraisers?|expos?|showcases?|health\s+camps?|clinics?|webcasts?"
    r"|(?:training|\w+-day|\w+-week|exchange|sensiti[sz]ation|awareness|orientation|induction|outreach)"
    r"\s+program(?:me)?s?|program(?:me)?s?\s+of\s+training")
EVENT_NOUN = compile_factored(WORD_START + r"(?:" + NOUNS + r")\b", re.IGNORECASE)
_EVENT_VERB = compile_factored(
    WORD_START + r"(?:held|took place|takes place|take part|took part|taking part|concluded|opened|met|"
    r"attended|gathered|brought together|visited|participated|completed|convened|organi[sz]ed|"
    r"hosted|came together|trained|connected|joined|discussed|learned|learnt|practised|practiced|"
    r"examined|explored|exchanged|shared|supported|conducted|delivered|facilitated|ended|closed|"
    r"began|started|kicked off|wrapped up|holds?|hosts|organi[sz]es|co-organi[sz]ed|ran|"
    r"hosting|organi[sz]ing|holding|welcomed|welcomes|marked|marks|inaugurated|inaugurates?|"
    r"carried\s+out|carries\s+out|staged|stages|took\s+off|runs\s+(?:from|until|till|through)|"
    r"resumed|turned\s+up|enjoyed|celebrated|commemorated|competed|performed|"
    r"(?:was|were|will\s+be|is\s+being)\s+(?:also\s+)?(?:streamed|livestreamed|live-streamed|broadcast|televised"
    r"|webcast)|"
    r"(?:will|to)\s+(?:be\s+)?(?:held|hosted|organi[sz]ed|host|hold|organi[sz]e|take\s+place|"
    r"feature|open|inaugurate|bring\s+together|gather|run)|underway|under\s+way|"
    r"are\s+meeting|is\s+meeting|showed\s+up|turned\s+out|in\s+attendance|participation"
    r"|(?:be\s+)?taking\s+place|is\s+approaching|are\s+invited|are\s+inviting|invites?)\b",
    re.IGNORECASE)
#: Verbs of people coming to something: with a date or a head count they report an event
#: even when no event noun is in the sentence ("Over 30 delegates gathered in Moscow on ...").
#: What one meets or welcomes that is no gathering: "failed to meet minimum service standards",
#: "met with criticism", "welcomed the decision".
_NOT_MET = (r"(?!\s+(?:with\s+)?(?:(?!(?:to|at|in|on|with|for|from|and|or|by)\b)[\w’'-]+\s+){0,3}"
            r"(?:standards?|targets?|requirements?|needs|demands?|deadlines?|obligations?|criteria|expectations?|costs?|goals?|conditions|quotas?"
            r"|thresholds?|benchmarks?|specifications?|rules|norms|shortfall|approval|criticism|resistance"
            r"|opposition|scepticism|skepticism|decisions?|moves?|news|announcements?|reports?|ruling|verdict"
            r"|judgement|judgment|budget|proposals?|plans?|steps?)\b)")
_GATHERING = re.compile(
    WORD_START + r"(?:gathered|gather|(?:met|meet|welcomed)" + _NOT_MET + r"|took part|take part|attended|participated|"
    r"showed up|turned out|turned up|came together|flocked|visited|are meeting|were trained|"
    r"took a|in attendance|logged\s+(?:on|in)|tuned\s+in|marched|paraded|rallied|assembled|converged)\b",
    re.IGNORECASE)
_HEADCOUNT = compile_factored(
    r"\b(?:\d[\d,]*|(?:a |one |two |several )?(?:hundreds?|thousands?|dozens?)|" + NUMBER_RE[3:-1] +
    r")\s+(?:\w+\s+){0,3}(?:participants|people|attendees|delegates|visitors|guests|"
    r"officials|officers|students|representatives|members|experts|judges|journalists|parents|"
    r"residents|seniors|farmers|teachers|leaders|volunteers|workers|professionals)\b", re.IGNORECASE)
_DATED = compile_factored(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow|"
    r"this week|last week|(?:this|last|next|the)\s+weekend|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|"
    r"\d{1,2}[./]\d{1,2}[./]\d{2,4})", re.IGNORECASE)
#: A clock time: people who meet "at 9:00 a.m." or "from 6 p.m." come to an event.
_CLOCK = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}:\d\d\b", re.IGNORECASE)
#: A named day kept every year: "this year's Clean Streets Day", "the city's annual Tree Day",
#: "the 5th Heritage Day". With a date or an event verb it reports an event.
_NAMED_DAY = re.compile(
    r"\b(?i:annual|yearly|this\s+year['’]s|(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh"
    r"|eighth|ninth|tenth)(?:\s+annual)?)\s+(?:[A-Z][\w’'-]*\s+){1,4}Day\b")
#: A headline whose event noun is plural and counted, or a sentence naming several events,
#: sums up a programme of activities rather than reporting one event.
_SEVERAL = compile_factored(
    WORD_START + r"(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+(?:[\w’'-]+\s+){0,3}"
    r"(?:symposia|workshops|conferences|seminars|courses|schools|events|meetings|trainings|festivals"
    r"|webinars|forums|sessions)\b|\b(?:symposia|workshops|conferences|seminars|events|lectures|concerts|exhibitions"
    r"|webinars)\b", re.IGNORECASE)
#: Words of a news item that is no event. "announce" is not one: an announcement frames the news,
#: and what is announced (an appointment, a grant, a festival that will take place) decides.
_NON_EVENT = compile_factored(
    WORD_START + r"(?:statement|appointed|appointment|takes up (?:her|his|the)? ?(?:post|duties)|"
    r"take up (?:her|his|their) duties|figures|statistics|data show|published|publishes|"
    r"released|releases|study\s+(?:finds|found|maps|shows|showed|reveals|published|launched)|"
    r"(?:a|the)\s+new\s+book\s+(?:by|from|on|about|charts|tells|traces|explores|looks)|polls?|"
    r"(?:new|a|the)\s+study\b(?!\s+(?:visits?|tours?|trips?|days?|sessions?|programmes?))|^Study\b|report|survey|index|ranking|welcomes|condemns|"
    r"calls on|reiterates|obituary|profits?|revenues?|earnings|vacancy|tender|names|named|nominates"
    r"|(?:has|have|was|were|been)\s+nominated|mourns|passing|"
    r"passed away|passes away|died|condolences|express(?:es|ed) (?:deep |grave |serious )?concern|"
    r"mourning|loss of|country brief|situation report|newsletter|fact ?sheet|grants?|allocates?|"
    r"allocation|allocated|budget|unemployment|rankings?|enrol(?:l|s|led)?|vacanc(?:y|ies))\b", re.IGNORECASE)


#: Events that happen only where people are: a visit, a tour, a walk, a camp, an open day, a
#: clean-up, people who planted trees or waded into a river.
PHYSICAL = re.compile(
    WORD_START + r"(?:study\s+visits?|visit(?:ed|s)?|study\s+tours?|field\s+trips?|walks?|clean[- ]?ups?"
    r"|planted|planting|waded|marched"
    r"|parades?|camps?|open\s+days?|open\s+houses?|tours?|fairs?|exhibitions?|exhibitors|in\s+the\s+city"
    r"|in\s+this\s+city|town\s+halls?|[A-Z]\w+\s+Hall|taking\s+part|took\s+part|gathered|in\s+attendance)\b",
    re.IGNORECASE)

#: "organised the consultation ... here on Saturday": the dateline's town is where people met.
HELD_HERE = re.compile(
    r"\b(?:held|organi[sz]ed|convened|hosted|met|gathered|concluded|opened|took\s+place|began|started|kicked\s+off"
    r"|inaugurated)\b[^.;]{0,160}?\bhere\b(?!\s+(?:is|are|was|were|to|for|and\s+now))", re.IGNORECASE)

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


#: 'The project “Training of Judges”': an event noun in the title of a project names no event.
_PROJECT_TITLE = re.compile(r"\b(?:project|programme|program|initiative|campaign)\s*,?\s*[“\"][^”\"]{3,200}[”\"]",
                            re.IGNORECASE)


#: Phrases that report an event on their own: an exhibition, fair or festival that "opens",
#: and an invitation to "Join <someone> for a <event>".
_EVENT_PHRASE = compile_factored(
    WORD_START + r"(?:(?:exhibitions?|exhibits?|fairs?|festivals?|expos?|showcases?)\b[^.;!?]{0,80}?\bopens"
    r"|opens\s+(?:its|the|a|an|their)\s+(?:[\w’'-]+\s+){0,4}?(?:exhibitions?|fairs?|festivals?|expos?)"
    # a museum or gallery that presents or unveils an exhibition: 'presents “Title”, an exhibition of ...'
    r"|(?:presents|presented|unveils|unveiled|mounts|mounted)\s+[^.;!?]{0,60}?\b(?:exhibitions?|retrospectives?)"
    r"|join\s+(?:[\w’'&.-]+\s+){1,8}?for\s+(?:a|an|the|our|its|their|this)\s+(?:[\w’'-]+\s+){0,4}?(?:"
    + NOUNS + r"))\b", re.IGNORECASE)


#: People at an event on a date, whatever the verb: "students presented their work at the
#: annual science symposium on Friday", "250 cyclists set off on a charity ride on Sunday".
_AT_EVENT = compile_factored(
    r"\b(?:at|during|on)\s+(?:the|a|an|its|their|this|[\w’'-]+['’]s)\s+(?:[\w’'-]+\s+){0,4}?(?:" + NOUNS + r")\b",
    re.IGNORECASE)
#: Every ``_EVENT_PHRASE`` holds one of these: a sentence without any skips the pattern.
_EVENT_PHRASE_WORDS = ("open", "present", "unveil", "mount", "join")


#: "in Lindale", "at Riverside": a capitalised place after "in" or "at" that is not a date.
_IN_TOWN = re.compile(r"\b(?:in|at)\s+(?!(?:January|February|March|April|May|June|July|August|September|October"
                      r"|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An"
                      r"|This|That|Its|Their|His|Her|Our)\b)[A-Z][\w’'-]+")
_LIST_MARKS = ("•", "·", "-", "–", "*", "▪")


def _reports_event(doc: Doc, text: str) -> bool:
    """A sentence reports an event, in so many words or as a scene."""
    return _reports_plainly(doc, text) or _reports_scene(doc, text)


def _reports_plainly(doc: Doc, text: str) -> bool:
    """A sentence reports an event: an event noun with an event verb (past, present or
    future), a phrase that reports one on its own, an event noun with a date and a place, a
    crowd or people at the event, a named yearly day with a date or an event verb, an event
    called by its own name that was held, took place or ran on a day, or people gathering with
    a date, a clock time or a head count."""
    if doc.search(EVENT_NOUN, text) and (doc.search(_EVENT_VERB, text) or (
            _DATED.search(text) and not text.lstrip().startswith(_LIST_MARKS)
            and (_VENUE_CUE.search(text) or _HEADCOUNT.search(text) or _IN_TOWN.search(text)))):
        # an event verb, or a day with a place or a crowd ("Saturday's fair at the Town Hall
        # drew 300"), unless the sentence is an item of a list (a listing of what's on)
        return True
    folded = text.lower()
    if any(w in folded for w in _EVENT_PHRASE_WORDS) and doc.search(_EVENT_PHRASE, text):
        return True
    if _DATED.search(text) and doc.search(EVENT_NOUN, text) and (
            _HEADCOUNT.search(text) or _AT_EVENT.search(text) or COUNTED_CROWD.search(text)) \
            and not doc.search(_NON_EVENT, text) and not _cues.DECISION.search(text) \
            and not text.lstrip().startswith(_LIST_MARKS):
        return True
    if "Day" in text and _NAMED_DAY.search(text) and (_DATED.search(text) or doc.search(_EVENT_VERB, text)) \
            and not doc.search(_NON_EVENT, text):  # "a report released on the 50th Oceans Day"
        return True
    if _DATED.search(text) and named_events(text, held_only=True) and not doc.search(_NON_EVENT, text):
        return True  # "The Lindale Code Sprint 2023 was held on 2 December": a name, whatever its noun
    return bool(doc.search(_GATHERING, text) and (
        _DATED.search(text) or _HEADCOUNT.search(text) or _CLOCK.search(text)))


def _reports_scene(doc: Doc, text: str) -> bool:
    """The sentence tells an event as a scene: people at a place, or doing what people do at
    an event, on a day (``scenes``); not an item of a list, a non-event or a decision."""
    if text.lstrip().startswith(_LIST_MARKS):
        return False
    dated = _DATED.search(text) is not None
    if not dated and not (any(c.isdigit() for c in text) or "hundreds" in text or "thousands" in text
                          or "dozens" in text):
        return False
    return bool(_scenes.reports_scene(text, dated, lambda: COUNTED_CROWD.search(text) is not None,
                                      lambda: _VENUE_CUE.search(text) is not None,
                                      lambda: doc.search(_EVENT_VERB, text) is not None)
                and not doc.search(_NON_EVENT, text) and not _cues.DECISION.search(text))


def main_sentence(doc: Doc) -> int:
    """Index of the sentence that reports the event: the first one in the opening
    paragraphs that reports one, else the first with an event noun; -1 when none has."""
    return _first_reports(doc)[0]


def _first_reports(doc: Doc) -> tuple[int, int]:
    """(main sentence, first sentence that reports an event) of the opening paragraphs, -1 when
    none. A scene ("the crowd roared as the home side scored on Sunday") is a moment of the
    event: the main sentence is the first that reports the event itself, a scene only when none
    does."""
    window = [s for s in doc.sentences[:13] if s.para <= 3 and len(s.text.split()) >= 6]
    plain = next((s.index for s in window if _reports_plainly(doc, s.text)), -1)
    scene = next((s.index for s in window if (plain < 0 or s.index < plain) and _reports_scene(doc, s.text)), -1)
    main = plain if plain >= 0 else scene
    if main < 0:
        main = next((s.index for s in doc.sentences[:4] if doc.search(EVENT_NOUN, s.text)), -1)
    first = min((i for i in (plain, scene) if 0 <= i < 12), default=-1)
    return main, first


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


def _review_of_many(doc: Doc, first_text: str) -> bool:
    """The text looks back over a period ("2023 in review", "a busy year") and lists events
    of two kinds or more: a summary of activities, whatever its opening sentence says.
    A headline that names an event keeps it one event ("Jazz Festival 2023 in review"), and so
    does an opening sentence that reports a dated event ("The show, held on 10 May, drew ...")."""
    head = doc.headline or ""
    # the opening lines too: the headline found may be a site's name above the real one
    opening = [head, first_text] + [s.text for s in doc.sentences[:3]]
    if not any(_cues.REVIEW.search(t) for t in opening) or EVENT_NOUN.search(head):
        return False
    if _DATED.search(first_text) and _reports_event(doc, first_text):
        return False
    kinds = {m.group(0).lower().rstrip("s") for s in doc.sentences[:25] for m in EVENT_NOUN.finditer(s.text)}
    return len(kinds) >= 2


def _called_off(text: str) -> re.Match[str] | None:
    """The event of ``text`` is called off: cancelled, scrapped, "will not go ahead", or
    postponed with no new day; not a cancellation of another year ("cancelled in 2020")."""
    for m in _cues.CANCELLED.finditer(text):
        around = text[max(0, m.start() - 40):m.end() + 40]
        if _cues.OTHER_TIME.search(around):
            continue
        if m.group(0).lower().startswith("postpon") and _cues.NEW_DAY.match(text, m.end()):
            continue
        return m
    return None


def _false_event(doc: Doc, first_text: str) -> str:
    """What makes an opening that looks like an event none ('' when nothing does): a decision
    taken at a meeting that frames it, events counted over a period (a summary of the year's
    activities), or money or a ranking given to an event that the sentence does not hold."""
    # an event noun that qualifies a body or a document names no event: "the hearings panel",
    # "the events bylaw", "the festival committee"
    head = doc.headline or ""
    call = _nonevents.call_for_entries(first_text, head)
    if call:
        return call
    nouns = [m for m in EVENT_NOUN.finditer(first_text) if not _nonevents.QUALIFIES_BODY.match(first_text, m.end())]
    if not nouns:
        return ""
    attended = _cues.ATTENDED.search(first_text) or COUNTED_CROWD.search(first_text)
    decided = _cues.DECISION.search(first_text)
    decision = decided or _cues.DECISION.search(head)
    # the events named after the verb are what was decided on ("approved N$3.5 million for the
    # marathon"): only those before it must be the meeting that frames the decision
    framing = [m for m in nouns if not decided or m.start() < decided.start()] or nouns
    if decision and not attended and (not EVENT_NOUN.search(head) or _cues.DECISION.search(head)) and any(
            _cues.BODY_MEETING.fullmatch(m.group(0)) for m in framing) and all(
            _cues.FRAME.search(first_text, max(0, m.start() - 50), m.start()) for m in framing):
        return decision.group(0)
    if not attended:
        # the event called off, or the proposal for it turned down: nothing took place
        off = _called_off(first_text) or (_called_off(head) if EVENT_NOUN.search(head) else None)
        if off:
            return off.group(0)
        rejected = _cues.REJECTED.search(first_text)
        if rejected and all(m.start() > rejected.start() for m in nouns):
            return rejected.group(0)
        # a council, committee or court ruling on a request for the event; a document published
        framed = [_cues.BODY_MEETING.fullmatch(m.group(0)) is not None
                  and _cues.FRAME.search(first_text, max(0, m.start() - 50), m.start()) is not None for m in nouns]
        ruling = _nonevents.ruling_on_request(first_text, nouns, framed) or _nonevents.published_document(
            first_text, nouns, _AT_EVENT)
        if ruling:
            return ruling
    period = _cues.PERIOD.search(first_text)
    if period and not _DATED.search(first_text) and all(
            _cues.COUNTED.search(first_text, max(0, m.start() - 40), m.start()) for m in nouns):
        return period.group(0)
    series = _nonevents.several_listed(doc, first_text, nouns) or _nonevents.several_listed(
        doc, head, list(EVENT_NOUN.finditer(head)))
    if series:
        return series
    money = _cues.FUNDING.search(first_text) or _cues.FUNDING.search(head)
    if money and not attended and all(
            _cues.BENEFICIARY.search(first_text, max(0, m.start() - 60), m.start()) for m in nouns):
        return money.group(0)
    return ""


def classify(doc: Doc) -> Classification:
    if not doc.sentences:
        if doc.headline and doc.search(EVENT_NOUN, doc.headline):
            return Classification(True, -1, doc.headline, doc.headline_start, low_confidence=True)
        return Classification(False, -1, "", -1)
    idx, first_hit = _first_reports(doc)
    first = next((s for s in doc.sentences if len(s.text.split()) >= 6), doc.sentences[0])
    first_text = first.text
    # A headline that names an event over an opening that counts the people who came
    # reports that event, whatever noun the opening lacks.
    crowd = bool(doc.headline and doc.search(EVENT_NOUN, doc.headline) and COUNTED_CROWD.search(first_text))
    # Non-event signals in the headline and opening sentence, with no event in the opening.
    opening_event = crowd or _reports_event(doc, first_text)
    non_event = _NON_EVENT.search(first_text) or (doc.headline and _NON_EVENT.search(doc.headline))
    if non_event and not opening_event:
        return Classification(False, -1, non_event.group(0), -1)
    death = _nonevents.DEATH.search(doc.headline or "")
    if death and not _nonevents.MOURNING.search(first_text):
        return Classification(False, -1, death.group(0), -1)  # an obituary, whatever events the person ran
    false_event = "" if crowd else _false_event(doc, first_text)
    if false_event:
        return Classification(False, -1, false_event, -1)
    if _summary_of_many(doc, first_text) or (not crowd and _review_of_many(doc, first_text)):
        return Classification(False, -1, doc.headline, doc.headline_start)
    # only the first sentence that reports an event is needed: the rest are not tried
    hit = doc.sentences[first_hit] if first_hit >= 0 else None
    if crowd and hit is None:
        return Classification(True, first.index, first_text, first.start)
    if hit is not None and _nonevents.is_listing(doc, idx if idx >= 0 else hit.index):
        return Classification(False, -1, hit.text, -1)
    if hit is not None:
        s = doc.sentences[idx] if idx >= 0 else hit
        return Classification(True, idx if idx >= 0 else hit.index, s.text, s.start)
    lede = [s for s in doc.sentences if 0 <= s.para <= 1]
    opening = _PROJECT_TITLE.sub(" ", lede[0].text) if lede else ""
    # a headline that names an event over an opening that names it or an event verb; not when the
    # headline's event noun qualifies something else ("festival plans", "rally ban", "festival
    # founder", "training centre"), nor when the headline reports a death
    head = doc.headline or ""
    told = [m for m in EVENT_NOUN.finditer(head) if not _nonevents.QUALIFIES_OTHER.match(head, m.end())]
    if told and lede and not _nonevents.DEATH.search(head) and (
            doc.search(_EVENT_VERB, opening) or doc.search(EVENT_NOUN, opening)):
        return Classification(True, idx, doc.headline, doc.headline_start, low_confidence=True)
    return Classification(False, -1, "", -1)


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
    return next((kind for words, kind in _cues.KIND_TYPES if words.search(probe)), "Event")
