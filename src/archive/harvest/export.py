"""A static, self-contained website of the catalogued records, for any web server to host.

Everything is derived from the catalog and the bags; nothing depends on the clock, the machine
or the order of the file system, so exporting unchanged records again writes identical bytes
(files whose bytes are unchanged are not even rewritten).

Layout of SITE::

    index.html                     the collection, newest first, with links to filtered pages
    year/<YYYY>.html, country/<CC>.html, org/<slug>.html   the same list, filtered (no JS)
    records/<id>/index.html        landing page: facts, JSON-LD, DC meta tags, links
    records/<id>/original/<name>   the original article, byte for byte
    records/<id>/dc.xml, event.jsonld, qdc.xml
    records/<id>/<id>.zip          the whole BagIt bag
    collection.jsonld              schema.org Dataset listing every record
    records.ndjson                 one JSON-LD document per line (the bags' event.jsonld)
    sitemap.xml, robots.txt
"""

from __future__ import annotations

import json
import shutil
import zipfile
from dataclasses import dataclass
from html import escape
from io import BytesIO
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import quote

from archive.catalog import Catalog, Entry, catalog_path
from archive.catalog.orgs import group_names
from archive.record.model import slugify
from archive.record.qdc import parse_dc, write_qdc

#: zip entries carry this fixed time so the archive's bytes do not depend on when it was made
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)

DC_META_NAMES = {
    "title": "DC.title", "creator": "DC.creator", "subject": "DC.subject",
    "description": "DC.description", "publisher": "DC.publisher",
    "contributor": "DC.contributor", "date": "DC.date", "type": "DC.type",
    "format": "DC.format", "identifier": "DC.identifier", "source": "DC.source",
    "language": "DC.language", "relation": "DC.relation", "coverage": "DC.coverage",
    "rights": "DC.rights",
}

STYLE = """
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;
line-height:1.5;color:#1b1b1b}
a{color:#0b57a4}h1{font-size:1.6rem}table{border-collapse:collapse}
th,td{text-align:left;vertical-align:top;padding:.25rem .75rem .25rem 0}
nav ul,ul.records{list-style:none;padding:0}ul.records li{margin:.6rem 0}
.meta{color:#555;font-size:.9rem}nav details{margin:.3rem 0}nav a{margin-right:.6rem}
""".strip()


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


def _url(base: str, rel: str) -> str:
    return f"{base.rstrip('/')}/{rel}"


def _page(title: str, body: str, head: str = "", lang: str = "en") -> bytes:
    return (f"<!DOCTYPE html>\n<html lang=\"{escape(lang)}\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{escape(title)}</title>\n{head}<style>{STYLE}</style>\n</head>\n"
            f"<body>\n{body}\n</body>\n</html>\n").encode("utf-8")


def _dates(entry: Entry) -> str:
    if entry.start_date and entry.end_date and entry.end_date != entry.start_date:
        return f"{entry.start_date} – {entry.end_date}"
    return entry.start_date or entry.published or ""


def _item(entry: Entry, prefix: str) -> str:
    facts = [f for f in (_dates(entry), entry.place, ", ".join(entry.organisations[:3])) if f]
    name = entry.event_name if entry.event_name and entry.event_name != entry.title else ""
    return (f"<li><a href=\"{prefix}records/{quote(entry.record_id)}/\">{escape(entry.title)}</a>"
            + (f"<br><span>{escape(name)}</span>" if name else "")
            + f"<br><span class=\"meta\">{escape(' · '.join(facts))}</span></li>")


@dataclass(frozen=True)
class Facet:
    kind: str  # year, country, org
    key: str  # file name stem
    label: str
    spec: str
    #: the records it selects (organisations: every name of the organisation counts)
    records: frozenset[str] = frozenset()

    def selects(self, entry: Entry) -> bool:
        return entry.record_id in self.records if self.records else self.spec in entry.set_specs


