"""The article as read from disk: original bytes, decoded main text and page metadata."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Article:
    """One input document.

    ``text`` is the readable main text with ``\\n`` line ends: for .txt the whole file, for .md
    the body after front matter, for .html the article body with boilerplate removed.
    ``headline`` is the first line (.txt), the front-matter title (.md) or the ``<h1>`` /
    ``<title>`` (.html). ``metadata`` holds what the page or front matter states about itself
    (keys such as ``title``, ``date``, ``url``, ``source``, ``description``, ``published``,
    ``modified``, ``site_name``, ``canonical``, ``author``, ``lang``), never anything inferred
    from prose.
    """

    path: Path
    raw: bytes
    media_type: str
    encoding: str
    headline: str
    text: str
    metadata: dict[str, Any] = field(default_factory=dict)
    jsonld: tuple[dict[str, Any], ...] = ()
    #: Every structured-data item of a web page with its syntax ("json-ld", "microdata",
    #: "rdfa"), so that a fact taken from one can name the markup it rests on.
    structured: tuple[tuple[str, dict[str, Any]], ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def body(self) -> str:
        """The text after the headline, when the headline opens the text."""
        text = self.text.lstrip()
        if self.headline and text.startswith(self.headline):
            return text[len(self.headline):].lstrip("\n")
        return text
