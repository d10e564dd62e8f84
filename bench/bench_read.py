#!/usr/bin/env python3
"""Benchmark for issue 13: the HTML reader and web archives as input.

Prints, from one run on one machine (ratios against baselines measured in the same run):

- HTML: ms/page of ``parse_article`` (decode, parse, trafilatura's main text, metadata,
  structured data) beside ``trafilatura.extract`` alone on the same generated pages (target
  <= 1.3x), with each one's precision, recall and F1 on the pages' snippets
  (``html_pages.py``: five layouts that trip hand-written readers); and on the same pages
  with a publication date in their meta tags, where htmldate has nothing to do;
- WARC listing: records/s of ``iter_members`` (what ``pack`` reads in its parent process:
  headers, payload, digest checks, payload hash) over a generated WARC.gz of N responses
  (and as many request records), beside warcio's iteration alone (payloads read) and
  fastwarc's (the C++ reader considered instead);
- packing: ``pack_paths`` over M pages as one WARC.gz and as M files (both --jobs 1, in this
  process, fresh resume index), the WARC's time as a multiple of the files' (target <= 1.3x);
- memory: peak resident set of ``archive pack -j 2`` over a WARC.gz of ``--big-mb`` MB
  (article pages among large image responses, as crawls are), sampled from /proc (target
  under 300 MB for 1 GB: ``--big-mb 1024``).

    python3 bench/bench_read.py [--pages 500] [--records 10000] [--pack 1000] [--big-mb 200]
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from archive.read import parse_article  # noqa: E402
from bench_pack import MemorySampler, archive_cmd  # noqa: E402
from html_pages import Page, generate_pages, score  # noqa: E402


def best_of(rounds: int, run) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def bench_html(pages: list[Page], rounds: int) -> None:
    import trafilatura

    raws = [p.html.encode("utf-8") for p in pages]
    ours: list[str] = []
    alone: list[str] = []

    def read_ours() -> None:
        ours.clear()
        for page, raw in zip(pages, raws):
            article = parse_article(Path(page.name), raw)
            ours.append(article.headline + "\n" + article.text)

    def read_alone() -> None:
        alone.clear()
        for raw in raws:
            alone.append(trafilatura.extract(raw) or "")

    dated = [raw.replace(b"</head>", b'<meta property="article:published_time" '
                         b'content="2024-05-06T09:00:00Z"></head>') for raw in raws]

    def read_dated() -> None:
        for page, raw in zip(pages, dated):
            parse_article(Path(page.name), raw)

    read_ours(), read_alone(), read_dated()  # warm: imports, caches
    t_ours, t_alone = best_of(rounds, read_ours), best_of(rounds, read_alone)
    t_dated = best_of(rounds, read_dated)
    n = len(pages)
    print(f"HTML, {n} generated pages (best of {rounds})")
    print(f"  parse_article        {t_ours / n * 1000:6.2f} ms/page   P/R/F1 "
          "%.3f %.3f %.3f" % score(pages, ours))
    print(f"  trafilatura.extract  {t_alone / n * 1000:6.2f} ms/page   P/R/F1 "
          "%.3f %.3f %.3f" % score(pages, alone))
    print(f"  ratio                {t_ours / t_alone:6.2f}x  (target <= 1.3; htmldate searches "
          "each page's markup for a date)")
    print(f"  pages stating a date {t_dated / n * 1000:6.2f} ms/page   ratio {t_dated / t_alone:.2f}x "
          "(no htmldate)")


def write_warc(path: Path, bodies, requests: bool = True) -> None:
    """A per-record gzipped WARC of HTML responses (a request record after each)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for uri, body, content_type in bodies:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=headers))
            if requests:
                writer.write_record(writer.create_warc_record(
                    uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))


def page_bodies(pages: list[Page], count: int):
    for i in range(count):
        page = pages[i % len(pages)]
        # the serial number makes every payload unique (no duplicates skipped)
        body = page.html.replace("</body>", f"<p>Capture {i}.</p></body>").encode("utf-8")
        yield f"https://news.example.org/{i // 1000}/{page.name}?n={i}", body, "text/html; charset=utf-8"


