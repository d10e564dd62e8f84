"""Commands over a records folder: the catalog, the static site and the OAI-PMH server."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from archive.cli.common import PathType, json_out, with_exit_codes

if TYPE_CHECKING:
    from pathlib import Path

    from archive.catalog import IndexReport
    from archive.harvest.identity import Identity


@click.command()
@click.argument("records", type=PathType(exists=True, file_okay=False))
@click.option("--catalog", "catalog", type=PathType(dir_okay=False), default=None,
              help="Write the catalog here instead of RECORDS/catalog.sqlite.")
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON on stdout.")
def index(records: Path, catalog: Path | None, as_json: bool) -> None:
    """Rebuild the catalog RECORDS/catalog.sqlite from the bags alone.

    Every bag under RECORDS is read again; bags whose tag manifest did not change keep their
    datestamps, changed bags get the current time, and records whose bag is gone are dropped.
    Anything in RECORDS that is not a readable bag is named on stderr and left out. When
    RECORDS cannot be written (a read-only mount), the catalog is kept in the cache folder
    ($ARCHIVE_CACHE_DIR, else ~/.cache/archive) and export and serve read it from there.

    \b
    Examples:
      archive index records
      archive index records --json
      archive index /mnt/readonly/records --catalog /tmp/records-catalog.sqlite
    """
    from archive.catalog import rebuild_catalog

    try:
        report = rebuild_catalog(records, catalog=catalog)
    except (OSError, ValueError) as exc:
        click.echo(f"error: {records}: cannot index: {exc}", err=True)
        sys.exit(1)
    if as_json:
        json_out(report.to_dict())
    else:
        click.echo(f"{report.added} added, {report.changed} changed, {report.unchanged} "
                   f"unchanged, {report.removed} removed -> {report.catalog}")
    _note_elsewhere(records, report)
    _name_left_out(report.left_out)


def _identity(config: Path | None, **options: str | None) -> Identity:
    """The repository's identity, or exit 2 with one line saying what is wrong."""
    from archive.harvest.identity import IdentityError, load_identity

    try:
        return load_identity(config, **options)
    except IdentityError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)


def _note_elsewhere(records: Path, report: IndexReport) -> None:
    if report.elsewhere:
        click.echo(f"warning: {records}: the records folder is read-only; its catalog is kept "
                   f"in {report.catalog}", err=True)


def _name_left_out(left_out: list[tuple[str, str]]) -> None:
    """One error line per folder the catalog could not take; exit 1 if there was one."""
    for path, reason in left_out:
        click.echo(f"error: {path}: left out of the catalog: {reason}", err=True)
    if left_out:
        click.echo(f"{len(left_out)} left out (see 'archive validate' for the details)",
                   err=True)
        sys.exit(1)


index.help = with_exit_codes(
    index.help, "something in RECORDS is not a readable bag (named; the others were indexed)",
    "the catalog was rebuilt")


LOCAL_BASE_URL = "http://localhost:8000"


@click.command()
@click.argument("records", type=PathType(exists=True, file_okay=False))
@click.option("-o", "--out", "site", type=PathType(file_okay=False),
              default="site", show_default=True, help="Folder that receives the site.")
@click.option("--base-url", default=None,
              help="Public URL where the site will be hosted (canonical links, sitemap, "
              "collection.jsonld). Without it they point at http://localhost:8000, with a "
              "warning.")
@click.option("--name", default=None, help="The collection's name, shown on every page "
              "(default: from --config, else 'Event news archive').")
