"""Byte-reproducible serialisations of a tree of files: a folder, a zip, a gzip-compressed tar.

A tree is ``{relative POSIX path: bytes}``. Whatever the machine, user or umask, the same tree
and moment give the same bytes: entries sorted (each folder before what it holds), every
entry stamped with one moment taken from the bag, files 0644 and folders 0755, owner and
group 0 with no names, no extra fields (zip), no file name or time of its own (gzip).
"""

from __future__ import annotations

import datetime as _dt
import gzip
import io
import os
import tarfile
import zipfile
from typing import BinaryIO

Tree = dict[str, bytes]

FILE_MODE = 0o644
FOLDER_MODE = 0o755
#: Compression level of both archivers' defaults (zip -r and gzip use 6).
LEVEL = 6


def entries(tree: Tree, top: str | None = None) -> list[tuple[str, bytes | None]]:
    """(path, bytes) for files and (path, None) for folders, in the order archives hold them:
    by path component, so that ``a/b`` and ``a/c`` follow ``a/``, and ``a-b`` does not sort
    between them."""
    prefix = f"{top}/" if top else ""
    folders: set[str] = {top} if top else set()
    for rel in tree:
        parts = rel.split("/")[:-1]
        for depth in range(1, len(parts) + 1):
            folders.add(prefix + "/".join(parts[:depth]))
    items: list[tuple[str, bytes | None]] = [(f, None) for f in folders]
    items += [(prefix + rel, data) for rel, data in tree.items()]
    return sorted(items, key=lambda item: item[0].split("/"))


def add_to_zip(archive: zipfile.ZipFile, tree: Tree, moment: _dt.datetime, top: str | None = None) -> None:
    """Append ``tree`` to an open zip (the caller keeps trees in sorted order)."""
    stamp = moment.astimezone(_dt.timezone.utc).timetuple()[:6]
    for name, data in entries(tree, top):
        info = zipfile.ZipInfo(name + "/" if data is None else name, stamp)
        info.create_system = 3  # Unix, so that the modes below are read
        if data is None:
            info.external_attr = (0o040000 | FOLDER_MODE) << 16 | 0x10
            archive.writestr(info, b"")
        else:
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (0o100000 | FILE_MODE) << 16
            archive.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=LEVEL)


def write_zip(tree: Tree, out: BinaryIO, moment: _dt.datetime, top: str | None = None) -> None:
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=LEVEL) as archive:
        add_to_zip(archive, tree, moment, top)


def zip_bytes(tree: Tree, moment: _dt.datetime, top: str | None = None) -> bytes:
    buffer = io.BytesIO()
    write_zip(tree, buffer, moment, top)
    return buffer.getvalue()


def write_tar_gz(tree: Tree, out: BinaryIO, moment: _dt.datetime, top: str | None = None) -> None:
    seconds = int(moment.timestamp())
    with gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=seconds,
                       compresslevel=LEVEL) as zipped:
        with tarfile.open(fileobj=zipped, mode="w", format=tarfile.PAX_FORMAT) as archive:
            for name, data in entries(tree, top):
                info = tarfile.TarInfo(name)
                info.mtime = seconds
                info.uid = info.gid = 0
                info.uname = info.gname = ""
                if data is None:
                    info.type = tarfile.DIRTYPE
                    info.mode = FOLDER_MODE
                    archive.addfile(info)
                else:
                    info.mode = FILE_MODE
                    info.size = len(data)
                    archive.addfile(info, io.BytesIO(data))


def write_folder(tree: Tree, root: str, moment: _dt.datetime, *, exist_ok: bool = False) -> None:
    """Write ``tree`` under the folder ``root`` (new unless ``exist_ok``) with fixed modes and
    times (``root``'s own time is the caller's once it holds everything, with ``exist_ok``)."""
    seconds = moment.timestamp()
    if not exist_ok:
        os.mkdir(root, FOLDER_MODE)
    made: list[str] = [] if exist_ok else [root]
    for name, data in entries(tree):
        path = os.path.join(root, *name.split("/"))
        if data is None:
            os.mkdir(path, FOLDER_MODE)
            made.append(path)
            continue
        with open(path, "wb") as handle:
            handle.write(data)
        os.chmod(path, FILE_MODE)
        os.utime(path, (seconds, seconds))
    for folder in reversed(made):  # deepest first: writing into a folder moves its time
        set_folder_time(folder, moment)


def set_folder_time(folder: str, moment: _dt.datetime) -> None:
    os.chmod(folder, FOLDER_MODE)
    os.utime(folder, (moment.timestamp(), moment.timestamp()))
