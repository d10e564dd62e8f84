"""``--cluster local:N``: a LocalCluster of N single-threaded worker processes, started to cost
about what the local pool's workers cost.

Why each setting (measured with ``bench/bench_cluster.py``):

- **Workers fork from a warm forkserver.** Dask spawns each worker as a fresh interpreter,
  which then imports Dask and the pipeline and loads the extractor's data in its first task:
  about two CPU-seconds per worker, paid again by every worker Dask restarts. Here the
  workers are forked from a forkserver that imports the pipeline and warms it once
  (``archive.pack.preload``, then ``gc.freeze``), as ``--jobs`` forks from its warmed parent:
  a worker starts warm and shares those pages. A forkserver, not a plain fork of the client,
  because the client runs threads (Dask's event loop) that a fork would copy mid-flight.
- **No per-worker monitors a local run has no use for.** Dask's statistical profiler
  samples the task thread every 10 ms, and the memory monitors (with spilling, pausing and
  killing a worker past a memory limit) poll every 100 ms; on two shared cores those
  wake-ups take the GIL and the CPU from the packing. ``--jobs`` has none of them either.

A scheduler given by address keeps the configuration of its own workers.
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING, Any, Iterator

if TYPE_CHECKING:
    from distributed import Client

#: Dask settings for the workers of ``local:N`` (see the module's docstring).
LOCAL_CONFIG: dict[str, Any] = {
    "distributed.worker.multiprocessing-method": "forkserver",
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.gil.enabled": False,
}


def preload_module(web: bool) -> str:
    """The module the forkserver imports to warm the pipeline (web page readers with ``web``)."""
    return "archive.pack.preload_web" if web else "archive.pack.preload"


@contextlib.contextmanager
def local_client(distributed: Any, workers: int, web: bool = False) -> Iterator["Client"]:
    """A client of a new LocalCluster of ``workers`` warm worker processes; closed after."""
    import dask

    with dask.config.set(LOCAL_CONFIG):  # for the workers Dask restarts too, so held
        _warm_forkserver(web)
        cluster = distributed.LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, memory_limit=0,
            dashboard_address=None, silence_logs=logging.CRITICAL)
        try:
            client = distributed.Client(cluster)
            try:
                client.register_plugin(_leave_ctrl_c_to_the_client(distributed),
                                       name="archive-ctrl-c")
                yield client
            finally:
                with contextlib.suppress(Exception):
                    client.close(timeout=5)
        finally:
            with contextlib.suppress(Exception):
                cluster.close(timeout=10)
            _stop_forkserver()


def _warm_forkserver(web: bool) -> None:
    """Have the forkserver (started with the first worker) import and warm the pipeline.

    Dask sets the forkserver's preload list once per process (itself and its dependencies);
    ours replaces it, with Dask first. Without effect once a forkserver runs (its workers
    then warm in their first task, as spawned ones do)."""
    from distributed.utils import get_mp_context

    context = get_mp_context()
    if hasattr(context, "set_forkserver_preload"):
        context.set_forkserver_preload(["distributed", preload_module(web)])


def _stop_forkserver() -> None:
    """End the forkserver with its cluster and wait for it: its workers' CPU is then counted
    in this process's children, and the next cluster warms for its own inputs (web or not)."""
    with contextlib.suppress(Exception):
        from multiprocessing import forkserver

        forkserver._forkserver._stop()  # type: ignore[attr-defined]


def _leave_ctrl_c_to_the_client(distributed: Any) -> Any:
    """A worker plugin for ``local:N``: the workers share the terminal's process group, so
    Ctrl-C reaches them too; they ignore it (the client winds the run down, then closes
    them) instead of dying mid-task with a traceback. Restarted workers get it again. (The
    forkserver ignores SIGINT of itself.)"""

    class LeaveCtrlCToTheClient(distributed.WorkerPlugin):
        def setup(self, worker: Any) -> None:
            import signal
            import threading

            if threading.current_thread() is threading.main_thread():
                signal.signal(signal.SIGINT, signal.SIG_IGN)

    return LeaveCtrlCToTheClient()
