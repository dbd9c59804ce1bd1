"""The interface in English: every label switches, the choice is remembered, documents keep their language (Chromium)."""
from __future__ import annotations

import pytest

from tests.conftest import VIEWPORTS, at_both_sizes, screenshot
from tests.test_accessibility_browser import PAGE_TYPES, serious_violations

page = at_both_sizes()

# Visible Chinese outside an element marked as Chinese is an untranslated label.
UNTRANSLATED = """() => {
  const han = /[\\u3400-\\u9fff]/;
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode, element = node.parentElement;
    if (!han.test(node.data) || element.closest('[lang^="zh"]') || !element.checkVisibility()) continue;
    found.push(node.data.trim().slice(0, 40));
  }
  for (const element of document.body.querySelectorAll("[placeholder], [aria-label], [title]")) {
    if (element.closest('[lang^="zh"]') || !element.checkVisibility()) continue;
    for (const name of ["placeholder", "aria-label", "title"]) {
      const value = element.getAttribute(name);
      // an attribute cannot mark a quoted Chinese word; an English sentence quoting one has Latin letters
      if (value && han.test(value) && !/[A-Za-z]/.test(value)) found.push(`${name}=${value.slice(0, 40)}`);
    }
  }
  return found;
}"""


@pytest.fixture(params=list(VIEWPORTS))
def english_page(request, browser):
    context = browser.new_context(viewport=VIEWPORTS[request.param], locale="en-GB")
    context.add_init_script("localStorage.setItem('interface', 'en')")
    tab = context.new_page()
    tab.device = request.param
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    yield tab
    context.close()
    assert not errors


def open_page(tab, site_url: str, kind: str) -> None:
    tab.goto(f"{site_url}{PAGE_TYPES[kind]}")
    if kind == "search":
        tab.wait_for_function("() => document.body.dataset.searchState === 'done'")
        tab.click("#filters summary")
    tab.eval_on_selector_all("details", "all => all.forEach(d => d.open = true)")


@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_english_mode_switches_every_label(english_page, site_url, kind):
    tab = english_page
    open_page(tab, site_url, kind)
    assert tab.evaluate("document.documentElement.lang") == "en"
    untranslated = tab.evaluate(UNTRANSLATED)
    assert untranslated == [], untranslated
    assert tab.title().endswith("Archive of Chinese Party and Government Documents")
    assert tab.evaluate("document.documentElement.scrollWidth") <= tab.viewport_size["width"]
    if kind in ("document", "search", "home"):
        screenshot(tab, f"english-{kind}-{tab.device}")


def test_documents_keep_their_own_language_in_english_mode(english_page, site_url):
    tab = english_page
    open_page(tab, site_url, "document")
    assert tab.get_attribute("#document-text", "lang") == "zh-CN" and tab.get_attribute("h1", "lang") == "zh-CN"
    assert tab.inner_text("dt >> nth=0") == "Date"


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_no_serious_accessibility_violation_in_english(english_page, site_url, kind, scheme):
    tab = english_page
    tab.emulate_media(color_scheme=scheme)
    open_page(tab, site_url, kind)
    assert serious_violations(tab) == []


def test_the_switch_is_remembered_across_pages_and_switches_back(page, site_url):
    page.goto(f"{site_url}/")
    assert page.inner_text("#ui-switch") == "English"
    page.click("#ui-switch")
    page.wait_for_load_state()
    assert page.inner_text(".site-header nav a >> nth=0") == "Search"
    page.goto(f"{site_url}/documents/001_c7e687d74acad71f/")
    assert page.inner_text("#cite-heading") == "Cite" and page.inner_text("#ui-switch") == "中文"
    page.click("#ui-switch")
    page.wait_for_load_state()
    assert page.inner_text("#cite-heading") == "引用" and page.evaluate("document.documentElement.lang") == "zh-CN"
