"""Checks ``places`` makes on a name it has read: whether a described town is one ("in the town of
Pisac"), whether a name is a region elsewhere, another town's alternate name, or a town of a
country the text does not name, and which German-speaking country a town with a German venue
word lies in."""

from __future__ import annotations

import re

from . import gazetteer, nations, small_places
from .place_names import countries_in_text, region_country

KIND_OF = re.compile(r"\b(?:city|town|village|resort|settlement|hamlet|municipality|borough|suburb|port)\s+of\s+$")


def german_speaking(town: str) -> str | None:
    """The one German-speaking country with a town of that name: a German venue word names it."""
    found = {h.country for h in gazetteer.cities(town)} & {"DE", "AT", "CH", "LI", "LU"}
    return found.pop() if len(found) == 1 else None


def described_town(text: str, m: re.Match[str], has_verb: bool, whole: str
                   ) -> tuple[str, str | None, str] | None:
    """A town the gazetteer lacks that the text calls a town ("in the town of Pisac", "in the
    Victorian town of Kyneton"), as written; its country from a country's adjective before it,
    else from the one country or region the sentence names."""
    if not has_verb or not m.group("the") or not KIND_OF.search(m.group("the")):
        return None
    words = []
    for word in m.group("name").split():
        if not word[:1].isupper() or gazetteer.country_code(word):
            break
        words.append(word)
    if not words or len(words) > 2:
        return None
    town = " ".join(words)
    cc = next((c for w in m.group("the").split() if (c := nations.demonym_country(w))), None)
    small = None if cc else small_places.small_town(town, whole)  # a small town in a country the text names
    cc = cc or (small[1] if small and small[0] == town else None) or small_places.not_elsewhere(
        town, region_country(text))
    return town, cc, text[m.start():m.start("name") + len(town)]


def region_elsewhere(name: str) -> bool:
    """True when ``name`` is a region (ISO 3166-2) of a country none of its towns lies in
    ("Colorado": a US state, a Brazilian town), or of several countries."""
    regions = gazetteer.subdivision_countries(name)
    return bool(regions) and not (len(regions) == 1 and regions & {h.country for h in gazetteer.cities(name)})


def alternate_only(name: str) -> bool:
    """True when the gazetteer knows ``name`` only as another town's alternate name ("Highlands"
    for Highland, "Big" for Biga); "the Hague" is The Hague's."""
    return not any(h.exact or gazetteer.fold(h.name) in (gazetteer.fold(name), "the " + gazetteer.fold(name))
                   for h in gazetteer.cities(name))


def foreign_to(town: str, text: str) -> bool:
    """The text names countries and none is the town's: a venue named after a town elsewhere."""
    named = countries_in_text(text)
    countries = {h.country for h in gazetteer.cities(town)}
    return bool(named) and bool(countries) and not countries & named


_UPPER = "[A-ZÀ-ÖØ-ÞĀĄĆČĎĐĒĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ]"
#: "from the Aga Khan Hospital in", "from the local branch of the Red Cross in": a name that "from"
#: opens, then "in"; not "live from", "broadcast from" (the event's own place), nor a day after "from".
_FROM_NAME = re.compile(
    r"\bfrom\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?=(?:[\w’'.&\-]+\s+)*?" + _UPPER + r")"
    r"(?:(?:" + _UPPER + r"[\w’'.&\-]*|\([A-Z][\w.\-]*\)|of|for|and|the|on|de|du|des|del|la|local"
    r"|nearby|regional|district|national|branch|group|office|team)\s+){1,9}$")
#: Words before "from" that make the place after it the event's own: it is broadcast from there,
#: sets off from there, or has support from an office there (a host).
_FROM_HERE = re.compile(
    r"\b(?:live|broadcast|streamed|televised|transmitted|reporting|set(?:s|ting)?\s+(?:off|out)|start(?:s|ed|ing)?"
    r"|depart(?:s|ed|ing)?|left|leaves|leaving|beg[ai]n|begins|kick(?:s|ed)\s+off|march(?:ed|es)?|walk(?:ed|s)?"
    r"|ran|rode|support|backing|help|assistance|funding|grant)\b[^,;]*$", re.IGNORECASE)
_DAYS_MONTHS = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
                          r"|April|May|June|July|August|September|October|November|December)\b")


