"""Packing on a Dask cluster: the same single-article pipeline, as Dask tasks over chunks of
inputs; the client keeps the order, the resume index, the catalog and the summary.

Design, and why:

- **Task unit.** A task is a run of consecutive inputs (``Unit``: its place in the input
  order, the input as the user gave it, and where a worker reads it), cut by count and by
  size (``CHUNK``, ``CHUNK_BYTES``) so tasks take about the same time whatever the input
  sizes. An input is an article file or one record of a web archive (``WarcMember``: the
  archive and the record's offset, listed by the client); a worker is sent the file's
  absolute path, or the record with its archive's absolute path, and reads that one record
  from the shared file system. It runs ``pack_stream`` over the task, exactly as a local
  worker process does: staging, payload verification, group commit and atomic rename, in
  the shared output folder.
- **Same result as ``--jobs``.** Workers get absolute paths (their working folder is not
  the client's) and the client's ``SOURCE_DATE_EPOCH``; the outcomes they return are put
  back in the client's terms (the paths as given) and reported in input order, so lines,
  summary, catalog and bags are those of a local run. Each task checks that the worker
  runs the client's code and data (``run_fingerprint``), since other bytes would follow.
- **Faults.** A worker that dies mid-task leaves only staging folders (the bags it put in
  place are whole); Dask runs the task again elsewhere, and the bags already in place are
  then found "unchanged". A task whose workers keep dying (``KilledWorker`` after Dask's
  ``distributed.scheduler.allowed-failures``) is re-run input by input, one at a time, so
  only the input that kills its worker is reported failed. Results are fetched as soon as
  any task finishes, so a worker's death rarely costs finished work. A lost scheduler
  stops the run with ``ClusterLost`` after reporting what was done; the next run sweeps the
  staging folders (``archive.pack.staging``), and every worker sweeps its own machine's.
- **Interruption.** Ctrl-C stops submitting, gives tasks already sent ``GRACE_SECONDS`` to
  finish, reports those in order and cancels the rest (as ``archive.pack.parallel`` does).
  An interrupt while a task's outcomes are being reported leaves the rest of that task's
  outcomes to be reported too: their bags are in place, so they belong in the summary, the
  catalog and the resume index. The workers of ``local:N`` ignore SIGINT: a terminal's
  Ctrl-C reaches its whole process group, and a worker killed by it mid-task would leave
  bags no summary counts (and print Dask's traceback).

``dask.distributed`` is imported only here, and only when a run asks for a cluster.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections import deque
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator

from archive.base.errors import ArchiveError
from archive.pack.inputs import Resolver, Source, content_key
from archive.pack.outcome import PackOutcome
from archive.pack.stream import pack_stream

if TYPE_CHECKING:
    from distributed import Client, Future

    from archive.read.warc import WarcMember

#: Inputs per task at most, and input bytes per task at most (whichever is reached first).
CHUNK = 128
CHUNK_BYTES = 4 << 20
#: Tasks in flight per worker thread: keeps workers busy while the client awaits the oldest.
WINDOW_PER_THREAD = 4
#: Seconds that running tasks get to finish after Ctrl-C before the rest are cancelled.
GRACE_SECONDS = 10.0
#: Seconds to reach the scheduler and to see a first worker before giving up.
CONNECT_SECONDS = 30.0


class ClusterLost(ArchiveError):
    """The scheduler (or the client's connection to it) went away during a run."""


class WorkerMismatch(ArchiveError):
    """A worker runs other code or data than the client: its bags would differ."""


@dataclass(frozen=True)
class Unit:
    """One input of a task: ``index`` in the input order, ``given`` as the user named it
    (a file, or a record of a web archive), ``location`` where a worker reads the file or
    the archive (an absolute path), ``size`` in bytes (of the file, or of the record's
    payload)."""

    index: int
    given: Source
    location: str
    size: int

    @property
    def given_path(self) -> Path:
        """The file, or the web archive, as the user named it."""
        return self.given if isinstance(self.given, Path) else self.given.warc

    def task_input(self) -> "str | WarcMember":
        """What a worker is sent: the file's absolute path, or the record with its archive's."""
        if isinstance(self.given, Path):
            return self.location
        return replace(self.given, warc=Path(self.location))


# --------------------------------------------------------------------------- the address

def parse_address(address: str) -> tuple[str, int]:
    """(scheduler address, 0) for ``tcp://host:port``, or ("local", N) for ``local:N``."""
    if address.startswith("local:"):
        count = address.partition(":")[2]
        if not count.isdigit() or int(count) < 1:
            raise ArchiveError(f"{address}: local:N needs a number of workers N of 1 or more")
        return "local", int(count)
    scheme, sep, rest = address.partition("://")
    if not sep or not rest or scheme not in ("tcp", "tls", "ucx", "ws", "wss"):
        raise ArchiveError(f"{address}: not a Dask scheduler address (tcp://HOST:PORT) "
                           "or local:N")
    return address, 0


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise ArchiveError("--cluster needs Dask: pip install 'archive[cluster]'") from None
    return distributed


@contextlib.contextmanager
def open_cluster(address: str, web: bool = False) -> Iterator["Client"]:
    """A Dask client for ``address``: a LocalCluster of N single-threaded worker processes
    for ``local:N`` (``archive.pack.local_cluster``; ``web``: warmed for web pages too),
    closed afterwards, else a connection to a running scheduler."""
    target, workers = parse_address(address)
    distributed = _import_distributed()
    quiet = logging.getLogger("distributed")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)  # Dask's own warnings (a worker lost) are ours to tell
    try:
        if target == "local":
            from archive.pack.local_cluster import local_client

            with local_client(distributed, workers, web) as client:
                yield client
            return
        try:
            client = distributed.Client(target, timeout=CONNECT_SECONDS)
            client.wait_for_workers(1, timeout=CONNECT_SECONDS)
        except (OSError, TimeoutError) as exc:
            raise ArchiveError(f"{address}: cannot reach the scheduler or no worker "
                               f"joined it: {exc}") from None
        try:
            yield client
        finally:
            with contextlib.suppress(Exception):
                client.close(timeout=5)
    finally:
        quiet.setLevel(level)


