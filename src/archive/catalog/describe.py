"""Reading a bag into a catalog ``Entry``: from its files on disk, or from the bytes its writer
just wrote. Every column comes from the bag's own files."""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from archive.catalog.entry import Entry, utc_stamp
from archive.record.qdc import BagMetadata, article_of, is_event, parse_dc, place_parts, read_bag_metadata

TAG_MANIFEST = "tagmanifest-sha512.txt"


def is_bag(path: Path) -> bool:
    return path.is_dir() and (path / "bagit.txt").is_file() and not path.name.startswith(".")


def find_bags(records_dir: Path) -> list[Path]:
    """Bags directly under ``records_dir`` (staging folders are hidden and skipped)."""
    if not records_dir.is_dir():
        return []
    return sorted(p for p in records_dir.iterdir() if is_bag(p))


def survey(records_dir: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The bags directly under ``records_dir`` the catalog can read, and every other folder
    there with the reason it is not one: nothing in a records folder is skipped unnamed.
    Hidden folders (other than a staging folder left by an interrupted pack) are ignored."""
    from archive.bag.writer import STAGING_PREFIX

    bags: list[Path] = []
    left_out: list[tuple[Path, str]] = []
    if not records_dir.is_dir():
        return bags, left_out
    for path in sorted(p for p in records_dir.iterdir() if p.is_dir()):
        if path.name.startswith(STAGING_PREFIX):
            left_out.append((path, "an unfinished bag left by an interrupted 'archive pack'"))
        elif path.name.startswith("."):
            continue
        elif (reason := _not_a_bag(path)) is not None:
            left_out.append((path, reason))
        else:
            bags.append(path)
    return bags, left_out


def _not_a_bag(path: Path) -> str | None:
    try:
        names = set(os.listdir(path))
    except OSError as exc:
        return f"cannot read the folder: {exc.strerror or exc}"
    if not names:
        return "an empty folder, not a bag"
    if "bagit.txt" not in names:
        return "not a bag: no bagit.txt"
    if not any(n.startswith("manifest-") and n.endswith(".txt") for n in names):
        return "not a complete bag: no payload manifest (manifest-sha512.txt)"
    if TAG_MANIFEST not in names:
        return f"not a complete record: no {TAG_MANIFEST}"
    if not (path / "data").is_dir():
        return "not a complete bag: no data/ folder"
    return None


def tag_digest(bag: Path) -> str:
    """SHA-512 of the tag manifest: it covers bag-info.txt and every payload checksum."""
    return hashlib.sha512((bag / TAG_MANIFEST).read_bytes()).hexdigest()


def bag_info(bag: Path) -> dict[str, str]:
    """bag-info.txt labels (first value of each; continuation lines are joined)."""
    return parse_bag_info((bag / "bag-info.txt").read_text(encoding="utf-8"))


def parse_bag_info(text: str) -> dict[str, str]:
    info: dict[str, str] = {}
    last: str | None = None
    for line in text.splitlines():
        if line[:1] in (" ", "\t") and last:
            info[last] += " " + line.strip()
        elif ":" in line:
            label, value = line.split(":", 1)
            last = label.strip()
            info.setdefault(last, value.strip())
    return info


def _slug(text: str) -> str:
    from archive.record.model import slugify

    return slugify(text, limit=64)


def _country_name(code: str) -> str | None:
    try:
        from archive.record.model import country_name

        return country_name(code)
    except (ImportError, LookupError, KeyError):
        return None


def _names(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value] if value else []
    return [str(i["name"]) for i in items if isinstance(i, dict) and i.get("name")]


def read_entry(bag: Path, first_packed: str, last_changed: str, *,
               info: dict[str, str] | None = None, digest: str | None = None) -> Entry:
    """Describe one bag from its files alone (``info`` and ``digest``: its bag-info.txt
    labels and tag manifest digest when the caller has just read them)."""
    if info is None:
        info = bag_info(bag)
    return _entry(bag.name, info, read_bag_metadata(bag), _bag_file_names(bag),
                  digest if digest is not None else tag_digest(bag), first_packed, last_changed)


def describe_bag(record_id: str, files: dict[str, bytes]) -> Entry:
    """Describe a bag from the bytes of its files (by relative path), as the writer holds
    them: the same entry ``read_entry`` reads back from disk, without reading anything.
    ``first_packed`` and ``last_changed`` are left empty for the catalog to fill in."""
    dc, jsonld = files.get("data/dc.xml"), files.get("data/event.jsonld")
    loaded = json.loads(jsonld) if jsonld else {}
    meta = BagMetadata(dc=parse_dc(dc) if dc else (),
                       jsonld=loaded if isinstance(loaded, dict) else {})
    info = parse_bag_info(files["bag-info.txt"].decode("utf-8"))
    digest = hashlib.sha512(files[TAG_MANIFEST]).hexdigest()
    return _entry(record_id, info, meta, sorted(files), digest, "", "")


def _entry(record_id: str, info: dict[str, str], meta: BagMetadata, files: list[str],
           digest: str, first_packed: str, last_changed: str) -> Entry:
    doc, article = meta.jsonld, article_of(meta.jsonld)
    event = is_event(doc)
    venue, locality, country = place_parts(doc) if event else (None, None, None)
    country = str(country).upper() if country else None
    country_name = _country_name(country) if country else None
    place = ", ".join(dict.fromkeys(p for p in (venue, locality, country_name or country) if p))
    publisher = (_names(article.get("publisher")) or [info.get("Source-Organization", "")])[0]
    orgs: list[str] = []
    if event:
        for key in ("organizer", "contributor", "funder"):
            orgs.extend(_names(doc.get(key)))
    if publisher:
        orgs.append(publisher)
    orgs = list(dict.fromkeys(orgs))
    start = doc.get("startDate") if event else None
    published = article.get("datePublished")
    dated = start or published or ""
    year = dated[:4] if dated[:4].isdigit() else None
    titles = meta.dc_values("title")
    title = (titles[0] if titles else article.get("headline")
             or info.get("External-Description") or record_id)
    sets: list[tuple[str, str]] = []
    if year:
        sets += [("year", "Year"), (f"year:{year}", year)]
    if country:
        sets += [("country", "Country"), (f"country:{country}", country_name or country)]
    if orgs:
        sets.append(("org", "Organisation"))
        for org in orgs:
            sets.append((f"org:{_slug(org)}", org))
    return Entry(
        record_id=record_id,
        identifier=str(article.get("identifier") or info.get("External-Identifier") or ""),
        title=str(title),
        event_name=doc.get("name") if event else None,
        event_type=doc.get("@type") if event else None,
        start_date=start,
        end_date=doc.get("endDate") if event else None,
        place=place or None,
        country=country,
        country_name=country_name,
        organisations=tuple(orgs),
        publisher=publisher or None,
        published=published,
        language=article.get("inLanguage"),
        original=info.get("Internal-Sender-Identifier") or str(article.get("name") or ""),
        source_url=article.get("url"),
        year=year,
        sort_date=dated,
        bagging_date=info.get("Bagging-Date"),
        first_packed=first_packed,
        last_changed=last_changed,
        tag_digest=digest,
        files=tuple(files),
        sets=tuple(dict.fromkeys(sets)),
    )


def _bag_file_names(bag: Path) -> list[str]:
    """Every file under the bag, relative, sorted. A bag of plain files (tag files and a
    data/ folder of plain files, which is what pack writes) is listed with two scandirs;
    anything else (links, deeper folders) takes the general path."""
    from archive.bag.writer import bag_file_sizes

    sizes = bag_file_sizes(bag)
    if sizes is not None:
        return sorted(sizes)
    return sorted(p.relative_to(bag).as_posix() for p in bag.rglob("*") if p.is_file())


def bagging_stamp(bag: Path, info: dict[str, str] | None = None) -> str | None:
    try:
        return date_stamp((bag_info(bag) if info is None else info).get("Bagging-Date"))
    except (OSError, ValueError):
        return None


def date_stamp(date: str | None) -> str | None:
    """A Bagging-Date as an OAI-PMH datestamp (midnight UTC), None when it is no date."""
    try:
        return f"{_dt.date.fromisoformat(date or '').isoformat()}T00:00:00Z"
    except ValueError:
        return None


def mtime_stamp(bag: Path) -> str:
    stat = (bag / TAG_MANIFEST).stat()
    return utc_stamp(_dt.datetime.fromtimestamp(int(stat.st_mtime), _dt.timezone.utc))
