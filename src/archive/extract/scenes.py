"""An event told as a scene rather than named: people doing something together at a place on
a day ("Handlers and their dogs competed at Glenrow Farm on Saturday", "The choir sang to a
packed church on Friday", "More than 120 volunteers pulled tyres from the river on Sunday"),
with no event noun in the sentence. ``classify`` asks this of a dated sentence only.

Also the places where such scenes happen, named by their kind ("on the pitch", "across the
stage", "at Porth Bay"), which ``attendance`` reads as people met in person."""

from __future__ import annotations

import re
from collections.abc import Callable

from .alternation import compile_factored
from .event_cues import _PEOPLE
from .text import WORD_START

#: Places where people gather, named by their kind: "across the stage", "in the sports hall",
#: "along the seafront". ``_SAFE_KINDS`` name nothing else; the others also name abstractions
#: ("in the field of health", "at a later stage", "in the political arena") and count only
#: without "of" or "for" after them and without such a qualifier before them.
_SAFE_KINDS = (
    r"(?:pitch(?:es)?|rink|lido|bandstand|rotunda|bleachers|terraces|touchline|sidelines|finish\s+line|start\s+line"
    r"|gym(?:nasium)?|sports\s+hall|village\s+hall|town\s+hall|parish\s+hall|church\s+hall|community\s+hall"
    r"|school\s+hall|assembly\s+hall|civic\s+centre|civic\s+center|seafront|promenade|boardwalk|riverbank|riverside"
    r"|lakeside|lakeshore|beach|dunes|quayside|harbou?rside|waterfront|high\s+street|main\s+street|streets"
    r"|market\s+square|town\s+square|village\s+square|plaza|park|gardens?|meadow|showground|fairground|marquee"
    r"|tent|hall|auditorium|chapel|church|cathedral|mosque|temple|cemetery|cenotaph|war\s+memorial"
    r"|church\s+grounds|school\s+grounds|sports\s+ground|football\s+ground|cricket\s+ground)")
_OTHER_KINDS = (r"(?:buildings?|grounds?|fields?|course|track|courts?|pool|green|common|stage|stands|arena|square"
                r"|memorial|shore)")
_ABSTRACT = (r"(?!(?:later|early|earlier|final|first|next|same|political|level|playing|right|wrong|global"
             r"|national|international|public|world|common|coming|following|capacity|institution|nation|peace|team)\s)")
_PLACE_KINDS = (r"(?:" + _SAFE_KINDS + r"|" + _OTHER_KINDS + r"(?!\s+(?:of|for|interest|economy|between)\b))")
#: Natural or open places with a proper name before their kind: "at Porth Bay", "from the River
#: Wen", "at Glenrow Farm", "on Brook Common".
_NAMED_OPEN = (r"(?:(?:the\s+)?(?:River|Lake|Loch|Mount)\s+[A-Z][\w’'-]+"
               r"|(?:the\s+)?(?:[A-Z][\w’'-]+\s+){1,3}(?:Beach|Bay|Lake|Loch|Farm|Common|Green|Fields?|Forest|Woods?"
               r"|Moor|Dunes|Reservoir|Harbou?r|Marina|Quay|Promenade|Pitch|Ground|Racecourse|Course|Exchange|Rink"
               r"|Pool|Lido|Showground|Meadows?|Downs|Heath|Hill|Trail|Rotunda|Bandstand|High|Academy|Street|Road|Avenue"
               r"|Lane))\b")
_COURTS = WORD_START + r"on\s+the\s+(?:[\w’'-]+\s+)?courts\b|"
PLACE = re.compile(
    _COURTS + WORD_START + r"(?i:at|in|on|onto|across|along|around|from|through|outside|inside|by|beside|round|of)\s+"
    r"(?:(?:the|a|an|its|their|our)\s+(?:" + _ABSTRACT + r"[\w’'-]+\s+){0,3}?" + _PLACE_KINDS + r"\b|"
    + _NAMED_OPEN + r")")
