"""Unit tests for the metadata a document page embeds (see ../shared/notes/zotero-metadata.md for why each tag)."""
from __future__ import annotations

import json

from archive import embedded_metadata

META = {"id": "x", "title": "国务院办公厅关于做好2013年部分节假日安排的通知", "date": "2012-12-08", "unit": "国务院 办公厅", "speaker": None, "genre": "通知", "script": "zh-Hant", "themes": ["节假日"]}


def test_a_unit_is_one_creator_without_spaces_and_a_traditional_text_is_zh_tw():
    tags = [(tag.key, tag.content) for tag in embedded_metadata.meta_tags(META, "各省、自治区、直辖市人民政府:", None, "/sources/x.pdf", "党政文献档案")]
    assert ("citation_author", "国务院办公厅") in tags and ("citation_language", "zh-TW") in tags
    assert ("citation_pdf_url", "/sources/x.pdf") in tags
    assert ("og:type", "website") not in tags  # it would drop the publisher in Zotero
    assert not any(key == "citation_public_url" for key, _ in tags)  # no address without the site's


def test_a_long_opening_is_cut_for_a_link_preview():
    summary = embedded_metadata.description(META, "经国务院批准," * 40)
    assert len(summary) == embedded_metadata.DESCRIPTION_CHARS and summary.endswith("…")
    assert summary.startswith("国务院 办公厅，2012-12-08，通知。")


def test_json_ld_cannot_close_its_script_element():
    data = embedded_metadata.json_ld({**META, "title": "</script><script>alert(1)</script>"}, None, None, "党政文献档案")
    assert "<" not in data and json.loads(data)["name"] == "</script><script>alert(1)</script>"


def test_only_the_documents_own_date_is_given_not_a_pages_posting_date():
    own = [(tag.key, tag.content) for tag in embedded_metadata.meta_tags({**META, "date_source": "text"}, "", None, None, "档案")]
    posted = [(tag.key, tag.content) for tag in embedded_metadata.meta_tags({**META, "date_source": "page"}, "", None, None, "档案")]
    assert ("citation_date", "2012-12-08") in own and ("DC.date", "2012-12-08") in own
    assert not any(key in ("citation_date", "DC.date") for key, _ in posted)
    assert "dateCreated" not in json.loads(embedded_metadata.json_ld({**META, "date_source": "page"}, None, None, "档案"))