def bench_listing(pages: list[Page], count: int, scratch: Path, rounds: int) -> None:
    from fastwarc.warc import ArchiveIterator as FastIterator
    from fastwarc.warc import WarcRecordType
    from warcio.archiveiterator import ArchiveIterator

    from archive.read.warc import iter_members

    path = scratch / "listing.warc.gz"
    write_warc(path, page_bodies(pages, count))

    def ours() -> None:
        assert sum(1 for _ in iter_members(path, Counter())) == count

    def warcio_alone() -> None:
        with open(path, "rb") as fh:
            n = sum(1 for r in ArchiveIterator(fh) if r.rec_type == "response"
                    and r.content_stream().read() is not None)
        assert n == count

    def fastwarc_alone() -> None:
        with open(path, "rb") as fh:
            n = sum(1 for r in FastIterator(fh, record_types=WarcRecordType.response, parse_http=True)
                    if r.reader.read() is not None)
        assert n == count

    t_ours, t_warcio, t_fast = (best_of(rounds, f) for f in (ours, warcio_alone, fastwarc_alone))
    size = path.stat().st_size / 1e6
    print(f"WARC listing, {count} responses + {count} requests, {size:.1f} MB gzipped (best of {rounds})")
    print(f"  iter_members         {count / t_ours:8.0f} records/s  {t_ours / count * 1e3:.3f} ms/record")
    print(f"  warcio alone         {count / t_warcio:8.0f} records/s  ratio {t_ours / t_warcio:.2f}x")
    print(f"  fastwarc alone       {count / t_fast:8.0f} records/s  warcio is {t_warcio / t_fast:.1f}x slower")


def bench_pack_warc(pages: list[Page], count: int, scratch: Path) -> None:
    from archive.pack import pack_paths
    from archive.pack.parallel import warm_up

    warm_up()
    bodies = list(page_bodies(pages, count))
    files = scratch / "files"
    files.mkdir()
    for i, (_uri, body, _type) in enumerate(bodies):
        (files / f"{i:06d}.html").write_bytes(body)
    warc = scratch / "pages.warc.gz"
    write_warc(warc, bodies, requests=False)
    results = {}
    for label, source in (("files", files), ("warc", warc), ("files again", files), ("warc again", warc)):
        out = scratch / f"out-{label.replace(' ', '-')}"
        os.environ["ARCHIVE_CACHE_DIR"] = str(scratch / f"cache-{label.replace(' ', '-')}")
        os.sync()
        start = time.perf_counter()
        summary = pack_paths([source], out, jobs=1, keep_records=False)
        results[label] = time.perf_counter() - start
        assert summary.count("packed") == count, (label, summary.to_dict())
    t_files = min(results["files"], results["files again"])
    t_warc = min(results["warc"], results["warc again"])
    print(f"pack --jobs 1, {count} pages (best of 2 each)")
    print(f"  as files             {t_files / count * 1000:6.2f} ms/record")
    print(f"  as one WARC.gz       {t_warc / count * 1000:6.2f} ms/record")
    print(f"  ratio                {t_warc / t_files:6.2f}x  (target <= 1.3)")


def bench_memory(pages: list[Page], megabytes: int, scratch: Path) -> None:
    """A WARC.gz of about ``megabytes`` MB: one article page after every 1 MB image."""
    rng = __import__("random").Random(13)
    image = bytes(rng.getrandbits(8) for _ in range(1 << 20))  # incompressible, like a JPEG

    def bodies():
        for i in range(megabytes):
            yield f"https://news.example.org/img/{i}.jpg", image[:-8] + i.to_bytes(8, "big"), "image/jpeg"
            page = pages[i % len(pages)]
            yield (f"https://news.example.org/m/{i}", page.html.replace(
                "</body>", f"<p>Capture {i}.</p></body>").encode(), "text/html")

    path = scratch / "big.warc.gz"
    write_warc(path, bodies(), requests=False)
    out = scratch / "out-big"
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000", ARCHIVE_CACHE_DIR=str(scratch / "cache-big"))
    proc = subprocess.Popen(archive_cmd() + ["pack", str(path), "-o", str(out), "-j", "2", "-q"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    sampler = MemorySampler(proc.pid)
    start = time.perf_counter()
    sampler.start()
    stdout, stderr = proc.communicate()
    elapsed = time.perf_counter() - start
    sampler.stop.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"pack failed: {stderr.decode()[-2000:]}")
    print(f"memory, pack -j 2 over a {path.stat().st_size / 1e6:.0f} MB WARC.gz "
          f"({megabytes} pages among {megabytes} 1 MB images) in {elapsed:.1f} s")
    print(f"  peak RSS: main {sampler.main_rss / 1024:.0f} MB, a worker {sampler.worker_rss / 1024:.0f} MB; "
          f"peak PSS of the tree {sampler.tree_pss / 1024:.0f} MB  (target < 300)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500, help="generated HTML pages to read")
    parser.add_argument("--records", type=int, default=10_000, help="responses in the listed WARC")
    parser.add_argument("--pack", type=int, default=1000, help="pages packed as files and as a WARC")
    parser.add_argument("--big-mb", type=int, default=200, help="size of the WARC for memory (0: skip)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--tmp", type=Path, default=None)
    args = parser.parse_args()
    pages = generate_pages(args.pages)
    scratch = Path(tempfile.mkdtemp(prefix="bench-read-", dir=args.tmp))
    try:
        bench_html(pages, args.rounds)
        bench_listing(pages, args.records, scratch, args.rounds)
        bench_pack_warc(pages, args.pack, scratch)
        if args.big_mb:
            bench_memory(pages, args.big_mb, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