#: The same, for the places that name nothing else: read by ``attendance``.
SAFE_PLACE = re.compile(
    _COURTS + WORD_START + r"(?i:at|in|on|onto|across|along|around|from|through|outside|inside|beside|into)\s+"
    r"(?:(?:the|a|an|its|their|our)\s+(?:[\w’'-]+\s+){0,3}?" + _SAFE_KINDS + r"\b|" + _NAMED_OPEN + r")"
    # "the seminar hall of the Engineering College", "turned their church grounds into"
    r"|\b(?:the|their|its|our)\s+(?:[\w’'-]+\s+){0,2}?(?:hall|auditorium|gym|gymnasium|stadium|church\s+grounds"
    r"|school\s+grounds|courtyard|marquee)\s+(?:of\s+the\s+(?-i:[A-Z])|into\b)")
#: What people do together at an event: play, perform, compete, march, tour, plant; the
#: ceremonies that report one on their own ("cut the ribbon", "laid a wreath").
_ACTS = (
    r"(?:performed|played|sang|danced|competed|raced|ran|cycled|swam|rowed|paddled|marched|paraded|rallied"
    r"|toured|visited|planted|cleared|collected|picked\s+up|pulled|hauled|combed|walked|hiked|cheered|applauded"
    r"|celebrated|danced|gathered|queued|lined|packed|filled|flocked|crowded|thronged|won|beat|defeated|drew"
    r"|scored|finished|crossed\s+the\s+line|took\s+to\s+the|took\s+part|took\s+home|lifted|clinched|staged"
    r"|spent\s+(?:the|their|a|an|Saturday|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday)"
    r"|showcased|exhibited|displayed|screened|shown\s+to|watched|laid\s+(?:a\s+)?wreaths?|cut\s+the\s+ribbon"
    r"|unveiled|dedicated|broke\s+ground|graduated|received\s+their|walked\s+across|gave\s+blood|donated\s+blood"
    r"|spelled|wrestled|tossed|threw|jumped|climbed|sailed|competing|performing|playing|racing|marching"
    r"|singing|dancing|inspected|will\s+(?:screen|perform|play|sing|compete|race|march|parade|tour|visit|plant"
    r"|stage|exhibit|gather)|joined\s+(?:us|in|them|the\s+(?:fun|celebrations?|festivities)))")
ACT = compile_factored(WORD_START + _ACTS + r"\b", re.IGNORECASE)
#: Ceremonies that report an event on their own when dated: "the mayor cut the ribbon on Monday".
CEREMONY = re.compile(WORD_START + r"(?:cut\s+the\s+ribbon|laid\s+(?:a\s+|the\s+)?(?:wreaths?|foundation\s+stone)"
                      r"|broke\s+ground|unveiled\s+(?:a|the)\s+(?:[\w’'-]+\s+){0,3}?(?:plaques?|statues?|memorials?"
                      r"|monuments?|murals?|sculptures?)|turned\s+the\s+first\s+sod)\b", re.IGNORECASE)
#: A crowd that watched or came: "in front of 1,800 supporters", "a full house", "spectators".
CROWD = re.compile(
    WORD_START + r"(?:crowds?|spectators|supporters|onlookers|audiences?|full\s+house|sell-?out|packed|capacity"
    r"|in\s+front\s+of|watched\s+by|cheered\s+(?:on\s+)?by|lined\s+the|hundreds|thousands|dozens)\b",
    re.IGNORECASE)
#: People as the sentence's subject: "Visitors toured ...", "Pupils from three schools planted",
#: "Handlers and their dogs competed", "The under-14 girls won".
PEOPLE_SUBJECT = re.compile(
    r"^(?:[A-Z][A-Z .,'’-]{2,40}\s*[-–—:]\s*)?(?:(?:the|some|about|around|more\s+than|over|nearly|dozens\s+of"
    r"|hundreds\s+of|thousands\s+of|\d[\d,]*)\s+)*(?:[\w’'-]+\s+){0,3}?" + _PEOPLE + r"\b", re.IGNORECASE)
#: People counted anywhere in the sentence: "Over 600 parishioners and friends ...".
COUNTED_PEOPLE = re.compile(r"\b(?:\d[\d,]*|hundreds|thousands|dozens)(?:\s+of)?\s+(?:[\w’'-]+\s+){0,2}?" + _PEOPLE
                            + r"\b", re.IGNORECASE)
