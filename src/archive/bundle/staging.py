"""Staging names in a bundle destination (``.staging-<name>-<pid>``), putting a staged bundle
in place, and the sweep that removes what a process that is gone left behind."""

from __future__ import annotations

import filecmp
import os
import re
import shutil
from pathlib import Path

STAGING_PREFIX = ".staging-"
_STAGING = re.compile(rf"^{re.escape(STAGING_PREFIX)}(?P<name>.+)-(?P<pid>\d+)(?P<old>-old)?$")


def remove(path: str | Path) -> None:
    """Remove a file or folder if it is there."""
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path, ignore_errors=True)
    else:
        try:
            os.unlink(path)
        except FileNotFoundError:
            pass


def put_in_place(staging: str, target: Path) -> str:
    """Rename a staged bundle to ``target``: "written", or "updated" when an older one was
    there (moved aside first, removed once the new one is in place)."""
    if not os.path.lexists(target):
        os.replace(staging, target)
        return "written"
    retired = target.parent / f"{STAGING_PREFIX}{target.name}-{os.getpid()}-old"
    remove(retired)
    os.replace(target, retired)
    os.replace(staging, target)
    remove(retired)
    return "updated"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def sweep_staging(dest: Path, *, include_own: bool = False) -> None:
    """Remove staging left by processes that are gone (and this one's, with ``include_own``);
    a ``-old`` bundle whose replacement never arrived is put back."""
    try:
        entries = list(os.scandir(dest))
    except OSError:
        return
    me = os.getpid()
    for entry in entries:
        match = _STAGING.match(entry.name)
        if match is None:
            continue
        pid = int(match["pid"])
        if (pid == me and not include_own) or (pid != me and _alive(pid)):
            continue
        target = Path(dest) / match["name"]
        if match["old"] and not os.path.lexists(target):
            os.replace(entry.path, target)
        else:
            remove(entry.path)


def same_bundle(a: Path, b: Path) -> bool:
    """True when two bundles (files or folders) hold the same bytes under the same names."""
    if a.is_dir() != b.is_dir() or not os.path.lexists(a):
        return False
    if not a.is_dir():
        return filecmp.cmp(a, b, shallow=False)
    compared = filecmp.dircmp(a, b)
    if compared.left_only or compared.right_only or compared.funny_files:
        return False
    _, mismatch, errors = filecmp.cmpfiles(a, b, compared.common_files, shallow=False)
    if mismatch or errors:
        return False
    return all(same_bundle(a / sub, b / sub) for sub in compared.common_dirs)
