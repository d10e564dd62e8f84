"""The same inputs and options give byte-identical records, run after run and whatever the
number of workers (real extraction, every corpus article and every handled bad input)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from conftest import DATA, bags_in


def _digests(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for bag in bags_in(root) for p in sorted(bag.rglob("*")) if p.is_file()}


def test_two_runs_and_two_job_counts_give_the_same_bytes(invoke, tmp_path: Path,
                                                        monkeypatch) -> None:
    from archive.pack import parallel

    monkeypatch.setattr(parallel, "CHUNK", 4)  # both workers, many tasks each
    inputs = tmp_path / "in"
    shutil.copytree(DATA / "corpus" / "articles", inputs / "corpus")
    shutil.copytree(DATA / "bad", inputs / "bad")
    first, second = tmp_path / "a", tmp_path / "b"
    one = invoke("pack", inputs, "-o", first, "-q", "--jobs", "1")
    two = invoke("pack", inputs, "-o", second, "-q", "--jobs", "2")
    assert one.exit_code == two.exit_code == 1  # the rejected bad inputs
    assert one.stdout.replace(str(first), "OUT") == two.stdout.replace(str(second), "OUT")
    digests = _digests(first)
    assert len(bags_in(first)) >= 29 + 9
    assert digests == _digests(second)
