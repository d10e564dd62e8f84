"""The Event properties search engines document for event rich results, as a lint profile.

Google requires ``name``, ``startDate`` and ``location`` and recommends ``description``,
``endDate``, ``eventAttendanceMode``, ``eventStatus``, ``organizer``, ``image``, ``offers``
and ``performer``. Archived events are past and rarely have images, offers or performers,
so the profile is opt-in (``archive validate --profile google``), not part of validity.
"""

from __future__ import annotations

import json
from typing import Any

from archive.base.findings import Finding
from archive.record.model import SCHEMA_EVENT_TYPES

REQUIRED = ("name", "startDate", "location")
RECOMMENDED = ("description", "endDate", "eventAttendanceMode", "eventStatus", "organizer",
               "image", "offers", "performer")


def validate_google_event(data: bytes, file: str = "event.jsonld") -> list[Finding]:
    try:
        doc: Any = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return []  # reported by the profile check
    if not isinstance(doc, dict) or doc.get("@type") not in SCHEMA_EVENT_TYPES:
        return []
    findings = [
        Finding("error", "google.event.required", file, f"/{name}",
                f"search engines require {name} on an Event",
                "add it with a curation sidecar if the article states it")
        for name in REQUIRED if not doc.get(name)
    ]
    findings += [
        Finding("warning", "google.event.recommended", file, f"/{name}",
                f"search engines recommend {name} on an Event")
        for name in RECOMMENDED if not doc.get(name)
    ]
    locations = doc.get("location")
    for index, loc in enumerate(locations if isinstance(locations, list) else [locations]):
        if isinstance(loc, dict) and loc.get("@type") == "VirtualLocation" and not loc.get("url"):
            where = "/location" + (f"/{index}" if isinstance(locations, list) else "")
            findings.append(Finding("warning", "google.event.virtual-location-url", file, where,
                                    "search engines expect a url on a VirtualLocation"))
        if isinstance(loc, dict) and loc.get("@type") == "Place" and not loc.get("address"):
            where = "/location" + (f"/{index}" if isinstance(locations, list) else "")
            findings.append(Finding("error", "google.event.place-address", file, where,
                                    "search engines require an address on a Place"))
    return findings
