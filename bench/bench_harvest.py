"""Benchmark: catalog, export and OAI-PMH harvesting over N synthetic records (default 10,000).

Bags are written with the project's own writers (as tests/test_catalog.py does), then timed:
``rebuild_catalog``, a first and a repeat ``export_site``, and a full ListRecords harvest over
HTTP from the waitress server on loopback (pages/s and records/s). Prints one JSON object.

    python bench/bench_harvest.py            # 10,000 records, page size 100
    python bench/bench_harvest.py -n 2000 --page-size 50 --keep /tmp/bench
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

OAI = "{http://www.openarchives.org/OAI/2.0/}"


def harvest(url: str, prefix: str) -> tuple[int, int, float]:
    """(pages, records, seconds) of a full ListRecords harvest over HTTP."""
    query = f"verb=ListRecords&metadataPrefix={prefix}"
    pages = records = 0
    start = time.perf_counter()
    while True:
        with urllib.request.urlopen(f"{url}/oai?{query}", timeout=60) as resp:
            root = ElementTree.fromstring(resp.read())
        pages += 1
        records += len(root.findall(f"{OAI}ListRecords/{OAI}record"))
        token = root.find(f"{OAI}ListRecords/{OAI}resumptionToken")
        if token is None or not token.text:
            break
        query = f"verb=ListRecords&resumptionToken={token.text}"
    return pages, records, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--records", type=int, default=10_000)
    parser.add_argument("--page-size", type=int, default=100)
    parser.add_argument("--keep", type=Path, help="work folder to keep (default: temporary)")
    args = parser.parse_args()

    from archive.catalog import rebuild_catalog
    from archive.harvest.export import export_site
    from archive.harvest.serve import prepare
    from test_catalog import write_record_bag

    os.environ.setdefault("SOURCE_DATE_EPOCH", "1700000000")
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-harvest-"))
    records, site = work / "records", work / "site"
    result: dict[str, object] = {"records": args.records, "page_size": args.page_size}
    try:
        start = time.perf_counter()
        existing = len(list(records.glob("*/bagit.txt"))) if records.is_dir() else 0
        for i in range(existing, args.records):
            write_record_bag(records, i, event=i % 7 != 3)
        result["bags_write_s"] = round(time.perf_counter() - start, 2)
        start = time.perf_counter()
        rebuild_catalog(records)
        result["index_s"] = round(time.perf_counter() - start, 2)
        start = time.perf_counter()
        first = export_site(records, site, "https://archive.example.org")
        result["export_s"] = round(time.perf_counter() - start, 2)
        start = time.perf_counter()
        again = export_site(records, site, "https://archive.example.org")
        result["reexport_s"] = round(time.perf_counter() - start, 2)
        result["reexport_unchanged"] = again.written == 0
        result["export_files"] = first.written + first.unchanged
        prepared = prepare(records, port=0, site=work / "served", page_size=args.page_size)
        thread = threading.Thread(target=prepared.run, daemon=True)
        thread.start()
        try:
            for prefix in ("oai_dc", "qdc"):
                pages, count, seconds = harvest(prepared.url, prefix)
                result[f"listrecords_{prefix}"] = {
                    "pages": pages, "records": count, "seconds": round(seconds, 2),
                    "pages_per_s": round(pages / seconds, 1),
                    "records_per_s": round(count / seconds)}
        finally:
            prepared.close()
            thread.join(timeout=5)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
