"""archive: event news articles to Dublin Core, schema.org JSON-LD and BagIt records."""

__version__ = "0.1.0"
