"""Property-based tests: hostile and random input through the whole pipeline
(read -> extract -> build -> write -> bag -> validate). Whatever goes in, packing either
fails with a one-line reason or writes a record that validates; it never crashes and never
leaves a partial bag behind."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, currently_in_test_context, event, given, settings
from hypothesis import strategies as st

from archive.pack.article import pack_one
from archive.validate.targets import validate_paths

from conftest import DATA, FIXED_EPOCH

CORPUS = sorted((DATA / "corpus" / "articles").iterdir())
SUFFIXES = [".txt", ".md", ".html"]

#: Fast and reproducible by default (CI); ARCHIVE_FUZZ_EXAMPLES=2000 for a real fuzzing session
#: with fresh random examples.
_EXAMPLES = int(os.environ.get("ARCHIVE_FUZZ_EXAMPLES", "0"))
FUZZ = settings(max_examples=_EXAMPLES or 40, deadline=None, derandomize=not _EXAMPLES,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])


@pytest.fixture(autouse=True)
def _fixed_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", FIXED_EPOCH)


def check_roundtrip(raw: bytes, suffix: str) -> None:
    """The property: a clean failure, or a bag that validates; nothing else left on disk."""
    work = Path(tempfile.mkdtemp(prefix="fuzz-"))
    try:
        source = work / f"article{suffix}"
        source.write_bytes(raw)
        out = work / "out"
        outcome = pack_one(source, out)
        if currently_in_test_context():
            event(f"outcome: {outcome.status}")
        if outcome.status == "failed":
            assert outcome.error and "\n" not in outcome.error
            assert not outcome.error.startswith("internal error"), outcome.error
            assert not out.exists() or not any(out.iterdir()), "partial output after a failure"
            return
        assert outcome.bag is not None
        assert sorted(p.name for p in out.iterdir()) == [outcome.bag.name]
        assert (outcome.bag / "data" / source.name).read_bytes() == raw
        reports = list(validate_paths([outcome.bag]))
        assert len(reports) == 1
        report = reports[0]
        assert report.is_valid(), [f.to_dict() for f in report.errors]
    finally:
        shutil.rmtree(work, ignore_errors=True)


@FUZZ
@given(raw=st.binary(min_size=0, max_size=2048), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes(raw: bytes, suffix: str) -> None:
    check_roundtrip(raw, suffix)


@FUZZ
@given(text=st.text(min_size=1, max_size=1500), suffix=st.sampled_from(SUFFIXES))
def test_random_unicode(text: str, suffix: str) -> None:
    check_roundtrip(text.encode("utf-8", "surrogatepass"), suffix)


@FUZZ
@given(headline=st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200),
       body=st.text(st.characters(blacklist_categories=("Cs",)), max_size=800),
       suffix=st.sampled_from(SUFFIXES))
def test_random_headline_and_body(headline: str, body: str, suffix: str) -> None:
    check_roundtrip(f"{headline}\n\n{body}\n".encode("utf-8"), suffix)


MUTATIONS = st.lists(
    st.tuples(st.sampled_from(["delete", "duplicate", "insert", "flip", "truncate"]),
              st.floats(0, 1), st.floats(0, 1), st.binary(max_size=40)),
    min_size=1, max_size=6)


def mutate(raw: bytes, steps: list[tuple[str, float, float, bytes]]) -> bytes:
    data = bytearray(raw)
    for op, a, b, blob in steps:
        if not data:
            data.extend(blob)
            continue
        i = int(a * (len(data) - 1))
        j = min(len(data), i + 1 + int(b * 200))
        if op == "delete":
            del data[i:j]
        elif op == "duplicate":
            data[i:i] = data[i:j]
        elif op == "insert":
            data[i:i] = blob
        elif op == "flip":
            data[i] ^= 1 << int(b * 7)
        elif op == "truncate":
            del data[i:]
    return bytes(data)


@FUZZ
@given(template=st.sampled_from(CORPUS), steps=MUTATIONS)
def test_mutated_corpus_articles(template: Path, steps) -> None:
    raw = mutate(template.read_bytes(), steps)
    assume(raw)
    check_roundtrip(raw, template.suffix)


@FUZZ
@given(template=st.sampled_from(CORPUS),
       words=st.lists(st.sampled_from([
           "2023", "31 February 2024", "29-30 March", "from 3 to 1 June 2021", "Dushanbe",
           "online", "hybrid", "funded by", "organized by the", "(OSCE)", "participants",
           "0", "-1", "9999999999", "\u202e", "\u0000", "&amp;", "<script>", "]]>", "---",
           "\ufeff", "e\u0301", "\U0001f600", "Tbilisi, Georgia", "yesterday"]),
           min_size=1, max_size=12),
       at=st.floats(0, 1))
def test_corpus_articles_with_tricky_words(template: Path, words: list[str], at: float) -> None:
    text = template.read_text(encoding="utf-8")
    i = int(at * len(text))
    check_roundtrip((text[:i] + " " + " ".join(words) + " " + text[i:]).encode("utf-8"),
                    template.suffix)


# Found by the fuzzer, fixed in the reader and the record builder.

def test_regression_control_character_in_html_text() -> None:
    template = DATA / "corpus" / "articles" / "ee-tartu-migration-research-conference-2024.html"
    check_roundtrip(mutate(template.read_bytes(), [("insert", 0.5, 0.0, b"\x01")]), ".html")


def test_regression_front_matter_url_with_a_space() -> None:
    template = DATA / "corpus" / "articles" / "kg-free-legal-aid-study-2022.md"
    text = template.read_text(encoding="utf-8")
    i = int(0.0625 * len(text))
    check_roundtrip((text[:i] + " 2023 " + text[i:]).encode("utf-8"), ".md")
