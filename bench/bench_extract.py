#!/usr/bin/env python3
"""Throughput of the extraction stage: read every corpus article once, then run
extract_facts over them repeatedly and print articles/s and ms/article.

    python3 bench/bench_extract.py [--n 2000] [--corpus tests/data/corpus/articles]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from archive.extract import extract_facts, preload  # noqa: E402
from archive.read import read_article  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=2000, help="number of extractions (default 2000)")
    ap.add_argument("--corpus", type=Path, default=ROOT / "tests" / "data" / "corpus" / "articles")
    args = ap.parse_args()

    articles = [read_article(p) for p in sorted(args.corpus.iterdir()) if p.is_file()]
    if not articles:
        print(f"no articles in {args.corpus}", file=sys.stderr)
        return 1
    t0 = time.perf_counter()
    preload()
    load = time.perf_counter() - t0
    for a in articles:  # warm-up: compile regexes, fill caches
        extract_facts(a)
    t0 = time.perf_counter()
    for i in range(args.n):
        extract_facts(articles[i % len(articles)])
    elapsed = time.perf_counter() - t0
    print(f"gazetteer load: {load * 1000:.0f} ms (once per process)")
    print(f"{args.n} extractions over {len(articles)} articles in {elapsed:.2f} s")
    print(f"{args.n / elapsed:.0f} articles/s, {elapsed / args.n * 1000:.2f} ms/article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