#: What happens to people, not what they do together: an accident, a crime, a disaster, a
#: petition or a loss. A scene with one of these is news of an incident.
INCIDENT = compile_factored(
    WORD_START + r"(?:killed|injured|hurt|wounded|died|dead|deaths?|arrested|charged|detained|stabbed|shot"
    r"|crash(?:ed|es)?|collided|collision|accident|fire|blaze|flood(?:ed|ing|s)?|storm|stranded|evacuated"
    r"|rescued|stolen|robbed|burgled|vandali[sz]ed|damaged|missing|jailed|sentenced|convicted|fined|police"
    r"|petition|signed|lost\s+(?:their|his|her)\s+jobs?|laid\s+off|redundan\w+|complain\w*|protested\s+online"
    r"|strike\s+action|bankrupt\w*|closed\s+down|shut\s+down|attack\w*|bomb\w*|explosions?|assault\w*|violence|clash\w*"
    r"|riot\w*|murder\w*|shooting|abduct\w*|kidnap\w*|looted|looting|closures?|(?:be|been|remain)\s+closed"
    r"|diversions?|roadworks)\b", re.IGNORECASE)


def reports_scene(text: str, dated: bool, counted_crowd: Callable[[], bool], venue: Callable[[], bool],
                  event_verb: Callable[[], bool]) -> bool:
    """A dated sentence that tells an event as a scene: people, a crowd, an act or an event
    verb at a place where people gather (``venue``: a venue the caller found), or people (named
    as such, or counted) doing what people do at an event, or a ceremony ("cut the ribbon");
    never an incident. Undated, people counted at such a place doing such things ("Over 600
    parishioners joined us on the church grounds"). The caller's cues are asked only when needed."""
    if not dated:
        found = bool(COUNTED_PEOPLE.search(text) and ACT.search(text) and (PLACE.search(text) or venue()))
    elif CEREMONY.search(text):
        found = True
    else:
        people = PEOPLE_SUBJECT.match(text) is not None or counted_crowd() or COUNTED_PEOPLE.search(text) is not None
        act = ACT.search(text) is not None
        if PLACE.search(text) or venue() or SAFE_PLACE.search(text):
            found = people or act or CROWD.search(text) is not None or event_verb()
        else:
            found = people and act
    return found and INCIDENT.search(text) is None


#: What people can do only where they are: race, march, clean a beach, give blood, plant trees,
#: set up stalls, cut a ribbon; and the crowds who watch them. An event told with one of these,
#: and nothing online, was attended in person.
IN_PERSON_KIND = compile_factored(
    WORD_START + r"(?:races?|fun\s+runs?|marathons?|half-marathons?|triathlons?|regattas?|matches|tournaments?"
    r"|championships?|(?-i:Games|Sevens)|clean[- ]?ups?|parades?|paraded|processions?|marches|marched|vigils?"
    r"|rall(?:y|ies)|rallied|pilgrimages?|fairs?|f[eê]tes?|carnivals?|bazaars?|stalls|blood|planted|planting"
    r"|ribbon[- ]cuttings?|cut\s+the\s+ribbon|toured|field\s+days?|open\s+days?|open\s+houses?|picnics?|barbecues?"
    r"|feasts?|ceilidhs?|c[eè]il[ií]dhs?|bonfires?|fireworks|runners|cyclists|swimmers|rowers|spectators|crowds?"
    r"|stewards|marshals|marshalled|queued|sheepdogs?|ploughing|tractors|floats|stalls|bouncy\s+castles?"
    r"|sandcastles?|litter|rubbish|trash|debris|saplings|seedlings|trees)\b", re.IGNORECASE)
#: The plural kinds of ``IN_PERSON_KIND``: beside the event's own sentence they often count other
#: events ("seminars, marches and rallies will be organised this year").
KIND_PLURAL = re.compile(r"(?:races|marathons|triathlons|regattas|matches|tournaments|championships|clean[- ]?ups"
                         r"|parades|processions|marches|vigils|rallies|pilgrimages|fairs|f[eê]tes|carnivals|bazaars"
                         r"|ribbon[- ]cuttings|field\s+days|open\s+days|open\s+houses|picnics|barbecues|feasts"
                         r"|ceilidhs|bonfires|fun\s+runs|half-marathons)", re.IGNORECASE)
