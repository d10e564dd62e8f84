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
