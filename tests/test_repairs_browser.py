"""Repaired reading, the 显示原文 switch, and search across damaged and Traditional forms, in Chromium."""
from __future__ import annotations

import pytest

from archive.pages import read_page
from archive.shown import body_blocks_for_index
from tests.conftest import ROOT, screenshot
from tests.test_search_browser import search

STREET_SPEECH = "001_c7e687d74acad71f"
RESEARCH_PAPER = "002_bff57ed234c65540"


@pytest.mark.parametrize(
    "query, must_include",
    [
        ("服务群众", {STREET_SPEECH, "fx-traditional"}),
        ("效劳群众", {STREET_SPEECH}),
        ("科学发展观", {STREET_SPEECH, RESEARCH_PAPER, "fx-traditional"}),
        ("科学开展观", {STREET_SPEECH}),
        ("创先争优活动动员大会", {"fx-traditional"}),
        ("創先爭優", {"000_cb3843f68f6f73f7", "fx-traditional"}),
    ],
)
def test_either_form_and_either_script_finds_the_document(page, eval_site_url, query, must_include):
    assert must_include <= set(search(page, eval_site_url, query))


def test_traditional_document_is_shown_as_printed(page, eval_site_url):
    page.goto(f"{eval_site_url}/documents/fx-traditional/?highlight=服务群众")
    page.wait_for_selector("#document-text mark")
    assert "服務群眾" in page.inner_text("#document-text")
    assert page.eval_on_selector_all("#document-text mark", "marks => marks.map(m => m.textContent)") == ["服務群眾"]


def test_repaired_words_are_marked_with_the_original_on_hover(page, eval_site_url):
    page.goto(f"{eval_site_url}/documents/{STREET_SPEECH}/")
    first = page.locator("#document-text .repair").first
    assert first.get_attribute("data-original")
    first.hover()
    screenshot(page, "repair-hover")
    text = page.inner_text("#document-text")
    assert "服务人民群众" in text and "效劳" not in text


def test_show_original_switch_shows_the_source_text_byte_for_byte(page, eval_site_url):
    page.goto(f"{eval_site_url}/documents/{STREET_SPEECH}/")
    source = body_blocks_for_index(read_page(ROOT / "content" / f"{STREET_SPEECH}.md").body)
    page.click("label[for=show-original]")
    shown = page.eval_on_selector_all("#document-text > *", "blocks => blocks.map(b => b.innerText)")
    screenshot(page, "show-original")
    assert shown == source
    page.click("label[for=show-original]")
    assert page.eval_on_selector_all("#document-text > *", "blocks => blocks.map(b => b.innerText)") != source


def test_arriving_with_the_damaged_form_highlights_it_in_the_original_reading(page, eval_site_url):
    page.goto(f"{eval_site_url}/documents/{STREET_SPEECH}/?highlight=效劳群众")
    page.wait_for_selector("#document-text mark")
    assert page.is_checked("#show-original")
    marked = "".join(page.eval_on_selector_all("#document-text mark", "marks => marks.map(m => m.textContent)"))
    assert marked and marked == "效劳群众" * (len(marked) // 4)


def test_showing_originals_on_a_phone_never_scrolls_sideways(browser, eval_site_url):
    context = browser.new_context(viewport={"width": 375, "height": 740}, locale="zh-CN")
    tab = context.new_page()
    tab.goto(f"{eval_site_url}/documents/{STREET_SPEECH}/")
    overflow = 0
    repairs = tab.locator("#document-text .repair")
    for index in range(repairs.count()):
        repairs.nth(index).hover()
        overflow = max(overflow, tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth"))
    repairs.nth(3).hover()
    screenshot(tab, "phone-repair-hover")
    context.close()
    assert overflow <= 0
