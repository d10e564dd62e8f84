"""Harvest stage: the catalogued records served to others.

``export`` writes a static site (landing pages with embedded JSON-LD, sitemap, NDJSON dump),
``oai`` is the OAI-PMH 2.0 provider (oai_dc and qualified DC), ``serve`` serves both over HTTP.
"""
