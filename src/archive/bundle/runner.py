"""Bundling a records folder: bags in, one bundle per bag (or one batch) out.

- **Atomic.** Each bundle is written as ``DEST/.staging-<name>-<pid>`` and renamed into place
  only when whole; an older bundle is moved aside first and removed once the new one is in
  place, so a kill leaves either the old bundle or the new one, never half of one. Staging
  left by a process that is gone is removed at the start of the next run.
- **Durable in groups.** Up to ``GROUP_SIZE`` staged bundles share one barrier (the file
  system synced once, the renames, the folder synced), as ``archive pack`` does for bags; a
  bundle is reported only after its barrier.
- **Parallel and in order.** With ``jobs`` > 1, worker processes read the bags and stage the
  bundles; outcomes come back in the order of the bags, so the output does not depend on
  ``jobs``.
- **Resumable.** A small index in the user's cache remembers, per bundle, the bag's tag
  manifest, the options and the code that made it; a re-run skips bundles whose bag did not
  change. Without the index (or with ``force``) a bundle is rebuilt and compared byte for
  byte with the one in place: equal bundles are left untouched and reported "unchanged".
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from archive.bundle.archives import write_folder, write_tar_gz, write_zip
from archive.bundle.outcome import BundleOutcome, BundleSummary
from archive.bundle.pool import CHUNK, PARALLEL_THRESHOLD, worker_pool
from archive.bundle.product import BundleOptions, Product
from archive.bundle.resume import BundleIndex
from archive.bundle.source import BagReadError, BagSource, read_bag
from archive.bundle.staging import STAGING_PREFIX, put_in_place, remove, same_bundle, sweep_staging
from archive.catalog.describe import find_bags, is_bag

#: Bundles that share one durability barrier.
GROUP_SIZE = 32


def iter_bags(paths: Iterable[Path]) -> Iterator[Path]:
    """Each path that is a bag, else the bags directly inside it (sorted)."""
    for path in paths:
        path = Path(path)
        if is_bag(path):
            yield path
        else:
            yield from find_bags(path)


def target_name(bag_name: str, options: BundleOptions) -> str:
    """The bundle's name in the destination, known before the bag is read (for resuming)."""
    fmt = options.format
    if fmt == "zip" or (fmt == "rocrate" and options.zip) or (fmt == "archivematica" and options.zipped_bag):
        return f"{bag_name}.zip"
    if fmt == "tar":
        return f"{bag_name}.tar.gz"
    return bag_name


def make_product(source: BagSource, options: BundleOptions) -> Product:
    """The bundle of one bag in a per-record format (everything but saf)."""
    name = target_name(source.name, options)
    fmt = options.format
    if fmt in ("zip", "tar"):
        return Product(name, fmt, dict(source.files), source.moment, top=source.name)
    if fmt == "rocrate":
        from archive.bundle.rocrate import crate_in_bag, crate_tree

        if options.in_bag:  # a bag again: a folder, or serialised like --format zip
            tree = crate_in_bag(source, options.license)
            if options.zip:
                return Product(name, "zip", tree, source.moment, top=source.name)
            return Product(name, "folder", tree, source.moment)
        return Product(name, "zip" if options.zip else "folder", crate_tree(source, options.license),
                       source.moment)
    if fmt == "archivematica":
        from archive.bundle.archivematica import transfer_bag, transfer_tree

        if options.zipped_bag:
            return Product(name, "zip", transfer_bag(source), source.moment, top=source.name)
        return Product(name, "folder", transfer_tree(source), source.moment)
    raise ValueError(f"{fmt} is not a per-record format")


def write_product(product: Product, path: str) -> None:
    if product.kind == "folder":
        write_folder(product.tree, path, product.moment)
        return
    with open(path, "xb") as handle:
        if product.kind == "zip":
            write_zip(product.tree, handle, product.moment, product.top)
        else:
            write_tar_gz(product.tree, handle, product.moment, product.top)


@dataclass(frozen=True)
class _Staged:
    bag: Path
    target: Path | None
    staging: str | None
    status: str  # "staged", "unchanged" or "failed"
    error: str | None = None


def stage_one(task: tuple[Path, Path, BundleOptions]) -> _Staged:
    """Read one bag and stage its bundle beside the target (in a worker or in-process)."""
    bag, dest, options = task
    target = dest / target_name(bag.name, options)
    try:
        source = read_bag(bag)
        product = make_product(source, options)
    except BagReadError as exc:
        return _Staged(bag, None, None, "failed", exc.reason)
    except (ValueError, KeyError, SyntaxError) as exc:  # lxml's XMLSyntaxError is a SyntaxError
        return _Staged(bag, None, None, "failed", f"cannot read the record files: {exc}")
    staging = str(dest / f"{STAGING_PREFIX}{product.name}-{os.getpid()}")
    try:
        remove(staging)
        write_product(product, staging)
        if same_bundle(target, Path(staging)):
            remove(staging)
            return _Staged(bag, target, None, "unchanged")
    except OSError as exc:
        remove(staging)
        return _Staged(bag, target, None, "failed", f"cannot write {target}: {exc.strerror or exc}")
    return _Staged(bag, target, staging, "staged")


