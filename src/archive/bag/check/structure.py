"""The bag on disk: data/, payload and tag files, symbolic links, special files (RFC 8493 2.1.2,
5.1, 6.1); gathered without following a link out of the bag."""

from __future__ import annotations

import os
import stat

from archive.bag.check.context import BagContext, Disk, is_system_file


class StructureChecks(BagContext):
    def scan(self) -> Disk:
        disk = Disk()
        data = self.root / "data"
        if data.is_symlink():
            real = os.path.realpath(data)
            if not self._inside(real):
                self.add("error", "bagit.symlink.escapes", "data", "",
                         "The payload directory data/ is a symbolic link leading outside the bag; not read.")
                return disk
            self.add("warning", "bagit.symlink", "data", "", "The payload directory data/ is a symbolic link.")
        if not data.is_dir():
            self.add("error", "bagit.payload.missing-data-dir", "data", "",
                     "The bag has no data/ payload directory.", "Create data/ even if the payload is empty.")
        self._walk(str(self.root), "", disk)
        return disk

    def _walk(self, directory: str, prefix: str, disk: Disk) -> None:
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError:
            return
        for entry in entries:
            rel = prefix + entry.name
            is_payload = rel == "data" or rel.startswith("data/")
            if entry.is_symlink():
                real = os.path.realpath(entry.path)
                if not self._inside(real):
                    self.add("error", "bagit.symlink.escapes", rel, "",
                             f"{rel} is a symbolic link to a location outside the bag; it is not read.",
                             "Replace the link with the file itself.")
                    if is_payload:
                        disk.payload[rel] = 0
                        disk.unreadable.add(rel)
                    continue
                if rel != "data":
                    self.add("warning", "bagit.symlink", rel, "",
                             f"{rel} is a symbolic link; links are not portable between systems.")
                if os.path.isdir(real):
                    if rel == "data":
                        self._walk(real, "data/", disk)
                    else:
                        disk.dirs.add(rel)
                    continue
            try:
                st = os.stat(entry.path)
            except OSError:
                continue
            if stat.S_ISDIR(st.st_mode):
                disk.dirs.add(rel)
                self._walk(entry.path, rel + "/", disk)
            elif stat.S_ISREG(st.st_mode):
                if is_payload:
                    disk.payload[rel] = st.st_size
                    if is_system_file(rel):
                        self.add("warning", "bagit.payload.system-file", rel, "",
                                 f"{rel} is operating-system clutter that copy tools often drop.",
                                 "Remove it from the payload and the manifests.")
                else:
                    disk.tag_files.add(rel)
            elif is_payload:
                self.add("error", "bagit.payload.not-regular-file", rel, "",
                         f"{rel} is not a regular file (device, FIFO or socket).")
