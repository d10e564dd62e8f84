"""Benchmark: ``archive bundle`` in every format over N records (default 10,000), beside
``zip -r`` and ``tar czf`` on the same bags, in one run.

Bags are written with the project's own writers (as tests/_harvest_helpers.py does). Each
format is bundled twice into two folders (the second with ``--force``, so both really write)
and the two are compared byte for byte; a third run shows resuming (nothing to do). Then
every serialised bag (zip, tar) is extracted and validated with the reference ``bagit``
library, and ``--crates`` crates, spread over the run, are validated by roc-validator at the
REQUIRED level, offline (about 3 s a crate, so not all 10,000). Prints one JSON object:
seconds, ms per record and the ratio to the plain archiver (zip -r for zip and the other
formats, tar czf for tar) timed just before it over the same bags.

    python bench/bench_bundle.py                  # 10,000 records, jobs 1
    python bench/bench_bundle.py -n 2000 --jobs 2 --keep /tmp/bench-bundle
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

#: name -> (options, the archiver it is compared with)
RUNS = {
    "zip": ({"format": "zip"}, "zip"),
    "tar": ({"format": "tar"}, "tar"),
    "rocrate": ({"format": "rocrate"}, "zip"),
    "rocrate-zip": ({"format": "rocrate", "zip": True}, "zip"),
    "rocrate-in-bag": ({"format": "rocrate", "in_bag": True}, "zip"),
    "saf": ({"format": "saf", "collection": "123456789/2"}, "zip"),
    "saf-zip": ({"format": "saf", "zip": True}, "zip"),
    "archivematica": ({"format": "archivematica"}, "zip"),
    "archivematica-zipped-bag": ({"format": "archivematica", "zipped_bag": True}, "zip"),
}


def digest(path: Path) -> str:
    """SHA-256 over every file name and byte under ``path`` (or of the file)."""
    total = hashlib.sha256()
    if path.is_file():
        return hashlib.sha256(path.read_bytes()).hexdigest()
    for file in sorted(p for p in path.rglob("*") if p.is_file()):
        total.update(file.relative_to(path).as_posix().encode() + b"\0")
        total.update(hashlib.sha256(file.read_bytes()).digest())
    return total.hexdigest()


def settle() -> None:
    """Write back dirty pages so that one step's writes are not charged to the next."""
    os.sync()


def timed(command: list[str], cwd: Path) -> float:
    settle()
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def validate_serialised(out: Path, kind: str, scratch: Path) -> int:
    import bagit

    valid = 0
    for bundle in sorted(out.iterdir()):
        shutil.rmtree(scratch, ignore_errors=True)
        scratch.mkdir()
        if kind == "zip":
            with zipfile.ZipFile(bundle) as archive:
                archive.extractall(scratch)
        else:
            with tarfile.open(bundle, "r:gz") as archive:
                archive.extractall(scratch, filter="data")
        (top,) = list(scratch.iterdir())
        bagit.Bag(str(top)).validate()
        valid += 1
    return valid


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--records", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--crates", type=int, default=10, help="crates to check with roc-validator")
    parser.add_argument("--only", nargs="*", choices=sorted(RUNS), help="formats to run (default: all)")
    parser.add_argument("--keep", type=Path, help="work folder to keep (default: temporary)")
    args = parser.parse_args()

    from archive.bundle import BundleOptions, bundle_records
    from archive.bundle.rocrate import CONTEXT

    from _bundle_helpers import roc_validate, seed_rocrate_context
    from _harvest_helpers import write_record_bag

    os.environ.setdefault("SOURCE_DATE_EPOCH", "1700000000")
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-bundle-"))
    os.environ.setdefault("ARCHIVE_CACHE_DIR", str(work / "cache"))  # the resume indexes
    records = work / "records"
    result: dict[str, object] = {"records": args.records, "jobs": args.jobs}
    try:
        existing = len(list(records.glob("*/bagit.txt"))) if records.is_dir() else 0
        for i in range(existing, args.records):
            write_record_bag(records, i, event=i % 7 != 3)
        def archiver(kind: str) -> float:
            """The plain archiver over the same bags, timed right before the format it is
            compared with (a shared machine drifts over a long run)."""
            output = work / ("baseline.zip" if kind == "zip" else "baseline.tar.gz")
            output.unlink(missing_ok=True)
            command = ["zip", "-rq", "-X", str(output), "records"] if kind == "zip" \
                else ["tar", "czf", str(output), "records"]
            return timed(command, work)

        for name in args.only or RUNS:
            options, against = RUNS[name]
            baseline = {against: archiver(against)}
            opts = BundleOptions(**options)
            first, second = work / f"{name}-1", work / f"{name}-2"
            for path in (first, second, work / f"{name}-1.zip", work / f"{name}-2.zip"):
                shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)
            if opts.format == "saf" and opts.zip:
                first, second = work / f"{name}-1.zip", work / f"{name}-2.zip"
            settle()
            start = time.perf_counter()
            summary = bundle_records([records], first, opts, jobs=args.jobs)
            seconds = time.perf_counter() - start
            settle()
            start = time.perf_counter()
            bundle_records([records], second, opts, jobs=args.jobs, force=True)
            seconds_again = time.perf_counter() - start
            start = time.perf_counter()
            resumed = bundle_records([records], first, opts, jobs=args.jobs)
            resume_s = time.perf_counter() - start
            entry: dict[str, object] = {
                "s": round(seconds, 2), "ms_per_record": round(1000 * seconds / args.records, 3),
                f"{'zip_r' if against == 'zip' else 'tar_czf'}_s": round(baseline[against], 2),
                f"ratio_to_{against}": round(seconds / baseline[against], 2),
                "second_run_s": round(seconds_again, 2),
                "written": summary.counts["written"], "failed": summary.failed,
                "byte_identical": digest(first) == digest(second),
                "resume_s": round(resume_s, 2), "resume_unchanged": resumed.counts["unchanged"],
            }
            if name in ("zip", "tar"):
                entry["bagit_valid"] = validate_serialised(first, name, work / "scratch")
            if name in ("rocrate", "rocrate-zip", "rocrate-in-bag") and args.crates:
                cache = work / "roc-cache" / "http_cache"
                if not cache.with_suffix(".sqlite").exists():
                    cache.parent.mkdir(exist_ok=True)
                    seed_rocrate_context(cache, CONTEXT)
                crates = sorted(first.iterdir())
                step = max(1, len(crates) // args.crates)
                chosen = crates[::step][:args.crates]
                targets = [c / "data" if name == "rocrate-in-bag" else c for c in chosen]
                entry["roc_validator_checked"] = len(targets)
                entry["roc_validator_valid"] = sum(not roc_validate(t, cache) for t in targets)
            result[name] = entry
            print(json.dumps({name: entry}), file=sys.stderr, flush=True)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
