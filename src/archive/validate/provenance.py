"""The provenance tag files of a record bag (``metadata/extraction.json`` and the curation
sidecar): present, covered by the tag manifest, consistent with the payload; and the
warnings stored at pack time, shown again as notes."""

from __future__ import annotations

import hashlib
from pathlib import Path

from archive.base.findings import Finding
from archive.record.provenance import EXTRACTION_TAG, read_extraction

TAG_MANIFEST = "tagmanifest-sha512.txt"


def _listed(bag: Path) -> set[str]:
    try:
        text = (bag / TAG_MANIFEST).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return set()
    return {line.split(None, 1)[1].strip() for line in text.splitlines() if len(line.split()) > 1}


def check_provenance(bag: Path, fast: bool = False) -> list[Finding]:
    """``fast`` (validate --fast) skips the hashes, as the bag check skips its checksums."""
    try:
        report = read_extraction(bag)
    except (OSError, ValueError) as exc:
        return [Finding("error", "record.provenance-unreadable", EXTRACTION_TAG, "", str(exc))]
    if report is None:
        return [Finding("warning", "record.no-provenance", "", "",
                        f"the record has no {EXTRACTION_TAG}: the evidence and warnings of its "
                        f"values were not kept", "re-pack the article with 'archive pack'")]
    findings: list[Finding] = []
    listed = _listed(bag)
    given = report.get("source")
    source: dict[str, object] = given if isinstance(given, dict) else {}
    name, sha = str(source.get("file", "")), str(source.get("sha256", ""))
    original = bag / "data" / name
    if not name or "/" in name or not original.is_file():
        findings.append(Finding("error", "record.provenance-source", EXTRACTION_TAG, "/source/file",
                                f"the report names {name!r}, which is not in data/"))
    elif not fast and hashlib.sha256(original.read_bytes()).hexdigest() != sha:
        findings.append(Finding("error", "record.provenance-source", EXTRACTION_TAG,
                                "/source/sha256", f"data/{name} is not the file this report "
                                "describes (its SHA-256 differs)"))
    stored = [EXTRACTION_TAG]
    curation = report.get("curation")
    if isinstance(curation, dict):
        rel = str(curation.get("stored_as", ""))
        stored.append(rel)
        path = bag / rel
        if not rel.startswith("metadata/") or not path.is_file():
            findings.append(Finding("error", "record.curation-missing", EXTRACTION_TAG,
                                    "/curation/stored_as", f"the curation sidecar {rel!r} is not "
                                    "in the bag"))
        elif not fast and hashlib.sha256(path.read_bytes()).hexdigest() != curation.get("sha256"):
            findings.append(Finding("error", "record.curation-changed", rel, "",
                                    "the stored curation sidecar is not the one that was applied"))
    for rel in stored:
        if rel not in listed and (bag / rel).is_file():
            findings.append(Finding("error", "record.provenance-unprotected", rel, "",
                                    f"{rel} is not in {TAG_MANIFEST}, so its fixity is unchecked"))
    for warning in report.get("warnings") or []:
        findings.append(Finding("info", "record.stored-warning", EXTRACTION_TAG, "/warnings",
                                f"at pack time: {warning}"))
    for field in report.get("needs_review") or []:
        findings.append(Finding("info", "record.stored-review", EXTRACTION_TAG, "/needs_review",
                                f"at pack time, {field} rested on weak evidence (low confidence)"))
    return findings
