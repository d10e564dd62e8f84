"""The ``archive`` command: a thin layer that parses options, calls the library, renders results.

Heavy modules are imported inside the commands so that ``archive --help`` stays fast.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import click

from archive import __version__

if TYPE_CHECKING:
    from pathlib import Path

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

BATCH_FAILED = "at least one input failed (the others were still processed)"


def _with_exit_codes(help_text: str | None, one: str = BATCH_FAILED,
                     zero: str = "every input succeeded") -> str:
    """The command's docstring with its exit-code table appended (dedented first, because
    the table has no indentation)."""
    import inspect

    return (inspect.cleandoc(help_text or "") + "\n\n\b\nExit codes:\n"
            f"  0  {zero}\n  1  {one}\n"
            "  2  usage error (unknown option, missing argument, path that does not exist)\n")


def _json_out(data: Any) -> None:
    import json

    click.echo(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True))


class _PathType(click.Path):
    """``click.Path`` that gives ``pathlib.Path`` objects but imports pathlib only once a
    value is converted, so that ``archive --help`` and ``--version`` cost little more than
    click's own import."""

    def convert(self, value: Any, param: Any, ctx: Any) -> "Path":
        from os import fsdecode
        from pathlib import Path

        return Path(fsdecode(super().convert(value, param, ctx)))


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "-V", "--version", prog_name="archive")
def cli() -> None:
    """Turn event news articles into archival records and check them.

    Each article (.txt, .md or .html) becomes a BagIt bag holding the original file byte for
    byte, a Dublin Core record (data/dc.xml, oai_dc), a qualified Dublin Core record
    (data/dcterms.xml) and a schema.org Event description (data/event.jsonld). Everything
    runs offline.

    \b
    Typical session:
      archive extract article.txt        review what will be recorded
      archive pack articles/ -o records  write one bag per article
      archive validate records           check every bag against the standards
      archive export records -o site     a static site harvesters and search engines read
      archive serve records              the site and an OAI-PMH endpoint at /oai
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True,
                type=_PathType(exists=True))
@click.option("-o", "--out", "out_dir", type=_PathType(file_okay=False),
              default="records", show_default=True,
              help="Folder that receives one bag per article.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: the number of CPUs available).")
@click.option("--force", is_flag=True,
              help="Re-check every byte of existing bags and rewrite any that differ.")
@click.option("--json", "as_json", is_flag=True,
              help="Print a JSON summary of every record on stdout instead of lines.")
@click.option("-q", "--quiet", is_flag=True,
              help="Do not print warnings, the progress bar or the closing summary.")
def pack(paths: tuple[Path, ...], out_dir: Path, jobs: int | None, force: bool,
         as_json: bool, quiet: bool) -> None:
    """Pack articles into BagIt bags with Dublin Core and JSON-LD records.

    PATHS are article files or folders (searched for .txt, .md and .html). Each article
    becomes OUT/<record-id>/, a BagIt 1.0 bag; the record id is derived from the headline
    and the file's bytes, so it is the same on every run and machine. Packing unchanged
    input again leaves the bag untouched ("unchanged"), so an interrupted run is resumed by
    running it again. A sidecar file next to an article (NAME.meta.yaml or NAME.meta.json)
    corrects any extracted value.

    Articles are packed by --jobs worker processes; lines still come out in input order.
    Each bag is built in a hidden .staging-* folder inside OUT and renamed into place only
    when complete and verified, so an interrupted run (Ctrl-C, kill) leaves no partial bag.
    Bags reach the disk in groups of up to 32 that share one sync, and a line is printed
    only once its bag is durable.
    Ctrl-C stops cleanly: workers finish the task in hand, the summary so far is printed,
    and the exit code is 130 (143 after SIGTERM).

    One line per record goes to stdout; warnings and errors go to stderr as
    "warning: FILE: MESSAGE" and "error: FILE: REASON", then a closing summary. On a
    terminal a progress bar runs on stderr. Set SOURCE_DATE_EPOCH to fix the bag's
    Bagging-Date for reproducible builds.

    \b
    Examples:
      archive pack samples/seed-osce-unodc-turkmenistan-2023.txt -o records
      archive pack inbox/ -o records --jobs 4
      archive pack inbox/ -o records --json > pack-report.json
    """
    import signal
    import time

    from archive.base.errors import ArchiveError
    from archive.base.progress import Progress
    from archive.pack.batch import default_jobs, pack_paths
    from archive.pack.outcome import PackOutcome, PackSummary

    bar = Progress() if not quiet and sys.stderr.isatty() else None
    started = time.monotonic()

    stdout_on_terminal = sys.stdout.isatty()

    def report(outcome: PackOutcome) -> None:
        errors: list[str] = []
        line = None
        if outcome.status == "failed":
            errors.append(f"error: {outcome.source}: {outcome.error}")
        else:
            if not quiet:
                errors.extend(f"warning: {outcome.source}: {w}" for w in outcome.warnings)
            if not as_json:
                line = f"{outcome.status:<9} {outcome.bag}  <- {outcome.source}"
        if bar is not None and (errors or (line is not None and stdout_on_terminal)):
            bar.clear()  # only when the bar's line is needed for other text
        for message in errors:
            click.echo(message, err=True)
        if line is not None:
            click.echo(line)
        if bar is not None:
            bar.advance()

    def closing(summary: PackSummary) -> None:
        if bar is not None:
            bar.close()
        if quiet:
            return
        counts = summary.to_dict()
        line = (f"{counts['packed']} packed, {counts['updated']} updated, "
                f"{counts['unchanged']} unchanged, {counts['warnings']} warnings, "
                f"{counts['needs_review']} to review, "
                f"{counts['failed']} failed in {time.monotonic() - started:.1f} s")
        click.echo(("interrupted: " if summary.interrupted else "") + line, err=True)
        for failure in summary.failures:
            click.echo(f"  failed  {failure.source}: {failure.error}", err=True)

    try:
        summary = pack_paths(paths, out_dir, on_outcome=report, jobs=jobs or default_jobs(),
                             force=force, keep_records=as_json,
                             on_total=bar.set_total if bar is not None else None)
    except KeyboardInterrupt as exc:
        partial: PackSummary | None = getattr(exc, "summary", None)
        if partial is not None:
            closing(partial)
            if as_json:
                _json_out(partial.to_dict())
        signum = getattr(exc, "signal", signal.SIGINT)
        sys.exit(128 + int(signum))
    except ArchiveError as exc:
        if bar is not None:
            bar.close()
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    closing(summary)
    if as_json:
        _json_out(summary.to_dict())
    if not summary.total:
        click.echo("error: no .txt, .md or .html article found in the given paths", err=True)
        sys.exit(1)
    sys.exit(1 if summary.failed else 0)


pack.help = _with_exit_codes(pack.help)


@cli.command()
@click.argument("paths", nargs=-1, required=True,
                type=_PathType(exists=True))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "junit"]), default="text",
              show_default=True, help="Report format: text for people, json for programs, "
              "junit (JUnit XML) for CI systems.")
@click.option("--json", "as_json", is_flag=True, help="Same as --format json.")
@click.option("--strict", is_flag=True, help="Treat warnings as failures.")
@click.option("--fast", is_flag=True,
              help="Check bag completeness and Payload-Oxum but not checksums.")
@click.option("--profile", "profiles", multiple=True, type=click.Choice(["google"]),
              help="Also check a consumer profile: 'google' adds the Event properties search "
              "engines require (errors) and recommend (warnings).")
@click.option("--shacl", is_flag=True,
              help="Also check each event.jsonld graph against the schema.org SHACL shapes "
              "(slow; needs the 'shacl' extra: pip install 'archive[shacl]').")
def validate(paths: tuple[Path, ...], fmt: str, as_json: bool, strict: bool, fast: bool,
             profiles: tuple[str, ...], shacl: bool) -> None:
    """Validate bags, folders of bags, or single dc.xml / .jsonld files.

    \b
    For each bag:
      - BagIt (RFC 8493): bagit.txt, manifests, tag manifests, Payload-Oxum, fixity;
      - data/dc.xml against the official oai_dc.xsd (shipped; never fetched);
      - data/event.jsonld against schemas/event.schema.json (JSON Schema 2020-12):
        required properties, ISO dates, known enumerations, endDate not before startDate;
        and, expanded by a JSON-LD processor, against the schema.org vocabulary: every
        property and type must be schema.org's, every value in the property's range.

    Prints "OK PATH" or "INVALID PATH" per record, then one indented line per finding:
    severity, rule id, file and location (line or JSON pointer), message and hint.

    \b
    Examples:
      archive validate records
      archive validate records/my-record/data/dc.xml
      archive validate records --json > report.json
      archive validate records --format junit > validate-junit.xml
      archive validate records --profile google --strict
      archive validate records --shacl
    """
    from archive.validate.report import RENDERERS
    from archive.validate.targets import validate_paths

    fmt = "json" if as_json else fmt
    if shacl:
        try:
            import pyshacl  # noqa: F401
        except ImportError:
            click.echo("error: --shacl needs pyshacl: pip install 'archive[shacl]'", err=True)
            sys.exit(2)
        profiles += ("shacl",)
    reports = []
    for report in validate_paths(paths, fast=fast, profiles=("archive",) + profiles):
        reports.append(report)
        if fmt == "text":  # stream: a long run shows its progress record by record
            click.echo(RENDERERS["text"]([report], strict), nl=False)
    invalid = sum(1 for r in reports if not r.is_valid(strict))
    if fmt != "text":
        click.echo(RENDERERS[fmt](reports, strict), nl=False)
    click.echo(f"{len(reports) - invalid} of {len(reports)} valid", err=True)
    sys.exit(1 if invalid else 0)


validate.help = _with_exit_codes(
    validate.help, "at least one record is invalid (all were still checked)",
    "every record is valid")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=_PathType(exists=True))
@click.option("--json", "as_json", is_flag=True, help="Print the facts as JSON on stdout.")
@click.option("--needs-review", is_flag=True,
              help="List only the articles with a low-confidence value, and those values.")
def extract(paths: tuple[Path, ...], as_json: bool, needs_review: bool) -> None:
    """Show the facts that would be recorded for each article, with their evidence.

    Nothing is written. Each value is shown with where it came from: "extracted" (the
    words quoted as evidence), "metadata" (front matter or page metadata) or "curated"
    (a sidecar NAME.meta.yaml / NAME.meta.json, or front matter), and, when its evidence
    is not strong, its confidence ("medium" or "low"). These are the same facts "archive
    pack" records. Folders are searched for articles as pack searches them.

    \b
    Examples:
      archive extract article.txt
      archive extract article.html --json
      archive extract --needs-review inbox/      # only the records to check
    """
    from archive.base.errors import ArchiveError
    from archive.extract.show import render, review_line
    from archive.pack.article import analyse
    from archive.read import iter_article_paths, read_article

    results, failed = [], 0
    for path in iter_article_paths(paths):
        try:
            facts = analyse(read_article(path))
        except ArchiveError as exc:
            failed += 1
            click.echo(f"error: {exc}", err=True)
            continue
        except Exception as exc:  # noqa: BLE001 - one article never stops the others
            failed += 1
            click.echo(f"error: {path}: internal error: {type(exc).__name__}: {exc}", err=True)
            continue
        if needs_review and not facts.doubtful():
            continue
        if as_json:
            results.append({"source": str(path), "facts": facts.as_dict(),
                            "needs_review": list(facts.doubtful())})
        elif needs_review:
            click.echo(review_line(str(path), facts))
        else:
            click.echo(f"== {path}")
            click.echo("\n".join(render(facts)))
            for warning in facts.warnings:
                click.echo(f"warning: {path}: {warning}", err=True)
    if as_json:
        _json_out(results)
    sys.exit(1 if failed else 0)


extract.help = _with_exit_codes(extract.help)


# --- Harvesting: catalog, static export, HTTP + OAI-PMH server ------------------------------


@cli.command()
@click.argument("records", type=_PathType(exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON on stdout.")
def index(records: Path, as_json: bool) -> None:
    """Rebuild the catalog RECORDS/catalog.sqlite from the bags alone.

    Every bag under RECORDS is read again; bags whose tag manifest did not change keep their
    datestamps, changed bags get the current time, and records whose bag is gone are dropped.

    \b
    Examples:
      archive index records
      archive index records --json
    """
    from archive.catalog import rebuild_catalog

    try:
        report = rebuild_catalog(records)
    except (OSError, ValueError) as exc:
        click.echo(f"error: {records}: cannot index: {exc}", err=True)
        sys.exit(1)
    if as_json:
        _json_out(report.to_dict())
    else:
        click.echo(f"{report.added} added, {report.changed} changed, {report.unchanged} "
                   f"unchanged, {report.removed} removed -> {report.catalog}")


index.help = _with_exit_codes(index.help, "a bag could not be read", "the catalog was rebuilt")


@cli.command()
@click.argument("records", type=_PathType(exists=True, file_okay=False))
@click.option("-o", "--out", "site", type=_PathType(file_okay=False),
              default="site", show_default=True, help="Folder that receives the site.")
@click.option("--base-url", default="http://localhost:8000", show_default=True,
              help="Public URL where the site will be hosted (for canonical links, sitemap).")
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON on stdout.")
def export(records: Path, site: Path, base_url: str, as_json: bool) -> None:
    """Write a static website of the records that any web server can host.

    index.html lists the collection newest first, with pages filtered by year, country and
    organisation (no JavaScript needed); each record gets a landing page with the event's
    facts, its JSON-LD embedded, Dublin Core meta tags, and links to the original, dc.xml,
    event.jsonld and the zipped bag. Also written: collection.jsonld, records.ndjson,
    sitemap.xml and robots.txt. The catalog is refreshed first. Exporting unchanged records
    again writes byte-identical files.

    \b
    Examples:
      archive export records -o site --base-url https://archive.example.org
      archive export records -o site --json
    """
    from archive.catalog import rebuild_catalog
    from archive.harvest.export import export_site

    if not base_url.startswith(("http://", "https://")):
        click.echo(f"error: --base-url must start with http:// or https://: {base_url}",
                   err=True)
        sys.exit(2)
    try:
        rebuild_catalog(records)
        report = export_site(records, site, base_url=base_url)
    except (OSError, ValueError) as exc:
        click.echo(f"error: {records}: cannot export: {exc}", err=True)
        sys.exit(1)
    if as_json:
        _json_out(report.to_dict())
    else:
        click.echo(f"{report.records} records: {report.written} files written, "
                   f"{report.unchanged} unchanged, {report.removed} removed -> {report.site}")


export.help = _with_exit_codes(export.help, "a record could not be exported",
                               "the site was written")


@cli.command()
@click.argument("records", type=_PathType(exists=True, file_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0 picks a free one).")
@click.option("--base-url", default=None,
              help="Public URL if behind a proxy (default: http://HOST:PORT).")
@click.option("--site", type=_PathType(file_okay=False), default=None,
              help="Folder for the static export (default: a temporary folder).")
@click.option("--page-size", default=100, show_default=True, type=click.IntRange(1, 10000),
              help="Records per OAI-PMH list response before a resumptionToken.")
def serve(records: Path, host: str, port: int, base_url: str | None, site: Path | None,
          page_size: int) -> None:
    """Serve the static site and an OAI-PMH 2.0 endpoint at /oai.

    The catalog is refreshed and the site exported, then waitress serves both until
    interrupted. Harvesters use http://HOST:PORT/oai (oai_dc and qdc formats, sets by year,
    country and organisation).

    \b
    Examples:
      archive serve records
      archive serve records --port 8080 --page-size 50
      curl 'http://127.0.0.1:8000/oai?verb=ListRecords&metadataPrefix=oai_dc'
    """
    from archive.harvest.serve import prepare

    try:
        server = prepare(records, host=host, port=port, base_url=base_url, site=site,
                         page_size=page_size)
    except (OSError, ValueError) as exc:
        click.echo(f"error: cannot serve {records}: {exc}", err=True)
        sys.exit(1)
    click.echo(f"serving {server.export.records} records at {server.url}/ "
               f"(OAI-PMH: {server.url}/oai); press Ctrl+C to stop", err=True)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


serve.help = _with_exit_codes(serve.help,
                              "the server could not start (port in use, unreadable records)",
                              "stopped with Ctrl+C")


def main() -> None:
    cli(prog_name="archive")


if __name__ == "__main__":
    main()
