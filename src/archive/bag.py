"""Write a BagIt 1.0 bag (RFC 8493) atomically: build in a staging folder, verify, rename.

The bag is written here rather than with the reference ``bagit`` library because that library
bags a folder in place and stamps the wall-clock date; an archive needs byte-identical,
never-half-written output. The reference library is used in the tests as the independent check.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from archive.errors import BundleError

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
ALGORITHMS = ("sha512",)
STAGING_PREFIX = ".staging-"
#: Threads that fsync a bag's files together (a bag has 9 files).
SYNC_THREADS = 8


@dataclass(frozen=True)
class BagResult:
    path: Path
    status: str  # "packed", "updated" or "unchanged"


def encode_manifest_path(path: str) -> str:
    """RFC 8493 section 2.1.3: CR, LF and % in a path are percent-encoded."""
    return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _digests(data: bytes) -> dict[str, str]:
    return {alg: hashlib.new(alg, data).hexdigest() for alg in ALGORITHMS}


def _manifest(entries: dict[str, bytes], alg: str) -> bytes:
    lines = [f"{hashlib.new(alg, data).hexdigest()}  {encode_manifest_path(name)}\n"
             for name, data in sorted(entries.items())]
    return "".join(lines).encode("utf-8")


def _bag_info(info: list[tuple[str, str]], payload: dict[str, bytes]) -> bytes:
    octets = sum(len(d) for d in payload.values())
    lines = [f"{label}: {' '.join(value.split())}" for label, value in info if value]
    lines.append(f"Payload-Oxum: {octets}.{len(payload)}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def bag_files(payload: dict[str, bytes], info: list[tuple[str, str]]) -> dict[str, bytes]:
    """Every file of the bag, by path relative to the bag root, as bytes.

    ``payload`` maps names under ``data/`` to content; ``info`` is bag-info.txt's labels in
    order (Payload-Oxum is computed here).
    """
    data = {f"data/{name}": content for name, content in payload.items()}
    files: dict[str, bytes] = {"bagit.txt": BAGIT_TXT, "bag-info.txt": _bag_info(info, payload)}
    for alg in ALGORITHMS:
        files[f"manifest-{alg}.txt"] = _manifest(data, alg)
    tags = dict(files)
    for alg in ALGORITHMS:
        files[f"tagmanifest-{alg}.txt"] = _manifest(tags, alg)
    files.update(data)
    return files


def write_bag(target: Path, files: dict[str, bytes], original: tuple[str, Path, str]) -> BagResult:
    """Write ``files`` as the bag ``target``; replace an older bag only once the new one is whole.

    ``original`` is (payload name, source path, sha256 of the bytes read): the copy in the
    staging bag is re-read and checked against the source hash before the rename, so a bag
    never holds an original that differs from what was read.
    """
    if target.is_dir() and _same_bag(target, files):
        return BagResult(target, "unchanged")
    parent = target.parent
    staging = parent / f"{STAGING_PREFIX}{target.name}-{os.getpid()}"
    root = os.fspath(staging)
    try:
        parent.mkdir(parents=True, exist_ok=True)
        if os.path.lexists(root):
            shutil.rmtree(root)
        folders = sorted({rel.rpartition("/")[0] for rel in files}, key=lambda f: f.count("/"))
        for folder in folders:  # one mkdir per folder, not one per file
            os.makedirs(os.path.join(root, folder) if folder else root, exist_ok=True)
        _write_files(root, files)
        name, _source, sha256 = original
        copied = hashlib.sha256(_read(os.path.join(root, "data", name))).hexdigest()
        if copied != sha256:
            raise BundleError(f"{target}: payload copy of {name} does not match its source")
        status = "packed"
        if os.path.lexists(target):
            status = "updated"
            retired = parent / f"{STAGING_PREFIX}{target.name}-{os.getpid()}-old"
            os.replace(target, retired)
            os.replace(root, target)
            shutil.rmtree(retired, ignore_errors=True)
        else:
            os.replace(root, target)
        _fsync_folder(parent)  # the rename itself must survive a power cut
        return BagResult(target, status)
    except OSError as exc:
        raise BundleError(f"{target}: cannot write bag: {exc.strerror or exc}") from None
    finally:
        if os.path.lexists(root):
            shutil.rmtree(root, ignore_errors=True)


_WRITE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0) \
    | getattr(os, "O_BINARY", 0)
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def _write_files(root: str, files: dict[str, bytes]) -> None:
    """Create and write every file, then fsync them all at once.

    Raw descriptors (no buffered file objects). The fsyncs run concurrently: on a
    journalling file system one commit then covers the files whose fsyncs wait together,
    instead of one commit per file; each file is still fsynced before this returns.
    """
    fds: list[int] = []
    try:
        for rel, content in files.items():
            fd = os.open(os.path.join(root, rel), _WRITE_FLAGS, 0o666)
            fds.append(fd)
            view = memoryview(content)
            while view:
                view = view[os.write(fd, view):]
        _fsync_all(fds)
    finally:
        for fd in fds:
            os.close(fd)


def _fsync(fd: int) -> None:
    os.fsync(fd)  # looked up at call time (tests replace os.fsync)


_syncers: tuple[int, "ThreadPoolExecutor"] | None = None
_syncers_lock = threading.Lock()


def _syncer_pool() -> "ThreadPoolExecutor":
    """This process's fsync threads (a forked worker makes its own)."""
    global _syncers
    with _syncers_lock:
        if _syncers is None or _syncers[0] != os.getpid():
            from concurrent.futures import ThreadPoolExecutor

            _syncers = (os.getpid(), ThreadPoolExecutor(SYNC_THREADS,
                                                        thread_name_prefix="archive-fsync"))
        return _syncers[1]


