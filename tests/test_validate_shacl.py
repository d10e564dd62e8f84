"""``validate --shacl``: the tool's own records conform to the schema.org shapes, and each
SHACL result is printed with its focus node, path, value and constraint."""

from __future__ import annotations

import json
from pathlib import Path

from archive.record.jsonld import write_jsonld

from _harvest_helpers import make_record


def _document(tmp_path: Path, change=None) -> Path:
    _, record = make_record(4)
    doc = json.loads(write_jsonld(record))
    assert doc["subjectOf"]["url"].startswith("https://")  # a record with a source URL
    if change:
        change(doc)
    target = tmp_path / "event.jsonld"
    target.write_text(json.dumps(doc), encoding="utf-8")
    return target


def test_a_record_with_a_source_url_conforms(invoke, tmp_path: Path) -> None:
    result = invoke("validate", _document(tmp_path), "--shacl")
    assert result.exit_code == 0, result.output


def test_a_url_written_as_a_string_value_conforms_to_the_shapes_too(tmp_path: Path) -> None:
    from archive.validate.shacl import validate_shacl

    def as_value(doc):
        doc["subjectOf"]["url"] = {"@value": doc["subjectOf"]["url"]}

    assert validate_shacl(_document(tmp_path, as_value).read_bytes()) == []
    broken = _document(tmp_path, lambda doc: doc["subjectOf"].update(url={"@type": "Place"}))
    findings = validate_shacl(broken.read_bytes())
    assert [f.location for f in findings] == ["/url"]
    # the nested result is printed: the URL shape wants an IRI or a literal
    assert "[because: focus [blank node]" in findings[0].message
    assert "constraint sh:NodeKind, shape ValidSchemaURL" in findings[0].message
    assert "See details" not in findings[0].message


def test_each_result_names_focus_path_value_and_constraint(invoke, tmp_path: Path) -> None:
    def place_as_date(doc):
        doc["startDate"] = {"@type": "Place", "name": "Not a date"}

    result = invoke("validate", _document(tmp_path, place_as_date), "--shacl", "--json")
    assert result.exit_code == 1, result.output
    findings = [f for f in json.loads(result.stdout)["reports"][0]["findings"]
                if f["rule"] == "shacl.schemaorg"]
    assert findings, result.stdout
    start = next(f for f in findings if f["location"] == "/startDate")
    message = start["message"]
    assert "focus urn:uuid:" in message
    assert "path startDate" in message
    assert "constraint sh:Or" in message or "constraint sh:NodeKind" in message
    assert "value [blank node]" in message
    assert "See details" not in message  # the details are printed, not referred to
    assert "Literal" in message  # what the details say: a date is a literal
