"""Search typed into the built site in headless Chromium, as a researcher would."""
from __future__ import annotations

import pytest

from tests.conftest import screenshot

LECTURE_ON_TAIWAN = "000_cb3843f68f6f73f7"
STREET_SPEECH = "001_c7e687d74acad71f"
RESEARCH_PAPER = "002_bff57ed234c65540"
HENAN_SPEECH = "003_3685b0cf52ee24bc"
SCIENCE_BUREAU_SPEECH = "004_a8838e6b2a279195"


def search(tab, site_url: str, query: str, params: str = "") -> list[str]:
    tab.goto(f"{site_url}/search/{params}")
    tab.fill("#q", query)
    tab.press("#q", "Enter")
    return wait_for_results(tab)


def wait_for_results(tab) -> list[str]:
    tab.wait_for_function("document.body.dataset.searchState === 'done'")
    hrefs = tab.eval_on_selector_all("#results .result-title", "links => links.map(a => a.getAttribute('href'))")
    return [href.split("/documents/")[1].split("/")[0] for href in hrefs]


@pytest.mark.parametrize(
    "query, expected",
    [
        ("对台工作", {LECTURE_ON_TAIWAN}),
        ("非公有制经济", {HENAN_SPEECH, STREET_SPEECH}),
        ("乌鲁木齐", {SCIENCE_BUREAU_SPEECH}),
        ("五个好", {STREET_SPEECH, RESEARCH_PAPER}),
        ("台办创", {LECTURE_ON_TAIWAN}),
    ],
)
def test_query_finds_exactly_the_documents_containing_it(page, site_url, query, expected):
    assert set(search(page, site_url, query)) == expected


@pytest.mark.parametrize("query", ["网站客服", "下载文档", "温馨提示", "你可能关注的文档", "全文预览已结束"])
def test_site_boilerplate_words_find_nothing(page, site_url, query):
    assert search(page, site_url, query) == []
    assert "未找到" in page.inner_text("#search-status")


def test_unit_filter_narrows_results(page, site_url):
    everything = search(page, site_url, "创先争优")
    assert len(everything) == 5
    page.click("#filters summary")
    page.check("input[name=unit][value=市科技局]")
    narrowed = wait_for_results(page)
    assert narrowed == [SCIENCE_BUREAU_SPEECH]
    assert "unit=" in page.url


def test_result_link_opens_the_document_with_the_query_highlighted(page, site_url):
    search(page, site_url, "乌鲁木齐")
    screenshot(page, "search-results")
    page.click("#results .result-title")
    page.wait_for_selector("#document-text mark")
    assert "科技局" in page.inner_text("h1")
    marked = page.eval_on_selector_all("#document-text mark", "marks => marks.map(m => m.textContent)")
    assert marked and all(text == "乌鲁木齐" for text in marked)
    screenshot(page, "document-highlighted")


def test_results_show_excerpt_with_the_match_marked(page, site_url):
    search(page, site_url, "对台工作")
    excerpt_marks = page.eval_on_selector_all("#results .excerpt mark", "marks => marks.map(m => m.textContent)")
    assert excerpt_marks and set(excerpt_marks) == {"对台工作"}


def test_search_from_the_home_page_form(page, site_url):
    page.goto(site_url + "/")
    page.fill("#q", "乌鲁木齐")
    page.press("#q", "Enter")
    assert wait_for_results(page) == [SCIENCE_BUREAU_SPEECH]
