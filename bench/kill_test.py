"""Kill test for issue 6: SIGKILL a packing run at a random moment, re-run, check everything.

1. generate N articles (default 2,000);
2. start ``archive pack -j JOBS`` in its own process group and SIGKILL it after a random
   delay (the whole group by default, so workers die mid-write too; ``--main-only`` kills
   just the parent and relies on the workers dying with it);
3. check that no incomplete bag is in place (every folder has its tag manifest);
4. re-run the same command to completion;
5. ``archive validate`` must pass on every bag, the number of bags must equal the number of
   inputs, no ``.staging-*`` folder may be left, and the catalog must pass SQLite's
   integrity check and list every bag.

    python3 bench/kill_test.py [-n 2000] [--rounds 3] [--seed S] [--main-only]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gen_corpus import generate  # noqa: E402


def archive_cmd() -> list[str]:
    script = shutil.which("archive")
    return [script] if script else [sys.executable, "-m", "archive"]


def catalog_state(out: Path) -> tuple[str, int]:
    """SQLite's integrity check of the catalog and its number of records."""
    import sqlite3

    try:
        with sqlite3.connect(out / "catalog.sqlite") as conn:
            integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
            return integrity, conn.execute("SELECT COUNT(*) FROM records").fetchone()[0]
    except sqlite3.Error as exc:
        return f"error: {exc}", 0


def one_round(corpus: Path, out: Path, n: int, jobs: int, delay: float, main_only: bool) -> bool:
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
    cmd = archive_cmd() + ["pack", str(corpus), "-o", str(out), "-j", str(jobs), "-q"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    time.sleep(delay)
    finished_first = proc.poll() is not None
    if not finished_first:
        if main_only:
            os.kill(proc.pid, signal.SIGKILL)
        else:
            os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    before = [p for p in out.iterdir() if p.is_dir() and not p.name.startswith(".")] if out.exists() else []
    incomplete = [p for p in before if not (p / "tagmanifest-sha512.txt").is_file()]
    staged = [p for p in out.iterdir() if p.name.startswith(".staging-")] if out.exists() else []
    print(f"  killed after {delay:.2f} s{' (had already finished)' if finished_first else ''}: "
          f"{len(before)} bags in place, {len(incomplete)} incomplete, "
          f"{len(staged)} staging folders left by the kill")

    rerun = subprocess.run(cmd, env=env, capture_output=True, text=True)
    statuses: dict[str, int] = {}
    for line in rerun.stdout.splitlines():
        statuses[line.split()[0]] = statuses.get(line.split()[0], 0) + 1
    check = subprocess.run(archive_cmd() + ["validate", str(out)], capture_output=True,
                           text=True)
    bags = [p for p in out.iterdir() if p.is_dir() and not p.name.startswith(".")]
    left = [p.name for p in out.iterdir() if p.name.startswith(".staging-")]
    integrity, catalogued = catalog_state(out)
    ok = (rerun.returncode == 0 and check.returncode == 0 and len(bags) == n and not left
          and not incomplete and integrity == "ok" and catalogued == n)
    print(f"  re-run exit {rerun.returncode} {statuses}; validate exit {check.returncode} "
          f"({check.stderr.strip().splitlines()[-1] if check.stderr.strip() else ''}); "
          f"{len(bags)} bags for {n} inputs; {len(left)} staging folders left; catalog "
          f"integrity {integrity}, {catalogued} records: {'PASS' if ok else 'FAIL'}")
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--count", type=int, default=2000)
    parser.add_argument("-j", "--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--main-only", action="store_true")
    parser.add_argument("--max-delay", type=float, default=None,
                        help="latest kill, in seconds (default: 90%% of the time one "
                        "uninterrupted run takes, measured first)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="kill-test-"))
    os.environ["ARCHIVE_CACHE_DIR"] = str(work / "cache")  # the resume index stays with us
    try:
        corpus = work / "corpus"
        generate(corpus, args.count)
        max_delay = args.max_delay
        if max_delay is None:  # kill somewhere inside a run, however fast the machine is
            start = time.perf_counter()
            subprocess.run(archive_cmd() + ["pack", str(corpus), "-o", str(work / "timed"),
                                            "-j", str(args.jobs), "-q"], check=False,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           env=dict(os.environ, ARCHIVE_CACHE_DIR=str(work / "timed-cache")))
            max_delay = 0.9 * (time.perf_counter() - start)
            print(f"one uninterrupted run takes {max_delay / 0.9:.1f} s; kills fall in "
                  f"0.2 .. {max_delay:.1f} s")
        results = []
        for round_no in range(args.rounds):
            out = work / f"out{round_no}"
            if round_no and rng.random() < 0.5:  # sometimes kill a re-run over existing bags
                shutil.copytree(work / f"out{round_no - 1}", out)
            delay = rng.uniform(0.2, max_delay)
            print(f"round {round_no + 1}: {args.count} articles, --jobs {args.jobs}")
            results.append(one_round(corpus, out, args.count, args.jobs, delay, args.main_only))
        print(f"kill test: {sum(results)} of {len(results)} rounds passed")
        sys.exit(0 if all(results) else 1)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
