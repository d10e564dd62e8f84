"""Tests for archive.bag.check: LoC conformance suite, bagit agreement, mutations.

Expected rule ids for the conformance bags were written by reading each bag
(its name, README and bytes), not by running the checker.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from archive.bag.check import RULES, check_bag
from archive.base.findings import Finding

SUITE = Path(__file__).parent / "data" / "bagit-conformance"

# Invalid bags: the rule that names the reason the bag is in "invalid".
EXPECTED_ERROR: dict[str, str] = {
    "v0.97/invalid/baginfo-missing-encoding": "bagit.bagit-txt.missing-encoding",
    "v0.97/invalid/bom-in-bagit.txt": "bagit.bagit-txt.bom",
    "v0.97/invalid/corrupt-data-file": "bagit.manifest.checksum-mismatch",
    "v0.97/invalid/corrupt-tag-file": "bagit.tagmanifest.checksum-mismatch",
    "v0.97/invalid/extra-file-in-bag": "bagit.payload.not-in-manifest",
    "v0.97/invalid/invalid-version-number": "bagit.bagit-txt.version-invalid",
    # bag-info.txt is optional, but this bag's tag manifest lists it.
    "v0.97/invalid/missing-baginfo": "bagit.tagmanifest.missing-file",
    "v0.97/invalid/missing-bagit.txt": "bagit.bagit-txt.missing",
    "v0.97/invalid/out-of-scope-file-paths-using-dot-notation": "bagit.path.escapes-bag",
    "v0.97/invalid/out-of-scope-file-paths-using-dot-notation-for-fetch": "bagit.path.escapes-bag",
    "v0.97/invalid/same-filename-listed-twice-with-different-hashes": "bagit.manifest.duplicate-conflict",
    "v1.0/invalid/bagit-with-invalid-whitespace": "bagit.bagit-txt.malformed",
    # Its only manifest omits data/missingFromManifest.txt.
    "v1.0/invalid/notAllManifestsListAllFiles": "bagit.payload.not-in-manifest",
    "v1.0/invalid/same-filename-listed-twice-with-different-hashes": "bagit.manifest.duplicate-conflict",
    # 1.0: "every payload manifest MUST list every payload file name exactly once".
    "v1.0/invalid/same-filename-listed-twice-with-the-same-hash": "bagit.manifest.duplicate-entry",
}

# Warning bags: the warning that names the reason.
EXPECTED_WARNING: dict[str, str] = {
    "v0.97/warning/duplicate-file-with-different-case": "bagit.manifest.case-clash",
    "v0.97/warning/made-with-md5sum-tools": "bagit.manifest.md5sum-marker",
    "v0.97/warning/relative-path": "bagit.path.non-canonical",
    "v0.97/warning/same-filename-listed-twice-with-different-normalization": "bagit.manifest.normalization-clash",
    "v0.97/warning/same-filename-listed-twice-with-the-same-hash": "bagit.manifest.duplicate-entry",
    "v0.97/warning/special-system-files": "bagit.payload.system-file",
}

# Valid bags that legitimately draw a warning.  The suite labels "./data/x"
# both valid (bag-with-leading-dot-slash-in-manifest) and warning
# (warning/relative-path); the warning label is the stricter one, so both warn.
VALID_WARNINGS: dict[str, set[str]] = {
    "v0.97/valid/bag-with-leading-dot-slash-in-manifest": {"bagit.path.non-canonical"},
}


def _suite_bags() -> list[tuple[str, str]]:
    bags = []
    for version in sorted(SUITE.glob("v*")):
        for label_dir in sorted(p for p in version.iterdir() if p.is_dir()):
            for bag in sorted(p for p in label_dir.iterdir() if p.is_dir()):
                bags.append((bag.relative_to(SUITE).as_posix(), label_dir.name))
    return bags


SUITE_BAGS = _suite_bags()


def _errors(findings: list[Finding]) -> set[str]:
    return {f.rule for f in findings if f.severity == "error"}


def _warnings(findings: list[Finding]) -> set[str]:
    return {f.rule for f in findings if f.severity == "warning"}


def test_suite_copy_is_complete() -> None:
    """The vendored suite must hold every bag the expectations talk about."""
    names = {name for name, _ in SUITE_BAGS}
    assert len(SUITE_BAGS) == 34
    assert set(EXPECTED_ERROR) <= names
    assert set(EXPECTED_WARNING) <= names
    # CRLF and UTF-16 bytes survived the copy (see .gitattributes).
    assert b"\r\n" in (SUITE / "v0.97/valid/bag-in-a-bag/manifest-md5.txt").read_bytes()
    assert (SUITE / "v0.97/valid/UTF-16-encoded-tag-files/bag-info.txt").read_bytes().startswith(b"\xfe\xff")


@pytest.mark.parametrize(("name", "label"), SUITE_BAGS, ids=[n for n, _ in SUITE_BAGS])
def test_conformance_suite(name: str, label: str) -> None:
    findings = check_bag(SUITE / name)
    errors, warnings = _errors(findings), _warnings(findings)
    if label == "valid":
        assert not errors, findings
        assert warnings == VALID_WARNINGS.get(name, set()), findings
    elif label == "invalid":
        assert name in EXPECTED_ERROR, f"add an expected rule for {name}"
        assert EXPECTED_ERROR[name] in errors, findings
    elif label == "warning":
        assert name in EXPECTED_WARNING, f"add an expected rule for {name}"
        assert not errors, findings
        assert EXPECTED_WARNING[name] in warnings, findings
    else:  # pragma: no cover - linux-only / windows-only folders are not in this copy
        pytest.skip(f"label {label}")


def test_conformance_fast_mode_keeps_structure_errors() -> None:
    """fast skips hashing but still sees structural and completeness problems."""
    assert "bagit.manifest.checksum-mismatch" not in _errors(
        check_bag(SUITE / "v0.97/invalid/corrupt-data-file", fast=True))
    assert "bagit.payload.not-in-manifest" in _errors(check_bag(SUITE / "v0.97/invalid/extra-file-in-bag", fast=True))
    assert "bagit.bagit-txt.bom" in _errors(check_bag(SUITE / "v0.97/invalid/bom-in-bagit.txt", fast=True))


# --- a tiny bag writer, independent of both validators -------------------------------------------


def make_bag(root: Path, files: dict[str, bytes], algorithms: tuple[str, ...] = ("sha256", "sha512"),
             version: str = "1.0", bag_info: bool = True) -> Path:
    """Write a valid BagIt bag by hand (names are encoded as RFC 8493 requires)."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "bagit.txt").write_bytes(f"BagIt-Version: {version}\nTag-File-Character-Encoding: UTF-8\n".encode())
    for rel, content in files.items():
        target = root / "data" / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    (root / "data").mkdir(exist_ok=True)

    def enc(path: str) -> str:
        return path.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D")

    for alg in algorithms:
        lines = [f"{hashlib.new(alg, content).hexdigest()}  {enc('data/' + rel)}\n"
                 for rel, content in sorted(files.items())]
        (root / f"manifest-{alg}.txt").write_text("".join(lines), encoding="utf-8", newline="")
    if bag_info:
        octets = sum(len(c) for c in files.values())
        (root / "bag-info.txt").write_text(
            f"Bagging-Date: 2024-05-01\nPayload-Oxum: {octets}.{len(files)}\n", encoding="utf-8", newline="")
    write_tagmanifests(root, algorithms)
    return root