def _forget_syncers() -> None:
    global _syncers, _syncers_lock
    _syncers, _syncers_lock = None, threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_syncers)


def _fsync_all(fds: list[int]) -> None:
    """fsync every descriptor, concurrently; raise the first failure after all finished."""
    if len(fds) <= 1:
        for fd in fds:
            _fsync(fd)
        return
    pool = _syncer_pool()
    futures = [pool.submit(_fsync, fd) for fd in fds[1:]]
    error: BaseException | None = None
    try:
        _fsync(fds[0])
    except OSError as exc:
        error = exc
    for future in futures:
        exc = future.exception()
        if exc is not None and error is None:
            error = exc
    if error is not None:
        raise error


def _read(path: str) -> bytes:
    fd = os.open(path, _READ_FLAGS)
    try:
        chunks = []
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
    finally:
        os.close(fd)


def bag_file_sizes(bag: Path) -> dict[str, int] | None:
    """Size of every file of a record bag by relative path (tag files and data/ only), or
    None when the bag holds anything else (a folder, a link, a device) or cannot be read."""
    sizes: dict[str, int] = {}
    try:
        for entry in os.scandir(bag):
            if entry.is_dir(follow_symlinks=False):
                if entry.name != "data":
                    return None
                for sub in os.scandir(entry.path):
                    if not sub.is_file(follow_symlinks=False):
                        return None
                    sizes[f"data/{sub.name}"] = sub.stat().st_size
            elif entry.is_file(follow_symlinks=False):
                sizes[entry.name] = entry.stat().st_size
            else:
                return None
    except OSError:
        return None
    return sizes


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # a platform that cannot open folders (Windows) has no folder fsync either
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _same_bag(target: Path, files: dict[str, bytes]) -> bool:
    """True when the bag on disk holds exactly these files with these bytes."""
    try:
        on_disk = {p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file()}
        if on_disk != set(files):
            return False
        return all((target / rel).read_bytes() == content for rel, content in files.items())
    except OSError:
        return False
