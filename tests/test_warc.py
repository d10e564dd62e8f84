"""Web archives as input: WARCs written here with warcio's writer, packed and checked with
warcio's reader and the reference bagit library."""

from __future__ import annotations

import io
import json
import zipfile
from collections import Counter
from pathlib import Path

import bagit
import pytest
from click.testing import CliRunner
from lxml import etree
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archive.cli import cli
from archive.read.warc import UrlFilter, file_name_for, iter_members

DC = "{http://purl.org/dc/elements/1.1/}"


def story(title: str, place: str, extra: str = "") -> bytes:
    return (f"<html><head><title>{title}</title>{extra}</head><body><nav>Home | News</nav>"
            f"<article><h1>{title}</h1><p>Thirty librarians met in {place} on 12 March 2024 "
            f"for a two-day course on keeping web pages, organised by the city library.</p>"
            "<p>The course covered capturing pages, checking the captures and describing "
            "them for the catalogue.</p></article><footer>Contact us</footer></body></html>"
            ).encode("utf-8")


POLISH_TITLE = "Bibliotekarze ćwiczą archiwizację stron w Łodzi"
POLISH = ("<html><head><title>x</title></head><body><article>"
          f"<h1>{POLISH_TITLE}</h1><p>W środę w Łodzi trzydziestu bibliotekarzy ćwiczyło "
          "archiwizację stron internetowych podczas dwudniowego kursu.</p></article></body></html>"
          ).encode("cp1250")
TEXT = (b"Archive day held in Ghent\n\nGHENT, 14 March 2024 - About forty volunteers "
        b"captured the websites of local clubs during an archive day at the city hall.\n")


