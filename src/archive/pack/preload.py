"""Imported by the forkserver of ``--cluster local:N`` (``archive.pack.local_cluster``): warms
the pipeline once, so every worker forked from it starts warm and shares the pages."""

import gc

from archive.pack.parallel import warm_up

warm_up()
gc.freeze()  # keep the workers' collector from touching (and un-sharing) the warmed pages
