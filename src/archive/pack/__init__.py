"""Pack stage: article files -> bags on disk, one or thousands at a time.

``article`` is the single-article pipeline (read, extract, curate, build the record, write its
bag); ``writer`` commits many bags to one durability barrier; ``stream`` pipelines that in one
process; ``parallel`` runs it in worker processes, ``cluster`` as Dask tasks on a cluster
(``local_cluster`` starts ``local:N``, whose forkserver ``preload`` warms);
``batch`` is the run over many inputs (``pack_paths``: resume index, catalog, interruption);
``resume`` is the index of inputs already packed; ``staging`` sweeps what killed runs left;
``outcome`` holds what a run reports.
"""

from archive.pack.article import pack_article, prepare_article
from archive.pack.batch import pack_paths, run_batch
from archive.pack.outcome import PackOutcome, PackSummary

__all__ = ["PackOutcome", "PackSummary", "pack_article", "pack_paths", "prepare_article", "run_batch"]
