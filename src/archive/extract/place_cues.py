"""Phrasings that give an event's place without "held in": a town hosting the event ("Nairobi
will host the forum"), a town's own civic building ("Hobart Town Hall") and a council named
as "the City of X" where the text places the event in that council's area.

Each finder returns (name as written, evidence, offset in the sentence, venue or None,
bonus over the sentence's base score); ``places`` looks the name up and keeps the cues that
name a known town or country.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from . import gazetteer
from .alternation import compile_factored
from .classify import EVENT_NOUN
from .orgnames import HEAD_WORDS

_CAP_RUN = re.compile(r"(?:[A-Z][\w’'\-]*\s+){0,2}[A-Z][\w’'\-]*$")
#: Descriptors between "the" and "<noun> of": "the coastal city of", "the southern port city of",
#: "the seaside resort of", "the Colombian city of".
DESCRIBED = (r"(?:(?:[a-z][a-z\-]*|[A-Z][a-z]+)\s+){0,3}?(?:city|town|village|capital|port|settlement"
             r"|municipality|borough|suburb|hamlet|island|resort)\s+of\s+")
#: A lowercase word for a part of a town or country before its name: "in east London".
QUARTER = (r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern"
           r"|north-?western|south-?eastern|south-?western|north-?east|north-?west|south-?east|south-?west"
           r"|downtown|inner|outer|greater|rural|coastal|suburban)\s+)")
#: Heads of a venue's name beyond a building's ("the Middlesex Filter Beds", "the Pride Inn
#: Paradise resort"): a town's name before one is part of the venue's name.
_VENUE_HEADS = (r"resorts?|hotels?|beds|lodges?|inns?|gardens|grounds|showgrounds?|farms?|estates?|beach(?:es)?"
                r"|reserves?|wetlands?|reservoirs?|marsh(?:es)?|pavilions?|racecourses?|marinas?|wharf|piers?"
                r"|quays?|complex|venues?|clubhouses?|cent(?:re|er)s?|parks?|halls?|stadiums?|arenas?|campus")
VENUE_HEAD_AFTER = re.compile(r"^\s+(?:[A-Z][\w’'\-]*\s+){0,2}(?:" + _VENUE_HEADS + r")\b", re.IGNORECASE)
#: A venue's name ending in a town's name, then a lowercase head: "the Pride Inn Paradise resort".
LOWER_HEAD_AFTER = re.compile(r"\s+(?:" + _VENUE_HEADS + r")\b")
#: A town that hosts or welcomes: "Nairobi will host", "Durban to host", "Tromsø welcomed".
_HOST_VERB = re.compile(
    r"\s+(?:will\s+(?:also\s+)?host|to\s+host|hosts|hosted|is\s+hosting|was\s+hosting|will\s+be\s+hosting"
    r"|welcomed|welcomes|will\s+welcome|to\s+welcome|is\s+welcoming|was\s+welcoming"
    r"|(?:will\s+)?play(?:s|ed)?\s+host\s+to|to\s+play\s+host\s+to)\b")
_HOST_SUBJECT_LEAD = re.compile(
    r"(?:(?:^\s*|[,;:–—(]\s*|\b(?:and|as|when|while|that|where)\s+"
    r"|\b[A-Z][\w’'\-]*\s+in\s+)"  # "the Ethnographic Museum in Kraków hosted"
    r"(?:(?:[Tt]he\s+" + DESCRIBED + r")|(?:[Tt]he\s+City\s+of\s+))?)$")
#: What a hosting town welcomes: an event, or people who come to one.
_GUESTS = re.compile(r"\b(?:delegates|delegations|participants|visitors|guests|athletes|teams|"
                     r"competitors|attendees|runners|riders|players|members|experts|leaders)\b")
#: A clause that tells of an earlier edition ("hosted the first forum a year ago").
_BACKGROUND = re.compile(
    r"\b(?:ago|last\s+year|a\s+year\s+earlier|the\s+year\s+before|previous\s+(?:year|edition|forum)s?|"
    r"in\s+the\s+past|previously|first\s+edition|inaugural)\b", re.IGNORECASE)
_BEFORE_BACKGROUND = re.compile(
    r"\b(?:ago|last\s+year|a\s+year\s+earlier|previous(?:ly)?|earlier|first(?!\s+time)|next|when|once)\b"
    r"[^.;]*$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;:!?]|,\s+(?:which|where|but|while|and)\b|\s+[–—]\s+")


class Cue(NamedTuple):
    name: str
    evidence: str
    offset: int
    venue: str | None
    bonus: int
    #: the name may run on past the place's name ("Tromsø Midnight Jazz")
    prefix: bool = False


def hosts(text: str) -> list[Cue]:
    """Towns (or countries) that are the subject of a hosting verb with an event or its
    guests as object, outside a clause about an earlier edition."""
    out = []
    for vm in _HOST_VERB.finditer(text):
        before = text[:vm.start()]
        run = _CAP_RUN.search(before)
        if not run:
            continue
        lead = _HOST_SUBJECT_LEAD.search(before, 0, run.start())
        if not lead:
            continue  # "Sarah Nairobi hosted", "Minister Nairobi hosted": a person's name
        end = _CLAUSE_END.search(text, vm.end())
        obj = text[vm.end():end.start() if end else len(text)][:120]
        if not (EVENT_NOUN.search(obj) or _GUESTS.search(obj)):
            continue
        if _BACKGROUND.search(obj) or _BEFORE_BACKGROUND.search(text[max(0, run.start() - 60):run.start()]):
            continue
        out.append(Cue(run.group(0), text[lead.start():vm.end() + len(obj)].strip(" ,;:–—("),
                       run.start(), None, 2))
    return out


#: A town's own civic building: "at Hobart Town Hall", "in the Durban City Hall".
_CIVIC = re.compile(
    r"\b(?:at|in|inside|outside|to)\s+(?:the\s+)?(?P<venue>(?P<name>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)"
    r"\s+(?:(?:City|Town|Municipal)\s+Hall|Civic\s+Cent(?:re|er)))\b")


def civic_buildings(text: str) -> list[Cue]:
    return [Cue(m.group("name"), m.group(0), m.start(), m.group("venue"), 3) for m in _CIVIC.finditer(text)]


#: A town's streets or quarters that people fill or move through: "filled the cobbled streets of
#: Safranbolu", "paraded through the streets of Oruro", "in the main square of Kraków".
_TOWN_PART = re.compile(
    r"\b(?:in|through|across|around|along|into|onto|to|filled|packed|lined|thronged|crowded|took\s+over|toured)"
    r"\s+the\s+(?:[a-z][a-z\-]*\s+){0,2}?(?:streets|squares|square|centre|center|heart|outskirts|waterfront|seafront"
    r"|promenade|harbour|harbor|alleys|lanes|quarter|old\s+town|town\s+cent(?:re|er)|city\s+cent(?:re|er))\s+of\s+"
    r"(?P<name>[A-ZÀ-Þ][\w’'\-]*(?:\s+[A-ZÀ-Þ][\w’'\-]*)?)")


def town_parts(text: str) -> list[Cue]:
    """Towns whose streets, squares or centre the sentence puts people in or through."""
    if " of " not in text:
        return []
    return [Cue(m.group("name"), m.group(0), m.start(), None, 1) for m in _TOWN_PART.finditer(text)]


#: "the City of Hobart": a council; its town is the place only where the text puts the event
#: in the council's area.
_CITY_OF = re.compile(r"\b(?P<lead>(?:in|at|across|throughout|around)\s+)?[Tt]he\s+City\s+of\s+"
                      r"(?P<name>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)")
_IN_THE_AREA = re.compile(
    r"\b(?:in|across|around|throughout)\s+the\s+(?:city|municipality)\b(?!['’]s\s)|\bcity\s+cent(?:re|er)\b"
    r"|\bdowntown\b|\btown\s+cent(?:re|er)\b|\b(?:in|across|around)\s+town\b")
_COUNCIL_ROLE = re.compile(
    r"\b(?:by|with|from)\s+$|\b(?:organi[sz]ed|presented|run|hosted|funded|supported|delivered)\s+by\s+$")

_COUNCIL_VERB = re.compile(
    r"\s+(?:presents|presented|organi[sz]es|organi[sz]ed|stages|staged|runs|ran|holds|held|is\s+holding"
    r"|will\s+(?:present|stage|run|hold|organi[sz]e))\b")


def councils(text: str) -> list[Cue]:
    """"in the City of X" (a place), and "organised by the City of X" or "the City of X hosts"
    when the sentence also puts the event in the city ("in the city centre")."""
    out = []
    for m in _CITY_OF.finditer(text):
        if m.group("lead"):
            out.append(Cue(m.group("name"), m.group(0), m.start(), None, 1))
        elif _IN_THE_AREA.search(text) and (_COUNCIL_ROLE.search(text, 0, m.start())
                                            or _HOST_VERB.match(text, m.end()) or _COUNCIL_VERB.match(text, m.end())):
            out.append(Cue(m.group("name"), m.group(0), m.start(), None, 1))
    return out


#: A town leading an event's name: "the tenth Tromsø Midnight Jazz festival", "the Durban
#: Book Fair".
_NAMED_EVENT = re.compile(
    r"\b[Tt]he\s+(?:(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|annual|inaugural|biennial|new|next)\s+){0,2}(?P<name>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)"
    r"(?P<rest>(?:\s+[A-Z][\w’'\-]*){0,4}\s+(?:festival|fair|expo|marathon|fun\s+run|carnival|biennale"
    r"|conference|forum|summit|symposium|congress|hackathon|book\s+week|film\s+week|games)s?)\b",
    re.IGNORECASE)


_EVENT_HEAD = (r"(?:Festival|Fair|Expo|Marathon|Carnival|Biennale|Conference|Forum|Summit|Symposium|Congress"
               r"|Hackathon|Games)s?")
#: A town owning an event's name, or closing it: "Winnipeg's Reel Nations Film Festival", "the
#: International Book Fair of Arequipa".
_TOWN_EVENT = re.compile(
    r"\b(?P<own>[A-Z][\w’'\-]*(?:\s[A-Z][\w’'\-]*)?)['’]s\s+(?:(?:\d+(?:st|nd|rd|th)|annual|first|new)\s+)?"
    r"(?:[A-Z][\w’'\-]*\s+){0,5}" + _EVENT_HEAD + r"\b"
    r"|\b(?:[A-Z][\w’'\-]*\s+){0,4}" + _EVENT_HEAD + r"\s+(?:of|de|del)\s+(?P<of>[A-Z][\w’'\-]*(?:\s[A-Z][\w’'\-]*)?)")


def named_events(text: str) -> list[Cue]:
    """Towns whose name opens an event's name, the words between it and the head all capitalised or
    all lowercase ("the Durban Book Fair", "the Mbale seed fair"); towns owning an event's name or
    closing it ("Winnipeg's Reel Nations Film Festival", "the Book Fair of Arequipa")."""
    out = [Cue(m["own"] or m["of"], m.group(0), m.start("own") if m["own"] else m.start("of"), None, -1, True)
           for m in _TOWN_EVENT.finditer(text)]
    for m in _NAMED_EVENT.finditer(text):
        between = m.group("name").split()[1:] + m.group("rest").split()[:-1]
        lower = [w for w in between if w[:1].islower() and w.lower() not in ("fun", "book", "film")]
        if not m.group("name")[:1].isupper() or (lower and (len(lower) > 2 or len(lower) < len(between))):
            continue
        if VENUE_HEAD_AFTER.match(text[m.end():]):
            continue  # "the Springfield Conference Centre": a venue's name
        words = (m.group("name") + m.group("rest")).split()
        if len(words) > 1 and (words[1] in HEAD_WORDS or words[1] in ("State", "City", "County")):
            continue  # "the Colorado State University Symposium": an institution's, not a town's
        out.append(Cue(" ".join(words[:-1]), m.group(0), m.start("name"), None, -1, True))
    return out


#: A campus named by its town: "on the University of Tartu campus", "at the Nairobi campus", "on the
#: college's Timaru campus".
_CAMPUS = re.compile(r"\b(?:on|at|in)\s+(?:the\s+(?:[a-z]+['’]s\s+)?|(?:its|their)\s+)"
                     r"(?P<venue>[A-Z][\w’'\-]*(?:\s+(?:of\s+)?[A-Z][\w’'\-]*){0,4})"
                     r"\s+campus\b")


def campuses(text: str) -> list[Cue]:
    out = []
    for m in _CAMPUS.finditer(text):
        venue = m.group("venue")
        name = venue.rsplit(" of ", 1)[1] if " of " in venue else venue
        out.append(Cue(name, m.group(0), m.start(), None, 2))
    return out



#: A venue named after its town: "the Museo de Arte de Valparaíso", "the Cebu City Sports
#: Complex" (a town whose own name ends in "City", before a venue's head).
_VENUE_OF_TOWN = re.compile(r"\b(?:of|de|del|di|du|da|à)\s+(?P<town>[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+)?)"
                            r"(?:\s+\([A-Z]{2,10}\))?$")
_CITY_VENUE = re.compile(r"^(?P<town>(?:[A-Z][\w’'\-]+\s){1,3}City)\s+(?:[A-Z][\w’'\-]*\s+){0,2}"
                         r"(?:" + _VENUE_HEADS + r")$", re.IGNORECASE)


def venue_town(venue: str) -> str | None:
    """The town a venue's name ends or (as "X City") opens with, as written, when it is a
    known town; None otherwise."""
    from . import gazetteer

    for m in (_VENUE_OF_TOWN.search(venue), _CITY_VENUE.match(venue)):
        if m and m.group("town")[:1].isupper() and gazetteer.cities(m.group("town")):
            return m.group("town")
    return None


_COUNTRY_AFTER = re.compile(r"\s*,\s*(?:the\s+)?(?P<country>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")


def region_of_country(name: str, after: str, has_verb: bool) -> tuple[None, str, str] | None:
    """A region the gazetteer does not know, placed in a country: "in Uasin Gishu County,
    Kenya", "in Kenya's Rift Valley". Gives the country only: (None, country, evidence)."""
    if not has_verb:
        return None
    owner = re.match(r"(?P<country>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})['’]s\s+[A-Z]", name)
    if owner and (cc := gazetteer.country_code(owner["country"])):
        return None, cc, name
    tail = _COUNTRY_AFTER.match(after)
    if tail:
        for words in range(len(tail["country"].split()), 0, -1):  # "Kenya." or "South Africa, on"
            country = " ".join(tail["country"].split()[:words])
            if cc := gazetteer.country_code(country):
                return None, cc, f"{name}, {country}"
    return None


