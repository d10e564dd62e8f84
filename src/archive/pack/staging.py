"""Staging folders: bags being built (``OUT/.staging-<record-id>-<pid>@<host>``), and the sweep
that removes those of processes that are gone."""

from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path

from archive.bag.writer import STAGING_PREFIX, host_tag

#: ``<record-id>-<pid>`` (written before the host was added) or ``<record-id>-<pid>@<host>``,
#: then ``-old`` for an earlier bag moved aside.
_STAGING = re.compile(rf"^{re.escape(STAGING_PREFIX)}(?P<name>.+)-(?P<pid>\d+)"
                      r"(?:@(?P<host>\w+))?(?P<old>-old)?$", re.ASCII)
#: A staging folder of another machine's process is stale once untouched this long: bags
#: are staged and renamed in seconds, and its process cannot be asked from here.
FOREIGN_STALE_SECONDS = 3600.0


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
    was renamed in: it is put back when the target is missing, else deleted. A folder of
    another machine (a cluster worker's) is removed only after ``FOREIGN_STALE_SECONDS``;
    the workers of a cluster run sweep their own machines' folders (``archive.pack.cluster``).
    """
    done: list[Path] = []
    try:
        entries = list(os.scandir(out_dir))
    except OSError:
        return done
    me, here, now = os.getpid(), host_tag(), time.time()
    for entry in entries:
        match = _STAGING.match(entry.name)
        if match is None or not entry.is_dir(follow_symlinks=False):
            continue
        pid = int(match["pid"])
        if match["host"] not in (None, here):
            try:
                if now - entry.stat(follow_symlinks=False).st_mtime < FOREIGN_STALE_SECONDS:
                    continue
            except OSError:
                continue
        elif pid == me:
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
