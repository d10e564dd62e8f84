"""Worker processes for bundling: when a run uses them, and how each one starts."""

from __future__ import annotations

import multiprocessing
import signal
from multiprocessing.pool import Pool

#: Below this many bags the run stays in one process: forking costs more than it saves.
PARALLEL_THRESHOLD = 16
#: Bags handed to a worker at a time.
CHUNK = 8


def _init_worker() -> None:
    """Leave Ctrl-C to the parent, which stops the run and cleans up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def worker_pool(jobs: int) -> Pool:
    return multiprocessing.get_context("fork").Pool(jobs, initializer=_init_worker)
