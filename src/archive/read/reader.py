"""Read an article file: decode it safely and pull out its headline, main text and metadata.

Readers never interpret prose: they only separate what the document says about itself
(front matter, page metadata, embedded JSON-LD) from its readable text. The original bytes
are kept untouched for the bag.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from archive.base.errors import InputError
from archive.read.article import Article
from archive.read.decode import (
    MAX_INPUT_BYTES,
    body_warnings,
    check_headline,
    decode,
    first_line,
    plain_typography,
)
from archive.read.html import read_html
from archive.read.markdown import read_markdown
from archive.read.paths import MEDIA_TYPES
from archive.read.unwrap import unwrap


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


def parse_article(path: Path, raw: bytes, declared_charset: str | None = None) -> Article:
    """Build an Article from bytes already read (kept separate so tests need no files).

    ``declared_charset`` is the encoding a transport declared for the bytes (the charset of
    an archived response's ``Content-Type``); it wins over the page's own declaration."""
    if not raw:
        raise InputError(path, "empty input")
    suffix = path.suffix.lower()
    media_type = MEDIA_TYPES.get(suffix)
    text, encoding, warnings = decode(path, raw, html=media_type == "text/html",
                                      declared=declared_charset)
    if media_type is None:
        raise InputError(
            path, f"unsupported format '{suffix or path.name}' (expected .txt, .md or .html)"
        )
    if not text.strip():
        raise InputError(path, "no text content")
    if media_type == "text/html":
        return read_html(path, raw, text, encoding, warnings)
    if media_type == "text/markdown":
        return read_markdown(path, raw, text, encoding, warnings)
    return _read_plain(path, raw, text, encoding, warnings)


def _read_plain(path: Path, raw: bytes, text: str, encoding: str, warnings: list[str]) -> Article:
    # unwrapped first: a wrapper never breaks a line at a no-break space
    text = plain_typography(unwrap(text.strip("\n")))
    headline = check_headline(path, first_line(text))
    metadata: dict[str, Any] = {}
    return Article(
        path=path, raw=raw, media_type="text/plain", encoding=encoding, headline=headline,
        text=text + "\n", metadata=metadata,
        warnings=body_warnings(text, headline, warnings),
    )
