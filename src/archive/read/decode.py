"""Decode an input's bytes safely, and the checks every reader applies to its headline and body."""

from __future__ import annotations

import re
from pathlib import Path

from archive.base.errors import InputError

#: Larger inputs are refused: no news item is this long, and the limit bounds memory and time.
MAX_INPUT_BYTES = 4 * 1024 * 1024
#: A first line longer than this is not a headline.
MAX_HEADLINE_CHARS = 1000

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")


def decode(path: Path, raw: bytes, *, html: bool = False,
           declared: str | None = None) -> tuple[str, str, list[str]]:
    """Decode bytes to text with normalised newlines, in the order a browser decides the
    encoding (see ``archive.read.charset``); ``declared`` is a transport's charset label."""
    from archive.read import charset

    warnings: list[str] = []
    bom = charset.bom_encoding(raw)
    body = raw[bom[1]:] if bom else raw
    codec = bom[0] if bom else charset.codec_for(declared)
    declared_by = None if bom or codec is None else "the HTTP header"
    if codec is None and html:
        codec = charset.meta_encoding(body)
        declared_by = "the page" if codec else None
    wide = codec is not None and codec.startswith(("utf-16", "utf-32"))
    if not wide and b"\x00" in body:
        body = _drop_stray_nuls(path, body, html, warnings)
    if not wide and _looks_binary(body):
        raise InputError(path, "not a text document (binary content)")
    if codec is None:
        if charset.looks_like_utf8(body):
            codec = "utf-8"
        else:
            codec = charset.detect_encoding(body)
            warnings.append("no encoding declared and not UTF-8; detected "
                            f"{charset.display_name(codec)}")
    text, replaced = charset.decode_counting(body, codec)
    if replaced:
        if bom and wide:
            raise InputError(path, "invalid UTF-16 text")
        as_declared = f" (declared by {declared_by})" if declared_by else ""
        warnings.append(f"{replaced} invalid byte sequence(s) for "
                        f"{charset.display_name(codec)}{as_declared} replaced with U+FFFD")
    if "\x00" in text:
        raise InputError(path, "not a text document (NUL characters)")
    # Most text has none of the characters _NEWLINES replaces; looking for each is quicker
    # than the substitution, which tries the pattern at every position.
    if "\r" in text or "\u2028" in text or "\u2029" in text or "\x85" in text:
        text = _NEWLINES.sub("\n", text)
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
        warnings.append("control characters removed")
    encoding = charset.display_name(codec)
    return text, "utf-16" if encoding.startswith("utf-16") and bom else encoding, warnings


#: NULs in an HTML page count as strays up to this number, or this share of its bytes.
_STRAY_NULS = 32
_STRAY_NUL_SHARE = 0.01


def _drop_stray_nuls(path: Path, body: bytes, html: bool, warnings: list[str]) -> bytes:
    """A few NUL bytes in a web page (a broken server or editor) are dropped, as browsers
    drop them; anything else holding NULs is not text."""
    count = body.count(b"\x00")
    if not html or count > max(_STRAY_NULS, len(body) * _STRAY_NUL_SHARE):
        raise InputError(path, "not a text document (binary content)")
    warnings.append(f"{count} NUL byte(s) dropped")
    return body.replace(b"\x00", b"")


#: Bytes that text hardly ever holds: C0 controls other than tab, newlines, form feed, CR.
_BINARY_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    # Deleting them in C and comparing lengths counts them without a Python loop per byte.
    controls = len(sample) - len(sample.translate(None, _BINARY_BYTES))
    return controls > len(sample) * 0.05


#: Spaces of other widths and kinds (no-break, thin, figure, ideographic, ...), which typesetting
#: and word processors put inside dates, names and numbers: each becomes a plain space.
_ODD_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
#: Invisible characters that only hint at line breaking or rendering (soft hyphen, zero-width
#: space, word joiner, a stray byte-order mark): dropped, so that a word they sit in reads whole.
#: The zero-width (non-)joiners are kept: in Persian, Indic scripts and emoji they are spelling.
_INVISIBLE = "\u00ad\u180e\u200b\u2060\ufeff"
_TYPOGRAPHY = re.compile(f"[{_ODD_SPACES}{_INVISIBLE}]")
_PLAIN = str.maketrans({**dict.fromkeys(_ODD_SPACES, " "), **dict.fromkeys(_INVISIBLE)})


def plain_typography(text: str) -> str:
    """The text with odd spaces made plain and invisible break hints dropped, so that the
    extractor reads the same words whatever the typesetting (the bag keeps the original
    bytes; evidence offsets point into this text)."""
    if not _TYPOGRAPHY.search(text):
        return text
    return text.translate(_PLAIN)


def first_line(text: str) -> str:
    for line in text.split("\n"):
        if line.strip():
            return " ".join(line.split())
    return ""


def check_headline(path: Path, headline: str) -> str:
    if not headline:
        raise InputError(path, "no headline")
    if len(headline) > MAX_HEADLINE_CHARS:
        raise InputError(
            path, f"no headline: first line is {len(headline)} characters long "
            f"(limit {MAX_HEADLINE_CHARS})"
        )
    return headline


def body_warnings(text: str, headline: str, warnings: list[str]) -> tuple[str, ...]:
    rest = text.strip()
    if rest.startswith(headline):
        rest = rest[len(headline):]
    if not rest.strip():
        warnings.append("no article body")
    return tuple(warnings)
