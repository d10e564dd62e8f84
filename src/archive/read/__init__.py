"""Read stage: article files (plain text, Markdown, HTML) -> ``Article``.

``read_article(path)`` reads and decodes one file; ``parse_article(path, raw)`` does the same
for bytes already in memory; ``iter_article_paths`` expands folders into article files.
"""

from archive.read.article import Article
from archive.read.paths import iter_article_paths
from archive.read.reader import parse_article, read_article

__all__ = ["Article", "iter_article_paths", "parse_article", "read_article"]
