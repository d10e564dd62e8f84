"""The forkserver's warm-up (``archive.pack.preload``) with the web page readers too, for a run
whose first inputs are web pages or web archives."""

import gc

from archive.pack.parallel import warm_up

warm_up(web=True)
gc.freeze()
