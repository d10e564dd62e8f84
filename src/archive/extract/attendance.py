"""How did people attend the event: in person, online or both? The phrases that say so (a
platform, a stream, "in person and online"), and the places where people met (a named venue, a
hall, a crowd that filled one)."""

from __future__ import annotations

import re

from . import scenes as _scenes
from .alternation import compile_factored
from .classify import EVENT_NOUN, NOUNS
from .text import WORD_START, Doc
from .venue_cues import VENUE_CUE as _VENUE_CUE

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
    r"|(?:on|via)\s+(?-i:(?:Microsoft\s+)?Teams|Google\s+Meet|Webex|Skype|GoToMeeting|Jitsi|BlueJeans)"
    r"|logged\s+(?:on|in)\s+(?:to|for|from)"
    # "was delivered online", "held over Zoom", "an entirely digital edition"
    r"|(?:conducted|delivered|run|organi[sz]ed|taught|streamed)\s+(?:entirely\s+|fully\s+|exclusively\s+"
    r"|completely\s+|only\s+)?(?:online|virtually)"
    r"|over\s+(?:Zoom|(?-i:Teams)|Skype|Webex|video\s*(?:link|call|conference)?)"
    r"|(?:entirely|fully|completely|purely|exclusively)\s+(?:digital|virtual|online)"
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
    r"|\w+\s*/\s*webinar|webinar\s*/\s*\w+"
    # "may come in person or follow the talks online"
    r"|in[- ]person\s+(?:or|and)\s+(?:[\w’'-]+\s+){1,6}?(?:online|virtually|remotely)"
    r"|(?:online|virtually|remotely)\s+(?:or|and)\s+(?:[\w’'-]+\s+){1,4}?in[- ]person"
    # "in person on the shores of the lake and online from a dozen countries", "either in the hall
    # or through the college's live stream": a place and a remote way joined by and/or
    r"|in[- ]person\s+(?:[\w’'-]+\s+){1,8}?(?:and|or|while|with)\s+(?:[\w’'-]+\s+){0,3}?(?:online|virtually"
    r"|remotely)|(?:either\s+)?(?:in|at)\s+the\s+(?:hall|room|venue|auditorium|chamber|theatre|theater|lecture\s+hall)"
    r"\s+or\s+(?:online|virtually|remotely|(?:through|via|on|over)\s+(?:(?:the|a|its|their|[\w’'-]+['’]s)\s+)?"
    r"(?:[\w’'-]+\s+){0,2}?(?:stream|streaming|livestream|live\s+stream|video|zoom|platform|link|channel)))\b",
    re.IGNORECASE)
#: Remote participation offered beside the room: with a physical venue in the same sentence
#: people came both ways ("at the Council Chambers; residents may also join via Zoom").
_REMOTE_OFFER = compile_factored(
    WORD_START + r"(?:remote\s+(?:participation|attendance|access)|(?:participat(?:e|ed|ing)|join(?:ed|ing)?"
    r"|attend(?:ed|ing)?|follow(?:ed|ing)?|watch(?:ed|ing)?|t(?:ake|ook|aking)\s+part)"
    r"\s+(?:the\s+\w+\s+)?(?:remotely|virtually|online|via\s+\w+)|(?:also|simultaneously)\s+(?:be\s+|was\s+|were\s+)?"
    r"(?:streamed|broadcast|webcast|livestreamed|live-streamed|available\s+online)|streamed\s+live"
    r"|live-?streamed|streamed\s+(?:live\s+)?(?:on|via)\s+\w+|with\s+an?\s+(?:online|virtual)\s+option"
    r"|broadcast\s+live|(?:shown|carried)\s+live\s+on|live\s+on\s+(?:YouTube|Facebook|Instagram|Twitch)"
    # "can also watch the meeting on the city's YouTube channel"
    r"|(?:watch|follow|view)(?:ed|ing)?\s+(?:the\s+\w+\s+|it\s+)?(?:live\s+)?on\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:YouTube|Facebook|Instagram|Twitch|live\s*stream)"
    r"|available\s+(?:to\s+(?:stream|watch\s+online|view\s+online)|for\s+(?:live\s*)?streaming)"
    # "some speakers joining by video link", "others dialled in", "followed through a live video feed"
    r"|(?:join(?:ed|ing)?|connect(?:ed|ing)?|participat\w*|spoke|speaking|present(?:ed|ing)?|t(?:ook|aking)\s+part)"
    r"\s+(?:by|via|through|over)\s+(?:a\s+)?(?:video(?:\s*(?:link|call|conference))?|videoconference|zoom|skype"
    r"|webex|(?-i:Teams))|dial(?:l)?ed\s+in|(?:live\s+)?video\s+feed|live\s+feed"
    # "followed the sessions by video link", "watched the debates through the streaming platform"
    r"|(?:follow|watch|view|join|attend|participat)\w*\s+(?:the\s+|its\s+)?(?:[\w’'-]+\s+)?(?:by|via|through|over|on)"
    r"\s+(?:(?:a|the|its|their|[\w’'-]+['’]s)\s+)?(?:video|videoconferenc\w*|video-conferenc\w*|live\s*-?stream\w*"
    r"|streaming\s+platform|zoom|online\s+(?:platform|link)))\b",
    re.IGNORECASE)