def facets(entries: list[Entry]) -> dict[str, list[Facet]]:
    """The filter values present in the collection, by kind, sorted for display. An
    organisation named in full, by its acronym or both is one value (archive.catalog.orgs)."""
    found: dict[str, dict[str, Facet]] = {"year": {}, "country": {}, "org": {}}
    for entry in entries:
        for spec, name in entry.sets:
            kind, _, key = spec.partition(":")
            if key and kind in ("year", "country"):
                found[kind].setdefault(key, Facet(kind, key, name, spec))
    for group in group_names(n for e in entries for n in e.organisations):
        key = base = slugify(group.label, limit=64)
        n = 1
        while key in found["org"]:  # two labels with one slug: keep both, apart
            n += 1
            key = f"{base}-{n}"
        chosen = frozenset(e.record_id for e in entries if group.names & set(e.organisations))
        found["org"][key] = Facet("org", key, group.label, f"org:{key}", chosen)
    return {
        "year": sorted(found["year"].values(), key=lambda f: f.key, reverse=True),
        "country": sorted(found["country"].values(), key=lambda f: (f.label.casefold(), f.key)),
        "org": sorted(found["org"].values(), key=lambda f: (f.label.casefold(), f.key)),
    }


def _nav(groups: dict[str, list[Facet]], prefix: str) -> str:
    titles = {"year": "Year", "country": "Country", "org": "Organisation"}
    parts = ["<nav aria-label=\"Filters\">", f"<p><a href=\"{prefix}index.html\">All records</a>"
             f" · <a href=\"{prefix}collection.jsonld\">JSON-LD</a>"
             f" · <a href=\"{prefix}records.ndjson\">NDJSON dump</a></p>"]
    for kind, items in groups.items():
        if not items:
            continue
        links = " ".join(f"<a href=\"{prefix}{kind}/{quote(f.key)}.html\">{escape(f.label)}</a>"
                         for f in items)
        parts.append(f"<details><summary>{titles[kind]} ({len(items)})</summary>"
                     f"<p>{links}</p></details>")
    parts.append("</nav>")
    return "\n".join(parts)


def listing_page(title: str, entries: list[Entry], groups: dict[str, list[Facet]],
                 prefix: str, canonical: str, name: str) -> bytes:
    head = (f"<link rel=\"canonical\" href=\"{escape(canonical)}\">\n"
            f"<link rel=\"alternate\" type=\"application/ld+json\" "
            f"href=\"{prefix}collection.jsonld\">\n")
    items = "\n".join(_item(e, prefix) for e in entries)
    body = (f"<header><h1>{escape(title)}</h1><p>{len(entries)} record"
            f"{'' if len(entries) == 1 else 's'}, newest first. Part of {escape(name)}.</p>"
            f"</header>\n{_nav(groups, prefix)}\n<main>\n<ul class=\"records\">\n{items}\n</ul>\n"
            f"</main>")
    return _page(title, body, head)


def _script_json(doc: Any) -> str:
    """JSON for a <script> element: '<', '>' and '&' escaped so the text cannot end it."""
    text = json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _names(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value] if value else []
    return [str(i.get("name")) for i in items if isinstance(i, dict) and i.get("name")]


def _event_rows(entry: Entry, doc: dict[str, Any]) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    if entry.event_name:
        rows.append(("Event", entry.event_name))
        rows.append(("Kind", entry.event_type or "Event"))
    if entry.start_date:
        rows.append(("Dates", _dates(entry)))
    if entry.place:
        rows.append(("Place", entry.place))
    mode = str(doc.get("eventAttendanceMode", "")).rsplit("/", 1)[-1]
    if mode:
        rows.append(("Attendance", mode.replace("EventAttendanceMode", "").lower() or mode))
    for key, label in (("organizer", "Organised by"), ("contributor", "Partners"),
                       ("funder", "Funded by")):
        names = _names(doc.get(key))
        if names:
            rows.append((label, "; ".join(names)))
    audience = doc.get("audience")
    if isinstance(audience, dict):
        text = " · ".join(str(audience[k]) for k in ("audienceType", "name") if audience.get(k))
        if text:
            rows.append(("Audience", text))
    if entry.publisher:
        rows.append(("Published by", entry.publisher))
    if entry.published:
        rows.append(("Published", entry.published))
    if entry.language:
        rows.append(("Language", entry.language))
    rows.append(("Record", entry.identifier))
    return rows


