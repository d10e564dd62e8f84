"""Checksums (RFC 8493 3): each listed file hashed once for all the algorithms that list it."""

from __future__ import annotations

import hashlib
import os
import stat

from archive.bag.check.context import BagContext, Disk, ManifestEntry
from archive.bag.check.rules import SUPPORTED_ALGORITHMS

CHUNK_SIZE = 1024 * 1024


SHORT_DIGEST = 12


def short_digests(actual: str, expected: str) -> tuple[str, str]:
    """Both digests cut to a git-style prefix (12 hex digits, longer only where they share
    it), so that a mismatch reads in one line; the full values are in the manifest and
    ``sha512sum`` prints the other."""
    shared = 0
    while shared < min(len(actual), len(expected)) and actual[shared] == expected[shared]:
        shared += 1
    keep = max(SHORT_DIGEST, shared + 1)

    def cut(digest: str) -> str:
        return digest if len(digest) <= keep else digest[:keep] + "..."

    return cut(actual), cut(expected)


class ChecksumChecks(BagContext):
    def verify_checksums(self, entries: list[ManifestEntry], tag_entries: list[ManifestEntry], disk: Disk) -> None:
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
                mine, listed = short_digests(actual, e.checksum)
                self.add("error", rule, e.resolved, f"{e.manifest} line {e.lineno}",
                         f"{e.resolved} has {e.algorithm} {mine}, but {e.manifest} expects {listed}.",
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
