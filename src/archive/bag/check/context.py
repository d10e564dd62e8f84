"""What every rule family of the checker shares: the bag being checked, its findings so far,
the declared version and encoding, the disk scan, and tag-file decoding (RFC 8493 2.3)."""

from __future__ import annotations

import codecs
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from archive.bag.check.rules import RULES
from archive.base.findings import Finding

_SYSTEM_FILES = frozenset({".ds_store", "thumbs.db", "ehthumbs.db", "desktop.ini", ".directory", "icon\r"})
MANIFEST_RE = re.compile(r"^(tag)?manifest-([a-z0-9]+)\.txt$")
LINE_SPLIT_RE = re.compile(r"\r\n|\r|\n")


@dataclass
class ManifestEntry:
    """One parsed manifest line."""

    manifest: str
    lineno: int
    algorithm: str
    checksum: str
    path: str
    alt_path: str | None = None
    resolved: str | None = None


@dataclass
class Disk:
    """What is actually on disk, gathered without following links out of the bag."""

    payload: dict[str, int] = field(default_factory=dict)  # rel path -> size
    tag_files: set[str] = field(default_factory=set)
    dirs: set[str] = field(default_factory=set)
    unreadable: set[str] = field(default_factory=set)


def to_nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def to_fold(text: str) -> str:
    return to_nfc(text).casefold()


def is_system_file(rel: str) -> bool:
    name = rel.rsplit("/", 1)[-1]
    return name.lower() in _SYSTEM_FILES or name.startswith("._")


class BagContext:
    """The state of one check: the bag, its findings in order, and the helpers every family uses."""

    def __init__(self, root: Path, fast: bool) -> None:
        self.root = root
        self.root_real = os.path.realpath(root)
        self.fast = fast
        self.findings: list[Finding] = []
        self.version: tuple[int, int] | None = None
        self.encoding = "utf-8"
        self.disk = Disk()
        self.missing_system_files: set[str] = set()

    # -- helpers -----------------------------------------------------------------
    @property
    def strict(self) -> bool:
        """True when RFC 8493 (1.0) MUSTs and SHOULDs apply in full."""
        return self.version is not None and self.version >= (1, 0)

    def add(self, severity: str, rule: str, file: str, location: str, message: str, hint: str = "") -> None:
        assert rule in RULES, rule
        self.findings.append(Finding(severity, rule, file, location, message, hint))  # type: ignore[arg-type]

    def versioned(self) -> str:
        """Severity for rules that are MUST in 1.0 but were allowed earlier."""
        return "error" if self.strict else "warning"

    def abs(self, rel: str) -> str:
        return os.path.join(self.root, *rel.split("/"))

    def _inside(self, real: str) -> bool:
        return real == self.root_real or real.startswith(self.root_real.rstrip(os.sep) + os.sep)

    # -- tag file reading (2.3) ------------------------------------------------------------
    def read_lines(self, rel: str) -> list[tuple[int, str]] | None:
        """Decode a tag file with the declared encoding; return numbered lines."""
        try:
            raw = Path(self.abs(rel)).read_bytes()
        except OSError:
            return None
        if self.encoding == "utf-8" and raw.startswith(codecs.BOM_UTF8):
            self.add("error", "bagit.tagfile.bom", rel, "line 1",
                     f"{rel} begins with a byte-order mark, which is not allowed for UTF-8 tag files.")
            raw = raw[len(codecs.BOM_UTF8):]
        try:
            text = raw.decode(self.encoding)
        except UnicodeDecodeError as exc:
            self.add("error", "bagit.tagfile.encoding", rel, f"byte {exc.start}",
                     f"{rel} does not decode as {self.encoding}, the encoding declared in bagit.txt.")
            text = raw.decode(self.encoding, errors="replace")
        if text.startswith("\ufeff"):
            text = text[1:]
        lines = LINE_SPLIT_RE.split(text)
        if lines and lines[-1] == "":
            lines.pop()
        numbered = list(enumerate(lines, start=1))
        blanks = [n for n, line in numbered if line.strip() == ""]
        if blanks:
            self.add("warning", "bagit.tagfile.blank-line", rel, f"line {blanks[0]}",
                     f"{rel} has {len(blanks)} blank line(s); they are ignored.")
        return [(n, line) for n, line in numbered if line.strip() != ""]
