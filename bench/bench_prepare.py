#!/usr/bin/env python3
"""CPU cost of packing one article, without the disk: ``prepare_article`` (read, extract,
curate, build the record, serialise dc.xml, event.jsonld and dcterms.xml) over N generated
articles, and ``extract_facts`` alone over the same articles read once.

Prints the best of ``--rounds`` passes in ms/article (the best is the least disturbed by
other work on the machine), after ``warm_up()`` and one untimed pass.

    python3 bench/bench_prepare.py [-n 2000] [--rounds 5] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from archive.extract import extract_facts  # noqa: E402
from archive.pack import prepare_article  # noqa: E402
from archive.pack.parallel import warm_up  # noqa: E402
from archive.read import read_article  # noqa: E402
from gen_corpus import generate  # noqa: E402


def best_of(rounds: int, run) -> float:
    """The shortest of ``rounds`` timings of ``run()``, in seconds."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=2000, help="articles to generate (default 2000)")
    ap.add_argument("--rounds", type=int, default=5, help="timed passes (default 5)")
    ap.add_argument("--corpus", type=Path, help="use these articles instead of generating them")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-prepare-") as tmp:
        if args.corpus:
            paths = sorted(p for p in args.corpus.rglob("*") if p.is_file())
        else:
            paths = generate(Path(tmp) / "corpus", args.n)
        out = Path(tmp) / "out"  # prepare_article writes nothing; the bag would go here
        warm_up()
        for path in paths:  # untimed: fill the caches of re, lxml and the file system
            prepare_article(path, out)
        prepare = best_of(args.rounds, lambda: [prepare_article(p, out) for p in paths])
        articles = [read_article(p) for p in paths]
        extract = best_of(args.rounds, lambda: [extract_facts(a) for a in articles])
    n = len(paths)
    print(f"{n} articles, best of {args.rounds} passes")
    print(f"prepare_article  {prepare / n * 1000:.3f} ms/article  ({n / prepare:.0f} articles/s)")
    print(f"extract_facts    {extract / n * 1000:.3f} ms/article  ({n / extract:.0f} articles/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
