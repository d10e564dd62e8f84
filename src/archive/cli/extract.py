"""``archive extract``: the facts pack would record, with their evidence; nothing written."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from archive.cli.common import PathType, json_out, with_exit_codes

if TYPE_CHECKING:
    from pathlib import Path


@click.command()
@click.argument("paths", nargs=-1, required=True, type=PathType(exists=True))
@click.option("--json", "as_json", is_flag=True, help="Print the facts as JSON on stdout.")
@click.option("--needs-review", is_flag=True,
              help="List only the articles with a low-confidence value, and those values.")
def extract(paths: tuple[Path, ...], as_json: bool, needs_review: bool) -> None:
    """Show the facts that would be recorded for each article, with their evidence.

    Nothing is written. Each value is shown with where it came from: "extracted" (the
    words quoted as evidence), "metadata" (front matter or page metadata) or "curated"
    (a sidecar NAME.meta.yaml / NAME.meta.json, or front matter), and, when its evidence
    is not strong, its confidence ("medium" or "low"). These are the same facts "archive
    pack" records. Folders are searched for articles as pack searches them, and web
    archives (.warc, .warc.gz, .wacz) give one article per archived article response.

    \b
    Examples:
      archive extract article.txt
      archive extract article.html --json
      archive extract --needs-review inbox/      # only the records to check
    """
    from archive.base.errors import ArchiveError
    from archive.extract.show import render, review_line
    from archive.pack.article import analyse, read_source
    from archive.pack.inputs import iter_inputs

    results, failed = [], 0
    for path in iter_inputs(paths):
        try:
            facts = analyse(read_source(path))
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
        json_out(results)
    sys.exit(1 if failed else 0)


extract.help = with_exit_codes(extract.help)