#: A region named with its unit: "Kilifi County", "Nakhon Ratchasima province", "the Ashanti Region of
#: Ghana", "Mpumalanga province, South Africa".
_REGION_UNIT = re.compile(
    r"(?P<region>(?:[A-Z][\w’'\-]*\s+){0,2}?[A-Z][\w’'\-]*)\s+(?:County|Province|Region|State|District|Oblast"
    r"|Governorate|Prefecture|Department|Territory|county|province|region|state|district|oblast|governorate"
    r"|prefecture|department)\b(?:\s+of\s+(?:the\s+)?|\s*,\s*(?:the\s+)?)?"
    r"(?P<country>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})?")


def region_place(rest: str, has_verb: bool) -> tuple[None, str, str] | None:
    """A region named with its unit word at the start of ``rest`` ("Kilifi County", "the Ashanti Region
    of Ghana"): the country written after it, else the one country with an ISO 3166-2 region of that
    name. Gives the country only: (None, country, evidence); None when the unit word opens a longer
    name ("Kaduna State University") or the sentence tells of no event."""
    m = _REGION_UNIT.match(rest)
    if not has_verb or not m:
        return None
    if m["country"]:
        words = m["country"].split()
        for n in range(len(words), 0, -1):  # "Ghana." or "South Africa, on"
            if cc := gazetteer.country_code(" ".join(words[:n])):
                return None, cc, rest[:m.start("country")] + " ".join(words[:n])
        if rest[m.start("country") - 1] == " " and rest[m.start("country") - 3:m.start("country")] != "of ":
            return None  # "Kaduna State University": a longer name
    elif re.match(r"\s+[A-Z]", rest[m.end():]):
        return None
    cc = gazetteer.subdivision_country(m["region"])
    end = m.start("country") if m["country"] else m.end()
    return (None, cc, rest[:end].rstrip(" ,")) if cc else None


