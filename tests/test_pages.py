"""Markdown pages: written faithfully, validated with errors that name file, field and problem."""
from __future__ import annotations

import pytest

from archive.pages import PageError, escape_markdown, is_hand_edited, read_page
from archive.shown import markdown_to_html

VALID = """---
id: sample
title: 在大会上的讲话
date: '2011-06'
date_source: text
unit: null
speaker: null
place: null
genre: 讲话
themes: [创先争优]
complete: true
source: {site: null, file: null, sha256: null}
---

同志们:
"""


def write(tmp_path, text, name="sample"):
    path = tmp_path / f"{name}.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_page_loads(tmp_path):
    page = read_page(write(tmp_path, VALID))
    assert page.meta["title"] == "在大会上的讲话" and page.year == "2011"


@pytest.mark.parametrize(
    "change, field, problem",
    [
        (("date: '2011-06'", "date: '2011/06'"), "date", "must be YYYY"),
        (("date: '2011-06'", "date: '2011-02-30'"), "date", "not a real calendar date"),
        (("date_source: text", "date_source: guess"), "date_source", "must be one of"),
        (("themes: [创先争优]", "themes: 创先争优"), "themes", "must be a list"),
        (("complete: true", "complete: maybe"), "complete", "true or false"),
        (("title: 在大会上的讲话", "title: ''"), "title", "non-empty"),
        (("id: sample", "id: other"), "id", "must equal the file name"),
        (("genre: 讲话\n", ""), "genre", "is missing"),
    ],
)
def test_invalid_field_error_names_file_field_and_problem(tmp_path, change, field, problem):
    path = write(tmp_path, VALID.replace(*change))
    with pytest.raises(PageError) as error:
        read_page(path)
    assert str(path) in str(error.value) and f"'{field}'" in str(error.value) and problem in str(error.value)


def test_page_without_front_matter_is_rejected(tmp_path):
    with pytest.raises(PageError, match="no YAML front matter"):
        read_page(write(tmp_path, "同志们:"))


def test_source_file_checksum_is_verified(tmp_path):
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "sample.txt").write_bytes(b"changed")
    text = VALID.replace("source: {site: null, file: null, sha256: null}", "source: {site: null, file: sources/sample.txt, sha256: " + "0" * 64 + "}")
    with pytest.raises(PageError, match="source.sha256"):
        read_page(write(tmp_path, text), sources)


def test_markdown_specials_in_source_text_are_escaped_and_render_as_written():
    text = "1. 第一 *重点* [注] <b>"
    rendered = markdown_to_html(escape_markdown(text))
    assert "<ol>" not in rendered and "<em>" not in rendered
    assert "<p>1. 第一 *重点* [注] &lt;b&gt;</p>" in rendered


def test_raw_html_in_a_document_is_shown_as_text():
    rendered = markdown_to_html("<script>alert(1)</script>\n\n正文<img src=x onerror=alert(1)>")
    assert "<script>" not in rendered and "<img" not in rendered
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered


def test_hand_edit_is_detected_by_the_import_digest(tmp_path):
    from tests.golden_pages import GOLDEN

    original = next(GOLDEN.glob("*.md")).read_text(encoding="utf-8")
    assert not is_hand_edited(original)
    assert is_hand_edited(original.replace("同志们", "同志们、朋友们", 1))


def test_yaml_aliases_in_front_matter_are_refused_not_expanded(tmp_path):
    text = VALID.replace("themes: [创先争优]", "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nthemes: [创先争优]")
    with pytest.raises(PageError, match="alias"):
        read_page(write(tmp_path, text))


def test_an_unquoted_impossible_date_is_a_clear_error(tmp_path):
    with pytest.raises(PageError, match="'date': 2020-13-45 is not a real calendar date"):
        read_page(write(tmp_path, VALID.replace("date: '2011-06'", "date: 2020-13-45")))


def test_every_problem_of_a_page_is_reported_at_once(tmp_path):
    path = write(tmp_path, VALID.replace("complete: true", "complete: maybe\nwarnings: 5\nextracted_from: 5"))
    with pytest.raises(PageError) as error:
        read_page(path)
    assert all(f"{path}: field '{field}'" in str(error.value) for field in ("complete", "warnings", "extracted_from"))
