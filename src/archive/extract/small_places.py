"""Towns of the second gazetteer tier (``small_towns``: 1,000 to 15,000 people) read only where
the text's own wording says a name is a place, and only in a country the text names.

The cues: an event verb just before the place ("held in X", "took place in X"), a word for a
town ("the town of X", "the fishing village of X"), a venue's town ("at the Y Hall in X"), a
comma after which the text names X's country or region ("X, Guyana", "X, Nova Scotia"), a
described town that hosts ("the border town of X will welcome visitors") and a dateline.
A bare capitalised word never is one: many small towns are named "College", "Council" or
"Williams".
"""

from __future__ import annotations

import re

from . import gazetteer, nations, place_cues, small_towns
from .orgnames import HEAD_WORDS
from .place_names import ORG_SUFFIX_WORDS, countries_in_text

_CAPITALISED = re.compile(r"\b[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+)*")
#: Words of geography that name some country's region but say nothing on their own.
_GEOGRAPHIC = {"North", "South", "East", "West", "Central", "Coast", "Capital", "Northern", "Southern", "Eastern",
               "Western", "Upper", "Lower", "Islands", "Lakes", "Valley", "River", "Mountain", "Highlands",
               "Plateau", "Delta", "Border", "Lake", "Sea", "Bay", "Island", "Centre", "Center", "Region", "City"}


#: Kinds of ISO 3166-2 subdivision a text names as a region of its country ("Nova Scotia",
#: "Kwara State"); municipalities, boroughs and parishes are often named like common words
#: ("Paul", "Bar", "Most", "Reading").
_MAJOR_KINDS = {"Province", "State", "Region", "County", "Territory", "Union territory", "Autonomous region",
                "Autonomous community", "Regional state", "Governorate", "Prefecture", "Department", "Land",
                "Voivodship", "Canton", "Oblast", "Administrative region", "Autonomous republic", "Republic",
                "Two-tier county", "Country", "Emirate", "Division", "Capital district", "Federal district",
                "Capital territory", "Autonomous province", "Dependency", "Island", "Island council"}
_MAJOR: dict[str, set[str]] | None = None


def _major_regions() -> dict[str, set[str]]:
    """Name -> the countries with a major subdivision of that name (read once)."""
    global _MAJOR
    if _MAJOR is None:
        import pycountry

        _MAJOR = {}
        for sub in pycountry.subdivisions:
            if sub.type in _MAJOR_KINDS or (sub.parent_code is None and sub.type == "District"):
                _MAJOR.setdefault(sub.name, set()).add(sub.country_code)
    return _MAJOR


def named_countries(whole: str) -> frozenset[str]:
    """The countries the text names: by name (or a US state's abbreviation), by adjective
    ("Guyanese"), or by a region that only one country has ("Nova Scotia")."""
    found = set(countries_in_text(whole)) | nations.countries_named(whole[:8000])[0]
    for m in _CAPITALISED.finditer(whole[:8000]):
        words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in m.group(0).split()]
        i = 0
        while i < len(words):
            for n in range(min(3, len(words) - i), 0, -1):
                name = " ".join(words[i:i + n])
                if name in _GEOGRAPHIC or name in HEAD_WORDS:
                    continue
                regions = _major_regions().get(name, set())
                if len(regions) == 1:
                    found |= regions
                    i += n - 1
                    break
            i += 1
    return frozenset(found)


def _plausible(name: str) -> bool:
    """A name the second tier may be asked about: capitalised words, none of them a country,
    a region, an organisation's head word, a month or a day."""
    words = name.split()
    return bool(words) and all(w[:1].isupper() for w in words) and not (
        gazetteer.country_code(name) or name in _major_regions() or gazetteer.cities(name)
        or any(w in HEAD_WORDS or w in ORG_SUFFIX_WORDS or nations.demonym_country(w) for w in words))


