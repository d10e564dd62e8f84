"""Records folders for the bundle tests: the committed sample bag and bags packed once per
session from corpus articles of every input kind (.txt, .md, .html)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from archive.pack import pack_paths

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_BAG = ROOT / "records" / "countering-illicit-trafficking-of-drugs-in-ce534749903e"
CORPUS = ROOT / "tests" / "data" / "corpus" / "articles"
#: One article of each kind, an event with a place and one with a venue, and a non-event.
ARTICLES = ("al-shkoder-community-safety-forum-2016.txt", "bomca-brussels-study-visit-may-2024.md",
            "ee-tartu-migration-research-conference-2024.html", "kg-bishkek-digital-evidence-2022.txt")


@pytest.fixture(scope="session")
def packed_records(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A records folder (read-only for the tests): the sample bag and four packed articles."""
    folder = tmp_path_factory.mktemp("bundle-records")
    inputs = folder / "in"
    inputs.mkdir()
    for name in ARTICLES:
        shutil.copy2(CORPUS / name, inputs / name)
    records = folder / "records"
    mp = pytest.MonkeyPatch()
    mp.setenv("SOURCE_DATE_EPOCH", "1700000000")
    mp.setenv("ARCHIVE_CACHE_DIR", str(folder / "cache"))
    try:
        summary = pack_paths([inputs], records, catalog=False)
    finally:
        mp.undo()
    assert summary.failed == 0 and summary.total == len(ARTICLES)
    shutil.copytree(SAMPLE_BAG, records / SAMPLE_BAG.name)
    return records


@pytest.fixture
def records(packed_records: Path, tmp_path: Path) -> Path:
    """A private copy of ``packed_records`` that a test may change."""
    copy = tmp_path / "records"
    shutil.copytree(packed_records, copy)
    return copy


def seed_rocrate_context(cache: Path, url: str) -> None:
    """Store the RO-Crate context ro-crate-py ships in a requests-cache SQLite file under
    ``url``, as roc-validator's HTTP cache would hold it after an online run (see
    tests/test_bundle_rocrate.py)."""
    import io
    import json

    import requests
    import requests_cache
    import rocrate
    from urllib3.response import HTTPResponse

    context = (Path(rocrate.__file__).parent / "data" / "ro-crate.jsonld").read_bytes()
    assert json.loads(context)["@id"] == url  # the context the crates name
    session = requests_cache.CachedSession(cache_name=str(cache), backend="sqlite", expire_after=-1)
    request = requests.Request("GET", url).prepare()
    raw = HTTPResponse(body=io.BytesIO(context), headers={"Content-Type": "application/ld+json"},
                       status=200, preload_content=False, request_url=url)
    response = requests.adapters.HTTPAdapter().build_response(request, raw)
    assert response.content == context
    session.cache.save_response(response)
    session.close()


def roc_validate(crate: Path, cache: Path) -> list[str]:
    """roc-validator's REQUIRED-level issues for ``crate`` (a folder or a zip), offline."""
    from rocrate_validator import services
    from rocrate_validator.models import ValidationSettings

    settings = ValidationSettings(rocrate_uri=str(crate), profile_identifier="ro-crate-1.3",
                                  requirement_severity="REQUIRED", offline=True, cache_path=cache)
    result = services.validate(settings)
    issues = [f"{i.check.identifier if i.check else '?'}: {i.message}" for i in result.get_issues()]
    assert result.passed() == (not issues)
    return issues


def bag_dirs(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_dir() and (p / "bagit.txt").is_file())


def tree_bytes(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` by relative path (to compare two outputs byte for byte)."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}
