"""Unit tests for the catalogue records and their JSON and CSV forms."""
from __future__ import annotations

import csv
import io
import json

from archive import catalog

META = {
    "id": "001_c7e687d74acad71f", "title": "在深入开展创先争优活动暨文明城市创立百日整治发动大会上的讲话", "subtitle": None,
    "date": None, "date_kind": None, "unit": None, "speaker": "王和涛", "place": None, "genre": "讲话",
    "themes": ["基层党建", "创先争优"], "doc_number": None, "script": "zh-Hans", "complete": True,
    "source": {"site": "汇文网", "file": "sources/001_c7e687d74acad71f.txt", "sha256": "809f"},
}


def test_a_record_has_an_absolute_address_only_when_the_site_address_is_known():
    known = catalog.record(META, META["title"], "/documents/001_c7e687d74acad71f/", "/sources/001_c7e687d74acad71f.txt", "https://archive.example.org")
    unknown = catalog.record(META, META["title"], "/documents/001_c7e687d74acad71f/", "/sources/001_c7e687d74acad71f.txt", None)
    assert known["url"] == "https://archive.example.org/documents/001_c7e687d74acad71f/"
    assert unknown["url"] is None and unknown["permalink"] == "/documents/001_c7e687d74acad71f/"
    assert list(known) == list(catalog.FIELDS)


def test_the_csv_opens_in_a_spreadsheet_with_chinese_intact_and_themes_in_one_cell():
    text = catalog.catalog_csv([catalog.record(META, META["title"], "/documents/001_c7e687d74acad71f/", None, None)])
    assert text.startswith("\ufeff")
    row = next(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert row["speaker"] == "王和涛" and row["themes"] == "基层党建；创先争优" and row["date"] == "" and row["complete"] == "true"


def test_the_json_keeps_lists_and_nulls():
    data = json.loads(catalog.catalog_json([catalog.record(META, META["title"], "/documents/001_c7e687d74acad71f/", None, None)]))
    assert data["fields"] == list(catalog.FIELDS)
    assert data["documents"][0]["themes"] == ["基层党建", "创先争优"] and data["documents"][0]["date"] is None


def test_the_json_catalogue_has_a_record_to_a_line_so_two_catalogues_diff_by_document():
    records = [catalog.record(META, META["title"], "/documents/001_c7e687d74acad71f/", None, None),
               catalog.record({**META, "id": "002"}, "另一篇", "/documents/002/", None, None)]
    lines = catalog.catalog_json(records).splitlines()
    assert [json.loads(line.rstrip(",")) for line in lines[2:4]] == records
    assert json.loads(catalog.catalog_json([]))["documents"] == []
