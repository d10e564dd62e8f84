"""Is the article about one event? Which sentence reports it, what is it called, what kind of
event is it, and how did people attend?"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import event_cues as _cues
from .alternation import compile_factored
from .event_cues import COUNTED_CROWD
from .text import NUMBER_RE, WORD_START, Doc

#: Nouns that name an event only with a qualifier before them or a verb after them: a
#: "charity fun run", a "beach clean-up", "peace talks", a capitalised "Innovation Week", a
#: "programme" that "took place".
_QUALIFIED_NOUNS = (
    # one look-ahead for every qualified noun keeps the word lists from being tried at every word
    r"(?=[\w’'-]+\s+(?:fun\s+run|clean[- ]?up|talks\b|Week\b|" + _cues.QUALIFIED_TAILS + r"))(?:"
    r"(?:charity|annual|community|family|school|fundraising|memorial|sponsored|\d+k)\s+fun\s+runs?"
    r"|(?:beach|river|riverbank|riverside|park|community|street|litter|coastal|lake|lakeshore|neighbou?rhood"
    r"|village|town|city|campus|school|shoreline|canal|creek|forest|trail|spring|annual)\s+clean[- ]?ups?"
    r"|(?:peace|trade|climate|ceasefire|bilateral|trilateral|multilateral|high-level|ministerial|security"
    r"|nuclear|settlement|coalition|wage|contract|accession|border|reunification)\s+talks"
    # a capitalised qualifier: "Hillford Innovation Week", "Rotary fun run", "Harbour clean-up"
    r"|(?-i:(?!(?:This|Last|Next|That|Each|Every|One|Holy|Easter|The|A|Per)\s)[A-Z][\w’'-]+\s+"
    r"(?:Week(?:\s+(?i:fun\s+runs?|clean[- ]?ups?))?|(?i:fun\s+runs?|clean[- ]?ups?)))|" + _cues.QUALIFIED_PHRASES + ")"
    r"|programm?e?s?(?=[^.;!?]{0,80}?\b(?:takes|took|take|taking)\s+place\b)")
NOUNS = (
    _QUALIFIED_NOUNS + "|" + _cues.KIND_NOUNS
    + r"|training\s+courses?|training\s+sessions?|training\s+workshops?|training\s+seminars?"
    r"|trainings?|workshops?|courses?|seminars?|webinars?"
    r"|conferences?|forums?|round[- ]?tables?(?:\s+discussions?)?|meetings?|study\s+(?:visits?|tours?)"
    r"|(?:summer|winter|spring|autumn)\s+schools?|job\s+fairs?|career\s+fairs?|fairs?|hackathons?"
    r"|symposi(?:um|a)|briefings?|exercises?|simulations?|consultations?|camps?|festivals?"
    r"|exhibitions?|exhibits|competitions?|contests?|ceremon(?:y|ies)|congress(?:es)?|summits?|retreats?"
    r"|lectures?|panel\s+discussions?|debates?|dialogues?|drills?|bootcamps?|masterclass(?:es)?"
    r"|master\s+classes?|info(?:rmation)?\s+sessions?|visits?|expert\s+meetings?|field\s+trips?"
    r"|tournaments?|olympiads?|marathons?|hearings?|launch\s+events?|events?|sessions?"
    r"|open\s+days?|open\s+houses?|town\s+halls?|orientations?|information\s+(?:evenings?|days?)"
    r"|(?:careers?|parents['’]?|open|awards?|gala|quiz|film|family|comedy|karaoke|trivia|games|movie|cinema|music"
    r"|poetry|bingo)\s+(?:evenings?|nights?)"
    r"|walks?|rall(?:y|ies)|parades?|concerts?|galas?|receptions?|celebrations?|commemorations?"
    r"|screenings?|fundraisers?|expos?|showcases?|health\s+camps?|clinics?|webcasts?"
    r"|(?:training|\w+-day|\w+-week|exchange)\s+programmes?|programmes?\s+of\s+training")
EVENT_NOUN = compile_factored(WORD_START + r"(?:" + NOUNS + r")\b", re.IGNORECASE)
_EVENT_VERB = compile_factored(
    WORD_START + r"(?:held|took place|takes place|take part|took part|taking part|concluded|opened|met|"
    r"attended|gathered|brought together|visited|participated|completed|convened|organi[sz]ed|"
    r"hosted|came together|trained|connected|joined|discussed|learned|learnt|practised|practiced|"
    r"examined|explored|exchanged|shared|supported|conducted|delivered|facilitated|ended|closed|"
    r"began|started|kicked off|wrapped up|holds?|hosts|organi[sz]es|co-organi[sz]ed|ran|"
    r"hosting|organi[sz]ing|holding|welcomed|welcomes|marked|marks|inaugurated|inaugurates?|"
    r"carried\s+out|carries\s+out|staged|stages|took\s+off|runs\s+(?:from|until|till|through)|"
    r"resumed|turned\s+up|"
    r"(?:will|to)\s+(?:be\s+)?(?:held|hosted|organi[sz]ed|host|hold|organi[sz]e|take\s+place|"
    r"feature|open|inaugurate|bring\s+together|gather|run)|underway|under\s+way|"
    r"are\s+meeting|is\s+meeting|showed\s+up|turned\s+out|in\s+attendance|participation"
    r"|(?:be\s+)?taking\s+place|is\s+approaching|are\s+invited|are\s+inviting|invites?)\b",
    re.IGNORECASE)
#: Verbs of people coming to something: with a date or a head count they report an event
#: even when no event noun is in the sentence ("Over 30 delegates gathered in Moscow on ...").
_GATHERING = re.compile(
    WORD_START + r"(?:gathered|gather|met|meet|took part|take part|attended|participated|"
    r"showed up|turned out|turned up|came together|flocked|visited|welcomed|are meeting|were trained|"
    r"took a|in attendance)\b", re.IGNORECASE)
_HEADCOUNT = compile_factored(
    r"\b(?:\d[\d,]*|(?:a |one |two |several )?(?:hundreds?|thousands?|dozens?)|" + NUMBER_RE[3:-1] +
    r")\s+(?:\w+\s+){0,3}(?:participants|people|attendees|delegates|visitors|guests|"
    r"officials|officers|students|representatives|members|experts|judges|journalists|parents|"
    r"residents|seniors|farmers|teachers|leaders|volunteers|workers|professionals)\b", re.IGNORECASE)
_DATED = compile_factored(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow|"
    r"this week|last week|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|"
    r"\d{1,2}[./]\d{1,2}[./]\d{2,4})", re.IGNORECASE)
#: A headline whose event noun is plural and counted, or a sentence naming several events,
#: sums up a programme of activities rather than reporting one event.
_SEVERAL = compile_factored(
    WORD_START + r"(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+(?:[\w’'-]+\s+){0,3}"
    r"(?:symposia|workshops|conferences|seminars|courses|schools|events|meetings|trainings|festivals"
    r"|webinars|forums|sessions)\b|\b(?:symposia|workshops|conferences|seminars|events)\b", re.IGNORECASE)
_NON_EVENT = compile_factored(
    WORD_START + r"(?:statement|appointed|appointment|takes up (?:her|his|the)? ?(?:post|duties)|"
    r"take up (?:her|his|their) duties|figures|statistics|data show|published|publishes|"
    r"released|releases|study\s+(?:finds|found|maps|shows|showed|reveals|published|launched)|"
    r"(?:new|a|the)\s+study\b(?!\s+(?:visits?|tours?|trips?|days?|sessions?|programmes?))|^Study\b|report|survey|index|ranking|announce[sd]?|welcomes|condemns|"
    r"calls on|reiterates|obituary|vacancy|tender|names|named|nominates"
    r"|(?:has|have|was|were|been)\s+nominated|mourns|passing|"
    r"passed away|passes away|died|condolences|express(?:es|ed) (?:deep |grave |serious )?concern|"
    r"mourning|loss of|country brief|situation report|newsletter|fact ?sheet|grants?|allocates?|"
    r"allocation|allocated|budget|unemployment|rankings?|enrol(?:l|s|led)?|vacanc(?:y|ies))\b", re.IGNORECASE)
_ONLINE = compile_factored(
    WORD_START + r"(?:webinars?|video[- ]?conferenc(?:e|es|ing)|video\s+link"
    r"|via\s+(?:(?:Google\s+)?Meet|(?:Microsoft\s+)?Teams|Zoom|Webex|Skype|(?:a\s+)?live\s*-?stream(?:ing)?)"
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
    r"|virtual\s+(?!reality\b)(?:[\w’'-]+\s+){0,2}?(?:" + NOUNS + r")"
    r"|online\s+(?:[A-Za-z]+\s+){0,2}(?:fair|festival|exhibition|competition|summit|class|classes"
    r"|program|programme|celebration|launch|symposium|hackathon))\b",
    re.IGNORECASE)
_MIXED = compile_factored(
    WORD_START + r"(?:hybrid|in[- ]person\s+(?:and|or|as\s+well\s+as)\s+(?:virtually|virtual|remotely)"
    r"|(?:virtually|remotely)\s+(?:and|or)\s+in[- ]person|online\s+and\s+in[- ]person|in[- ]person\s+and\s+online"
    r"|both\s+in\s+person\s+and"
    r"\s+online|online\s+and\s+offline|offline\s+and\s+online|in\s+the\s+(?:hall|room)\s+and\s+online"
    r"|on-?site\s+and\s+online|online\s+and\s+on-?site|in\s+person\s+or\s+online|online\s+or\s+in\s+person"
    r"|joined\s+(?:online|remotely|virtually)|followed\s+online"
    r"|(?:took\s+place|held|hosted|organi[sz]ed)\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w’'\-]*"
    r"(?:\s+[A-Z][\w’'\-]*){0,3}\s+and\s+online"
    r"|(?:took\s+place|held)\s+online\s+and\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w’'\-]*"
    r"|\b(?:at|in)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:of\s+)?[A-Z][\w’'\-]*){0,4}\s+and\s+(?:online|virtually)"
    r"|\w+\s*/\s*webinar|webinar\s*/\s*\w+)\b", re.IGNORECASE)
#: A physical venue: "at the Spectacular Event Center", "in the Waratah Room", "at the
#: institute's auditorium", "on campus". With no online cue, people met in person.
_VENUE_CUE = compile_factored(
    r"\b(?:at|in|inside|outside)\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[A-Z][\w’'.&-]*\s+(?:(?:of|and|for|the)\s+)?){0,6}"
    r"(?:Hall|Centre|Center|Room|Hotel|Stadium|Arena|Park|Library|Museum|University|College|School"
    r"|Station|Hospital|Theatre|Theater|Auditorium|Campus|Building|Gallery|Grounds?|Venue|Church"
    r"|Headquarters|Institute|Club|Plaza|Square|Assembly|Chambers?|Complex|Pavilion|Gymnasium|Cathedral"
    r"|Showgrounds?|Fairgrounds?|Racecourse|Velodrome)\b"
    r"|\b(?:at|in|inside|outside|on)\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w-]+[’']s\s+)?"
    # "at the Hillford Water Board headquarters": a named body's building
    r"(?:[a-z]+\s+|(?:[A-Z][\w’'.&-]*\s+){1,5}(?=headquarters|offices|premises))?"
    r"(?:auditorium|campus|venue|parade\s+ground|grounds|hall|premises|stadium|hotel|library"
    r"|museum|theatre|park|centre|center|conference\s+room|meeting\s+room|headquarters|sports\s+complex)\b"
    # "the Charter Hall meeting": a named venue before the event's noun
    r"|\b[A-Z][\w’'-]+\s+(?:Hall|Centre|Center|Stadium|Hotel|Auditorium|Theatre|Theater|Arena)\s+"
    r"(?:meeting|conference|seminar|workshop|forum|event|gathering|dialogue|session|ceremony)s?\b"
    # "held in Omu-Aran" (a town the gazetteer may not know)
    r"|\b(?:held|took\s+place|hosted)\s+in\s+(?!Zoom\b|Microsoft\b|Teams\b|Google\b|Webex\b|Skype\b)"
    r"[A-Z][\w’'-]+,\s+[A-Z]")
#: Remote participation offered beside the room: with a physical venue in the same sentence
#: people came both ways ("at the Council Chambers; residents may also join via Zoom").
_REMOTE_OFFER = compile_factored(
    WORD_START + r"(?:remote\s+(?:participation|attendance|access)|(?:participat(?:e|ed|ing)|join(?:ed|ing)?"
    r"|attend(?:ed|ing)?|follow(?:ed|ing)?|watch(?:ed|ing)?|t(?:ake|ook|aking)\s+part)"
    r"\s+(?:the\s+\w+\s+)?(?:remotely|virtually|online|via\s+\w+)|(?:also|simultaneously)\s+(?:be\s+|was\s+|were\s+)?"
    r"(?:streamed|broadcast|webcast|livestreamed|live-streamed|available\s+online)|streamed\s+live"
    r"|live-?streamed|streamed\s+(?:live\s+)?(?:on|via)\s+\w+|with\s+an?\s+(?:online|virtual)\s+option)\b",
    re.IGNORECASE)
#: "the lecture hall where the event was held": a place of the event itself, wherever it is said.
_WHERE_HELD = re.compile(
    r"\b(?:hall|room|venue|auditorium|campus|building|hotel|centre|center|stadium)\s+where\s+(?:the\s+\w+|it)"
    r"\s+(?:was|were|is|will\s+be)\s+held\b", re.IGNORECASE)
#: Every phrase that ``_MIXED`` or ``_ONLINE`` matches has a word that starts like one of these
#: (same flags); sentences without one, most of them when people met in person, are skipped.
_REMOTE_WORD = re.compile(WORD_START + r"(?:online|hybrid|remote|virtual|webinar|video|via|zoom|live|stream"
                                        r"|broadcast|webcast)",
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


#: Every ``_EVENT_PHRASE`` holds one of these: a sentence without any skips the pattern.
_EVENT_PHRASE_WORDS = ("open", "present", "unveil", "mount", "join")


#: "in Lindale", "at Riverside": a capitalised place after "in" or "at" that is not a date.
_IN_TOWN = re.compile(r"\b(?:in|at)\s+(?!(?:January|February|March|April|May|June|July|August|September|October"
                      r"|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An"
                      r"|This|That|Its|Their|His|Her|Our)\b)[A-Z][\w’'-]+")
_LIST_MARKS = ("•", "·", "-", "–", "*", "▪")


def _reports_event(doc: Doc, text: str) -> bool:
    """A sentence reports an event: an event noun with an event verb (past, present or
    future), a phrase that reports one on its own, or people gathering with a date or a
    head count."""
    if doc.search(EVENT_NOUN, text) and (doc.search(_EVENT_VERB, text) or (
            _DATED.search(text) and not text.lstrip().startswith(_LIST_MARKS)
            and (_VENUE_CUE.search(text) or _HEADCOUNT.search(text) or _IN_TOWN.search(text)))):
        # an event verb, or a day with a place or a crowd ("Saturday's fair at the Town Hall
        # drew 300"), unless the sentence is an item of a list (a listing of what's on)
        return True
    folded = text.lower()
    if any(w in folded for w in _EVENT_PHRASE_WORDS) and doc.search(_EVENT_PHRASE, text):
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


def _review_of_many(doc: Doc, first_text: str) -> bool:
    """The text looks back over a period ("2023 in review", "a busy year") and lists several
    events of different kinds: a summary of activities, whatever its opening sentence says.
    A headline that names an event keeps it one event ("Jazz Festival 2023 in review")."""
    head = doc.headline or ""
    # the opening lines too: the headline found may be a site's name above the real one
    opening = [head, first_text] + [s.text for s in doc.sentences[:3]]
    if not any(_cues.REVIEW.search(t) for t in opening) or EVENT_NOUN.search(head):
        return False
    kinds = {m.group(0).lower().rstrip("s") for s in doc.sentences[:25] for m in EVENT_NOUN.finditer(s.text)}
    return len(kinds) >= 3


def _false_event(doc: Doc, first_text: str) -> str:
    """What makes an opening that looks like an event none ('' when nothing does): a decision
    taken at a meeting that frames it, events counted over a period (a summary of the year's
    activities), or money or a ranking given to an event that the sentence does not hold."""
    nouns = list(EVENT_NOUN.finditer(first_text))
    if not nouns:
        return ""
    head = doc.headline or ""
    attended = _cues.ATTENDED.search(first_text) or COUNTED_CROWD.search(first_text)
    decision = _cues.DECISION.search(first_text) or _cues.DECISION.search(head)
    if decision and not attended and (not EVENT_NOUN.search(head) or _cues.DECISION.search(head)) and any(
            _cues.BODY_MEETING.fullmatch(m.group(0)) for m in nouns) and all(
            _cues.FRAME.search(first_text, max(0, m.start() - 50), m.start()) for m in nouns):
        return decision.group(0)
    period = _cues.PERIOD.search(first_text)
    if period and not _DATED.search(first_text) and all(
            _cues.COUNTED.search(first_text, max(0, m.start() - 40), m.start()) for m in nouns):
        return period.group(0)
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
    idx = main_sentence(doc)
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
    false_event = "" if crowd else _false_event(doc, first_text)
    if false_event:
        return Classification(False, -1, false_event, -1)
    if _summary_of_many(doc, first_text) or (not crowd and _review_of_many(doc, first_text)):
        return Classification(False, -1, doc.headline, doc.headline_start)
    hits = [s for s in doc.sentences[:12] if s.para <= 3 and len(s.text.split()) >= 6
            and _reports_event(doc, s.text)]
    if crowd and not hits:
        return Classification(True, first.index, first_text, first.start)
    if hits:
        s = doc.sentences[idx] if idx >= 0 else hits[0]
        return Classification(True, idx if idx >= 0 else hits[0].index, s.text, s.start)
    lede = [s for s in doc.sentences if 0 <= s.para <= 1]
    opening = _PROJECT_TITLE.sub(" ", lede[0].text) if lede else ""
    if doc.headline and doc.search(EVENT_NOUN, doc.headline) and lede and (
            doc.search(_EVENT_VERB, opening) or doc.search(EVENT_NOUN, opening)):
        return Classification(True, idx, doc.headline, doc.headline_start, low_confidence=True)
    return Classification(False, -1, "", -1)


#: "held on 3 May in Kisumu", "took place at Lakeside": the event put in a named place.
_HELD_IN_PLACE = re.compile(r"\b(?:held|took\s+place|takes\s+place|hosted)\b[^.;]{0,40}?\b(?:in|at)\s+(?:the\s+)?[A-Z]")


def _physical_place(text: str) -> bool:
    return _VENUE_CUE.search(text) is not None or _HELD_IN_PLACE.search(text) is not None


def attendance_mode(doc: Doc, main_index: int) -> tuple[str | None, str, int]:
    """('offline'|'online'|'mixed', evidence, offset); None when nothing says how people
    attended (the caller makes it 'offline' when a venue or city hosts the event)."""
    scope = [s for s in doc.sentences
             if (s.para <= 2 or s.index == main_index) and _REMOTE_WORD.search(s.text)]
    main_venue = bool(scope) and 0 <= main_index < len(doc.sentences) \
        and _physical_place(doc.sentences[main_index].text)
    for s in scope:
        m = _MIXED.search(s.text)
        if m and not _FUTURE.search(s.text[:m.start()][-40:]):
            return "mixed", m.group(0), s.start + m.start()
        m = _REMOTE_OFFER.search(s.text)
        # remote participation beside a venue: in the same sentence, or the event's own
        # sentence gives the venue ("held at the X Hotel ... It was also streamed via Zoom")
        if m and (main_venue or _physical_place(s.text)) \
                and not _NOT_THIS_EVENT.search(s.text, max(0, m.start() - 40), m.start()):
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
    for s in doc.sentences:
        m = _WHERE_HELD.search(s.text) if " where " in s.text else None
        if m:
            return "offline", m.group(0), s.start + m.start()
    return None, "", -1


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
