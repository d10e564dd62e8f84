"""Batch packing at archive scale: worker processes, input-order results, crash recovery.

Design, and why:

- **Streaming.** Paths are pulled from the input lazily and handed to workers in chunks of
  ``CHUNK`` consecutive inputs, with at most ``WINDOW_PER_JOB * jobs`` chunks in flight. The
  summary keeps counters (and failures) rather than every outcome, so memory stays flat
  whatever the size of the corpus.
- **Deterministic output.** Outcomes are reported in *input order*: chunks are awaited
  oldest first, and a chunk is a contiguous run of inputs. ``--jobs 1`` and ``--jobs 8``
  therefore print the same lines in the same order and write the same bags.
- **Same bytes twice.** Two inputs with identical bytes map to the same record id (the id
  is the headline and the bytes' hash). Packing them in two workers at once would race
  for one bag; so an input whose bytes are already in flight waits until the earlier one
  is reported, exactly as a serial run would order them.
- **Pipelining.** Inside each process the extracting thread also stages each bag, and a
  writer thread commits the staged bags in groups (``pack_stream``): a group's barrier is
  mostly disk waiting with the GIL released, so it hides behind the next records.
- **Atomicity and durability.** Every bag is built in ``OUT/.staging-<record-id>-<pid>``
  and the payload copy checked against the source hash; a group of bags then shares one
  barrier (``archive.bag.writer.BagGroup``: the file system synced once, the bags renamed into
  place, the folder synced), and only then are they reported. A killed worker leaves only
  staging folders; ``sweep_staging``
  removes folders whose process is gone (at start and at the end of every run) and puts
  back a previous bag that was moved aside for an update that never finished.
- **Fault isolation.** A failing input becomes a "failed" outcome inside the worker
  (``archive.pack.pack_one``). A worker that dies outright (segfault, OOM killer) breaks
  the pool: the inputs that were in flight are re-run one by one, each in a fresh process,
  so only the input that really kills its process is reported failed.
- **Interruption.** SIGINT and SIGTERM stop handing out work, let running chunks finish
  (a few hundred milliseconds), report them, terminate anything still running after a grace
  period, sweep staging, then raise ``KeyboardInterrupt`` with the partial summary attached.
  A run without workers likewise commits and reports the bags it has staged; either way
  every bag put in place is reported (bar, at most, the one whose line was being printed).
  Workers ignore SIGINT (the parent decides) and die with the parent on Linux
  (``PR_SET_PDEATHSIG``), so a SIGKILLed run leaves no orphan still writing.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import re
import shutil
import signal
import sys
import threading
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from archive.bag.writer import STAGING_PREFIX

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

    from archive.pack import PackOutcome, PackSummary, Prepared

#: Inputs per task. A worker waits for the durability barrier of a task's last group before
#: it takes the next task, so a task holds several groups (``GROUP_SIZE``) to keep that
#: wait small beside the work; small enough that Ctrl-C and the end of the run are prompt
#: (a task is ~0.3 s of work) and inter-process traffic is noise.
CHUNK = 128
#: Chunks in flight per worker: keeps workers busy while the parent awaits the oldest one.
WINDOW_PER_JOB = 4
#: Below this many inputs the run stays in-process: forking costs more than it saves.
PARALLEL_THRESHOLD = 32
#: Seconds that running chunks get to finish after Ctrl-C before they are terminated.
GRACE_SECONDS = 10.0

_STAGING = re.compile(rf"^{re.escape(STAGING_PREFIX)}(?P<name>.+)-(?P<pid>\d+)(?P<old>-old)?$")


# --------------------------------------------------------------------------- staging sweep

def pid_alive(pid: int) -> bool:
    """True when a process with this id exists (it may belong to another user)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def sweep_staging(out_dir: Path, *, include_own: bool = False) -> list[Path]:
    """Remove staging folders left by processes that no longer exist; return what was done.

    Folders of live processes are left alone, so two runs over one output folder do not
    delete each other's work. ``include_own`` also treats this process's folders as stale
    (only safe when this process is not writing a bag right now). A ``-old`` folder is a
    complete earlier bag moved aside by an update that was killed before its replacement
    was renamed in: it is put back when the target is missing, else deleted.
    """
    done: list[Path] = []
    try:
        entries = list(os.scandir(out_dir))
    except OSError:
        return done
    me = os.getpid()
    for entry in entries:
        match = _STAGING.match(entry.name)
        if match is None or not entry.is_dir(follow_symlinks=False):
            continue
        pid = int(match["pid"])
        if pid == me:
            if not include_own:
                continue
        elif pid_alive(pid):
            continue
        path = Path(entry.path)
        target = Path(out_dir) / match["name"]
        try:
            if match["old"] and not target.exists() and (path / "bagit.txt").is_file():
                os.replace(path, target)
            else:
                shutil.rmtree(path)
        except OSError:
            shutil.rmtree(path, ignore_errors=True)
        done.append(path)
    return done


