"""A static, self-contained website of the catalogued records, for any web server to host.

Everything is derived from the catalog and the bags; nothing depends on the clock, the machine
or the order of the file system, so exporting unchanged records again writes identical bytes
(files whose bytes are unchanged are not even rewritten).

Layout of SITE::

    index.html, index-2.html ...   the collection, newest first, 100 records a page, with
                                   links to filtered pages and a search box (find.js over
                                   search.js, in the browser; the pages work without it)
    year/<YYYY>.html, country/<CC>.html, org/<slug>.html   the same list, filtered (no JS),
                                   paged the same way (year/2013-2.html ...)
    records/<id>/index.html        landing page: facts, JSON-LD, DC meta tags, links
    records/<id>/original/<name>   the original article, byte for byte
    records/<id>/dc.xml, event.jsonld, qdc.xml
    records/<id>/<id>.zip          the whole BagIt bag
    collection.jsonld              schema.org Dataset listing every record
    records.ndjson                 one JSON-LD document per line (the bags' event.jsonld)
    search.js, find.js             the search's records and code
    sitemap.xml, robots.txt

The HTML itself is written by ``archive.harvest.pages``.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from dataclasses import dataclass
from html import escape
from importlib import resources
from io import BytesIO
from pathlib import Path
from typing import Any
from urllib.parse import quote

from archive.catalog import Catalog, Entry, catalog_path
from archive.harvest.pages import (
    facets,
    landing_page,
    listing_pages,
    search_index,
)
from archive.harvest.pages import url as _url
from archive.record.qdc import parse_dc, write_qdc

#: zip entries carry this fixed time so the archive's bytes do not depend on when it was made
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)

@dataclass
class ExportReport:
    records: int = 0
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    site: str = ""

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


class _Writer:
    """Write a file only when its bytes differ, and count what happened."""

    def __init__(self, site: Path, report: ExportReport) -> None:
        self.site = site
        self.report = report

    def put(self, rel: str, data: bytes) -> None:
        path = self.site / rel
        try:
            if path.stat().st_size == len(data) and path.read_bytes() == data:
                self.report.unchanged += 1
                return
        except OSError:
            pass
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
        self.report.written += 1


def _original_name(bag: Path, entry: Entry) -> str | None:
    """The original's payload name, if it is a plain file name inside data/ (never a path)."""
    name = entry.original
    if not name or Path(name).name != name or name.startswith("."):
        return None
    return name if (bag / "data" / name).is_file() else None


def bag_zip(bag: Path) -> bytes:
    """The bag as a zip with its folder name at the root, fixed timestamps, sorted entries."""
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(p for p in bag.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"{bag.name}/{path.relative_to(bag).as_posix()}", ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, path.read_bytes())
    return buffer.getvalue()


def collection_document(entries: list[Entry], docs: dict[str, dict[str, Any]], base: str,
                        name: str) -> dict[str, Any]:
    """schema.org Dataset describing the collection, with every archived article as a part.

    The parts are the news articles (CreativeWorks, the range of ``hasPart``), each ``about``
    the event it reports; an Event itself is not a CreativeWork and cannot be a part.
    """
    parts = []
    for entry in sorted(entries, key=lambda e: e.record_id):
        doc = docs[entry.record_id]
        subject = doc.get("subjectOf")
        article: dict[str, Any] = subject if isinstance(subject, dict) else doc
        part: dict[str, Any] = {"@id": entry.identifier or article.get("identifier"),
                                "@type": article.get("@type") or "NewsArticle",
                                "headline": entry.title,
                                "url": _url(base, f"records/{quote(entry.record_id)}/")}
        if entry.event_type:
            event: dict[str, Any] = {"@id": doc.get("@id"), "@type": entry.event_type,
                                     "name": entry.event_name or entry.title}
            if entry.start_date:
                event["startDate"] = entry.start_date
            part["about"] = event
        parts.append(part)
    return {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "@id": _url(base, "collection.jsonld"),
        "name": name,
        "description": "Events reported in news articles, each archived as a BagIt bag with "
                       "Dublin Core and schema.org metadata.",
        "url": _url(base, "index.html"),
        "dateModified": max((e.last_changed for e in entries), default=None),
        "distribution": [{"@type": "DataDownload", "encodingFormat": "application/x-ndjson",
                          "contentUrl": _url(base, "records.ndjson")}],
        "hasPart": parts,
    }


