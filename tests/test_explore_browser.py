"""Exploring the collection in Chromium: the timeline, counts and date ranges on browse pages, the home page's figures."""
from __future__ import annotations

from archive import site
from tests.conftest import ROOT, at_both_sizes, screenshot

page = at_both_sizes()

PAGES = site.load_pages(ROOT / "content", ROOT / "sources")


def test_each_bar_of_the_timeline_leads_to_as_many_documents_as_it_counts(device_page, site_url):
    tab = device_page
    tab.goto(f"{site_url}/timeline/")
    bars = tab.locator("svg.chart a")
    assert bars.count() == len({page.year for page in PAGES if page.year})
    targets = [(bars.nth(index).get_attribute("href"), bars.nth(index).get_attribute("aria-label")) for index in range(bars.count())]
    assert tab.evaluate("document.documentElement.scrollWidth") <= tab.viewport_size["width"]
    screenshot(tab, f"timeline-{tab.device}")
    for href, label in targets:
        year, count = label.split("年：")[0], int(label.split("：")[1].split(" ")[0])
        assert count == sum(1 for page in PAGES if page.year == year)
        tab.goto(f"{site_url}{href}")
        assert tab.locator(".document-list li").count() == count


def test_a_years_page_charts_its_months_and_each_bar_jumps_to_its_month(page, site_url):
    dated_to_month = [page_ for page_ in PAGES if page_.meta["date"] and len(page_.meta["date"]) >= 7]
    year = dated_to_month[0].year
    page.goto(f"{site_url}/years/{year}/")
    bar = page.locator("svg.chart a").first
    anchor = bar.get_attribute("href")
    assert anchor.startswith("#month-")
    month = int(anchor.removeprefix("#month-"))
    expected = sum(1 for page_ in dated_to_month if page_.year == year and int(page_.meta["date"][5:7]) == month)
    assert page.locator(f"h2{anchor} + .document-list li").count() == expected


def test_browse_pages_show_counts_and_date_ranges(page, site_url):
    page.goto(f"{site_url}/genres/")
    speeches = [page_ for page_ in PAGES if page_.meta["genre"] == "讲话"]
    years = sorted(page_.year for page_ in speeches if page_.year)
    row = page.locator(".facet-values li", has_text="讲话").first.inner_text()
    assert f"{len(speeches)} 篇" in row and f"{years[0]}—{years[-1]}" in row


def test_the_home_page_gives_the_collections_figures(page, site_url):
    page.goto(f"{site_url}/")
    figures = dict(zip(page.locator(".stat-list dt").all_inner_texts(), page.locator(".stat-list dd").all_inner_texts()))
    assert figures["文献"] == f"{len(PAGES)} 篇"
    assert figures["文献自署日期"] == f"{sum(1 for page_ in PAGES if page_.year and page_.meta['date_source'] != 'page')} 篇"
    assert page.locator("svg.chart a").count() >= 1


def test_browsing_works_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False, locale="zh-CN")
    tab = context.new_page()
    tab.goto(f"{site_url}/genres/讲课稿/")
    tab.click("a[href='/documents/000_cb3843f68f6f73f7/']")
    assert tab.inner_text("h1") == "对台办创先争优工作讲课稿"
    tab.goto(f"{site_url}/timeline/")
    assert tab.locator("svg.chart a").count() >= 1 and tab.locator("#ui-switch").is_hidden()
    context.close()


def test_a_browse_page_with_no_values_says_so(page, site_url):
    page.goto(f"{site_url}/units/")
    if not any(page_.meta["unit"] for page_ in PAGES):
        assert "尚无文献记录了单位" in page.inner_text("main")
    else:
        assert page.locator(".facet-values li").count() == len({page_.meta["unit"] for page_ in PAGES if page_.meta["unit"]})
