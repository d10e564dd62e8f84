"""OAI-PMH identity from options or a config file, and deleted records: a removed bag is
answered with a status="deleted" header (deletedRecord transient), valid against
OAI-PMH.xsd and understood by the sickle harvester."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lxml import etree

from archive.catalog import find_bags, rebuild_catalog, update_catalog
from archive.harvest.identity import IdentityError, load_identity
from archive.harvest.oai import Repository
from archive.validate.schemas_local import schema_dir
from test_harvest_oai import NS, QDC_NS, _driver, ask

from _harvest_helpers import fixed, running, write_record_bag


@pytest.fixture(scope="module")
def schemas() -> dict[str, etree.XMLSchema]:
    """OAI-PMH.xsd with each metadata format's official schema, compiled offline."""
    return {"oai_dc": _driver(f'<xs:import namespace="http://www.openarchives.org/OAI/2.0/'
                              f'oai_dc/" schemaLocation="{schema_dir() / "oai_dc.xsd"}"/>'),
            "qdc": _driver(f'<xs:include schemaLocation="{schema_dir() / "qualifieddc.xsd"}"/>',
                           QDC_NS)}


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Repository:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # bagged 2023-11-14
    out = tmp_path / "records"
    for i in range(5):
        write_record_bag(out, i)
    update_catalog(out, find_bags(out), clock=fixed("2024-01-01T00:00:00Z"))
    gone = find_bags(out)[1]
    shutil.rmtree(gone)
    report = rebuild_catalog(out, clock=fixed("2024-05-06T07:08:09Z"))
    assert report.removed == 1
    return Repository(out, base_url="http://127.0.0.1/oai", page_size=2,
                      repository_id="events.example.org")


def _gone(repo: Repository) -> str:
    import sqlite3

    with sqlite3.connect(repo.records_dir / "catalog.sqlite") as conn:
        return conn.execute("SELECT record_id FROM deleted").fetchone()[0]


def test_identify_says_deleted_records_are_transient(repo, schemas) -> None:
    root = ask(repo, schemas, "verb=Identify")
    assert root.findtext("o:Identify/o:deletedRecord", namespaces=NS) == "transient"


def test_a_removed_bag_is_listed_as_deleted(repo, schemas) -> None:
    gone = f"oai:events.example.org:{_gone(repo)}"
    headers, token = [], None
    while True:
        query = (f"verb=ListIdentifiers&resumptionToken={token}" if token
                 else "verb=ListIdentifiers&metadataPrefix=oai_dc")
        root = ask(repo, schemas, query)
        headers += root.findall("o:ListIdentifiers/o:header", NS)
        token = root.findtext("o:ListIdentifiers/o:resumptionToken", namespaces=NS)
        if not token:
            break
    deleted = [h for h in headers if h.get("status") == "deleted"]
    assert [h.findtext("o:identifier", namespaces=NS) for h in deleted] == [gone]
    assert deleted[0].findtext("o:datestamp", namespaces=NS) == "2024-05-06T07:08:09Z"
    assert deleted[0].findall("o:setSpec", NS), "a deleted record keeps its sets"
    assert len(headers) == 5
    # incremental harvest: only the deletion happened since
    root = ask(repo, schemas, "verb=ListRecords&metadataPrefix=oai_dc&from=2024-05-01")
    records = root.findall("o:ListRecords/o:record", NS)
    assert len(records) == 1 and records[0].find("o:metadata", NS) is None
    root = ask(repo, schemas, f"verb=GetRecord&metadataPrefix=qdc&identifier={gone}")
    assert root.find("o:GetRecord/o:record/o:header", NS).get("status") == "deleted"


def test_a_bag_put_back_is_live_again(repo, schemas) -> None:
    write_record_bag(repo.records_dir, 1)
    rebuild_catalog(repo.records_dir, clock=fixed("2024-06-01T00:00:00Z"))
    root = ask(repo, schemas, "verb=ListIdentifiers&metadataPrefix=oai_dc&from=2024-05-01")
    headers = root.findall("o:ListIdentifiers/o:header", NS)
    assert len(headers) == 1 and headers[0].get("status") is None


def test_sickle_sees_the_deletion_and_the_configured_identity(repo, tmp_path: Path) -> None:
    from sickle import Sickle

    from archive.harvest.serve import prepare

    config = tmp_path / "archive.toml"
    config.write_text('name = "Regional Events Archive"\nadmin_email = "desk@events.example.org"'
                      '\nrepository_id = "events.example.org"\n', encoding="utf-8")
    identity = load_identity(config)
    prepared = prepare(repo.records_dir, port=0, page_size=2, threads=2, identity=identity,
                       site=tmp_path / "site")
    with running(prepared) as server:
        sickle = Sickle(f"{server.url}/oai", max_retries=0, timeout=10)
        about = sickle.Identify()
        assert about.repositoryName == "Regional Events Archive"
        assert about.adminEmail == "desk@events.example.org"
        assert about.deletedRecord == "transient"
        headers = list(sickle.ListIdentifiers(metadataPrefix="oai_dc"))
    assert [h.identifier for h in headers if h.deleted] == [
        f"oai:events.example.org:{_gone(repo)}"]
    assert all(h.identifier.startswith("oai:events.example.org:") for h in headers)
    assert "Regional Events Archive" in (tmp_path / "site" / "index.html").read_text()


@pytest.mark.parametrize("text, problem", [
    ('admin_email = "nobody"\n', "admin_email"),
    ('repository_id = "not a domain"\n', "repository_id"),
    ('colour = "blue"\n', "unknown setting 'colour'"),
    ('name = \n', "not valid TOML"),
])
def test_a_bad_config_is_one_clear_error(invoke, tmp_path: Path, text: str, problem: str) -> None:
    config = tmp_path / "archive.toml"
    config.write_text(text, encoding="utf-8")
    with pytest.raises(IdentityError, match=problem):
        load_identity(config)
    records = tmp_path / "records"
    write_record_bag(records, 0)
    result = invoke("serve", records, "--config", config, "--port", "0")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {config}: ") and problem in result.stderr


def test_serve_warns_about_placeholder_identity(invoke, tmp_path: Path, monkeypatch) -> None:
    import archive.harvest.serve as serve_module

    records = tmp_path / "records"
    write_record_bag(records, 0)

    def refuse(*args, **kwargs):  # stop before binding a port: only the warning matters
        raise OSError("not started in this test")

    monkeypatch.setattr(serve_module, "prepare", refuse)
    result = invoke("serve", records, "--admin-email", "desk@events.example.org")
    assert "warning: name, repository_id still the placeholder" in result.stderr
    assert result.exit_code == 1
