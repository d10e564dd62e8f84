"""``archive extract``: the facts pack would record, with their evidence; nothing written."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from archive.cli.common import PathType, json_out, with_exit_codes

if TYPE_CHECKING:
    from pathlib import Path
    from typing import Iterator

    from archive.extract.facts import Facts
    from archive.pack.inputs import Source


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
    archives (.warc, .warc.gz, .wacz) give one article per archived article response. The
    reader's warnings (encoding, DTD) are shown with the extractor's.

    A packed bag (or a folder of bags) shows the facts and warnings stored in the bag at
    pack time (metadata/extraction.json), so a warning stays visible after packing.

    \b
    Examples:
      archive extract article.txt
      archive extract article.html --json
      archive extract --needs-review inbox/      # only the records to check
      archive extract records/my-record          # what was recorded, and its warnings
    """
    from archive.extract.show import render, review_line

    results: list[dict[str, object]] = []
    failed = 0

    def fail(path: Source, message: str) -> None:
        nonlocal failed
        failed += 1
        click.echo(f"error: {message}", err=True)
        results.append({"source": str(path), "error": message})

    for path, facts, warnings, error in _facts_of(paths):
        if error is not None:
            fail(path, error)
            continue
        assert facts is not None
        if needs_review and not facts.doubtful():
            continue
        if as_json:
            results.append({"source": str(path), "facts": facts.as_dict(),
                            "warnings": list(warnings), "needs_review": list(facts.doubtful())})
        elif needs_review:
            click.echo(review_line(str(path), facts))
        else:
            click.echo(f"== {path}")
            click.echo("\n".join(render(facts)))
            for warning in warnings:
                click.echo(f"warning: {path}: {warning}", err=True)
    if as_json:
        json_out(results)
    sys.exit(1 if failed else 0)


def _facts_of(paths: tuple[Path, ...]) -> Iterator[tuple[Source, Facts | None, tuple[str, ...],
                                                         str | None]]:
    """(path, facts, warnings, error) for each article, or each bag's stored report; the
    error is the line to print after "error: " (it names the file at fault)."""
    from archive.base.errors import ArchiveError
    from archive.pack.article import analyse, read_source
    from archive.pack.inputs import iter_inputs
    from archive.record.provenance import facts_from_report, read_extraction

    articles: list[Path] = []
    for path in paths:
        bags = _bags(path)
        if not bags:
            articles.append(path)
        for bag in bags:
            try:
                report = read_extraction(bag)
            except (OSError, ValueError) as exc:
                yield bag, None, (), f"{bag}: {exc}"
                continue
            if report is None:
                yield bag, None, (), (f"{bag}: the bag keeps no extraction report "
                                      "(packed by an older version; re-pack it)")
                continue
            facts = facts_from_report(report)
            yield bag, facts, facts.warnings, None
    for source in iter_inputs(articles):
        try:
            article = read_source(source)
            facts = analyse(article)
        except ArchiveError as exc:
            yield source, None, (), str(exc)
            continue
        except Exception as exc:  # noqa: BLE001 - one article never stops the others
            yield source, None, (), f"{source}: internal error: {type(exc).__name__}: {exc}"
            continue
        yield source, facts, tuple(dict.fromkeys(article.warnings + facts.warnings)), None


def _bags(path: Path) -> list[Path]:
    """``path`` when it is a bag, its bags when it is a folder of bags, else nothing."""
    if (path / "bagit.txt").is_file():
        return [path]
    if not path.is_dir():
        return []
    return sorted(p for p in path.iterdir() if (p / "bagit.txt").is_file())


extract.help = with_exit_codes(extract.help)