# --------------------------------------------------------------------------- workers

def _init_worker(warm_in_child: bool) -> None:
    """Per worker: leave SIGINT to the parent, die with the parent, warm lazy data once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()
    if warm_in_child:
        warm_up()


def _die_with_parent() -> None:
    """Linux: ask the kernel to SIGKILL this worker when the parent dies (no orphans)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() == 1:  # the parent died before prctl took effect
        os._exit(1)


def warm_up() -> None:
    """Load the extractor's lazy data (gazetteers, name lists) before the first real input.

    Done once in the parent before forking, so workers share those pages instead of each
    spending a second and a hundred megabytes on its own copy.
    """
    from archive.pack import analyse
    from archive.read import parse_article

    sample = ("Workshop on border security held in Dushanbe\n\n"
              "DUSHANBE, 3 June 2013 - The OSCE Office in Tajikistan organized a two-day "
              "workshop for 25 officers on 3 and 4 June 2013, funded by the Government of "
              "Japan.\n").encode("utf-8")
    try:
        analyse(parse_article(Path("warm-up.txt"), sample))
    except Exception:  # noqa: BLE001 - warming is an optimisation, never a failure
        pass


#: Bags that share one durability barrier (a group commit, see ``archive.bag.writer.BagGroup``).
GROUP_SIZE = 32
#: Seconds at most that a bag waits for its group to fill before the group is committed.
GROUP_SECONDS = 0.5
#: Records extracted ahead of the oldest one not yet reported: room for one group being
#: committed while the next one fills (bounds the pipeline's memory).
WRITE_AHEAD = 2 * GROUP_SIZE + 4


class _Slot:
    """One input's place in the output order; its future holds the outcome once known."""

    __slots__ = ("future", "committing")

    def __init__(self, outcome: "PackOutcome | None" = None) -> None:
        self.future: Future["PackOutcome"] = Future()
        self.committing = outcome is not None  # its group's commit has been asked for
        if outcome is not None:
            self.future.set_result(outcome)