#: "the hall where the talks took place": a place of the event itself, wherever it is said.
_WHERE_HELD = re.compile(
    r"\b(?:hall|room|venue|auditorium|campus|building|hotel|centre|center|stadium)\s+where\s+(?:the\s+\w+|it)"
    r"\s+(?:was|were|is|will\s+be)\s+held\b", re.IGNORECASE)
#: Every phrase that ``_MIXED`` or ``_ONLINE`` matches has a word that starts like one of these
#: (same flags); sentences without one, most of them when people met in person, are skipped.
_REMOTE_WORD = compile_factored(WORD_START + r"(?:online|hybrid|remote|virtual|webinar|video|via|zoom|live|stream"
                                        r"|broadcast|webcast|logged|microsoft|teams|google|webex|skype"
                                        r"|gotomeeting|jitsi|bluejeans|youtube|facebook|instagram|twitch|digital"
                                        r"|dial|skype)",
                          re.IGNORECASE)
_FUTURE = re.compile(WORD_START + r"(?:will|planned|plans?|next|upcoming|future|originally)\b", re.IGNORECASE)
#: Just before an online phrase: it describes earlier events or the topic, not this event
#: ("builds on a series of webinars", "its previous meetings were held online", "after two
#: years of online meetings", "a course on the use of video conferencing").
_NOT_THIS_EVENT = re.compile(
    WORD_START + r"(?:previous|earlier|prior|last year|series of|years of|months of|builds? on"
    r"|on the use of|on using|on how to use)\b[^.;]*$", re.IGNORECASE)


#: "held on 3 May in Kisumu", "took place at Lakeside": the event put in a named place.
_HELD_IN_PLACE = re.compile(r"\b(?:held|took\s+place|takes\s+place|hosted)\b[^.;]{0,40}?\b(?:in|at)\s+(?:the\s+)?[A-Z]")
#: Capitalised words after "held in" that name a time, a platform or a language, not a place.
_NOT_A_PLACE = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
                r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Zoom|Microsoft|Teams|Google|Webex"
                r"|Skype|YouTube|Facebook|English|French|Spanish|Arabic|Portuguese|Russian|Chinese|Swahili"
                r"|Partnership|Collaboration|Cooperation|Conjunction|Honou?r|Memory|Person)\b")
