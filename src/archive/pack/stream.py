"""Packing inputs one after another in one process, each group's durability barrier overlapped
with the next records (a writer thread commits while the calling thread extracts)."""

from __future__ import annotations

import threading
from collections import deque
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from archive.pack.article import Prepared, prepare_article
from archive.pack.inputs import Source
from archive.pack.outcome import PackOutcome, failed
from archive.pack.writer import RecordWriter, StagedRecords

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

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


def pack_stream(paths: Iterable[Source], out_dir: Path, force: bool = False,
                lookup: Callable[[Source], "PackOutcome | None"] | None = None,
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

    records = RecordWriter(force)
    sealed: deque[tuple[StagedRecords, Future[None], set[Path]]] = deque()  # to the writer

    def commit(batch: StagedRecords, slots: list[tuple[_Slot, Source]]) -> None:
        try:
            outcomes = batch.commit()
        except Exception as exc:  # noqa: BLE001 - fault isolation
            batch.discard()
            outcomes = [failed(source, exc) for _slot, source in slots]
        for (slot, _source), outcome in zip(slots, outcomes):
            slot.future.set_result(outcome)

    writer = ThreadPoolExecutor(1, thread_name_prefix="archive-writer")
    group: list[tuple[_Slot, Source]] = []  # slots staged since the last seal
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


def writers_alive() -> bool:
    return any(t.name.startswith("archive-writer") and t.is_alive()
               for t in threading.enumerate())
