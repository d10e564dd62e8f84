"""Packing on a Dask cluster (issue 16): the same bags, lines and summary as ``--jobs``, resume
across engines, and the faults: a worker killed mid-task, an input that kills every worker
that takes it, a lost scheduler.

The workers are other processes, so the test's monkeypatching cannot reach them: the failure
triggers are installed in each worker by a Dask worker plugin (``Saboteur``), and the
scheduler of the lost-scheduler test runs as a process of its own.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import bagit
import cloudpickle
import dask
import pytest
from distributed import Client, LocalCluster
from distributed.diagnostics.plugin import WorkerPlugin

import archive.pack.cluster
from archive.pack import pack_paths
from test_warc import crawl, offsets

from conftest import FIXED_EPOCH, ROOT, bags_in

cloudpickle.register_pickle_by_value(sys.modules[__name__])  # workers cannot import tests/


def _load_gen():
    spec = importlib.util.spec_from_file_location("gen_corpus", ROOT / "bench" / "gen_corpus.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


gen_corpus = _load_gen()


class Saboteur(WorkerPlugin):
    """In every worker (restarted ones too): an input named ``*CRASH*`` kills the worker
    process each time it is packed, one named ``*ONCE*`` only the first time (a marker
    file beside it remembers), as a segfault or the OOM killer would."""

    name = "saboteur"

    def setup(self, worker) -> None:
        import archive.pack.article

        real = archive.pack.article.analyse
        if getattr(real, "sabotaged", False):
            return

        def analyse(article):
            if "CRASH" in article.name:
                os.kill(os.getpid(), signal.SIGKILL)
            if "ONCE" in article.name:
                marker = Path(f"{article.path}.killed")
                if not marker.exists():
                    marker.touch()
                    os.kill(os.getpid(), signal.SIGKILL)
            return real(article)

        analyse.sabotaged = True  # type: ignore[attr-defined]
        archive.pack.article.analyse = analyse


@pytest.fixture(scope="module")
def scheduler():
    """A LocalCluster of 2 single-threaded worker processes, shared by this module's tests
    (a task whose workers die twice is given up: Dask's default waits for four deaths)."""
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.CRITICAL)
        client = Client(cluster)
        client.register_plugin(Saboteur())
        try:
            yield cluster.scheduler_address
        finally:
            client.close()
            cluster.close()


