"""Organisation facets: one organisation under its full name, its acronym or both."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from lxml import html

from archive.bag.writer import write_bag
from archive.catalog import rebuild_catalog
from archive.catalog.orgs import group_names
from archive.harvest.export import export_site
from archive.pack.article import record_files
from archive.record.model import Organization

from _harvest_helpers import make_record

BOMCA = "Border Management Programme in Central Asia"
ODIHR = "OSCE Office for Democratic Institutions and Human Rights"


def test_full_name_and_acronym_are_one_organisation() -> None:
    groups = {g.label: g.names for g in group_names([
        f"{BOMCA} (BOMCA)", "BOMCA", BOMCA, f"{ODIHR} (ODIHR)", ODIHR, "ODIHR",
        f"the {ODIHR}", "European Union", "EU"])}
    assert groups[f"{BOMCA} (BOMCA)"] == {f"{BOMCA} (BOMCA)", "BOMCA", BOMCA}
    assert groups[f"{ODIHR} (ODIHR)"] == {f"{ODIHR} (ODIHR)", ODIHR, "ODIHR", f"the {ODIHR}"}
    # nothing in the collection says EU is the European Union's acronym: kept apart
    assert groups["European Union"] == {"European Union"} and groups["EU"] == {"EU"}


def test_one_acronym_for_two_names_is_not_a_merge() -> None:
    groups = [g.names for g in group_names(["Alpha Beta Council (ABC)",
                                            "Another Big Company (ABC)", "ABC"])]
    assert {"Alpha Beta Council (ABC)"} in groups and {"Another Big Company (ABC)"} in groups


def test_the_site_has_one_filter_page_for_each_organisation(tmp_path: Path) -> None:
    records = tmp_path / "records"
    for i, name in enumerate([f"{BOMCA} (BOMCA)", "BOMCA", BOMCA]):
        article, record = make_record(i)
        assert record.event is not None
        event = dataclasses.replace(record.event, organizers=(Organization.from_name(name),),
                                    partners=())
        record = dataclasses.replace(record, event=event)
        target = records / record.record_id
        write_bag(target, record_files(article, record, target),
                  (article.name, article.path, record.sha256))
    rebuild_catalog(records)
    site = tmp_path / "site"
    export_site(records, site, "https://a.example")
    page = site / "org" / "border-management-programme-in-central-asia-bomca.html"
    assert len(html.fromstring(page.read_bytes()).xpath("//ul[@class='records']/li")) == 3
    assert not (site / "org" / "bomca.html").exists()
    assert not (site / "org" / "border-management-programme-in-central-asia.html").exists()
