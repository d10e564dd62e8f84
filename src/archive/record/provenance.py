"""Provenance kept in every bag: where each value came from, what was doubtful, who changed it.

Two tag files under the bag's ``metadata/`` folder, both covered by the tag manifest:

- ``metadata/extraction.json``: every fact with its value, evidence, origin and confidence,
  the warnings the article's reading and extraction gave, the fields to review, the
  original's name and SHA-256 and the tool's version; what ``archive extract`` showed at
  pack time, kept after it (a future date's warning stays visible);
- ``metadata/curation.<ext>``: the curation sidecar byte for byte, when one was used
  (``.yaml``, ``.yml`` or ``.json``, as it was written).

They are tag files, not payload, because they describe how the record was made rather
than being part of the record an archive disseminates (RFC 8493 2.2.4 allows tag files in
folders); every BagIt tool checks their fixity through the tag manifest.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from archive.extract.facts import Facts
    from archive.read.article import Article
    from archive.record.model import Record

EXTRACTION_NAME = "extraction.json"
EXTRACTION_TAG = f"metadata/{EXTRACTION_NAME}"
CURATION_STEM = "curation"
FORMAT = "archive-extraction-report/1"


def provenance_tags(article: Article, facts: Facts, record: Record, tool: str,
                    sidecar: Path | None = None) -> dict[str, bytes]:
    """The bag's provenance tag files by name under ``metadata/``; deterministic (no clock,
    no machine-specific path: a path is shown by its file name)."""
    tags: dict[str, bytes] = {}
    names = {str(article.path): article.name}
    curation: dict[str, Any] | None = None
    if sidecar is not None:
        raw = sidecar.read_bytes()
        stored = f"{CURATION_STEM}{sidecar.suffix.lower()}"
        tags[stored] = raw
        names[str(sidecar)] = sidecar.name
        curation = {"sidecar": sidecar.name, "stored_as": f"metadata/{stored}",
                    "sha256": hashlib.sha256(raw).hexdigest()}

    def local(text: str) -> str:
        for path, name in names.items():
            text = text.replace(path, name)
        return text

    facts_view = facts.as_dict()
    facts_view.pop("warnings", None)
    for fact in facts_view.values():
        if fact is not None:
            fact["evidence"] = local(fact["evidence"])
    report = {
        "format": FORMAT,
        "tool": tool,
        "record_id": record.record_id,
        "source": {"file": article.name, "sha256": record.sha256, "media_type": article.media_type,
                   "encoding": article.encoding},
        "facts": facts_view,
        "warnings": [local(w) for w in record.warnings],
        "needs_review": list(facts.doubtful()),
        "curation": curation,
    }
    tags[EXTRACTION_NAME] = (json.dumps(report, ensure_ascii=False, indent=2, sort_keys=True)
                             + "\n").encode("utf-8")
    return tags


def read_extraction(bag: Path) -> dict[str, Any] | None:
    """The bag's stored extraction report, or None when it has none (an older bag).
    Raises ValueError when it is there but not a report."""
    path = bag / EXTRACTION_TAG
    if not path.is_file():
        return None
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ValueError(f"{EXTRACTION_TAG} is not JSON: {exc}") from None
    if not isinstance(report, dict) or report.get("format") != FORMAT:
        raise ValueError(f"{EXTRACTION_TAG} is not an extraction report ({FORMAT})")
    return report


def facts_from_report(report: dict[str, Any]) -> Facts:
    """The facts as they were at pack time, rebuilt from a stored report (for display)."""
    from archive.extract.facts import Fact, Facts

    values: dict[str, Any] = {}
    given = report.get("facts")
    stored: dict[str, Any] = given if isinstance(given, dict) else {}
    for name in Facts.field_names():
        item = stored.get(name)
        if not isinstance(item, dict):
            continue
        value = item.get("value")
        offset = item.get("offset")
        values[name] = Fact(tuple(value) if isinstance(value, list) else value,
                            str(item.get("evidence") or ""),
                            offset if isinstance(offset, int) else -1,
                            str(item.get("origin") or "extracted"),
                            str(item.get("confidence") or "high"))
    warnings = tuple(str(w) for w in report.get("warnings") or [])
    return Facts(**values, warnings=warnings)
