"""BagIt validator written against RFC 8493 (BagIt 1.0), independent of ``bagit``.

Why our own: the reference ``bagit`` library stops at the first problem,
misclassifies several Library of Congress conformance bags and gives no
stable rule ids.  ``check_bag`` returns every finding it can, each tagged
with a rule id from ``RULES`` that cites the RFC 8493 section it enforces.

Version policy (how the suite and the RFC fit together):

* Bags declaring ``BagIt-Version: 1.0`` (or later) are held to RFC 8493
  MUSTs as errors and its SHOULDs as warnings (weak md5/sha1 manifests,
  non-UTF-8 tag files, unlisted tag files, repeated Bagging-Date ...).
* Bags declaring 0.97 (or an older draft, which is itself a warning) are
  judged by what the 0.97 draft allowed: a payload file may be listed in
  only one manifest, duplicate identical manifest lines are a warning,
  extra whitespace around bag-info colons is fine, and 1.0 SHOULDs are
  not reported.
* Tolerances recommended by RFC 8493 section 6.1 (Unicode normalization and
  case differences between manifest and disk, md5sum ``*`` markers,
  ``./`` prefixes) are accepted with a warning; checksums are still
  verified against the file actually found.
* A payload file listed in ``fetch.txt`` but absent is an error with its own
  rule (``bagit.fetch.not-fetched``): section 3 requires every listed file
  to be present before a bag is complete, so a holey bag is not valid yet.
* Symbolic links are never followed out of the bag (section 5.1): a link
  whose target leaves the bag is an error; one staying inside is a warning
  (not portable) and is read through.
* Operating-system clutter (``.DS_Store``, ``Thumbs.db`` ...) listed in a
  manifest but missing on disk is a warning, not an error: copy tools and
  version control routinely drop these files (the conformance suite's
  ``special-system-files`` bag is labelled "warning" for this case).

No network access happens: ``fetch.txt`` URLs are only parsed.  Files are
hashed in 1 MiB chunks, each file once for all algorithms that list it.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from archive.base.findings import Finding

__all__ = ["check_bag", "Finding", "RULES", "SUPPORTED_ALGORITHMS"]

CHUNK_SIZE = 1024 * 1024

#: Normalized algorithm name (RFC 8493 section 2.4) -> hashlib constructor name.
SUPPORTED_ALGORITHMS: dict[str, str] = {
    "md5": "md5",
    "sha1": "sha1",
    "sha224": "sha224",
    "sha256": "sha256",
    "sha384": "sha384",
    "sha512": "sha512",
}
WEAK_ALGORITHMS = frozenset({"md5", "sha1"})

#: rule id -> (RFC 8493 section, severity, what it means).
#: "error/warning" means error for BagIt >= 1.0 bags, warning for older ones.
RULES: dict[str, tuple[str, str, str]] = {
    "bagit.bag.not-a-directory": ("2", "error", "The bag path is not a directory."),
    "bagit.bagit-txt.missing": ("2.1.1", "error", "bagit.txt is missing."),
    "bagit.bagit-txt.bom": ("2.1.1", "error", "bagit.txt starts with a byte-order mark."),
    "bagit.bagit-txt.encoding": ("2.1.1", "error", "bagit.txt is not valid UTF-8."),
    "bagit.bagit-txt.malformed": ("2.1.1", "error", "bagit.txt is not exactly the two required lines."),
    "bagit.bagit-txt.missing-encoding": ("2.1.1", "error", "Tag-File-Character-Encoding line is missing."),
    "bagit.bagit-txt.version-invalid": ("2.1.1", "error", "BagIt-Version is not of the form M.N."),
    "bagit.bagit-txt.version-unsupported": ("2.1.1", "warning", "BagIt-Version is neither 0.97 nor 1.0."),
    "bagit.bagit-txt.unknown-encoding": ("2.1.1", "error", "The declared tag file encoding is unknown."),
    "bagit.bagit-txt.non-utf8": ("2.1.1", "warning", "Tag files are not UTF-8 (1.0 bags only)."),
    "bagit.tagfile.bom": ("2.3", "error", "A UTF-8 tag file starts with a byte-order mark."),
    "bagit.tagfile.encoding": ("2.3", "error", "A tag file does not decode in the declared encoding."),
    "bagit.tagfile.blank-line": ("2.3", "warning", "A tag file contains blank lines (ignored)."),
    "bagit.payload.missing-data-dir": ("2.1.2", "error", "The data/ payload directory is missing."),
    "bagit.payload.not-in-manifest": ("3", "error", "A payload file is listed in no payload manifest."),
    "bagit.payload.not-regular-file": ("2.1.2", "error", "A payload entry is a device, FIFO or socket."),
    "bagit.payload.system-file": ("6.1", "warning", "OS clutter (.DS_Store, Thumbs.db) in the payload."),
    "bagit.payload.system-file-missing": ("6.1", "warning", "A listed OS clutter file is missing."),
    "bagit.payload.case-clash": ("6.1.1.3", "warning", "Payload files differ only in case."),
    "bagit.payload.normalization-clash": ("6.1.1.3", "warning", "Payload files differ only in Unicode normalization."),
    "bagit.symlink": ("5.1", "warning", "A symbolic link inside the bag (not portable)."),
    "bagit.symlink.escapes": ("5.1", "error", "A symbolic link points outside the bag."),
    "bagit.manifest.none": ("2.1.3", "error", "No payload manifest manifest-<alg>.txt exists."),
    "bagit.manifest.bad-name": ("2.4", "warning", "A manifest-like file name is not normalized."),
    "bagit.manifest.unsupported-algorithm": ("2.4", "warning", "A manifest algorithm is not supported; not verified."),
    "bagit.manifest.no-supported-algorithm": ("3", "error", "No payload manifest uses a supported algorithm."),
    "bagit.manifest.weak-algorithm": ("2.4", "warning", "md5/sha1 manifest in a 1.0 bag."),
    "bagit.manifest.malformed-line": ("2.1.3", "error", "A manifest line is not 'checksum filepath'."),
    "bagit.manifest.bad-checksum": ("2.1.3", "error", "A checksum has the wrong length for its algorithm."),
    "bagit.manifest.md5sum-marker": ("6.1.3", "warning", "md5sum binary-mode '*' before the path."),
    "bagit.manifest.path-outside-payload": ("2.1.3", "error", "A payload manifest lists a path outside data/."),
    "bagit.manifest.missing-file": ("3", "error", "A file listed in a payload manifest is missing."),
    "bagit.manifest.lists-directory": ("2.1.3", "error", "A manifest lists a directory."),
    "bagit.manifest.checksum-mismatch": ("3", "error", "A payload file does not match its checksum."),
    "bagit.manifest.duplicate-entry": ("2.1.3", "error/warning", "A path is listed twice with the same checksum."),
    "bagit.manifest.duplicate-conflict": ("2.1.3", "error", "A path is listed twice with different checksums."),
    "bagit.manifest.not-in-every-manifest": ("3", "error/warning", "A payload file is missing from some manifests."),
    "bagit.manifest.case-clash": ("6.1.1.3", "warning", "Manifest entries differ only in case."),
    "bagit.manifest.normalization-clash": ("6.1.1.3", "warning", "Manifest entries differ only in normalization."),
    "bagit.path.absolute": ("5.1", "error", "A listed path is absolute."),
    "bagit.path.escapes-bag": ("5.1", "error", "A listed path uses '..' to leave the bag."),
    "bagit.path.non-canonical": ("2.1.3", "warning", "A listed path has './', '//' or inner '..' segments."),
    "bagit.path.backslash": ("6.1.2", "warning", "A listed path contains a backslash."),
    "bagit.path.normalization-mismatch": ("6.1.1.3", "warning", "Listed name matches a file only after normalization."),
    "bagit.path.case-mismatch": ("6.1.1.1", "warning", "Listed name matches a file only ignoring case."),
    "bagit.path.percent-encoding": ("2.1.3", "warning", "Listed name matches only with the other %-encoding reading."),
    "bagit.tagmanifest.malformed-line": ("2.2.1", "error", "A tag manifest line is not 'checksum filepath'."),
    "bagit.tagmanifest.lists-payload": ("2.2.1", "error", "A tag manifest lists a payload file."),
    "bagit.tagmanifest.lists-tagmanifest": ("2.2.1", "error", "A tag manifest lists a tag manifest."),
    "bagit.tagmanifest.missing-file": ("3", "error", "A file listed in a tag manifest is missing."),
    "bagit.tagmanifest.checksum-mismatch": ("3", "error", "A tag file does not match its checksum."),
    "bagit.tagmanifest.missing-payload-manifest": ("2.2.1", "error/warning", "A tag manifest omits a payload manifest."),
    "bagit.tagmanifest.unlisted-tag-file": ("2.2.1", "warning", "A tag file is not in a tag manifest (1.0 only)."),
    "bagit.tagmanifest.inconsistent": ("2.2.1", "warning", "Tag manifests list different files (1.0 only)."),
    "bagit.tagmanifest.algorithm-mismatch": ("2.2.1", "warning", "Tag and payload manifest algorithms differ (1.0 only)."),
    "bagit.bag-info.malformed-line": ("2.2.2", "error", "A bag-info.txt line is not 'label: value'."),
    "bagit.bag-info.label-whitespace": ("2.2.2", "error", "A 1.0 bag-info label starts or ends with whitespace."),
    "bagit.bag-info.empty-value": ("2.2.2", "warning", "A bag-info element has no value."),
    "bagit.bag-info.repeated-element": ("2.2.2", "warning", "A should-not-repeat element repeats (1.0 only)."),
    "bagit.bag-info.bagging-date-format": ("2.2.2", "warning", "Bagging-Date is not YYYY-MM-DD (1.0 only)."),
    "bagit.bag-info.payload-oxum-repeated": ("2.2.2", "error", "Payload-Oxum appears more than once."),
    "bagit.bag-info.payload-oxum-malformed": ("2.2.2", "error", "Payload-Oxum is not OctetCount.StreamCount."),
    "bagit.bag-info.payload-oxum-mismatch": ("2.2.2", "error", "Payload-Oxum disagrees with the payload."),
    "bagit.bag-info.payload-oxum-unverifiable": ("2.2.2", "warning", "Oxum differs only by missing OS clutter."),
    "bagit.fetch.malformed-line": ("2.2.3", "error", "A fetch.txt line is not 'url length filepath'."),
    "bagit.fetch.bad-url": ("2.2.3", "error", "A fetch.txt URL is not an absolute URI."),
    "bagit.fetch.bad-length": ("2.2.3", "error", "A fetch.txt length is neither digits nor '-'."),
    "bagit.fetch.path-outside-payload": ("2.2.3", "error", "fetch.txt lists a path outside data/."),
    "bagit.fetch.not-in-manifest": ("2.2.3", "error", "A fetch.txt file is missing from a payload manifest."),
    "bagit.fetch.not-fetched": ("3", "error", "A file listed in fetch.txt has not been fetched yet."),
    "bagit.fetch.length-mismatch": ("2.2.3", "warning", "A fetched file's size differs from fetch.txt."),
}

_SYSTEM_FILES = frozenset({".ds_store", "thumbs.db", "ehthumbs.db", "desktop.ini", ".directory", "icon\r"})
_MANIFEST_RE = re.compile(r"^(tag)?manifest-([a-z0-9]+)\.txt$")
_MANIFESTISH_RE = re.compile(r"^(tag)?manifest-(.+)\.txt$", re.IGNORECASE)
_LINE_SPLIT_RE = re.compile(r"\r\n|\r|\n")
_MANIFEST_LINE_RE = re.compile(r"^([^ \t]+)[ \t]+(.*)$", re.DOTALL)
_HEX_RE = re.compile(r"^[0-9A-Fa-f]+$")
_PCT_RE = re.compile(r"%(0[AaDd]|25)")
_VERSION_LINE_RE = re.compile(r"^BagIt-Version: ([0-9]+)\.([0-9]+)$")
_VERSION_LOOSE_RE = re.compile(r"^[ \t]*BagIt-Version[ \t]*:[ \t]*(.*?)[ \t]*$")
_ENCODING_LINE_RE = re.compile(r"^Tag-File-Character-Encoding: ([^ \t]+)$")
_ENCODING_LOOSE_RE = re.compile(r"^[ \t]*Tag-File-Character-Encoding[ \t]*:[ \t]*(.*?)[ \t]*$")
_OXUM_RE = re.compile(r"^([0-9]+)\.([0-9]+)$")
_URI_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:\S+$")
_DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_SHOULD_NOT_REPEAT = ("bagging-date", "bag-size", "bag-group-identifier", "bag-count")


@dataclass
class _Entry:
    """One parsed manifest line."""

    manifest: str
    lineno: int
    algorithm: str
    checksum: str
    path: str
    alt_path: str | None = None
    resolved: str | None = None


@dataclass
class _Disk:
    """What is actually on disk, gathered without following links out of the bag."""

    payload: dict[str, int] = field(default_factory=dict)  # rel path -> size
    tag_files: set[str] = field(default_factory=set)
    dirs: set[str] = field(default_factory=set)
    unreadable: set[str] = field(default_factory=set)


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _fold(text: str) -> str:
    return _nfc(text).casefold()


def _is_system_file(rel: str) -> bool:
    name = rel.rsplit("/", 1)[-1]
    return name.lower() in _SYSTEM_FILES or name.startswith("._")


class _Checker:
    """Runs every check for one bag and collects findings in order."""

    def __init__(self, root: Path, fast: bool) -> None:
        self.root = root
        self.root_real = os.path.realpath(root)
        self.fast = fast
        self.findings: list[Finding] = []
        self.version: tuple[int, int] | None = None
        self.encoding = "utf-8"
        self.disk = _Disk()
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

    # -- entry point ---------------------------------------------------------------
    def run(self) -> list[Finding]:
        if not self.root.is_dir():
            self.add("error", "bagit.bag.not-a-directory", "", "", f"{self.root} is not a directory.")
            return self.findings
        self.check_bagit_txt()
        disk = self.disk = self.scan()
        oxum = self.check_bag_info()
        payload_manifests, tag_manifests = self.find_manifests()
        fetch = self.check_fetch()
        entries = self.check_payload_manifests(payload_manifests, disk, fetch)
        tag_entries = self.check_tag_manifests(tag_manifests, payload_manifests, disk)
        if oxum is not None:
            self.check_oxum(oxum, disk)
        if not self.fast:
            self.verify_checksums(entries, tag_entries, disk)
        return self.findings

    # -- bagit.txt (2.1.1) ----------------------------------------------------------
    def check_bagit_txt(self) -> None:
        path = self.root / "bagit.txt"
        if not path.is_file():
            self.add("error", "bagit.bagit-txt.missing", "bagit.txt", "", "The bag declaration bagit.txt is missing.",
                     "Every bag needs bagit.txt with BagIt-Version and Tag-File-Character-Encoding lines.")
            return
        raw = path.read_bytes()
        if raw.startswith(codecs.BOM_UTF8):
            self.add("error", "bagit.bagit-txt.bom", "bagit.txt", "line 1",
                     "bagit.txt begins with a UTF-8 byte-order mark, which RFC 8493 forbids.",
                     "Rewrite bagit.txt without the leading EF BB BF bytes.")
            raw = raw[len(codecs.BOM_UTF8):]
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            self.add("error", "bagit.bagit-txt.encoding", "bagit.txt", f"byte {exc.start}",
                     "bagit.txt is not valid UTF-8.")
            text = raw.decode("utf-8", errors="replace")
        lines = _LINE_SPLIT_RE.split(text)
        if lines and lines[-1] == "":
            lines.pop()
        version_line = lines[0] if lines else ""
        encoding_line = lines[1] if len(lines) > 1 else ""

        m = _VERSION_LINE_RE.match(version_line)
        if m:
            self.version = (int(m.group(1)), int(m.group(2)))
        else:
            loose = _VERSION_LOOSE_RE.match(version_line)
            value = loose.group(1) if loose else ""
            vm = re.fullmatch(r"([0-9]+)\.([0-9]+)", value)
            if loose and vm:
                self.version = (int(vm.group(1)), int(vm.group(2)))
                self.add("error", "bagit.bagit-txt.malformed", "bagit.txt", "line 1",
                         f"The version line {version_line!r} has whitespace that RFC 8493 does not allow.",
                         "Write exactly 'BagIt-Version: M.N' with one space after the colon.")
            elif loose:
                self.add("error", "bagit.bagit-txt.version-invalid", "bagit.txt", "line 1",
                         f"BagIt-Version {value!r} is not of the form M.N.", "Use 'BagIt-Version: 1.0'.")
            else:
                self.add("error", "bagit.bagit-txt.malformed", "bagit.txt", "line 1",
                         "The first line of bagit.txt must be 'BagIt-Version: M.N'.")
        if self.version is not None and self.version not in ((0, 97), (1, 0)):
            self.add("warning", "bagit.bagit-txt.version-unsupported", "bagit.txt", "line 1",
                     f"BagIt-Version {self.version[0]}.{self.version[1]} is not 0.97 or 1.0; "
                     f"checked with {'1.0' if self.strict else '0.97'} rules.")

        em = _ENCODING_LINE_RE.match(encoding_line)
        encoding: str | None = None
        if em:
            encoding = em.group(1)
        else:
            loose = _ENCODING_LOOSE_RE.match(encoding_line)
            if loose and loose.group(1):
                encoding = loose.group(1)
                self.add("error", "bagit.bagit-txt.malformed", "bagit.txt", "line 2",
                         f"The encoding line {encoding_line!r} has whitespace that RFC 8493 does not allow.",
                         "Write exactly 'Tag-File-Character-Encoding: UTF-8'.")
            elif any(_ENCODING_LOOSE_RE.match(line) for line in lines):
                self.add("error", "bagit.bagit-txt.malformed", "bagit.txt", "line 2",
                         "bagit.txt lines are out of order: the encoding line must be the second line.")
            else:
                self.add("error", "bagit.bagit-txt.missing-encoding", "bagit.txt", "line 2",
                         "bagit.txt has no 'Tag-File-Character-Encoding' line.",
                         "Add 'Tag-File-Character-Encoding: UTF-8' as the second line.")
        if len(lines) > 2:
            self.add("error", "bagit.bagit-txt.malformed", "bagit.txt", "line 3",
                     f"bagit.txt must have exactly two lines but has {len(lines)}.")
        if encoding is not None:
            try:
                self.encoding = codecs.lookup(encoding).name
            except LookupError:
                self.add("error", "bagit.bagit-txt.unknown-encoding", "bagit.txt", "line 2",
                         f"Tag file encoding {encoding!r} is not a known character set; assuming UTF-8.")
                return
            if self.strict and self.encoding != "utf-8":
                self.add("warning", "bagit.bagit-txt.non-utf8", "bagit.txt", "line 2",
                         f"Tag files use {encoding}; RFC 8493 says tag files SHOULD be UTF-8.")

    # -- disk scan -----------------------------------------------------------------------
    def scan(self) -> _Disk:
        disk = _Disk()
        data = self.root / "data"
        if data.is_symlink():
            real = os.path.realpath(data)
            if not self._inside(real):
                self.add("error", "bagit.symlink.escapes", "data", "",
                         "The payload directory data/ is a symbolic link leading outside the bag; not read.")
                return disk
            self.add("warning", "bagit.symlink", "data", "", "The payload directory data/ is a symbolic link.")
        if not data.is_dir():
            self.add("error", "bagit.payload.missing-data-dir", "data", "",
                     "The bag has no data/ payload directory.", "Create data/ even if the payload is empty.")
        self._walk(str(self.root), "", disk)
        return disk

    def _walk(self, directory: str, prefix: str, disk: _Disk) -> None:
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError:
            return
        for entry in entries:
            rel = prefix + entry.name
            is_payload = rel == "data" or rel.startswith("data/")
            if entry.is_symlink():
                real = os.path.realpath(entry.path)
                if not self._inside(real):
                    self.add("error", "bagit.symlink.escapes", rel, "",
                             f"{rel} is a symbolic link to a location outside the bag; it is not read.",
                             "Replace the link with the file itself.")
                    if is_payload:
                        disk.payload[rel] = 0
                        disk.unreadable.add(rel)
                    continue
                if rel != "data":
                    self.add("warning", "bagit.symlink", rel, "",
                             f"{rel} is a symbolic link; links are not portable between systems.")
                if os.path.isdir(real):
                    if rel == "data":
                        self._walk(real, "data/", disk)
                    else:
                        disk.dirs.add(rel)
                    continue
            try:
                st = os.stat(entry.path)
            except OSError:
                continue
            if stat.S_ISDIR(st.st_mode):
                disk.dirs.add(rel)
                self._walk(entry.path, rel + "/", disk)
            elif stat.S_ISREG(st.st_mode):
                if is_payload:
                    disk.payload[rel] = st.st_size
                    if _is_system_file(rel):
                        self.add("warning", "bagit.payload.system-file", rel, "",
                                 f"{rel} is operating-system clutter that copy tools often drop.",
                                 "Remove it from the payload and the manifests.")
                else:
                    disk.tag_files.add(rel)
            elif is_payload:
                self.add("error", "bagit.payload.not-regular-file", rel, "",
                         f"{rel} is not a regular file (device, FIFO or socket).")

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
        lines = _LINE_SPLIT_RE.split(text)
        if lines and lines[-1] == "":
            lines.pop()
        numbered = list(enumerate(lines, start=1))
        blanks = [n for n, line in numbered if line.strip() == ""]
        if blanks:
            self.add("warning", "bagit.tagfile.blank-line", rel, f"line {blanks[0]}",
                     f"{rel} has {len(blanks)} blank line(s); they are ignored.")
        return [(n, line) for n, line in numbered if line.strip() != ""]

    # -- bag-info.txt (2.2.2) --------------------------------------------------------------
    def check_bag_info(self) -> tuple[int, int] | None:
        rel = "bag-info.txt"
        if rel not in self.disk.tag_files:
            return None
        lines = self.read_lines(rel)
        if lines is None:
            return None
        elements: list[tuple[str, str, int]] = []
        for lineno, line in lines:
            loc = f"line {lineno}"
            if line[0] in " \t":
                if not elements:
                    self.add("error", "bagit.bag-info.malformed-line", rel, loc,
                             "A continuation line appears before any metadata element.")
                else:
                    label, value, start = elements[-1]
                    elements[-1] = (label, (value + " " + line.strip()).strip(), start)
                continue
            if ":" not in line:
                self.add("error", "bagit.bag-info.malformed-line", rel, loc,
                         f"Line {line[:40]!r} is not of the form 'label: value'.",
                         "Indent continuation lines with a space or tab.")
                continue
            label, rest = line.split(":", 1)
            if not label.strip():
                self.add("error", "bagit.bag-info.malformed-line", rel, loc, "A metadata element has an empty label.")
                continue
            if self.strict:
                if label != label.strip():
                    self.add("error", "bagit.bag-info.label-whitespace", rel, loc,
                             f"Label {label!r} starts or ends with whitespace, which BagIt 1.0 forbids.")
                if rest and rest[0] not in " \t":
                    self.add("error", "bagit.bag-info.malformed-line", rel, loc,
                             f"Label {label.strip()!r} is not followed by ': ' (colon and one space).")
            value = rest.strip()
            if not value:
                self.add("warning", "bagit.bag-info.empty-value", rel, loc,
                         f"Metadata element {label.strip()!r} has no value.")
            elements.append((label.strip(), value, lineno))

        by_label: dict[str, list[tuple[str, int]]] = {}
        for label, value, lineno in elements:
            by_label.setdefault(label.lower(), []).append((value, lineno))
        if self.strict:
            for name in _SHOULD_NOT_REPEAT:
                if len(by_label.get(name, [])) > 1:
                    self.add("warning", "bagit.bag-info.repeated-element", rel, f"line {by_label[name][1][1]}",
                             f"{name.title()} appears {len(by_label[name])} times but SHOULD NOT be repeated.")
            for value, lineno in by_label.get("bagging-date", []):
                if not _DATE_RE.match(value):
                    self.add("warning", "bagit.bag-info.bagging-date-format", rel, f"line {lineno}",
                             f"Bagging-Date {value!r} is not in YYYY-MM-DD form.")
        oxums = by_label.get("payload-oxum", [])
        if len(oxums) > 1:
            self.add("error", "bagit.bag-info.payload-oxum-repeated", rel, f"line {oxums[1][1]}",
                     "Payload-Oxum appears more than once; it MUST NOT be repeated.")
        if oxums:
            value, lineno = oxums[0]
            m = _OXUM_RE.match(value)
            if not m:
                self.add("error", "bagit.bag-info.payload-oxum-malformed", rel, f"line {lineno}",
                         f"Payload-Oxum {value!r} is not of the form OctetCount.StreamCount.")
                return None
            return int(m.group(1)), int(m.group(2))
        return None

    def check_oxum(self, oxum: tuple[int, int], disk: _Disk) -> None:
        octets = sum(disk.payload.values())
        streams = len(disk.payload)
        if (octets, streams) == oxum:
            return
        missing_sys = self.missing_system_files
        if missing_sys and oxum[1] == streams + len(missing_sys) and oxum[0] >= octets:
            self.add("warning", "bagit.bag-info.payload-oxum-unverifiable", "bag-info.txt", "",
                     f"Payload-Oxum {oxum[0]}.{oxum[1]} differs from the payload ({octets}.{streams}) only "
                     f"by {len(missing_sys)} missing OS clutter file(s).")
            return
        self.add("error", "bagit.bag-info.payload-oxum-mismatch", "bag-info.txt", "",
                 f"Payload-Oxum says {oxum[0]}.{oxum[1]} but the payload has {octets} octets in {streams} files.",
                 "Files were added to or removed from data/ after bagging.")

    # -- manifests ------------------------------------------------------------------------------
    def find_manifests(self) -> tuple[dict[str, str], dict[str, str]]:
        payload: dict[str, str] = {}
        tags: dict[str, str] = {}
        for rel in sorted(self.disk.tag_files):
            if "/" in rel:
                continue
            m = _MANIFEST_RE.match(rel)
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

    def parse_manifest(self, rel: str, alg: str, is_tag: bool) -> list[_Entry]:
        lines = self.read_lines(rel) or []
        malformed = "bagit.tagmanifest.malformed-line" if is_tag else "bagit.manifest.malformed-line"
        expected_len = hashlib.new(SUPPORTED_ALGORITHMS[alg]).digest_size * 2 if alg in SUPPORTED_ALGORITHMS else None
        entries: list[_Entry] = []
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
            entries.append(_Entry(rel, lineno, alg, checksum.lower(), cleaned[0], cleaned[1]))
        if marker_lines:
            self.add("warning", "bagit.manifest.md5sum-marker", rel, f"line {marker_lines[0]}",
                     f"{rel} uses md5sum output conventions on {len(marker_lines)} line(s); "
                     "accepted, but the bag fails strict validation.",
                     "Regenerate the manifest as 'checksum  path' lines.")
        return entries

    def _duplicates(self, entries: list[_Entry], rel: str) -> None:
        seen: dict[str, _Entry] = {}
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
            by_fold.setdefault(_fold(path), []).append(path)
        for group in by_fold.values():
            if len(group) < 2:
                continue
            if len({_nfc(p) for p in group}) < len(group):
                self.add("warning", "bagit.manifest.normalization-clash", rel, "",
                         f"Entries {group!r} differ only in Unicode normalization.")
            if len({_nfc(p) for p in group}) > 1:
                self.add("warning", "bagit.manifest.case-clash", rel, "",
                         f"Entries {sorted({_nfc(p) for p in group})!r} differ only in case; "
                         "they collide on case-insensitive filesystems.")

    def _payload_index(self, disk: _Disk) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        nfc: dict[str, list[str]] = {}
        fold: dict[str, list[str]] = {}
        for path in disk.payload:
            nfc.setdefault(_nfc(path), []).append(path)
            fold.setdefault(_fold(path), []).append(path)
        for group in nfc.values():
            if len(group) > 1:
                self.add("warning", "bagit.payload.normalization-clash", group[0], "",
                         f"Payload files {group!r} differ only in Unicode normalization.")
        for group in fold.values():
            if len({_nfc(p) for p in group}) > 1:
                self.add("warning", "bagit.payload.case-clash", group[0], "",
                         f"Payload files {group!r} differ only in case.")
        return nfc, fold

    def _resolve(self, path: str, disk: _Disk, nfc: dict[str, list[str]],
                 fold: dict[str, list[str]]) -> tuple[str, str] | None:
        if path in disk.payload:
            return path, "exact"
        hits = nfc.get(_nfc(path), [])
        if len(hits) == 1:
            return hits[0], "normalization"
        hits = fold.get(_fold(path), [])
        if len(hits) == 1:
            return hits[0], "case"
        return None

    def check_payload_manifests(self, manifests: dict[str, str], disk: _Disk,
                                fetch: dict[str, tuple[int, int | None]]) -> list[_Entry]:
        nfc, fold = self._payload_index(disk)
        listed: dict[str, set[str]] = {}
        listed_paths: dict[str, set[str]] = {}
        all_entries: list[_Entry] = []
        reported_unfetched: set[str] = set()
        for rel, alg in manifests.items():
            entries = self.parse_manifest(rel, alg, is_tag=False)
            self._duplicates(entries, rel)
            listed[rel] = set()
            listed_paths[rel] = {e.path for e in entries} | {e.alt_path for e in entries if e.alt_path}
            for e in entries:
                loc = f"line {e.lineno}"
                if not e.path.startswith("data/"):
                    self.add("error", "bagit.manifest.path-outside-payload", rel, loc,
                             f"Payload manifest lists {e.path!r}, which is outside data/.")
                    continue
                hit = self._resolve(e.path, disk, nfc, fold)
                if hit is None and e.alt_path and e.alt_path.startswith("data/"):
                    hit = self._resolve(e.alt_path, disk, nfc, fold)
                    if hit is not None:
                        self.add("warning", "bagit.path.percent-encoding", rel, loc,
                                 f"{e.path!r} only exists when %-escapes are read the "
                                 f"{'pre-1.0' if self.strict else '1.0'} way.",
                                 "Percent-encode only CR, LF and % in 1.0 manifests.")
                if hit is None:
                    self._report_missing(e, rel, loc, disk, fetch, reported_unfetched)
                    continue
                found, how = hit
                if how == "normalization":
                    self.add("warning", "bagit.path.normalization-mismatch", rel, loc,
                             f"{e.path!r} matches {found!r} on disk only after Unicode normalization.")
                elif how == "case":
                    self.add("warning", "bagit.path.case-mismatch", rel, loc,
                             f"{e.path!r} matches {found!r} on disk only when case is ignored.")
                e.resolved = found
                listed[rel].add(found)
                all_entries.append(e)

        if manifests:
            for path in sorted(disk.payload):
                count = sum(path in names for names in listed.values())
                if count == 0:
                    self.add("error", "bagit.payload.not-in-manifest", path, "",
                             f"{path} is in data/ but listed in no payload manifest.",
                             "Add it to every manifest or remove it from the bag.")
                elif count < len(listed):
                    missing = sorted(m for m, names in listed.items() if path not in names)
                    self.add(self.versioned(), "bagit.manifest.not-in-every-manifest", path, "",
                             f"{path} is not listed in {', '.join(missing)}; BagIt 1.0 requires every "
                             "payload manifest to list every payload file.")
        for path, (lineno, _length) in fetch.items():
            for rel in manifests:
                if path not in listed_paths[rel]:
                    self.add("error", "bagit.fetch.not-in-manifest", "fetch.txt", f"line {lineno}",
                             f"{path} is in fetch.txt but not in {rel}.",
                             "Every fetched file must be listed in every payload manifest.")
        return all_entries

    def _report_missing(self, e: _Entry, rel: str, loc: str, disk: _Disk,
                        fetch: dict[str, tuple[int, int | None]], reported_unfetched: set[str]) -> None:
        if e.path in disk.dirs:
            self.add("error", "bagit.manifest.lists-directory", rel, loc,
                     f"{e.path} is a directory; manifests list files only.")
        elif e.path in fetch:
            if e.path not in reported_unfetched:
                reported_unfetched.add(e.path)
                self.add("error", "bagit.fetch.not-fetched", e.path, f"fetch.txt line {fetch[e.path][0]}",
                         f"{e.path} is listed in fetch.txt but has not been fetched, so the bag is not complete.",
                         "Download the fetch.txt URLs into place, then validate again.")
        elif _is_system_file(e.path):
            self.missing_system_files.add(e.path)
            self.add("warning", "bagit.payload.system-file-missing", rel, loc,
                     f"{e.path} (operating-system clutter) is listed but missing; copy tools often drop it.",
                     "Remove the entry from the manifests.")
        else:
            self.add("error", "bagit.manifest.missing-file", rel, loc,
                     f"{e.path} is listed in {rel} but does not exist.")

    # -- tag manifests (2.2.1) ----------------------------------------------------------------------
    def check_tag_manifests(self, manifests: dict[str, str], payload_manifests: dict[str, str],
                            disk: _Disk) -> list[_Entry]:
        all_entries: list[_Entry] = []
        listed_sets: dict[str, set[str]] = {}
        for rel, alg in manifests.items():
            entries = self.parse_manifest(rel, alg, is_tag=True)
            self._duplicates(entries, rel)
            listed: set[str] = set()
            for e in entries:
                loc = f"line {e.lineno}"
                if e.path == "data" or e.path.startswith("data/"):
                    self.add("error", "bagit.tagmanifest.lists-payload", rel, loc,
                             f"Tag manifest lists payload file {e.path}; tag manifests list tag files only.")
                    continue
                m = _MANIFEST_RE.match(e.path)
                if m and m.group(1):
                    self.add("error", "bagit.tagmanifest.lists-tagmanifest", rel, loc,
                             f"Tag manifest lists the tag manifest {e.path}, which RFC 8493 forbids.")
                    continue
                path = e.path
                if path not in disk.tag_files and e.alt_path in disk.tag_files:
                    path = e.alt_path
                if path not in disk.tag_files:
                    if path in disk.dirs:
                        self.add("error", "bagit.manifest.lists-directory", rel, loc,
                                 f"{path} is a directory; manifests list files only.")
                    else:
                        self.add("error", "bagit.tagmanifest.missing-file", rel, loc,
                                 f"{path} is listed in {rel} but does not exist.")
                    continue
                e.resolved = path
                listed.add(path)
                all_entries.append(e)
            listed_sets[rel] = listed
            for pm in payload_manifests:
                if pm not in listed:
                    self.add(self.versioned(), "bagit.tagmanifest.missing-payload-manifest", rel, "",
                             f"{rel} does not list the payload manifest {pm}.")
            if self.strict:
                others = sorted(t for t in disk.tag_files - listed - set(manifests))
                if others:
                    self.add("warning", "bagit.tagmanifest.unlisted-tag-file", rel, "",
                             f"{rel} does not list tag file(s) {', '.join(others)}.")
        if self.strict and manifests:
            if len({frozenset(s) for s in listed_sets.values()}) > 1:
                self.add("warning", "bagit.tagmanifest.inconsistent", "", "",
                         "The tag manifests do not all list the same tag files.")
            if set(manifests.values()) != set(payload_manifests.values()):
                self.add("warning", "bagit.tagmanifest.algorithm-mismatch", "", "",
                         "Tag manifests SHOULD use the same algorithms as the payload manifests.")
        return all_entries

    # -- fetch.txt (2.2.3) ---------------------------------------------------------------------------------
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

    # -- checksums (3) --------------------------------------------------------------------------------------
    def verify_checksums(self, entries: list[_Entry], tag_entries: list[_Entry], disk: _Disk) -> None:
        wanted: dict[str, set[str]] = {}
        for e in entries + tag_entries:
            if e.resolved is not None and e.algorithm in SUPPORTED_ALGORITHMS and e.resolved not in disk.unreadable:
                wanted.setdefault(e.resolved, set()).add(e.algorithm)
        digests: dict[str, dict[str, str]] = {}
        for rel, algs in sorted(wanted.items()):
            result = self._hash(rel, algs)
            if result is not None:
                digests[rel] = result
        for e in entries + tag_entries:
            if e.resolved is None or e.resolved not in digests or e.algorithm not in digests[e.resolved]:
                continue
            actual = digests[e.resolved][e.algorithm]
            if actual != e.checksum:
                is_tag = e.manifest.startswith("tagmanifest-")
                rule = "bagit.tagmanifest.checksum-mismatch" if is_tag else "bagit.manifest.checksum-mismatch"
                self.add("error", rule, e.resolved, f"{e.manifest} line {e.lineno}",
                         f"{e.resolved} has {e.algorithm} {actual}, but {e.manifest} expects {e.checksum}.",
                         "The file changed after bagging or the manifest is wrong.")

    def _hash(self, rel: str, algs: set[str]) -> dict[str, str] | None:
        path = self.abs(rel)
        real = os.path.realpath(path)
        if not self._inside(real):
            return None
        try:
            if not stat.S_ISREG(os.stat(real).st_mode):
                return None
            hashers = {alg: hashlib.new(SUPPORTED_ALGORITHMS[alg]) for alg in algs}
            with open(real, "rb") as fh:
                while chunk := fh.read(CHUNK_SIZE):
                    for h in hashers.values():
                        h.update(chunk)
        except OSError:
            return None
        return {alg: h.hexdigest() for alg, h in hashers.items()}


def check_bag(path: Path, fast: bool = False) -> list[Finding]:
    """Validate the bag at ``path`` against RFC 8493; return all findings.

    ``fast`` skips checksum computation (structure, completeness and
    Payload-Oxum are still checked).  An empty list means valid with no
    warnings; any finding with severity "error" means the bag is not valid.
    """
    return _Checker(Path(path), fast).run()
