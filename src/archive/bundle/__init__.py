"""Bundle stage: records repackaged for the repositories that ingest them.

From the bags alone (the prose is never read again): RO-Crates (``rocrate``), DSpace Simple
Archive Format (``saf``), Archivematica transfers (``archivematica``) and serialised bags
(``zip``, ``tar``). ``source`` reads and checks a bag, ``archives`` writes byte-reproducible
folders, zips and tars, one module per format builds the files, and ``runner`` stages,
commits and resumes the bundles as ``archive pack`` does bags.
"""

from archive.bundle.outcome import BundleOutcome, BundleSummary
from archive.bundle.product import FORMATS, BundleOptions
from archive.bundle.runner import bundle_records

__all__ = ["FORMATS", "BundleOptions", "BundleOutcome", "BundleSummary", "bundle_records"]
