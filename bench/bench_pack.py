"""Benchmark for issue 6: archive pack at archive scale, beside the reference bagit library.

Prints, from one run on one machine (so the ratios are comparable even when the absolute
numbers are not):

- records/s of ``archive pack`` with --jobs 1 and --jobs 2 over N generated articles
  (read, extract, build, dc.xml, event.jsonld, bag, verify: everything), and the scaling
  ratio between them (target >= 1.7 on 2 cores);
- the cost of the reference ``bagit.make_bag`` over the same payloads (the payload files
  of each bag, sha512 like ours), and pack's per-record cost as a multiple of it (target
  <= 3x). A shared disk's speed drifts by a factor of two or three within minutes (on
  this machine creating a file costs ten times more for a while after a large folder was
  deleted nearby), so pack --jobs 1, make_bag and pack --jobs 2 take turns over
  ``--rounds`` rounds and each ratio printed is the median of the rounds' ratios (each
  round's figures are printed too). ``--tmp`` puts the work on another file system;
- a re-run over the packed output (every record "unchanged");
- peak memory: the largest resident set of the main process and of any worker, and the
  peak proportional set size (PSS) of the whole process tree, sampled every 20 ms during
  two more runs (--jobs 1 and 2) that are not timed (target < 250 MB);
- start-up: ``archive --version`` against ``python -c "import click"`` (target <= 1.3x).

Before every timed run the benchmark measures what creating a file costs in its working
folder, and waits (up to ``--settle`` seconds) while that cost is well above normal. On
ext4 without a journal (this machine's root file system), an inode freed in the last one to
six minutes is skipped, one buffer lookup at a time, whenever a new inode is allocated in
its group; so for minutes after a large folder is deleted nearby (the end of an earlier
benchmark, a test run), every file created costs tens of times more CPU in the kernel, and
a run's figures say more about that deletion than about the code. The probe's files are
kept until the end, so probing frees nothing. Each step also starts with everything
written so far synced (``os.sync``), so that no run pays for the previous one's writeback.

    python3 bench/bench_pack.py [-n 10000] [--rounds 3] [--keep DIR] [--tmp DIR] [--settle S]
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gen_corpus import generate  # noqa: E402


def _tree(pid: int) -> list[int]:
    """pid and all its descendants (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
        except OSError:
            continue
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        todo.extend(children.get(current, []))
    return out


def _memory(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in kB, 0 when it is gone."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


class MemorySampler(threading.Thread):
    """Peak RSS of the main process, of any single worker, and peak PSS of the tree."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.main_rss = self.worker_rss = self.tree_pss = 0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            total = 0
            for pid in _tree(self.pid):
                rss, pss = _memory(pid)
                total += pss
                if pid == self.pid:
                    self.main_rss = max(self.main_rss, rss)
                else:
                    self.worker_rss = max(self.worker_rss, rss)
            self.tree_pss = max(self.tree_pss, total)
            self.stop.wait(0.02)


def archive_cmd() -> list[str]:
    script = shutil.which("archive")
    return [script] if script else [sys.executable, "-m", "archive"]


def run_pack(corpus: Path, out: Path, jobs: int, sample_memory: bool = False) -> dict[str, float]:
    """One ``archive pack`` run. Sampling memory costs about 0.15 of a core (reading
    smaps_rollup walks the page tables), which a --jobs 2 run on two cores would lose and a
    --jobs 1 run would not; so timed runs do not sample, and memory has runs of its own."""
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
    cmd = archive_cmd() + ["pack", str(corpus), "-o", str(out), "-j", str(jobs), "-q"]
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    sampler = MemorySampler(proc.pid)
    if sample_memory:
        sampler.start()
    stdout, stderr = proc.communicate()
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # pack and its workers, waited for
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if sample_memory:
        sampler.stop.set()
        sampler.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"pack failed ({proc.returncode}): {stderr.decode()[-2000:]}")
    lines = stdout.decode().splitlines()
    return {"seconds": elapsed, "records": len(lines), "cores": cpu / elapsed,
            "unchanged": sum(1 for ln in lines if ln.startswith("unchanged")),
            "main_rss_mb": sampler.main_rss / 1024, "worker_rss_mb": sampler.worker_rss / 1024,
            "tree_pss_mb": sampler.tree_pss / 1024}


#: Creating, writing and closing a small file costs about 15-20 µs of CPU here in an
#: undisturbed folder (8 on tmpfs); right after 100,000 inodes were deleted nearby, 100-400.
SLOW_CREATE_US = 60.0


class Settler:
    """Probe the cost of creating files in ``work`` and wait while it is abnormally high."""

    def __init__(self, work: Path, max_wait: float) -> None:
        self.work = work
        self.max_wait = max_wait
        self.probes = 0

    def probe(self, files: int = 200) -> float:
        """CPU microseconds per file created (and written, closed) in a new folder."""
        self.probes += 1
        folder = self.work / f"probe-{self.probes:03d}"
        folder.mkdir()
        start = time.thread_time()
        for i in range(files):
            fd = os.open(folder / f"f{i:03d}", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            os.write(fd, b"x" * 512)
            os.close(fd)
        return 1e6 * (time.thread_time() - start) / files

    def settle(self) -> float:
        """Write back what earlier steps left dirty, then wait until a probe is quick (or
        ``max_wait`` has passed); the last probe's cost.

        Without the sync a run would also pay for writing back the previous step's files:
        its barriers sync the whole file system, and the kernel's flusher competes for
        the CPUs, which costs a --jobs 2 run on two cores more than a --jobs 1 run that
        leaves a core free.
        """
        os.sync()
        deadline = time.monotonic() + self.max_wait
        cost = self.probe()
        while cost > SLOW_CREATE_US and time.monotonic() < deadline:
            print(f"  creating a file costs {cost:.0f} µs of CPU here (normal: about 20); "
                  f"waiting for the file system to settle", flush=True)
            time.sleep(min(20.0, max(0.0, deadline - time.monotonic())))
            cost = self.probe()
        return cost


def bench_make_bag(payloads: list[dict[str, bytes]], scratch: Path) -> tuple[float, float, int]:
    """bagit.make_bag over copies of every packed bag's payload: (seconds for make_bag alone,
    seconds for writing the payload files first, number of bags).

    make_bag bags a folder in place, so its payload must already be on disk; pack creates
    those files itself. Both figures are printed so the comparison can be made either way.
    """
    import bagit

    logging.getLogger("bagit").setLevel(logging.ERROR)
    folders = []
    start = time.perf_counter()
    for i, payload in enumerate(payloads):
        dest = scratch / f"{i:06d}"
        dest.mkdir(parents=True)
        for name, data in payload.items():
            (dest / name).write_bytes(data)
        folders.append(dest)
    copying = time.perf_counter() - start
    start = time.perf_counter()
    for folder in folders:
        bagit.make_bag(str(folder), checksums=["sha512"])
    return time.perf_counter() - start, copying, len(folders)


def start_up(runs: int = 15) -> tuple[float, float]:
    """Median wall time of ``archive --version`` and of ``python -c 'import click'``."""
    def median(cmd: list[str]) -> float:
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(cmd, check=True, capture_output=True)
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    return median(archive_cmd() + ["--version"]), median([sys.executable, "-c", "import click"])


def payloads_of(packed: Path) -> list[dict[str, bytes]]:
    """The payload files of every bag pack wrote, for make_bag to bag again."""
    bags = sorted(p for p in packed.iterdir() if p.is_dir() and not p.name.startswith("."))
    return [{f.name: f.read_bytes() for f in (bag / "data").iterdir()} for bag in bags]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--count", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3,
                        help="pack --jobs 1 and make_bag alternate this many times; the "
                        "ratio is the median of the rounds' ratios (a shared disk drifts)")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--tmp", type=Path, help="make the working folder here "
                        "(e.g. /dev/shm to take the disk out of the figures)")
    parser.add_argument("--settle", type=float, default=420.0, metavar="SECONDS",
                        help="longest wait, before each timed run, for file creation to "
                        "cost what it normally does (0: never wait)")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-pack-", dir=args.tmp))
    work.mkdir(parents=True, exist_ok=True)
    os.environ["ARCHIVE_CACHE_DIR"] = str(work / "cache")  # the resume index stays with us
    try:
        corpus = work / "corpus"
        if not corpus.is_dir():
            generate(corpus, args.count)
        n = args.count
        print(f"{n} generated articles, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")

        # a first run on a machine builds the gazetteer's cached tables (about a second);
        # the rounds measure the runs after it
        first = next(p for p in sorted(corpus.rglob("*")) if p.is_file())
        subprocess.run(archive_cmd() + ["pack", str(first), "-o", str(work / "warm"), "-q"],
                       check=True, capture_output=True)
        settler = Settler(work, args.settle)
        ones, twos, bag_costs, full_costs = [], [], [], []
        payloads: list[dict[str, bytes]] = []
        for r in range(max(1, args.rounds)):
            probes = [settler.settle()]
            one = run_pack(corpus, work / f"out1-{r}", 1)
            payloads = payloads or payloads_of(work / f"out1-{r}")
            probes.append(settler.settle())
            bag_seconds, copy_seconds, bags = bench_make_bag(payloads, work / f"bagit-{r}")
            probes.append(settler.settle())
            two = run_pack(corpus, work / f"out2-{r}", 2)
            ones.append(one)
            twos.append(two)
            bag_costs.append(bag_seconds / bags)
            full_costs.append((bag_seconds + copy_seconds) / bags)
            print(f"round {r + 1}: pack --jobs 1 {1000 * one['seconds'] / n:.2f} ms/record, "
                  f"make_bag {1000 * bag_seconds / bags:.2f} ms/bag "
                  f"({(one['seconds'] / n) / (bag_seconds / bags):.2f}x), pack --jobs 2 "
                  f"{1000 * two['seconds'] / n:.2f} ms/record "
                  f"(scaling {one['seconds'] / two['seconds']:.2f}x); file creation before "
                  f"each: {', '.join(f'{p:.0f}' for p in probes)} µs")
        again = run_pack(corpus, work / "out2-0", 2)
        version, click_import = start_up()

        settler.settle()
        memory = {jobs: run_pack(corpus, work / f"memory-{jobs}", jobs, sample_memory=True)
                  for jobs in (1, 2)}
        per_one = statistics.median(o["seconds"] for o in ones) / n
        per_two = statistics.median(t["seconds"] for t in twos) / n
        per_bag = statistics.median(bag_costs)
        per_full = statistics.median(full_costs)
        ratio = statistics.median((o["seconds"] / n) / b for o, b in zip(ones, bag_costs))
        scaling = statistics.median(o["seconds"] / t["seconds"] for o, t in zip(ones, twos))
        rate1, rate2 = 1 / per_one, 1 / per_two
        print(f"pack --jobs 1        {rate1:8.1f} records/s  ({1000 / rate1:.2f} ms/record, "
              f"median of {len(ones)})")
        print(f"pack --jobs 2        {rate2:8.1f} records/s  ({1000 / rate2:.2f} ms/record, "
              f"median of {len(twos)})")
        print(f"scaling jobs 2 / 1   {scaling:8.2f}x      median of the rounds' ratios "
              f"(target >= 1.7)")
        cores1 = statistics.median(o["cores"] for o in ones)
        cores2 = statistics.median(t["cores"] for t in twos)
        print(f"cores busy           jobs 1 {cores1:.2f}, jobs 2 {cores2:.2f} (user + system "
              f"CPU / wall; jobs 1 commits bags on a second thread while it extracts)")
        print(f"re-run, all unchanged{n / again['seconds']:8.1f} records/s  "
              f"({again['unchanged']} of {again['records']} unchanged)")
        print(f"bagit.make_bag       {1 / per_bag:8.1f} bags/s     "
              f"({per_bag * 1000:.2f} ms/bag, same payloads, sha512, median)")
        print(f"write payload+make_bag{1 / per_full:7.1f} bags/s     "
              f"({per_full * 1000:.2f} ms/bag: the payload files written first, then bagged)")
        print(f"pack / make_bag      {ratio:8.2f}x      per record, jobs 1, median of the "
              f"rounds' ratios (target <= 3)")
        print(f"pack / make_bag      {(1 / rate2) / per_bag:8.2f}x      wall per record, "
              f"jobs 2")
        print(f"pack / (payload+make_bag) {per_one / per_full:5.2f}x  per record, jobs 1")
        for label, result in (("jobs 1", memory[1]), ("jobs 2", memory[2])):
            print(f"peak memory {label}   main RSS {result['main_rss_mb']:.0f} MB, largest "
                  f"worker RSS {result['worker_rss_mb']:.0f} MB, whole tree PSS "
                  f"{result['tree_pss_mb']:.0f} MB (target < 250)")
        print(f"start-up             archive --version {version * 1000:.0f} ms, import click "
              f"{click_import * 1000:.0f} ms: {version / click_import:.2f}x (target <= 1.3)")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
