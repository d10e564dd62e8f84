"""OAI-PMH: every verb and every error validates against the official OAI-PMH.xsd, paging
and selective harvesting behave, and a real harvester (sickle) harvests a live server."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator
from urllib.parse import parse_qsl

import pytest
from lxml import etree

from archive.catalog import find_bags, rebuild_catalog, update_catalog
from archive.harvest.oai import Repository, handle
from archive.validate.dc import _schema_parser
from archive.validate.schemas_local import schema_dir

from _harvest_helpers import fixed, running, write_bare_bag, write_record_bag

NS = {"o": "http://www.openarchives.org/OAI/2.0/"}
QDC_NS = "http://epubs.cclrc.ac.uk/xmlns/qdc/"


def _driver(body: str, target: str | None = None) -> etree.XMLSchema:
    """A tiny schema importing OAI-PMH.xsd plus one metadata schema (compiled offline)."""
    tns = f' targetNamespace="{target}" elementFormDefault="qualified"' if target else ""
    text = (f'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"{tns}>'
            f'<xs:import namespace="http://www.openarchives.org/OAI/2.0/" '
            f'schemaLocation="{schema_dir() / "OAI-PMH.xsd"}"/>{body}</xs:schema>')
    return etree.XMLSchema(etree.fromstring(text.encode(), _schema_parser()))


@pytest.fixture(scope="module")
def schemas() -> dict[str, etree.XMLSchema]:
    oai_dc = _driver(f'<xs:import namespace="http://www.openarchives.org/OAI/2.0/oai_dc/" '
                     f'schemaLocation="{schema_dir() / "oai_dc.xsd"}"/>')
    # qualifieddc.xsd has no namespace: an application schema includes it into the qdc one.
    qdc = _driver(f'<xs:include schemaLocation="{schema_dir() / "qualifieddc.xsd"}"/>', QDC_NS)
    return {"oai_dc": oai_dc, "qdc": qdc}


def ask(repo: Repository, schemas: dict[str, etree.XMLSchema], query: str) -> etree._Element:
    """Send one request and check the reply against OAI-PMH.xsd before returning it."""
    params = parse_qsl(query, keep_blank_values=True)
    body = handle(repo, params, response_date="2024-06-01T00:00:00Z")
    root = etree.fromstring(body)
    schema = schemas["qdc" if "metadataPrefix=qdc" in query or root.find(
        f".//{{{QDC_NS}}}qualifieddc") is not None else "oai_dc"]
    assert schema.validate(root), (query, schema.error_log, body[:2000])
    return root


def errors(root: etree._Element) -> list[str]:
    return [e.get("code") for e in root.findall("o:error", NS)]


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Repository:
    out = tmp_path_factory.mktemp("oai") / "records"
    mp = pytest.MonkeyPatch()
    mp.setenv("SOURCE_DATE_EPOCH", "1700000000")
    for i in range(25):
        write_record_bag(out, i, event=i % 7 != 3)
    mp.undo()
    rebuild_catalog(out)
    update_catalog(out, find_bags(out), clock=fixed("2024-01-01T00:00:00Z"))
    # Force known datestamps: records 0-19 on 2024-01-01, 20-24 changed on 2024-03-05.
    import sqlite3
    with sqlite3.connect(out / "catalog.sqlite") as conn:
        conn.execute("UPDATE records SET last_changed = '2024-01-01T00:00:00Z'")
    for i in range(20, 25):
        update_catalog(out, [write_record_bag(out, i, edition=1, event=i % 7 != 3)],
                       clock=fixed("2024-03-05T08:09:10Z"))
    return Repository(out, base_url="http://127.0.0.1/oai", page_size=10)


def test_identify(repo, schemas) -> None:
    root = ask(repo, schemas, "verb=Identify")
    assert root.findtext("o:Identify/o:earliestDatestamp", namespaces=NS) == \
        "2024-01-01T00:00:00Z"
    assert root.findtext("o:Identify/o:granularity", namespaces=NS) == "YYYY-MM-DDThh:mm:ssZ"
    assert root.find("o:request", NS).get("verb") == "Identify"


def test_list_metadata_formats_and_sets(repo, schemas) -> None:
    root = ask(repo, schemas, "verb=ListMetadataFormats")
    assert root.xpath("//o:metadataPrefix/text()", namespaces=NS) == ["oai_dc", "qdc"]
    rid = find_bags(repo.records_dir)[0].name
    ask(repo, schemas, f"verb=ListMetadataFormats&identifier=oai:archive.local:{rid}")
    sets = ask(repo, schemas, "verb=ListSets").xpath("//o:setSpec/text()", namespaces=NS)
    assert {"year", "year:2013", "country", "country:TM", "org", "org:osce"} <= set(sets)


@pytest.mark.parametrize("prefix", ["oai_dc", "qdc"])
def test_get_record(repo, schemas, prefix) -> None:
    bag = find_bags(repo.records_dir)[0]
    root = ask(repo, schemas, f"verb=GetRecord&identifier=oai:archive.local:{bag.name}"
                              f"&metadataPrefix={prefix}")
    assert root.findtext(".//o:header/o:identifier", namespaces=NS) == \
        f"oai:archive.local:{bag.name}"
    titles = root.xpath("//*[local-name()='title']/text()")
    assert titles and titles[0].startswith("Workshop")


def harvest(repo, schemas, verb: str, query: str) -> Iterator[etree._Element]:
    root = ask(repo, schemas, f"verb={verb}&{query}")
    while True:
        yield root
        token = root.find(f"o:{verb}/o:resumptionToken", NS)
        if token is None or not token.text:
            return
        root = ask(repo, schemas, f"verb={verb}&resumptionToken={token.text}")


@pytest.mark.parametrize("verb,prefix", [("ListIdentifiers", "oai_dc"),
                                         ("ListRecords", "oai_dc"), ("ListRecords", "qdc")])
def test_paging(repo, schemas, verb, prefix) -> None:
    pages = list(harvest(repo, schemas, verb, f"metadataPrefix={prefix}"))
    assert len(pages) == 3
    ids = [i for p in pages for i in p.xpath("//o:header/o:identifier/text()", namespaces=NS)]
    assert len(ids) == len(set(ids)) == 25
    tokens = [p.find(f"o:{verb}/o:resumptionToken", NS) for p in pages]
    assert [t.get("cursor") for t in tokens] == ["0", "10", "20"]
    assert {t.get("completeListSize") for t in tokens} == {"25"}
    assert tokens[-1].text is None
    # Re-issuing a token gives the same list.
    again = ask(repo, schemas, f"verb={verb}&resumptionToken={tokens[0].text}")
    assert again.xpath("//o:header/o:identifier/text()", namespaces=NS) == \
        pages[1].xpath("//o:header/o:identifier/text()", namespaces=NS)


@pytest.mark.parametrize("query,count", [
    ("from=2024-03-05", 5), ("from=2024-03-05T08:09:10Z", 5), ("from=2024-03-05T08:09:11Z", 0),
    ("until=2024-01-01", 20), ("until=2024-03-05T08:09:09Z", 20),
    ("from=2024-01-01&until=2024-12-31", 25), ("set=year:2013", 3), ("set=country", 21),
    ("set=country:KZ&from=2024-02-01", 0),
])
def test_selective(repo, schemas, query, count) -> None:
    root = ask(repo, schemas, f"verb=ListIdentifiers&metadataPrefix=oai_dc&{query}")
    found = sum(len(p.xpath("//o:header", namespaces=NS)) for p in
                harvest(repo, schemas, "ListIdentifiers", f"metadataPrefix=oai_dc&{query}"))
    if count == 0:
        assert errors(root) == ["noRecordsMatch"]
    else:
        assert found == count


@pytest.mark.parametrize("query,codes,attrs", [
    ("", ["badVerb"], False),
    ("verb=Frobnicate", ["badVerb"], False),
    ("verb=Identify&verb=Identify", ["badVerb"], False),
    ("verb=Identify&extra=1", ["badArgument"], False),
    ("verb=ListRecords", ["badArgument"], False),
    ("verb=GetRecord&identifier=oai:archive.local:x", ["badArgument"], False),
    ("verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=qdc", ["badArgument"], False),
    ("verb=ListRecords&metadataPrefix=oai_dc&from=2024-13-01", ["badArgument"], False),
    ("verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01&until=2024-01-01T00:00:00Z",
     ["badArgument"], False),
    ("verb=ListRecords&metadataPrefix=oai_dc&from=2024-02-01&until=2024-01-01",
     ["badArgument"], False),
    ("verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01T00:00Z", ["badArgument"], False),
    ("verb=ListRecords&resumptionToken=abc&metadataPrefix=oai_dc", ["badArgument"], False),
    ("verb=ListRecords&resumptionToken=abc", ["badResumptionToken"], True),
    ("verb=ListIdentifiers&resumptionToken=", ["badResumptionToken"], True),
    ("verb=ListSets&resumptionToken=abc", ["badResumptionToken"], True),
    ("verb=ListRecords&metadataPrefix=marc21", ["cannotDisseminateFormat"], True),
    ("verb=ListIdentifiers&metadataPrefix=marc21", ["cannotDisseminateFormat"], True),
    ("verb=GetRecord&identifier=oai:archive.local:nope&metadataPrefix=marc21",
     ["idDoesNotExist", "cannotDisseminateFormat"], True),
    ("verb=GetRecord&identifier=oai:archive.local:nope&metadataPrefix=oai_dc",
     ["idDoesNotExist"], True),
    ("verb=GetRecord&identifier=oai:elsewhere.org:x&metadataPrefix=oai_dc",
     ["idDoesNotExist"], True),
    ("verb=ListMetadataFormats&identifier=oai:archive.local:nope", ["idDoesNotExist"], True),
    ("verb=ListRecords&metadataPrefix=oai_dc&set=year:1999", ["noRecordsMatch"], True),
    ("verb=ListRecords&metadataPrefix=oai_dc&until=2000-01-01", ["noRecordsMatch"], True),
])
def test_errors(repo, schemas, query, codes, attrs) -> None:
    root = ask(repo, schemas, query)
    assert errors(root) == codes
    assert bool(root.find("o:request", NS).attrib) is attrs


def test_token_for_another_verb_is_refused(repo, schemas) -> None:
    first = ask(repo, schemas, "verb=ListIdentifiers&metadataPrefix=oai_dc")
    token = first.findtext("o:ListIdentifiers/o:resumptionToken", namespaces=NS)
    assert errors(ask(repo, schemas, f"verb=ListRecords&resumptionToken={token}")) == \
        ["badResumptionToken"]
    tampered = token[:-1] + ("0" if token[-1] != "0" else "1")
    assert errors(ask(repo, schemas, f"verb=ListIdentifiers&resumptionToken={tampered}")) == \
        ["badResumptionToken"]


def test_no_sets_and_no_formats(tmp_path: Path, schemas) -> None:
    out = tmp_path / "records"
    write_bare_bag(out, "a", with_dc=False)
    write_bare_bag(out, "b", with_dc=True)
    rebuild_catalog(out)
    repo = Repository(out)
    assert errors(ask(repo, schemas, "verb=ListSets")) == ["noSetHierarchy"]
    assert errors(ask(repo, schemas, "verb=ListRecords&metadataPrefix=oai_dc&set=year")) == \
        ["noSetHierarchy"]
    assert errors(ask(repo, schemas, "verb=ListIdentifiers&metadataPrefix=oai_dc&set=x")) == \
        ["noSetHierarchy"]
    assert errors(ask(repo, schemas, "verb=ListMetadataFormats&"
                                     "identifier=oai:archive.local:note-a")) == \
        ["noMetadataFormats"]
    assert errors(ask(repo, schemas, "verb=GetRecord&identifier=oai:archive.local:note-a&"
                                     "metadataPrefix=oai_dc")) == ["cannotDisseminateFormat"]
    ask(repo, schemas, "verb=GetRecord&identifier=oai:archive.local:note-b&metadataPrefix=qdc")


# ---------------------------------------------------------------------------------------------
# A real harvester against a real server on loopback


@pytest.fixture
def live(repo: Repository) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    from archive.harvest.serve import prepare

    prepared = prepare(repo.records_dir, port=0, page_size=10, threads=2)
    seen: list[dict[str, Any]] = []
    app = prepared.server.application

    def counting(environ, start_response):
        if environ.get("PATH_INFO") == "/oai":
            seen.append(dict(parse_qsl(environ.get("QUERY_STRING", ""))))
        return app(environ, start_response)

    prepared.server.application = counting
    with running(prepared):
        yield prepared.url, seen


def test_sickle_harvests_everything_once(live, repo) -> None:
    from sickle import Sickle

    url, seen = live
    sickle = Sickle(f"{url}/oai", max_retries=0, timeout=10)
    assert sickle.Identify().baseURL == f"{url}/oai"
    records = list(sickle.ListRecords(metadataPrefix="oai_dc"))
    ids = [r.header.identifier for r in records]
    assert len(ids) == len(set(ids)) == 25 == len(find_bags(repo.records_dir))
    assert len([q for q in seen if q.get("verb") == "ListRecords"]) >= 3
    assert all(r.metadata["title"] for r in records)
    qdc = list(sickle.ListRecords(metadataPrefix="qdc"))
    assert len({r.header.identifier for r in qdc}) == 25
    # Incremental harvesting: only what changed since.
    recent = list(sickle.ListIdentifiers(metadataPrefix="oai_dc", **{"from": "2024-02-01"}))
    assert sorted(h.identifier for h in recent) == sorted(
        f"oai:archive.local:{b.name}" for b in find_bags(repo.records_dir)
        if b.name.split("-")[1] in {"20", "21", "22", "23", "24"})
    sets = {s.setSpec for s in sickle.ListSets()}
    assert "country:TM" in sets


def test_post_is_accepted(live) -> None:
    import urllib.request

    url, _ = live
    req = urllib.request.Request(f"{url}/oai", data=b"verb=Identify", method="POST",
                                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        assert b"<Identify>" in resp.read()
