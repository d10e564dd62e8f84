"""An OAI-PMH 2.0 data provider over the catalog: the six verbs, every error, paging.

``handle`` is transport-free (arguments in, XML bytes out) so the WSGI app, the tests and the
benchmark share it. Metadata is read from each bag's files at request time: ``oai_dc`` is the
bag's own data/dc.xml; ``qdc`` is built from data/dc.xml and data/event.jsonld (archive.record.qdc).
"""

from __future__ import annotations

import base64
import datetime as _dt
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from lxml import etree

from archive.catalog import Catalog, Deleted, Entry, catalog_path, now_stamp
from archive.record.qdc import QDC_OAI_NS, QDC_OAI_SCHEMA, qdc_element, read_bag_metadata

OAI_NS = "http://www.openarchives.org/OAI/2.0/"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
OAI_SCHEMA = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"

#: metadataPrefix -> (schema, namespace)
FORMATS: dict[str, tuple[str, str]] = {
    "oai_dc": ("http://www.openarchives.org/OAI/2.0/oai_dc.xsd",
               "http://www.openarchives.org/OAI/2.0/oai_dc/"),
    "qdc": (QDC_OAI_SCHEMA, QDC_OAI_NS),
}

GRANULARITY = "YYYY-MM-DDThh:mm:ssZ"
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SECONDS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
_PREFIX = re.compile(r"^[A-Za-z0-9\-_.!~*'()]+$")
_SETSPEC = re.compile(r"^[A-Za-z0-9\-_.!~*'()]+(:[A-Za-z0-9\-_.!~*'()]+)*$")

_LIST_ARGS = ({"metadataPrefix"}, {"from", "until", "set"})
VERBS: dict[str, tuple[set[str], set[str]]] = {
    # verb -> (required, optional); resumptionToken is handled as an exclusive argument
    "Identify": (set(), set()),
    "ListMetadataFormats": (set(), {"identifier"}),
    "ListSets": (set(), set()),
    "GetRecord": ({"identifier", "metadataPrefix"}, set()),
    "ListIdentifiers": _LIST_ARGS,
    "ListRecords": _LIST_ARGS,
}
RESUMABLE = {"ListSets", "ListIdentifiers", "ListRecords"}


@dataclass
class Repository:
    """What Identify says, and where the records are."""

    records_dir: Path
    base_url: str = "http://localhost:8000/oai"
    name: str = "Event news archive"
    admin_email: str = "archivist@example.org"
    repository_id: str = "archive.local"
    page_size: int = 100
    #: the catalog when it is not RECORDS/catalog.sqlite (read-only records)
    catalog_file: Path | None = None

    @property
    def catalog(self) -> Catalog:
        return Catalog(self.catalog_file or catalog_path(self.records_dir))

    def oai_identifier(self, record_id: str) -> str:
        return f"oai:{self.repository_id}:{record_id}"

    def record_id(self, identifier: str) -> str | None:
        prefix = f"oai:{self.repository_id}:"
        if not identifier.startswith(prefix):
            return None
        local = identifier[len(prefix):]
        return local if local and "/" not in local and not local.startswith(".") else None


class OAIError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


# ---------------------------------------------------------------------------------------------
# Arguments


def _parse_date(value: str, name: str, upper: bool) -> tuple[str, str]:
    """(granularity, normalised seconds stamp) or OAIError(badArgument)."""
    if _DAY.match(value):
        fmt, granularity = "%Y-%m-%d", "day"
    elif _SECONDS.match(value):
        fmt, granularity = "%Y-%m-%dT%H:%M:%SZ", "seconds"
    else:
        raise OAIError("badArgument", f"'{name}' must be YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ")
    try:
        _dt.datetime.strptime(value, fmt)
    except ValueError:
        raise OAIError("badArgument", f"'{name}' is not a real date: {value}") from None
    if granularity == "day":
        return granularity, value + ("T23:59:59Z" if upper else "T00:00:00Z")
    return granularity, value


def _token_digest(payload: str) -> str:
    return hashlib.sha256(("archive-oai-token:" + payload).encode()).hexdigest()[:16]


