"""archive pack end to end, checked with independent tools: lxml + the official XSD for
dc.xml, the reference bagit library for bags, pyld for JSON-LD."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import bagit
from lxml import etree

from conftest import DATA, ROOT, SAMPLE, SCHEMAS, bags_in

OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/"
DC = "http://purl.org/dc/elements/1.1/"


class LocalOnly(etree.Resolver):
    """Resolve the official schemas' remote imports to the copies in schemas/, nothing else."""

    def resolve(self, url, pubid, context):
        name = url.rsplit("/", 1)[-1]
        if (SCHEMAS / name).is_file():
            return self.resolve_filename(str(SCHEMAS / name), context)
        raise AssertionError(f"schema import outside schemas/: {url}")


def official_oai_dc_schema() -> etree.XMLSchema:
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(LocalOnly())
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "oai_dc.xsd"), parser))


def test_schemas_are_the_official_copies() -> None:
    # git blob ids recorded in the standards README for the copies taken from upstream.
    def blob(path: Path) -> str:
        data = path.read_bytes()
        return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()
    assert blob(SCHEMAS / "oai_dc.xsd").startswith("0070f0e0")
    assert blob(SCHEMAS / "OAI-PMH.xsd").startswith("3fce3b59")


def test_sample_bag_layout(packed_sample: Path) -> None:
    names = sorted(p.relative_to(packed_sample).as_posix()
                   for p in packed_sample.rglob("*") if p.is_file())
    assert names == sorted(["bag-info.txt", "bagit.txt", f"data/{SAMPLE.name}", "data/dc.xml",
                            "data/dcterms.xml", "data/event.jsonld", "manifest-sha512.txt",
                            "metadata/extraction.json", "tagmanifest-sha512.txt"])
    assert (packed_sample / "data" / SAMPLE.name).read_bytes() == SAMPLE.read_bytes()


def test_reference_bagit_library_validates_the_bag(packed_sample: Path) -> None:
    bag = bagit.Bag(str(packed_sample))
    bag.validate()  # raises BagValidationError on any problem
    assert bag.version == "1.0"
    assert "Payload-Oxum" in bag.info and "Bagging-Date" in bag.info
    assert bag.info["Bagging-Date"] == "2023-11-14"


def test_dc_xml_is_valid_against_official_oai_dc_xsd(packed_sample: Path) -> None:
    doc = etree.parse(str(packed_sample / "data" / "dc.xml"))
    schema = official_oai_dc_schema()
    assert schema.validate(doc), schema.error_log
    root = doc.getroot()
    assert root.tag == f"{{{OAI_DC}}}dc"
    values = {}
    for el in root:
        values.setdefault(etree.QName(el).localname, []).append(el.text)
    assert values["title"] == [SAMPLE.read_text(encoding="utf-8").splitlines()[0]]
    assert values["type"] == ["Text"]
    assert values["format"] == ["text/plain"]
    assert values["language"] == ["en"]
    assert "2023-03-28/2023-03-29" in values["coverage"]
    assert any(v.startswith("urn:uuid:") for v in values["identifier"])
    assert "Government of Japan" in values["contributor"]


def test_dcterms_xml_is_valid_against_official_qualifieddc_xsd(packed_sample: Path) -> None:
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(LocalOnly())
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / "qualifieddc.xsd"), parser))
    doc = etree.parse(str(packed_sample / "data" / "dcterms.xml"))
    assert schema.validate(doc), schema.error_log
    terms = "{http://purl.org/dc/terms/}"
    temporal = doc.getroot().find(f"{terms}temporal")
    assert temporal.text == "start=2023-03-28; end=2023-03-29; scheme=W3C-DTF"
    spatial = [el.text for el in doc.getroot().findall(f"{terms}spatial")]
    assert "TM" in spatial


def _event(bag: Path) -> dict:
    return json.loads((bag / "data" / "event.jsonld").read_text(encoding="utf-8"))


