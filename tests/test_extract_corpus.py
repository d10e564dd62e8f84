"""Corpus regression: extract_facts over every article in tests/data/corpus vs gold.jsonl.

Exact fields (is_event, dates, country, city with alias folding, mode, audience_count) must be
right for at least FLOOR of the comparisons, organisation lists must reach an F1 floor, and
no value may be given where the gold has none. Misses are printed (pytest -s or -rA)."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from archive.extract import extract_facts
from archive.read import read_article

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
GOLD = [json.loads(line) for line in (CORPUS / "gold.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()]
FLOOR = 0.95
ORG_F1_FLOOR = 0.90
CITY_ALIASES = {"kiev": "kyiv", "nur-sultan": "astana", "shkodra": "shkoder", "chisinau": "chisinau"}
EXACT = ("is_event", "start_date", "end_date", "country", "city", "attendance_mode", "audience_count")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold().strip()
    return CITY_ALIASES.get(text, text)


def org_key(name: str) -> set[str]:
    base = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    keys = {re.sub(r"\s+", " ", re.sub(r"\s*\([^)]*\)", "", base)).casefold()}
    keys |= {a.casefold() for a in re.findall(r"\(([A-Z][A-Za-z]{1,9})\)", base)}
    return keys


def same_org(a: str, b: str) -> bool:
    return bool(org_key(a) & org_key(b))


@pytest.fixture(scope="module")
def results():
    out = []
    for item in GOLD:
        facts = extract_facts(read_article(CORPUS / item["file"]))
        out.append((item, facts))
    return out


def test_corpus_has_all_articles():
    assert len(GOLD) == 29
    assert all((CORPUS / g["file"]).is_file() for g in GOLD)


def test_exact_fields_floor(results):
    total = right = 0
    misses = []
    for item, facts in results:
        gold = item["gold"]
        for field in EXACT:
            want = gold[field]
            got = facts.value(field)
            if field == "city" and want is not None and got is not None:
                ok = fold(got) == fold(want)
            else:
                ok = got == want
            total += 1
            right += ok
            if not ok:
                misses.append(f"{item['id']}: {field} got {got!r} want {want!r}")
    print("\n".join(misses))
    print(f"exact fields: {right}/{total} = {right / total:.3f}")
    assert right / total >= FLOOR, misses


def test_no_invented_values(results):
    invented = []
    for item, facts in results:
        gold = item["gold"]
        for field in EXACT[1:]:
            if gold[field] is None and facts.value(field) is not None:
                invented.append(f"{item['id']}: {field}={facts.value(field)!r}")
        for field in ("organizers", "partners", "funders"):
            if not gold[field] and facts.value(field):
                if field == "organizers" or not gold["is_event"]:
                    invented.append(f"{item['id']}: {field}={facts.value(field)!r}")
    assert invented == []


@pytest.mark.parametrize("fields", [("organizers", "partners"), ("funders",)])
def test_org_f1_floor(results, fields):
    tp = npred = ngold = 0
    misses = []
    for item, facts in results:
        gold = [n for f in fields for n in item["gold"][f]]
        pred = [n for f in fields for n in (facts.value(f) or ())]
        left = list(gold)
        for p in pred:
            hit = next((g for g in left if same_org(p, g)), None)
            if hit is None:
                misses.append(f"{item['id']}: extra {p!r}")
            else:
                tp += 1
                left.remove(hit)
        misses += [f"{item['id']}: missed {g!r}" for g in left]
        npred += len(pred)
        ngold += len(gold)
    p = tp / npred if npred else 1.0
    r = tp / ngold if ngold else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print("\n".join(misses))
    print(f"{'+'.join(fields)}: P {p:.3f} R {r:.3f} F1 {f1:.3f}")
    assert f1 >= ORG_F1_FLOOR, misses


def test_main_organiser_first(results):
    wrong = [item["id"] for item, facts in results
             if item["gold"]["organizers"] and facts.value("organizers")
             and not same_org(facts.value("organizers")[0], item["gold"]["organizers"][0])]
    assert wrong == []


def test_titles_match(results):
    wrong = [(item["id"], facts.value("headline")) for item, facts in results
             if (facts.value("headline") or "").strip() != item["gold"]["title"]]
    assert wrong == []


def test_keywords_overlap_somewhat(results):
    def words(terms):
        return {w for t in terms for w in re.findall(r"[a-z]{4,}", t.lower())}
    overlaps = []
    for item, facts in results:
        kw = facts.value("keywords") or ()
        assert 3 <= len(kw) <= 6, item["id"]
        g = words(item["gold"]["keywords"])
        overlaps.append(len(words(kw) & g) / max(1, len(g)))
    mean = sum(overlaps) / len(overlaps)
    print(f"keyword word overlap: {mean:.2f}")
    assert mean >= 0.25