def response(writer: WARCWriter, uri: str, body: bytes, content_type: str = "text/html",
             status: str = "200 OK", date: str = "2024-03-15T10:00:00Z") -> None:
    headers = StatusAndHeaders(status, [("Content-Type", content_type),
                                        ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
    record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                       http_headers=headers,
                                       warc_headers_dict={"WARC-Date": date})
    writer.write_record(record)


def crawl(gzip: bool = True, pages: int = 0) -> bytes:
    """Three articles, one declared windows-1250 by its header only, and what a crawl also
    holds: a request, a revisit, a duplicate, a redirect, an error, an image, a script, a style."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("crawl.warc.gz", {"software": "tests"}))
    first = story("Librarians practise keeping web pages in Tartu", "Tartu")
    response(writer, "https://news.example.org/2024/03/librarians-tartu", first)
    writer.write_record(writer.create_warc_record(
        "https://news.example.org/2024/03/librarians-tartu", "request",
        payload=io.BytesIO(b"GET /2024/03/librarians-tartu HTTP/1.1\r\nHost: news.example.org\r\n\r\n")))
    response(writer, "https://news.example.org/pl/lodz", POLISH, "text/html; charset=windows-1250")
    response(writer, "https://news.example.org/notes/ghent.txt", TEXT, "text/plain; charset=utf-8")
    response(writer, "https://news.example.org/copy-of-tartu", first)  # duplicate payload
    writer.write_record(writer.create_revisit_record(
        "https://news.example.org/2024/03/librarians-tartu", "sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "https://news.example.org/2024/03/librarians-tartu", "2024-03-14T10:00:00Z",
        http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")))
    response(writer, "https://news.example.org/old", b"", status="301 Moved Permanently")
    response(writer, "https://news.example.org/missing", b"<h1>Not found</h1>", status="404 Not Found")
    response(writer, "https://news.example.org/logo.png", b"\x89PNG\r\n\x1a\n", "image/png")
    response(writer, "https://news.example.org/app.js", b"var a = 1;", "application/javascript")
    response(writer, "https://news.example.org/site.css", b"body {}", "text/css")
    for n in range(pages):
        response(writer, f"https://news.example.org/series/{n}",
                 story(f"Course number {n} on web pages held in Tartu", "Tartu"))
    return out.getvalue()


def offsets(data: bytes) -> list[tuple[int, str, str]]:
    """(offset, type, URI) of every record, as warcio itself reads them."""
    found = []
    records = ArchiveIterator(io.BytesIO(data))
    for record in records:
        found.append((records.get_record_offset(), record.rec_type,
                      record.rec_headers.get_header("WARC-Target-URI") or ""))
    return found


def pack(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["pack", *args])
    return result.exit_code, result.stdout, result.stderr


def bags(out: Path) -> dict[str, Path]:
    """Bags by the URL their bag-info names."""
    found = {}
    for bag in sorted(p for p in out.iterdir() if p.is_dir() and not p.name.startswith(".")):
        found[bagit.Bag(str(bag)).info["WARC-Target-URI"]] = bag
    return found


def test_listing_keeps_article_responses_and_counts_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(crawl())
    skipped: Counter[str] = Counter()
    members = list(iter_members(path, skipped))
    assert [m.uri for m in members] == ["https://news.example.org/2024/03/librarians-tartu",
                                        "https://news.example.org/pl/lodz",
                                        "https://news.example.org/notes/ghent.txt"]
    assert skipped == {"duplicate": 1, "revisit": 1, "redirect": 1, "error status": 1,
                       "image": 1, "script": 1, "style": 1}
    truth = {uri: offset for offset, kind, uri in offsets(path.read_bytes()) if kind == "response"}
    assert [m.offset for m in members] == [truth[m.uri] for m in members]
    assert members[1].charset == "windows-1250" and members[2].media_type == "text/plain"


def test_a_crawl_packs_one_bag_per_article_with_its_provenance(tmp_path: Path) -> None:
    data = crawl()
    (tmp_path / "crawl.warc.gz").write_bytes(data)
    code, stdout, stderr = pack(str(tmp_path / "crawl.warc.gz"), "-o", str(tmp_path / "out"))
    assert code == 0, stderr
    assert stdout.count("packed ") == 3
    assert ("7 archived records skipped (1 duplicate, 1 error status, 1 image, 1 redirect, "
            "1 revisit, 1 script, 1 style)") in stderr
    found = bags(tmp_path / "out")
    payloads = {r.rec_headers.get_header("WARC-Target-URI"): (r.content_stream().read(), r)
                for r in ArchiveIterator(io.BytesIO(data)) if r.rec_type == "response"}
    for uri, bag_path in found.items():
        bag = bagit.Bag(str(bag_path))
        bag.validate()  # the reference implementation checks every checksum
        payload, record = payloads[uri]
        original = bag_path / "data" / file_name_for(uri, "text/plain" if uri.endswith(".txt") else "text/html")
        assert original.read_bytes() == payload
        assert bag.info["WARC-Date"] == record.rec_headers.get_header("WARC-Date")
        assert bag.info["WARC-Record-ID"] == record.rec_headers.get_header("WARC-Record-ID")
        assert bag.info["WARC-Payload-Digest"] == record.rec_headers.get_header("WARC-Payload-Digest")
        assert bag.info["WARC-Filename"] == "crawl.warc.gz"
        dc = etree.parse(str(bag_path / "data" / "dc.xml"))
        assert uri in [e.text for e in dc.iter(f"{DC}identifier")]
        assert json.loads((bag_path / "data" / "event.jsonld").read_text())
    tartu = found["https://news.example.org/2024/03/librarians-tartu"]
    assert (tartu / "data" / "news.example.org_2024_03_librarians-tartu.html").is_file()
    polish = etree.parse(str(found["https://news.example.org/pl/lodz"] / "data" / "dc.xml"))
    assert polish.findtext(f"{DC}title") == POLISH_TITLE  # decoded by the header's charset
    # a page without a publication date of its own was published by its capture
    assert polish.findtext(f"{DC}date") == "2024-03-15"
    validated = CliRunner().invoke(cli, ["validate", str(tmp_path / "out")])
    assert validated.exit_code == 0, validated.stdout


def test_resume_and_workers_give_the_same_bags(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    monkeypatch.setenv("ARCHIVE_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "big.warc").write_bytes(crawl(gzip=False, pages=36))
    code, first, _ = pack(str(tmp_path / "big.warc"), "-o", str(tmp_path / "one"), "-j", "1")
    assert code == 0 and first.count("packed ") == 39
    code, second, _ = pack(str(tmp_path / "big.warc"), "-o", str(tmp_path / "one"), "-j", "1")
    assert code == 0 and second.count("unchanged ") == 39
    code, parallel, _ = pack(str(tmp_path / "big.warc"), "-o", str(tmp_path / "two"), "-j", "2")
    assert code == 0
    assert parallel.replace(str(tmp_path / "two"), "OUT") == first.replace(str(tmp_path / "one"), "OUT")
    for bag in (tmp_path / "one").iterdir():
        if bag.is_dir():
            for file in bag.rglob("*"):
                if file.is_file():
                    assert file.read_bytes() == (tmp_path / "two" / file.relative_to(tmp_path / "one")).read_bytes()


def test_a_truncated_record_is_reported_with_its_offset(tmp_path: Path) -> None:
    data = crawl(pages=2)
    last = offsets(data)[-1][0]
    (tmp_path / "cut.warc.gz").write_bytes(data[:last + 200])
    code, stdout, stderr = pack(str(tmp_path / "cut.warc.gz"), "-o", str(tmp_path / "out"))
    assert code == 1
    assert stdout.count("packed ") == 4
    assert f"error: {tmp_path / 'cut.warc.gz'}@{last}" in stderr
    assert "truncated record" in stderr or "unreadable record" in stderr


def test_a_corrupt_record_in_the_middle_leaves_the_others_packed(tmp_path: Path) -> None:
    data = bytearray(crawl(pages=2))
    records = offsets(bytes(data))
    polish = next(o for o, kind, uri in records if uri.endswith("/pl/lodz") and kind == "response")
    data[polish + 30:polish + 90] = b"\x00" * 60  # inside its gzip member
    (tmp_path / "bad.warc.gz").write_bytes(bytes(data))
    code, stdout, stderr = pack(str(tmp_path / "bad.warc.gz"), "-o", str(tmp_path / "out"))
    assert code == 1
    assert f"error: {tmp_path / 'bad.warc.gz'}@{polish}" in stderr
    assert stdout.count("packed ") == 4  # Tartu before it; Ghent and the two series after it
    assert "https://news.example.org/series/1" in bags(tmp_path / "out")


def test_wacz_and_url_filters(tmp_path: Path) -> None:
    wacz = tmp_path / "crawl.wacz"
    with zipfile.ZipFile(wacz, "w") as archive:
        archive.writestr(zipfile.ZipInfo("archive/data.warc.gz"), crawl())  # stored, as WACZ says
        archive.writestr("datapackage.json", json.dumps({"profile": "data-package"}))
    code, stdout, stderr = pack(str(wacz), "-o", str(tmp_path / "all"))
    assert code == 0 and stdout.count("packed ") == 3
    assert f"{wacz}!archive/data.warc.gz@" in stdout
    assert bagit.Bag(str(next(iter(bags(tmp_path / "all").values())))).info["WARC-Filename"] == "data.warc.gz"
    code, stdout, stderr = pack(str(wacz), "-o", str(tmp_path / "some"),
                                "--url-filter", "https://news.example.org/20*",
                                "--url-filter", "re:ghent\\.txt$")
    assert code == 0 and stdout.count("packed ") == 2
    assert "2 filtered" in stderr  # the Polish page and the copy (filtered before it is a duplicate)
    assert set(bags(tmp_path / "some")) == {"https://news.example.org/2024/03/librarians-tartu",
                                            "https://news.example.org/notes/ghent.txt"}
    code, _stdout, stderr = pack(str(wacz), "-o", str(tmp_path / "x"), "--url-filter", "re:(")
    assert code == 2 and "--url-filter" in stderr


def test_url_filter_and_file_names() -> None:
    glob = UrlFilter(["https://*.example.org/news/*"])
    assert glob("https://www.example.org/news/2024/a") and not glob("https://example.com/news/a")
    assert UrlFilter([])("anything")
    assert file_name_for("https://example.org/", "text/html") == "example.org_index.html"
    assert file_name_for("https://example.org/a/b.html?id=3&x=%C3%A9", "text/html") == \
        "example.org_a_b.html_id-3-x-C3-A9.html"
    assert file_name_for("https://example.org/caf%C3%A9/", "text/plain") == "example.org_caf.txt"
    long = file_name_for("https://example.org/" + "a" * 300, "text/plain")
    assert len(long) < 130 and long.endswith(".txt")


def test_json_summary_and_extract_read_archives(tmp_path: Path) -> None:
    (tmp_path / "crawl.warc.gz").write_bytes(crawl())
    code, stdout, _ = pack(str(tmp_path / "crawl.warc.gz"), "-o", str(tmp_path / "out"), "--json")
    summary = json.loads(stdout)
    assert code == 0 and summary["packed"] == 3
    assert summary["skipped"] == {"duplicate": 1, "error status": 1, "image": 1, "redirect": 1,
                                  "revisit": 1, "script": 1, "style": 1}
    result = CliRunner().invoke(cli, ["extract", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.stderr
    facts = {entry["source"].split(" ")[-1]: entry["facts"] for entry in json.loads(result.stdout)}
    assert facts["https://news.example.org/notes/ghent.txt"]["published"]["value"] == "2024-03-14"
    published = facts["https://news.example.org/pl/lodz"]["published"]
    assert published["value"] == "2024-03-15" and published["evidence"] == "WARC-Date: 2024-03-15T10:00:00Z"


def test_a_changed_byte_in_an_uncompressed_warc_fails_its_digest(tmp_path: Path) -> None:
    data = crawl(gzip=False)
    spot = data.index(b"Thirty librarians met in Tartu")
    (tmp_path / "flip.warc").write_bytes(data[:spot] + b"F" + data[spot + 1:])
    skipped: Counter[str] = Counter()
    members = list(iter_members(tmp_path / "flip.warc", skipped))
    assert members[0].uri.endswith("/librarians-tartu")
    assert members[0].error is not None and members[0].error.startswith("corrupt record")
    # the others are fine, and the copy is no duplicate of a record that was not packed
    assert [(m.uri.rsplit("/", 1)[-1], m.error) for m in members[1:]] == [
        ("lodz", None), ("ghent.txt", None), ("copy-of-tartu", None)]
