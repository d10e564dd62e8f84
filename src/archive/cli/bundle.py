"""``archive bundle``: bags in, the packages repositories ingest out."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from archive.cli.common import PathType, json_out, with_exit_codes

if TYPE_CHECKING:
    from pathlib import Path

_FORMATS = ("rocrate", "saf", "archivematica", "zip", "tar")


@click.command()
@click.argument("records", nargs=-1, required=True, type=PathType(exists=True, file_okay=False))
@click.option("-f", "--format", "fmt", type=click.Choice(_FORMATS), required=True,
              help="What to write (see above).")
@click.option("-o", "--out", "dest", type=PathType(), required=True,
              help="Destination: a folder of bundles (saf: the archive folder, or the zip with --zip).")
@click.option("--zip", "as_zip", is_flag=True,
              help="rocrate: each crate as NAME.zip; saf: the whole archive as one zip file DEST.")
@click.option("--in-bag", is_flag=True,
              help="rocrate: copy each bag with the crate in its payload (RO-Crate in BagIt).")
@click.option("--license", "license_url", metavar="URL",
              help="rocrate: the crate's licence, e.g. https://spdx.org/licenses/CC-BY-4.0 "
                   "(without it the crate states that no licence is given).")
@click.option("--zipped-bag", is_flag=True,
              help="archivematica: each transfer as a zipped BagIt bag.")
@click.option("--collection", metavar="HANDLE",
              help="saf: the collection handle each item is imported into (the collections file).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: the number of CPUs available).")
@click.option("--force", is_flag=True, help="Rebuild every bundle, even those known to be up to date.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary on stdout instead of lines.")
@click.option("-q", "--quiet", is_flag=True, help="Do not print the progress bar or the closing summary.")
def bundle(records: tuple[Path, ...], fmt: str, dest: Path, as_zip: bool, in_bag: bool,
           license_url: str | None, zipped_bag: bool, collection: str | None, jobs: int | None, force: bool,
           as_json: bool, quiet: bool) -> None:
    """Repackage bags for the repository that will ingest them.

    RECORDS are folders of bags (as `archive pack` writes them) or single bags. Only the
    bags are read: their files are checked against their manifests first, and a bag that
    does not match is reported and left out. FORMAT is one of:

    \b
      zip            DEST/<record-id>.zip, the bag serialised (RFC 8493 section 4.2)
      tar            DEST/<record-id>.tar.gz, the same as a gzip-compressed tar
      rocrate        DEST/<record-id>/, an RO-Crate 1.3 (--zip: DEST/<record-id>.zip;
                     --in-bag: a copy of the bag with the crate in data/,
                     zipped as DEST/<record-id>.zip with --zip too)
      saf            DEST/item_0001/ ... , a DSpace Simple Archive Format archive
                     (--zip: DEST is one zip for the batch importer)
      archivematica  DEST/<record-id>/, a standard transfer with metadata/metadata.csv
                     (--zipped-bag: DEST/<record-id>.zip, a zipped bag transfer)

    Bundles are byte-reproducible: the same bags give the same bytes (entries sorted, dated
    from the bag's Bagging-Date, modes 0644/0755, no owner). Each is staged in a hidden
    .staging-* entry and renamed into place when whole, so an interrupted run leaves no
    partial bundle; running again resumes, skipping bundles whose bag did not change.

    \b
    Examples:
      archive bundle records --format zip -o outbox
      archive bundle records --format rocrate --zip -o crates
      archive bundle records --format saf --collection 123456789/2 --zip -o import.zip
      archive bundle records --format archivematica --zipped-bag -o transfers
    """
    import time

    from archive.base.errors import ArchiveError
    from archive.base.progress import Progress
    from archive.bundle import BundleOptions, BundleOutcome, BundleSummary, bundle_records
    from archive.pack.batch import default_jobs

    try:
        options = BundleOptions(fmt, zip=as_zip, in_bag=in_bag, zipped_bag=zipped_bag,
                                collection=collection, license=license_url)
    except ValueError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    bar = Progress() if not quiet and sys.stderr.isatty() else None
    started = time.monotonic()

    def report(outcome: BundleOutcome) -> None:
        if bar is not None:
            bar.clear()
        if outcome.status == "failed":
            click.echo(f"error: {outcome.bag}: {outcome.error}", err=True)
        elif not as_json:
            click.echo(f"{outcome.status:<9} {outcome.target}  <- {outcome.bag}")
        if bar is not None:
            bar.advance()

    def closing(summary: BundleSummary) -> None:
        if bar is not None:
            bar.close()
        if not quiet:
            counts = summary.counts
            click.echo(("interrupted: " if summary.interrupted else "")
                       + f"{counts['written']} written, {counts['updated']} updated, "
                       f"{counts['unchanged']} unchanged, {counts['failed']} failed "
                       f"in {time.monotonic() - started:.1f} s", err=True)
        if as_json:
            json_out(summary.to_dict())

    try:
        summary = bundle_records(records, dest, options, report, jobs=jobs or default_jobs(),
                                 force=force, keep_outcomes=as_json,
                                 on_total=bar.set_total if bar is not None else None)
    except KeyboardInterrupt as exc:
        partial = getattr(exc, "summary", None)
        if partial is not None:
            closing(partial)
        sys.exit(130)
    except OSError as exc:
        if bar is not None:
            bar.close()
        click.echo(f"error: {dest}: {exc.strerror or exc}", err=True)
        sys.exit(2)
    except ArchiveError as exc:
        if bar is not None:
            bar.close()
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    closing(summary)
    if not summary.total:
        click.echo("error: no bag found in the given folders", err=True)
        sys.exit(1)
    sys.exit(1 if summary.failed else 0)


bundle.help = with_exit_codes(bundle.help, "at least one bag failed (the others were still bundled)",
                              "every bag was bundled")
