"""Benchmark for issue 16: ``archive pack --cluster`` (Dask) beside ``--jobs``, in one run.

Prints, over N generated articles (default 10,000), from one run on one machine:

- records/s of ``pack --jobs 2``, ``pack --cluster local:2`` and ``pack --cluster local:1``,
  each run in turn over ``--rounds`` rounds (a shared machine drifts; the order rotates
  each round), and the medians of two ratios: ``local:2`` over ``--jobs 2`` (the engine's
  overhead; target >= 0.8) and ``local:2`` over ``local:1`` (scaling; target >= 1.7).
  Each figure is given end to end (start-up of the cluster and its workers included) and
  in steady state (from the first line printed to the last: the cluster is up and warm);
- the cost of one article, measured in this process with ``pack_paths`` on one core:
  CPU, bytes written per bag, file system syncs per bag, and the catalog's insert time
  per bag; and the client's own CPU per input (hashing, resume index, catalog, Dask's
  bookkeeping), against a scheduler and workers started as separate processes, which
  bounds how many workers one client can feed (figures for ``docs/scale.md``).

Before each timed run the disk is synced and, as in ``bench_pack.py``, the run waits while
creating a file costs far more than usual (``--settle``).

    python3 bench/bench_cluster.py [-n 10000] [--rounds 3] [--settle S] [--cost-count 2000]
                                   [--client-count 3000]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_pack import Settler, archive_cmd  # noqa: E402
from gen_corpus import generate  # noqa: E402

ENGINES = {"jobs 2": ["-j", "2"], "local:2": ["--cluster", "local:2"],
           "local:1": ["--cluster", "local:1"]}


def run_engine(corpus: Path, out: Path, options: list[str]) -> dict[str, float]:
    """One ``archive pack`` run: wall seconds end to end, and from the first line to the
    last (steady state), CPU of the whole process tree, lines printed."""
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
    cmd = archive_cmd() + ["pack", str(corpus), "-o", str(out), "-q"] + options
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    assert proc.stdout is not None
    first = last = 0.0
    lines = 0
    for _line in proc.stdout:
        last = time.perf_counter()
        first = first or last
        lines += 1
    stderr = proc.stderr.read() if proc.stderr else ""
    proc.wait()
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"pack {' '.join(options)} failed ({proc.returncode}): {stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"seconds": elapsed, "steady": (lines - 1) / max(last - first, 1e-9),
            "rate": lines / elapsed, "lines": lines, "cpu": cpu}


def cost_of_one_article(corpus: Path, out: Path, count: int) -> dict[str, float]:
    """In this process, one core: CPU, bytes, syncs and catalog time per bag. Syncs are
    counted where Python makes them (``syncfs`` for a group, ``fsync`` of a folder);
    SQLite's own syncs of the catalog are not."""
    os.environ["SOURCE_DATE_EPOCH"] = "1700000000"
    import archive.bag.writer as writer
    import archive.pack.batch as batch
    from archive.pack import pack_paths

    counts = {"syncfs": 0, "fsync": 0, "catalog": 0.0}
    real_syncfs = writer.sync_file_system
    real_catalog, real_os_fsync = batch.update_catalog, os.fsync

    def syncfs(fd: int) -> bool:
        counts["syncfs"] += 1
        return real_syncfs(fd)

    def fsync(fd: int) -> None:
        counts["fsync"] += 1
        real_os_fsync(fd)

    def catalog(*args, **kwargs):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        try:
            return real_catalog(*args, **kwargs)
        finally:
            counts["catalog"] += time.perf_counter() - started

    files = sorted(p for p in corpus.rglob("*") if p.is_file())[:count]
    writer.sync_file_system, batch.update_catalog = syncfs, catalog  # type: ignore[assignment]
    os.fsync = fsync  # type: ignore[assignment]
    try:
        pack_paths(files, out, jobs=1, keep_records=False)  # warm: gazetteer, imports
        shutil.rmtree(out)
        counts.update(syncfs=0, fsync=0, catalog=0.0)
        cpu0, wall0 = time.process_time(), time.perf_counter()
        summary = pack_paths(files, out, jobs=1, keep_records=False)
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    finally:
        writer.sync_file_system, batch.update_catalog = real_syncfs, real_catalog
        os.fsync = real_os_fsync  # type: ignore[assignment]
    bags = summary.count("packed")
    bag_files = [p for p in out.rglob("*") if p.is_file() and not p.name.startswith("catalog.")]
    written = sum(p.stat().st_size for p in bag_files)
    catalog_bytes = sum(p.stat().st_size for p in out.glob("catalog.sqlite*"))
    return {"bags": bags, "cpu_ms": 1000 * cpu / bags, "wall_ms": 1000 * wall / bags,
            "bytes": written / bags, "files": len(bag_files) / bags, "syncfs": counts["syncfs"] / bags,
            "fsync": counts["fsync"] / bags, "catalog_ms": 1000 * counts["catalog"] / bags,
            "catalog_bytes": catalog_bytes / bags}


