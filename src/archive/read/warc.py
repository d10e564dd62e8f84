"""Web archives as input: the article responses inside WARC, WARC.gz and WACZ files.

``iter_members`` streams through an archive once and yields a ``WarcMember`` (where the
record is, what the capture says about it, a hash of its payload) for every archived article
response: HTTP 200 with an HTML or plain-text type. Revisits, duplicates (a payload digest
seen before), redirects, error statuses, images, scripts, styles and other types are
counted in ``skipped`` instead. ``read_member`` later reads one member again from its offset
(in whichever process packs it), so memory never holds more than one payload.

A record that cannot be read (a truncated file, a corrupt gzip member, a digest that does
not match) becomes a member with ``error`` set, reported with its offset; reading then
resumes at the next record start found after it, so the other records are still packed.
warcio reads the records: it is the reference implementation, it undoes chunked transfer
and gzip/deflate/brotli content encodings (the payload is then the page as served), and it
is pure Python (a hostile archive cannot crash the process listing it).
"""

from __future__ import annotations

import fnmatch
import hashlib
import re
import zipfile
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any, Iterator
from urllib.parse import unquote, urlsplit

from archive.base.errors import InputError
from archive.read.article import Article
from archive.read.decode import MAX_INPUT_BYTES
from archive.read.paths import WARC_SUFFIXES

#: Response types packed as articles, with the suffix their file gets in the bag.
ARTICLE_TYPES = {"text/html": ".html", "application/xhtml+xml": ".html", "text/plain": ".txt"}
_SIGNATURES = (b"\x1f\x8b\x08", b"WARC/1.", b"WARC/0.")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


class UrlFilter:
    """Which captured URLs to pack: glob patterns matched against the whole URL, or regular
    expressions (written ``re:PATTERN``) searched in it; a URL is taken when any matches."""

    def __init__(self, patterns: tuple[str, ...] | list[str]) -> None:
        self.patterns = tuple(patterns)
        self._regexes = []
        for pattern in self.patterns:
            if pattern.startswith("re:"):
                try:
                    self._regexes.append(re.compile(pattern[3:]))
                except re.error as exc:
                    raise ValueError(f"not a regular expression: {pattern[3:]!r} ({exc})") from None
            else:
                self._regexes.append(re.compile(fnmatch.translate(pattern)))

    def __bool__(self) -> bool:
        return bool(self.patterns)

    def __call__(self, url: str) -> bool:
        return not self.patterns or any(regex.search(url) for regex in self._regexes)


@dataclass(frozen=True)
class WarcMember:
    """One archived response: the file, the WARC inside a WACZ (``inner``), the record's
    offset, and what the capture says about it (all picklable, for worker processes)."""

    warc: Path
    offset: int
    inner: str | None = None
    uri: str = ""
    date: str = ""
    record_id: str = ""
    payload_digest: str = ""
    media_type: str = ""
    charset: str | None = None
    sha256: bytes | None = None
    #: The payload's length in bytes (what packing it reads), 0 when unknown.
    size: int = 0
    #: Why the record cannot be packed (it is reported failed); None for a good one.
    error: str | None = None

    def __str__(self) -> str:
        where = f"{self.warc}!{self.inner}" if self.inner else str(self.warc)
        return f"{where}@{self.offset}" + (f" {self.uri}" if self.uri else "")

    @property
    def name(self) -> str:
        return file_name_for(self.uri, self.media_type)

    @property
    def path(self) -> Path:
        """Where the page would be as a file: beside the archive (sidecars are looked up there)."""
        return self.warc.parent / self.name

    @property
    def warc_name(self) -> str:
        return Path(self.inner).name if self.inner else self.warc.name


def file_name_for(uri: str, media_type: str) -> str:
    """A safe file name from a URL: host and path, other characters as '-', the type's suffix."""
    parts = urlsplit(uri)
    segments = [parts.hostname or "page"] + [unquote(s) for s in parts.path.split("/") if s]
    if len(segments) == 1:
        segments.append("index")
    if parts.query:
        segments.append(parts.query)
    name = _UNSAFE.sub("-", "_".join(segments)).strip("-_.") or "page"
    suffix = ARTICLE_TYPES.get(media_type, ".html")
    if len(name) > 120:  # short enough for every file system, unique through the URL's hash
        name = f"{name[:100]}-{hashlib.sha256(uri.encode()).hexdigest()[:12]}"
    return name if name.lower().endswith(suffix) else name + suffix


def _content_type(http_headers: Any) -> tuple[str, str | None]:
    value = (http_headers.get_header("Content-Type") or "") if http_headers else ""
    media_type, _, params = value.partition(";")
    found = re.search(r"""charset\s*=\s*["']?([^\s"';]+)""", params, re.I)
    return media_type.strip().lower(), found.group(1) if found else None