def write_tagmanifests(root: Path, algorithms: tuple[str, ...]) -> None:
    tag_files = sorted(p.name for p in root.iterdir() if p.is_file() and not p.name.startswith("tagmanifest-"))
    for alg in algorithms:
        lines = [f"{hashlib.new(alg, (root / name).read_bytes()).hexdigest()}  {name}\n" for name in tag_files]
        (root / f"tagmanifest-{alg}.txt").write_text("".join(lines), encoding="utf-8", newline="")


FILES = {
    "hello.txt": b"hello\n",
    "dir/sub/nested.bin": bytes(range(256)) * 3,
    "with space.txt": b"space",
    "empty": b"",
    "unicod\u00e9-\u00f1.txt": "caf\u00e9".encode(),
}


@pytest.fixture()
def bag(tmp_path: Path) -> Path:
    return make_bag(tmp_path / "bag", FILES)


def test_clean_bag_has_no_findings(bag: Path) -> None:
    assert check_bag(bag) == []
    assert check_bag(bag, fast=True) == []


# --- agreement with the bagit reference library ---------------------------------------------------

bagit = pytest.importorskip("bagit")


@pytest.mark.parametrize("algorithms", [("sha256",), ("sha512",), ("sha256", "sha512"), ("md5", "sha512")])
@pytest.mark.parametrize("version", ["0.97", "1.0"])
def test_agrees_with_bagit_on_hand_made_bags(tmp_path: Path, algorithms: tuple[str, ...], version: str) -> None:
    root = make_bag(tmp_path / "b", FILES, algorithms=algorithms, version=version)
    bagit.Bag(str(root)).validate()  # raises if the reference library disagrees
    findings = check_bag(root)
    assert not _errors(findings)
    expected = {"bagit.manifest.weak-algorithm"} if version == "1.0" and "md5" in algorithms else set()
    assert _warnings(findings) == expected