# --------------------------------------------------------------------------- worker side

def pack_units(items: "list[str | WarcMember]", out_dir: str, force: bool, epoch: str | None,
               fingerprint: str) -> list[PackOutcome]:
    """Worker task: pack consecutive inputs (files by absolute path, records of web
    archives) into ``out_dir``; never raises for a bad input.

    ``epoch`` is the client's SOURCE_DATE_EPOCH (workers are started elsewhere, with their
    own environment); set for the task, which is why workers run one thread each."""
    from archive.pack.resume import run_fingerprint

    if epoch is None:
        os.environ.pop("SOURCE_DATE_EPOCH", None)
    else:
        os.environ["SOURCE_DATE_EPOCH"] = epoch
    if run_fingerprint() != fingerprint:
        raise WorkerMismatch("a worker runs another version of archive or of its data "
                             "libraries than this client; install the same on every machine")
    sources: list[Source] = [Path(item) if isinstance(item, str) else item for item in items]
    return list(pack_stream(sources, Path(out_dir), force))


def sweep_here(out_dir: str) -> int:
    """Run on every worker: remove the staging folders of dead processes of its machine."""
    from archive.pack.staging import sweep_staging

    return len(sweep_staging(Path(out_dir)))


# --------------------------------------------------------------------------- client side

def _locate(path: Path) -> str:
    """The absolute path a worker opens; not normalised, so the given path is its tail."""
    return os.fspath(path if path.is_absolute() else Path.cwd() / path)


