"""One reading everywhere: a damaged document's repaired title and text, wherever the site shows them (Chromium)."""
from __future__ import annotations

import json

from tests.conftest import at_both_sizes, screenshot
from tests.test_search_browser import search

page = at_both_sizes()

STREET_SPEECH = "001_c7e687d74acad71f"
REPAIRED_TITLE = "在深入开展创先争优活动暨文明城市创建百日整治动员大会上的讲话"
PRINTED_TITLE = "在深入开展创先争优活动暨文明城市创立百日整治发动大会上的讲话"


def listed_title(tab, document_id: str) -> str:
    return tab.inner_text(f"a[href='/documents/{document_id}/']").strip()


def test_every_place_that_shows_the_title_shows_the_repaired_reading(device_page, site_url):
    tab = device_page
    tab.goto(f"{site_url}/documents/{STREET_SPEECH}/")
    assert tab.title().startswith(REPAIRED_TITLE)
    assert tab.inner_text("h1") == REPAIRED_TITLE
    assert REPAIRED_TITLE in tab.inner_text("#citation")
    assert tab.get_attribute("meta[name=citation_title]", "content") == REPAIRED_TITLE
    for listing in ("/", "/genres/讲话/", "/years/年份不详/"):
        tab.goto(f"{site_url}{listing}")
        assert listed_title(tab, STREET_SPEECH) == REPAIRED_TITLE, listing
        note = tab.locator(f"a[href='/documents/{STREET_SPEECH}/'] + .repaired-title")
        assert note.get_attribute("title") == f"原题作“{PRINTED_TITLE}”"
    screenshot(tab, f"repaired-title-in-list-{tab.device}")
    catalog = json.loads(tab.request.get(f"{site_url}/catalog.json").text())
    [record] = [record for record in catalog["documents"] if record["id"] == STREET_SPEECH]
    assert (record["title"], record["printed_title"]) == (REPAIRED_TITLE, PRINTED_TITLE)


def test_the_printed_title_is_one_tap_or_key_away_in_lists_and_results(page, site_url):
    page.goto(f"{site_url}/genres/讲话/")
    mark = page.locator(f"a[href='/documents/{STREET_SPEECH}/'] + .repaired-title")
    printed = mark.locator(".printed-title")
    assert not printed.is_visible()
    mark.locator("summary").click()
    assert printed.is_visible() and PRINTED_TITLE in printed.inner_text()
    mark.locator("summary").focus()
    page.keyboard.press("Enter")
    assert not printed.is_visible()
    assert STREET_SPEECH in search(page, site_url, "科学开展观")
    result = page.locator(f"#results li:has(a[href^='/documents/{STREET_SPEECH}/'])")
    result.locator(".repaired-title summary").click()
    assert PRINTED_TITLE in result.locator(".printed-title").inner_text()


def test_a_related_list_shows_the_repaired_title(page, site_url):
    page.goto(f"{site_url}/documents/000_cb3843f68f6f73f7/")
    assert page.locator(f".related a[href='/documents/{STREET_SPEECH}/']").inner_text() == REPAIRED_TITLE


def test_a_search_result_shows_title_and_excerpt_as_the_page_does(device_page, site_url):
    tab = device_page
    assert STREET_SPEECH in search(tab, site_url, "科学发展观")
    result = tab.locator(f"#results li:has(a[href^='/documents/{STREET_SPEECH}/'])")
    assert result.locator(".result-title").inner_text() == REPAIRED_TITLE
    excerpt = result.locator(".excerpt")
    assert "科学发展观" in excerpt.inner_text() and "科学开展观" not in excerpt.inner_text()
    assert excerpt.locator(".repair[data-original='科学开展观']").count() >= 1
    assert excerpt.locator("mark").first.inner_text().startswith("科学")
    screenshot(tab, f"search-result-repaired-{tab.device}")


