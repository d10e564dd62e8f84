"""Write a BagIt 1.0 bag (RFC 8493) atomically: build in a staging folder, verify, rename.

The bag is written here rather than with the reference ``bagit`` library because that library
bags a folder in place and stamps the wall-clock date; an archive needs byte-identical,
never-half-written output. The reference library is used in the tests as the independent check.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from archive.base.errors import BundleError

if TYPE_CHECKING:
    from typing import Callable

BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
ALGORITHMS = ("sha512",)
STAGING_PREFIX = ".staging-"


@dataclass(frozen=True)
class BagResult:
    path: Path
    status: str  # "packed", "updated" or "unchanged"


@functools.cache
def host_tag() -> str:
    """This machine's name, reduced to letters, digits and ``_`` (safe in a folder name)."""
    import socket

    return re.sub(r"\W", "_", socket.gethostname(), flags=re.ASCII)[:64] or "host"


def staging_owner() -> str:
    """Who writes a staging folder: ``<pid>@<host>``. The host lets a sweep on a machine
    that shares the output folder (workers of a cluster) leave alone the folders of live
    processes elsewhere, whose ids mean nothing on this machine."""
    return f"{os.getpid()}@{host_tag()}"


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


#: the folder of a bag's own tag files beyond the standard ones (provenance, curation)
TAG_FOLDER = "metadata"


def bag_files(payload: dict[str, bytes], info: list[tuple[str, str]],
              tags: dict[str, bytes] | None = None) -> dict[str, bytes]:
    """Every file of the bag, by path relative to the bag root, as bytes.

    ``payload`` maps names under ``data/`` to content; ``info`` is bag-info.txt's labels in
    order (Payload-Oxum is computed here); ``tags`` maps names under ``metadata/`` to extra
    tag files, which the tag manifest covers (RFC 8493 2.2.4: tag files may live in folders
    outside data/) but which are not payload.
    """
    data = {f"data/{name}": content for name, content in payload.items()}
    files: dict[str, bytes] = {"bagit.txt": BAGIT_TXT, "bag-info.txt": _bag_info(info, payload)}
    for alg in ALGORITHMS:
        files[f"manifest-{alg}.txt"] = _manifest(data, alg)
    files.update({f"{TAG_FOLDER}/{name}": content for name, content in (tags or {}).items()})
    tags_listed = dict(files)
    for alg in ALGORITHMS:
        files[f"tagmanifest-{alg}.txt"] = _manifest(tags_listed, alg)
    files.update(data)
    return files


def write_bag(target: Path, files: dict[str, bytes], original: tuple[str, Path, str]) -> BagResult:
    """Write ``files`` as the bag ``target``; replace an older bag only once the new one is whole.

    ``original`` is (payload name, source path, sha256 of the bytes read): the copy in the
    staging bag is re-read and checked against the source hash before the rename, so a bag
    never holds an original that differs from what was read. One bag is one ``BagGroup``.
    """
    if target.is_dir() and holds_exactly(target, files):
        return BagResult(target, "unchanged")
    group = BagGroup()
    group.stage(target, files, original)
    (result,) = group.commit()
    if isinstance(result, BundleError):
        raise result
    return result


class BagGroup:
    """Bags staged together and made durable by one barrier (group commit).

    Each bag is written whole into ``.staging-<name>-<owner>`` (``staging_owner``) beside
    its target and its
    original's copy is checked against the source hash. ``commit`` then syncs the file
    system once for the whole group, renames every staged bag into place and syncs the
    output folder, so the renames survive a power cut too. Syncing after every bag instead
    costs a journal commit per bag, which on an ordinary disk is most of a bag's cost; a
    killed run loses at most the staged bags, which ``archive.pack.staging.sweep_staging`` removes.
    """

    def __init__(self) -> None:
        self._staged: list[tuple[Path, str]] = []  # (target, staging folder), in order
        self._parents: set[str] = set()

    def __contains__(self, target: object) -> bool:
        return any(staged == target for staged, _root in self._staged)

    def stage(self, target: Path, files: dict[str, bytes],
              original: tuple[str, Path, str]) -> None:
        """Write ``files`` into a staging folder for ``target``; raise BundleError (leaving
        nothing behind) when that fails or the original's copy differs from its source."""
        if target in self:
            raise ValueError(f"{target} is staged already: commit the group first")
        parent = os.fspath(target.parent)
        root = os.path.join(parent, f"{STAGING_PREFIX}{target.name}-{staging_owner()}")
        try:
            if parent not in self._parents:
                os.makedirs(parent, exist_ok=True)
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
        except BaseException as exc:
            shutil.rmtree(root, ignore_errors=True)
            if isinstance(exc, OSError):
                raise BundleError(f"{target}: cannot write bag: {exc.strerror or exc}") from None
            raise
        self._parents.add(parent)
        self._staged.append((target, root))

    def commit(self) -> list[BagResult | BundleError]:
        """Make every staged bag durable and put it in place; one result per bag, in order.

        When the barrier fails nothing of the group is renamed: each bag gets the error and
        its staging folder is removed, so no bag is left whose bytes might not be on disk.
        """
        staged, self._staged = self._staged, []
        if not staged:
            return []
        try:
            _sync_staged([root for _target, root in staged])
        except OSError as exc:
            for _target, root in staged:
                shutil.rmtree(root, ignore_errors=True)
            reason = exc.strerror or str(exc)
            return [BundleError(f"{target}: cannot make the bag durable: {reason}")
                    for target, _root in staged]
        results: list[BagResult | BundleError] = []
        for target, root in staged:
            try:
                results.append(_put_in_place(target, root))
            except OSError as exc:
                shutil.rmtree(root, ignore_errors=True)
                results.append(BundleError(
                    f"{target}: cannot write bag: {exc.strerror or exc}"))
        for parent in sorted(self._parents):
            _fsync_folder(Path(parent))  # the renames themselves must survive a power cut
        self._parents.clear()
        return results

    def discard(self) -> None:
        """Remove every staged bag without putting it in place."""
        staged, self._staged = self._staged, []
        for _target, root in staged:
            shutil.rmtree(root, ignore_errors=True)
        self._parents.clear()


