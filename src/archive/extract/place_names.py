"""What a name in a place phrase is: a country or a known town (``lookup``), which country a
town lies in (``city_country``), the countries an article names, a town the gazetteer lacks
named with its region ("at Chikkaballapur in Karnataka"), and the words that show a name
belongs to an organisation ("OSCE Office in Tajikistan"). ``places`` builds on these.
"""

from __future__ import annotations

import functools
import re

from . import gazetteer, nations
from .orgnames import HEAD_WORDS
from .text import Doc

ORG_SUFFIX_WORDS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                     "Sunday", "January", "February", "March", "April", "May", "June", "July",
                     "August", "September", "October", "November", "December", "Today",
                     "Participants", "Officials"}
ORG_HEADS = HEAD_WORDS | {
    "Co-ordinator", "Coordinator", "Representative", "Representation", "Team", "Unit", "Group",
    "Division", "Section", "Branch", "Company", "Corporation", "Initiative", "Facility",
    "Project", "Operation", "Offices", "Missions", "Headquarters", "Centres", "Centers"}
_WORD_BEFORE = re.compile(r"([\w’'\-().]+)[\s,]*$")
_WORD_GAP = re.compile(r"(?<=\S)(?=[ \-])")
_CAPITALISED = re.compile(r"\b([A-Z][\w’'\-]+)(?:\s[A-Z][\w’'\-]+)?")
def lookup(name: str, folded: bool = False) -> tuple[str, str, str | None] | None:
    """Longest leading run of ``name`` words that is a country or city.

    Returns (kind, matched text, country code) with kind "country" or "city".
    """
    words = _WORD_GAP.split(name)
    for n in range(len(words), 0, -1):
        cand = "".join(words[:n]).strip()
        if cand.endswith("’s") or cand.endswith("'s"):
            cand = cand[:-2]
        if not cand:
            continue
        cc = gazetteer.country_code(cand) if not folded else gazetteer.country_code_loose(cand)
        if cc:
            return "country", cand, cc
        hits = gazetteer.cities(cand, folded=folded) or _unmarked(cand)
        if hits:
            return "city", cand, None
    return None


def _unmarked(name: str) -> list[gazetteer.City]:
    """The towns of a capitalised name written with marks the gazetteer's spelling lacks ("Hội An"
    for Hoi An, "Bogotá" for a table that spells it "Bogota"); [] for a name in plain ASCII."""
    if name.isascii() or not name[:1].isupper():
        return []
    return [h for h in gazetteer.cities(name, folded=True) if h.name[:1].isupper()]


def city_country(name: str, doc: Doc, folded: bool = False) -> str | None:
    """The country of the city ``name``; when cities of that name lie in several countries,
    the one the article mentions (the most populous such city)."""
    hits = gazetteer.cities(name, folded=folded) or _unmarked(name)
    if not hits:
        return None
    if all(h.country == hits[0].country for h in hits):
        return hits[0].country  # nothing to choose: the article's countries are not needed
    mentioned = context_countries(doc)
    exact = [h for h in hits if h.exact] or hits
    for group in (exact, hits):
        in_ctx = [h for h in group if h.country in mentioned]
        if in_ctx:
            return max(in_ctx, key=lambda h: h.population).country
    if any(h.country == "US" for h in exact) and len(_US_USAGE.findall(doc.text[:6000])) >= 2:
        return "US"  # "Police Department", "County Sheriff", "11 a.m.": an American town
    return hits[0].country


#: Words and forms of American usage: a tie-breaker between towns of one name, never a place.
_US_USAGE = re.compile(r"\b(?:Police\s+Department|County\s+Sheriff|Sheriff['’]s\s+Office|Fire\s+Department"
                       r"|[Cc]enter\b|[Cc]enters\b|\d{1,2}\s*[ap]\.m\.|ZIP|zip\s+code|Jan\.|Feb\.|Aug\.|Sept?\."
                       r"|Oct\.|Nov\.|Dec\.|[Oo]rganization|[Pp]rogram\b|[Nn]eighborhoods?\b|[Cc]olor\b"
                       r"|[Hh]onor(?:s|ed)?\b|city\s+council\s+member|[Ss]tate\s+[Rr]ep\.)")


def org_suffix(sent_text: str, pos: int) -> bool:
    """True when 'in X' at ``pos`` continues an organisation name ('OSCE Office in X')."""
    m = _WORD_BEFORE.search(sent_text, 0, pos)
    if not m:
        return False
    word = m.group(1).strip("(),.")
    if not word or word in ORG_SUFFIX_WORDS:
        return False
    if m.start(1) == 0:
        return False
    # An organisation's head word or acronym ("OSCE Office in X", "UNDP in X"); a venue's
    # own name does not hide its city ("the Bundestag in Berlin").
    return (word in ORG_HEADS or word.rstrip("'s’") in ORG_HEADS or word.endswith(")")
            or (len(word) > 1 and word.replace("-", "").isupper()))