#: The event itself put in a named place, in so many words: "was held on 3 May in Kisumu",
#: "is underway at Gelephu", "a meeting in the lakeside resort of Naivasha".
_EVENT_IN_PLACE = re.compile(
    r"\b(?:held|took\s+place|takes\s+place|taking\s+place|underway|under\s+way|convened)\b[^.;]{0,40}?"
    r"\b(?:in|at)\s+(?:the\s+)?(?!" + _NOT_A_PLACE + r")[A-Z][\w’'-]+"
    r"|\b(?:in|at)\s+the\s+(?:[a-z-]+\s+){0,3}?(?:town|city|village|resort|capital|port|district|municipality"
    r"|province|region|island|commune|suburb|county)\s+of\s+[A-Z][\w’'-]+")
#: People who came in person, said outright, and people gathering in a named place: "its first
#: in-person meeting", "a face-to-face training", "residents gathered at Uhuru Gardens".
_IN_PERSON = re.compile(
    r"\b(?:an?|the|first|its|their|this|our)\s+(?:[\w-]+\s+)?(?:in[- ]person|face[- ]to[- ]face)\s+"
    r"|\b(?:held|took\s+place|meet|met|gathered|attend(?:ed|ing|s)?|participat\w*|present|returned|back)\s+"
    r"(?:in[- ]person|face[- ]to[- ]face)\b|\bmade\s+the\s+(?:trip|journey)\s+to\b",
    re.IGNORECASE)
_GATHERED_AT = compile_factored(
    WORD_START + r"(?:gathered|assembled|converged|flocked|turned\s+out|turned\s+up|showed\s+up|met)\s+(?:at|in|on"
    r"|outside)\s+(?:the\s+)?(?!" + _NOT_A_PLACE + r")(?-i:[A-Z])[\w’'-]+", re.IGNORECASE)
#: A labelled line that says how people attend ("Platform: Zoom", "Format: hybrid",
#: "Mode of delivery: in person"); a place field ("Venue:") is read by ``field_facts``.
_MODE_LINE = re.compile(
    r"(?im)^[ \t]*(?:platform|format|mode(?:\s+of\s+(?:delivery|attendance|participation))?|delivery"
    r"|attendance|participation|(?:event\s+)?(?:type|format))[ \t]*:[ \t]*(?P<value>[^\n]{2,100})$")
#: Every label ``_MODE_LINE`` reads holds one of these: a text without any skips the pattern.
_MODE_LABELS = ("platform", "format", "mode", "delivery", "attendance", "participation", "type")
_BOTH_VALUE = re.compile(r"\bhybrid\b|\b(?:in[- ]person|on-?site)\b.*\b(?:online|virtual|zoom|remote)"
                         r"|\b(?:online|virtual|zoom|remote)\b.*\b(?:in[- ]person|on-?site)\b", re.IGNORECASE)
_REMOTE_VALUE = re.compile(r"^(?:online|virtual|remote|zoom|microsoft\s+teams|teams|google\s+meet|webex|skype|webinar"
                           r"|live\s*-?stream|youtube)\b", re.IGNORECASE)
_PRESENT_VALUE = re.compile(r"^(?:in[- ]person|on-?site|face[- ]to[- ]face|physical|onsite)\b", re.IGNORECASE)


#: Another event than the one reported: "next year's edition will be held in Lomé".
_OTHER_EDITION = re.compile(r"\b(?:next|following|future|previous|last)\s+(?:year|edition|meeting|session|conference"
                            r"|one|summit|forum)\b", re.IGNORECASE)


def _labelled_mode(doc: Doc) -> tuple[str, str, int] | None:
    """The mode a labelled line states, with the line and its offset."""
    low = doc.text.lower()
    if not any(label in low for label in _MODE_LABELS):
        return None
    for m in _MODE_LINE.finditer(doc.text):
        value = m.group("value").strip()
        mode = "mixed" if _BOTH_VALUE.search(value) else "online" if _REMOTE_VALUE.match(value) \
            else "offline" if _PRESENT_VALUE.match(value) else None
        if mode:
            return mode, m.group(0).strip(), m.start("value")
    return None