def small_town(run: str, whole: str, folded: bool = False) -> tuple[str, str] | None:
    """(town as written, country) for the longest leading run of ``run``'s words (up to three)
    that names a small town in one of the countries ``whole`` names; None otherwise."""
    words = run.split()[:3]
    countries: frozenset[str] | None = None
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n]).rstrip(".,;:")
        if len(name) < 3 or not _plausible(name):
            continue
        if countries is None:
            countries = named_countries(whole)
            if not countries:
                return None
        town = small_towns.town_in(name, countries, folded)
        if town:
            return name, town.country
    return None


def comma_region(town: str, after: str) -> tuple[str, str] | None:
    """(country, evidence tail) when ``after`` opens with ", <Country or region>" ("Lethem,
    Guyana", "Antigonish, N.S.") and a small town named ``town`` lies in that country."""
    written = nations.region_after(town, after)
    if not written or not _plausible(town):
        return None
    cc, tail = written
    return (cc, tail) if any(t.country == cc for t in small_towns.towns(town)) else None


#: A town's name then a venue's or a region's word: "Williams Hall", "Kent County".
_NOT_TOWN_AFTER = re.compile(r"^\s*(?:[A-Z][\w’'\-]*\s+){0,2}(?:Hall|Centre|Center|Room|Hotel|Stadium|Arena|Park"
                             r"|Library|Museum|University|College|School|Station|Hospital|Theatre|Theater"
                             r"|Church|Auditorium|Campus|Building|Gallery|Club|Plaza|Institute|Academy|Street"
                             r"|Road|Avenue|Square|County|District|Region|Province|State|Council|Office)\b"
                             r"|^['’]s\b|^-|^\s+(?:county|district|region|province|state|street|road)\b")


def not_town_after(after: str) -> bool:
    """True when ``after`` shows the name before it belongs to a venue, a street or a region."""
    return _NOT_TOWN_AFTER.match(after) is not None


#: "the town of", "the border town of", "the fishing village of": the text calls the next name a town.
_KIND_OF = re.compile(r"\b(?:city|town|village|resort|settlement|hamlet|municipality|borough|suburb|port)\s+of\s+$")


#: A name after "in" that the text repeats this often is a town's ("in X" ... "the X Food Co-op" ... "X Lions Club").
_RECURS = 3


def after_cue(text: str, m: re.Match[str], whole: str, held: bool) -> tuple[str, str, str] | None:
    """(town, country, evidence) for a small town in a place phrase (a ``places._PLACE`` match)
    that says it is a place: after an event verb ("held in X"), a word for a town ("the
    town of X"), before its country or region ("in X, Guyana"), or after "in" when the text
    names it three times or more."""
    if m.group("prep") not in ("in", "at", "In", "At", "to", "visited", "visiting"):
        return None
    name, start = m.group("name"), m.start("name")
    described = bool(m.group("the")) and _KIND_OF.search(m.group("the")) is not None
    if m.group("the") and not described:
        return None  # "at the Williams centre"
    for n in range(min(3, len(name.split())), 0, -1):
        town = " ".join(name.split()[:n])
        end = start + len(town)
        comma = comma_region(town, text[end:])
        if comma:
            return town, comma[0], text[m.start():end + len(comma[1])]
        # "held in X", not "opened its campus at X" (a town's quarter, a venue's name)
        recurs = m.group("prep") in ("in", "In") and whole.count(town) >= _RECURS
        if ((held and m.group("prep") in ("in", "In", "to")) or described or recurs) and not not_town_after(
                text[end:]):
            found = small_town(town, whole)
            if found and found[0] == town:
                return town, found[1], text[m.start():end]
    return None


def venue_town(city: str, after: str, whole: str) -> tuple[str, str] | None:
    """(town, country) for the small town after a venue ("at the Civic Hall in X")."""
    found = small_town(city, whole)
    if found and not not_town_after(after[len(found[0]):]):
        return found
    return None


