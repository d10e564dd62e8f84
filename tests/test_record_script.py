"""A headline in another script than the article's language: a readable record id
(transliterated), and no xml:lang of the article's language on it."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from archive.pack.article import analyse
from archive.read import parse_article
from archive.record.dc import write_oai_dc
from archive.record.jsonld import write_jsonld
from archive.record.model import build_record, slugify
from archive.record.qdc import qdc_from_records

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
DC = "{http://purl.org/dc/elements/1.1/}"

# our own sentences: a Russian headline over an English report, and a Russian article
MIXED = ("Семинар для пограничников в Бишкеке\n\n"
         "BISHKEK, 3 May 2021 - A two-day seminar for border officers opened in Bishkek on "
         "3 May 2021. The officers from the region discussed the new rules of the border "
         "service and the training of their staff in the city.\n").encode()
RUSSIAN = ("Семинар для пограничников в Бишкеке\n\n"
           "БИШКЕК, 3 мая 2021 года - В Бишкеке был открыт семинар для пограничников, и "
           "это был первый семинар по этой теме, который также был организован для их "
           "сотрудников из региона.\n").encode()


def _records(tmp_path: Path, raw: bytes):
    path = tmp_path / "a.txt"
    path.write_bytes(raw)
    article = parse_article(path, raw)
    return build_record(article, analyse(article))


def test_a_cyrillic_headline_gives_a_transliterated_id(tmp_path: Path) -> None:
    record = _records(tmp_path, MIXED)
    assert record.record_id.startswith("seminar-dlya-pogranichnikov-v-bishkeke-")
    assert slugify("Обука за судии во Скопје") == "obuka-za-sudii-vo-skopje"
    assert slugify("Семинар Ўқув") == "seminar-wquv"
    assert slugify("სემინარი თბილისში").startswith("georgian")


def test_the_title_is_not_tagged_with_the_articles_language(tmp_path: Path) -> None:
    record = _records(tmp_path, MIXED)
    assert record.language == "en"
    dc_xml = write_oai_dc(record)
    root = etree.fromstring(dc_xml)
    assert root.find(f"{DC}title").get(XML_LANG) is None
    assert root.find(f"{DC}description").get(XML_LANG) == "en"
    qdc = etree.fromstring(qdc_from_records(dc_xml, write_jsonld(record)))
    title = qdc.find("{http://purl.org/dc/terms/}title")
    assert title is not None and title.get(XML_LANG) is None


def test_a_russian_article_keeps_its_language_on_the_title(tmp_path: Path) -> None:
    record = _records(tmp_path, RUSSIAN)
    assert record.language == "ru"
    root = etree.fromstring(write_oai_dc(record))
    assert root.find(f"{DC}title").get(XML_LANG) == "ru"
