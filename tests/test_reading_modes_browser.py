"""Reading a long document: its table of contents, dark mode and print, in Chromium (screenshots kept as artifacts)."""
from __future__ import annotations

import pytest

from archive import site
from archive.shown import reading_text
from tests.conftest import ROOT, at_both_sizes, screenshot

page = at_both_sizes()

RESEARCH_PAPER = "002_bff57ed234c65540"
STREET_SPEECH = "001_c7e687d74acad71f"


def test_the_table_of_contents_lists_every_heading_and_leads_to_it(device_page, site_url):
    tab = device_page
    [paper] = [page for page in site.load_pages(ROOT / "content", ROOT / "sources") if page.id == RESEARCH_PAPER]
    tab.goto(f"{site_url}/documents/{RESEARCH_PAPER}/")
    tab.click(".toc summary")
    entries = tab.locator(".toc a")
    shown_headings = [text for _, text, _ in reading_text(paper).contents]  # in the repaired reading: 探究 shown as 探索
    assert len(shown_headings) == 10 and entries.all_inner_texts() == shown_headings
    entries.last.click()
    target = tab.evaluate("location.hash")
    assert tab.locator(f"#document-text {target}").inner_text() == shown_headings[-1]
    assert tab.evaluate(f"document.querySelector('#document-text {target}').getBoundingClientRect().top") < tab.viewport_size["height"] / 2


def test_a_short_text_has_no_table_of_contents(page, site_url):
    page.goto(f"{site_url}/documents/004_a8838e6b2a279195/")
    assert page.locator(".toc").count() == 0


def luminance(rgb: str) -> float:
    red, green, blue = (int(part) for part in rgb[rgb.index("(") + 1:rgb.index(")")].split(",")[:3])
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_colour_scheme_follows_the_system_setting(device_page, site_url, scheme):
    tab = device_page
    tab.emulate_media(color_scheme=scheme)
    tab.goto(f"{site_url}/documents/{STREET_SPEECH}/")
    paper = luminance(tab.evaluate("getComputedStyle(document.documentElement).backgroundColor"))
    ink = luminance(tab.evaluate("getComputedStyle(document.querySelector('#document-text p')).color"))
    assert (paper < 60 and ink > 180) if scheme == "dark" else (paper > 230 and ink < 60)
    screenshot(tab, f"document-{scheme}-{tab.device}")


def test_print_keeps_the_text_citation_and_provenance_and_drops_navigation(page, site_url):
    page.goto(f"{site_url}/documents/{STREET_SPEECH}/")
    assert page.locator(".repair-note .on-screen").is_visible() and not page.locator(".repair-note .in-print").is_visible()
    page.emulate_media(media="print", color_scheme="dark")
    assert "〔原作" in page.locator(".repair-note .in-print").inner_text() and not page.locator(".repair-note .on-screen").is_visible()
    visible = {selector: page.locator(selector).first.is_visible() for selector in
               (".site-header", ".related", ".cite-actions", ".mode-label", "#citation", ".provenance", "#document-text", ".repair-note p")}
    assert visible == {".site-header": False, ".related": False, ".cite-actions": False, ".mode-label": False,
                       "#citation": True, ".provenance": True, "#document-text": True, ".repair-note p": True}
    assert luminance(page.evaluate("getComputedStyle(document.documentElement).backgroundColor")) > 230
    after = page.evaluate("getComputedStyle(document.querySelector('#document-text .repair'), '::after').content")
    assert after.startswith('"〔原作')
    screenshot(page, f"document-print-{page.device}")
    page.pdf(path=str(ROOT / "tests" / "artifacts" / f"document-print-{page.device}.pdf"))


GLYPHS_DIFFER = r"""() => {
  const family = getComputedStyle(document.querySelector('#document-text')).fontFamily;
  const drawn = (text) => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 40;
    const context = canvas.getContext('2d');
    context.font = `32px ${family}`;
    context.fillText(text, 2, 34);
    return Array.from(context.getImageData(0, 0, 40, 40).data).join(',');
  };
  return drawn('国') !== drawn('園') && drawn('国') !== drawn('\u{10FFFD}');
}"""


def test_chinese_is_drawn_with_a_font_that_has_it_so_screenshots_show_it(page, site_url):
    page.goto(f"{site_url}/documents/{STREET_SPEECH}/")
    assert page.evaluate(GLYPHS_DIFFER), "two different characters are drawn alike: a box for a missing glyph (is a CJK font installed?)"