def test_sample_event_facts(packed_sample: Path) -> None:
    event = _event(packed_sample)
    assert event["@context"] == "https://schema.org"
    assert event["@type"] in {"Event", "EducationEvent"}
    assert event["startDate"] == "2023-03-28"
    assert event["endDate"] == "2023-03-29"
    assert event["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    locations = event["location"] if isinstance(event["location"], list) else [event["location"]]
    places = [loc for loc in locations if loc["@type"] == "Place"]
    assert places[0]["address"]["addressCountry"] == "TM"
    assert any(loc["@type"] == "VirtualLocation" for loc in locations)
    assert any("OSCE" in o["name"] for o in event["organizer"])
    assert any("UNODC" in o["name"] for o in event["contributor"])
    assert [o["name"] for o in event["funder"]] == ["Government of Japan"]
    article = event["subjectOf"]
    assert article["@type"] == "NewsArticle"
    assert article["headline"].startswith("Countering illicit trafficking of drugs")


def test_jsonld_expands_to_schema_org_terms_with_a_real_processor(packed_sample: Path) -> None:
    from pyld import jsonld

    context = json.loads((SCHEMAS / "schemaorgcontext.jsonld").read_text(encoding="utf-8"))

    def loader(url, options=None):
        assert url.rstrip("/") in ("https://schema.org", "http://schema.org"), url
        return {"contentType": "application/ld+json", "contextUrl": None,
                "documentUrl": url, "document": context}

    doc = _event(packed_sample)
    expanded = jsonld.expand(doc, {"documentLoader": loader})

    def walk(node):
        if isinstance(node, list):
            for item in node:
                yield from walk(item)
        elif isinstance(node, dict):
            for key, value in node.items():
                yield key
                yield from walk(value)

    keys = set(walk(expanded))
    unknown = {k for k in keys if not k.startswith("@") and not k.startswith("http://schema.org/")}
    assert not unknown
    top_level = {k for k in doc if not k.startswith("@")}
    assert {f"http://schema.org/{k}" for k in top_level} <= set(expanded[0])


def test_repacking_is_byte_identical(invoke, sample_copy: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    assert invoke("pack", sample_copy, "-o", first).exit_code == 0
    assert invoke("pack", sample_copy, "-o", second).exit_code == 0

    def digest(root: Path) -> dict[str, str]:
        # catalog.sqlite holds OAI-PMH datestamps, the wall-clock time a record entered the
        # catalog (to the second): two runs a second apart differ there by design
        return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in sorted(root.rglob("*")) if p.is_file() and p.name != "catalog.sqlite"}

    assert digest(first) == digest(second)
    assert len(digest(first)) == 9  # the bag's files, none left out
    again = invoke("pack", sample_copy, "-o", first)
    assert again.exit_code == 0
    assert again.output.startswith("unchanged")


def test_committed_sample_record_matches_a_fresh_pack(invoke, tmp_path: Path) -> None:
    committed = [p for p in (ROOT / "records").iterdir() if (p / "bagit.txt").is_file()]
    assert len(committed) == 1
    out = tmp_path / "records"
    result = invoke("pack", SAMPLE, "-o", out)
    assert result.exit_code == 0, result.output
    fresh = out / committed[0].name
    assert fresh.is_dir(), f"record id changed: {list(bags_in(out))}"
    for path in sorted(committed[0].rglob("*")):
        if path.is_file():
            rel = path.relative_to(committed[0])
            assert (fresh / rel).read_bytes() == path.read_bytes(), rel


def test_source_is_never_modified(invoke, sample_copy: Path, tmp_path: Path) -> None:
    before = sample_copy.read_bytes(), sample_copy.stat().st_mtime_ns
    assert invoke("pack", sample_copy, "-o", tmp_path / "out").exit_code == 0
    assert (sample_copy.read_bytes(), sample_copy.stat().st_mtime_ns) == before
    assert sorted(p.name for p in sample_copy.parent.iterdir()) == [sample_copy.name]


REJECTED = {
    "empty.txt": "empty input",
    "whitespace-only.txt": "no text content",
    "binary.bin": "not a text document",
    "billion-laughs.xml": "unsupported format",
    "very-long-line.txt": "no headline",
}


def test_bad_inputs_fail_cleanly_and_the_rest_still_pack(invoke, tmp_path: Path) -> None:
    inputs = tmp_path / "bad"
    shutil.copytree(DATA / "bad", inputs)
    (inputs / "README.md").unlink()
    out = tmp_path / "out"
    args = sorted(p for p in inputs.iterdir() if not p.name.startswith("."))
    result = invoke("pack", *args, "-o", out)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("error:")]
    assert len(errors) == len(REJECTED)
    for name, reason in REJECTED.items():
        assert any(str(inputs / name) in ln and reason in ln for ln in errors), name
    packed = [ln for ln in result.stdout.splitlines() if ln.startswith("packed")]
    assert len(packed) == len(args) - len(REJECTED)
    bags = [p for p in bags_in(out)]
    assert all((b / "bagit.txt").is_file() for b in bags), "partial output left behind"
    for bag in bags:
        bagit.Bag(str(bag)).validate()
        text = "".join(p.read_text(encoding="utf-8") for p in bag.glob("data/*.*")
                       if p.name in ("dc.xml", "event.jsonld"))
        assert "root:" not in text


def test_json_summary(invoke, sample_copy: Path, tmp_path: Path) -> None:
    result = invoke("pack", sample_copy, "-o", tmp_path / "out", "--json")
    assert result.exit_code == 0
    summary = json.loads(result.stdout)
    assert summary["packed"] == 1 and summary["failed"] == 0
    assert summary["records"][0]["event"] is True


def test_no_event_article_gets_a_news_article_only(invoke, tmp_path: Path) -> None:
    source = DATA / "corpus" / "articles" / "mk-eu-judicial-reform-statement-2020.txt"
    result = invoke("pack", source, "-o", tmp_path / "out")
    assert result.exit_code == 0
    assert "no event found" in result.stderr
    bag = bags_in(tmp_path / "out")[0]
    doc = _event(bag)
    assert doc["@type"] == "NewsArticle"
    assert "startDate" not in json.dumps(doc)
    bagit.Bag(str(bag)).validate()


def test_pack_keeps_the_catalog_current(invoke, sample_copy: Path, tmp_path: Path) -> None:
    import sqlite3

    out = tmp_path / "out"
    assert invoke("pack", sample_copy, "-o", out).exit_code == 0
    with sqlite3.connect(out / "catalog.sqlite") as conn:
        ids = [row[0] for row in conn.execute("SELECT record_id FROM records")]
    assert ids == [bag.name for bag in bags_in(out)]


def test_file_names_with_percent_spaces_and_accents_follow_rfc_8493(invoke, tmp_path: Path) -> None:
    source = tmp_path / "in" / "Événement 2023 50%.txt"
    source.parent.mkdir()
    shutil.copy2(SAMPLE, source)
    out = tmp_path / "out"
    assert invoke("pack", source, "-o", out).exit_code == 0
    bag = bags_in(out)[0]
    assert (bag / "data" / source.name).read_bytes() == SAMPLE.read_bytes()
    manifest = (bag / "manifest-sha512.txt").read_text(encoding="utf-8")
    assert "data/Événement 2023 50%25.txt" in manifest  # section 2.1.3: '%' is encoded
    assert invoke("validate", bag).exit_code == 0