@pytest.fixture(autouse=True)
def _small_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tasks of 6 inputs, so a few dozen articles make several tasks per worker."""
    monkeypatch.setattr(archive.pack.cluster, "CHUNK", 6)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", FIXED_EPOCH)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    gen_corpus.generate(folder, 40, seed=16)
    return folder


def tree(root: Path) -> dict[str, str]:
    """Digest of every file of every bag (the catalog beside them records times, not bytes)."""
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and p.name != "catalog.sqlite"}


def run(paths, out: Path, **kw):
    lines: list[str] = []
    summary = pack_paths(paths, out, on_outcome=lambda o: lines.append(
        f"{o.status} {o.record_id} {o.source} {o.error} {o.warnings}"), **kw)
    return summary, lines


def no_staging(out: Path) -> bool:
    return not [p for p in out.iterdir() if p.name.startswith(".")]


def test_local_cluster_gives_the_bags_lines_and_summary_of_jobs(
        corpus: Path, tmp_path: Path, invoke, monkeypatch: pytest.MonkeyPatch) -> None:
    """``--cluster local:2`` from the command line against ``--jobs 2``, with paths given
    relative to the working folder (workers get absolute ones and the lines must not)."""
    monkeypatch.chdir(tmp_path)
    jobs = invoke("pack", "in", "-o", "by-jobs", "--jobs", "2")
    dask_run = invoke("pack", "in", "-o", "by-dask", "--cluster", "local:2")
    assert jobs.exit_code == dask_run.exit_code == 0, dask_run.output
    assert jobs.stdout.replace("by-jobs/", "by-dask/") == dask_run.stdout
    assert jobs.stdout.count("\n") == 40 and " <- in/000/" in jobs.stdout
    summary = [line.rpartition(" in ")[0] for line in (jobs.stderr, dask_run.stderr)]
    assert summary[0] == summary[1] and "40 packed" in summary[0]
    assert tree(tmp_path / "by-jobs") == tree(tmp_path / "by-dask")
    bags = bags_in(tmp_path / "by-dask")
    assert len(bags) == 40 and no_staging(tmp_path / "by-dask")
    for bag in bags[::7]:  # the reference BagIt implementation agrees
        bagit.Bag(str(bag)).validate()


def web_inputs(folder: Path, saved_page: bool = True) -> None:
    """A gzipped crawl of 39 article responses (and the records a crawl holds besides),
    an uncompressed one whose last record is cut short, and (``saved_page``) a page saved
    as a file with the same bytes as one of the crawl's (its content key is in flight
    twice)."""
    folder.mkdir()
    data = crawl(gzip=True, pages=36)
    (folder / "crawl.warc.gz").write_bytes(data)
    small = crawl(gzip=False, pages=1)
    last = offsets(small)[-1][0]
    (folder / "cut.warc").write_bytes(small[:last + 300])
    if saved_page:
        (folder / "saved-series-3.html").write_bytes(
            next(r for r in _payloads(data) if b"Course number 3 " in r))


def _payloads(data: bytes) -> list[bytes]:
    import io

    from warcio.archiveiterator import ArchiveIterator

    return [r.content_stream().read() for r in ArchiveIterator(io.BytesIO(data))
            if r.rec_type == "response"]


def test_web_archive_records_on_the_cluster_match_jobs(
        scheduler: str, tmp_path: Path, invoke, monkeypatch: pytest.MonkeyPatch) -> None:
    """Records of web archives are cluster tasks: the bags, lines and summary of --jobs 2,
    with the archives named relative to the working folder; tasks cut by size (a few
    records each) as well as by count."""
    monkeypatch.setattr(archive.pack.cluster, "CHUNK_BYTES", 1000)  # two or three pages
    sent: list[int] = []
    submit = archive.pack.cluster._Run.submit

    def spy(self, units, keys) -> None:
        sent.append(len(units))
        submit(self, units, keys)

    monkeypatch.setattr(archive.pack.cluster._Run, "submit", spy)
    monkeypatch.chdir(tmp_path)
    web_inputs(tmp_path / "web")
    jobs = invoke("pack", "web", "-o", "by-jobs", "--jobs", "2")
    dask_run = invoke("pack", "web", "-o", "by-dask", "--cluster", scheduler)
    assert jobs.exit_code == dask_run.exit_code == 1, dask_run.output  # the cut record
    assert jobs.stdout.replace("by-jobs/", "by-dask/") == dask_run.stdout
    assert jobs.stdout.count("packed ") == 39 and " <- web/crawl.warc.gz@" in jobs.stdout
    assert "<- web/saved-series-3.html (same bytes as web/crawl.warc.gz@" in dask_run.stdout
    assert "39 packed, 1 updated, 0 unchanged" in dask_run.stderr
    assert "1 failed, 1 duplicate" in dask_run.stderr
    assert jobs.stderr.replace("by-jobs", "by-dask").rpartition(" in ")[0] == \
        dask_run.stderr.rpartition(" in ")[0]
    assert "error: web/cut.warc@" in dask_run.stderr
    assert "records of web archives" not in dask_run.output
    pages = sorted(len(page) for page in _payloads((tmp_path / "web" / "crawl.warc.gz").read_bytes())
                   if b"Course number" in page)  # 36 of the 39 articles
    assert 1000 / pages[-1] > 2 and 1000 / pages[0] < 3  # so a task takes 2 or 3, not CHUNK's 6
    # the first task holds the short pages, the last the failed record (nothing to read)
    assert sum(sent) == 41 and max(sent) <= 4 and sent.count(3) >= 10
    assert tree(tmp_path / "by-jobs") == tree(tmp_path / "by-dask")
    bags = bags_in(tmp_path / "by-dask")
    assert len(bags) == 39 and no_staging(tmp_path / "by-dask")
    for bag in bags[::9]:
        assert bagit.Bag(str(bag)).info["WARC-Filename"] == "crawl.warc.gz"
        bagit.Bag(str(bag)).validate()


def test_web_archive_records_packed_locally_resume_on_the_cluster(
        scheduler: str, tmp_path: Path) -> None:
    # without the saved page: it and its record rewrite one bag in turn, whatever the engine
    web_inputs(tmp_path / "web", saved_page=False)
    out = tmp_path / "out"
    local, local_lines = run([tmp_path / "web"], out, jobs=2)
    before = tree(out)
    on_cluster, lines = run([tmp_path / "web"], out, cluster=scheduler)
    assert local.count("packed") == 39 and on_cluster.count("packed") == 0
    assert on_cluster.count("unchanged") == 39 and on_cluster.failed == local.failed == 1
    assert [line.split(" ", 1)[1] for line in lines] == [
        line.split(" ", 1)[1] for line in local_lines]
    assert tree(out) == before and no_staging(out)


def test_the_catalog_lists_what_the_cluster_packed(scheduler: str, corpus: Path,
                                                    tmp_path: Path) -> None:
    import sqlite3

    summary, _ = run([corpus], tmp_path / "out", cluster=scheduler)
    with sqlite3.connect(tmp_path / "out" / "catalog.sqlite") as db:
        tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        assert "records" in tables, tables
        catalogued = {row[0] for row in db.execute("SELECT record_id FROM records")}
    assert catalogued == {bag.name for bag in bags_in(tmp_path / "out")}
    assert summary.count("packed") == len(catalogued) == 40


def test_resume_across_engines(scheduler: str, corpus: Path, tmp_path: Path) -> None:
    """Half packed locally, the rest on the cluster, then everything again locally."""
    out = tmp_path / "out"
    files = sorted(p for p in corpus.rglob("*") if p.is_file())
    run(files[:20], out, jobs=2)
    stale = out / ".staging-left-by-a-dead-run-0123456789ab-999999999"
    (stale / "data").mkdir(parents=True)
    on_cluster, _ = run([corpus], out, cluster=scheduler)
    assert (on_cluster.count("unchanged"), on_cluster.count("packed")) == (20, 20)
    assert no_staging(out)  # the cluster run swept what the dead run left
    again, _ = run([corpus], out, jobs=2)
    assert again.count("unchanged") == 40
    fresh, _ = run([corpus], tmp_path / "fresh", jobs=1)
    assert tree(out) == tree(tmp_path / "fresh")


def test_a_worker_killed_mid_task_loses_no_input_and_leaves_no_partial_bag(
        scheduler: str, corpus: Path, tmp_path: Path) -> None:
    once = corpus / "000" / "000013-ONCE.txt"
    once.write_text("Border officers trained in Termez\n\nTERMEZ, 4 May 2022 - Forty border "
                    "officers finished a week of training on document checks.\n")
    reference, reference_lines = run([corpus], tmp_path / "ref", jobs=2)
    assert reference.failed == 0 and not Path(f"{once}.killed").exists()  # no saboteur here
    summary, lines = run([corpus], tmp_path / "out", cluster=scheduler)
    assert Path(f"{once}.killed").exists()  # the worker did die
    assert summary.failed == 0
    # a bag the dead worker had already put in place comes back "unchanged" on the retry
    assert summary.count("packed") + summary.count("unchanged") == 41
    assert [line.split(" ", 1)[1] for line in lines] == [
        line.split(" ", 1)[1] for line in reference_lines]
    assert tree(tmp_path / "out") == tree(tmp_path / "ref")
    assert no_staging(tmp_path / "out")


def test_an_input_that_kills_every_worker_fails_alone(scheduler: str, corpus: Path,
                                                      tmp_path: Path) -> None:
    crash = corpus / "000" / "000007-CRASH.txt"
    crash.write_text("A headline\n\nSome text.\n")
    summary, _ = run([corpus], tmp_path / "out", cluster=scheduler)
    assert [str(o.source) for o in summary.failures] == [str(crash)]
    assert "worker process died" in (summary.failures[0].error or "")
    assert summary.count("packed") + summary.count("unchanged") == 40
    assert len(bags_in(tmp_path / "out")) == 40 and no_staging(tmp_path / "out")


def test_ctrl_c_on_the_cluster_stops_cleanly(scheduler: str, corpus: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A KeyboardInterrupt while the first outcome is reported (as Ctrl-C in the progress
    bar would be): the run stops with its summary, what it reported are whole bags that
    verify, no bag is partial, and the next run finishes the rest and leaves no staging."""
    monkeypatch.setattr(archive.pack.cluster, "WINDOW_PER_THREAD", 1)  # tasks left unsent
    out = tmp_path / "out"
    reported: list = []

    def interrupt(outcome) -> None:
        reported.append(outcome)
        if len(reported) == 1:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt) as stopped:
        pack_paths([corpus], out, on_outcome=interrupt, cluster=scheduler)
    summary = stopped.value.summary  # type: ignore[attr-defined]
    assert summary.interrupted and summary.total == len(reported) < 40
    assert [o.status for o in reported] == ["packed"] * len(reported)
    for outcome in reported:
        bagit.Bag(str(outcome.bag)).validate()
    # the tasks sent finish in the grace period: every bag they put in place is reported
    # (those after the interrupted line too) and catalogued; the tasks not sent never ran
    assert {bag.name for bag in bags_in(out)} == {o.record_id for o in reported}
    with sqlite3.connect(out / "catalog.sqlite") as db:
        catalogued = {row[0] for row in db.execute("SELECT record_id FROM records")}
    assert catalogued == {o.record_id for o in reported}
    again, _ = run([corpus], out, cluster=scheduler)
    assert again.failed == 0 and again.count("unchanged") == len(reported)  # the resume index
    assert again.count("packed") == 40 - len(reported)
    assert len(bags_in(out)) == 40 and no_staging(out)
    fresh, _ = run([corpus], tmp_path / "fresh", jobs=1)
    assert tree(out) == tree(tmp_path / "fresh")


