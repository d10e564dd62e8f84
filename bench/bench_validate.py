"""Benchmark: `archive validate` over N records beside its peers, in one run.

Peers: `xmllint --schema oai_dc.xsd` over every dc.xml (one process for all files) plus a
plain jsonschema run (`jsonschema.validate()` per document, the way most scripts call it)
over every event.jsonld. `archive validate` does more than both together (BagIt fixity of
every file, the DC and Event profiles, JSON-LD expansion against the schema.org
vocabulary), so the comparison is conservative.

    python bench/bench_validate.py [--records 1000]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "corpus" / "articles"


def make_records(out: Path, count: int) -> list[Path]:
    """Pack `count` variants of the corpus articles (a distinct last line each)."""
    from archive.pack import pack_article

    sources = sorted(p for p in CORPUS.iterdir() if p.suffix == ".txt")
    inbox = out / "inbox"
    inbox.mkdir()
    bags = []
    for i in range(count):
        template = sources[i % len(sources)]
        path = inbox / f"{template.stem}-{i:05d}.txt"
        path.write_bytes(template.read_bytes() + f"\nReference {i}.\n".encode())
        bags.append(pack_article(path, out / "records").bag)
    return [b for b in bags if b is not None]


def time_archive(records: Path) -> tuple[float, int]:
    from archive.validate.targets import validate_paths

    start = time.perf_counter()
    reports = list(validate_paths([records]))
    elapsed = time.perf_counter() - start
    assert all(r.is_valid() for r in reports), [r.findings for r in reports if not r.is_valid()]
    return elapsed, len(reports)


def time_peers(bags: list[Path], work: Path) -> tuple[float | None, float]:
    xsd_dir = work / "xsd"
    shutil.copytree(ROOT / "schemas", xsd_dir)
    oai = xsd_dir / "oai_dc.xsd"
    oai.write_text(oai.read_text(encoding="utf-8").replace(
        "http://dublincore.org/schemas/xmls/simpledc20021212.xsd", "simpledc20021212.xsd"),
        encoding="utf-8")
    xmllint_time = None
    if shutil.which("xmllint"):
        files = [str(b / "data" / "dc.xml") for b in bags]
        start = time.perf_counter()
        done = subprocess.run(["xmllint", "--nonet", "--noout", "--schema", str(oai), *files],
                              capture_output=True, text=True)
        xmllint_time = time.perf_counter() - start
        assert done.returncode == 0, done.stderr[-2000:]
    import jsonschema

    schema = json.loads((ROOT / "schemas" / "event.schema.json").read_text(encoding="utf-8"))
    start = time.perf_counter()
    for bag in bags:
        doc = json.loads((bag / "data" / "event.jsonld").read_text(encoding="utf-8"))
        jsonschema.validate(doc, schema)
    jsonschema_time = time.perf_counter() - start
    return xmllint_time, jsonschema_time


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1000)
    args = parser.parse_args()
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1700000000")
    with tempfile.TemporaryDirectory(prefix="bench-validate-") as tmp:
        work = Path(tmp)
        start = time.perf_counter()
        bags = make_records(work, args.records)
        print(f"packed {len(bags)} records in {time.perf_counter() - start:.1f} s")
        ours, checked = time_archive(work / "records")
        xmllint_time, jsonschema_time = time_peers(bags, work)
    print(f"archive validate : {checked / ours:8.1f} records/s  ({ours:.2f} s for {checked})")
    if xmllint_time is None:
        print("xmllint          : not installed (Debian package libxml2-utils); peer skipped")
        peers = jsonschema_time
    else:
        print(f"xmllint --schema : {checked / xmllint_time:8.1f} records/s  ({xmllint_time:.2f} s)")
        peers = xmllint_time + jsonschema_time
    print(f"jsonschema       : {checked / jsonschema_time:8.1f} records/s  "
          f"({jsonschema_time:.2f} s, jsonschema.validate per document)")
    print(f"peers together   : {checked / peers:8.1f} records/s  ({peers:.2f} s)")
    print(f"ratio archive/peers (time): {ours / peers:.2f}  (<= 1.00 meets the target)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
