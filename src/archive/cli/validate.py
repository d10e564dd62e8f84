"""``archive validate``: bags and records against the official schemas, offline."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from archive.cli.common import PathType, with_exit_codes

if TYPE_CHECKING:
    from pathlib import Path


@click.command()
@click.argument("paths", nargs=-1, required=True,
                type=PathType(exists=True))
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


validate.help = with_exit_codes(
    validate.help, "at least one record is invalid (all were still checked)",
    "every record is valid")
