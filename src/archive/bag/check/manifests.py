"""Finding and parsing manifests (RFC 8493 2.1.3, 2.4): names, algorithms, lines, checksums,
duplicate and clashing entries."""

from __future__ import annotations

import hashlib
import re

from archive.bag.check.context import MANIFEST_RE, ManifestEntry, to_fold, to_nfc
from archive.bag.check.paths import PathChecks
from archive.bag.check.rules import SUPPORTED_ALGORITHMS, WEAK_ALGORITHMS

_MANIFESTISH_RE = re.compile(r"^(tag)?manifest-(.+)\.txt$", re.IGNORECASE)
_MANIFEST_LINE_RE = re.compile(r"^([^ \t]+)[ \t]+(.*)$", re.DOTALL)
_HEX_RE = re.compile(r"^[0-9A-Fa-f]+$")


class ManifestChecks(PathChecks):
    def find_manifests(self) -> tuple[dict[str, str], dict[str, str]]:
        payload: dict[str, str] = {}
        tags: dict[str, str] = {}
        for rel in sorted(self.disk.tag_files):
            if "/" in rel:
                continue
            m = MANIFEST_RE.match(rel)
            if m:
                (tags if m.group(1) else payload)[rel] = m.group(2)
            elif _MANIFESTISH_RE.match(rel):
                self.add("warning", "bagit.manifest.bad-name", rel, "",
                         f"{rel} looks like a manifest but its algorithm name is not lowercase alphanumeric; "
                         "it is treated as an ordinary tag file.")
        if not payload:
            self.add("error", "bagit.manifest.none", "", "", "The bag has no payload manifest (manifest-<alg>.txt).",
                     "Write manifest-sha512.txt listing every file under data/.")
        for rel, alg in {**payload, **tags}.items():
            if alg not in SUPPORTED_ALGORITHMS:
                self.add("warning", "bagit.manifest.unsupported-algorithm", rel, "",
                         f"Algorithm {alg!r} is not supported, so {rel} is checked for completeness only.")
            elif alg in WEAK_ALGORITHMS and self.strict and rel in payload:
                self.add("warning", "bagit.manifest.weak-algorithm", rel, "",
                         f"{rel} uses {alg}, kept only for backwards compatibility in BagIt 1.0.",
                         "Add manifest-sha512.txt.")
        if payload and not any(alg in SUPPORTED_ALGORITHMS for alg in payload.values()):
            self.add("error", "bagit.manifest.no-supported-algorithm", "", "",
                     "No payload manifest uses a supported algorithm, so no checksum can be verified.")
        return payload, tags

    def parse_manifest(self, rel: str, alg: str, is_tag: bool) -> list[ManifestEntry]:
        lines = self.read_lines(rel) or []
        malformed = "bagit.tagmanifest.malformed-line" if is_tag else "bagit.manifest.malformed-line"
        expected_len = hashlib.new(SUPPORTED_ALGORITHMS[alg]).digest_size * 2 if alg in SUPPORTED_ALGORITHMS else None
        entries: list[ManifestEntry] = []
        marker_lines: list[int] = []
        for lineno, line in lines:
            loc = f"line {lineno}"
            m = _MANIFEST_LINE_RE.match(line)
            if not m:
                self.add("error", malformed, rel, loc, f"Line {line[:60]!r} is not 'checksum filepath'.")
                continue
            checksum, path = m.group(1), m.group(2)
            if checksum.startswith("\\"):
                # md5sum escapes paths containing backslashes or newlines this way (6.1.3).
                checksum = checksum[1:]
                path = path.replace("\\\\", "\x00").replace("\\n", "\n").replace("\x00", "\\")
                marker_lines.append(lineno)
            if not _HEX_RE.match(checksum):
                self.add("error", malformed, rel, loc, f"Checksum {checksum[:20]!r} is not hexadecimal.")
                continue
            if path.startswith("*") and re.match(r"^[0-9A-Fa-f]+ \*", line):
                path = path[1:]
                marker_lines.append(lineno)
            if expected_len is not None and len(checksum) != expected_len:
                self.add("error", "bagit.manifest.bad-checksum", rel, loc,
                         f"A {alg} checksum has {expected_len} hex digits, this one {len(checksum)}.")
                continue
            cleaned = self.clean_path(path, rel, loc)
            if cleaned is None:
                continue
            entries.append(ManifestEntry(rel, lineno, alg, checksum.lower(), cleaned[0], cleaned[1]))
        if marker_lines:
            self.add("warning", "bagit.manifest.md5sum-marker", rel, f"line {marker_lines[0]}",
                     f"{rel} uses md5sum output conventions on {len(marker_lines)} line(s); "
                     "accepted, but the bag fails strict validation.",
                     "Regenerate the manifest as 'checksum  path' lines.")
        return entries

    def _duplicates(self, entries: list[ManifestEntry], rel: str) -> None:
        seen: dict[str, ManifestEntry] = {}
        for e in entries:
            first = seen.get(e.path)
            if first is None:
                seen[e.path] = e
            elif first.checksum == e.checksum:
                self.add(self.versioned(), "bagit.manifest.duplicate-entry", rel, f"line {e.lineno}",
                         f"{e.path} is listed again (first on line {first.lineno}); "
                         "each file must be listed exactly once.")
            else:
                self.add("error", "bagit.manifest.duplicate-conflict", rel, f"line {e.lineno}",
                         f"{e.path} is listed again with a different checksum (first on line {first.lineno}).")
        by_fold: dict[str, list[str]] = {}
        for path in seen:
            by_fold.setdefault(to_fold(path), []).append(path)
        for group in by_fold.values():
            if len(group) < 2:
                continue
            if len({to_nfc(p) for p in group}) < len(group):
                self.add("warning", "bagit.manifest.normalization-clash", rel, "",
                         f"Entries {group!r} differ only in Unicode normalization.")
            if len({to_nfc(p) for p in group}) > 1:
                self.add("warning", "bagit.manifest.case-clash", rel, "",
                         f"Entries {sorted({to_nfc(p) for p in group})!r} differ only in case; "
                         "they collide on case-insensitive filesystems.")
