"""Read an article file: decode it safely and pull out its headline, main text and metadata.

Readers never interpret prose: they only separate what the document says about itself
(front matter, page metadata, embedded JSON-LD) from its readable text. The original bytes
are kept untouched for the bag.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import re
import stat
from pathlib import Path
from typing import Any, Iterable, Iterator

from archive.article import Article
from archive.base.errors import InputError

#: Suffixes read as articles, with the media type recorded in dc:format.
MEDIA_TYPES = {
    ".txt": "text/plain",
    ".text": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
}

#: Larger inputs are refused: no news item is this long, and the limit bounds memory and time.
MAX_INPUT_BYTES = 4 * 1024 * 1024
#: A first line longer than this is not a headline.
MAX_HEADLINE_CHARS = 1000

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.I)
_DOCTYPE_SUBSET = re.compile(rb"<!DOCTYPE[^\[>]*\[.*?\]\s*>", re.S | re.I)


def iter_article_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Expand folders into the article files below them (sorted, so runs are reproducible).

    Files named explicitly are yielded whatever their suffix, so that the reader can say why
    it refuses them; inside folders only known suffixes are picked and sidecars are skipped.
    """
    for path in paths:
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in MEDIA_TYPES and not child.name.startswith("."):
                    yield child
        else:
            yield path


