"""The HTML of the exported site: listings (paged, with filters and a search that runs in the
browser, no server needed) and one landing page per record, in words a reader understands
("Training or education event", "In person and online", "English"), not codes."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html import escape
from typing import Any, Iterable
from urllib.parse import quote

from archive.catalog import Entry
from archive.catalog.orgs import group_names
from archive.record.model import slugify

#: records per listing page; the rest follow on NAME-2.html, NAME-3.html ...
PAGE_SIZE = 100

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
.pages a,.pages strong{margin-right:.5rem}form.search input{font-size:1rem;width:20rem}
""".strip()

ATTENDANCE = {"offline": "In person", "online": "Online", "mixed": "In person and online"}
#: schema.org event types a reader would not parse; others are split at capitals
EVENT_TYPES = {"EducationEvent": "Training or education event", "Event": "Event",
               "BusinessEvent": "Business event", "SocialEvent": "Social event",
               "ExhibitionEvent": "Exhibition", "Hackathon": "Hackathon"}
ROLES = (("organizer", "Organised by"), ("contributor", "Partners"), ("funder", "Funded by"))


def event_type_label(code: str | None) -> str:
    if not code:
        return "Event"
    return EVENT_TYPES.get(code) or re.sub(r"(?<=[a-z])(?=[A-Z])", " ", code).capitalize()


def language_label(code: str | None) -> str:
    """'English' for 'en' (ISO 639 names from pycountry); the code when it is not known."""
    if not code:
        return ""
    try:
        import pycountry

        primary = code.split("-")[0].lower()
        found = (pycountry.languages.get(alpha_2=primary) if len(primary) == 2
                 else pycountry.languages.get(alpha_3=primary))
    except (ImportError, KeyError, LookupError):
        found = None
    return f"{found.name} ({code})" if found is not None else code


def url(base: str, rel: str) -> str:
    return f"{base.rstrip('/')}/{rel}"


def page(title: str, body: str, head: str = "", lang: str = "en") -> bytes:
    return (f"<!DOCTYPE html>\n<html lang=\"{escape(lang)}\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{escape(title)}</title>\n{head}<style>{STYLE}</style>\n</head>\n"
            f"<body>\n{body}\n</body>\n</html>\n").encode("utf-8")


def dates(entry: Entry) -> str:
    if entry.start_date and entry.end_date and entry.end_date != entry.start_date:
        return f"{entry.start_date} – {entry.end_date}"
    return entry.start_date or entry.published or ""


def names(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value] if value else []
    return [str(i.get("name")) for i in items if isinstance(i, dict) and i.get("name")]


def _item(entry: Entry, prefix: str, doc: dict[str, Any]) -> str:
    facts = [f for f in (dates(entry), entry.place) if f]
    roles = [f"{label}: {', '.join(found)}" for key, label in ROLES
             if (found := names(doc.get(key)))]
    if not roles and entry.publisher:
        roles.append(f"Published by: {entry.publisher}")
    name = entry.event_name if entry.event_name and entry.event_name != entry.title else ""
    return (f"<li><a href=\"{prefix}records/{quote(entry.record_id)}/\">{escape(entry.title)}</a>"
            + (f"<br><span>{escape(name)}</span>" if name else "")
            + f"<br><span class=\"meta\">{escape(' · '.join(facts))}</span>"
            + "".join(f"<br><span class=\"meta\">{escape(r)}</span>" for r in roles) + "</li>")


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


def page_name(rel: str, number: int) -> str:
    """``index.html`` for page 1, ``index-2.html`` for page 2 (``year/2013-2.html`` ...)."""
    return rel if number == 1 else f"{rel[:-len('.html')]}-{number}.html"


def _pager(rel: str, number: int, count: int) -> str:
    if count == 1:
        return ""
    base = rel.rsplit("/", 1)[-1]
    links = [f"<strong aria-current=\"page\">{n}</strong>" if n == number else
             f"<a href=\"{quote(page_name(base, n))}\">{n}</a>" for n in range(1, count + 1)]
    return f"<p class=\"pages\">Pages: {' '.join(links)}</p>"


SEARCH_FORM = ("<form class=\"search\" role=\"search\" hidden>"
               "<label>Search the collection <input type=\"search\" name=\"q\" "
               "placeholder=\"title, place, organisation, year\"></label></form>\n"
               "<p id=\"search-status\" class=\"meta\" hidden></p>")