def _as_given(outcome: PackOutcome, unit: Unit, out_dir: Path, out_abs: str) -> PackOutcome:
    """A worker's outcome in the client's terms: the paths as the user gave them."""
    def local(text: str) -> str:
        text = text.replace(unit.location, os.fspath(unit.given_path))
        folder, given_folder = os.path.dirname(unit.location), os.fspath(unit.given_path.parent)
        text = text.replace(folder + os.sep, "" if given_folder == "." else given_folder + os.sep)
        return text.replace(out_abs + os.sep, os.fspath(out_dir) + os.sep)

    return replace(outcome, source=unit.given,
                   bag=None if outcome.bag is None else out_dir / outcome.bag.name,
                   error=None if outcome.error is None else local(outcome.error),
                   warnings=tuple(local(w) for w in outcome.warnings))


@dataclass
class _Task:
    units: list[Unit]
    keys: list[bytes | None]
    future: "Future | None"
    outcomes: list[PackOutcome] | None = None


class _Run:
    """One cluster run's client side: submits tasks, fetches results, reports in order."""

    def __init__(self, client: "Client", out_dir: Path, force: bool,
                 emit: Callable[[PackOutcome], None]) -> None:
        from archive.pack.resume import run_fingerprint

        self.distributed = _import_distributed()
        self.client, self.out_dir, self.force, self.emit = client, out_dir, force, emit
        self.out_abs = _locate(out_dir)
        self.epoch = os.environ.get("SOURCE_DATE_EPOCH")
        self.fingerprint = run_fingerprint()
        self.inflight: deque[_Task] = deque()
        self.keys_in_flight: dict[bytes, int] = {}
        threads = sum(client.nthreads().values()) or 1
        self.window = max(2, WINDOW_PER_THREAD * threads)

    def submit(self, units: list[Unit], keys: list[bytes | None]) -> None:
        for key in keys:
            if key is not None:
                self.keys_in_flight[key] = self.keys_in_flight.get(key, 0) + 1
        self.inflight.append(_Task(units, keys, self._send(units)))

    def _send(self, units: list[Unit]) -> "Future":
        return self.client.submit(pack_units, [u.task_input() for u in units], self.out_abs,
                                  self.force, self.epoch, self.fingerprint, pure=False)

    def known(self, unit: Unit, outcome: PackOutcome) -> None:
        """An input answered without packing it (the resume index), in its place."""
        self.inflight.append(_Task([unit], [], None, [outcome]))

    def settle_oldest(self) -> None:
        """Report the oldest task's outcomes once it is done. Each outcome leaves the task
        before it is reported, so when reporting one is interrupted (Ctrl-C) the rest are
        still reported by ``wind_down``, and none twice: their bags are in place."""
        task = self.inflight[0]
        while task.outcomes is None:
            self._collect()
        if task.keys:
            for key in task.keys:
                if key is not None:
                    left = self.keys_in_flight[key] - 1
                    if left:
                        self.keys_in_flight[key] = left
                    else:
                        del self.keys_in_flight[key]
            task.keys = []
        while task.outcomes:
            self.emit(task.outcomes.pop(0))
        self.inflight.popleft()

    def _collect(self) -> None:
        """Wait for any task to finish, then fetch every finished one's results."""
        waiting = [t for t in self.inflight if t.outcomes is None]
        try:
            self.distributed.wait([t.future for t in waiting], return_when="FIRST_COMPLETED")
        except Exception as exc:  # noqa: BLE001 - waiting fails only when the cluster does
            raise _lost(exc) from None
        for task in waiting:
            if task.future is not None and task.future.done():
                task.outcomes = self._fetch(task)

    def _fetch(self, task: _Task) -> list[PackOutcome]:
        from distributed.scheduler import KilledWorker

        future, task.future = task.future, None
        assert future is not None
        try:
            results: list[PackOutcome] = future.result()
        except KilledWorker:
            return self._one_by_one(task.units)
        except WorkerMismatch:
            raise
        except Exception as exc:  # noqa: BLE001 - the task's own failure, or the cluster's
            if future.status != "error":
                raise _lost(exc) from None
            reason = f"internal error: {type(exc).__name__}: {exc}"
            return [PackOutcome(source=u.given, status="failed", error=" ".join(reason.split()))
                    for u in task.units]
        finally:
            future.release()
        return [_as_given(o, u, self.out_dir, self.out_abs) for o, u in zip(results, task.units)]

    def _one_by_one(self, units: list[Unit]) -> list[PackOutcome]:
        """A task whose workers kept dying: each input alone, so only the culprit fails."""
        from distributed.scheduler import KilledWorker

        outcomes: list[PackOutcome] = []
        for unit in units:
            future = self._send([unit])
            try:
                (result,) = future.result()
                outcomes.append(_as_given(result, unit, self.out_dir, self.out_abs))
            except KilledWorker:
                outcomes.append(PackOutcome(
                    source=unit.given, status="failed",
                    error="internal error: the worker process died while packing this input "
                          "(every retry)"))
            except WorkerMismatch:
                raise
            except Exception as exc:  # noqa: BLE001 - a task error here means a lost cluster
                raise _lost(exc) from None
            finally:
                future.release()
        return outcomes

    def wind_down(self) -> None:
        """After Ctrl-C: a grace period for tasks sent, then report the finished in order."""
        waiting = [t.future for t in self.inflight if t.future is not None]
        with contextlib.suppress(Exception, KeyboardInterrupt):
            self.distributed.wait(waiting, timeout=GRACE_SECONDS)
        while self.inflight:
            task = self.inflight[0]
            if task.outcomes is None:
                if task.future is None or task.future.status != "finished":
                    break
                try:
                    task.outcomes = self._fetch(task)
                except Exception:  # noqa: BLE001 - stopping anyway
                    break
            self.settle_oldest()
        futures = [t.future for t in self.inflight if t.future is not None]
        with contextlib.suppress(Exception):
            self.client.cancel(futures)


