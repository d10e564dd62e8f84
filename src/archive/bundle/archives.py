"""Byte-reproducible serialisations of a tree of files: a folder, a zip, a gzip-compressed tar.

A tree is ``{relative POSIX path: bytes}``. Whatever the machine, user or umask, the same tree
and moment give the same bytes: entries sorted (each folder before what it holds), every
entry stamped with one moment taken from the bag, files 0644 and folders 0755, owner and
group 0 with no names, no extra fields (zip), no file name or time of its own (gzip).
"""

from __future__ import annotations

import datetime as _dt
import io
import os
import struct
import tarfile
import zipfile
import zlib
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
    out.write(zip_bytes(tree, moment, top))


def zip_bytes(tree: Tree, moment: _dt.datetime, top: str | None = None) -> bytes:
    """The zip of ``tree``. A bag's zip is small (a few entries, far from 4 GiB), so it is
    written here in one pass, which costs a fraction of ``zipfile``'s per-entry work; a tree
    that would need Zip64 goes through ``zipfile``."""
    items = entries(tree, top)
    if len(items) >= 0xFFFF or sum(len(d) for _, d in items if d) >= 0x7FFFFFFF:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=LEVEL) as archive:
            add_to_zip(archive, tree, moment, top)
        return buffer.getvalue()
    when = moment.astimezone(_dt.timezone.utc)
    dos_time = when.hour << 11 | when.minute << 5 | when.second // 2
    dos_date = (when.year - 1980) << 9 | when.month << 5 | when.day
    local: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    for name, data in items:
        raw_name = (name + "/" if data is None else name).encode("utf-8")
        flags = 0x800 if not raw_name.isascii() else 0  # bit 11: the name is UTF-8
        if data is None:
            method, crc, body, size = 0, 0, b"", 0
            attributes = (0o040000 | FOLDER_MODE) << 16 | 0x10
        else:
            crc, size = zlib.crc32(data), len(data)
            body = zlib.compress(data, LEVEL, -15)
            method = 8
            if len(body) >= size:  # deflate would not shrink it: store it, as zip does
                method, body = 0, data
            attributes = (0o100000 | FILE_MODE) << 16
        header = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, dos_time, dos_date,
                             crc, len(body), size, len(raw_name), 0)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 3 << 8 | 20, 20, flags, method,
                                   dos_time, dos_date, crc, len(body), size, len(raw_name), 0, 0, 0,
                                   0, attributes, offset) + raw_name)
        local += [header, raw_name, body]
        offset += len(header) + len(raw_name) + len(body)
    directory = b"".join(central)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), len(directory),
                      offset, 0)
    return b"".join(local) + directory + end


def _ustar_name(name: str) -> tuple[bytes, bytes] | None:
    """(prefix, name) fields of a ustar header, or None when the name needs a pax header."""
    raw = name.encode("utf-8")
    if not raw.isascii():
        return None
    if len(raw) <= 100:
        return b"", raw
    cut = raw.rfind(b"/", 0, 156)
    while cut > 0:
        if len(raw) - cut - 1 <= 100:
            return raw[:cut], raw[cut + 1:]
        cut = raw.rfind(b"/", 0, cut)
    return None


def _ustar_header(prefix: bytes, name: bytes, mode: int, size: int, mtime: int, kind: bytes) -> bytes:
    header = bytearray(512)
    header[0:len(name)] = name
    header[100:108] = b"%07o\0" % mode
    header[108:116] = header[116:124] = b"0000000\0"
    header[124:136] = b"%011o\0" % size
    header[136:148] = b"%011o\0" % mtime
    header[148:156] = b" " * 8
    header[156:157] = kind
    header[257:265] = b"ustar\x0000"
    header[329:337] = header[337:345] = b"0000000\0"
    header[345:345 + len(prefix)] = prefix
    header[148:155] = b"%06o\0" % sum(header)
    return bytes(header)


def tar_bytes(tree: Tree, moment: _dt.datetime, top: str | None = None) -> bytes:
    """The tar of ``tree`` (ustar headers; ``tarfile``'s pax format when a name needs it)."""
    seconds = int(moment.timestamp())
    items = entries(tree, top)
    names = [_ustar_name(name + "/" if data is None else name) for name, data in items]
    if any(n is None for n in names) or seconds >= 8 ** 11:
        buffer = io.BytesIO()
        _write_pax(items, buffer, seconds)
        return buffer.getvalue()
    blocks: list[bytes] = []
    for (_, data), fields in zip(items, names):
        assert fields is not None
        if data is None:
            blocks.append(_ustar_header(*fields, FOLDER_MODE, 0, seconds, b"5"))
        else:
            blocks.append(_ustar_header(*fields, FILE_MODE, len(data), seconds, b"0"))
            blocks.append(data + b"\0" * (-len(data) % 512))
    return b"".join(blocks) + b"\0" * 1024  # two zero blocks end the archive


def _write_pax(items: list[tuple[str, bytes | None]], out: BinaryIO, seconds: int) -> None:
    with tarfile.open(fileobj=out, mode="w", format=tarfile.PAX_FORMAT) as archive:
        for name, data in items:
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


def write_tar_gz(tree: Tree, out: BinaryIO, moment: _dt.datetime, top: str | None = None) -> None:
    """gzip (RFC 1952) of the tar: the bag's time in the header, no file name, OS unknown."""
    tar = tar_bytes(tree, moment, top)
    header = b"\x1f\x8b\x08\x00" + struct.pack("<I", int(moment.timestamp())) + b"\x00\xff"
    out.write(header + zlib.compress(tar, LEVEL, -15)
              + struct.pack("<II", zlib.crc32(tar), len(tar) & 0xFFFFFFFF))


_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)


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
        fd = os.open(path, _CREATE, FILE_MODE)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fchmod(fd, FILE_MODE)  # whatever the umask
            os.utime(fd, (seconds, seconds))
        finally:
            os.close(fd)
    for folder in reversed(made):  # deepest first: writing into a folder moves its time
        set_folder_time(folder, moment)


def set_folder_time(folder: str, moment: _dt.datetime) -> None:
    os.chmod(folder, FOLDER_MODE)
    os.utime(folder, (moment.timestamp(), moment.timestamp()))
