"""``archive validate``: check bags, folders of bags, or single dc.xml / .jsonld files.

Each target gets one report listing every finding (never only the first); a target is valid
when it has no error findings.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from archive.bag.writer import STAGING_PREFIX
from archive.base.findings import Finding

DC_NAME = "dc.xml"
JSONLD_NAME = "event.jsonld"
DCTERMS_NAME = "dcterms.xml"


@dataclass(frozen=True)
class Report:
    """The findings for one validated target (a bag or a single file)."""

    path: Path
    #: "bag", "dc", "dcterms", "jsonld" (an event record), "collection", "ndjson", "sitemap",
    #: "html", "bag-zip", "staging", "not-a-bag" or "unknown"
    kind: str
    findings: tuple[Finding, ...] = field(default_factory=tuple)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]

    def is_valid(self, strict: bool = False) -> bool:
        return not self.errors and not (strict and self.warnings)

    def to_dict(self, strict: bool = False) -> dict[str, object]:
        return {
            "path": str(self.path), "kind": self.kind, "valid": self.is_valid(strict),
            "errors": len(self.errors), "warnings": len(self.warnings),
            "findings": [f.to_dict() for f in self.findings],
        }


def iter_targets(paths: Iterable[Path]) -> Iterator[tuple[Path, str]]:
    """(path, kind) for every bag or record file named or found below a named folder.

    Below a folder, anything that looks like part of a record and is not a bag (a folder
    with a manifest or a data/ folder but no bagit.txt, an unfinished staging folder, an
    empty folder beside bags) is yielded too, so that it is reported and never skipped.
    """
    for path in paths:
        if path.is_dir():
            if (path / "bagit.txt").is_file():
                yield path, "bag"
                continue
            found = list(_find_bags(path))
            if any(kind != "not-a-bag" for _, kind in found):
                yield from found
            elif (path / "collection.jsonld").is_file():  # a site written by export
                from archive.validate.site import site_files

                yield from site_files(path)
            else:  # no bag anywhere: the folder itself is what is wrong
                yield path, "unknown"
        else:
            yield path, FILE_KINDS.get(path.suffix.lower(), "unknown")


#: what a file is taken for by its name; its content then refines it (qualified DC, a
#: sitemap, a collection)
FILE_KINDS = {".xml": "dc", ".jsonld": "jsonld", ".json": "jsonld", ".ndjson": "ndjson",
              ".html": "html", ".htm": "html", ".zip": "bag-zip"}


#: names whose presence makes a folder a (maybe broken) bag rather than a folder of bags
_BAG_MARKERS = ("bagit.txt", "bag-info.txt", "fetch.txt", "data")


def looks_like_bag(names: Iterable[str]) -> bool:
    return any(n in _BAG_MARKERS or (n.startswith(("manifest-", "tagmanifest-"))
                                     and n.endswith(".txt")) for n in names)


def _find_bags(root: Path) -> Iterator[tuple[Path, str]]:
    """Bags below ``root`` in sorted order, with what is broken beside them.

    A folder that holds a bag's tag files or a data/ folder is a bag (checked as one, so a
    missing bagit.txt is reported); a staging folder left by an interrupted pack is yielded
    as "staging"; an empty folder, or one with files but no bag files, as "not-a-bag". A bag's
    own tree is not searched further; other hidden folders are not searched.
    """
    for current, dirs, files in os.walk(root):
        dirs.sort()
        here = Path(current)
        if here != root:
            if here.name.startswith(STAGING_PREFIX):
                dirs.clear()
                yield here, "staging"
                continue
            if looks_like_bag(files + dirs):
                dirs.clear()
                yield here, "bag"
                continue
            if not dirs:
                yield here, "not-a-bag"
        dirs[:] = [d for d in dirs if d.startswith(STAGING_PREFIX) or not d.startswith(".")]


PROFILES = ("archive", "google", "shacl")


def validate_target(path: Path, kind: str, fast: bool = False,
                    profiles: tuple[str, ...] = ("archive",)) -> Report:
    if kind == "bag":
        return Report(path, kind, tuple(validate_bag(path, fast=fast, profiles=profiles)))
    if kind == "staging":
        return Report(path, kind, (Finding(
            "error", "record.unfinished", "", "",
            "an unfinished bag left by an interrupted 'archive pack', not a record",
            "run 'archive pack' again into this folder (it removes it), or delete it"),))
    if kind == "not-a-bag":
        empty = not any(path.iterdir())
        return Report(path, kind, (Finding(
            "error", "record.not-a-bag", "", "",
            "an empty folder among the bags" if empty else
            "a folder among the bags with no bagit.txt, manifest or data/ folder",
            "remove it, or restore the bag from a copy"),))
    if kind == "bag-zip":
        from archive.validate.site import validate_bag_zip

        return Report(path, kind, tuple(validate_bag_zip(
            path, lambda bag: validate_bag(bag, fast=fast, profiles=profiles))))
    if kind == "unknown":
        reason = ("no bag found in this folder" if path.is_dir() else
                  "not a bag, dc.xml or .jsonld file" if path.exists() else "no such file")
        return Report(path, kind, (Finding("error", "target.unknown", "", "", reason),))
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Report(path, kind, (Finding("error", "target.unreadable", "", "",
                                           f"cannot read: {exc.strerror or exc}"),))
    return _validate_file(path, kind, data, profiles)


def _validate_file(path: Path, kind: str, data: bytes, profiles: tuple[str, ...]) -> Report:
    from archive.validate import site

    def check_event(doc: bytes, file: str) -> list[Finding]:
        return validate_event_jsonld(doc, file, profiles)

    if kind == "dc":
        if b"<qualifieddc" in data[:4096]:
            from archive.validate.dc import validate_qualified_dc

            return Report(path, "dcterms", tuple(validate_qualified_dc(data, path.name)))
        if b"<urlset" in data[:4096]:
            return Report(path, "sitemap", tuple(site.validate_sitemap(data, path.name)))
        from archive.validate.dc import validate_oai_dc

        return Report(path, kind, tuple(validate_oai_dc(data, path.name)))
    if kind == "ndjson":
        return Report(path, kind, tuple(site.validate_ndjson(data, path.name, check_event)))
    if kind == "html":
        return Report(path, kind, tuple(site.validate_page(data, path.name, check_event)))
    if site.document_type(data) == "Dataset":
        return Report(path, "collection", tuple(site.validate_collection(data, path.name)))
    return Report(path, kind, tuple(check_event(data, path.name)))


def validate_event_jsonld(data: bytes, file: str,
                          profiles: tuple[str, ...] = ("archive",)) -> list[Finding]:
    """The project profile (JSON Schema), the schema.org vocabulary (JSON-LD processing),
    and with the ``google`` profile the search-engine Event requirements."""
    from archive.validate.event import validate_event_document
    from archive.validate.jsonld import validate_jsonld_terms

    findings = validate_event_document(data, file) + validate_jsonld_terms(data, file)
    if "google" in profiles:
        from archive.validate.google import validate_google_event

        findings += validate_google_event(data, file)
    if "shacl" in profiles:
        from archive.validate.shacl import validate_shacl

        findings += validate_shacl(data, file)
    return findings


def is_record_bag(path: Path) -> bool:
    """Whether a bag claims to be an archive record and so must hold the record files."""
    if any((path / "data" / name).exists() for name in (DC_NAME, JSONLD_NAME, DCTERMS_NAME)):
        return True
    try:
        with open(path / "bag-info.txt", "rb") as fh:
            head = fh.read(65536)
    except OSError:
        return False
    return b"\nBag-Software-Agent: archive " in b"\n" + head


def validate_bag(path: Path, fast: bool = False,
                 profiles: tuple[str, ...] = ("archive",)) -> list[Finding]:
    """BagIt conformance and fixity, then the record files inside the payload.

    A bag that is not an archive record (no record file in its payload and no
    ``Bag-Software-Agent: archive`` in bag-info.txt) is checked as a plain BagIt bag, so
    that any bag a repository holds can be validated.
    """
    from archive.bag.check import check_bag
    from archive.validate.dc import validate_oai_dc

    findings = list(check_bag(path, fast=fast))
    if not is_record_bag(path):
        return findings

    if not any(path.glob("tagmanifest-*.txt")):
        findings.append(Finding("error", "record.missing-tag-manifest", "", "",
                                "the record has no tag manifest, so bag-info.txt and the "
                                "manifest are not protected by a checksum",
                                "re-pack the article with 'archive pack'"))

    def check_jsonld(data: bytes, rel: str) -> list[Finding]:
        return validate_event_jsonld(data, rel, profiles)

    for name, check in ((DC_NAME, validate_oai_dc), (JSONLD_NAME, check_jsonld)):
        member = path / "data" / name
        rel = f"data/{name}"
        if not member.is_file():
            findings.append(Finding("error", "record.missing-file", rel, "",
                                    f"the record has no {rel}",
                                    "re-pack the article with 'archive pack'"))
            continue
        try:
            data = member.read_bytes()
        except OSError as exc:
            findings.append(Finding("error", "target.unreadable", rel, "",
                                    f"cannot read: {exc.strerror or exc}"))
            continue
        findings.extend(check(data, rel))
    qualified = path / "data" / DCTERMS_NAME
    if qualified.is_file():
        from archive.validate.dc import validate_qualified_dc

        findings.extend(validate_qualified_dc(qualified.read_bytes(), f"data/{DCTERMS_NAME}"))
    from archive.validate.provenance import check_provenance

    findings.extend(check_provenance(path, fast=fast))
    return findings


def validate_paths(paths: Iterable[Path], fast: bool = False,
                   profiles: tuple[str, ...] = ("archive",)) -> Iterator[Report]:
    """A report per target; a checker that fails on a hostile file makes that target
    invalid with an 'internal' finding instead of stopping the run."""
    for path, kind in iter_targets(paths):
        try:
            yield validate_target(path, kind, fast=fast, profiles=profiles)
        except Exception as exc:  # noqa: BLE001 - one target never stops the others
            yield Report(path, kind, (Finding(
                "error", "internal", "", "",
                f"the check itself failed ({type(exc).__name__}: {exc}); please report this"),))
