"""The ``archive`` command: a thin layer that parses options, calls the library, renders results.

Each command lives in a module of its own here; heavy modules are imported inside the commands
so that ``archive --help`` stays fast.
"""

from __future__ import annotations

import click

from archive import __version__
from archive.cli.bundle import bundle
from archive.cli.common import CONTEXT_SETTINGS
from archive.cli.extract import extract
from archive.cli.pack import pack
from archive.cli.records import export, index, serve
from archive.cli.validate import validate


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
      archive bundle records -f saf -o x the bags as RO-Crates, DSpace SAF, Archivematica, zip
    """


for _command in (pack, validate, extract, index, export, serve, bundle):
    cli.add_command(_command)


def main() -> None:
    cli(prog_name="archive")