def listing_pages(title: str, entries: list[Entry], groups: dict[str, list[Facet]], rel: str,
                  base: str, name: str, docs: dict[str, dict[str, Any]],
                  search: bool = False, cache: dict[tuple[str, str], str] | None = None,
                  ) -> list[tuple[str, bytes]]:
    """The listing at ``rel`` as pages of PAGE_SIZE records: (path, bytes) for each. The
    collection's own index adds the search box (search.js and find.js; hidden without
    JavaScript, where the pages and filters still work). ``cache`` keeps each record's list
    item across the listings of one export (a record is in several)."""
    prefix = "../" * rel.count("/")
    cache = {} if cache is None else cache

    def item(entry: Entry) -> str:
        key = (entry.record_id, prefix)
        if key not in cache:
            cache[key] = _item(entry, prefix, docs.get(entry.record_id, {}))
        return cache[key]

    count = max(1, -(-len(entries) // PAGE_SIZE))
    out = []
    for number in range(1, count + 1):
        chunk = entries[(number - 1) * PAGE_SIZE:number * PAGE_SIZE]
        here = page_name(rel, number)
        head = (f"<link rel=\"canonical\" href=\"{escape(url(base, here))}\">\n"
                f"<link rel=\"alternate\" type=\"application/ld+json\" "
                f"href=\"{prefix}collection.jsonld\">\n")
        if search:
            head += (f"<script src=\"{prefix}search.js\" defer></script>\n"
                     f"<script src=\"{prefix}find.js\" defer></script>\n")
        items = "\n".join(item(e) for e in chunk)
        shown = (f"{len(entries)} record{'' if len(entries) == 1 else 's'}, newest first"
                 + (f"; page {number} of {count}" if count > 1 else ""))
        body = (f"<header><h1>{escape(title)}</h1><p>{shown}. Part of {escape(name)}.</p>"
                f"</header>\n{_nav(groups, prefix)}\n{SEARCH_FORM if search else ''}\n<main>\n"
                f"{_pager(rel, number, count)}\n<ul class=\"records\">\n{items}\n</ul>\n"
                f"{_pager(rel, number, count)}\n</main>")
        out.append((here, page(title if number == 1 else f"{title} (page {number})", body, head)))
    return out


def search_index(entries: list[Entry], docs: dict[str, dict[str, Any]]) -> bytes:
    """search.js: one compact row per record for find.js (a script, not JSON, so that it
    loads from file:// too, where browsers refuse to fetch JSON)."""
    rows = []
    for e in entries:
        doc = docs.get(e.record_id, {})
        roles = "\n".join(f"{label}: {', '.join(found)}" for key, label in ROLES
                           if (found := names(doc.get(key))))
        rows.append([e.record_id, e.title, e.event_name or "", dates(e), e.place or "",
                     roles or (f"Published by: {e.publisher}" if e.publisher else "")])
    text = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f"window.ARCHIVE_RECORDS = {text};\n".encode("utf-8")


def script_json(doc: Any) -> str:
    """JSON for a <script> element: '<', '>' and '&' escaped so the text cannot end it."""
    text = json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _keywords(doc: dict[str, Any]) -> list[str]:
    article = doc.get("subjectOf") if isinstance(doc.get("subjectOf"), dict) else {}
    found: list[str] = []
    for node in (doc, article):
        value = node.get("keywords") if isinstance(node, dict) else None
        items = value if isinstance(value, list) else str(value).split(",") if value else []
        found.extend(str(k).strip() for k in items if str(k).strip())
    return list(dict.fromkeys(found))


def event_rows(entry: Entry, doc: dict[str, Any]) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    if entry.event_name:
        rows.append(("Event", entry.event_name))
        rows.append(("Kind", event_type_label(entry.event_type)))
    if entry.start_date:
        rows.append(("Dates", dates(entry)))
    if entry.place:
        rows.append(("Place", entry.place))
    mode = str(doc.get("eventAttendanceMode", "")).rsplit("/", 1)[-1]
    code = mode.replace("EventAttendanceMode", "").lower()
    if mode:
        rows.append(("Attendance", ATTENDANCE.get(code, code or mode)))
    for key, label in ROLES:
        found = names(doc.get(key))
        if found:
            rows.append((label, "; ".join(found)))
    audience = doc.get("audience")
    if isinstance(audience, dict):
        text = " · ".join(str(audience[k]) for k in ("audienceType", "name") if audience.get(k))
        if text:
            rows.append(("Audience", text))
    keywords = _keywords(doc)
    if keywords:
        rows.append(("Keywords", "; ".join(keywords)))
    if entry.publisher:
        rows.append(("Published by", entry.publisher))
    if entry.published:
        rows.append(("Published", entry.published))
    if entry.language:
        rows.append(("Language", language_label(entry.language)))
    rows.append(("Record", entry.identifier))
    return rows


def landing_page(entry: Entry, doc: dict[str, Any], dc: Iterable[tuple[str, str, str | None]],
                 base: str, name: str) -> bytes:
    rid = quote(entry.record_id)
    canonical = url(base, f"records/{rid}/")
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
        f"<script type=\"application/ld+json\">\n{script_json(doc)}\n</script>",
    ]) + "\n"
    article = doc.get("subjectOf") if isinstance(doc.get("subjectOf"), dict) else doc
    description = article.get("description") if isinstance(article, dict) else None
    rows = "\n".join(f"<tr><th scope=\"row\">{escape(k)}</th><td>{escape(v)}</td></tr>"
                     for k, v in event_rows(entry, doc))
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
    return page(entry.title, body, head, lang=entry.language or "en")
