"""The shipped schemas compile offline with standard tools: schemas/catalog.xml maps every
remote schemaLocation the official XSDs name to the copy beside it (an OASIS XML catalog,
which libxml2, and so xmllint and lxml, read from XML_CATALOG_FILES)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT, SCHEMAS

RECORD = next((ROOT / "records").iterdir())
CATALOG = SCHEMAS / "catalog.xml"

# libxml2 reads XML_CATALOG_FILES once, when it starts: so each check runs in a fresh process,
# with no resolver of ours, network access refused.
_COMPILE = """
import sys
from lxml import etree
parser = etree.XMLParser(no_network=True)
schema = etree.XMLSchema(etree.parse(sys.argv[1], parser))
schema.assertValid(etree.parse(sys.argv[2], parser))
print("valid")
"""


def _plain_libxml2(schema: str, document: str, catalog: bool) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "XML_CATALOG_FILES"}
    env["XML_CATALOG_FILES"] = str(CATALOG) if catalog else str(ROOT / "no-such-catalog.xml")
    return subprocess.run([sys.executable, "-c", _COMPILE, str(SCHEMAS / schema), document],
                          env=env, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("schema, member", [("oai_dc.xsd", "dc.xml"),
                                            ("qualifieddc.xsd", "dcterms.xml")])
def test_the_catalog_makes_the_schemas_compile_offline(schema: str, member: str) -> None:
    document = str(RECORD / "data" / member)
    without = _plain_libxml2(schema, document, catalog=False)
    assert without.returncode != 0  # the imports name http URLs: offline they fail
    with_catalog = _plain_libxml2(schema, document, catalog=True)
    assert with_catalog.returncode == 0 and "valid" in with_catalog.stdout, with_catalog.stderr


def test_the_catalog_maps_every_remote_schema_location() -> None:
    catalog = CATALOG.read_text(encoding="utf-8")
    for xsd in SCHEMAS.glob("*.xsd"):
        for url in re.findall(r'schemaLocation="(https?://[^"]+)"', xsd.read_text("utf-8")):
            assert f'systemId="{url}"' in catalog and f'name="{url}"' in catalog, (xsd, url)
    for local in re.findall(r'uri="([^":]+)"', catalog):
        assert (SCHEMAS / local).is_file(), local


@pytest.mark.skipif(shutil.which("xmllint") is None, reason="xmllint (libxml2-utils) not installed")
def test_xmllint_validates_the_sample_record_offline() -> None:
    env = {**os.environ, "XML_CATALOG_FILES": str(CATALOG)}
    result = subprocess.run(["xmllint", "--nonet", "--noout", "--schema",
                             str(SCHEMAS / "oai_dc.xsd"), str(RECORD / "data" / "dc.xml")],
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