def test_agrees_with_bagit_on_bags_bagit_writes(tmp_path: Path) -> None:
    src = tmp_path / "made"
    for rel, content in FILES.items():
        (src / rel).parent.mkdir(parents=True, exist_ok=True)
        (src / rel).write_bytes(content)
    bagit.make_bag(str(src), checksums=["sha256", "sha512"])
    assert check_bag(src) == []
    (src / "data" / "hello.txt").write_bytes(b"HELLO\n")
    with pytest.raises(bagit.BagValidationError):
        bagit.Bag(str(src)).validate()
    assert "bagit.manifest.checksum-mismatch" in _errors(check_bag(src))


def test_agrees_with_bagit_on_corrupt_hand_made_bag(tmp_path: Path) -> None:
    root = make_bag(tmp_path / "b", FILES)
    (root / "data" / "hello.txt").write_bytes(b"jello\n")
    with pytest.raises(bagit.BagValidationError):
        bagit.Bag(str(root)).validate()
    assert "bagit.manifest.checksum-mismatch" in _errors(check_bag(root))


# --- mutations of a valid bag: each must trip its own rule ---------------------------------------


def _rewrite(path: Path, old: bytes, new: bytes) -> None:
    data = path.read_bytes()
    assert old in data
    path.write_bytes(data.replace(old, new, 1))


def _flip_byte(bag: Path) -> None:
    p = bag / "data" / "dir" / "sub" / "nested.bin"
    data = bytearray(p.read_bytes())
    data[10] ^= 0xFF
    p.write_bytes(bytes(data))


def _drop_first_line(path: Path) -> None:
    lines = path.read_bytes().splitlines(keepends=True)
    path.write_bytes(b"".join(lines[1:]))


def _drop_first_payload_line_everywhere(bag: Path) -> None:
    for alg in ("sha256", "sha512"):
        _drop_first_line(bag / f"manifest-{alg}.txt")


MUTATIONS = {
    "payload-byte-changed": (_flip_byte, "bagit.manifest.checksum-mismatch"),
    "payload-file-removed": (lambda b: (b / "data" / "hello.txt").unlink(), "bagit.manifest.missing-file"),
    "extra-payload-file": (lambda b: (b / "data" / "extra.txt").write_bytes(b"x"), "bagit.payload.not-in-manifest"),
    "manifest-line-removed": (lambda b: _drop_first_line(b / "manifest-sha256.txt"),
                              "bagit.manifest.not-in-every-manifest"),
    "manifest-line-removed-everywhere": (_drop_first_payload_line_everywhere, "bagit.payload.not-in-manifest"),
    "tagmanifest-checksum-corrupted": (
        lambda b: (b / "tagmanifest-sha256.txt").write_bytes(b"0" * 64 + (b / "tagmanifest-sha256.txt").read_bytes()[64:]),
        "bagit.tagmanifest.checksum-mismatch"),
    "payload-oxum-broken": (lambda b: _rewrite(b / "bag-info.txt", b"Payload-Oxum: ", b"Payload-Oxum: 1"),
                            "bagit.bag-info.payload-oxum-mismatch"),
    "bom-in-bagit-txt": (lambda b: (b / "bagit.txt").write_bytes(b"\xef\xbb\xbf" + (b / "bagit.txt").read_bytes()),
                         "bagit.bagit-txt.bom"),
    "dotdot-path-in-manifest": (
        lambda b: (b / "manifest-sha256.txt").write_bytes((b / "manifest-sha256.txt").read_bytes()
                                                          + b"0" * 64 + b"  data/../../etc/passwd\n"),
        "bagit.path.escapes-bag"),
    "absolute-path-in-manifest": (
        lambda b: (b / "manifest-sha256.txt").write_bytes((b / "manifest-sha256.txt").read_bytes()
                                                          + b"0" * 64 + b"  /etc/passwd\n"),
        "bagit.path.absolute"),
    "bagit-txt-removed": (lambda b: (b / "bagit.txt").unlink(), "bagit.bagit-txt.missing"),
    "data-dir-removed": (lambda b: shutil.rmtree(b / "data"), "bagit.payload.missing-data-dir"),
    "all-manifests-removed": (lambda b: [(b / f"manifest-{a}.txt").unlink() for a in ("sha256", "sha512")],
                              "bagit.manifest.none"),
    "version-garbled": (lambda b: _rewrite(b / "bagit.txt", b"1.0", b"one"), "bagit.bagit-txt.version-invalid"),
    "bag-info-label-whitespace": (lambda b: _rewrite(b / "bag-info.txt", b"Bagging-Date:", b"Bagging-Date :"),
                                  "bagit.bag-info.label-whitespace"),
    "bag-info-no-colon": (lambda b: _rewrite(b / "bag-info.txt", b"Bagging-Date:", b"Bagging-Date"),
                          "bagit.bag-info.malformed-line"),
    "manifest-lists-directory": (
        lambda b: (b / "manifest-sha256.txt").write_bytes((b / "manifest-sha256.txt").read_bytes()
                                                          + b"0" * 64 + b"  data/dir\n"),
        "bagit.manifest.lists-directory"),
    "tagmanifest-lists-payload": (
        lambda b: (b / "tagmanifest-sha256.txt").write_bytes((b / "tagmanifest-sha256.txt").read_bytes()
                                                             + b"0" * 64 + b"  data/hello.txt\n"),
        "bagit.tagmanifest.lists-payload"),
    "short-checksum": (lambda b: _rewrite(b / "manifest-sha256.txt", b"  data/hello.txt", b"0  data/hello.txt"),
                       "bagit.manifest.bad-checksum"),
}


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_mutation_is_detected(bag: Path, name: str) -> None:
    assert check_bag(bag) == []
    mutate, rule = MUTATIONS[name]
    mutate(bag)
    findings = check_bag(bag)
    assert rule in _errors(findings), findings