def sitemap(entries: list[Entry], base: str) -> bytes:
    urls = [(_url(base, "index.html"), max((e.last_changed for e in entries), default=""))]
    urls += [(_url(base, f"records/{quote(e.record_id)}/"), e.last_changed)
             for e in sorted(entries, key=lambda e: e.record_id)]
    lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
             "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"]
    for loc, lastmod in urls:
        mod = f"<lastmod>{lastmod}</lastmod>" if lastmod else ""
        lines.append(f"<url><loc>{escape(loc)}</loc>{mod}</url>")
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def export_site(records_dir: Path, site: Path, base_url: str = "http://localhost:8000",
                name: str = "Event news archive", catalog_file: Path | None = None) -> ExportReport:
    """Write the static site for every record in the catalog of ``records_dir`` into ``site``
    (``catalog_file``: that catalog when it is not ``RECORDS/catalog.sqlite``)."""
    catalog = Catalog(catalog_file or catalog_path(records_dir))
    entries = catalog.all()
    report = ExportReport(records=len(entries), site=str(site))
    out = _Writer(site, report)
    docs: dict[str, dict[str, Any]] = {}
    dump: list[str] = []
    for entry in sorted(entries, key=lambda e: e.record_id):
        bag = records_dir / entry.record_id
        rel = f"records/{entry.record_id}"
        jsonld = (bag / "data" / "event.jsonld").read_bytes()
        dc_bytes = (bag / "data" / "dc.xml").read_bytes()
        doc = json.loads(jsonld)
        docs[entry.record_id] = doc
        dump.append(json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")))
        out.put(f"{rel}/event.jsonld", jsonld)
        out.put(f"{rel}/dc.xml", dc_bytes)
        out.put(f"{rel}/qdc.xml", write_qdc(bag))
        original = _original_name(bag, entry)
        if original:
            out.put(f"{rel}/original/{original}", (bag / "data" / original).read_bytes())
        out.put(f"{rel}/{entry.record_id}.zip", bag_zip(bag))
        out.put(f"{rel}/index.html", landing_page(entry, doc, parse_dc(dc_bytes), base_url, name))
    groups = facets(entries)
    listed: set[str] = set()
    item_cache: dict[tuple[str, str], str] = {}
    pages = listing_pages(name, entries, groups, "index.html", base_url, name, docs, search=True,
                          cache=item_cache)
    for kind, items in groups.items():
        for facet in items:
            chosen = [e for e in entries if facet.selects(e)]
            label = {"year": "Year", "country": "Country", "org": "Organisation"}[kind]
            pages += listing_pages(f"{label}: {facet.label}", chosen, groups,
                                   f"{kind}/{facet.key}.html", base_url, name, docs,
                                   cache=item_cache)
    for rel, data in pages:
        out.put(rel, data)
        listed.add(rel)
    out.put("search.js", search_index(entries, docs))
    out.put("find.js", (resources.files("archive.harvest") / "assets" / "find.js").read_bytes())
    out.put("collection.jsonld", (json.dumps(collection_document(entries, docs, base_url, name),
                                             ensure_ascii=False, indent=2, sort_keys=True)
                                  + "\n").encode("utf-8"))
    out.put("records.ndjson", "".join(line + "\n" for line in dump).encode("utf-8"))
    out.put("sitemap.xml", sitemap(entries, base_url))
    out.put("robots.txt", f"User-agent: *\nAllow: /\nSitemap: {_url(base_url, 'sitemap.xml')}\n"
            .encode("utf-8"))
    report.removed = _prune(site, {e.record_id for e in entries}, listed)
    return report


def _prune(site: Path, record_ids: set[str], facet_pages: set[str]) -> int:
    """Remove pages of records and filters that are no longer in the catalog."""
    removed = 0
    records = site / "records"
    if records.is_dir():
        for folder in records.iterdir():
            if folder.is_dir() and folder.name not in record_ids:
                shutil.rmtree(folder)
                removed += 1
    for kind in ("year", "country", "org"):
        folder = site / kind
        if folder.is_dir():
            for page in folder.glob("*.html"):
                if f"{kind}/{page.name}" not in facet_pages:
                    page.unlink()
                    removed += 1
    for page in site.glob("index-*.html"):  # pages of a listing that has grown shorter
        if page.name not in facet_pages:
            page.unlink()
            removed += 1
    return removed