def read_article(path: Path) -> Article:
    """Read one article; raise InputError with a one-line reason when it cannot be used."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise InputError(path, f"input too large: {size} bytes (limit {MAX_INPUT_BYTES})")
        raw = path.read_bytes()
    except InputError:
        raise
    except IsADirectoryError:
        raise InputError(path, "is a folder, not a file") from None
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    return parse_article(path, raw)


def parse_article(path: Path, raw: bytes) -> Article:
    """Build an Article from bytes already read (kept separate so tests need no files)."""
    if not raw:
        raise InputError(path, "empty input")
    suffix = path.suffix.lower()
    text, encoding, warnings = decode(path, raw)
    media_type = MEDIA_TYPES.get(suffix)
    if media_type is None:
        raise InputError(
            path, f"unsupported format '{suffix or path.name}' (expected .txt, .md or .html)"
        )
    if not text.strip():
        raise InputError(path, "no text content")
    if media_type == "text/html":
        return _read_html(path, raw, text, encoding, warnings)
    if media_type == "text/markdown":
        return _read_markdown(path, raw, text, encoding, warnings)
    return _read_plain(path, raw, text, encoding, warnings)


def decode(path: Path, raw: bytes) -> tuple[str, str, list[str]]:
    """Decode bytes to text with normalised newlines; report any encoding fallback."""
    warnings: list[str] = []
    if raw.startswith(b"\xef\xbb\xbf"):
        encoding, body = "utf-8", raw[3:]
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding, body = "utf-16", raw
    else:
        encoding, body = "utf-8", raw
    if encoding == "utf-8" and _looks_binary(body):
        raise InputError(path, "not a text document (binary content)")
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError:
        if encoding == "utf-16":
            raise InputError(path, "invalid UTF-16 text") from None
        text, encoding = _decode_legacy(body)
        warnings.append(f"not valid UTF-8; decoded as {encoding}")
    if "\x00" in text:
        raise InputError(path, "not a text document (NUL characters)")
    # Most text has none of the characters _NEWLINES replaces; looking for each is quicker
    # than the substitution, which tries the pattern at every position.
    if "\r" in text or "\u2028" in text or "\u2029" in text or "\x85" in text:
        text = _NEWLINES.sub("\n", text)
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
        warnings.append("control characters removed")
    return text, encoding, warnings


#: Bytes that text hardly ever holds: C0 controls other than tab, newlines, form feed, CR.
_BINARY_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    # Deleting them in C and comparing lengths counts them without a Python loop per byte.
    controls = len(sample) - len(sample.translate(None, _BINARY_BYTES))
    return controls > len(sample) * 0.05


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """Windows-1252 is what legacy Western text almost always is; Latin-1 never fails."""
    try:
        return data.decode("cp1252"), "windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "iso-8859-1"


def _first_line(text: str) -> str:
    for line in text.split("\n"):
        if line.strip():
            return " ".join(line.split())
    return ""


def _check_headline(path: Path, headline: str) -> str:
    if not headline:
        raise InputError(path, "no headline")
    if len(headline) > MAX_HEADLINE_CHARS:
        raise InputError(
            path, f"no headline: first line is {len(headline)} characters long "
            f"(limit {MAX_HEADLINE_CHARS})"
        )
    return headline


def _body_warnings(text: str, headline: str, warnings: list[str]) -> tuple[str, ...]:
    rest = text.strip()
    if rest.startswith(headline):
        rest = rest[len(headline):]
    if not rest.strip():
        warnings.append("no article body")
    return tuple(warnings)


def _read_plain(path: Path, raw: bytes, text: str, encoding: str, warnings: list[str]) -> Article:
    text = text.strip("\n")
    headline = _check_headline(path, _first_line(text))
    metadata: dict[str, Any] = {}
    return Article(
        path=path, raw=raw, media_type="text/plain", encoding=encoding, headline=headline,
        text=text + "\n", metadata=metadata,
        warnings=_body_warnings(text, headline, warnings),
    )


# -- Markdown -------------------------------------------------------------------------------

_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`)")
_MD_PREFIX = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+)")


def _read_markdown(
    path: Path, raw: bytes, text: str, encoding: str, warnings: list[str]
) -> Article:
    metadata: dict[str, Any] = {}
    body = text
    match = _FRONT_MATTER.match(text)
    if match:
        metadata = _parse_front_matter(path, match.group(1))
        body = text[match.end():]
    lines = [_md_plain(line) for line in body.split("\n")]
    title = metadata.get("title")
    heading = next((ln for ln, src in zip(lines, body.split("\n"))
                    if src.lstrip().startswith("# ")), None)
    headline = " ".join(str(title).split()) if title else (heading or _first_line("\n".join(lines)))
    # A heading that repeats the title is not body text.
    if heading and heading == headline:
        lines.remove(heading)
    plain = "\n".join(lines).strip("\n")
    return Article(
        path=path, raw=raw, media_type="text/markdown", encoding=encoding,
        headline=_check_headline(path, headline), text=plain + "\n", metadata=metadata,
        warnings=_body_warnings(plain, headline, warnings),
    )


def _md_plain(line: str) -> str:
    line = _MD_PREFIX.sub("", line)
    line = _MD_LINK.sub(r"\1", line)
    return _MD_EMPHASIS.sub("", line).rstrip()


def _parse_front_matter(path: Path, source: str) -> dict[str, Any]:
    import yaml

    try:
        data = yaml.safe_load(source)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        raise InputError(path, f"malformed front matter{where}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError(path, "front matter is not a mapping of keys to values")
    return {str(k): _plain_value(v) for k, v in data.items()}


def _plain_value(value: Any) -> Any:
    """YAML turns dates into date objects; the record wants ISO strings."""
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain_value(v) for k, v in value.items()}
    return value


# -- HTML -----------------------------------------------------------------------------------

_BOILERPLATE_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer",
                     "aside", "form", "button", "svg", "iframe", "figure")
_BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt",
               "td", "th", "div", "section", "article", "main", "address", "figcaption", "tr"}
_BOILERPLATE_CLASS = re.compile(
    r"\b(related|sidebar|breadcrumb|share|social|cookie|newsletter|comments?|tags?|meta|"
    r"skip-link|menu|pagination|footer|header|widget|promo|advert)\b", re.I)


def _read_html(path: Path, raw: bytes, text: str, encoding: str, warnings: list[str]) -> Article:
    import lxml.html
    from lxml import etree

    if _ENTITY_DECL.search(raw[:65536]):
        warnings.append("DTD entity declarations ignored (never expanded)")
    # Parse the decoded, cleaned text (not the raw bytes), so that what the reader removed
    # (control characters, a BOM, a legacy encoding) cannot come back through the parser.
    source = _DOCTYPE_SUBSET.sub(b"", text.encode("utf-8"))
    parser = lxml.html.HTMLParser(
        encoding="utf-8", no_network=True, remove_comments=True, remove_pis=True,
        default_doctype=False,
    )
    try:
        root = lxml.html.document_fromstring(source, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(path, f"unreadable HTML: {exc}") from None
    metadata = _html_metadata(root)
    jsonld, bad_jsonld = _html_jsonld(root)
    if bad_jsonld:
        warnings.append(f"{bad_jsonld} embedded JSON-LD block(s) are not valid JSON; ignored")
    for node in jsonld:
        for key, name in (("datePublished", "published"), ("url", "url")):
            value = node.get(key)
            if isinstance(value, str) and name not in metadata:
                metadata[name] = value
        if "headline" in node and isinstance(node["headline"], str):
            metadata.setdefault("jsonld_headline", node["headline"])
    container = _main_container(root)
    h1 = container.find(".//h1") if container is not None else None
    if h1 is None:
        h1 = root.find(".//h1")
    headline = _squash(h1.text_content()) if h1 is not None else ""
    if not headline:
        headline = metadata.get("og_title") or _strip_site_suffix(metadata.get("title", ""))
    body = _html_text(container if container is not None else root, headline)
    return Article(
        path=path, raw=raw, media_type="text/html", encoding=encoding,
        headline=_check_headline(path, headline), text=body + "\n", metadata=metadata,
        jsonld=tuple(jsonld), warnings=_body_warnings(body, headline, warnings),
    )


#: Characters XML 1.0 cannot carry (C0 controls but tab and newlines, surrogates, FFFE/FFFF);
#: character references in a page can still produce them after parsing.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _squash(text: str) -> str:
    return " ".join(_NOT_XML.sub("", text).split())


def _strip_site_suffix(title: str) -> str:
    title = _squash(title)
    for sep in (" | ", " – ", " — ", " - ", " :: "):
        if sep in title:
            return title.rsplit(sep, 1)[0].strip()
    return title


def _html_metadata(root: Any) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    title = root.find(".//title")
    if title is not None and title.text_content().strip():
        meta["title"] = _squash(title.text_content())
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if lang:
        meta["lang"] = lang.strip()
    names = {
        "description": "description", "og:description": "description",
        "article:published_time": "published", "og:site_name": "site_name",
        "og:title": "og_title", "og:url": "url", "dc.date": "published",
        "dcterms.issued": "published", "author": "author", "keywords": "page_keywords",
    }
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or "").strip().lower()
        content = el.get("content")
        if key in names and content and content.strip():
            meta.setdefault(names[key], _squash(content))
    for el in root.iter("link"):
        if "canonical" in (el.get("rel") or "").lower().split() and el.get("href"):
            meta["canonical"] = el.get("href").strip()
            meta.setdefault("url", meta["canonical"])
    return meta


def _html_jsonld(root: Any) -> tuple[list[dict[str, Any]], int]:
    found: list[dict[str, Any]] = []
    bad = 0
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            bad += 1
            continue
        items = data if isinstance(data, list) else [data]
        for item in items:
            if isinstance(item, dict):
                graph = item.get("@graph")
                found.extend(g for g in graph if isinstance(g, dict)) if isinstance(
                    graph, list) else found.append(item)
    return found, bad


def _main_container(root: Any) -> Any:
    """The element holding the article: <article>, <main>, role=main, else the nearest
    ancestor of the <h1> that holds at least two paragraphs, else <body>."""
    for xpath in (".//article", ".//main", ".//*[@role='main']"):
        found = next(iter(root.xpath(xpath)), None)
        if found is not None:
            return found
    h1 = root.find(".//h1")
    node = h1.getparent() if h1 is not None else None
    while node is not None and node.tag not in ("body", "html"):
        if len(node.findall(".//p")) >= 2:
            return node
        node = node.getparent()
    return root.find(".//body")


def _html_text(container: Any, headline: str) -> str:
    """Readable paragraphs of the main container, boilerplate dropped, headline first."""
    from copy import deepcopy

    node = deepcopy(container)
    for el in list(node.iter(*_BOILERPLATE_TAGS)):
        if el is not node and el.getparent() is not None:
            el.drop_tree()
    for el in list(node.iter()):
        if el is node or not isinstance(el.tag, str) or el.getparent() is None:
            continue
        classes = f"{el.get('class') or ''} {el.get('id') or ''}"
        if classes.strip() and _BOILERPLATE_CLASS.search(classes):
            el.drop_tree()
    paragraphs: list[str] = []
    _collect_blocks(node, paragraphs)
    if paragraphs and paragraphs[0] != headline:
        paragraphs = [p for p in paragraphs if p != headline]
        paragraphs.insert(0, headline)
    return "\n\n".join(paragraphs)


def _collect_blocks(node: Any, out: list[str]) -> None:
    """Each block element with its own text becomes one paragraph; inline markup is joined."""
    pending: list[str] = []

    def flush() -> None:
        text = _squash("".join(pending))
        if text:
            out.append(text)
        pending.clear()

    if node.text:
        pending.append(node.text)
    for child in node:
        if not isinstance(child.tag, str):
            if child.tail:
                pending.append(child.tail)
            continue
        if child.tag in _BLOCK_TAGS:
            flush()
            _collect_blocks(child, out)
        elif child.tag == "br":
            pending.append(" ")
        else:
            pending.append(child.text_content())
        if child.tail:
            pending.append(child.tail)
    flush()


class RealPaths:
    """``os.path.realpath`` of many input files at one ``lstat`` each.

    A batch asks where each of thousands of inputs really is (to pack a file reached twice
    only once, and to key the resume index); realpath walks every folder of every path.
    The real path of each folder is remembered, so a file that is not itself a symbolic
    link costs one ``lstat``; a link, ``.`` or ``..`` takes the full walk.
    """

    def __init__(self) -> None:
        self._folders: dict[str, str] = {}

    def __call__(self, path: "os.PathLike[str] | str") -> str:
        path = os.fspath(path)
        folder, name = os.path.split(path)
        if name in ("", ".", ".."):
            return os.path.realpath(path)
        try:
            if stat.S_ISLNK(os.lstat(path).st_mode):
                return os.path.realpath(path)
        except (OSError, ValueError):
            pass  # missing: realpath keeps the name as it is, and so does this
        real = self._folders.get(folder)
        if real is None:
            real = self._folders[folder] = os.path.realpath(folder or os.curdir)
        return os.path.join(real, name)

