"""The command tree: help on every command, version, usage errors."""

from __future__ import annotations

import subprocess
import sys

import click
import pytest

from archive import __version__
from archive.cli import cli


def _command_paths(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, command in sorted(group.commands.items()):
        yield prefix + (name,)
        if isinstance(command, click.Group):
            yield from _command_paths(command, prefix + (name,))


@pytest.mark.parametrize("path", [()] + list(_command_paths(cli)))
@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_help_for_every_command(runner, path, flag) -> None:
    result = runner.invoke(cli, [*path, flag])
    assert result.exit_code == 0
    assert "Usage:" in result.output
    if path:
        assert "Example" in result.output and "Exit codes" in result.output


def test_version(runner) -> None:
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output


def test_module_entry_point() -> None:
    done = subprocess.run([sys.executable, "-m", "archive", "--version"], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0 and __version__ in done.stdout


def test_every_command_is_documented_in_the_readme() -> None:
    from conftest import ROOT
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for path in _command_paths(cli):
        assert f"archive {' '.join(path)}" in readme, path


def test_the_network_guard_refuses_outside_addresses() -> None:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        with pytest.raises(AssertionError, match="network access attempted"):
            sock.connect(("192.0.2.1", 80))  # TEST-NET-1: never routed


def test_extract_json_gives_each_value_with_its_evidence_and_offset(runner) -> None:
    import json

    from archive.read import read_article

    from conftest import SAMPLE

    result = runner.invoke(cli, ["extract", str(SAMPLE), "--json"])
    assert result.exit_code == 0
    facts = json.loads(result.stdout)[0]["facts"]
    text = read_article(SAMPLE).text
    funders = facts["funders"]
    assert funders["value"] == ["Government of Japan"] and funders["origin"] == "extracted"
    start = funders["offset"]
    assert text[start:start + len(funders["evidence"])] == funders["evidence"]
