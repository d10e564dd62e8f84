"""Paths listed in manifests and fetch.txt: percent-encoding, absolute and escaping paths,
non-canonical segments, backslashes (RFC 8493 2.1.3, 5.1, 6.1.2)."""

from __future__ import annotations

import re

from archive.bag.check.context import BagContext

_PCT_RE = re.compile(r"%(0[AaDd]|25)")


class PathChecks(BagContext):
    def clean_path(self, raw: str, rel: str, loc: str) -> tuple[str, str | None] | None:
        """Decode and normalize a listed path; None if it is unsafe or unusable."""
        decoded = _PCT_RE.sub(lambda m: {"0a": "\n", "0d": "\r", "25": "%"}[m.group(1).lower()], raw)
        primary, alt = (decoded, raw) if self.strict else (raw, decoded)
        cleaned: list[str] = []
        for candidate in (primary, alt):
            result = self._normalize(candidate, rel, loc, report=not cleaned)
            if result is None and not cleaned:
                return None
            cleaned.append(result if result is not None else "")
        alt_clean = cleaned[1] if cleaned[1] and cleaned[1] != cleaned[0] else None
        return cleaned[0], alt_clean

    def _normalize(self, path: str, rel: str, loc: str, report: bool) -> str | None:
        def add(severity: str, rule: str, message: str, hint: str = "") -> None:
            if report:
                self.add(severity, rule, rel, loc, message, hint)

        if not path or "\x00" in path:
            add("error", "bagit.manifest.malformed-line", "The listed path is empty or contains NUL.")
            return None
        if path.startswith("/") or re.match(r"^[A-Za-z]:[/\\]", path) or path.startswith("\\\\"):
            add("error", "bagit.path.absolute", f"Path {path!r} is absolute; bag paths must be relative.")
            return None
        if "\\" in path:
            add("warning", "bagit.path.backslash",
                f"Path {path!r} contains a backslash, a path separator on Windows.")
        parts = path.split("/")
        out: list[str] = []
        odd = False
        for i, part in enumerate(parts):
            if part in ("", "."):
                if not (i == 0 and part == "."):
                    odd = True
                continue
            if part == "..":
                if not out:
                    add("error", "bagit.path.escapes-bag",
                        f"Path {path!r} uses '..' to point outside the bag.", "Remove the entry.")
                    return None
                out.pop()
                odd = True
                continue
            out.append(part)
        if not out:
            add("error", "bagit.manifest.malformed-line", f"Path {path!r} names the bag itself.")
            return None
        if parts[0] == "." or odd:
            add("warning", "bagit.path.non-canonical",
                f"Path {path!r} is not in canonical form; read as {'/'.join(out)!r}.",
                "Write paths like 'data/file.txt' without './' or '..' segments.")
        return "/".join(out)
