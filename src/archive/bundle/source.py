"""A bag read for bundling: every file's bytes, checked against the bag's own manifests.

A bundle is only as good as the bag it copies, so a bag is refused (with one reason) when a
file its manifests list is missing or changed, when a payload file is in no manifest, or when
it holds a link or something else that is not a plain file. Nothing here reads the prose: the
formats take what they describe from ``bag-info.txt``, ``data/dc.xml`` and ``data/event.jsonld``.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from archive.base.errors import ArchiveError
from archive.catalog.describe import parse_bag_info
from archive.record.qdc import BagMetadata, parse_dc

#: The earliest time a zip entry can carry (MS-DOS dates start in 1980).
ZIP_EARLIEST = _dt.datetime(1980, 1, 1, tzinfo=_dt.timezone.utc)
_MANIFEST = re.compile(r"^(tag)?manifest-([a-z0-9]+)\.txt$")
_MANIFEST_LINE = re.compile(r"^([0-9A-Fa-f]+)[ \t]+(.+)$")
#: Keep untrusted bags from exhausting memory (pack refuses articles over 4 MiB).
MAX_BAG_BYTES = 64 * 1024 * 1024


class BagReadError(ArchiveError):
    """A bag that cannot be bundled: unreadable, incomplete or not matching its manifests."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason


def decode_manifest_path(text: str) -> str:
    """RFC 8493 section 2.1.3, the reverse of the writer's encoding."""
    return text.replace("%0A", "\n").replace("%0a", "\n").replace("%0D", "\r") \
        .replace("%0d", "\r").replace("%25", "%")


@dataclass(frozen=True)
class BagSource:
    """One bag: its folder, its files by relative POSIX path (sorted), its bag-info labels."""

    path: Path
    files: dict[str, bytes]
    info: dict[str, str] = field(default_factory=dict)
    #: SHA-512 of the files a sha512 manifest lists, as checked when the bag was read
    checked_sha512: dict[str, str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.path.name

    @cached_property
    def moment(self) -> _dt.datetime:
        """The time every bundle entry carries: the Bagging-Date at midnight UTC (never
        before 1980, which a zip cannot hold), or 1980-01-01 for a bag without one."""
        try:
            day = _dt.date.fromisoformat(self.info.get("Bagging-Date", ""))
        except ValueError:
            return ZIP_EARLIEST
        moment = _dt.datetime(day.year, day.month, day.day, tzinfo=_dt.timezone.utc)
        return max(moment, ZIP_EARLIEST)

    @property
    def payload(self) -> list[str]:
        return [name for name in self.files if name.startswith("data/")]

    @cached_property
    def metadata(self) -> BagMetadata:
        dc = self.files.get("data/dc.xml")
        loaded = json.loads(self.files["data/event.jsonld"]) if "data/event.jsonld" in self.files else {}
        return BagMetadata(dc=parse_dc(dc) if dc else (), jsonld=loaded if isinstance(loaded, dict) else {})

    @property
    def original(self) -> str | None:
        """The payload name of the article (bag-info's Internal-Sender-Identifier)."""
        name = self.info.get("Internal-Sender-Identifier")
        if name and f"data/{name}" in self.files:
            return f"data/{name}"
        others = [n for n in self.payload if n not in RECORD_FILES]
        return others[0] if len(others) == 1 else None

    def sha512(self, rel: str) -> str:
        known = self.checked_sha512.get(rel)
        return known if known is not None else hashlib.sha512(self.files[rel]).hexdigest()

    @cached_property
    def digest(self) -> str:
        """What identifies this bag's content: SHA-256 over every file name and byte."""
        digest = hashlib.sha256()
        for rel, data in self.files.items():
            digest.update(rel.encode("utf-8") + b"\0" + hashlib.sha256(data).digest())
        return digest.hexdigest()


#: The record files ``archive pack`` writes beside the original.
RECORD_FILES = ("data/dc.xml", "data/dcterms.xml", "data/event.jsonld")


def read_bag(path: Path) -> BagSource:
    """Read and check the bag at ``path``; raise ``BagReadError`` with the first reason."""
    path = Path(path)
    if not (path / "bagit.txt").is_file():
        raise BagReadError(path, "not a BagIt bag (no bagit.txt)")
    files = _read_tree(path)
    try:
        info = parse_bag_info(files["bag-info.txt"].decode("utf-8")) if "bag-info.txt" in files else {}
    except UnicodeDecodeError:
        raise BagReadError(path, "bag-info.txt is not UTF-8") from None
    checked = _check_manifests(path, files)
    return BagSource(path=path, files=files, info=info, checked_sha512=checked)


_READ_FLAGS = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)


def _read_tree(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` by relative POSIX path, sorted (scandir and raw reads: a
    bag is a dozen small files, so per-file overhead is most of the cost)."""
    found: dict[str, bytes] = {}
    total = 0
    pending = [("", os.fspath(root))]
    while pending:
        prefix, folder = pending.pop()
        with os.scandir(folder) as listing:
            for entry in listing:
                rel = prefix + entry.name
                if entry.is_dir(follow_symlinks=False):
                    pending.append((rel + "/", entry.path))
                    continue
                if not entry.is_file(follow_symlinks=False):
                    raise BagReadError(root, f"{rel} is not a plain file (links are not bundled)")
                try:
                    fd = os.open(entry.path, _READ_FLAGS)
                    try:
                        size = os.fstat(fd).st_size
                        total += size
                        if total > MAX_BAG_BYTES:
                            raise BagReadError(root, f"larger than {MAX_BAG_BYTES // (1024 * 1024)} MiB")
                        chunks = []
                        while True:
                            chunk = os.read(fd, max(size, 1 << 16))
                            if not chunk:
                                break
                            chunks.append(chunk)
                    finally:
                        os.close(fd)
                except OSError as exc:
                    raise BagReadError(root, f"{rel}: cannot read: {exc.strerror or exc}") from None
                found[rel] = b"".join(chunks)
    return dict(sorted(found.items()))


def _check_manifests(root: Path, files: dict[str, bytes]) -> dict[str, str]:
    """Check every manifest line; return the SHA-512 of each file a sha512 manifest lists."""
    checked: dict[str, str] = {}
    manifests = {rel: m for rel in files if (m := _MANIFEST.match(rel))}
    if not any(not m[1] for m in manifests.values()):
        raise BagReadError(root, "no payload manifest (manifest-ALG.txt)")
    for rel, match in sorted(manifests.items()):
        alg = match[2]
        if alg not in hashlib.algorithms_available:
            raise BagReadError(root, f"{rel}: unknown checksum algorithm {alg}")
        listed: set[str] = set()
        for number, line in enumerate(files[rel].decode("utf-8", "replace").splitlines(), 1):
            if not line.strip():
                continue
            entry = _MANIFEST_LINE.match(line)
            if entry is None:
                raise BagReadError(root, f"{rel} line {number}: not 'CHECKSUM  PATH'")
            digest, name = entry[1], decode_manifest_path(entry[2])
            if name not in files:
                raise BagReadError(root, f"{rel} line {number}: {name} is missing")
            found = hashlib.new(alg, files[name]).hexdigest()
            if found != digest.lower():
                raise BagReadError(root, f"{name} does not match its {alg} checksum in {rel}")
            if alg == "sha512":
                checked[name] = found
            listed.add(name)
        if not match[1]:
            unlisted = [name for name in files if name.startswith("data/") and name not in listed]
            if unlisted:
                raise BagReadError(root, f"{unlisted[0]} is in the payload but not in {rel}")
    return checked
