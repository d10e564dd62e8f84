"""Serialise a record as schema.org JSON-LD: the Event, with the article as its ``subjectOf``.

An article that reports no event is described as a ``NewsArticle`` alone. Keys are sorted and
the output ends with a newline, so the same record always gives the same bytes.
"""

from __future__ import annotations

import json
from typing import Any

from archive.record.model import Event, Organization, Record

SCHEMA = "https://schema.org/"
CONTEXT = "https://schema.org"

ATTENDANCE_MODE_IRIS = {
    "offline": SCHEMA + "OfflineEventAttendanceMode",
    "online": SCHEMA + "OnlineEventAttendanceMode",
    "mixed": SCHEMA + "MixedEventAttendanceMode",
}
EVENT_SCHEDULED = SCHEMA + "EventScheduled"


def _organization(org: Organization) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "Organization", "name": org.name}
    if org.acronym:
        node["alternateName"] = org.acronym
    return node


def _orgs(orgs: tuple[Organization, ...]) -> list[dict[str, Any]]:
    return [_organization(o) for o in orgs]


def _with_known(node: dict[str, Any], **values: Any) -> dict[str, Any]:
    """Add the values that are known; unknown (None, empty) stays absent, never a placeholder."""
    node.update((key, value) for key, value in values.items() if value)
    return node


def article_node(record: Record) -> dict[str, Any]:
    """The NewsArticle that the record's file is."""
    node: dict[str, Any] = {
        "@type": "NewsArticle",
        "@id": record.identifier,
        "identifier": record.identifier,
        "headline": record.headline,
        "name": record.file_name,
        "encodingFormat": record.media_type,
    }
    return _with_known(
        node, description=record.description, url=record.source_url,
        datePublished=record.published,
        publisher=_organization(record.publisher) if record.publisher else None,
        inLanguage=record.language, keywords=list(record.keywords))


def event_node(record: Record, event: Event) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@type": event.event_type,
        "@id": event.identifier,
        "identifier": event.identifier,
        "name": event.name,
        "eventStatus": EVENT_SCHEDULED,
    }
    _with_known(node, description=event.description, startDate=event.start_date,
                endDate=event.end_date)
    if event.attendance_mode:
        node["eventAttendanceMode"] = ATTENDANCE_MODE_IRIS[event.attendance_mode]
    locations: list[dict[str, Any]] = []
    if event.place is not None and event.attendance_mode != "online":
        place: dict[str, Any] = {"@type": "Place"}
        if event.place.venue:
            place["name"] = event.place.venue
        address: dict[str, Any] = {"@type": "PostalAddress"}
        if event.place.locality:
            address["addressLocality"] = event.place.locality
        if event.place.country_code:
            address["addressCountry"] = event.place.country_code
        if len(address) > 1:
            place["address"] = address
        locations.append(place)
    if event.attendance_mode in ("online", "mixed"):
        locations.append({"@type": "VirtualLocation", "name": "Online"})
    if locations:
        node["location"] = locations[0] if len(locations) == 1 else locations
    if event.organizers:
        node["organizer"] = _orgs(event.organizers)
    if event.partners:
        node["contributor"] = _orgs(event.partners)
    if event.funders:
        node["funder"] = _orgs(event.funders)
    if event.audience or event.audience_count is not None:
        # schema.org has no attendance count; the Audience node carries it as its name.
        audience: dict[str, Any] = {"@type": "Audience"}
        if event.audience:
            audience["audienceType"] = event.audience
        if event.audience_count is not None:
            audience["name"] = f"{event.audience_count} participants"
        node["audience"] = audience
    if record.keywords:
        node["keywords"] = list(record.keywords)
    if record.language:
        node["inLanguage"] = record.language
    article = article_node(record)
    article["about"] = {"@id": event.identifier}
    node["subjectOf"] = article
    return node


def record_document(record: Record) -> dict[str, Any]:
    """The JSON-LD document: the Event when there is one, else the NewsArticle."""
    if record.event is not None:
        node = event_node(record, record.event)
    else:
        node = article_node(record)
    return {"@context": CONTEXT, **node}


def write_jsonld(record: Record) -> bytes:
    return (json.dumps(record_document(record), ensure_ascii=False, indent=2, sort_keys=True)
            + "\n").encode("utf-8")