_NAME_RUN = re.compile(r"(?:(?:[A-Z][\w’'-]*|of|on|for|and|the)\s+){1,7}$")


_REGION_AFTER = re.compile(r"(?:,\s*|\s+in\s+(?:the\s+)?)(?P<region>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)")


def town_in_region(text: str, m: re.Match[str], has_verb: bool) -> tuple[str, str | None, str] | None:
    """A town the gazetteer does not know, named with its region in an event's sentence
    ("at Chikkaballapur in Karnataka"): (town as written, the region's country, evidence)."""
    if not has_verb or m.group("prep") not in ("in", "at"):
        return None
    town = m.group("name").split()[0] if " " in m.group("name") else m.group("name")
    if not town[:1].isupper() or town in ORG_HEADS or gazetteer.country_code(town):
        return None
    end = m.start("name") + len(town)
    unit = _ADMIN_UNIT_AFTER.match(text, end)
    if unit or _STREET_BEFORE.search(text, max(0, m.start() - 80), m.start()):
        # "held in Bida, Lavun Local Government Area", "12 Station Road in Box Hill":
        # a town by its setting; its country from a region the sentence names, else the text's
        return town, region_country(text), text[m.start():unit.end() if unit else end]
    written = nations.region_after(town, text[end:])  # "Bowral, N.S.W."
    if written:
        return town, written[0], text[m.start():end + len(written[1])]
    after = _REGION_AFTER.match(text, end)
    if not after:
        return None
    region = after.group("region")
    cc = gazetteer.subdivision_country(region) or gazetteer.country_code(region)
    if cc is None and " " in region:
        region = region.split()[0]
        cc = gazetteer.subdivision_country(region) or gazetteer.country_code(region)
    return (town, cc, text[m.start():after.end()]) if cc else None


#: A local administrative unit after a town: ", Irepodun Local Government Area".
_ADMIN_UNIT_AFTER = re.compile(
    r",\s*[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?\s+(?:Local\s+Government\s+Area|LGA|District|Municipality"
    r"|Sub-?[Cc]ounty|Township|Prefecture|Governorate|Oblast|Rayon|Tehsil|Taluka)\b")
#: A street address just before "in": "379-397 Whitehorse Road in".
_STREET_BEFORE = re.compile(
    r"\b\d[\d-]*\s+(?:[A-Z][\w'-]*\s+){1,3}(?:Road|Street|St\.|Avenue|Ave\.|Boulevard|Blvd\.|Drive|Lane"
    r"|Highway|Parade|Place|Way)\s*,?\s*$")
_CAPITAL_WORD = re.compile(r"\b[A-Z][\w-]+(?:'(?!s\b)[\w-]+)?")


#: Words of geography that name a region of some country but say nothing on their own.
_GEOGRAPHIC_WORDS = {"North", "South", "East", "West", "Central", "Coast", "Capital", "Northern", "Southern",
                     "Eastern", "Western", "Upper", "Lower", "Islands", "Lakes", "Valley", "River", "Mountain",
                     "Highlands", "Plateau", "Delta", "Border", "Lake", "Sea", "Bay", "Island"}


def region_country(text: str) -> str | None:
    """The country of the one region (ISO 3166-2) or country ``text`` names, if just one."""
    found = {cc for w in _CAPITAL_WORD.findall(text) if w not in _GEOGRAPHIC_WORDS
             for cc in [gazetteer.subdivision_country(w) or gazetteer.country_code(w)] if cc}
    return found.pop() if len(found) == 1 else None


def ends_org_name(sent_text: str, pos: int) -> bool:
    """'in <Country>' closing a longer name with an organisation's head word ("the Regional
    Training Centre on Migration in Azerbaijan", "the Office for Democratic Institutions
    in Poland"): a country at the end of a name is the organisation's, not the venue."""
    run = _NAME_RUN.search(sent_text, 0, pos)
    return run is not None and any(w in ORG_HEADS for w in run.group(0).split())


#: The abbreviations of US states that news style puts after a town ("Savannah, Ga.").
US_STATE = re.compile(
    r",\s+(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo"
    r"|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|Wash"
    r"|W\.Va|Wis|Wyo)\.(?=[\s,)])")


IN_US_STATE = re.compile(r"((?:['’]s)?\s+County)?" + US_STATE.pattern)


def context_countries(doc: Doc) -> set[str]:
    return set(countries_in_text(doc.text))


@functools.lru_cache(maxsize=8)
def countries_in_text(text: str) -> frozenset[str]:
    """The countries a text names, by name or by a US state (read once per text)."""
    found: set[str] = set()
    if US_STATE.search(text[:8000]):
        found.add("US")
    for m in _CAPITALISED.finditer(text[:8000]):
        # one or two capitalised words; else the first alone
        whole, first = m.group(0), m.group(1)
        cc = gazetteer.country_code(whole) or (gazetteer.country_code(first) if first != whole else None)
        if cc:
            found.add(cc)
    return frozenset(found)