def origin_before(text: str, pos: int) -> bool:
    """True when the "in X" at ``pos`` closes a name that "from" opens: where people or things came
    from ("doctors from the Aga Khan Hospital in Mombasa"), not where the event was."""
    if "from" not in text[max(0, pos - 120):pos]:
        return False
    m = _FROM_NAME.search(text, max(0, pos - 120), pos)
    return m is not None and not _DAYS_MONTHS.search(m.group(0)) and not _FROM_HERE.search(
        text, max(0, m.start() - 50), m.start())


#: A building's name that a place word introduces, just before "in": "toured Lewanika General Hospital
#: in", "in the lecture hall of the State Polytechnic College in", "inside the National Library in".
_BUILDING_BEFORE_IN = re.compile(
    r"(?:\b(?:at|in|inside|outside|toured|tours|touring|visited|visits|visiting)\s+|\b(?:halls?|auditorium|campus"
    r"|grounds|premises|library|gymnasium|gym|courtyard|compound|chapel|quadrangle|lawns?|wards?|theatre|theater"
    r"|aula|foyer|atrium|lobby|basement|rooftop|forecourt)\s+of\s+)(?:the\s+)?"
    # up to two parts of an address first: "at the Mall of Bays, Hall 4, the Harbour Convention Center in X"
    r"(?:(?:[A-Z][\w’'.&\-]*|\d{1,3}|of|the)(?:\s+(?:[A-Z][\w’'.&\-]*|\d{1,3}|of|the)){0,4},\s+){0,2}(?:the\s+)?"
    r"(?:(?:[A-Z][\w’'.&\-]*|of|for|and|the|de)\s+){0,6}"
    r"(?:College|University|Hospital|School|Museum|Library|Institute|Academy|Centre|Center|Station|Club|Hotel"
    r"|Stadium|Arena|Auditorium|Theatre|Theater|Complex)\s+$")


def building_in_town(text: str, pos: int) -> bool:
    """True when the "in X" at ``pos`` tells the town of a building the sentence puts people in or at
    ("toured Lewanika General Hospital in Mongu"), not an organisation's branch ("organised by the OSCE
    Office in Dushanbe", "the principal of the Girls' School in Eldoret")."""
    return _BUILDING_BEFORE_IN.search(text, max(0, pos - 160), pos) is not None


def origin_country(name: str, whole: str) -> str | None:
    """The country of the town an origin names (the leading words of ``name`` that are a town): the one
    country all towns of that name lie in, else the one of them the text names."""
    from .place_names import lookup

    hit = lookup(name)
    if not hit or hit[0] != "city":
        return None
    found = {h.country for h in gazetteer.cities(hit[1])}
    found = found if len(found) == 1 else found & countries_in_text(whole)
    return found.pop() if len(found) == 1 else None


_INSTITUTION_HEADS = {"University", "College", "Polytechnic", "Hospital", "School", "Institute", "Academy", "Campus",
                      "Clinic", "Seminary", "Universidad", "Université", "Universidade", "Università"}


def institution_words(words: list[str]) -> bool:
    """True when the words before a venue's last word name an institution, by an acronym or a head word
    ("KEFRI Kitui", "Moi University Eldoret"), so that the last word may be its town; a person's name
    ("Morgan Lewis") or a venue kind and its own name ("Teatro Independencia", "Café Paris") are not."""
    return any((len(w) >= 2 and w.replace("-", "").isupper() and w.isalpha()) or w in _INSTITUTION_HEADS
               for w in words)


#: A German institution's one-word name, then its town: "Stadtbibliothek Görlitz", "Kunsthalle Bremen",
#: "Staatstheater Kassel", "Landesmuseum Hannover".
_INSTITUTION_TOWN = re.compile(
    r"\b(?P<venue>[A-ZÄÖÜ][a-zäöüß]+(?:bibliothek|bücherei|museum|halle|theater|haus|zentrum|galerie|archiv|schule"
    r"|akademie|universität|kirche|stadion|saal|forum|arena|oper)\s+(?P<town>[A-ZÄÖÜ][\w’'\-]+))"
    r"(?![\w’'\-]|\s+[A-ZÄÖÜ])")


def institution_towns(text: str) -> list[tuple[str, str, int]]:
    """(town, venue, offset) for each German institution named by its kind and its town, the town a
    known one ("the Stadtbibliothek Lindau showed its collection")."""
    out = []
    for m in _INSTITUTION_TOWN.finditer(text):
        hits = gazetteer.cities(m["town"])
        if hits and hits[0].exact:
            out.append((m["town"], m["venue"], m.start()))
    return out
