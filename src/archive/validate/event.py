"""Validate event.jsonld against the project's Event profile (JSON Schema 2020-12)."""

from __future__ import annotations

import datetime as _dt
import json
from functools import lru_cache
from typing import Any

from archive.base.findings import Finding
from archive.validate.schemas_local import schema_path

PROFILE = "event.schema.json"


@lru_cache(maxsize=1)
def profile_validator() -> Any:
    """Built once per process: a prebuilt validator is far cheaper than jsonschema.validate()."""
    from jsonschema import Draft202012Validator

    schema = json.loads(schema_path(PROFILE).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _pointer(path: Any) -> str:
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in path) if path \
        else "/"


def _calendar_date(value: Any) -> _dt.date | None:
    """The first day a (possibly month-precision) ISO date stands for, or None if unreal."""
    if not isinstance(value, str) or len(value) < 7:
        return None
    try:
        if len(value) == 7:
            return _dt.date(int(value[:4]), int(value[5:7]), 1)
        return _dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def validate_event_document(data: bytes, file: str = "event.jsonld") -> list[Finding]:
    """Every profile violation of one JSON-LD document, each with a JSON pointer."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        return [Finding("error", "jsonld.not-utf8", file, "", "the file is not UTF-8 text")]
    except ValueError as exc:
        return [Finding("error", "jsonld.not-json", file, "", f"not valid JSON: {exc}")]
    findings = [
        Finding("error", f"event.schema.{err.validator}", file, _pointer(err.absolute_path),
                _message(err), "see schemas/event.schema.json")
        for err in sorted(profile_validator().iter_errors(doc),
                          key=lambda e: (list(map(str, e.absolute_path)), e.validator))
    ]
    if isinstance(doc, dict):
        findings.extend(_date_findings(doc, file))
    return findings


def _message(err: Any) -> str:
    if err.validator == "additionalProperties":
        return f"{err.message} (not a property of this profile; check its spelling)"
    return err.message


def _date_findings(doc: dict[str, Any], file: str) -> list[Finding]:
    findings = []
    nodes = [("", doc)]
    if isinstance(doc.get("subjectOf"), dict):
        nodes.append(("/subjectOf", doc["subjectOf"]))
    for prefix, node in nodes:
        for key in ("startDate", "endDate", "datePublished"):
            value = node.get(key)
            if isinstance(value, str) and _calendar_date(value) is None and len(value) >= 7:
                findings.append(Finding("error", "event.date-impossible", file,
                                        f"{prefix}/{key}", f"{value!r} is not a calendar date"))
    start, end = _calendar_date(doc.get("startDate")), _calendar_date(doc.get("endDate"))
    if start and end and end < start:
        findings.append(Finding("error", "event.end-before-start", file, "/endDate",
                                f"endDate {doc['endDate']} is before startDate {doc['startDate']}"))
    return findings