def test_a_search_for_the_printed_form_shows_the_printed_text_under_the_repaired_title(page, site_url):
    assert STREET_SPEECH in search(page, site_url, "科学开展观")
    result = page.locator(f"#results li:has(a[href^='/documents/{STREET_SPEECH}/'])")
    assert result.locator(".result-title").inner_text() == REPAIRED_TITLE
    assert result.locator(".repaired-title").get_attribute("title") == f"原题作“{PRINTED_TITLE}”"
    assert "科学开展观" in result.locator(".excerpt mark").all_inner_texts()


def test_the_note_says_which_reading_is_shown(page, site_url):
    page.goto(f"{site_url}/documents/{STREET_SPEECH}/")
    note = page.locator(".repair-note p").first
    assert "修复后的读法" in note.inner_text() and "未作修复" not in note.inner_text()
    page.click("label[for=show-original]")
    assert "未作修复" in note.inner_text() and "修复后的读法" not in note.inner_text()


def test_the_original_forms_are_reached_without_a_tab_stop_per_repair(page, site_url):
    page.goto(f"{site_url}/documents/{STREET_SPEECH}/")
    assert page.locator("#document-text .repair").count() > 50
    stops = page.evaluate(
        """() => [...document.querySelectorAll('a[href], button, input, summary, [tabindex]')]
                 .filter(element => element.tabIndex >= 0 && !element.hidden).length"""
    )
    assert stops < 40
    page.click(".repair-list summary")
    rows = page.locator(".repair-list tbody tr")
    assert rows.count() >= 5
    assert ["效劳", "服务"] in [row.locator("td").all_inner_texts()[:2] for row in rows.all()]


def test_the_importers_warnings_are_shown_discreetly(page, site_url):
    page.goto(f"{site_url}/documents/{STREET_SPEECH}/")
    notes = page.locator(".review-notes")
    assert not notes.locator("li").first.is_visible()
    notes.locator("summary").click()
    assert "202223年6月5日" in notes.inner_text()


def test_a_page_reached_from_a_search_counts_the_matches_and_steps_through_them(device_page, site_url):
    tab = device_page
    tab.goto(f"{site_url}/documents/004_a8838e6b2a279195/?highlight=创先争优")
    tab.wait_for_selector(".match-nav")
    total = tab.locator("mark").count()
    assert total > 3
    first = tab.locator("h1 mark").count() + 1  # the view opens on the first match in the text
    assert tab.inner_text(".match-count") == f"第 {first} / {total} 处"
    tab.click(".match-nav button[data-step='1']")
    assert tab.inner_text(".match-count") == f"第 {first + 1} / {total} 处"
    current = tab.locator("mark.current")
    assert current.count() == 1 and current.is_visible()
    box = current.bounding_box()
    assert 0 <= box["y"] <= tab.viewport_size["height"]
    for _ in range(first + 1):
        tab.click(".match-nav button[data-step='-1']")
    assert tab.inner_text(".match-count") == f"第 {total} / {total} 处"
    assert tab.locator(".match-nav button").first.bounding_box()["height"] >= 44
    screenshot(tab, f"match-navigation-{tab.device}")


def test_switching_readings_moves_the_highlights_and_the_counter_with_them(page, site_url):
    page.goto(f"{site_url}/documents/{STREET_SPEECH}/?highlight=效劳")
    page.wait_for_selector(".match-nav")
    assert page.is_checked("#show-original")
    printed = page.locator("mark").count()
    assert printed > 1 and page.inner_text(".match-count").endswith(f"/ {printed} 处")
    page.click("label[for=show-original]")
    assert page.locator("mark").count() == 0 and page.locator(".match-nav").count() == 0  # 效劳 is not in the repaired reading
    page.click("label[for=show-original]")
    assert page.locator("mark").count() == printed and page.locator(".match-nav").count() == 1


def test_the_switch_to_the_source_text_is_reached_where_it_is_read(page, site_url):
    page.goto(f"{site_url}/documents/{STREET_SPEECH}/")
    assert page.locator(".repair-note input#show-original").count() == 1
    page.focus("#show-original")
    page.keyboard.press("Space")
    assert "未作修复" in page.inner_text(".repair-note p")