def _lost(exc: BaseException) -> ClusterLost:
    reason = " ".join(str(exc).split())[:200]
    return ClusterLost(f"lost the connection to the scheduler ({type(exc).__name__}: {reason}); "
                       "run the same command again to resume")


def run_cluster(inputs: Iterator[Source], out_dir: Path, force: bool,
                emit: Callable[[PackOutcome], None], resolve: Resolver,
                client: "Client") -> None:
    """Pack ``inputs`` on the cluster behind ``client``, emitting outcomes in input order."""
    client.run(sweep_here, _locate(out_dir))
    run = _Run(client, out_dir, force, emit)
    batch: list[Unit] = []
    keys: list[bytes | None] = []
    size = 0
    try:
        for index, path in enumerate(inputs):
            key = content_key(path)
            unit = _unit(index, path)
            known = resolve(path, key)
            if known is not None or (key is not None and key in run.keys_in_flight):
                if batch:
                    run.submit(batch, keys)
                    batch, keys, size = [], [], 0
            if known is not None:  # already packed: report it in its place, pack nothing
                run.known(unit, known)
                while len(run.inflight) >= run.window:
                    run.settle_oldest()
                continue
            while key is not None and key in run.keys_in_flight:
                run.settle_oldest()  # the same bytes are being packed: let that land first
            batch.append(unit)
            keys.append(key)
            size += unit.size
            if len(batch) >= CHUNK or size >= CHUNK_BYTES:
                run.submit(batch, keys)
                batch, keys, size = [], [], 0
                while len(run.inflight) >= run.window:
                    run.settle_oldest()
        if batch:
            run.submit(batch, keys)
        while run.inflight:
            run.settle_oldest()
    except KeyboardInterrupt:
        run.wind_down()
        raise
    with contextlib.suppress(Exception):
        client.run(sweep_here, run.out_abs)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _unit(index: int, source: Source) -> Unit:
    if isinstance(source, Path):
        return Unit(index, source, _locate(source), _size(source))
    return Unit(index, source, _locate(source.warc), source.size)