#: Things done in person or online that are not attending: buying a ticket, registering,
#: giving, voting ("Tickets can be bought in person or online").
_NOT_ATTENDING = re.compile(
    r"\b(?:tickets?|register(?:ed|ing)?|registration|book(?:ed|ing|ings)?|sign(?:ed|ing)?[- ]?up|apply|applications?"
    r"|donat\w*|pay(?:ment)?|paid|purchase[ds]?|buy|bought|vot(?:e|es|ed|ing)|submit\w*|comments?|feedback|enrol\w*)\b",
    re.IGNORECASE)


def _both_ways_to_attend(text: str, m: re.Match[str]) -> bool:
    """A "hybrid" or "in person and online" phrase says how people attend this event: not an
    event to come ("next year's edition will be hybrid"), nor tickets or registration."""
    return not _FUTURE.search(text[:m.start()][-40:]) and not _NOT_ATTENDING.search(text, max(0, m.start() - 60),
                                                                                   m.end())


def _remote_for_this_event(text: str, m: re.Match[str]) -> bool:
    """Remote participation offered for this event: not earlier events ("its previous meetings
    were held online"), nor tickets or registration ("Tickets are also available online")."""
    return not _NOT_THIS_EVENT.search(text, max(0, m.start() - 40), m.start()) \
        and not _NOT_ATTENDING.search(text, max(0, m.start() - 60), m.end())


#: How many paragraphs down "in person or online" and remote participation beside a venue count.
_MIXED_PARAS = 4


def remote_offer(doc: Doc) -> tuple[str, int] | None:
    """(phrase, offset) of remote participation offered for this event in the opening
    paragraphs ("will also be livestreamed", "join via Zoom"), or None."""
    for s in doc.sentences:
        if s.para > _MIXED_PARAS or not _REMOTE_WORD.search(s.text):
            continue
        m = _MIXED.search(s.text)
        if m and _both_ways_to_attend(s.text, m):
            return m.group(0), s.start + m.start()
        m = _REMOTE_OFFER.search(s.text)
        if m and _remote_for_this_event(s.text, m):
            return m.group(0), s.start + m.start()
    return None


def _held_online(text: str, offer: re.Match[str]) -> bool:
    """The sentence that offers a stream says, before the offer, that the event itself was online
    ("run on Google Meet and streamed live"); a platform after it carries the stream."""
    return any(m.end() <= offer.start() for m in _ONLINE.finditer(text, 0, offer.start()))


#: A venue cue that names only an institution: "at the University", "at the Institute".
_INSTITUTION_CUE = re.compile(r"(?:University|College|School|Institute|Academy|Assembly|Headquarters)$")
#: What puts an event at an institution: "held at", "the symposium at", "hosted ... at".
_PUT_AT = re.compile(r"\b(?:held|hosted|took\s+place|takes\s+place|organi[sz]ed|staged|gathered|met|meet"
                     r"|opened|opens|convened|inaugurated|launched|will\s+be)\b(?:\s+[\w’'-]+){0,9}\s*$",
                     re.IGNORECASE)


def _institution_only(text: str, cue: re.Match[str]) -> bool:
    """The cue names an institution the sentence does not put the event in ("to foster community
    at the University of X"): people belong to it, which says nothing of how they met."""
    if not _INSTITUTION_CUE.search(cue.group(0)):
        return False
    before = text[max(0, cue.start() - 90):cue.start()]
    return not (_PUT_AT.search(before) or EVENT_NOUN.search(before[-30:]))


def _physical_place(text: str) -> bool:
    return _VENUE_CUE.search(text) is not None or _HELD_IN_PLACE.search(text) is not None


#: The event's own sessions put on a stream, wherever the text says so: "A limited number of
#: sessions will be streamed", "the talks were also broadcast live".
_SESSIONS_STREAMED = re.compile(
    r"\b(?:sessions|talks|proceedings|lectures|panels|plenar(?:y|ies)|keynotes?|debates)\s+(?:will|would|are|were"
    r"|can|could)\s+(?:also\s+)?(?:be\s+)?(?:(?:live-?)?streamed|broadcast|webcast|available\s+(?:online|to\s+stream))\b",
    re.IGNORECASE)


