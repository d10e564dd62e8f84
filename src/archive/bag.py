"""Write a BagIt 1.0 bag (RFC 8493) atomically: build in a staging folder, verify, rename.

The bag is written here rather than with the reference ``bagit`` library because that library
bags a folder in place and stamps the wall-clock date; an archive needs byte-identical,
never-half-written output. The reference library is used in the tests as the independent check.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from archive.errors import BundleError

BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
ALGORITHMS = ("sha512",)
STAGING_PREFIX = ".staging-"


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
    try:
        parent.mkdir(parents=True, exist_ok=True)
        if staging.exists():
            shutil.rmtree(staging)
        folders = sorted({(staging / rel).parent for rel in files}, key=lambda p: len(p.parts))
        for folder in folders:  # one mkdir per folder, not one per file
            folder.mkdir(parents=True, exist_ok=True)
        for rel, content in files.items():
            dest = staging / rel
            with open(dest, "wb") as fh:
                fh.write(content)
                fh.flush()
                os.fsync(fh.fileno())
        name, _source, sha256 = original
        copied = hashlib.sha256((staging / "data" / name).read_bytes()).hexdigest()
        if copied != sha256:
            raise BundleError(f"{target}: payload copy of {name} does not match its source")
        status = "packed"
        if target.exists():
            status = "updated"
            retired = parent / f"{STAGING_PREFIX}{target.name}-{os.getpid()}-old"
            os.replace(target, retired)
            os.replace(staging, target)
            shutil.rmtree(retired, ignore_errors=True)
        else:
            os.replace(staging, target)
        _fsync_folder(parent)  # the rename itself must survive a power cut
        return BagResult(target, status)
    except OSError as exc:
        raise BundleError(f"{target}: cannot write bag: {exc.strerror or exc}") from None
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


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
