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
