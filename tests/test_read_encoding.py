"""Encodings decided as a browser decides: BOM, transport header, <meta>, then detection."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive.base.errors import InputError
from archive.read import parse_article
from archive.read.charset import codec_for, meta_encoding

POLISH = ("Warsztaty dla strażników granicznych w Przemyślu",
          "W środę w Przemyślu odbyły się dwudniowe warsztaty dla czterdziestu strażników "
          "granicznych. Uczestnicy ćwiczyli rozpoznawanie fałszywych dokumentów i omawiali "
          "współpracę z sąsiednimi służbami. Żółty budynek szkoły gościł gości z pięciu krajów.")


def page(head: str, title: str, body: str) -> str:
    return (f"<!DOCTYPE html><html><head>{head}<title>{title}</title></head>"
            f"<body><article><h1>{title}</h1><p>{body}</p></article></body></html>")


def test_meta_charset_decides_a_windows_1250_page() -> None:
    raw = page('<meta charset="windows-1250">', *POLISH).encode("cp1250")
    article = parse_article(Path("pl.html"), raw)
    assert article.encoding == "windows-1250"
    assert article.headline == POLISH[0]
    assert "Żółty budynek" in article.text
    assert not article.warnings


def test_http_equiv_content_type_is_read() -> None:
    head = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">'
    raw = page(head, *POLISH).encode("iso-8859-2")
    article = parse_article(Path("pl.html"), raw)
    assert article.encoding == "iso8859-2"
    assert "strażników" in article.text


def test_latin1_label_means_windows_1252_as_in_browsers() -> None:
    # 0x93 and 0x94 are curly quotes in windows-1252 and C1 controls in ISO-8859-1
    raw = page('<meta charset="iso-8859-1">', "Caf\xe9 talks", "She said \x93yes\x94 twice.")
    article = parse_article(Path("q.html"), raw.encode("latin-1"))
    assert article.encoding == "windows-1252"
    assert "She said \u201cyes\u201d twice." in article.text
    assert "Café talks" == article.headline


def test_one_invalid_byte_stays_utf8_with_a_replacement_character() -> None:
    title = "Seminarium o ochronie przed atakami w sieci"
    body = "Eksperci rozmawiali o atakach na sieci energetyczne i ataków na szpitale w Łodzi."
    raw = page('', title, body).encode("utf-8").replace(b"Eksperci", b"Eksp\xfferci")
    article = parse_article(Path("u.html"), raw)
    assert article.encoding == "utf-8"
    assert "ataków na szpitale w Łodzi" in article.text  # not atakÃ³w
    assert "Eksp\ufffderci" in article.text
    assert any("1 invalid byte sequence(s) for utf-8 replaced with U+FFFD" in w
               for w in article.warnings)


def test_the_http_header_beats_the_page_and_the_bom_beats_both() -> None:
    raw = page('<meta charset="utf-8">', *POLISH).encode("cp1250")
    article = parse_article(Path("h.html"), raw, declared_charset="windows-1250")
    assert article.encoding == "windows-1250" and "Żółty" in article.text
    with_bom = b"\xef\xbb\xbf" + page('<meta charset="windows-1250">', *POLISH).encode("utf-8")
    article = parse_article(Path("b.html"), with_bom, declared_charset="iso-8859-2")
    assert article.encoding == "utf-8" and "Żółty" in article.text


def test_an_invalid_byte_under_a_declared_encoding_is_counted() -> None:
    raw = page('<meta charset="utf-8">', *POLISH).encode("utf-8").replace(b"Uczestnicy", b"\xc3(")
    article = parse_article(Path("d.html"), raw)
    assert article.encoding == "utf-8"
    assert any("declared by the page" in w and "U+FFFD" in w for w in article.warnings)


def test_undeclared_legacy_text_is_detected() -> None:
    raw = ("\n\n".join(POLISH) + "\n").encode("cp1250")
    article = parse_article(Path("pl.txt"), raw)
    assert article.encoding == "windows-1250"
    assert article.headline == POLISH[0]
    assert any("detected windows-1250" in w for w in article.warnings)


def test_stray_nuls_in_a_page_are_dropped_with_a_warning() -> None:
    raw = page("", "Harbour safety course", "Twelve pilots\x00 met in the harbour\x00 office.")
    article = parse_article(Path("n.html"), raw.encode("utf-8"))
    assert "Twelve pilots met in the harbour office." in article.text
    assert "2 NUL byte(s) dropped" in article.warnings


@pytest.mark.parametrize("name, raw", [
    ("n.txt", b"Headline\n\nA line with a NUL\x00 byte.\n"),
    ("n.html", b"<html><body><h1>Hi</h1>" + b"\x00\x01\x02\x00" * 200 + b"</body></html>"),
])
def test_nuls_outside_pages_or_many_of_them_are_still_refused(name: str, raw: bytes) -> None:
    with pytest.raises(InputError, match="not a text document"):
        parse_article(Path(name), raw)


@pytest.mark.parametrize("head, expected", [
    ('<meta charset="UTF-8">', "utf-8"),
    ("<meta charset=koi8-r>", "koi8-r"),
    ('<meta content="text/html; charset=\'windows-1251\'" http-equiv="content-type">', "cp1251"),
    ('<!-- <meta charset="koi8-r"> --><meta charset="utf-8">', "utf-8"),
    ('<meta charset="utf-16">', "utf-8"),  # a page cannot declare itself UTF-16
    ('<meta charset="no-such-encoding">', None),
    ('<meta name="description" content="charset=koi8-r">', None),
])
def test_meta_prescan(head: str, expected: str | None) -> None:
    assert meta_encoding(f"<html><head>{head}</head>".encode()) == expected


def test_labels_map_as_the_encoding_standard_says() -> None:
    assert codec_for("ISO-8859-1") == codec_for("us-ascii") == "cp1252"
    assert codec_for("latin5") == "cp1254"
    assert codec_for("bogus") is None
