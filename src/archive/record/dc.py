"""Serialise a record as unqualified Dublin Core in the OAI-PMH ``oai_dc`` container.

The crosswalk is the one in the README: article facts map to the fifteen DC elements, the
event is summarised in coverage, contributor, relation and one description.
"""

from __future__ import annotations

import re

from lxml import etree

from archive.record.model import Event, Record
from archive.record.script import language_for

OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/"
DC_NS = "http://purl.org/dc/elements/1.1/"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
OAI_DC_SCHEMA_LOCATION = f"{OAI_DC_NS} http://www.openarchives.org/OAI/2.0/oai_dc.xsd"

#: Characters XML 1.0 cannot carry; a value from a hostile page or YAML escape may hold them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

ATTENDANCE_WORDS = {
    "offline": "in person",
    "online": "online",
    "mixed": "mixed (online and in person)",
}


def dc_elements(record: Record) -> list[tuple[str, str]]:
    """(element, value) pairs in a fixed order; the same list feeds XML and HTML meta tags."""
    items: list[tuple[str, str]] = [("title", record.headline)]
    if record.publisher:
        items.append(("creator", record.publisher.name))
    for keyword in record.keywords:
        items.append(("subject", keyword))
    if record.description:
        items.append(("description", record.description))
    event = record.event
    if event is not None:
        items.append(("description", event_summary(event)))
    if record.publisher:
        items.append(("publisher", record.publisher.name))
    if event is not None:
        for org in event.organizers + event.partners + event.funders:
            items.append(("contributor", org.name))
    if record.published:
        items.append(("date", record.published))
    items.append(("type", "Text"))
    items.append(("format", record.media_type))
    items.append(("identifier", record.identifier))
    if record.source_url:
        items.append(("identifier", record.source_url))
    items.append(("source", record.file_name))
    if record.language:
        items.append(("language", record.language))
    if event is not None:
        items.append(("relation", event.identifier))
        if event.place is not None and event.place.label:
            items.append(("coverage", event.place.label))
        if event.period:
            items.append(("coverage", event.period))
    # Drop exact repeats (a publisher who is also the organiser is listed once per element).
    return list(dict.fromkeys(items))


def event_summary(event: Event) -> str:
    """One sentence that carries the event facts DC has no element for."""
    parts = [f"Event: {event.name}"]
    if event.period:
        parts.append(f"dates {event.period}")
    if event.place is not None and event.place.label:
        parts.append(f"place {event.place.label}")
    if event.attendance_mode:
        parts.append(f"attendance {ATTENDANCE_WORDS[event.attendance_mode]}")
    if event.organizers:
        parts.append("organised by " + "; ".join(o.name for o in event.organizers))
    if event.partners:
        parts.append("in partnership with " + "; ".join(o.name for o in event.partners))
    if event.funders:
        parts.append("funded by " + "; ".join(o.name for o in event.funders))
    if event.audience_count is not None:
        parts.append(f"{event.audience_count} participants")
    return ". ".join([parts[0] + " (" + ", ".join(parts[1:]) + ")" if len(parts) > 1
                      else parts[0]]) + "."


def write_oai_dc(record: Record) -> bytes:
    """The ``oai_dc:dc`` document as UTF-8 bytes with a trailing newline."""
    root = etree.Element(
        f"{{{OAI_DC_NS}}}dc",
        nsmap={"oai_dc": OAI_DC_NS, "dc": DC_NS, "xsi": XSI_NS},
    )
    root.set(f"{{{XSI_NS}}}schemaLocation", OAI_DC_SCHEMA_LOCATION)
    for name, value in dc_elements(record):
        el = etree.SubElement(root, f"{{{DC_NS}}}{name}")
        el.text = _NOT_XML.sub("", value)
        lang = language_for(value, record.language)  # not for a headline in another script
        if name in {"title", "description", "subject"} and lang:
            el.set("{http://www.w3.org/XML/1998/namespace}lang", lang)
    etree.indent(root, space="  ")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"
