"""Record stage: ``Article`` and ``Facts`` -> the ``Record`` and its serialisations.

``model`` holds the Record (built from an article's facts); ``curate`` and ``sidecar`` the
curation overlay (sidecar files and Markdown front matter over extracted facts); ``dc``,
``qdc`` and ``jsonld`` write oai_dc, qualified Dublin Core and schema.org JSON-LD (``qdc``
also reads the records back from a bag, for the catalog and the harvest stage).
"""
