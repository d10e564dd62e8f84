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

from pathlib import Path

from archive.bag.check.checksums import ChecksumChecks
from archive.bag.check.declaration import DeclarationChecks
from archive.bag.check.fetch import FetchChecks
from archive.bag.check.payload import PayloadManifestChecks
from archive.bag.check.rules import RULES, SUPPORTED_ALGORITHMS
from archive.bag.check.structure import StructureChecks
from archive.bag.check.tagfiles import TagFileChecks
from archive.base.findings import Finding

__all__ = ["check_bag", "Finding", "RULES", "SUPPORTED_ALGORITHMS"]


class _Checker(DeclarationChecks, StructureChecks, TagFileChecks, PayloadManifestChecks, FetchChecks,
               ChecksumChecks):
    """Runs every rule family for one bag, in the order findings are reported."""

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


def check_bag(path: Path, fast: bool = False) -> list[Finding]:
    """Validate the bag at ``path`` against RFC 8493; return all findings.

    ``fast`` skips checksum computation (structure, completeness and
    Payload-Oxum are still checked).  An empty list means valid with no
    warnings; any finding with severity "error" means the bag is not valid.
    """
    return _Checker(Path(path), fast).run()