@click.option("--config", type=PathType(exists=True, dir_okay=False), default=None,
              help="A TOML file with name, base_url (and serve's admin_email, repository_id).")
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON on stdout.")
def export(records: Path, site: Path, base_url: str | None, name: str | None,
           config: Path | None, as_json: bool) -> None:
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
      archive export records -o site --config archive.toml
    """
    from pathlib import Path

    from archive.catalog import rebuild_catalog
    from archive.harvest.export import export_site

    identity = _identity(config, name=name, base_url=base_url)
    base_url = identity.base_url
    if base_url is None:
        base_url = LOCAL_BASE_URL
        click.echo(f"warning: no --base-url: the sitemap, canonical links and "
                   f"collection.jsonld point at {base_url}, which only works on this machine; "
                   f"pass the public URL the site will be served from", err=True)
    try:
        indexed = rebuild_catalog(records)
        report = export_site(records, site, base_url=base_url, catalog_file=Path(indexed.catalog),
                             name=identity.name)
    except (OSError, ValueError) as exc:
        click.echo(f"error: {records}: cannot export: {exc}", err=True)
        sys.exit(1)
    if as_json:
        json_out({**report.to_dict(), "left_out": indexed.to_dict()["left_out"]})
    else:
        click.echo(f"{report.records} records: {report.written} files written, "
                   f"{report.unchanged} unchanged, {report.removed} removed -> {report.site}")
    _note_elsewhere(records, indexed)
    _name_left_out(indexed.left_out)


export.help = with_exit_codes(
    export.help, "something in RECORDS is not a readable bag (named and left out of the site)",
    "the site was written")


@click.command()
@click.argument("records", type=PathType(exists=True, file_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0 picks a free one).")
@click.option("--base-url", default=None,
              help="Public URL if behind a proxy (default: http://HOST:PORT).")
@click.option("--site", type=PathType(file_okay=False), default=None,
              help="Folder for the static export (default: a temporary folder).")
@click.option("--page-size", default=100, show_default=True, type=click.IntRange(1, 10000),
              help="Records per OAI-PMH list response before a resumptionToken.")
@click.option("--name", default=None, help="repositoryName in Identify, and the site's name.")
@click.option("--admin-email", default=None, help="adminEmail in Identify.")
@click.option("--repository-id", default=None,
              help="The domain name in OAI identifiers: oai:REPOSITORY-ID:<record-id>.")
@click.option("--config", type=PathType(exists=True, dir_okay=False), default=None,
              help="A TOML file with name, admin_email, repository_id, base_url "
              "(options win over it).")
def serve(records: Path, host: str, port: int, base_url: str | None, site: Path | None,
          page_size: int, name: str | None, admin_email: str | None,
          repository_id: str | None, config: Path | None) -> None:
    """Serve the static site and an OAI-PMH 2.0 endpoint at /oai.

    The catalog is refreshed and the site exported, then waitress serves both until
    interrupted. Harvesters use http://HOST:PORT/oai (oai_dc and qdc formats, sets by year,
    country and organisation).

    \b
    Examples:
      archive serve records
      archive serve records --port 8080 --page-size 50
      archive serve records --config archive.toml
      curl 'http://127.0.0.1:8000/oai?verb=ListRecords&metadataPrefix=oai_dc'
    """
    from archive.harvest.serve import prepare

    identity = _identity(config, name=name, admin_email=admin_email,
                         repository_id=repository_id, base_url=base_url)
    if identity.placeholders:
        click.echo(f"warning: {', '.join(identity.placeholders)} still the placeholder; "
                   f"harvesters store what Identify says: set it with --config or the "
                   f"options", err=True)
    try:
        server = prepare(records, host=host, port=port, base_url=identity.base_url, site=site,
                         page_size=page_size, identity=identity)
    except (OSError, ValueError) as exc:
        click.echo(f"error: cannot serve {records}: {exc}", err=True)
        sys.exit(1)
    if server.indexed is not None:
        _note_elsewhere(records, server.indexed)
        for path, reason in server.indexed.left_out:
            click.echo(f"error: {path}: left out of the catalog: {reason}", err=True)
    click.echo(f"serving {server.export.records} records at {server.url}/ "
               f"(OAI-PMH: {server.url}/oai); press Ctrl+C to stop", err=True)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


serve.help = with_exit_codes(serve.help,
                              "the server could not start (port in use, unreadable records)",
                              "stopped with Ctrl+C")
