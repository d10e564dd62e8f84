"""What every command shares: help layout, exit-code tables, JSON output, path options."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from pathlib import Path

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

BATCH_FAILED = "at least one input failed (the others were still processed)"


def with_exit_codes(help_text: str | None, one: str = BATCH_FAILED,
                     zero: str = "every input succeeded") -> str:
    """The command's docstring with its exit-code table appended (dedented first, because
    the table has no indentation)."""
    import inspect

    return (inspect.cleandoc(help_text or "") + "\n\n\b\nExit codes:\n"
            f"  0  {zero}\n  1  {one}\n"
            "  2  usage error (unknown option, missing argument, path that does not exist)\n")


def json_out(data: Any) -> None:
    import json

    click.echo(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True))


class PathType(click.Path):
    """``click.Path`` that gives ``pathlib.Path`` objects but imports pathlib only once a
    value is converted, so that ``archive --help`` and ``--version`` cost little more than
    click's own import."""

    def convert(self, value: Any, param: Any, ctx: Any) -> "Path":
        from os import fsdecode
        from pathlib import Path

        return Path(fsdecode(super().convert(value, param, ctx)))