class _Committer:
    """Holds staged bundles until a group is full, then makes them durable and renames them."""

    def __init__(self, dest: Path, index: BundleIndex, emit: Callable[[BundleOutcome], None]) -> None:
        self.dest, self.index, self.emit = dest, index, emit
        self.pending: list[tuple[_Staged, str]] = []

    def add(self, staged: _Staged, key: str | None) -> None:
        if staged.status != "staged":
            if staged.status == "unchanged" and key and staged.target is not None:
                self.index.remember(staged.target.name, key)
            self.emit(BundleOutcome(staged.bag, staged.target, staged.status, staged.error))
            return
        self.pending.append((staged, key or ""))
        if len(self.pending) >= GROUP_SIZE:
            self.commit()

    def commit(self) -> None:
        from archive.bag.writer import sync_file_system

        group, self.pending = self.pending, []
        if not group:
            return
        try:
            fd = os.open(self.dest, os.O_RDONLY)
            try:
                if not sync_file_system(fd):
                    os.sync()
                outcomes = []
                for staged, key in group:
                    assert staged.target is not None and staged.staging is not None
                    status = put_in_place(staged.staging, staged.target)
                    outcomes.append((BundleOutcome(staged.bag, staged.target, status), key))
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            for staged, _ in group:
                if staged.staging:
                    remove(staged.staging)
                self.emit(BundleOutcome(staged.bag, staged.target, "failed",
                                        f"cannot commit: {exc.strerror or exc}"))
            return
        for outcome, key in outcomes:
            if key and outcome.target is not None:
                self.index.remember(outcome.target.name, key)
            self.emit(outcome)

    def discard(self) -> None:
        for staged, _ in self.pending:
            if staged.staging:
                remove(staged.staging)
        self.pending = []


def bundle_records(paths: Iterable[Path], dest: Path, options: BundleOptions,
                   on_outcome: Callable[[BundleOutcome], None] | None = None, *,
                   jobs: int = 1, force: bool = False, keep_outcomes: bool = False,
                   on_total: Callable[[int], None] | None = None) -> BundleSummary:
    """Bundle every bag under ``paths`` into ``dest``; a bad bag is reported and skipped.

    ``KeyboardInterrupt`` propagates after workers are stopped and staging is removed, with
    the partial summary attached as ``exc.summary``.
    """
    dest = Path(dest)
    summary = BundleSummary(options.format, dest, keep_outcomes)
    bags = list(iter_bags(paths))
    if on_total is not None:
        on_total(len(bags))
    if options.format == "saf":
        from archive.bundle.saf import bundle_saf

        return bundle_saf(bags, dest, options, summary, on_outcome, jobs=jobs, force=force)
    dest.mkdir(parents=True, exist_ok=True)
    sweep_staging(dest)

    def emit(outcome: BundleOutcome) -> None:
        summary.add(outcome)
        if on_outcome is not None:
            on_outcome(outcome)

    index = BundleIndex(dest, options)
    committer = _Committer(dest, index, emit)
    plan: list[tuple[Path, str | None, bool]] = []  # (bag, resume key, known unchanged)
    for bag in bags:
        key = index.key(bag)
        name = target_name(bag.name, options)
        known = (not force and key is not None and index.lookup(name) == key
                 and os.path.lexists(dest / name))
        plan.append((bag, key, known))
    tasks = [(bag, dest, options) for bag, _, known in plan if not known]

    def run(staged_results: Iterator[_Staged]) -> None:
        for bag, key, known in plan:
            if known:
                committer.commit()  # keep outcomes in bag order
                emit(BundleOutcome(bag, dest / target_name(bag.name, options), "unchanged"))
            else:
                committer.add(next(staged_results), key)
        committer.commit()

    try:
        if jobs > 1 and len(tasks) >= PARALLEL_THRESHOLD:
            with worker_pool(jobs) as pool:
                run(pool.imap(stage_one, tasks, chunksize=CHUNK))
        else:
            run(stage_one(task) for task in tasks)
    except KeyboardInterrupt as exc:
        summary.interrupted = True
        committer.discard()
        exc.summary = summary  # type: ignore[attr-defined]
        raise
    finally:
        index.close()
        sweep_staging(dest, include_own=True)
    return summary