def _put_in_place(target: Path, root: str) -> BagResult:
    """Rename a staged bag to its target; an older bag there is moved aside first and
    removed only once the new one is in place."""
    if not os.path.lexists(target):
        os.replace(root, target)
        return BagResult(target, "packed")
    retired = target.parent / f"{STAGING_PREFIX}{target.name}-{staging_owner()}-old"
    os.replace(target, retired)
    os.replace(root, target)
    shutil.rmtree(retired, ignore_errors=True)
    return BagResult(target, "updated")


_WRITE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0) \
    | getattr(os, "O_BINARY", 0)
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def _write_files(root: str, files: dict[str, bytes]) -> None:
    """Create and write every file with raw descriptors (no buffered file objects); the
    group's barrier, not this, makes them durable."""
    for rel, content in files.items():
        fd = os.open(os.path.join(root, rel), _WRITE_FLAGS, 0o666)
        try:
            view = memoryview(content)
            while view:
                view = view[os.write(fd, view):]
        finally:
            os.close(fd)


@functools.cache
def _syncfs() -> "Callable[[int], int] | None":
    """Linux's syncfs(2), which writes back every dirty file of one file system at once."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        function = ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int]
    function.restype = ctypes.c_int
    return function


def sync_file_system(fd: int) -> bool:
    """Flush everything written to the file system that holds ``fd``; False where the
    platform has no syncfs(2). Raises OSError when write-back failed (disk full, I/O)."""
    function = _syncfs()
    if function is None:
        return False
    if function(fd) != 0:
        import ctypes

        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code))
    return True


def _sync_staged(roots: list[str]) -> None:
    """The group's barrier: every file and folder of the staged bags on stable storage.

    One syncfs(2) of the output's file system does it in a single journal commit; where
    that call is missing, every file and folder is fsynced.
    """
    try:
        fd = os.open(os.path.dirname(roots[0]), _READ_FLAGS)
    except OSError:
        fd = -1  # a platform that cannot open folders (Windows)
    if fd >= 0:
        try:
            if sync_file_system(fd):
                return
        finally:
            os.close(fd)
    for root in roots:
        for folder, _dirs, names in os.walk(root):
            for name in names:
                fd = os.open(os.path.join(folder, name), _READ_FLAGS)
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)
            _fsync_folder(Path(folder))


def _read(path: str) -> bytes:
    fd = os.open(path, _READ_FLAGS)
    try:
        chunks: list[bytes] = []
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
    finally:
        os.close(fd)


def bag_file_sizes(bag: Path) -> dict[str, int] | None:
    """Size of every file of a record bag by relative path (tag files, data/ and metadata/
    only), or None when the bag holds anything else (a folder, a link, a device) or cannot
    be read."""
    sizes: dict[str, int] = {}
    try:
        for entry in os.scandir(bag):
            if entry.is_dir(follow_symlinks=False):
                if entry.name not in ("data", TAG_FOLDER):
                    return None
                for sub in os.scandir(entry.path):
                    if not sub.is_file(follow_symlinks=False):
                        return None
                    sizes[f"{entry.name}/{sub.name}"] = sub.stat().st_size
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


def holds_exactly(target: Path, files: dict[str, bytes]) -> bool:
    """True when the bag on disk holds exactly these files with these bytes."""
    try:
        on_disk = {p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file()}
        if on_disk != set(files):
            return False
        return all((target / rel).read_bytes() == content for rel, content in files.items())
    except OSError:
        return False