def _skip_reason(status: str, media_type: str) -> str | None:
    if status.startswith("3"):
        return "redirect"
    if status != "200":
        return "error status"
    if media_type in ARTICLE_TYPES:
        return None
    if media_type.startswith("image/"):
        return "image"
    if "javascript" in media_type or media_type == "application/json":
        return "script"
    if media_type == "text/css":
        return "style"
    return "other type"


@contextmanager
def _open_archive(warc: Path, inner: str | None) -> Iterator[IO[bytes]]:
    """The WARC's bytes as a seekable stream (a WACZ entry read in place)."""
    if inner is None:
        with open(warc, "rb") as fh:
            yield fh
    else:
        with zipfile.ZipFile(warc) as archive, archive.open(inner) as fh:
            yield fh


def _inner_warcs(path: Path) -> list[str]:
    try:
        with zipfile.ZipFile(path) as archive:
            return sorted(n for n in archive.namelist()
                          if n.startswith("archive/") and n.lower().endswith((".warc", ".warc.gz")))
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(path, f"not a WACZ file: {exc}") from None


def iter_members(path: Path, skipped: Counter[str], url_filter: UrlFilter | None = None,
                 seen: set[str] | None = None) -> Iterator[WarcMember]:
    """Every article response in a WARC, WARC.gz or WACZ file, in file order."""
    seen = set() if seen is None else seen
    try:
        inners: list[str | None] = [None]
        if path.name.lower().endswith(".wacz"):
            inners = list(_inner_warcs(path))
    except InputError as exc:
        yield WarcMember(path, 0, error=exc.reason)
        return
    for inner in inners:
        try:
            with _open_archive(path, inner) as fh:
                yield from _scan(path, inner, fh, skipped, url_filter, seen)
        except OSError as exc:
            yield WarcMember(path, 0, inner, error=f"cannot read: {exc.strerror or exc}")


def _scan(path: Path, inner: str | None, fh: IO[bytes], skipped: Counter[str],
          url_filter: UrlFilter | None, seen: set[str]) -> Iterator[WarcMember]:
    compressed = fh.read(2) == b"\x1f\x8b"
    base = 0
    while True:
        fh.seek(base)
        # gzip members carry their own CRC, which zlib checks: digests are verified only
        # where nothing else would notice damage (an uncompressed WARC)
        records = _records(fh, check_digests=not compressed)
        start = base
        read_any = finished = False
        try:
            for record in records:
                start, read_any, finished = records.offset, True, False  # offsets are absolute
                member = _member(path, inner, start, record, skipped, url_filter, seen)
                if member is not None:
                    yield member
                records.get_record_offset()  # finish the record now, so errors are its own
                finished = True
            end = records.offset
            left = _bytes_left(fh, end)
            if left:  # the reader stopped before the end: a record too short to be read
                yield WarcMember(path, end, inner,
                                 error=f"truncated record ({left} bytes at the end cannot be read)")
            return
        except Exception as exc:  # noqa: BLE001 - a damaged record is reported, then skipped
            # a record that fails to open starts where the last one finished
            failed_at = records.offset if finished else start if read_any else base
            if not read_any and base > 0:  # a false start found by the resync: look further
                failed_at = -1
            else:
                yield WarcMember(path, failed_at, inner, error=_damage(exc))
            found = _next_record_start(fh, max(failed_at, base) + 1)
            if found is None:
                return
            base = found


def _records(fh: IO[bytes], **options: Any) -> Any:
    """warcio's record iterator, its note on a record not followed by a blank line kept off
    stderr (a damaged record is reported through its length or its digest instead)."""
    from warcio.archiveiterator import ArchiveIterator

    global _QuietIterator
    if _QuietIterator is None:
        class Quiet(ArchiveIterator):
            INC_RECORD = ""  # warcio writes this template to stderr: an empty one writes nothing

        _QuietIterator = Quiet
    return _QuietIterator(fh, **options)


_QuietIterator: Any = None


def _bytes_left(fh: IO[bytes], end: int) -> int:
    """How many bytes after ``end`` are not blank (a reader stops quietly at a cut record)."""
    fh.seek(end)
    left = 0
    while chunk := fh.read(1 << 20):
        left += len(chunk.strip(b"\r\n")) if left == 0 else len(chunk)
    return left


def _damage(exc: BaseException) -> str:
    text = " ".join(str(exc).split())[:120]
    return f"unreadable record ({type(exc).__name__}{': ' + text if text else ''})"


