"""Records for the harvesting tests, made with the project's own writers (Record -> dc.xml,
JSON-LD, BagIt) without running extraction, so many can be made quickly; and a server running
in a thread for the tests that harvest over loopback."""

from __future__ import annotations

import hashlib
import json
import threading
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from archive.bag.writer import bag_files, write_bag
from archive.pack.article import record_files
from archive.read.article import Article
from archive.record.model import RECORD_NAMESPACE, Event, Organization, Place, Record, country_name, record_id_for

COUNTRIES = ["TM", "KZ", "UZ", "TJ", "KG", "UA", "RS", "MK"]
CITIES = ["Ashgabat", "Astana", "Tashkent", "Dushanbe", "Bishkek", "Kyiv", "Belgrade", "Ohrid"]
ORGS = ["OSCE Programme Office", "United Nations Office on Drugs and Crime (UNODC)",
        "European Union", "Ministry of Justice"]


def make_record(i: int, *, edition: int = 0, event: bool = True) -> tuple[Article, Record]:
    """Record number ``i``; another ``edition`` changes its metadata but not its id."""
    year = 2013 + i % 11
    day = f"{year}-03-{1 + i % 27:02d}"
    headline = f"Workshop {i} on border security in {CITIES[i % 8]}"
    raw = f"{headline}\n\nThe workshop took place on {day} in {CITIES[i % 8]}.\n".encode()
    sha = hashlib.sha256(raw).hexdigest()
    name = f"article-{i:05d}.txt"
    article = Article(path=Path(name), raw=raw, media_type="text/plain", encoding="utf-8",
                      headline=headline, text=raw.decode())
    ev = None
    if event:
        code = COUNTRIES[i % 8]
        ev = Event(identifier=f"urn:uuid:{uuid.uuid5(RECORD_NAMESPACE, sha + '#event')}",
                   event_type="EducationEvent", name=f"Border security workshop {i}",
                   description=f"A two-day workshop, number {i}.", start_date=day,
                   end_date=f"{year}-03-{2 + i % 27:02d}", attendance_mode="offline",
                   place=Place(locality=CITIES[i % 8], country_code=code,
                               country_name=country_name(code)),
                   organizers=(Organization.from_name(ORGS[i % 4]),),
                   partners=(Organization.from_name(ORGS[(i + 1) % 4]),),
                   audience_count=20 + i % 30)
    record = Record(record_id=record_id_for(headline, sha),
                    identifier=f"urn:uuid:{uuid.uuid5(RECORD_NAMESPACE, sha)}", sha256=sha,
                    file_name=name, media_type="text/plain", headline=headline,
                    description=f"Officers met in {CITIES[i % 8]} & discussed <borders>"
                                + (f" (edition {edition})." if edition else "."),
                    published=f"{year}-03-{3 + i % 27:02d}",
                    publisher=Organization.from_name("OSCE"),
                    source_url=f"https://www.example.org/news/{i}", language="en",
                    keywords=("border security", "training"), event=ev)
    return article, record


def write_record_bag(out_dir: Path, i: int, *, edition: int = 0, event: bool = True) -> Path:
    """Write bag number ``i`` into ``out_dir`` as ``archive pack`` would, but without the
    provenance tag files (no extraction ran, so there is no extraction report)."""
    article, record = make_record(i, edition=edition, event=event)
    target = out_dir / record.record_id
    write_bag(target, record_files(article, record, target),
              (article.name, article.path, record.sha256))
    return target


def write_bare_bag(out_dir: Path, name: str, *, with_dc: bool) -> Path:
    """A bag with no dates, places or organisations (no sets); optionally without dc.xml."""
    raw = f"Untitled note {name}\n".encode()
    payload = {"note.txt": raw, "event.jsonld": json.dumps({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": f"Note {name}",
        "identifier": f"urn:uuid:{uuid.uuid5(RECORD_NAMESPACE, name)}"}).encode()}
    if with_dc:
        payload["dc.xml"] = (
            b'<?xml version="1.0" encoding="UTF-8"?>\n<oai_dc:dc xmlns:oai_dc='
            b'"http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/'
            b'elements/1.1/"><dc:title>Note ' + name.encode() + b"</dc:title></oai_dc:dc>\n")
    files = bag_files(payload, [("External-Description", f"Note {name}"),
                                ("Internal-Sender-Identifier", "note.txt"),
                                ("Bagging-Date", "2024-01-02")])
    target = out_dir / f"note-{name}"
    write_bag(target, files, ("note.txt", Path("note.txt"), hashlib.sha256(raw).hexdigest()))
    return target


def fixed(stamp: str):
    return lambda: stamp


@contextmanager
def running(prepared: Any) -> Iterator[Any]:
    """Serve ``prepared`` (from archive.harvest.serve.prepare) in a thread; stop it afterwards."""
    thread = threading.Thread(target=prepared.run, daemon=True)
    thread.start()
    try:
        yield prepared
    finally:
        prepared.close()
        thread.join(timeout=5)