def encode_token(state: dict[str, Any]) -> str:
    payload = base64.urlsafe_b64encode(
        json.dumps(state, sort_keys=True, separators=(",", ":")).encode()).decode().rstrip("=")
    return f"{payload}.{_token_digest(payload)}"


def decode_token(token: str, verb: str) -> dict[str, Any]:
    """The paging state in a token; anything not made by ``encode_token`` for ``verb`` fails."""
    bad = OAIError("badResumptionToken", "the resumptionToken is invalid or has expired")
    payload, _, digest = token.partition(".")
    if not payload or digest != _token_digest(payload):
        raise bad
    try:
        state = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except ValueError:
        raise bad from None
    if not isinstance(state, dict) or state.get("verb") != verb:
        raise bad
    if not isinstance(state.get("cursor"), int) or not isinstance(state.get("after"), str):
        raise bad
    if state.get("metadataPrefix") not in FORMATS:
        raise bad
    return state


def check_arguments(params: Sequence[tuple[str, str]]) -> tuple[str | None, dict[str, str],
                                                                  list[OAIError]]:
    """(verb, arguments, errors): every badVerb / badArgument found, not only the first."""
    verbs = [v for k, v in params if k == "verb"]
    args: dict[str, str] = {}
    errors: list[OAIError] = []
    if len(verbs) != 1:
        errors.append(OAIError("badVerb", "the verb is missing" if not verbs
                               else "the verb argument is repeated"))
        return None, args, errors
    verb = verbs[0]
    if verb not in VERBS:
        return None, args, [OAIError("badVerb", f"'{verb}' is not an OAI-PMH verb")]
    required, optional = VERBS[verb]
    seen: set[str] = set()
    for key, value in params:
        if key == "verb":
            continue
        if key in seen:
            errors.append(OAIError("badArgument", f"the argument '{key}' is repeated"))
            continue
        seen.add(key)
        allowed = required | optional | ({"resumptionToken"} if verb in RESUMABLE else set())
        if key not in allowed:
            errors.append(OAIError("badArgument", f"'{key}' is not an argument of {verb}"))
            continue
        args[key] = value
    if "resumptionToken" in args:
        others = sorted(set(args) - {"resumptionToken"})
        if others:
            errors.append(OAIError("badArgument", "resumptionToken is exclusive; remove "
                                   + ", ".join(others)))
    else:
        for key in sorted(required - set(args)):
            errors.append(OAIError("badArgument", f"{verb} requires the argument '{key}'"))
    for key in ("metadataPrefix",):
        if key in args and not _PREFIX.match(args[key]):
            errors.append(OAIError("badArgument", f"'{key}' is malformed"))
    if "set" in args and not _SETSPEC.match(args["set"]):
        errors.append(OAIError("badArgument", "'set' is not a valid setSpec"))
    if "identifier" in args and not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$",
                                             args["identifier"]):
        errors.append(OAIError("badArgument", "'identifier' is not a URI"))
    grains: dict[str, str] = {}
    bounds: dict[str, str] = {}
    for key in ("from", "until"):
        if key in args:
            try:
                grains[key], bounds[key] = _parse_date(args[key], key, key == "until")
            except OAIError as exc:
                errors.append(exc)
    if len(grains) == 2 and grains["from"] != grains["until"]:
        errors.append(OAIError("badArgument", "'from' and 'until' have different granularities"))
    elif len(bounds) == 2 and bounds["from"] > bounds["until"]:
        errors.append(OAIError("badArgument", "'from' is after 'until'"))
    args.update({f"_{k}": v for k, v in bounds.items()})
    return verb, args, errors


# ---------------------------------------------------------------------------------------------
# Responses


def _sub(parent: etree._Element, name: str, text: str | None = None,
         **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, f"{{{OAI_NS}}}{name}", attrs)
    if text is not None:
        el.text = text
    return el