def pack_stream(paths: Iterable[Path], out_dir: Path, force: bool = False,
                lookup: Callable[[Path], "PackOutcome | None"] | None = None,
                ) -> Iterator["PackOutcome"]:
    """Pack inputs one after another, overlapping each group's durability barrier with
    the next records.

    The calling thread reads, extracts and stages bags, strictly in input order; a writer
    thread commits them in groups (one barrier for up to ``GROUP_SIZE`` bags, or for what
    ``GROUP_SECONDS`` brought): a handful of system calls per group that mostly wait on
    the disk with the GIL released. Staging stays on the calling thread because a thread
    that makes a system call per file has to win the GIL back after each one, and those
    hand-overs cost more than the calls. An outcome is reported, in input order, only once
    its bag is durable and in place; never raises for a bad input. On KeyboardInterrupt
    (raised in the stream, or thrown into it with ``throw``) no further input is read: the
    bags already staged are committed and their outcomes yielded, then the interrupt is
    raised again; a second one drops what is still queued. ``lookup`` may answer for an
    input without packing it (the resume index).
    """
    import time
    from concurrent.futures import ThreadPoolExecutor

    from archive.pack import RecordWriter, StagedRecords, failed, prepare_article

    records = RecordWriter(force)
    sealed: deque[tuple[StagedRecords, Future[None], set[Path]]] = deque()  # to the writer

    def commit(batch: StagedRecords, slots: list[tuple[_Slot, Path]]) -> None:
        try:
            outcomes = batch.commit()
        except Exception as exc:  # noqa: BLE001 - fault isolation
            batch.discard()
            outcomes = [failed(source, exc) for _slot, source in slots]
        for (slot, _source), outcome in zip(slots, outcomes):
            slot.future.set_result(outcome)

    writer = ThreadPoolExecutor(1, thread_name_prefix="archive-writer")
    group: list[tuple[_Slot, Path]] = []  # slots staged since the last seal
    targets: set[Path] = set()  # the targets of ``group``
    opened = 0.0

    def close_group() -> None:
        nonlocal targets
        if group:
            batch = records.seal()
            sealed.append((batch, writer.submit(commit, batch, list(group)), targets))
            for slot, _source in group:
                slot.committing = True
            group.clear()
            targets = set()
        while sealed and sealed[0][1].done():
            sealed.popleft()

    def in_flight(target: Path) -> bool:
        """True while a bag for ``target`` is staged and not yet committed."""
        return target in targets or any(target in staged and not done.done()
                                        for _batch, done, staged in sealed)

    def settle_writes() -> None:
        """Wait until every sealed group is committed (its targets are then on disk)."""
        close_group()
        for _batch, done, _staged in sealed:
            done.result()
        sealed.clear()

    def stage(prepared: "Prepared", slot: _Slot) -> None:
        try:
            outcome = records.add(prepared)
        except Exception as exc:  # noqa: BLE001 - fault isolation
            outcome = failed(prepared.source, exc)
        if outcome is None:
            group.append((slot, prepared.source))
            targets.add(prepared.target)
        else:
            slot.committing = True
            slot.future.set_result(outcome)

    pending: deque[_Slot] = deque()
    try:
        for path in paths:
            known = lookup(path) if lookup is not None else None
            if known is not None:
                pending.append(_Slot(known))
            else:
                try:
                    prepared = prepare_article(path, out_dir)
                except Exception as exc:  # noqa: BLE001 - fault isolation
                    pending.append(_Slot(failed(path, exc)))
                else:
                    if in_flight(prepared.target):  # the same record again: let the first land
                        settle_writes()
                    if not group:
                        opened = time.monotonic()
                    slot = _Slot()
                    pending.append(slot)
                    stage(prepared, slot)
                    if len(group) >= GROUP_SIZE or (
                            group and time.monotonic() - opened >= GROUP_SECONDS):
                        close_group()
            while pending and (pending[0].future.done() or len(pending) > WRITE_AHEAD):
                if not pending[0].committing:
                    close_group()
                yield pending.popleft().future.result()
        close_group()
        while pending:
            yield pending.popleft().future.result()
    except KeyboardInterrupt:
        # Stop taking inputs, but finish what is staged: commit it, report it, then stop.
        # A second interrupt while the commits run gives up on them (see below).
        close_group()
        for _batch, done, _staged in list(sealed):
            done.result()
        while pending and pending[0].future.done():
            yield pending.popleft().future.result()
        raise
    finally:
        _finish_writes(writer)
        for batch, _done, _staged in sealed:
            batch.discard()  # commits that never ran (a committed batch has nothing left)
        records.discard()


