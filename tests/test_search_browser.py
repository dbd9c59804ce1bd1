"""Search typed into the built site in headless Chromium, as a researcher would."""
from __future__ import annotations

import pytest

from tests.conftest import ROOT, screenshot

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
    tab.wait_for_function("() => document.body.dataset.searchState === 'done'")
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


def test_genre_filter_narrows_results(page, site_url):
    everything = search(page, site_url, "创先争优")
    assert len(everything) == 5
    page.click("#filters summary")
    page.check("input[name=genre][value=讲课稿]")
    narrowed = wait_for_results(page)
    assert narrowed == ["000_cb3843f68f6f73f7"]
    assert "genre=" in page.url


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


def test_excerpt_text_is_fetched_only_for_the_results_shown_and_once_a_page(page, site_url):
    fetched = []
    page.on("request", lambda request: fetched.append(request.url) if request.url.endswith("/search-text.txt") else None)
    search(page, site_url, "对台工作")
    assert [url.split("/documents/")[1].split("/")[0] for url in fetched] == [LECTURE_ON_TAIWAN]
    page.fill("#q", "台办创")
    page.press("#q", "Enter")
    page.wait_for_function("() => [...document.querySelectorAll('#results mark')].some((mark) => mark.textContent === '台办创')")
    assert wait_for_results(page) == [LECTURE_ON_TAIWAN] and len(fetched) == 1


def test_a_result_whose_excerpt_text_cannot_be_fetched_is_still_listed(browser, site_url):
    context = browser.new_context()  # not the page fixture: the failed fetch is logged, as it should be
    tab = context.new_page()
    tab.route("**/search-text.txt", lambda route: route.abort())
    assert search(tab, site_url, "对台工作") == [LECTURE_ON_TAIWAN]
    assert tab.inner_text("#results .excerpt") == ""
    context.close()


def test_search_from_the_home_page_form(page, site_url):
    page.goto(site_url + "/")
    page.fill("#q", "乌鲁木齐")
    page.press("#q", "Enter")
    assert wait_for_results(page) == [SCIENCE_BUREAU_SPEECH]


def test_sort_by_date_orders_results_newest_first(page, site_url):
    results = search(page, site_url, "创先争优", "?sort=date-desc")
    dates = page.eval_on_selector_all("#results .document-facts", "spans => spans.map(s => s.textContent.trim().slice(0, 10))")
    assert len(results) == 5
    known = [date for date in dates if date[:4].isdigit()]
    assert known == sorted(known, reverse=True)


def test_genre_and_year_filters_combine(page, site_url):
    search(page, site_url, "创先争优", "?genre=讲话")
    assert set(wait_for_results(page)) == {STREET_SPEECH, HENAN_SPEECH, SCIENCE_BUREAU_SPEECH}
    page.select_option("#from", "2010")
    page.select_option("#to", "2010")
    assert wait_for_results(page) == [SCIENCE_BUREAU_SPEECH]


@pytest.mark.parametrize("path", ["/", "/search/?q=创先争优", "/documents/001_c7e687d74acad71f/", "/units/"])
def test_pages_fit_a_phone_screen_without_sideways_scrolling(browser, site_url, path):
    context = browser.new_context(viewport={"width": 375, "height": 740}, device_scale_factor=2, locale="zh-CN")
    tab = context.new_page()
    tab.goto(site_url + path)
    if "search" in path:
        wait_for_results(tab)
    overflow = tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    screenshot(tab, "phone" + path.replace("/", "_").replace("?", "_"))
    context.close()
    assert overflow <= 0


def test_document_page_shows_metadata_provenance_and_incompleteness(page, site_url):
    page.goto(f"{site_url}/documents/{RESEARCH_PAPER}/")
    assert "不完整" in page.inner_text(".warning")
    panel = page.inner_text(".metadata")
    assert "调研报告" in panel
    provenance = page.inner_text(".provenance")
    assert "人人文库" in provenance and "SHA-256" in provenance
    page.click("text=查看抓取原文")
    assert "全文预览已结束" in page.inner_text("pre.raw-source")
    assert page.inner_text("pre.raw-source") == (ROOT / "sources" / f"{RESEARCH_PAPER}.txt").read_text(encoding="utf-8")


def test_unknown_address_shows_the_404_page(site_url, built_site):
    assert "页面不存在" in (built_site / "404.html").read_text(encoding="utf-8")


TRICKY_TEXTS = [
    "对台工作", "“五个好〞：即领导班子好", "ＧＢ／Ｔ　７７１４—２００５", "Word 2007 文档", "鞏固和拓展學習實踐",
    "第㈠条 ①②", "𠀀𠀁 扩展B区", "Ⅻ届 ﹝2010﹞", "乾隆 後來 髮型", "  \t空白\u3000与\u00a0不换行  ",
]


def test_browser_normalises_and_encodes_exactly_like_the_indexer(page, site_url):
    from archive.search_index import encode_char, normalise

    page.goto(f"{site_url}/search/")
    found = page.evaluate(
        """async (texts) => {
            const m = await import('/static/textmatch.js');
            await m.loadFolding();
            return texts.map(t => { const n = m.normalise(t); return [n, Array.from(n).map(m.encodeChar).join('')]; });
        }""",
        TRICKY_TEXTS,
    )
    for text, (normal, codes) in zip(TRICKY_TEXTS, found):
        assert normal == normalise(text), text
        expected_codes = "".join(encode_char(char) for char in normalise(text))
        assert codes == expected_codes, text


def test_theme_tags_never_break_inside_a_word_on_a_phone(browser, site_url):
    context = browser.new_context(viewport={"width": 320, "height": 740}, locale="zh-CN")
    tab = context.new_page()
    tab.goto(f"{site_url}/documents/{RESEARCH_PAPER}/")
    lines_per_tag = tab.eval_on_selector_all(".metadata .tag", "tags => tags.map(tag => tag.getClientRects().length)")
    context.close()
    assert lines_per_tag and all(lines == 1 for lines in lines_per_tag)


@pytest.mark.parametrize("path", ["/", "/genres/", "/genres/讲话/"])
def test_navigation_and_browse_links_are_touch_targets_of_44_px(browser, site_url, path):
    context = browser.new_context(viewport={"width": 375, "height": 740}, locale="zh-CN")
    tab = context.new_page()
    tab.goto(site_url + path)
    heights = tab.eval_on_selector_all(
        ".site-header nav a, .facet-links a, .facet-values a, .document-list a",
        "links => links.map(link => [link.textContent.trim(), link.getBoundingClientRect().height])",
    )
    context.close()
    assert len(heights) > 5
    assert [text for text, height in heights if height < 44] == []