def _envelope(repo: Repository, response_date: str, verb: str | None,
              args: dict[str, str], with_attrs: bool) -> etree._Element:
    root = etree.Element(f"{{{OAI_NS}}}OAI-PMH", nsmap={None: OAI_NS, "xsi": XSI_NS})
    root.set(f"{{{XSI_NS}}}schemaLocation", f"{OAI_NS} {OAI_SCHEMA}")
    _sub(root, "responseDate", response_date)
    request = _sub(root, "request", repo.base_url)
    if with_attrs and verb:
        request.set("verb", verb)
        for key in sorted(k for k in args if not k.startswith("_")):
            request.set(key, args[key])
    return root


def _header(parent: etree._Element, repo: Repository, entry: Entry | Deleted) -> None:
    deleted = isinstance(entry, Deleted)
    header = _sub(parent, "header", **({"status": "deleted"} if deleted else {}))
    _sub(header, "identifier", repo.oai_identifier(entry.record_id))
    _sub(header, "datestamp", entry.datestamp if isinstance(entry, Deleted) else entry.last_changed)
    for spec in entry.set_specs:
        if ":" in spec:
            _sub(header, "setSpec", spec)


def _has_dc(entry: Entry) -> bool:
    return "data/dc.xml" in entry.files


def metadata_element(repo: Repository, entry: Entry, prefix: str) -> etree._Element:
    """The record's metadata in ``prefix``, read from its bag."""
    bag = repo.records_dir / entry.record_id
    if prefix == "oai_dc":
        parser = etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False,
                                 remove_blank_text=True)
        return etree.fromstring((bag / "data" / "dc.xml").read_bytes(), parser)
    return qdc_element(read_bag_metadata(bag), QDC_OAI_NS)


def _record(parent: etree._Element, repo: Repository, entry: Entry | Deleted,
            prefix: str) -> None:
    record = _sub(parent, "record")
    _header(record, repo, entry)
    if isinstance(entry, Entry):  # a deleted record is its header alone
        _sub(record, "metadata").append(metadata_element(repo, entry, prefix))


def _identify(repo: Repository, root: etree._Element, catalog: Catalog) -> None:
    el = _sub(root, "Identify")
    _sub(el, "repositoryName", repo.name)
    _sub(el, "baseURL", repo.base_url)
    _sub(el, "protocolVersion", "2.0")
    _sub(el, "adminEmail", repo.admin_email)
    _sub(el, "earliestDatestamp", catalog.earliest() or "1970-01-01T00:00:00Z")
    # the catalog keeps deletion marks, but it can be deleted and rebuilt from the bags
    _sub(el, "deletedRecord", "transient")
    _sub(el, "granularity", GRANULARITY)


def _list_formats(repo: Repository, root: etree._Element, catalog: Catalog,
                  args: dict[str, str]) -> None:
    if "identifier" in args:
        entry = _lookup(repo, catalog, args["identifier"])
        if isinstance(entry, Entry) and not _has_dc(entry):
            raise OAIError("noMetadataFormats", "the item has no metadata to disseminate")
    el = _sub(root, "ListMetadataFormats")
    for prefix, (schema, namespace) in FORMATS.items():
        fmt = _sub(el, "metadataFormat")
        _sub(fmt, "metadataPrefix", prefix)
        _sub(fmt, "schema", schema)
        _sub(fmt, "metadataNamespace", namespace)


def _list_sets(root: etree._Element, catalog: Catalog, args: dict[str, str]) -> None:
    sets = catalog.sets()
    if "resumptionToken" in args:
        raise OAIError("badResumptionToken", "ListSets is answered in one reply; "
                       "this resumptionToken was not issued")
    if not sets:
        raise OAIError("noSetHierarchy", "the repository has no sets")
    el = _sub(root, "ListSets")
    for spec, name in sets:
        item = _sub(el, "set")
        _sub(item, "setSpec", spec)
        _sub(item, "setName", name)


def _lookup(repo: Repository, catalog: Catalog, identifier: str) -> Entry | Deleted:
    record_id = repo.record_id(identifier)
    entry: Entry | Deleted | None = None
    if record_id:
        entry = catalog.get(record_id) or catalog.deleted(record_id)
    if entry is None:
        raise OAIError("idDoesNotExist", f"no item has the identifier {identifier}")
    return entry


