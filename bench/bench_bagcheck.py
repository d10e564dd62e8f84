"""Time archive.bag.check.check_bag against bagit.Bag(path).validate().

Why: check_bag does more checks than the reference library, so we want to
know it is not slower on the many-small-bags workload the archive produces.

    python bench/bench_bagcheck.py --bags 500 --files 4
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import os
import tempfile
import time
from pathlib import Path

import bagit  # type: ignore[import-untyped]

from archive.bag.check import check_bag


def write_bag(root: Path, n_files: int, size: int) -> None:
    """Write one small valid 1.0 bag by hand (sha256 + sha512)."""
    data = root / "data"
    data.mkdir(parents=True)
    files = {f"record-{i}.json": os.urandom(size) for i in range(n_files)}
    for name, content in files.items():
        (data / name).write_bytes(content)
    (root / "bagit.txt").write_bytes(b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
    for alg in ("sha256", "sha512"):
        lines = "".join(f"{hashlib.new(alg, c).hexdigest()}  data/{n}\n" for n, c in sorted(files.items()))
        (root / f"manifest-{alg}.txt").write_text(lines, encoding="utf-8")
    octets = sum(len(c) for c in files.values())
    (root / "bag-info.txt").write_text(f"Bagging-Date: 2024-05-01\nPayload-Oxum: {octets}.{n_files}\n")
    tags = ["bag-info.txt", "bagit.txt", "manifest-sha256.txt", "manifest-sha512.txt"]
    for alg in ("sha256", "sha512"):
        lines = "".join(f"{hashlib.new(alg, (root / t).read_bytes()).hexdigest()}  {t}\n" for t in tags)
        (root / f"tagmanifest-{alg}.txt").write_text(lines, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bags", type=int, default=500)
    parser.add_argument("--files", type=int, default=4)
    parser.add_argument("--size", type=int, default=4096, help="bytes per payload file")
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)  # bagit logs every file at INFO

    with tempfile.TemporaryDirectory() as tmp:
        bags = [Path(tmp) / f"bag{i:04d}" for i in range(args.bags)]
        for b in bags:
            write_bag(b, args.files, args.size)

        start = time.perf_counter()
        for b in bags:
            findings = check_bag(b)
            assert not findings, findings
        ours = time.perf_counter() - start

        start = time.perf_counter()
        for b in bags:
            bagit.Bag(str(b)).validate()
        theirs = time.perf_counter() - start

    print(f"{args.bags} bags x {args.files} files x {args.size} B")
    print(f"check_bag:              {ours:7.3f} s  ({ours / args.bags * 1000:.2f} ms/bag)")
    print(f"bagit.Bag().validate(): {theirs:7.3f} s  ({theirs / args.bags * 1000:.2f} ms/bag)")
    print(f"ratio check_bag/bagit: {ours / theirs:8.2f}")


if __name__ == "__main__":
    main()
