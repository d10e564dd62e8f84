"""Bags built in memory for bundles: a copy of a bag with files added to its payload, and a
new bag around a tree (Archivematica's zipped bag). Manifests use the bag's own algorithms
(sha512 for the bags ``archive pack`` writes); bag-info.txt keeps its labels, in order, with
Payload-Oxum recomputed."""

from __future__ import annotations

import hashlib
import re

from archive.bag.writer import BAGIT_TXT, encode_manifest_path
from archive.bundle.archives import Tree
from archive.bundle.source import BagSource

_PAYLOAD_MANIFEST = re.compile(r"^manifest-([a-z0-9]+)\.txt$")


def _manifest(files: Tree, names: list[str], alg: str) -> bytes:
    return "".join(f"{hashlib.new(alg, files[n]).hexdigest()}  {encode_manifest_path(n)}\n"
                   for n in sorted(names)).encode("utf-8")


def _with_oxum(info_text: str, files: Tree) -> str:
    payload = [n for n in files if n.startswith("data/")]
    oxum = f"Payload-Oxum: {sum(len(files[n]) for n in payload)}.{len(payload)}"
    lines = [line for line in info_text.splitlines() if not line.startswith("Payload-Oxum:")]
    return "\n".join(lines + [oxum]) + "\n"


def make_bag(payload: Tree, info_text: str, algorithms: tuple[str, ...] = ("sha512",),
             extra_tags: Tree | None = None) -> Tree:
    """A BagIt 1.0 bag of ``payload`` (names relative to ``data/``)."""
    files: Tree = {f"data/{name}": data for name, data in payload.items()}
    files["bagit.txt"] = BAGIT_TXT
    files.update(extra_tags or {})
    files["bag-info.txt"] = _with_oxum(info_text, files).encode("utf-8")
    data_names = [n for n in files if n.startswith("data/")]
    for alg in algorithms:
        files[f"manifest-{alg}.txt"] = _manifest(files, data_names, alg)
    tag_names = [n for n in files if not n.startswith("data/")]
    for alg in algorithms:
        files[f"tagmanifest-{alg}.txt"] = _manifest(files, tag_names, alg)
    return dict(sorted(files.items()))


def bag_with_payload(source: BagSource, added: Tree) -> Tree:
    """``source`` with ``added`` (paths under ``data/``) in its payload, manifests updated;
    its other tag files are kept as they are."""
    algorithms = tuple(sorted(m[1] for n in source.files if (m := _PAYLOAD_MANIFEST.match(n)))) or ("sha512",)
    payload = {n[len("data/"):]: d for n, d in source.files.items() if n.startswith("data/")}
    payload.update({n[len("data/"):]: d for n, d in added.items()})
    kept = {n: d for n, d in source.files.items()
            if not n.startswith("data/") and n not in ("bagit.txt", "bag-info.txt")
            and not re.match(r"^(tag)?manifest-[a-z0-9]+\.txt$", n)}
    info = source.files.get("bag-info.txt", b"").decode("utf-8")
    return make_bag(payload, info, algorithms, kept)
