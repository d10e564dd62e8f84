"""Payload manifests against the payload (RFC 8493 3): every file listed, every listed file
present, normalization and case tolerances (6.1)."""

from __future__ import annotations

from archive.bag.check.context import Disk, ManifestEntry, is_system_file, to_fold, to_nfc
from archive.bag.check.manifests import ManifestChecks


class PayloadManifestChecks(ManifestChecks):
    def _payload_index(self, disk: Disk) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        nfc: dict[str, list[str]] = {}
        fold: dict[str, list[str]] = {}
        for path in disk.payload:
            nfc.setdefault(to_nfc(path), []).append(path)
            fold.setdefault(to_fold(path), []).append(path)
        for group in nfc.values():
            if len(group) > 1:
                self.add("warning", "bagit.payload.normalization-clash", group[0], "",
                         f"Payload files {group!r} differ only in Unicode normalization.")
        for group in fold.values():
            if len({to_nfc(p) for p in group}) > 1:
                self.add("warning", "bagit.payload.case-clash", group[0], "",
                         f"Payload files {group!r} differ only in case.")
        return nfc, fold

    def _resolve(self, path: str, disk: Disk, nfc: dict[str, list[str]],
                 fold: dict[str, list[str]]) -> tuple[str, str] | None:
        if path in disk.payload:
            return path, "exact"
        hits = nfc.get(to_nfc(path), [])
        if len(hits) == 1:
            return hits[0], "normalization"
        hits = fold.get(to_fold(path), [])
        if len(hits) == 1:
            return hits[0], "case"
        return None

    def check_payload_manifests(self, manifests: dict[str, str], disk: Disk,
                                fetch: dict[str, tuple[int, int | None]]) -> list[ManifestEntry]:
        nfc, fold = self._payload_index(disk)
        listed: dict[str, set[str]] = {}
        listed_paths: dict[str, set[str]] = {}
        all_entries: list[ManifestEntry] = []
        reported_unfetched: set[str] = set()
        for rel, alg in manifests.items():
            entries = self.parse_manifest(rel, alg, is_tag=False)
            self._duplicates(entries, rel)
            listed[rel] = set()
            listed_paths[rel] = {e.path for e in entries} | {e.alt_path for e in entries if e.alt_path}
            for e in entries:
                loc = f"line {e.lineno}"
                if not e.path.startswith("data/"):
                    self.add("error", "bagit.manifest.path-outside-payload", rel, loc,
                             f"Payload manifest lists {e.path!r}, which is outside data/.")
                    continue
                hit = self._resolve(e.path, disk, nfc, fold)
                if hit is None and e.alt_path and e.alt_path.startswith("data/"):
                    hit = self._resolve(e.alt_path, disk, nfc, fold)
                    if hit is not None:
                        self.add("warning", "bagit.path.percent-encoding", rel, loc,
                                 f"{e.path!r} only exists when %-escapes are read the "
                                 f"{'pre-1.0' if self.strict else '1.0'} way.",
                                 "Percent-encode only CR, LF and % in 1.0 manifests.")
                if hit is None:
                    self._report_missing(e, rel, loc, disk, fetch, reported_unfetched)
                    continue
                found, how = hit
                if how == "normalization":
                    self.add("warning", "bagit.path.normalization-mismatch", rel, loc,
                             f"{e.path!r} matches {found!r} on disk only after Unicode normalization.")
                elif how == "case":
                    self.add("warning", "bagit.path.case-mismatch", rel, loc,
                             f"{e.path!r} matches {found!r} on disk only when case is ignored.")
                e.resolved = found
                listed[rel].add(found)
                all_entries.append(e)

        if manifests:
            for path in sorted(disk.payload):
                count = sum(path in names for names in listed.values())
                if count == 0:
                    self.add("error", "bagit.payload.not-in-manifest", path, "",
                             f"{path} is in data/ but listed in no payload manifest.",
                             "Add it to every manifest or remove it from the bag.")
                elif count < len(listed):
                    missing = sorted(m for m, names in listed.items() if path not in names)
                    self.add(self.versioned(), "bagit.manifest.not-in-every-manifest", path, "",
                             f"{path} is not listed in {', '.join(missing)}; BagIt 1.0 requires every "
                             "payload manifest to list every payload file.")
        for path, (lineno, _length) in fetch.items():
            for rel in manifests:
                if path not in listed_paths[rel]:
                    self.add("error", "bagit.fetch.not-in-manifest", "fetch.txt", f"line {lineno}",
                             f"{path} is in fetch.txt but not in {rel}.",
                             "Every fetched file must be listed in every payload manifest.")
        return all_entries

    def _report_missing(self, e: ManifestEntry, rel: str, loc: str, disk: Disk,
                        fetch: dict[str, tuple[int, int | None]], reported_unfetched: set[str]) -> None:
        if e.path in disk.dirs:
            self.add("error", "bagit.manifest.lists-directory", rel, loc,
                     f"{e.path} is a directory; manifests list files only.")
        elif e.path in fetch:
            if e.path not in reported_unfetched:
                reported_unfetched.add(e.path)
                self.add("error", "bagit.fetch.not-fetched", e.path, f"fetch.txt line {fetch[e.path][0]}",
                         f"{e.path} is listed in fetch.txt but has not been fetched, so the bag is not complete.",
                         "Download the fetch.txt URLs into place, then validate again.")
        elif is_system_file(e.path):
            self.missing_system_files.add(e.path)
            self.add("warning", "bagit.payload.system-file-missing", rel, loc,
                     f"{e.path} (operating-system clutter) is listed but missing; copy tools often drop it.",
                     "Remove the entry from the manifests.")
        else:
            self.add("error", "bagit.manifest.missing-file", rel, loc,
                     f"{e.path} is listed in {rel} but does not exist.")
