"""Markdown articles: optional YAML front matter, then the body as plain text."""

from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path
from typing import Any

from archive.base.errors import InputError
from archive.read.article import Article
from archive.read.decode import body_warnings, check_headline, first_line, plain_typography
from archive.read.unwrap import unwrap

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`)")
_MD_PREFIX = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+)")


def read_markdown(
    path: Path, raw: bytes, text: str, encoding: str, warnings: list[str]
) -> Article:
    metadata: dict[str, Any] = {}
    body = text
    match = _FRONT_MATTER.match(text)
    if match:
        metadata = _parse_front_matter(path, match.group(1))
        body = text[match.end():]
    body = plain_typography(unwrap(body))
    lines = [_md_plain(line) for line in body.split("\n")]
    title = metadata.get("title")
    heading = next((ln for ln, src in zip(lines, body.split("\n"))
                    if src.lstrip().startswith("# ")), None)
    headline = " ".join(plain_typography(str(title)).split()) if title else (heading or first_line("\n".join(lines)))
    # A heading that repeats the title is not body text.
    if heading and heading == headline:
        lines.remove(heading)
    plain = "\n".join(lines).strip("\n")
    return Article(
        path=path, raw=raw, media_type="text/markdown", encoding=encoding,
        headline=check_headline(path, headline), text=plain + "\n", metadata=metadata,
        warnings=body_warnings(plain, headline, warnings),
    )


def _md_plain(line: str) -> str:
    line = _MD_PREFIX.sub("", line)
    line = _MD_LINK.sub(r"\1", line)
    return _MD_EMPHASIS.sub("", line).rstrip()


def _parse_front_matter(path: Path, source: str) -> dict[str, Any]:
    import yaml

    try:
        data = yaml.safe_load(source)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        raise InputError(path, f"malformed front matter{where}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError(path, "front matter is not a mapping of keys to values")
    return {str(k): _plain_value(v) for k, v in data.items()}


def _plain_value(value: Any) -> Any:
    """YAML turns dates into date objects; the record wants ISO strings."""
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain_value(v) for k, v in value.items()}
    return value


