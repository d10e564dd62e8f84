"""Validate Dublin Core XML against the official XSDs, offline and safely."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from lxml import etree

from archive.base.findings import Finding
from archive.validate.schemas_local import REMOTE_SCHEMAS, schema_dir, schema_path

#: dc.xml files larger than this are refused rather than parsed.
MAX_XML_BYTES = 8 * 1024 * 1024


class _LocalSchemas(etree.Resolver):
    """Answer every schema import from the shipped copies; refuse anything else."""

    def resolve(self, system_url: str, public_id: str, context: Any) -> Any:
        name = REMOTE_SCHEMAS.get(system_url)
        if name is None and system_url and "/" not in system_url.rsplit("schemas/", 1)[-1]:
            candidate = schema_dir() / system_url.rsplit("/", 1)[-1]
            if candidate.is_file():
                name = candidate.name
        if name is None:
            return self.resolve_string("", context)
        return self.resolve_filename(str(schema_path(name)), context)


def _schema_parser() -> etree.XMLParser:
    parser = etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False)
    parser.resolvers.add(_LocalSchemas())
    return parser


@lru_cache(maxsize=None)
def compiled_schema(name: str) -> etree.XMLSchema:
    """Each schema is compiled once per process and reused for every document."""
    doc = etree.parse(str(schema_path(name)), _schema_parser())
    return etree.XMLSchema(doc)


def safe_parser() -> etree.XMLParser:
    """No network, no DTD loading, no entity expansion, no huge trees."""
    return etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False,
                           huge_tree=False, remove_blank_text=False)


def parse_xml(data: bytes, file: str, rule_prefix: str) -> tuple[Any, list[Finding]]:
    """Parse untrusted XML; a DTD, entity declaration or syntax error is a finding."""
    if len(data) > MAX_XML_BYTES:
        return None, [Finding("error", f"{rule_prefix}.too-large", file, "",
                              f"{len(data)} bytes is larger than the {MAX_XML_BYTES} byte limit")]
    try:
        doc = etree.fromstring(data, safe_parser()).getroottree()
    except etree.XMLSyntaxError as exc:
        line = getattr(exc, "lineno", 0)
        return None, [Finding("error", f"{rule_prefix}.not-well-formed", file,
                              f"line {line}" if line else "", str(exc.msg if hasattr(exc, "msg")
                                                                  else exc))]
    if doc.docinfo.internalDTD is not None or b"<!ENTITY" in data[:65536]:
        return None, [Finding("error", f"{rule_prefix}.dtd-forbidden", file, "line 1",
                              "DTD and entity declarations are not allowed in a record",
                              "remove the DOCTYPE declaration")]
    return doc, []


def xsd_findings(doc: Any, schema_name: str, rule: str, file: str) -> list[Finding]:
    """One finding per error libxml2 reports for ``doc`` against a shipped schema."""
    schema = compiled_schema(schema_name)
    if schema.validate(doc):
        return []
    return [Finding("error", rule, file, f"line {err.line}", err.message,
                    f"the record must follow {schema_name}") for err in schema.error_log]


def validate_oai_dc(data: bytes, file: str = "dc.xml") -> list[Finding]:
    """Every XSD error of an oai_dc document against oai_dc.xsd + simpledc20021212.xsd."""
    doc, findings = parse_xml(data, file, "dc")
    if doc is None:
        return findings
    findings.extend(xsd_findings(doc, "oai_dc.xsd", "dc.xsd", file))
    findings.extend(_profile_findings(doc.getroot(), file))
    return findings


DC = "{http://purl.org/dc/elements/1.1/}"
#: Elements every record written by archive carries; oai_dc.xsd itself makes all optional.
REQUIRED_ELEMENTS = ("title", "identifier", "type", "format")
DCMI_TYPES = frozenset({"Collection", "Dataset", "Event", "Image", "InteractiveResource",
                        "MovingImage", "PhysicalObject", "Service", "Software", "Sound",
                        "StillImage", "Text"})
_W3CDTF = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d"
                     r"(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d))?)?)?$")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
_MEDIA_TYPE = re.compile(r"^[a-z]+/[a-z0-9.+-]+$")
_PERIOD = re.compile(r"^\d{4}(-\d{2}){0,2}(/\d{4}(-\d{2}){0,2})?$")


def _profile_findings(root: Any, file: str) -> list[Finding]:
    """The record profile on top of the XSD: required elements and well-formed values."""
    findings = []
    for name in REQUIRED_ELEMENTS:
        if root.find(f"{DC}{name}") is None:
            findings.append(Finding("error", "dc.required", file, "",
                                    f"the record has no dc:{name}",
                                    "every record carries title, identifier, type and format"))
    for el in root:
        if not isinstance(el.tag, str) or not el.tag.startswith(DC):
            continue
        name, text = el.tag[len(DC):], (el.text or "").strip()
        where = f"line {el.sourceline}"
        if not text:
            findings.append(Finding("error", "dc.empty", file, where, f"dc:{name} is empty"))
        elif name == "date" and not _W3CDTF.match(text):
            findings.append(Finding("error", "dc.date-format", file, where,
                                    f"dc:date {text!r} is not a W3CDTF date (YYYY-MM-DD)"))
        elif name == "language" and not _LANGUAGE.match(text):
            findings.append(Finding("error", "dc.language-format", file, where,
                                    f"dc:language {text!r} is not an RFC 5646 tag"))
        elif name == "type" and text not in DCMI_TYPES:
            findings.append(Finding("error", "dc.type-vocabulary", file, where,
                                    f"dc:type {text!r} is not a DCMI Type term"))
        elif name == "format" and not _MEDIA_TYPE.match(text):
            findings.append(Finding("error", "dc.format", file, where,
                                    f"dc:format {text!r} is not a media type"))
        elif name == "coverage" and text[:1].isdigit() and not _PERIOD.match(text):
            findings.append(Finding("error", "dc.coverage-period", file, where,
                                    f"dc:coverage {text!r} is not an ISO 8601 date or interval"))
    return findings


def validate_qualified_dc(data: bytes, file: str = "dcterms.xml") -> list[Finding]:
    """Every XSD error of a standalone qualified DC record against qualifieddc.xsd.

    The DCMI terms schemas share the DC elements namespace with simpledc, so they are
    compiled as their own schema object, never together with oai_dc.
    """
    doc, findings = parse_xml(data, file, "dcterms")
    if doc is None:
        return findings
    return findings + xsd_findings(doc, "qualifieddc.xsd", "dcterms.xsd", file)
