"""Damaged bags and read-only folders, for the tests of what the tool says about them."""

from __future__ import annotations

import os
import shutil
import subprocess
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

from _harvest_helpers import write_record_bag


def damage(records: Path) -> dict[str, str]:
    """Damage copies of a good bag in as many ways as we know; name -> what was done."""
    source = write_record_bag(records, 99)
    done: dict[str, str] = {}

    def copy(name: str, what: str) -> Path:
        target = records / name
        shutil.copytree(source, target)
        done[name] = what
        return target

    os.remove(copy("no-bagit-txt", "bagit.txt deleted") / "bagit.txt")
    os.remove(copy("no-manifest", "payload manifest deleted") / "manifest-sha512.txt")
    os.remove(copy("no-tag-manifest", "tag manifest deleted") / "tagmanifest-sha512.txt")
    bag = copy("truncated-payload", "the original article truncated")
    original = next(p for p in (bag / "data").iterdir() if p.suffix == ".txt")
    original.write_bytes(original.read_bytes()[:10])
    (copy("extra-file", "a file no manifest lists") / "data" / "notes.txt").write_text("x\n")
    bag = copy("renamed-data", "data/ renamed")
    (bag / "data").rename(bag / "payload")
    (copy("empty-dc", "zero-byte dc.xml") / "data" / "dc.xml").write_bytes(b"")
    bag = copy("edited-bag-info", "bag-info.txt edited")
    info = bag / "bag-info.txt"
    info.write_text(info.read_text().replace("Bagging-Date", "Bagging-Date: 1999-01-01\nX-Old"))
    bag = copy("manifest-missing-file", "manifest line for a file that is not there")
    with open(bag / "manifest-sha512.txt", "a") as fh:
        fh.write("0" * 128 + "  data/gone.txt\n")
    copy(".staging-0123abcd", "an unfinished bag left by an interrupted pack")
    (records / "empty-folder").mkdir()
    done["empty-folder"] = "an empty folder"
    shutil.rmtree(source)
    return done


@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Make ``folder`` and everything in it unwritable, for root too (immutable flag)."""
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-R", "+i", str(folder)], check=True)
        undo = ["chattr", "-R", "-i", str(folder)]
    else:
        subprocess.run(["chmod", "-R", "a-w", str(folder)], check=True)
        undo = ["chmod", "-R", "u+w", str(folder)]
    try:
        probe = folder / "probe"
        with pytest.raises(OSError):
            probe.write_text("x")
        yield
    finally:
        subprocess.run(undo, check=True)
