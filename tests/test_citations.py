"""The citation forms: GB/T 7714-2015 text, and BibTeX, RIS and CSL-JSON read back by real parsers."""
from __future__ import annotations

import io
import json

import rispy
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from pybtex.database import parse_string

from archive import citations

NOTICE = {
    "id": "gov-001", "title": "国务院办公厅关于加强和改进城市配电网建设的通知", "speaker": None,
    "unit": "国务院办公厅", "date": "2010-12-23", "genre": "通知", "doc_number": "国办发〔2010〕15号",
    "place": None, "script": "zh-Hans",
}
SPEECH = {
    "id": "001_x", "title": "在大会上的讲话", "speaker": "王和涛", "unit": "街道党工委", "date": "2011-06",
    "genre": "讲话", "doc_number": None, "place": "乌鲁木齐市", "script": "zh-Hans",
}
ADDRESS = "https://archive.example.org/documents/gov-001/"


def notice(address=ADDRESS):
    return citations.cited(NOTICE, NOTICE["title"], "/documents/gov-001/", address, "党政文献档案")


def test_reference_follows_gbt7714_for_an_online_resource():
    assert citations.gbt7714(notice(), "2026-12-05") == (
        "国务院办公厅. 国务院办公厅关于加强和改进城市配电网建设的通知: 国办发〔2010〕15号[EB/OL]. "
        "(2010-12-23)[2026-12-05]. https://archive.example.org/documents/gov-001/."
    )


def test_reference_names_the_speaker_first_and_an_unknown_author_as_anonymous():
    speech = citations.cited(SPEECH, SPEECH["title"], "/documents/001_x/", None, "党政文献档案")
    assert citations.gbt7714(speech, "2026-12-05") == "王和涛. 在大会上的讲话[EB/OL]. (2011-06)[2026-12-05]. /documents/001_x/."
    nobody = citations.cited({**SPEECH, "speaker": None, "unit": None, "date": None}, "讲话稿", "/d/", None, "档案")
    assert citations.gbt7714(nobody, "2026-12-05") == "佚名. 讲话稿[EB/OL]. [2026-12-05]. /d/."


def test_bibtex_keeps_each_chinese_creator_whole_and_escapes_special_characters():
    entry = parse_string(citations.bibtex(notice()), "bibtex").entries["gov-001"]
    assert entry.type == "misc"
    assert [str(person) for person in entry.persons["author"]] == ["{国务院办公厅}"]
    assert entry.fields["title"] == NOTICE["title"]
    assert entry.fields["url"] == ADDRESS and entry.fields["date"] == "2010-12-23" and entry.fields["year"] == "2010"
    tricky = citations.cited({**NOTICE, "title": "100% {完成} 任务_一"}, "100% {完成} 任务_一", "/d/", None, "档案")
    assert parse_string(citations.bibtex(tricky), "bibtex").entries["gov-001"].fields["title"] == r"100\% \{完成\} 任务\_一"


def test_exports_leave_out_an_address_that_is_not_absolute():
    relative = notice(address=None)
    assert "url" not in parse_string(citations.bibtex(relative), "bibtex").entries["gov-001"].fields
    assert "url" not in rispy.load(io.StringIO(citations.ris(relative)))[0]
    assert "URL" not in json.loads(citations.csl_json(relative))[0]


def test_ris_reads_back_with_type_creators_date_and_address():
    [record] = rispy.load(io.StringIO(citations.ris(notice())))
    assert record["type_of_reference"] == "GOVDOC"
    assert record["authors"] == ["国务院办公厅"] and record["date"] == "2010/12/23" and record["year"] == "2010"
    assert record["urls"] == [ADDRESS] and record["title"] == NOTICE["title"]
    speech = citations.cited(SPEECH, SPEECH["title"], "/documents/001_x/", None, "档案")
    assert rispy.load(io.StringIO(citations.ris(speech)))[0]["type_of_reference"] == "GEN"


def test_csl_json_renders_through_citeproc():
    items = json.loads(citations.csl_json(notice()))
    assert items[0]["issued"] == {"date-parts": [[2010, 12, 23]]} and items[0]["number"] == "国办发〔2010〕15号"
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    bibliography.register(Citation([CitationItem("gov-001")]))
    [rendered] = [str(entry) for entry in bibliography.bibliography()]
    assert "国务院办公厅" in rendered and "2010" in rendered and NOTICE["title"] in rendered


def test_a_speech_is_a_csl_speech_with_its_place():
    speech = citations.cited(SPEECH, SPEECH["title"], "/documents/001_x/", None, "档案")
    [item] = json.loads(citations.csl_json(speech))
    assert item["type"] == "speech" and item["event-place"] == "乌鲁木齐市" and item["issued"] == {"date-parts": [[2011, 6]]}
    assert item["author"] == [{"literal": "王和涛"}, {"literal": "街道党工委"}]
