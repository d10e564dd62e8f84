"""Validate stage: prove records valid, offline, against the standards they claim to follow.

``targets`` validates bags, folders of bags or single record files (a bag: the BagIt check
of ``archive.bag.check``, then each record in its payload); ``dc`` checks oai_dc and
qualified DC against the official XSDs, ``jsonld`` the JSON-LD terms against schema.org,
``event`` the project's Event profile (JSON Schema), ``shacl`` the schema.org SHACL shapes,
``google`` the search-engine profile; ``report`` renders reports as text, JSON or JUnit XML.
``schemas_local`` finds the shipped schemas in ``schemas/``.
"""
