"""The files of an exported site that are not single records: the collection (a schema.org
Dataset), records.ndjson (one event record per line), sitemap.xml, the HTML pages (their
embedded JSON-LD) and the zipped bags. Each gets the profile that fits what it is."""

from __future__ import annotations

import json
import re
import tempfile
import zipfile
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from archive.base.findings import Finding
from archive.validate.schemas_local import schema_path

COLLECTION_PROFILE = "collection.schema.json"
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
#: the sitemaps.org protocol's limits: URLs per file and characters per URL
MAX_SITEMAP_URLS = 50_000
MAX_URL_LENGTH = 2048
W3C_DATETIME = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?"
                          r"(Z|[+-]\d{2}:\d{2}))?)?)?$")
#: a zipped bag larger than this (unpacked) is refused rather than unpacked
MAX_ZIP_BYTES = 512 * 1024 * 1024

EventCheck = Callable[[bytes, str], list[Finding]]


def document_type(data: bytes) -> str | None:
    """The top-level ``@type`` of a JSON document, or None when it has none or is not JSON."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    kind = doc.get("@type") if isinstance(doc, dict) else None
    return kind if isinstance(kind, str) else None


@lru_cache(maxsize=1)
def _collection_validator() -> Any:
    from jsonschema import Draft202012Validator

    schema = json.loads(schema_path(COLLECTION_PROFILE).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def validate_collection(data: bytes, file: str) -> list[Finding]:
    """The collection profile (JSON Schema), then the schema.org vocabulary and ranges."""
    from archive.validate.event import _pointer
    from archive.validate.jsonld import validate_jsonld_terms

    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        return [Finding("error", "jsonld.not-json", file, "", f"not valid JSON: {exc}")]
    findings = [
        Finding("error", f"collection.schema.{err.validator}", file,
                _pointer(err.absolute_path), err.message, "see schemas/collection.schema.json")
        for err in sorted(_collection_validator().iter_errors(doc),
                          key=lambda e: (list(map(str, e.absolute_path)), e.validator))
    ]
    return findings + validate_jsonld_terms(data, file)


def validate_ndjson(data: bytes, file: str, check_event: EventCheck) -> list[Finding]:
    """Each line is one event record, checked as a single event.jsonld would be."""
    findings: list[Finding] = []
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            findings.append(Finding("error", "ndjson.empty-line", file, f"line {number}",
                                    "an empty line (each line must hold one JSON document)"))
            continue
        for f in check_event(line, file):
            where = f"line {number}" + (f" {f.location}" if f.location else "")
            findings.append(Finding(f.severity, f.rule, file, where, f.message, f.hint))
    return findings


def validate_sitemap(data: bytes, file: str) -> list[Finding]:
    """The sitemaps.org protocol: a urlset of absolute http(s) URLs with W3C datetimes."""
    from archive.validate.dc import parse_xml

    doc, findings = parse_xml(data, file, "sitemap")
    if doc is None:
        return findings
    root = doc.getroot()
    if root.tag != f"{{{SITEMAP_NS}}}urlset":
        return findings + [Finding("error", "sitemap.root", file, f"line {root.sourceline}",
                                   f"the root element is {root.tag}, not urlset in {SITEMAP_NS}")]
    urls = root.findall(f"{{{SITEMAP_NS}}}url")
    if len(urls) > MAX_SITEMAP_URLS:
        findings.append(Finding("error", "sitemap.too-many-urls", file, "",
                                f"{len(urls)} URLs; a sitemap holds at most {MAX_SITEMAP_URLS}"))
    for url in urls:
        where = f"line {url.sourceline}"
        locs = [loc.text or "" for loc in url.findall(f"{{{SITEMAP_NS}}}loc")]
        if len(locs) != 1:
            findings.append(Finding("error", "sitemap.loc", file, where,
                                    f"a url needs exactly one loc, not {len(locs)}"))
        for loc in locs:
            if not re.match(r"^https?://\S+$", loc) or len(loc) > MAX_URL_LENGTH:
                findings.append(Finding("error", "sitemap.loc", file, where,
                                        f"{loc!r} is not an absolute http(s) URL of at most "
                                        f"{MAX_URL_LENGTH} characters"))
        for mod in url.findall(f"{{{SITEMAP_NS}}}lastmod"):
            if not W3C_DATETIME.match(mod.text or ""):
                findings.append(Finding("error", "sitemap.lastmod", file, where,
                                        f"{mod.text!r} is not a W3C datetime"))
    return findings


def validate_page(data: bytes, file: str, check_event: EventCheck) -> list[Finding]:
    """An HTML page parses, and each JSON-LD block it embeds passes the event profile."""
    from lxml import etree, html

    try:
        page = html.document_fromstring(data, parser=html.HTMLParser(no_network=True))
    except (etree.ParserError, ValueError) as exc:
        return [Finding("error", "html.not-parsable", file, "", f"cannot parse: {exc}")]
    findings: list[Finding] = []
    for number, script in enumerate(page.xpath("//script[@type='application/ld+json']"), 1):
        for f in check_event((script.text or "").encode("utf-8"), file):
            where = f"script {number}" + (f" {f.location}" if f.location else "")
            findings.append(Finding(f.severity, f.rule, file, where, f.message, f.hint))
    return findings


def validate_bag_zip(path: Path, check_bag: Callable[[Path], list[Finding]]) -> list[Finding]:
    """A zipped bag: one top folder, no path leaving it, then the bag checked unpacked."""
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        return [Finding("error", "zip.not-a-zip", path.name, "", f"not a zip file: {exc}")]
    with archive, tempfile.TemporaryDirectory(prefix="archive-zip-") as scratch:
        names = archive.namelist()
        tops = {n.split("/", 1)[0] for n in names}
        unsafe = [n for n in names if n.startswith("/") or ".." in n.split("/") or "\\" in n]
        if unsafe or len(tops) != 1:
            reason = (f"{unsafe[0]!r} leaves the bag's folder" if unsafe else
                      f"{len(tops)} top-level entries, not one bag folder")
            return [Finding("error", "zip.layout", path.name, "", reason)]
        if sum(i.file_size for i in archive.infolist()) > MAX_ZIP_BYTES:
            return [Finding("error", "zip.too-large", path.name, "",
                            f"unpacks to more than {MAX_ZIP_BYTES} bytes")]
        archive.extractall(scratch)
        bag = Path(scratch) / tops.pop()
        return [Finding(f.severity, f.rule, f"{bag.name}/{f.file}" if f.file else bag.name,
                        f.location, f.message, f.hint) for f in check_bag(bag)]


def site_files(root: Path) -> list[tuple[Path, str]]:
    """The files of an exported site that a validator can judge, with their kinds: not the
    originals (byte copies of the articles) and not robots.txt (plain text)."""
    kinds = {".xml": "dc", ".jsonld": "jsonld", ".ndjson": "ndjson", ".html": "html",
             ".zip": "bag-zip"}
    found = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).parts
        if path.is_file() and "original" not in rel[:-1] and path.suffix in kinds:
            found.append((path, kinds[path.suffix]))
    return found