class _Surname:
    """Whether the text writes a name as a person's: after a capitalised word ("Ellen Kasane") or
    before a verb of saying ("Kasane said")."""

    def search(self, whole: str, name: str) -> bool:
        n = re.escape(name)
        return re.search(rf"\b[A-Z][\w’'\-]+[ \t]+{n}\b|\b{n}[ \t]+(?:said|says|told|added|noted)\b"
                         rf"|\b(?:Mr|Mrs|Ms|Dr)\.?[ \t]+{n}\b", whole) is not None


_PERSON = _Surname()


def described_host(cue: place_cues.Cue, text: str, whole: str) -> tuple[str, str] | None:
    """(town, country) for a hosting town the sentence calls a town ("the border town of X
    will welcome visitors"), or a one-word name the text never writes as a person's ("X will
    host the conference"), when it is a small town in a country the text names."""
    kind = _KIND_OF.search(text, 0, cue.offset)
    if (kind is None or kind.end() != cue.offset) and (" " in cue.name or _PERSON.search(whole, cue.name)):
        return None
    found = small_town(cue.name, whole)
    return found if found and found[0] == cue.name else None


def alternate_loses(town: str, whole: str) -> str | None:
    """The country of a small town named exactly ``town`` in a country the text names, when the
    first tier knows ``town`` only as another town's alternate name in countries the text does
    not name ("Gizo", a spelling of Giza, and a town of the Solomon Islands)."""
    hits = gazetteer.cities(town)
    if not hits or any(h.exact or gazetteer.fold(h.name) == gazetteer.fold(town) for h in hits):
        return None  # "Bogota" is Bogotá
    countries = named_countries(whole)
    if not countries or any(h.country in countries for h in hits):
        return None
    found = [t for t in small_towns.towns(town) if t.exact and t.country in countries]
    return found[0].country if found and all(t.country == found[0].country for t in found) else None


def not_elsewhere(town: str, cc: str | None) -> str | None:
    """``cc``, unless the second tier knows towns named ``town`` and none lies in ``cc`` ("traders
    from Norway came to the town of X", X a town of Scotland)."""
    if cc is None:
        return None
    found = small_towns.towns(town)
    return None if found and all(t.country != cc for t in found) else cc


def region_not_town(name: str, whole: str) -> str | None:
    """The country of the region ``name`` when the first tier also knows a town of that name, and
    the text names the region's country and none of the towns' ("across Cornwall" in a text that
    names Britain: the English county, not the Ontario town); None otherwise."""
    regions = gazetteer.subdivision_countries(name)
    if not regions:
        return None
    towns = {h.country for h in gazetteer.cities(name)}
    if regions & towns:
        return None
    named = named_countries(whole.replace(name, ""))  # the region's own name names no country here
    found = regions & named
    return next(iter(found)) if len(found) == 1 and not towns & named else None


def weighed_country(town: str, whole: str) -> str | None:
    """The one country, of those with a town named ``town``, whose regions (ISO 3166-2) the text names
    ("the northern town of Thurso" ... "the Highland Council": Scotland's, not Quebec's); None when
    none or several are so named."""
    options = {t.country for t in small_towns.towns(town) if t.exact} | {h.country for h in gazetteer.cities(town)}
    if len(options) < 2:
        return None
    support: dict[str, int] = {}
    for m in _CAPITALISED.finditer(whole[:8000]):
        words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in m.group(0).split()]
        for i in range(len(words)):
            for n in (2, 1):
                name = " ".join(words[i:i + n])
                if len(words[i:i + n]) < n or name == town or name in _GEOGRAPHIC or name in HEAD_WORDS:
                    continue
                regions = gazetteer.subdivision_countries(name)
                if len(regions) == 1 and (cc := next(iter(regions))) in options:
                    support[cc] = support.get(cc, 0) + 1
    return next(iter(support)) if len(support) == 1 else None
