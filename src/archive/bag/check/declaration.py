"""The bag declaration, bagit.txt (RFC 8493 2.1.1): version and tag-file encoding."""

from __future__ import annotations

import codecs
import re

from archive.bag.check.context import LINE_SPLIT_RE, BagContext

_VERSION_LINE_RE = re.compile(r"^BagIt-Version: ([0-9]+)\.([0-9]+)$")
_VERSION_LOOSE_RE = re.compile(r"^[ \t]*BagIt-Version[ \t]*:[ \t]*(.*?)[ \t]*$")
_ENCODING_LINE_RE = re.compile(r"^Tag-File-Character-Encoding: ([^ \t]+)$")
_ENCODING_LOOSE_RE = re.compile(r"^[ \t]*Tag-File-Character-Encoding[ \t]*:[ \t]*(.*?)[ \t]*$")


class DeclarationChecks(BagContext):
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
        lines = LINE_SPLIT_RE.split(text)
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
