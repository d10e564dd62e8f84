"""Catalog stage: the catalog of an output folder's records, ``<RECORDS>/catalog.sqlite``.

The pack run keeps it up to date as it writes bags, ``archive index`` rebuilds it from the
bags alone, and the harvest stage reads it. ``entry`` holds the catalogued record,
``describe`` reads a bag (or the bytes just written) into one, ``store`` keeps the SQLite
file up to date, ``query`` is the read side.
"""

from archive.catalog.describe import describe_bag, find_bags, is_bag, read_entry, tag_digest
from archive.catalog.entry import Deleted, Entry, now_stamp, utc_stamp
from archive.catalog.query import Catalog
from archive.catalog.store import CATALOG_NAME, IndexReport, catalog_path, rebuild_catalog, update_catalog

__all__ = ["CATALOG_NAME", "Catalog", "Deleted", "Entry", "IndexReport", "catalog_path", "describe_bag", "find_bags",
           "is_bag", "now_stamp", "read_entry", "rebuild_catalog", "tag_digest", "update_catalog", "utc_stamp"]