def _finish_writes(writer: "ThreadPoolExecutor") -> None:
    """Let the bag being written complete (queued ones are dropped), even through a second
    Ctrl-C: a bag half-written by a thread that outlives the run would race the sweep."""
    interrupted = False
    for _attempt in range(3):
        try:
            writer.shutdown(wait=True, cancel_futures=True)
            break
        except KeyboardInterrupt:
            interrupted = True
    if interrupted:
        raise KeyboardInterrupt


def _writers_alive() -> bool:
    return any(t.name.startswith("archive-writer") and t.is_alive()
               for t in threading.enumerate())


def _pack_chunk(items: list[tuple[int, Path]], out_dir: Path,
                force: bool) -> list[tuple[int, "PackOutcome"]]:
    """Worker task: pack consecutive inputs; never raises for a bad input."""
    indexes = [index for index, _path in items]
    outcomes = pack_stream([path for _index, path in items], out_dir, force)
    return list(zip(indexes, outcomes))


def _pool_context() -> multiprocessing.context.BaseContext:
    """fork where available: workers inherit the warmed extractor instead of rebuilding it."""
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


# --------------------------------------------------------------------------- the run

@dataclass
class _Chunk:
    items: list[tuple[int, Path]]
    keys: list[bytes | None]
    future: Future[list[tuple[int, "PackOutcome"]]]


def content_key(path: Path) -> bytes | None:
    """SHA-256 of the file's bytes (None when unreadable: the worker will say why)."""
    import hashlib

    try:
        with open(path, "rb") as fh:
            return hashlib.file_digest(fh, "sha256").digest()
    except OSError:
        return None


def iter_inputs(paths: Iterable[Path]) -> Iterator[Path]:
    from archive.read.paths import unique_paths
    from archive.read import iter_article_paths

    return unique_paths(iter_article_paths(paths))


