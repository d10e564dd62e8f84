"""Confidence: every extracted value says how strongly its evidence supports it, and the
records with a weakly supported value are the ones an archivist is asked to check."""

from __future__ import annotations

import json
from pathlib import Path

from archive.extract import NEEDS_REVIEW, extract_facts

from _extract_helpers import txt_article

STRONG = ("Workshop on road safety held in Tirana\n\nTIRANA, 5 May 2021 – A workshop on road safety "
          "was held in Tirana on 5 May 2021, organized by the Road Safety Agency.\n")
#: No headline, and the year only beside the event's noun elsewhere.
WEAK = ("The International Symposium, held online Feb. 23-24, will feature six panels on trade.\n\n"
        "Symposium 2021 banner\n")


def test_a_date_written_with_its_year_is_high_and_nothing_needs_review():
    facts = extract_facts(txt_article(STRONG))
    assert facts.start_date is not None and facts.start_date.confidence == "high"
    assert facts.headline is not None and facts.headline.confidence == "high"
    assert facts.doubtful() == ()
    assert not any(w.startswith(NEEDS_REVIEW) for w in facts.warnings)


def test_a_year_found_elsewhere_and_a_made_up_title_are_low():
    facts = extract_facts(txt_article(WEAK))
    assert facts.start_date is not None and facts.start_date.value == "2021-02-23"
    assert facts.start_date.confidence == "low"
    assert facts.headline is not None and facts.headline.confidence == "low"
    assert set(facts.doubtful()) >= {"headline", "start_date", "end_date"}
    assert any(w.startswith(f"{NEEDS_REVIEW}: headline") for w in facts.warnings)


def test_a_year_from_the_dateline_is_medium():
    facts = extract_facts(txt_article(
        "Roundtable on the law\n\nDUSHANBE, 3 June 2013 – A roundtable was held in Dushanbe on 28 May.\n"))
    assert facts.start_date is not None and facts.start_date.value == "2013-05-28"
    assert facts.start_date.confidence == "medium"


def test_as_dict_carries_the_confidence():
    item = extract_facts(txt_article(WEAK)).as_dict()["start_date"]
    assert item["confidence"] == "low"


def _write(folder: Path) -> None:
    folder.mkdir()
    (folder / "strong.txt").write_text(STRONG, encoding="utf-8")
    (folder / "weak.txt").write_text(WEAK, encoding="utf-8")


def test_extract_needs_review_lists_only_the_doubtful_records(invoke, tmp_path: Path):
    _write(tmp_path / "inbox")
    result = invoke("extract", "--needs-review", tmp_path / "inbox")
    assert result.exit_code == 0, result.output
    lines = [ln for ln in result.output.splitlines() if ln.startswith("review")]
    assert len(lines) == 1 and "weak.txt" in lines[0] and "start_date" in lines[0]
    as_json = json.loads(invoke("extract", "--needs-review", "--json", tmp_path / "inbox").output)
    assert [Path(r["source"]).name for r in as_json] == ["weak.txt"]
    assert "start_date" in as_json[0]["needs_review"]


def test_extract_shows_a_weak_value_with_its_confidence(invoke, tmp_path: Path):
    _write(tmp_path / "inbox")
    result = invoke("extract", tmp_path / "inbox" / "weak.txt")
    assert "2021-02-23  [extracted, low]" in result.output


def test_pack_counts_the_records_to_review(invoke, tmp_path: Path):
    _write(tmp_path / "inbox")
    result = invoke("pack", tmp_path / "inbox", "-o", tmp_path / "out", "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout if hasattr(result, "stdout") else result.output)
    assert summary["needs_review"] == 1