def test_short_checksum_mutation_really_shortens(bag: Path) -> None:
    # Guard for the mutation above: replacing "  data/hello.txt" prepends to the
    # path column only if the checksum keeps its length, so check by parsing.
    MUTATIONS["short-checksum"][0](bag)
    line = next(ln for ln in (bag / "manifest-sha256.txt").read_text().splitlines() if "hello" in ln)
    assert line.split()[0].endswith("0") and len(line.split()[0]) == 65


# --- further RFC corners -------------------------------------------------------------------------


def test_percent_encoded_names_in_1_0(tmp_path: Path) -> None:
    files = {"line\nbreak.txt": b"a", "carriage\rreturn.txt": b"b", "100%25real.txt": b"c", "%0A-literal": b"d"}
    root = make_bag(tmp_path / "b", files)
    assert check_bag(root) == []


def test_crlf_and_cr_manifests_and_blank_lines(bag: Path) -> None:
    m = bag / "manifest-sha512.txt"
    m.write_bytes(m.read_bytes().replace(b"\n", b"\r"))
    write_tagmanifests(bag, ("sha256", "sha512"))
    assert check_bag(bag) == []
    m.write_bytes(m.read_bytes().replace(b"\r", b"\r\n\r\n"))
    write_tagmanifests(bag, ("sha256", "sha512"))
    findings = check_bag(bag)
    assert not _errors(findings)
    assert _warnings(findings) == {"bagit.tagfile.blank-line"}


def test_utf8_bom_in_other_tag_file_is_error(bag: Path) -> None:
    info = bag / "bag-info.txt"
    info.write_bytes(b"\xef\xbb\xbf" + info.read_bytes())
    assert "bagit.tagfile.bom" in _errors(check_bag(bag))


def test_version_0_97_rules(tmp_path: Path) -> None:
    root = make_bag(tmp_path / "b", FILES, version="0.97")
    _drop_first_line(root / "manifest-sha256.txt")  # file still listed in sha512
    write_tagmanifests(root, ("sha256", "sha512"))
    findings = check_bag(root)
    assert not _errors(findings)
    assert _warnings(findings) == {"bagit.manifest.not-in-every-manifest"}


def test_old_draft_version_warns(tmp_path: Path) -> None:
    root = make_bag(tmp_path / "b", FILES, version="0.96")
    assert _warnings(check_bag(root)) == {"bagit.bagit-txt.version-unsupported"}
    assert not _errors(check_bag(root))