def attendance_mode(doc: Doc, main_index: int) -> tuple[str | None, str, int]:
    """('offline'|'online'|'mixed', evidence, offset); None when nothing says how people
    attended (the caller makes it 'offline' when a venue or city hosts the event). An event met
    in person whose sessions are streamed, however far down the text says so, is mixed."""
    found = _mode_of(doc, main_index)
    if found[0] != "offline":
        return found
    low = doc.text.lower()
    if "stream" in low or "broadcast" in low or "webcast" in low or "online" in low:
        for s in doc.sentences:
            m = _SESSIONS_STREAMED.search(s.text)
            if m and not _OTHER_EDITION.search(s.text) and _remote_for_this_event(s.text, m):
                return "mixed", m.group(0), s.start + m.start()
    return found


def _mode_of(doc: Doc, main_index: int) -> tuple[str | None, str, int]:
    labelled = _labelled_mode(doc)
    if labelled:
        return labelled
    # both ways said outright counts further down the text than an online word alone
    wide = [s for s in doc.sentences
            if (s.para <= _MIXED_PARAS or s.index == main_index) and _REMOTE_WORD.search(s.text)]
    scope = [s for s in wide if s.para <= 2 or s.index == main_index]
    # the event's own sentence gives the venue, or the opening says people came in person
    main_venue = bool(wide) and (0 <= main_index < len(doc.sentences) and _physical_place(
        doc.sentences[main_index].text) or any(_IN_PERSON.search(s.text) for s in doc.sentences if s.para <= 2))
    for s in wide:
        m = _MIXED.search(s.text)
        if m and _both_ways_to_attend(s.text, m) and not (
                m.group(0).lower().startswith(("joined", "followed"))
                and (_ONLINE.search(s.text) or not (main_venue or _physical_place(s.text)))):
            # "joined virtually" beside a room is mixed; beside "an online hackathon", online
            return "mixed", m.group(0), s.start + m.start()
        m = _REMOTE_OFFER.search(s.text)
        # remote participation beside a venue: in the same sentence, or the event's own
        # sentence gives the venue ("held at the X Hotel ... It was also streamed via Zoom");
        # not a stream of an event held online ("run on Google Meet and streamed live")
        if m and (main_venue or _physical_place(s.text)) and _remote_for_this_event(s.text, m) \
                and not _held_online(s.text, m):
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
        if m and not _institution_only(s.text, m):  # an announced event at a venue is in person too
            return "offline", m.group(0), s.start + m.start()
    for s in doc.sentences:
        m = _WHERE_HELD.search(s.text) if " where " in s.text else None
        if m:
            return "offline", m.group(0), s.start + m.start()
    for s in doc.sentences:
        if s.para > 1 and s.index != main_index:
            continue
        m = _EVENT_IN_PLACE.search(s.text) or _GATHERED_AT.search(s.text) or (
            _IN_PERSON.search(s.text) if "person" in s.text.lower() or "face" in s.text.lower() else None)
        if m and not _OTHER_EDITION.search(s.text):
            return "offline", m.group(0), s.start + m.start()
    # a place where people gather named by its kind ("on the church grounds", "across the stage"),
    # or what people do only where they are (a race, a clean-up, giving blood, stalls, crowds)
    # (a plural kind in the text may count other events: "seminars, marches and rallies will be held")
    opening = [(s.text, s.start, False) for s in doc.sentences if s.para <= 2 or s.index == main_index]
    for text, start, own in [(doc.headline or "", doc.headline_start, True)] + opening:
        m = _scenes.SAFE_PLACE.search(text) or next(
            (k for k in _scenes.IN_PERSON_KIND.finditer(text) if own or not _scenes.KIND_PLURAL.fullmatch(k.group(0))),
            None)
        if m and not _OTHER_EDITION.search(text):
            return "offline", m.group(0), start + m.start()
    return None, "", -1