def _next_record_start(fh: IO[bytes], position: int) -> int | None:
    """The next offset at or after ``position`` where a gzip member or a WARC header begins."""
    overlap = max(len(s) for s in _SIGNATURES)
    fh.seek(position)
    while True:
        chunk = fh.read(1 << 20)
        if not chunk:
            return None
        hits = [i for i in (chunk.find(s) for s in _SIGNATURES) if i >= 0]
        if hits:
            return position + min(hits)
        if len(chunk) <= overlap:
            return None
        position += len(chunk) - overlap
        fh.seek(position)


def _member(path: Path, inner: str | None, offset: int, record: Any, skipped: Counter[str],
            url_filter: UrlFilter | None, seen: set[str]) -> WarcMember | None:
    """The member for one record, or None (counted in ``skipped``) when it is no article."""
    kind = record.rec_type
    if kind == "revisit":
        skipped["revisit"] += 1
        return None
    if kind != "response":
        return None
    headers = record.rec_headers
    if not (headers.get_header("Content-Type") or "").lower().startswith("application/http"):
        skipped["other type"] += 1  # a DNS lookup, a screenshot: no HTTP response
        return None
    uri = headers.get_header("WARC-Target-URI") or ""
    base = WarcMember(path, offset, inner, uri=uri, date=headers.get_header("WARC-Date") or "",
                      record_id=headers.get_header("WARC-Record-ID") or "",
                      payload_digest=headers.get_header("WARC-Payload-Digest") or "")
    if record.http_headers is None:
        return replace(base, error="truncated record (no HTTP headers)")
    status = record.http_headers.get_statuscode() or ""
    media_type, charset = _content_type(record.http_headers)
    reason = _skip_reason(status, media_type)
    if reason is None and url_filter and not url_filter(uri):
        reason = "filtered"
    if reason is not None:
        skipped[reason] += 1
        return None
    payload = record.content_stream().read(MAX_INPUT_BYTES + 1)
    if len(payload) > MAX_INPUT_BYTES:
        return replace(base, error=f"input too large: over {MAX_INPUT_BYTES} bytes")
    problem = _integrity(record)
    if problem:
        return replace(base, error=problem)
    digest = base.payload_digest or "sha256:" + hashlib.sha256(payload).hexdigest()
    if digest in seen:
        skipped["duplicate"] += 1
        return None
    seen.add(digest)
    return replace(base, media_type=media_type, charset=charset,
                   sha256=hashlib.sha256(payload).digest(), size=len(payload))


def _integrity(record: Any) -> str | None:
    """Why a record read to its end is damaged (short of its length, digest mismatch)."""
    while record.raw_stream.read(1 << 16):
        pass
    if getattr(record.raw_stream, "limit", 0):
        return f"truncated record ({record.raw_stream.limit} of {record.length} bytes missing)"
    if record.digest_checker.passed is False:
        return "corrupt record: " + "; ".join(
            " ".join(map(str, p)) for p in record.digest_checker.problems)[:160]
    return None


def read_member(member: WarcMember) -> tuple[bytes, WarcMember]:
    """The payload of one archived response, read again from its offset."""
    if member.error:
        raise InputError(str(member), member.error)
    try:
        with _open_archive(member.warc, member.inner) as fh:
            fh.seek(member.offset)
            record = next(iter(_records(fh)), None)
            if record is None or record.rec_type != "response":
                raise InputError(str(member), "no response record at this offset")
            payload = record.content_stream().read(MAX_INPUT_BYTES + 1)
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - the archive changed or broke since listing
        raise InputError(str(member), _damage(exc)) from None
    if member.sha256 is not None and hashlib.sha256(payload).digest() != member.sha256:
        raise InputError(str(member), "the archive changed while it was being packed")
    return payload, member


def provenance(member: WarcMember) -> dict[str, str]:
    """What the bag says about where its original came from (bag-info labels)."""
    values = {"WARC-Target-URI": member.uri, "WARC-Date": member.date,
              "WARC-Record-ID": member.record_id, "WARC-Filename": member.warc_name,
              "WARC-Payload-Digest": member.payload_digest}
    return {label: value for label, value in values.items() if value}


def read_warc_article(member: WarcMember) -> Article:
    """The Article of one archived response: the payload as the original, read with the
    HTTP header's charset, its URL and capture date as the page's own metadata."""
    from archive.read.reader import parse_article

    payload, member = read_member(member)
    try:
        article = parse_article(member.path, payload, declared_charset=member.charset)
    except InputError as exc:
        raise InputError(str(member), exc.reason) from None
    metadata = dict(article.metadata)
    metadata["url"] = member.uri
    if member.date:
        metadata["captured"] = member.date
    metadata["warc"] = provenance(member)
    return replace(article, metadata=metadata)