def test_fetch_holes(tmp_path: Path) -> None:
    root = make_bag(tmp_path / "b", FILES)
    (root / "fetch.txt").write_bytes(b"https://example.org/hello.txt 6 data/hello.txt\n")
    write_tagmanifests(root, ("sha256", "sha512"))
    assert check_bag(root) == []  # fetched already: complete
    (root / "data" / "hello.txt").unlink()
    rules = _errors(check_bag(root))
    assert "bagit.fetch.not-fetched" in rules
    assert "bagit.manifest.missing-file" not in rules
    (root / "fetch.txt").write_bytes(b"not-a-url x data/other.txt\n")
    rules = _errors(check_bag(root))
    assert {"bagit.fetch.bad-url", "bagit.fetch.bad-length", "bagit.fetch.not-in-manifest"} <= rules


def test_symlink_out_of_bag_is_error_and_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"hello\n")
    files = dict(FILES)
    root = make_bag(tmp_path / "b", files)
    (root / "data" / "hello.txt").unlink()
    os.symlink(secret, root / "data" / "hello.txt")
    assert "bagit.symlink.escapes" in _errors(check_bag(root))


def test_symlink_inside_bag_is_warning(tmp_path: Path) -> None:
    root = make_bag(tmp_path / "b", FILES)
    (root / "data" / "hello.txt").unlink()
    os.symlink("with space.txt", root / "data" / "hello.txt")
    findings = check_bag(root)
    assert "bagit.symlink" in _warnings(findings)
    assert "bagit.manifest.checksum-mismatch" in _errors(findings)  # read through, contents differ


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_in_payload_does_not_hang(bag: Path) -> None:
    os.mkfifo(bag / "data" / "pipe")
    assert "bagit.payload.not-regular-file" in _errors(check_bag(bag))


def test_case_clash_on_disk_warns(bag: Path) -> None:
    (bag / "data" / "HELLO.txt").write_bytes(b"hello\n")
    findings = check_bag(bag)
    assert "bagit.payload.case-clash" in _warnings(findings)
    assert "bagit.payload.not-in-manifest" in _errors(findings)


def test_normalization_tolerated_with_warning(tmp_path: Path) -> None:
    nfc, nfd = "N\u00fa\u00f1ez", "Nu\u0301n\u0303ez"
    root = make_bag(tmp_path / "b", {nfc: b"x"})
    for alg in ("sha256", "sha512"):
        m = root / f"manifest-{alg}.txt"
        m.write_text(m.read_text(encoding="utf-8").replace(nfc, nfd), encoding="utf-8", newline="")
    write_tagmanifests(root, ("sha256", "sha512"))
    findings = check_bag(root)
    assert not _errors(findings)
    assert "bagit.path.normalization-mismatch" in _warnings(findings)


def test_unsupported_and_weak_algorithms(tmp_path: Path) -> None:
    root = make_bag(tmp_path / "b", FILES, algorithms=("sha1", "sha256"))
    assert _warnings(check_bag(root)) == {"bagit.manifest.weak-algorithm"}
    (root / "manifest-whirlpool.txt").write_bytes(b"00  data/hello.txt\n")
    findings = check_bag(root)
    assert "bagit.manifest.unsupported-algorithm" in _warnings(findings)


def test_findings_are_serialisable_and_rules_documented(bag: Path) -> None:
    (bag / "data" / "extra").write_bytes(b"!")
    findings = check_bag(bag)
    assert findings
    for f in findings:
        d = f.to_dict()
        assert set(d) == {"severity", "rule", "file", "location", "message", "hint"}
        assert d["rule"] in RULES
        assert d["severity"] in ("error", "warning")
    for section, severity, summary in RULES.values():
        assert section and summary and severity in ("error", "warning", "error/warning")


def test_not_a_directory(tmp_path: Path) -> None:
    f = tmp_path / "file"
    f.write_bytes(b"")
    assert _errors(check_bag(f)) == {"bagit.bag.not-a-directory"}
    assert _errors(check_bag(tmp_path / "missing")) == {"bagit.bag.not-a-directory"}


def test_a_checksum_mismatch_prints_short_digests(tmp_path: Path) -> None:
    import hashlib

    root = make_bag(tmp_path / "b", FILES)
    (root / "data" / "hello.txt").write_bytes(b"jello\n")
    found = [f for f in check_bag(root) if f.rule == "bagit.manifest.checksum-mismatch"]
    assert found
    actual = hashlib.sha256(b"jello\n").hexdigest()  # make_bag lists sha256
    message = found[0].message
    assert actual not in message and actual[:12] in message  # a git-style prefix, not 128 digits
    assert len(message) < 160, message
