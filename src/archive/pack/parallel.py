"""Packing in worker processes: chunks of consecutive inputs, results in input order, a dead
worker's inputs re-run one by one, a clean stop on Ctrl-C (see ``archive.pack.batch``)."""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import sys
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from archive.pack.inputs import Resolver, Source, content_key
from archive.pack.outcome import PackOutcome
from archive.pack.stream import pack_stream

#: Inputs per task. A worker waits for the durability barrier of a task's last group before
#: it takes the next task, so a task holds several groups (``GROUP_SIZE``) to keep that
#: wait small beside the work; small enough that Ctrl-C and the end of the run are prompt
#: (a task is ~0.3 s of work) and inter-process traffic is noise.
CHUNK = 128
#: Chunks in flight per worker: keeps workers busy while the parent awaits the oldest one.
WINDOW_PER_JOB = 4
#: Seconds that running chunks get to finish after Ctrl-C before they are terminated.
GRACE_SECONDS = 10.0


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


def warm_up(web: bool = False) -> None:
    """Load the extractor's lazy data (gazetteers, name lists) before the first real input,
    and with ``web`` the web page readers too (trafilatura, htmldate, extruct, warcio).

    Done once in the parent before forking, so workers share those pages instead of each
    spending a second and a hundred megabytes on its own copy.
    """
    from archive.pack.article import analyse
    from archive.read import parse_article

    sample = ("Workshop on border security held in Dushanbe\n\n"
              "DUSHANBE, 3 June 2013 - The OSCE Office in Tajikistan organized a two-day "
              "workshop for 25 officers on 3 and 4 June 2013, funded by the Government of "
              "Japan.\n").encode("utf-8")
    try:
        analyse(parse_article(Path("warm-up.txt"), sample))
        if web:
            import warcio.archiveiterator  # noqa: F401 - loaded for the workers to share

            page = b"<html><body><h1>Warm-up</h1><p>" + sample + b"</p></body></html>"
            analyse(parse_article(Path("warm-up.html"), page))
    except Exception:  # noqa: BLE001 - warming is an optimisation, never a failure
        pass


def _pack_chunk(items: list[tuple[int, Source]], out_dir: Path,
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


@dataclass
class _Chunk:
    items: list[tuple[int, Source]]
    keys: list[bytes | None]
    future: Future[list[tuple[int, "PackOutcome"]]]


def run_parallel(inputs: Iterator[Source], out_dir: Path, force: bool,
                  emit: Callable[["PackOutcome"], None], jobs: int,
                  resolve: Resolver) -> None:
    context = _pool_context()
    forked = context.get_start_method() == "fork"
    frozen = False

    def new_pool(web: bool = False) -> ProcessPoolExecutor:
        nonlocal frozen
        if forked and not frozen:  # first input that needs packing: warm once, then fork
            warm_up(web)
            gc.freeze()  # keep the collector from touching (and un-sharing) warmed pages
            frozen = True
        return ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker,
                                   initargs=(not forked,))

    pool: ProcessPoolExecutor | None = None  # created on the first input to pack
    inflight: deque[_Chunk] = deque()
    keys_in_flight: dict[bytes, int] = {}
    window = max(2, WINDOW_PER_JOB * jobs)

    def submit(items: list[tuple[int, Source]], keys: list[bytes | None]) -> None:
        nonlocal pool
        if pool is None:
            pool = new_pool(any(not isinstance(p, Path) or p.suffix.lower() in (".html", ".htm")
                                for _index, p in items))
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
        batch: list[tuple[int, Source]] = []
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