def _get_record(repo: Repository, root: etree._Element, catalog: Catalog,
                args: dict[str, str]) -> None:
    errors = []
    entry: Entry | Deleted | None = None
    try:
        entry = _lookup(repo, catalog, args["identifier"])
    except OAIError as exc:
        errors.append(exc)
    prefix = args["metadataPrefix"]
    if prefix not in FORMATS or (isinstance(entry, Entry) and not _has_dc(entry)):
        errors.append(OAIError("cannotDisseminateFormat",
                               f"'{prefix}' is not available for this item"))
    if errors:
        raise _Errors(errors)
    assert entry is not None
    _record(_sub(root, "GetRecord"), repo, entry, prefix)


def _list(repo: Repository, root: etree._Element, catalog: Catalog, verb: str,
          args: dict[str, str]) -> None:
    if "resumptionToken" in args:
        state = decode_token(args["resumptionToken"], verb)
    else:
        state = {"verb": verb, "metadataPrefix": args["metadataPrefix"],
                 "from": args.get("_from"), "until": args.get("_until"),
                 "set": args.get("set"), "after": "", "cursor": 0}
        errors = []
        if state["metadataPrefix"] not in FORMATS:
            errors.append(OAIError("cannotDisseminateFormat",
                                   f"'{state['metadataPrefix']}' is not a metadata format here"))
        if state["set"] and not catalog.sets():
            errors.append(OAIError("noSetHierarchy", "the repository has no sets"))
        if errors:
            raise _Errors(errors)
    query = (state["from"], state["until"], state["set"])
    page = catalog.page_with_deleted(*query, after=state["after"] or None, limit=repo.page_size)
    if not page:
        if state["cursor"] == 0:
            raise OAIError("noRecordsMatch", "no records match the arguments")
        raise OAIError("badResumptionToken", "the resumptionToken is invalid or has expired")
    total = catalog.count_with_deleted(*query)
    el = _sub(root, verb)
    for entry in page:
        if verb == "ListIdentifiers":
            _header(el, repo, entry)
        else:
            _record(el, repo, entry, state["metadataPrefix"])
    cursor = state["cursor"]
    done = cursor + len(page)
    more = len(page) == repo.page_size and bool(
        catalog.page_with_deleted(*query, after=page[-1].record_id, limit=1))
    if more:
        token = encode_token({**state, "after": page[-1].record_id, "cursor": done})
        _sub(el, "resumptionToken", token, completeListSize=str(max(total, done + 1)),
             cursor=str(cursor))
    elif cursor:
        _sub(el, "resumptionToken", "", completeListSize=str(max(total, done)),
             cursor=str(cursor))


class _Errors(Exception):
    def __init__(self, errors: list[OAIError]) -> None:
        super().__init__("; ".join(e.message for e in errors))
        self.errors = errors


def handle(repo: Repository, params: Sequence[tuple[str, str]],
           response_date: str | None = None) -> bytes:
    """Answer one OAI-PMH request (``params`` as decoded key/value pairs) with XML bytes."""
    response_date = response_date or now_stamp()
    verb, args, errors = check_arguments(params)
    body: etree._Element | None = None
    if not errors:
        root = _envelope(repo, response_date, verb, args, with_attrs=True)
        try:
            catalog = repo.catalog
            if verb == "Identify":
                _identify(repo, root, catalog)
            elif verb == "ListMetadataFormats":
                _list_formats(repo, root, catalog, args)
            elif verb == "ListSets":
                _list_sets(root, catalog, args)
            elif verb == "GetRecord":
                _get_record(repo, root, catalog, args)
            else:
                _list(repo, root, catalog, str(verb), args)
            body = root
        except OAIError as exc:
            errors = [exc]
        except _Errors as exc:
            errors = exc.errors
    if body is None:
        plain = any(e.code in ("badVerb", "badArgument") for e in errors)
        body = _envelope(repo, response_date, verb, args, with_attrs=not plain)
        for err in errors:
            _sub(body, "error", err.message, code=err.code)
    return etree.tostring(body, xml_declaration=True, encoding="UTF-8")