#: The last word of a venue's name.
_VENUE_END = compile_factored(r"\b(?:" + _VENUE_HEADS + r"|clubs?|hospitals?|hotels?|universit(?:y|ies)|colleges?"
                        r"|schools?|institutes?|theatres?|theaters?|museums?|librar(?:y|ies)|airports?|auditoriums?"
                        r"|gymnasiums?|cathedrals?)$", re.IGNORECASE)


def leading_town(venue: str) -> str | None:
    """The town whose name opens a venue's name ("the Kigali Convention Centre", "the Montego Bay
    Convention Centre") when that town is large (50,000 people or more) and no other town bears its
    name: a venue named after a small town, or after a name several towns bear, may stand anywhere
    ("the Dumbarton Agriculture Station", "Paradise Gardens", "the Springfield Conference Centre")."""
    venue = venue.rstrip(".")
    words = venue.split()
    if len(words) < 2 or not _VENUE_END.search(venue):
        return None
    for n in range(min(3, len(words) - 1), 0, -1):
        name = " ".join(words[:n])
        hits = gazetteer.cities(name)
        if hits and hits[0].exact and hits[0].population >= 50000 and sum(h.exact for h in hits) == 1 \
                and all(h.country == hits[0].country for h in hits):
            return name
    return None


_LODGING = re.compile(r"\b(?:Hotel|Hôtel|Hotels|Resort|Lodge|Inn|Suites)\b")
_LODGING_AFTER = re.compile(r"\s+(?:hotel|resort|lodge|inn)\b")


def lodging_town(venue: str, after: str, countries: frozenset[str]) -> str | None:
    """The town a hotel's name holds after its brand's word ("the Sofitel Abidjan Hôtel Ivoire", "the
    Radisson Blu Hotel Nairobi", "the Rixos Turkistan hotel"): chains name a hotel by its town. Only
    a town of a country the text names (``countries``), and only one such town in the name."""
    words = venue.rstrip(".").split()
    if len(words) < 2 or not (_LODGING.search(venue) or _LODGING_AFTER.match(after)):
        return None
    found = set()
    for i in range(1, len(words)):
        for n in (2, 1):
            name = " ".join(words[i:i + n])
            if len(words[i:i + n]) < n or _LODGING.fullmatch(words[i]) or gazetteer.country_code(name):
                continue
            hits = [h for h in gazetteer.cities(name) if h.exact and h.country in countries]
            if hits and all(h.country == hits[0].country for h in hits):
                found.add(name)
                break
    return found.pop() if len(found) == 1 else None
