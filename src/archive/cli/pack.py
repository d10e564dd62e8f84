"""``archive pack``: articles in, one verified bag per article out."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from archive.cli.common import PathType, json_out, with_exit_codes

if TYPE_CHECKING:
    from pathlib import Path


@click.command()
@click.argument("paths", nargs=-1, required=True,
                type=PathType(exists=True))
@click.option("-o", "--out", "out_dir", type=PathType(file_okay=False),
              default="records", show_default=True,
              help="Folder that receives one bag per article.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: the number of CPUs available).")
@click.option("--cluster", metavar="ADDRESS", default=None,
              help="Pack on a Dask cluster: a scheduler's tcp://HOST:PORT, or local:N for N "
                   "worker processes here (needs the 'cluster' extra). OUT must be a folder "
                   "every worker sees.")
@click.option("--force", is_flag=True,
              help="Re-check every byte of existing bags and rewrite any that differ.")
@click.option("--json", "as_json", is_flag=True,
              help="Print a JSON summary of every record on stdout instead of lines.")
@click.option("-q", "--quiet", is_flag=True,
              help="Do not print warnings, the progress bar or the closing summary.")
@click.option("--url-filter", "url_filters", multiple=True, metavar="PATTERN",
              help="Pack only the archived pages whose URL matches: a glob matched against "
                   "the whole URL, or re:REGEX searched in it. Repeatable (any may match).")
def pack(paths: tuple[Path, ...], out_dir: Path, jobs: int | None, cluster: str | None,
         force: bool, as_json: bool, quiet: bool, url_filters: tuple[str, ...]) -> None:
    """Pack articles into BagIt bags with Dublin Core and JSON-LD records.

    PATHS are article files, web archives (.warc, .warc.gz, .wacz) or folders (searched for
    .txt, .md, .html and web archives). Each article
    becomes OUT/<record-id>/, a BagIt 1.0 bag; the record id is derived from the headline
    and the file's bytes, so it is the same on every run and machine. Packing unchanged
    input again leaves the bag untouched ("unchanged"), so an interrupted run is resumed by
    running it again. A sidecar file next to an article (NAME.meta.yaml or NAME.meta.json)
    corrects any extracted value.

    In a web archive every article response is one article (HTTP 200, an HTML or plain-text
    type); revisits, duplicates, redirects, errors, images, scripts and styles are skipped and
    counted. The original in the bag is the response's payload, named from its URL, and
    bag-info.txt records WARC-Target-URI, WARC-Date, WARC-Record-ID, WARC-Filename and
    WARC-Payload-Digest. A damaged record is reported with its offset (ARCHIVE@OFFSET) and
    the others are packed.

    Articles are packed by --jobs worker processes; lines still come out in input order.
    Each bag is built in a hidden .staging-* folder inside OUT and renamed into place only
    when complete and verified, so an interrupted run (Ctrl-C, kill) leaves no partial bag.
    Bags reach the disk in groups of up to 32 that share one sync, and a line is printed
    only once its bag is durable.
    Ctrl-C stops cleanly: workers finish the task in hand, the summary so far is printed,
    and the exit code is 130 (143 after SIGTERM).

    With --cluster the same work runs as Dask tasks on the cluster's workers, which write
    the bags into OUT (a shared file system) exactly as local workers do; this command
    keeps the catalog, the lines and the summary, which are those of a local run. If the
    scheduler is lost, the run stops with the summary so far and exit code 2; running the
    same command again (on the cluster or not) resumes it.

    One line per record goes to stdout; warnings and errors go to stderr as
    "warning: FILE: MESSAGE" and "error: FILE: REASON", then a closing summary. On a
    terminal a progress bar runs on stderr. Set SOURCE_DATE_EPOCH to fix the bag's
    Bagging-Date for reproducible builds.

    \b
    Examples:
      archive pack samples/seed-osce-unodc-turkmenistan-2023.txt -o records
      archive pack inbox/ -o records --jobs 4
      archive pack inbox/ -o records --json > pack-report.json
      archive pack crawl.warc.gz --url-filter 'https://example.org/news/*'
      archive pack crawl.wacz --url-filter 're:/press/20(19|2[0-3])/'
      archive pack inbox/ -o /shared/records --cluster tcp://scheduler:8786
      archive pack inbox/ -o records --cluster local:2
    """
    import signal
    import time

    from archive.base.errors import ArchiveError
    from archive.base.progress import Progress
    from archive.pack.batch import default_jobs, pack_paths
    from archive.pack.outcome import PackOutcome, PackSummary
    from archive.read.paths import skipped_in_folders
    from archive.read.warc import UrlFilter

    try:
        url_filter = UrlFilter(url_filters)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--url-filter") from None

    bar = Progress() if not quiet and sys.stderr.isatty() else None
    started = time.monotonic()

    stdout_on_terminal = sys.stdout.isatty()
    first_source: dict[Path, object] = {}  # bag -> the input that made it in this run
    duplicates: list[dict[str, str]] = []

    def report(outcome: PackOutcome) -> None:
        errors: list[str] = []
        line = None
        if outcome.status == "failed":
            errors.append(f"error: {outcome.source}: {outcome.error}")
        else:
            if not quiet:
                errors.extend(f"warning: {outcome.source}: {w}" for w in outcome.warnings)
            same = first_source.setdefault(outcome.bag, outcome.source) if outcome.bag else None
            if same is not None and same != outcome.source:
                duplicates.append({"source": str(outcome.source), "same_as": str(same),
                                   "bag": str(outcome.bag)})
            if not as_json:
                line = f"{outcome.status:<9} {outcome.bag}  <- {outcome.source}"
                if same is not None and same != outcome.source:
                    line = (f"{'duplicate':<9} {outcome.bag}  <- {outcome.source} "
                            f"(same bytes as {same})")
        if bar is not None and (errors or (line is not None and stdout_on_terminal)):
            bar.clear()  # only when the bar's line is needed for other text
        for message in errors:
            click.echo(message, err=True)
        if line is not None:
            click.echo(line)
        if bar is not None:
            bar.advance()

    skipped = skipped_in_folders(paths)

    def closing(summary: PackSummary) -> None:
        if bar is not None:
            bar.close()
        if quiet or not summary.total:
            return
        counts = summary.to_dict()
        extra = (f", {len(duplicates)} duplicate" if duplicates else "") + (
            f", {len(skipped)} files skipped (not an article or web archive)" if skipped else "")
        line = (f"{counts['packed']} packed, {counts['updated']} updated, "
                f"{counts['unchanged']} unchanged, {counts['warnings']} warnings, "
                f"{counts['needs_review']} to review, "
                f"{counts['failed']} failed{extra} in {time.monotonic() - started:.1f} s")
        if summary.skipped:
            reasons = ", ".join(f"{n} {reason}" for reason, n in sorted(summary.skipped.items()))
            line += f"; {sum(summary.skipped.values())} archived records skipped ({reasons})"
        click.echo(("interrupted: " if summary.interrupted else "") + line, err=True)
        for failure in summary.failures:
            click.echo(f"  failed  {failure.source}: {failure.error}", err=True)

    def with_extras(summary: PackSummary) -> dict[str, object]:
        return {**summary.to_dict(), "duplicates": duplicates,
                "skipped_files": [str(p) for p in skipped]}

    try:
        summary = pack_paths(paths, out_dir, on_outcome=report, jobs=jobs or default_jobs(),
                             force=force, keep_records=as_json, cluster=cluster,
                             on_total=bar.set_total if bar is not None else None,
                             url_filter=url_filter)
    except KeyboardInterrupt as exc:
        partial: PackSummary | None = getattr(exc, "summary", None)
        if partial is not None:
            closing(partial)
            if as_json:
                json_out(with_extras(partial))
        signum = getattr(exc, "signal", signal.SIGINT)
        sys.exit(128 + int(signum))
    except ArchiveError as exc:
        stopped: PackSummary | None = getattr(exc, "summary", None)
        if stopped is not None:  # the cluster went away mid-run: what was done is reported
            closing(stopped)
            if as_json:
                json_out(stopped.to_dict())
        elif bar is not None:
            bar.close()
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    closing(summary)
    if as_json:
        json_out(with_extras(summary))
    if not summary.total:
        click.echo("error: no .txt, .md or .html article or archived article response found "
                   "in the given paths"
                   + (f" ({len(skipped)} other files skipped)" if skipped else ""), err=True)
        sys.exit(1)
    sys.exit(1 if summary.failed else 0)


pack.help = with_exit_codes(pack.help).replace(
    "path that does not exist)", "path that does not exist),\n"
    "     or a cluster that cannot be reached or is lost during the run")
