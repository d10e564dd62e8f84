"""Readers: encodings, formats and hostile inputs (tests/data/bad, tests/data/corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive.base.errors import InputError
from archive.read import iter_article_paths, parse_article, read_article

BAD = Path(__file__).parent / "data" / "bad"
CORPUS = Path(__file__).parent / "data" / "corpus" / "articles"


@pytest.mark.parametrize("name, reason", [
    ("empty.txt", "empty input"),
    ("whitespace-only.txt", "no text content"),
    ("binary.bin", "not a text document"),
    ("billion-laughs.xml", "unsupported format"),
    ("very-long-line.txt", "no headline"),
])
def test_rejected_inputs_name_the_reason(name: str, reason: str) -> None:
    with pytest.raises(InputError) as info:
        read_article(BAD / name)
    assert reason in info.value.reason
    assert str(BAD / name) in str(info.value)


@pytest.mark.parametrize("name, headline, encoding", [
    ("bom-utf8.txt", "Anti-corruption hackathon held in Tbilisi", "utf-8"),
    ("crlf.txt", "Border guards trained in first aid in Osh", "utf-8"),
    ("utf16.txt", "Youth climate forum held in Almaty", "utf-16"),
    ("latin1.txt",
     "Andean and Swiss prosecutors exchange experience on asset recovery in Genève",
     "windows-1252"),
    ("mixed-scripts.txt", "В Бишкеке прошёл семинар по противодействию торговле людьми", "utf-8"),
    ("xxe.html", "Border officials trained on document security", "utf-8"),
])
def test_handled_inputs_decode_cleanly(name: str, headline: str, encoding: str) -> None:
    article = read_article(BAD / name)
    assert article.headline == headline
    assert article.encoding == encoding
    assert "\r" not in article.text and "\ufeff" not in article.text
    assert article.raw == (BAD / name).read_bytes()


def test_legacy_encoding_is_reported() -> None:
    article = read_article(BAD / "latin1.txt")
    assert any("windows-1252" in w for w in article.warnings)
    assert "José Ramírez Núñez" in article.text
    assert "\ufffd" not in article.text


def test_external_entities_are_never_resolved() -> None:
    article = read_article(BAD / "xxe.html")
    assert "root:" not in article.text
    assert "root:" not in " ".join(map(str, article.metadata.values()))
    assert any("entity" in w for w in article.warnings)


def test_headline_only_warns_about_missing_body() -> None:
    article = read_article(BAD / "headline-only.txt")
    assert article.headline.startswith("OSCE supports regional workshop")
    assert "no article body" in article.warnings


def test_crlf_paragraphs_split() -> None:
    article = read_article(BAD / "crlf.txt")
    assert "\n\n" in article.text


def test_markdown_front_matter_becomes_metadata() -> None:
    article = read_article(CORPUS / "kg-free-legal-aid-study-2022.md")
    assert article.headline == "Study maps access to free legal aid in rural Kyrgyzstan"
    assert article.metadata["date"] == "2022-11-17"
    assert article.metadata["source"] == "OSCE Programme Office in Bishkek"
    assert article.media_type == "text/markdown"
    # The body repeats the title as a heading; it is not kept as body text.
    assert not article.text.startswith("Study maps access")


def test_malformed_front_matter_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "x.md"
    path.write_text("---\ntitle: [unclosed\n---\nBody\n", encoding="utf-8")
    with pytest.raises(InputError, match="malformed front matter"):
        read_article(path)


def test_html_main_text_drops_navigation_and_sidebars() -> None:
    article = read_article(CORPUS / "kz-astana-financial-investigations-2022.html")
    assert article.headline == "Investigators in Kazakhstan trained to trace criminal assets"
    assert "Related news" not in article.text
    assert "Subscribe to our newsletter" not in article.text
    assert "Burabay" not in article.text  # a sidebar headline
    assert "15–17 November 2022" in article.text
    assert article.metadata["published"] == "2022-11-18T09:30:00+06:00"
    assert article.metadata["url"].startswith("https://press.example.org/astana/")


def test_html_embedded_jsonld_is_kept() -> None:
    article = read_article(CORPUS / "odihr-hate-crime-data-online-meeting-2020.html")
    assert article.jsonld and article.jsonld[0]["@type"] == "NewsArticle"
    assert article.metadata["published"].startswith("2020-06-25")


def test_html_without_article_element_finds_the_story() -> None:
    article = read_article(
        CORPUS / "moldova-chisinau-local-economic-development-hybrid-2021.html")
    assert article.headline.startswith("Mayors from across Moldova")
    assert "Around 120 mayors, local councillors" in article.text
    assert "Procurement" not in article.text  # navigation


def test_folder_walk_is_sorted_and_skips_unknown_suffixes() -> None:
    found = list(iter_article_paths([BAD]))
    assert found == sorted(found)
    assert not any(p.suffix in (".bin", ".xml") for p in found)


def test_parse_without_file(tmp_path: Path) -> None:
    article = parse_article(tmp_path / "a.txt", b"Headline\n\nBody text.\n")
    assert article.headline == "Headline" and article.body.startswith("Body text")


def test_real_paths_agree_with_realpath(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from archive.read.paths import RealPaths

    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "x.txt").write_text("x")
    (tmp_path / "a" / "y.txt").write_text("y")
    (tmp_path / "link-to-b").symlink_to(tmp_path / "a" / "b")
    (tmp_path / "a" / "file-link.txt").symlink_to(tmp_path / "a" / "y.txt")
    (tmp_path / "a" / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    monkeypatch.chdir(tmp_path / "a")
    paths = [
        tmp_path / "a" / "b" / "x.txt",
        tmp_path / "link-to-b" / "x.txt",           # a linked folder
        tmp_path / "link-to-b" / ".." / "y.txt",    # '..' after a link: not lexical
        tmp_path / "a" / "file-link.txt",           # the file itself a link
        tmp_path / "a" / "dangling.txt",
        tmp_path / "a" / "missing.txt",
        tmp_path / "loop.txt",
        "y.txt", "b/x.txt", "../link-to-b/x.txt", ".", "..", "b/",
    ]
    real = RealPaths()
    for _round in range(2):  # the second time from remembered folders
        for path in paths:
            assert real(path) == os.path.realpath(path), path
