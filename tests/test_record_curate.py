"""Curation overlay: sidecar discovery, validation and application."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from archive.base.errors import CurationError
from archive.extract.facts import Fact, Facts
from archive.read.article import Article
from archive.record.curate import apply_overrides, load_overrides, overrides_from_front_matter
from archive.record.sidecar import sidecar_for

BASE = Facts(headline=Fact("Old title"), start_date=Fact("2023-03-28"), end_date=Fact("2023-03-29"),
             country=Fact("TM"), is_event=Fact(True))


def test_no_sidecar(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("x")
    assert load_overrides(art) == ({}, None)


@pytest.mark.parametrize("name", ["a.txt.meta.yaml", "a.meta.yaml", "a.txt.meta.yml", "a.meta.json"])
def test_sidecar_names(tmp_path, name):
    art = tmp_path / "a.txt"
    art.write_text("x")
    content = json.dumps({"city": "Ashgabat"}) if name.endswith(".json") else "city: Ashgabat\n"
    (tmp_path / name).write_text(content)
    data, path = load_overrides(art)
    assert data == {"city": "Ashgabat"}
    assert path == tmp_path / name


def test_full_name_sidecar_preferred(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("x")
    (tmp_path / "a.txt.meta.yaml").write_text("city: One\n")
    (tmp_path / "a.meta.yaml").write_text("city: Two\n")
    assert load_overrides(art)[0] == {"city": "One"}


def test_invalid_yaml_raises(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("x")
    (tmp_path / "a.meta.yaml").write_text("city: [unclosed\n")
    with pytest.raises(CurationError) as exc:
        load_overrides(art)
    assert "not valid YAML" in exc.value.reason


def test_non_mapping_raises(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("x")
    (tmp_path / "a.meta.yaml").write_text("- a\n- b\n")
    with pytest.raises(CurationError):
        load_overrides(art)


def test_apply_sets_curated_origin():
    out = apply_overrides(BASE, {"city": "Ashgabat", "organisers": ["OSCE Centre in Ashgabat"],
                                 "audience_count": 100, "attendance_mode": "hybrid",
                                 "title": "New title"}, "x.meta.yaml")
    assert out.value("city") == "Ashgabat" and out.city.origin == "curated"
    assert out.value("organizers") == ("OSCE Centre in Ashgabat",)
    assert out.value("audience_count") == 100
    assert out.value("attendance_mode") == "mixed"
    assert out.value("headline") == "New title"
    assert out.value("start_date") == "2023-03-28" and out.start_date.origin == "extracted"


@pytest.mark.parametrize("value, code", [("Turkmenistan", "TM"), ("Türkiye", "TR"), ("tm", "TM"),
                                         ("North Macedonia", "MK"), ("NO", "NO")])
def test_country_names_converted(value, code):
    assert apply_overrides(BASE, {"country": value}, "s").value("country") == code


@pytest.mark.parametrize("overrides, reason", [
    ({"start_date": "2023-02-31"}, "not a valid calendar date"),
    ({"start_date": "29 March 2023"}, "YYYY-MM-DD"),
    ({"start_date": "2023-04-02", "end_date": "2023-04-01"}, "before start_date"),
    ({"country": "Atlantis"}, "country"),
    ({"attendance_mode": "telepathic"}, "attendance_mode"),
    ({"audience_count": -3}, "non-negative"),
    ({"audience_count": "many"}, "non-negative"),
    ({"organizers": [1, 2]}, "string"),
    ({"is_event": "yes"}, "true or false"),
    ({"colour": "blue"}, "unknown field"),
    ({"warnings": ["x"]}, "unknown field"),
    ({"source_url": "not a url"}, "URL"),
])
def test_invalid_values_raise(overrides, reason):
    with pytest.raises(CurationError) as exc:
        apply_overrides(BASE, overrides, "side.meta.yaml")
    assert reason in exc.value.reason
    assert str(exc.value.path) == "side.meta.yaml"


def test_month_precision_dates_accepted():
    out = apply_overrides(BASE, {"start_date": "2024-05", "end_date": "2024-05"}, "s")
    assert (out.value("start_date"), out.value("end_date")) == ("2024-05", "2024-05")


def test_yaml_date_objects_accepted(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("x")
    (tmp_path / "a.meta.yaml").write_text("start_date: 2023-03-27\nend_date: 2023-03-29\n")
    data, path = load_overrides(art)
    out = apply_overrides(BASE, data, str(path))
    assert (out.value("start_date"), out.value("end_date")) == ("2023-03-27", "2023-03-29")


def test_single_start_override_moves_end_when_needed():
    out = apply_overrides(BASE, {"start_date": "2023-04-10"}, "s")
    assert out.value("end_date") == "2023-04-10"


def test_null_clears_a_value():
    assert apply_overrides(BASE, {"country": None}, "s").value("country") is None


def test_not_an_event_clears_event_fields():
    out = apply_overrides(BASE, {"is_event": False}, "s")
    assert out.value("is_event") is False
    assert out.value("start_date") is None and out.value("country") is None


def test_front_matter_overrides():
    art = Article(path=Path("a.md"), raw=b"", media_type="text/markdown", encoding="utf-8",
                  headline="T", text="body", metadata={"title": "T", "date": "2022-04-01",
                                                       "url": "https://x", "start_date": "2022-03-29",
                                                       "organisers": ["A"], "layout": "post"})
    assert overrides_from_front_matter(art) == {"start_date": "2022-03-29", "organisers": ["A"]}


def test_front_matter_ignored_for_plain_text():
    art = Article(path=Path("a.txt"), raw=b"", media_type="text/plain", encoding="utf-8",
                  headline="T", text="body", metadata={"start_date": "2022-03-29"})
    assert overrides_from_front_matter(art) == {}


@pytest.mark.parametrize("article", ["news.txt", "news.html.txt", ".hidden", "noext",
                                     "trailing.", "a.b.c.md"])
def test_sidecar_lookup_matches_pathlib(tmp_path, article):
    from archive.record.sidecar import SIDECAR_SUFFIXES

    def by_pathlib(path):
        for suffix in SIDECAR_SUFFIXES:
            for cand in (path.with_name(path.name + suffix), path.with_name(path.stem + suffix)):
                if cand.is_file():
                    return cand
        return None

    path = tmp_path / article
    path.write_text("x")
    assert sidecar_for(path) is None
    stem = path.stem
    for name in (stem + ".meta.json", article + ".meta.yml", stem + ".meta.yaml",
                 article + ".meta.yaml"):
        (tmp_path / name).write_text("{}")
        assert sidecar_for(path) == by_pathlib(path), name
    (tmp_path / (article + ".meta.yaml")).unlink()
    (tmp_path / (article + ".meta.yaml")).mkdir()  # a folder is not a sidecar
    assert sidecar_for(path) == by_pathlib(path)


def test_an_impossible_sidecar_date_is_named_as_such(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("x")
    (tmp_path / "a.meta.yaml").write_text("city: Mary\nstart_date: 2023-02-30\n")
    data, path = load_overrides(art)
    with pytest.raises(CurationError) as exc:
        apply_overrides(BASE, data, str(path))
    assert exc.value.reason == "start_date: '2023-02-30' is not a valid calendar date"


@pytest.mark.parametrize("name, text, where", [
    ("a.meta.yaml", "city: Mary\nfunders: [unclosed\n", "line 3, column 1"),
    ("a.meta.yaml", "city: Mary\n  venue: Hall\n", "line 2, column 8"),
    ("a.meta.json", '{"city": "Mary",\n "venue": }\n', "line 2, column 11"),
])
def test_a_syntax_error_gives_its_line_and_column(tmp_path, name, text, where):
    art = tmp_path / "a.txt"
    art.write_text("x")
    (tmp_path / name).write_text(text)
    with pytest.raises(CurationError) as exc:
        load_overrides(art)
    assert f"at {where}: " in exc.value.reason, exc.value.reason
