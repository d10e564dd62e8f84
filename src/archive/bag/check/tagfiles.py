"""Tag files: bag-info.txt and its Payload-Oxum (RFC 8493 2.2.2), and the tag manifests (2.2.1)."""

from __future__ import annotations

import re

from archive.bag.check.context import MANIFEST_RE, Disk, ManifestEntry
from archive.bag.check.manifests import ManifestChecks

_OXUM_RE = re.compile(r"^([0-9]+)\.([0-9]+)$")
_DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_SHOULD_NOT_REPEAT = ("bagging-date", "bag-size", "bag-group-identifier", "bag-count")


class TagFileChecks(ManifestChecks):
    def check_bag_info(self) -> tuple[int, int] | None:
        rel = "bag-info.txt"
        if rel not in self.disk.tag_files:
            return None
        lines = self.read_lines(rel)
        if lines is None:
            return None
        elements: list[tuple[str, str, int]] = []
        for lineno, line in lines:
            loc = f"line {lineno}"
            if line[0] in " \t":
                if not elements:
                    self.add("error", "bagit.bag-info.malformed-line", rel, loc,
                             "A continuation line appears before any metadata element.")
                else:
                    label, value, start = elements[-1]
                    elements[-1] = (label, (value + " " + line.strip()).strip(), start)
                continue
            if ":" not in line:
                self.add("error", "bagit.bag-info.malformed-line", rel, loc,
                         f"Line {line[:40]!r} is not of the form 'label: value'.",
                         "Indent continuation lines with a space or tab.")
                continue
            label, rest = line.split(":", 1)
            if not label.strip():
                self.add("error", "bagit.bag-info.malformed-line", rel, loc, "A metadata element has an empty label.")
                continue
            if self.strict:
                if label != label.strip():
                    self.add("error", "bagit.bag-info.label-whitespace", rel, loc,
                             f"Label {label!r} starts or ends with whitespace, which BagIt 1.0 forbids.")
                if rest and rest[0] not in " \t":
                    self.add("error", "bagit.bag-info.malformed-line", rel, loc,
                             f"Label {label.strip()!r} is not followed by ': ' (colon and one space).")
            value = rest.strip()
            if not value:
                self.add("warning", "bagit.bag-info.empty-value", rel, loc,
                         f"Metadata element {label.strip()!r} has no value.")
            elements.append((label.strip(), value, lineno))

        by_label: dict[str, list[tuple[str, int]]] = {}
        for label, value, lineno in elements:
            by_label.setdefault(label.lower(), []).append((value, lineno))
        if self.strict:
            for name in _SHOULD_NOT_REPEAT:
                if len(by_label.get(name, [])) > 1:
                    self.add("warning", "bagit.bag-info.repeated-element", rel, f"line {by_label[name][1][1]}",
                             f"{name.title()} appears {len(by_label[name])} times but SHOULD NOT be repeated.")
            for value, lineno in by_label.get("bagging-date", []):
                if not _DATE_RE.match(value):
                    self.add("warning", "bagit.bag-info.bagging-date-format", rel, f"line {lineno}",
                             f"Bagging-Date {value!r} is not in YYYY-MM-DD form.")
        oxums = by_label.get("payload-oxum", [])
        if len(oxums) > 1:
            self.add("error", "bagit.bag-info.payload-oxum-repeated", rel, f"line {oxums[1][1]}",
                     "Payload-Oxum appears more than once; it MUST NOT be repeated.")
        if oxums:
            value, lineno = oxums[0]
            m = _OXUM_RE.match(value)
            if not m:
                self.add("error", "bagit.bag-info.payload-oxum-malformed", rel, f"line {lineno}",
                         f"Payload-Oxum {value!r} is not of the form OctetCount.StreamCount.")
                return None
            return int(m.group(1)), int(m.group(2))
        return None

    def check_oxum(self, oxum: tuple[int, int], disk: Disk) -> None:
        octets = sum(disk.payload.values())
        streams = len(disk.payload)
        if (octets, streams) == oxum:
            return
        missing_sys = self.missing_system_files
        if missing_sys and oxum[1] == streams + len(missing_sys) and oxum[0] >= octets:
            self.add("warning", "bagit.bag-info.payload-oxum-unverifiable", "bag-info.txt", "",
                     f"Payload-Oxum {oxum[0]}.{oxum[1]} differs from the payload ({octets}.{streams}) only "
                     f"by {len(missing_sys)} missing OS clutter file(s).")
            return
        self.add("error", "bagit.bag-info.payload-oxum-mismatch", "bag-info.txt", "",
                 f"Payload-Oxum says {oxum[0]}.{oxum[1]} but the payload has {octets} octets in {streams} files.",
                 "Files were added to or removed from data/ after bagging.")

    def check_tag_manifests(self, manifests: dict[str, str], payload_manifests: dict[str, str],
                            disk: Disk) -> list[ManifestEntry]:
        all_entries: list[ManifestEntry] = []
        listed_sets: dict[str, set[str]] = {}
        for rel, alg in manifests.items():
            entries = self.parse_manifest(rel, alg, is_tag=True)
            self._duplicates(entries, rel)
            listed: set[str] = set()
            for e in entries:
                loc = f"line {e.lineno}"
                if e.path == "data" or e.path.startswith("data/"):
                    self.add("error", "bagit.tagmanifest.lists-payload", rel, loc,
                             f"Tag manifest lists payload file {e.path}; tag manifests list tag files only.")
                    continue
                m = MANIFEST_RE.match(e.path)
                if m and m.group(1):
                    self.add("error", "bagit.tagmanifest.lists-tagmanifest", rel, loc,
                             f"Tag manifest lists the tag manifest {e.path}, which RFC 8493 forbids.")
                    continue
                path = e.path
                if path not in disk.tag_files and e.alt_path in disk.tag_files:
                    path = e.alt_path
                if path not in disk.tag_files:
                    if path in disk.dirs:
                        self.add("error", "bagit.manifest.lists-directory", rel, loc,
                                 f"{path} is a directory; manifests list files only.")
                    else:
                        self.add("error", "bagit.tagmanifest.missing-file", rel, loc,
                                 f"{path} is listed in {rel} but does not exist.")
                    continue
                e.resolved = path
                listed.add(path)
                all_entries.append(e)
            listed_sets[rel] = listed
            for pm in payload_manifests:
                if pm not in listed:
                    self.add(self.versioned(), "bagit.tagmanifest.missing-payload-manifest", rel, "",
                             f"{rel} does not list the payload manifest {pm}.")
            if self.strict:
                others = sorted(t for t in disk.tag_files - listed - set(manifests))
                if others:
                    self.add("warning", "bagit.tagmanifest.unlisted-tag-file", rel, "",
                             f"{rel} does not list tag file(s) {', '.join(others)}.")
        if self.strict and manifests:
            if len({frozenset(s) for s in listed_sets.values()}) > 1:
                self.add("warning", "bagit.tagmanifest.inconsistent", "", "",
                         "The tag manifests do not all list the same tag files.")
            if set(manifests.values()) != set(payload_manifests.values()):
                self.add("warning", "bagit.tagmanifest.algorithm-mismatch", "", "",
                         "Tag manifests SHOULD use the same algorithms as the payload manifests.")
        return all_entries
