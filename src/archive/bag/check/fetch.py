"""fetch.txt (RFC 8493 2.2.3): URLs, lengths and paths; URLs are parsed, never fetched."""

from __future__ import annotations

import re

from archive.bag.check.paths import PathChecks

_URI_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:\S+$")


class FetchChecks(PathChecks):
    def check_fetch(self) -> dict[str, tuple[int, int | None]]:
        rel = "fetch.txt"
        out: dict[str, tuple[int, int | None]] = {}
        if rel not in self.disk.tag_files:
            return out
        for lineno, line in self.read_lines(rel) or []:
            loc = f"line {lineno}"
            m = re.match(r"^([^ \t]+)[ \t]+([^ \t]+)[ \t]+(.+)$", line)
            if not m:
                self.add("error", "bagit.fetch.malformed-line", rel, loc,
                         f"Line {line[:60]!r} is not 'url length filepath'.")
                continue
            url, length, path = m.groups()
            if not _URI_RE.match(url):
                self.add("error", "bagit.fetch.bad-url", rel, loc, f"{url[:60]!r} is not an absolute URI.")
            if not (length == "-" or length.isdigit()):
                self.add("error", "bagit.fetch.bad-length", rel, loc,
                         f"Length {length!r} must be a number of octets or '-'.")
            cleaned = self.clean_path(path, rel, loc)
            if cleaned is None:
                continue
            if not cleaned[0].startswith("data/"):
                self.add("error", "bagit.fetch.path-outside-payload", rel, loc,
                         f"fetch.txt lists {cleaned[0]!r}, which is outside data/.")
                continue
            size = int(length) if length.isdigit() else None
            out[cleaned[0]] = (lineno, size)
            actual = self.disk.payload.get(cleaned[0])
            if actual is not None and size is not None and actual != size:
                self.add("warning", "bagit.fetch.length-mismatch", cleaned[0], f"fetch.txt line {lineno}",
                         f"fetch.txt gives {size} octets but the file has {actual}.")
        return out