def client_cost(corpus: Path, out: Path) -> dict[str, float]:
    """CPU of the client alone per input: a scheduler and 2 workers run as processes of
    their own (``dask scheduler``, ``dask worker``), so the client's rusage is its own."""
    import json

    bindir = Path(sys.executable).parent
    scheduler_file = out.parent / "scheduler.json"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    scheduler = subprocess.Popen([str(bindir / "dask"), "scheduler", "--host", "127.0.0.1",
                                  "--port", "0", "--no-dashboard", "--scheduler-file",
                                  str(scheduler_file)], **quiet)  # type: ignore[call-overload]
    workers = None
    try:
        for _ in range(400):
            if scheduler_file.exists() and scheduler_file.stat().st_size:
                break
            time.sleep(0.05)
        address = json.loads(scheduler_file.read_text())["address"]
        workers = subprocess.Popen([str(bindir / "dask"), "worker", address, "--nworkers", "2",
                                    "--nthreads", "1", "--no-dashboard"],
                                   **quiet)  # type: ignore[call-overload]
        result = run_engine(corpus, out, ["--cluster", address])
    finally:
        if workers is not None:
            workers.terminate()
            workers.wait()
        scheduler.terminate()
        scheduler.wait()
    return {"cpu_ms": 1000 * result["cpu"] / result["lines"], "rate": result["rate"],
            "steady": result["steady"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--count", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--settle", type=float, default=420.0, metavar="SECONDS",
                        help="longest wait, before each timed run, for file creation to "
                        "cost what it normally does (0: never wait)")
    parser.add_argument("--cost-count", type=int, default=2000,
                        help="articles for the cost of one article (0: skip)")
    parser.add_argument("--client-count", type=int, default=3000,
                        help="articles for the client's own CPU per input (0: skip)")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-cluster-"))
    work.mkdir(parents=True, exist_ok=True)
    os.environ["ARCHIVE_CACHE_DIR"] = str(work / "cache")
    try:
        corpus = work / "corpus"
        if not corpus.is_dir():
            generate(corpus, args.count)
        n = args.count
        load = os.getloadavg()[0]
        print(f"{n} generated articles, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, "
              f"load average {load:.2f} at start")
        first = next(p for p in sorted(corpus.rglob("*")) if p.is_file())
        subprocess.run(archive_cmd() + ["pack", str(first), "-o", str(work / "warm"), "-q"],
                       check=True, capture_output=True)  # builds the gazetteer cache once
        settler = Settler(work, args.settle)
        results: dict[str, list[dict[str, float]]] = {name: [] for name in ENGINES}
        names = list(ENGINES)
        for r in range(max(1, args.rounds)):
            order = names[r % len(names):] + names[:r % len(names)]
            for name in order:
                settler.settle()
                out = work / f"out-{name.replace(' ', '').replace(':', '')}-{r}"
                result = run_engine(corpus, out, ENGINES[name])
                if result["lines"] != n:
                    raise SystemExit(f"{name}: {result['lines']} lines for {n} articles")
                results[name].append(result)
                shutil.rmtree(out)
            print(f"round {r + 1}: " + ", ".join(
                f"{name} {results[name][-1]['rate']:.0f}/s ({results[name][-1]['steady']:.0f}/s "
                f"steady)" for name in names) + f"; load {os.getloadavg()[0]:.2f}")

        def median(name: str, key: str) -> float:
            return statistics.median(x[key] for x in results[name])

        def ratio(a: str, b: str, key: str) -> float:
            return statistics.median(x[key] / y[key] for x, y in zip(results[a], results[b]))

        for name in names:
            print(f"pack {name:<8} {median(name, 'rate'):8.1f} records/s end to end, "
                  f"{median(name, 'steady'):8.1f} steady, "
                  f"{1000 * median(name, 'cpu') / n:.2f} ms CPU/record (median of "
                  f"{len(results[name])})")
        for a, b, target in (("local:2", "jobs 2", 0.8), ("local:2", "local:1", 1.7)):
            print(f"{a} / {b:<8} {ratio(a, b, 'rate'):6.2f}x end to end, "
                  f"{ratio(a, b, 'steady'):6.2f}x steady (median of the rounds' ratios; "
                  f"target >= {target})")
        if args.cost_count:
            cost = cost_of_one_article(corpus, work / "cost", min(args.cost_count, n))
            print(f"one article (in-process, one core, {cost['bags']:.0f} bags): "
                  f"{cost['cpu_ms']:.2f} ms CPU, {cost['wall_ms']:.2f} ms wall, "
                  f"{cost['bytes'] / 1024:.1f} KiB in {cost['files']:.0f} files, "
                  f"{cost['syncfs']:.3f} syncfs + {cost['fsync']:.3f} fsync, catalog "
                  f"{cost['catalog_ms']:.3f} ms and {cost['catalog_bytes'] / 1024:.1f} KiB")
        if args.client_count:
            some = work / "client-corpus"
            for path in sorted(p for p in corpus.rglob("*") if p.is_file())[:args.client_count]:
                (some / path.parent.name).mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, some / path.parent.name / path.name)
            settler.settle()
            client = client_cost(some, work / "client-out")
            print(f"client alone, {args.client_count} inputs on an external scheduler with 2 "
                  f"workers: {client['cpu_ms']:.3f} ms CPU per input (at most "
                  f"{1000 / client['cpu_ms']:.0f} inputs/s per client core); "
                  f"{client['steady']:.0f} records/s steady")
        print(f"load average {os.getloadavg()[0]:.2f} at the end (2 cores shared: figures "
              "are noisy)")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
