"""Locate the schemas shipped with the package; nothing is ever fetched over the network."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

#: Remote schema locations named inside the official XSDs, mapped to the shipped copies.
REMOTE_SCHEMAS = {
    "http://www.openarchives.org/OAI/2.0/oai_dc.xsd": "oai_dc.xsd",
    "http://dublincore.org/schemas/xmls/simpledc20021212.xsd": "simpledc20021212.xsd",
    "http://www.dublincore.org/schemas/xmls/simpledc20021212.xsd": "simpledc20021212.xsd",
    "http://www.w3.org/2001/03/xml.xsd": "xml.xsd",
    "http://www.w3.org/2001/xml.xsd": "xml.xsd",
    "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd": "OAI-PMH.xsd",
    "http://dublincore.org/schemas/xmls/qdc/2008/02/11/dc.xsd": "dc.xsd",
    "http://dublincore.org/schemas/xmls/qdc/2008/02/11/dcterms.xsd": "dcterms.xsd",
    "http://dublincore.org/schemas/xmls/qdc/2008/02/11/dcmitype.xsd": "dcmitype.xsd",
}


@lru_cache(maxsize=1)
def schema_dir() -> Path:
    """The folder of shipped schemas (package data; the repo's schemas/ in a checkout)."""
    packaged = Path(str(resources.files("archive.validate") / "schemas"))
    if (packaged / "oai_dc.xsd").is_file():
        return packaged
    checkout = Path(__file__).resolve().parents[3] / "schemas"
    if (checkout / "oai_dc.xsd").is_file():
        return checkout
    raise FileNotFoundError("the archive package was installed without its schemas/ folder")


def schema_path(name: str) -> Path:
    return schema_dir() / name