def test_ctrl_c_in_a_terminal_reaches_local_workers_too(tmp_path: Path) -> None:
    """A real Ctrl-C on ``--cluster local:2``: the terminal sends SIGINT to the whole process
    group, the local workers included. They leave it to the client, which winds down: no
    worker traceback, whole bags only, and the next run finishes with nothing left over.
    (A signal lands anywhere in the client, so the counts are not compared to the bags.)"""
    corpus = tmp_path / "in"
    gen_corpus.generate(corpus, 120, seed=18)
    env = dict(os.environ, SOURCE_DATE_EPOCH=FIXED_EPOCH, ARCHIVE_CACHE_DIR=str(tmp_path / "cache"),
               PYTHONPATH=str(ROOT / "src"))
    out = tmp_path / "out"
    pack = subprocess.Popen(
        [sys.executable, "-m", "archive", "pack", str(corpus), "-o", str(out), "--cluster",
         "local:2"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True)
    try:
        assert pack.stdout is not None
        assert pack.stdout.readline().startswith("packed ")
        os.killpg(pack.pid, signal.SIGINT)
        stdout, stderr = pack.communicate(timeout=60)
    finally:
        pack.kill()
    assert pack.returncode == 130, stderr
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr, stderr[-2000:]
    assert stderr.splitlines()[-1].startswith("interrupted: ")
    for bag in bags_in(out):
        bagit.Bag(str(bag)).validate(fast=True)
    rerun = subprocess.run([sys.executable, "-m", "archive", "pack", str(corpus), "-o", str(out)],
                           env=env, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stdout.count("packed ") + rerun.stdout.count("unchanged ") == 120
    assert len(bags_in(out)) == 120 and no_staging(out)


def test_a_bad_address_is_a_usage_error(corpus: Path, tmp_path: Path, invoke) -> None:
    result = invoke("pack", str(corpus), "-o", str(tmp_path / "out"), "--cluster", "local:0")
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: local:0: local:N needs a number of workers N of 1 or more"
    result = invoke("pack", str(corpus), "-o", str(tmp_path / "out"), "--cluster", "host:8786")
    assert result.exit_code == 2 and "not a Dask scheduler address" in result.stderr
    assert not (tmp_path / "out").exists() or not bags_in(tmp_path / "out")


#: A worker preload (Dask may load it more than once) that makes each article take 10 ms.
SLOW_WORKER = '''
import time

import archive.pack.article


def _slowed(real):
    def analyse(article):
        time.sleep(0.01)
        return real(article)

    analyse.slowed = True
    return analyse


if not hasattr(archive.pack.article.analyse, "slowed"):
    archive.pack.article.analyse = _slowed(archive.pack.article.analyse)
'''


def test_a_lost_scheduler_stops_the_run_and_the_next_run_sweeps(tmp_path: Path) -> None:
    """Scheduler and worker as processes of their own; the scheduler is killed once the
    first lines are out. The run stops with exit code 2, no bag is partial, and a run
    without the cluster finishes the work and leaves no staging folder."""
    corpus = tmp_path / "in"
    gen_corpus.generate(corpus, 300, seed=17)  # tasks of 128 inputs, a second or two each
    (tmp_path / "slow_worker.py").write_text(SLOW_WORKER)
    env = dict(os.environ, SOURCE_DATE_EPOCH=FIXED_EPOCH, ARCHIVE_CACHE_DIR=str(tmp_path / "cache"),
               PYTHONPATH=str(ROOT / "src"))
    bindir = Path(sys.executable).parent
    file = tmp_path / "scheduler.json"
    dask_scheduler = subprocess.Popen(
        [str(bindir / "dask"), "scheduler", "--host", "127.0.0.1", "--port", "0",
         "--no-dashboard", "--scheduler-file", str(file)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    worker = None
    try:
        for _ in range(200):
            if file.exists() and file.stat().st_size:
                break
            time.sleep(0.05)
        import json

        address = json.loads(file.read_text())["address"]
        worker = subprocess.Popen(
            [str(bindir / "dask"), "worker", address, "--nthreads", "1", "--no-dashboard",
             "--no-nanny", "--preload", str(tmp_path / "slow_worker.py")],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        out = tmp_path / "out"
        pack = subprocess.Popen(
            [sys.executable, "-m", "archive", "pack", str(corpus), "-o", str(out), "--cluster",
             address], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert pack.stdout is not None
        assert pack.stdout.readline().startswith("packed ")
        dask_scheduler.kill()
        stdout, stderr = pack.communicate(timeout=60)
        assert pack.returncode == 2, stderr
        assert "lost the connection to the scheduler" in stderr
        assert stderr.splitlines()[-2].startswith("interrupted: ")
    finally:
        dask_scheduler.kill()
        if worker is not None:
            worker.kill()  # the machine goes down with its scheduler: its folders are stale
            worker.wait()
    assert all((bag / "tagmanifest-sha512.txt").is_file() for bag in bags_in(out))
    rerun = subprocess.run([sys.executable, "-m", "archive", "pack", str(corpus), "-o", str(out)],
                           env=env, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert len(bags_in(out)) == 300 and no_staging(out)


def test_the_sweep_tells_machines_apart(tmp_path: Path) -> None:
    """Staging folders carry their writer's machine: another machine's pids mean nothing
    here, so its folders are left alone until they are an hour old."""
    from archive.bag.writer import BagGroup, host_tag
    from archive.pack.staging import FOREIGN_STALE_SECONDS, sweep_staging

    out = tmp_path / "out"
    group = BagGroup()
    group.stage(out / "a-record-0123456789ab", {"bagit.txt": b"x", "data/a.txt": b"a"},
                ("a.txt", tmp_path / "a.txt", hashlib.sha256(b"a").hexdigest()))
    (staged,) = [p.name for p in out.iterdir()]
    assert staged == f".staging-a-record-0123456789ab-{os.getpid()}@{host_tag()}"
    group.discard()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    here_dead = out / f".staging-r1-0123456789ab-{dead}@{host_tag()}"
    here_live = out / f".staging-r2-0123456789ab-{os.getppid()}@{host_tag()}"
    there_new = out / f".staging-r3-0123456789ab-{dead}@another_machine"
    there_old = out / f".staging-r4-0123456789ab-{dead}@another_machine-old"
    for folder in (here_dead, here_live, there_new, there_old):
        folder.mkdir()
    hours_ago = time.time() - FOREIGN_STALE_SECONDS - 60
    os.utime(there_old, (hours_ago, hours_ago))
    swept = sweep_staging(out)
    assert sorted(p.name for p in swept) == sorted([here_dead.name, there_old.name])
    assert here_live.exists() and there_new.exists()


def _worker_state() -> dict:
    """In a worker: is the pipeline loaded and frozen before any task, are the monitors off."""
    import gc

    import dask as worker_dask

    return {"warm": "archive.pack.article" in sys.modules, "frozen": gc.get_freeze_count() > 0,
            "web": "warcio.archiveiterator" in sys.modules,
            "profile": worker_dask.config.get("distributed.worker.profile.enabled")}


def test_local_workers_fork_warm_and_without_monitors() -> None:
    """``local:N`` workers are forked from a forkserver that loaded and warmed the pipeline
    (as ``--jobs`` forks from its warmed parent), workers Dask restarts too; they run no
    profiler and no memory limit; the forkserver ends with the cluster."""
    from multiprocessing import forkserver

    from archive.pack.cluster import open_cluster

    with open_cluster("local:2") as client:
        for state in client.run(_worker_state).values():
            assert state == {"warm": True, "frozen": True, "web": False, "profile": False}
        assert {w["memory_limit"] for w in client.scheduler_info()["workers"].values()} == {0}
        client.restart()
        for state in client.run(_worker_state).values():
            assert state["warm"] and state["frozen"] and not state["profile"]
    assert forkserver._forkserver._forkserver_pid is None  # type: ignore[attr-defined]
    with open_cluster("local:1", web=True) as client:  # web inputs: the web readers too
        (state,) = client.run(_worker_state).values()
        assert state["warm"] and state["web"]
