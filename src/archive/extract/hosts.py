"""The place of an event that names none: where its host stands ("the University of
Dayton", "Colorado State University", "the National Office for Palestine")."""

from __future__ import annotations

import re

from . import gazetteer, place_checks, small_places
from .place_names import lookup
from .places import Place, city_country
from .text import Doc

#: "University of Dayton" (the place after "of") and "Riverside Public Library" (before the kind).
_INSTITUTION_OF = (r"(?:the\s+)?(?:University|College|Museum|Library)\s+of\s+"
                   r"(?P<a>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)(?:\s+\([A-Z]{2,8}\))?")
_INSTITUTION_KIND = (r"(?:the\s+)?(?P<b>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)\s+(?:Public\s+Library|Museum\b"
                     r"|Police\s+Department|City\s+Council|Public\s+Schools|State\s+University|University"
                     r"|College|Hospital|Art\s+Gallery)")
_INSTITUTION_WORDS = f"{_INSTITUTION_OF}|{_INSTITUTION_KIND}"
_INSTITUTION = re.compile(rf"^(?:{_INSTITUTION_OF})$|^{_INSTITUTION_KIND}")
#: An office an organisation keeps in one country: "National Office for Palestine", "Mission to
#: Serbia", "Kenya Country Office".
_OFFICE_IN = re.compile(r"\b(?:Office|Mission|Delegation|Representation|Bureau)\s+(?:for|in|to)\s+(?:the\s+)?"
                        r"(?P<c>[A-Z][\w'-]+(?:\s[A-Z][\w'-]+){0,2})$"
                        r"|^(?:the\s+)?(?:[A-Z]{2,10}\s+)?(?P<c2>[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?)\s+Country\s+Office$")
#: An institution named as where something happens: "at the University of Dayton".
_AT_INSTITUTION = re.compile(rf"\b(?:at|on the campus of)\s+(?:{_INSTITUTION_WORDS})")
_INSTITUTION_IN = re.compile(rf"\b(?:{_INSTITUTION_WORDS})")


def _institution_place(where: str, name: str) -> Place | None:
    """A "State University" is named after its state; other institutions after their town."""
    if " State " in f" {name} " and gazetteer.subdivision_country(where):
        return Place(None, gazetteer.subdivision_country(where), None, name, -1, 0)
    if gazetteer.cities(where) and not gazetteer.country_code(where):
        return Place(where, None, None, name, -1, 0)
    cc = gazetteer.subdivision_country(where)
    return Place(None, cc, None, name, -1, 0) if cc else None


def place_of_host(names: tuple[str, ...], doc: Doc, named: tuple[str, ...] = (),
                  partners: tuple[str, ...] = ()) -> Place | None:
    """Where a local institution that hosts the event stands, when the text names no place:
    "the Riverside Public Library", "the University of Dayton" (a city), "Colorado State
    University" (a state: the country only). The hosts are the organisers; failing them, an
    institution the event's own name or the sentence reporting it (``named``) holds, or one
    the opening paragraphs say something happens at; failing all, the town a local organiser
    or partner is named by (``local_hosts_town``)."""
    for name in names:
        office = _OFFICE_IN.search(name)
        code = gazetteer.country_code(office["c"] or office["c2"]) if office else None
        if code:
            return Place(None, code, None, name, -1, 0)
    found = [(m, name) for name in names for m in [_INSTITUTION.match(name)] if m]
    found += [(m, m.group(0)) for text in named for m in _INSTITUTION_IN.finditer(text)]
    for start, end in doc.paragraphs[:2]:
        found += [(m, m.group(0)) for m in _AT_INSTITUTION.finditer(doc.text, start, end)]
    for m, name in found:
        words = (m.group("a") or m.group("b")).split()
        if words[-1] == "State":  # "Colorado State University"
            words.pop()
        # a capitalised word before the place is not part of it: "First Colorado State University"
        place = _institution_place(" ".join(words), name) if words else None
        if place is None and len(words) == 2:
            place = _institution_place(words[1], name)
        if place is not None:
            if place.city:
                place.country = city_country(place.city, doc)
            return place
    return local_hosts_town(names + partners, doc)


#: A local body named by its town: "Ballarat Rotary Club", "Shire of Broome", "Casa da Cultura de Paraty".
_TOWN_FIRST = re.compile(r"^(?:the\s+)?(?P<t>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)\s+[A-Z]")
#: A region's unit word after a name: "Vernon County Historical Society" is the county's.
_UNIT_AFTER = re.compile(r"\s+(?:County|District|Province|Region|State|Shire|Parish|Municipality|Oblast|Valley)\b")
_TOWN_LAST = re.compile(r"\s(?:of|de|da|do|di|du)\s+(?P<t>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)$")


def local_hosts_town(names: tuple[str, ...], doc: Doc) -> Place | None:
    """The town an organiser's name begins or ends with ("the Ballarat Rotary Club", "Shire of
    Broome"), when the text names that town again outside the organisers' names: a local body
    that holds its event at home. The town is a first-tier town or a small town in a country
    the text names; a country or a region is not one."""
    for name in names:
        for m in (_TOWN_FIRST.match(name), _TOWN_LAST.search(name)):
            if not m:
                continue
            words = m["t"].split()
            for n in range(len(words), 0, -1):
                town = " ".join(words[:n])
                if _UNIT_AFTER.match(name, m.start("t") + len(town)):
                    break
                place = _home_town(town, name, doc)
                if place:
                    return place
    return None


def _home_town(town: str, name: str, doc: Doc) -> Place | None:
    if gazetteer.country_code(town) or gazetteer.subdivision_countries(town) - {
            h.country for h in gazetteer.cities(town)}:
        return None  # "Kenya Red Cross", "Cornwall Council": a country's or a region's body
    mentions = sum(not _UNIT_AFTER.match(doc.text, m.end())
                   for m in re.finditer(rf"(?<![\w-]){re.escape(town)}(?![\w-])", doc.text))
    if mentions - doc.text.count(name) < 1:
        return None  # named only in the organisers' names
    hit = lookup(town)
    if hit and hit[0] == "city" and hit[1] == town and not place_checks.alternate_only(town):
        # (a word the gazetteer holds only as another town's second name opens many a name:
        # "Human Resource Directorate", "Old Town Traders")
        country = small_places.alternate_loses(town, doc.text) or city_country(town, doc)
        return Place(town, country, None, name, -1, 0) if country else None
    small = small_places.small_town(town, doc.text)
    if small and small[0] == town:
        return Place(town, small[1], None, name, -1, 0)
    return None