def default_jobs() -> int:
    """CPUs this process may run on (affinity and cgroup limits honoured where visible)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


class _Signals:
    """Turn SIGTERM into KeyboardInterrupt for the duration of a run (main thread only)."""

    def __init__(self) -> None:
        self.received: int | None = None
        self._previous: object = None

    def __enter__(self) -> "_Signals":
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGTERM, self._handle)
        return self

    def _handle(self, signum: int, _frame: object) -> None:
        self.received = signum
        raise KeyboardInterrupt

    def __exit__(self, *exc: object) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGTERM, self._previous)  # type: ignore[arg-type]


def run_batch(
    paths: Iterable[Path], out_dir: Path, summary: "PackSummary",
    on_outcome: Callable[["PackOutcome"], None] | None = None,
    *, jobs: int = 1, force: bool = False, on_total: Callable[[int], None] | None = None,
) -> None:
    """Pack every input into ``out_dir``, adding outcomes to ``summary`` in input order.

    Raises KeyboardInterrupt (with ``.summary`` and ``.signal`` set) after a clean stop.
    """
    out_dir = Path(out_dir)
    paths = list(paths)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # say it once, not once per input
        from archive.base.errors import ArchiveError

        raise ArchiveError(
            f"{out_dir}: cannot create the output folder: {exc.strerror or exc}") from None
    sweep_staging(out_dir)
    if on_total is not None:
        on_total(sum(1 for _ in iter_inputs(paths)))

    from archive.resume import ResumeIndex

    index = ResumeIndex(out_dir)
    keys: dict[str, str] = {}  # inputs in flight -> their resume key

    def resolve(path: Path, content: bytes | None) -> "PackOutcome | None":
        """A known, intact bag for this input (skipping extraction), else None."""
        if content is None:
            return None
        try:
            key = index.key(path, content)
            known = None if force else index.lookup(path, key)
        except Exception:  # noqa: BLE001 - the index is a cache: never let it fail a run
            return None
        if known is None:
            keys[str(path)] = key
        return known

    def emit(outcome: "PackOutcome") -> None:
        key = keys.pop(str(outcome.source), None)
        if key is not None:
            index.remember(key, outcome)
        summary.add(outcome)
        if on_outcome is not None:
            on_outcome(outcome)

    stream = iter_inputs(paths)
    head: list[Path] = []
    for path in stream:
        head.append(path)
        if len(head) >= PARALLEL_THRESHOLD:
            break
    with _Signals() as signals:
        try:
            if jobs <= 1 or len(head) < PARALLEL_THRESHOLD:
                _run_serial(_chain(head, stream), out_dir, force, emit, resolve)
            else:
                _run_parallel(_chain(head, stream), out_dir, force, emit, jobs, resolve)
        except KeyboardInterrupt as exc:
            summary.interrupted = True
            exc.summary = summary  # type: ignore[attr-defined]
            exc.signal = signals.received or signal.SIGINT  # type: ignore[attr-defined]
            raise
        finally:
            index.close()
            sweep_staging(out_dir, include_own=not _writers_alive())


def _chain(head: list[Path], rest: Iterator[Path]) -> Iterator[Path]:
    yield from head
    yield from rest


Resolver = Callable[[Path, "bytes | None"], "PackOutcome | None"]


def _run_serial(inputs: Iterator[Path], out_dir: Path, force: bool,
                emit: Callable[["PackOutcome"], None], resolve: Resolver) -> None:
    stream = pack_stream(inputs, out_dir, force, lambda path: resolve(path, content_key(path)))
    try:
        for outcome in stream:
            emit(outcome)
    except KeyboardInterrupt:
        _drain(stream, emit)
        raise


def _drain(stream: Iterator["PackOutcome"], emit: Callable[["PackOutcome"], None]) -> None:
    """After an interrupt: report what the stream still finishes (it stops reading inputs).

    When the interrupt came from the stream itself it has already done so and ended;
    when it came while an outcome was being reported, it is thrown into the stream."""
    throw = getattr(stream, "throw", None)
    if throw is None:
        return
    try:
        outcome = throw(KeyboardInterrupt())
        while True:
            emit(outcome)
            outcome = next(stream)
    except (KeyboardInterrupt, StopIteration):
        pass


def _run_parallel(inputs: Iterator[Path], out_dir: Path, force: bool,
                  emit: Callable[["PackOutcome"], None], jobs: int,
                  resolve: Resolver) -> None:
    context = _pool_context()
    forked = context.get_start_method() == "fork"
    frozen = False

    def new_pool() -> ProcessPoolExecutor:
        nonlocal frozen
        if forked and not frozen:  # first input that needs packing: warm once, then fork
            warm_up()
            gc.freeze()  # keep the collector from touching (and un-sharing) warmed pages
            frozen = True
        return ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker,
                                   initargs=(not forked,))

    pool: ProcessPoolExecutor | None = None  # created on the first input to pack
    inflight: deque[_Chunk] = deque()
    keys_in_flight: dict[bytes, int] = {}
    window = max(2, WINDOW_PER_JOB * jobs)

    def submit(items: list[tuple[int, Path]], keys: list[bytes | None]) -> None:
        nonlocal pool
        if pool is None:
            pool = new_pool()
        for key in keys:
            if key is not None:
                keys_in_flight[key] = keys_in_flight.get(key, 0) + 1
        inflight.append(_Chunk(items, keys, pool.submit(_pack_chunk, items, out_dir, force)))

    def retire(chunk: _Chunk, outcomes: list["PackOutcome"]) -> None:
        for key in chunk.keys:
            if key is not None:
                left = keys_in_flight[key] - 1
                if left:
                    keys_in_flight[key] = left
                else:
                    del keys_in_flight[key]
        for outcome in outcomes:
            emit(outcome)

    def settle_oldest() -> None:
        nonlocal pool
        chunk = inflight[0]
        try:
            results = chunk.future.result()
        except BrokenProcessPool:
            assert pool is not None
            pool = _recover(pool, inflight, out_dir, force, retire, new_pool)
            return
        inflight.popleft()
        retire(chunk, [outcome for _index, outcome in results])

    clean = False
    try:
        batch: list[tuple[int, Path]] = []
        batch_keys: list[bytes | None] = []
        for index, path in enumerate(inputs):
            key = content_key(path)
            known = resolve(path, key)
            if known is not None:  # already packed: report it in its place, pack nothing
                if batch:
                    submit(batch, batch_keys)
                    batch, batch_keys = [], []
                done: Future[list[tuple[int, "PackOutcome"]]] = Future()
                done.set_result([(index, known)])
                inflight.append(_Chunk([(index, path)], [], done))
                while len(inflight) >= window:
                    settle_oldest()
                continue
            if key is not None and key in keys_in_flight:
                # the same bytes are being packed elsewhere: let that finish first
                if batch:
                    submit(batch, batch_keys)
                    batch, batch_keys = [], []
                while key in keys_in_flight:
                    settle_oldest()
            batch.append((index, path))
            batch_keys.append(key)
            if len(batch) >= CHUNK:
                submit(batch, batch_keys)
                batch, batch_keys = [], []
                while len(inflight) >= window:
                    settle_oldest()
        if batch:
            submit(batch, batch_keys)
        while inflight:
            settle_oldest()
        clean = True
    except KeyboardInterrupt:
        _wind_down(inflight, retire)
        raise
    finally:
        if pool is not None:
            _stop(pool, hard=not clean)
        if frozen:
            gc.unfreeze()


def _recover(pool: ProcessPoolExecutor, inflight: deque[_Chunk], out_dir: Path, force: bool,
             retire: Callable[[_Chunk, list["PackOutcome"]], None],
             new_pool: Callable[[], ProcessPoolExecutor]) -> ProcessPoolExecutor:
    """A worker died: keep finished chunks, re-run the others input by input in isolation."""
    from archive.pack import PackOutcome

    _stop(pool, hard=True)
    while inflight:
        chunk = inflight.popleft()
        future = chunk.future
        if future.done() and not future.cancelled() and future.exception() is None:
            retire(chunk, [outcome for _index, outcome in future.result()])
            continue
        outcomes: list["PackOutcome"] = []
        for index, path in chunk.items:
            solo = ProcessPoolExecutor(1, mp_context=_pool_context(), initializer=_init_worker,
                                       initargs=(_pool_context().get_start_method() != "fork",))
            try:
                outcomes.extend(o for _i, o in solo.submit(
                    _pack_chunk, [(index, path)], out_dir, force).result())
            except BrokenProcessPool:
                outcomes.append(PackOutcome(
                    source=path, status="failed",
                    error="internal error: the worker process died while packing this input"))
            finally:
                _stop(solo, hard=True)
        retire(chunk, outcomes)
    return new_pool()


def _wind_down(inflight: deque[_Chunk],
               retire: Callable[[_Chunk, list["PackOutcome"]], None]) -> None:
    """After Ctrl-C: cancel queued chunks, give running ones a grace period, report in order."""
    for chunk in inflight:
        chunk.future.cancel()
    running = [c.future for c in inflight if not c.future.cancelled()]
    try:
        wait(running, timeout=GRACE_SECONDS)
    except KeyboardInterrupt:  # a second Ctrl-C: stop waiting
        pass
    while inflight:
        future = inflight[0].future
        if not future.done() or future.cancelled() or future.exception() is not None:
            break
        chunk = inflight.popleft()
        retire(chunk, [outcome for _index, outcome in future.result()])


def _stop(pool: ProcessPoolExecutor, hard: bool) -> None:
    """Shut the pool down; ``hard``: cancel queued work and terminate live workers now."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    if hard:
        for process in processes:
            if process.is_alive():
                process.terminate()
    pool.shutdown(wait=True, cancel_futures=hard)
    for process in processes:
        process.join(timeout=5)