def landing_page(entry: Entry, doc: dict[str, Any], dc: Iterable[tuple[str, str, str | None]],
                 base: str, name: str) -> bytes:
    rid = quote(entry.record_id)
    canonical = _url(base, f"records/{rid}/")
    meta = ["<link rel=\"schema.DC\" href=\"http://purl.org/dc/elements/1.1/\">",
            "<link rel=\"schema.DCTERMS\" href=\"http://purl.org/dc/terms/\">"]
    for element, value, lang in dc:
        if element in DC_META_NAMES:
            attr = f" lang=\"{escape(lang)}\"" if lang else ""
            meta.append(f"<meta name=\"{DC_META_NAMES[element]}\" content=\"{escape(value)}\""
                        f"{attr}>")
    head = "\n".join([
        f"<link rel=\"canonical\" href=\"{escape(canonical)}\">",
        "<link rel=\"alternate\" type=\"application/ld+json\" href=\"event.jsonld\">",
        "<link rel=\"alternate\" type=\"application/xml\" href=\"dc.xml\" "
        "title=\"Dublin Core (oai_dc)\">",
        "<link rel=\"alternate\" type=\"application/xml\" href=\"qdc.xml\" "
        "title=\"Qualified Dublin Core\">",
        *meta,
        f"<script type=\"application/ld+json\">\n{_script_json(doc)}\n</script>",
    ]) + "\n"
    article = doc.get("subjectOf") if isinstance(doc.get("subjectOf"), dict) else doc
    description = article.get("description") if isinstance(article, dict) else None
    rows = "\n".join(f"<tr><th scope=\"row\">{escape(k)}</th><td>{escape(v)}</td></tr>"
                     for k, v in _event_rows(entry, doc))
    original = quote(entry.original)
    links = [f"<li><a href=\"original/{original}\">Original article</a> "
             f"({escape(entry.original)})</li>",
             "<li><a href=\"dc.xml\">Dublin Core record</a> (dc.xml)</li>",
             "<li><a href=\"qdc.xml\">Qualified Dublin Core record</a> (qdc.xml)</li>",
             "<li><a href=\"event.jsonld\">schema.org JSON-LD</a> (event.jsonld)</li>",
             f"<li><a href=\"{rid}.zip\">BagIt bag</a> ({escape(entry.record_id)}.zip)</li>"]
    if entry.source_url:
        links.insert(1, f"<li><a href=\"{escape(entry.source_url)}\" rel=\"external\">"
                        f"Article on the publisher's site</a></li>")
    body = (f"<p><a href=\"../../index.html\">{escape(name)}</a></p>\n<main>\n"
            f"<h1>{escape(entry.title)}</h1>\n"
            + (f"<p>{escape(str(description))}</p>\n" if description else "")
            + f"<table>\n{rows}\n</table>\n<h2>Files</h2>\n<ul>\n" + "\n".join(links)
            + "\n</ul>\n</main>")
    return _page(entry.title, body, head, lang=entry.language or "en")


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
    out.put("index.html", listing_page(name, entries, groups, "", _url(base_url, "index.html"),
                                       name))
    for kind, items in groups.items():
        for facet in items:
            chosen = [e for e in entries if facet.selects(e)]
            label = {"year": "Year", "country": "Country", "org": "Organisation"}[kind]
            rel = f"{kind}/{facet.key}.html"
            out.put(rel, listing_page(f"{label}: {facet.label}", chosen, groups, "../",
                                      _url(base_url, rel), name))
    out.put("collection.jsonld", (json.dumps(collection_document(entries, docs, base_url, name),
                                             ensure_ascii=False, indent=2, sort_keys=True)
                                  + "\n").encode("utf-8"))
    out.put("records.ndjson", "".join(line + "\n" for line in dump).encode("utf-8"))
    out.put("sitemap.xml", sitemap(entries, base_url))
    out.put("robots.txt", f"User-agent: *\nAllow: /\nSitemap: {_url(base_url, 'sitemap.xml')}\n"
            .encode("utf-8"))
    report.removed = _prune(site, {e.record_id for e in entries},
                            {f"{k}/{f.key}.html" for k, v in groups.items() for f in v})
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
    return removed
