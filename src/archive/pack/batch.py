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
  (``archive.pack.article.pack_one``). A worker that dies outright (segfault, OOM killer) breaks
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

import os
import signal
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from archive.base.errors import ArchiveError
from archive.catalog import Entry, update_catalog
from archive.catalog.store import can_write
from archive.pack.cluster import ClusterLost, parse_address
from archive.pack.inputs import Resolver, Source, content_key, iter_inputs
from archive.pack.outcome import PackOutcome, PackSummary
from archive.pack.parallel import run_parallel
from archive.pack.resume import ResumeIndex
from archive.pack.staging import sweep_staging
from archive.pack.stream import pack_stream, writers_alive

if TYPE_CHECKING:
    from archive.read.warc import UrlFilter

#: Below this many inputs the run stays in-process: forking costs more than it saves.
PARALLEL_THRESHOLD = 32


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
    url_filter: "UrlFilter | None" = None, cluster: str | None = None,
) -> None:
    """Pack every input into ``out_dir``, adding outcomes to ``summary`` in input order.

    Web archives among the inputs are packed response by response; what they hold besides
    article responses (and what ``url_filter`` leaves out) is counted in ``summary.skipped``.
    ``cluster`` (a Dask scheduler address or ``local:N``) runs the work there instead of in
    local processes (``archive.pack.cluster``).

    Raises KeyboardInterrupt (with ``.summary`` and ``.signal`` set) after a clean stop, and
    ``ClusterLost`` (with ``.summary``) when the cluster goes away.
    """
    out_dir = Path(out_dir)
    paths = list(paths)
    if cluster is not None:
        parse_address(cluster)  # a bad address is a usage error, before any work
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # say it once, not once per input
        raise ArchiveError(
            f"{out_dir}: cannot create the output folder: {exc.strerror or exc}") from None
    if not can_write(out_dir):  # a read-only mount or an immutable folder: say it once
        raise ArchiveError(f"{out_dir}: cannot write into the records folder (read-only)")
    sweep_staging(out_dir)
    if on_total is not None:
        on_total(sum(1 for _ in iter_inputs(paths, url_filter=url_filter)))

    index = ResumeIndex(out_dir)
    keys: dict[str, str] = {}  # inputs in flight -> their resume key

    def resolve(path: Source, content: bytes | None) -> "PackOutcome | None":
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

    stream = iter_inputs(paths, summary.skipped, url_filter)
    head: list[Source] = []
    for path in stream:
        head.append(path)
        if len(head) >= PARALLEL_THRESHOLD:
            break
    with _Signals() as signals:
        try:
            if cluster is not None:
                _run_on_cluster(cluster, _chain(head, stream), out_dir, force, emit, resolve,
                                web=any(_is_web(p) for p in head))
            elif jobs <= 1 or len(head) < PARALLEL_THRESHOLD:
                run_serial(_chain(head, stream), out_dir, force, emit, resolve)
            else:
                run_parallel(_chain(head, stream), out_dir, force, emit, jobs, resolve)
        except KeyboardInterrupt as exc:
            summary.interrupted = True
            exc.summary = summary  # type: ignore[attr-defined]
            exc.signal = signals.received or signal.SIGINT  # type: ignore[attr-defined]
            raise
        except ClusterLost as exc:
            summary.interrupted = True
            exc.summary = summary  # type: ignore[attr-defined]
            raise
        finally:
            index.close()
            sweep_staging(out_dir, include_own=not writers_alive())


def _run_on_cluster(address: str, inputs: Iterator[Source], out_dir: Path, force: bool,
                    emit: Callable[["PackOutcome"], None], resolve: Resolver,
                    web: bool = False) -> None:
    from archive.pack.cluster import open_cluster, run_cluster

    with open_cluster(address, web) as client:
        run_cluster(inputs, out_dir, force, emit, resolve, client)


def _is_web(source: Source) -> bool:
    """A web page or a record of a web archive: the workers warm the web readers too."""
    return not isinstance(source, Path) or source.suffix.lower() in (".html", ".htm")


def _chain(head: list[Source], rest: Iterator[Source]) -> Iterator[Source]:
    yield from head
    yield from rest


def run_serial(inputs: Iterator[Source], out_dir: Path, force: bool,
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


#: Bags recorded in the catalog per transaction during a run.
CATALOG_BATCH = 500


def pack_paths(
    paths: Iterable[Path], out_dir: Path,
    on_outcome: Callable[[PackOutcome], None] | None = None,
    *, jobs: int = 1, force: bool = False, keep_records: bool = True,
    on_total: Callable[[int], None] | None = None, catalog: bool = True,
    url_filter: "UrlFilter | None" = None, cluster: str | None = None,
) -> PackSummary:
    """Pack every article found under ``paths``; a bad input is recorded and skipped.

    ``jobs`` > 1 packs in worker processes (see ``archive.pack.parallel``), ``cluster`` on a
    Dask cluster (see ``archive.pack.cluster``); outcomes still reach ``on_outcome`` in input
    order, so output is the same whatever the engine. Stale staging
    folders left by killed runs are cleared first. Inputs whose bag is known to be intact
    (``archive.pack.resume``) are reported "unchanged" without extraction unless ``force``.
    ``KeyboardInterrupt`` propagates after workers are stopped and staging is cleaned, with
    ``summary.interrupted`` set on the summary attached to the exception as ``exc.summary``.
    With ``catalog`` every bag written or found intact is recorded in ``out_dir/catalog.sqlite``
    (see ``archive.catalog``).
    """
    summary = PackSummary(keep_records=keep_records)
    if not catalog:
        run_batch(paths, out_dir, summary, on_outcome, jobs=jobs, force=force,
                  on_total=on_total, url_filter=url_filter, cluster=cluster)
        return summary
    pending: list[Path] = []
    described: dict[str, Entry] = {}  # bags this run wrote, described from their bytes

    def catalogue() -> None:
        update_catalog(out_dir, pending, described=described)
        pending.clear()
        described.clear()

    def record(outcome: PackOutcome) -> None:
        if outcome.bag is not None and outcome.status != "failed":
            pending.append(outcome.bag)
            if outcome.written is not None:
                described[outcome.bag.name] = outcome.written.entry
            if len(pending) >= CATALOG_BATCH:  # keep memory flat on long runs
                catalogue()
        if on_outcome is not None:
            on_outcome(outcome)

    try:
        run_batch(paths, out_dir, summary, record, jobs=jobs, force=force, on_total=on_total,
                  url_filter=url_filter, cluster=cluster)
    finally:
        if pending:  # also after an interruption: what was packed is catalogued
            catalogue()
    return summary
