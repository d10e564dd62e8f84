"""Which character encoding an input's bytes are in, decided in the order a browser decides.

1. a byte order mark (UTF-8, UTF-16);
2. the encoding a transport declared (the ``Content-Type`` header of an archived HTTP
   response);
3. for HTML, the page's own ``<meta charset>`` or ``<meta http-equiv="Content-Type">`` in its
   first 1024 bytes (the HTML standard's prescan);
4. otherwise the bytes themselves: valid UTF-8 is UTF-8; UTF-8 with a few bad bytes stays
   UTF-8; anything else goes to charset-normalizer's detection, with windows-1252 (the
   browsers' fallback) winning a tie.

Labels are mapped as the WHATWG Encoding Standard maps them (``iso-8859-1`` and ``ascii`` are
windows-1252, and so on). A byte that is invalid in the chosen encoding becomes U+FFFD and is
counted in a warning: one bad byte never switches the whole page to another codec.
"""

from __future__ import annotations

import codecs
import re

#: Python codec names -> the encoding a browser uses for them (WHATWG Encoding Standard).
_WHATWG = {
    "ascii": "cp1252", "latin_1": "cp1252", "iso8859-1": "cp1252", "iso8859-9": "cp1254",
    "iso8859-11": "cp874", "tis-620": "cp874", "gb2312": "gbk", "euc_kr": "cp949",
    "shift_jis": "cp932", "big5": "big5hkscs",
}
#: How encodings are named in warnings and ``Article.encoding``.
_DISPLAY = {f"cp{n}": f"windows-{n}" for n in (874, *range(1250, 1259))}
_DISPLAY.update({"utf-8": "utf-8", "utf-16": "utf-16", "utf-16-le": "utf-16le",
                 "utf-16-be": "utf-16be"})

_META = re.compile(rb"<meta\b([^>]*)>", re.I)
_ATTRIBUTE = re.compile(rb"""([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.I)
_CHARSET_IN_CONTENT = re.compile(rb"""charset\s*=\s*["']?([^\s"';]+)""", re.I)


def codec_for(label: str | bytes | None) -> str | None:
    """The Python codec a browser would use for an encoding label; None when unknown."""
    if not label:
        return None
    if isinstance(label, bytes):
        label = label.decode("ascii", "replace")
    label = label.strip().strip("\"'").lower()
    if label in ("x-user-defined", "replacement"):
        return None
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return _WHATWG.get(name, name)


def display_name(codec: str) -> str:
    name = codecs.lookup(codec).name
    return _DISPLAY.get(name, name)


def bom_encoding(raw: bytes) -> tuple[str, int] | None:
    """(codec, length of the mark) when the bytes open with a byte order mark."""
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8", 3
    if raw.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le", 2
    if raw.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be", 2
    return None


def meta_encoding(raw: bytes) -> str | None:
    """The encoding an HTML page declares in its first 1024 bytes, as a browser reads it."""
    head = re.sub(rb"<!--.*?-->", b"", raw[:1024], flags=re.S)
    for tag in _META.finditer(head):
        attributes = {m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or b""
                      for m in _ATTRIBUTE.finditer(tag.group(1))}
        label: bytes | None = attributes.get(b"charset")
        if label is None and attributes.get(b"http-equiv", b"").lower() == b"content-type":
            found = _CHARSET_IN_CONTENT.search(attributes.get(b"content", b""))
            label = found.group(1) if found else None
        codec = codec_for(label)
        if codec is not None:
            # a page cannot declare itself UTF-16 from inside (the prescan read it as ASCII)
            return "utf-8" if codec.startswith("utf-16") else codec
    return None


def looks_like_utf8(raw: bytes) -> bool:
    """Valid UTF-8, or UTF-8 with a few bad bytes: more well-formed multi-byte characters
    than broken sequences. Text in a legacy single-byte encoding hardly ever forms one."""
    try:
        raw.decode("utf-8")
        return True
    except UnicodeDecodeError:
        pass
    text = raw.decode("utf-8", "replace")
    broken = text.count("\ufffd") - raw.count(b"\xef\xbf\xbd")
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))  # counted in C, not per char
    return non_ascii - text.count("\ufffd") > broken


def detect_encoding(raw: bytes) -> str:
    """charset-normalizer's best guess; windows-1252 when it is among the tied best."""
    from charset_normalizer import from_bytes

    results = list(from_bytes(raw[:65536]))
    if not results:
        return "cp1252"
    best = results[0]
    tied = [r for r in results if r.chaos == best.chaos and r.coherence == best.coherence]
    if any("cp1252" in r.could_be_from_charset for r in tied):
        return "cp1252"
    return codec_for(best.encoding) or "cp1252"


def decode_counting(raw: bytes, codec: str) -> tuple[str, int]:
    """Decode with every invalid byte sequence as U+FFFD; return the text and their number."""
    text = raw.decode(codec, "replace")
    if "\ufffd" not in text:
        return text, 0
    already = raw.decode(codec, "ignore").count("\ufffd")
    return text, text.count("\ufffd") - already
