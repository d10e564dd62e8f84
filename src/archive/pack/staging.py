"""Staging folders: bags being built (``OUT/.staging-<record-id>-<pid>``), and the sweep that
removes those of processes that are gone."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

from archive.bag.writer import STAGING_PREFIX

_STAGING = re.compile(rf"^{re.escape(STAGING_PREFIX)}(?P<name>.+)-(?P<pid>\d+)(?P<old>-old)?$")


# --------------------------------------------------------------------------- staging sweep

def pid_alive(pid: int) -> bool:
    """True when a process with this id exists (it may belong to another user)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def sweep_staging(out_dir: Path, *, include_own: bool = False) -> list[Path]:
    """Remove staging folders left by processes that no longer exist; return what was done.

    Folders of live processes are left alone, so two runs over one output folder do not
    delete each other's work. ``include_own`` also treats this process's folders as stale
    (only safe when this process is not writing a bag right now). A ``-old`` folder is a
    complete earlier bag moved aside by an update that was killed before its replacement
    was renamed in: it is put back when the target is missing, else deleted.
    """
    done: list[Path] = []
    try:
        entries = list(os.scandir(out_dir))
    except OSError:
        return done
    me = os.getpid()
    for entry in entries:
        match = _STAGING.match(entry.name)
        if match is None or not entry.is_dir(follow_symlinks=False):
            continue
        pid = int(match["pid"])
        if pid == me:
            if not include_own:
                continue
        elif pid_alive(pid):
            continue
        path = Path(entry.path)
        target = Path(out_dir) / match["name"]
        try:
            if match["old"] and not target.exists() and (path / "bagit.txt").is_file():
                os.replace(path, target)
            else:
                shutil.rmtree(path)
        except OSError:
            shutil.rmtree(path, ignore_errors=True)
        done.append(path)
    return done
