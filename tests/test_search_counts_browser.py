"""The shape of a term over time and the counts of the current results, on the search page in Chromium.

Expected figures are counted from the texts themselves (tests/search_eval.py's scan), not from the index.
"""
from __future__ import annotations

from collections import Counter

import pytest

from archive.pages import read_page
from tests import search_eval
from tests.conftest import at_both_sizes, screenshot
from tests.test_search_browser import search, wait_for_results

page = at_both_sizes()

PAGES = {path.stem: read_page(path) for path in search_eval.corpus_pages()}
BLOCKS = search_eval.searchable_blocks()


def expected_years(query: str) -> Counter:
    return Counter(PAGES[doc].year or "年份不详" for doc in search_eval.scan(query, BLOCKS))


def chart_counts(tab) -> dict[str, int]:
    bars = tab.eval_on_selector_all("#year-chart rect", "rects => rects.map(r => [r.dataset.year, Number(r.dataset.count)])")
    return {year: count for year, count in bars if count}


@pytest.mark.parametrize("query", ["创先争优", "科学发展观", "创先争优 科技", "党建"])
def test_the_year_chart_of_a_query_matches_a_count_from_the_texts(device_page, eval_site_url, query):
    tab = device_page
    search(tab, eval_site_url, query)
    expected = expected_years(query)
    undated = expected.pop("年份不详", 0)
    assert chart_counts(tab) == dict(expected)
    caption = tab.inner_text("#year-chart-caption")
    assert f"{sum(expected.values())} 篇日期可考" in caption and (f"{undated} 篇年份不详" in caption) == bool(undated)
    assert tab.evaluate("document.documentElement.scrollWidth") <= tab.viewport_size["width"]
    screenshot(tab, f"search-year-chart-{tab.device}")


def test_a_bar_narrows_the_search_to_its_year(page, eval_site_url):
    search(page, eval_site_url, "创先争优")
    year = sorted(year for year in expected_years("创先争优") if year != "年份不详")[0]
    page.click(f"#year-chart a:has(rect[data-year='{year}'])")
    found = wait_for_results(page)
    assert page.input_value("#from") == page.input_value("#to") == year
    assert sorted(found) == sorted(doc for doc in search_eval.scan("创先争优", BLOCKS) if PAGES[doc].year == year)


def test_filter_counts_are_those_of_the_current_results(page, eval_site_url):
    search(page, eval_site_url, "科学发展观")
    page.click("#filters summary")
    matches = search_eval.scan("科学发展观", BLOCKS)
    genres = Counter(PAGES[doc].meta["genre"] for doc in matches if PAGES[doc].meta["genre"])
    for genre, count in genres.items():
        assert page.inner_text(f".filter-option:has(input[name=genre][value='{genre}']) .count") == str(count)
    assert "当前结果" in page.inner_text("#count-scope")


def test_a_year_range_and_the_unknown_year_filter_documents(page, eval_site_url):
    matches = search_eval.scan("创先争优", BLOCKS)
    search(page, eval_site_url, "创先争优", "?year=年份不详")
    assert sorted(wait_for_results(page)) == sorted(doc for doc in matches if not PAGES[doc].year)
    page.uncheck("input[name=year][value='年份不详']")
    wait_for_results(page)
    years = sorted({PAGES[doc].year for doc in matches if PAGES[doc].year})
    page.select_option("#from", years[0])
    page.select_option("#to", years[-2] if len(years) > 1 else years[0])
    wanted = {doc for doc in matches if PAGES[doc].year and years[0] <= PAGES[doc].year <= (years[-2] if len(years) > 1 else years[0])}
    assert set(wait_for_results(page)) == wanted


def test_a_query_that_finds_nothing_suggests_what_to_try(page, eval_site_url):
    assert search(page, eval_site_url, "效劳于科技创新局") == []
    suggestions = page.inner_text("#search-suggestions")
    assert "服务于科技创新局" in suggestions and "繁体与简体" in suggestions
    assert search(page, eval_site_url, "创先争优 不存在的词") == []
    assert "只检索“创先争优”" in page.inner_text("#search-suggestions")
    page.click("#search-suggestions a:text('只检索“创先争优”')")
    assert len(wait_for_results(page)) == len(search_eval.scan("创先争优", BLOCKS))


def test_the_help_says_full_width_punctuation_separates_terms_and_it_does(page, eval_site_url):
    spaced = search(page, eval_site_url, "创先争优 科技")
    page.click(".search-help summary")
    help_text = page.inner_text(".search-help")
    assert "逗号、顿号、分号分开多个词" in help_text and "创先争优，科技" in help_text
    assert spaced and search(page, eval_site_url, "创先争优，科技") == spaced == search(page, eval_site_url, "创先争优、科技")


def test_a_reversed_year_range_is_read_as_the_same_range(page, eval_site_url):
    matches = search_eval.scan("创先争优", BLOCKS)
    years = sorted({PAGES[doc].year for doc in matches if PAGES[doc].year})
    search(page, eval_site_url, "创先争优", f"?from={years[-1]}&to={years[0]}")
    assert set(wait_for_results(page)) == {doc for doc in matches if PAGES[doc].year}


def test_filters_without_a_query_list_the_documents_they_select(page, eval_site_url):
    page.goto(f"{eval_site_url}/search/?genre=讲话")
    found = wait_for_results(page)
    assert sorted(found) == sorted(doc for doc, page_ in PAGES.items() if page_.meta["genre"] == "讲话")
    assert "符合筛选条件" in page.inner_text("#search-status")


def date_order(found: list[str], newest_first: bool) -> bool:
    """Whether documents are in date order (either way), undated last; same dates in any order."""
    dates = [PAGES[doc].meta["date"] for doc in found]
    dated = [date for date in dates if date]
    undated_last = all(date is None for date in dates[len(dated):])
    return undated_last and dated == sorted(dated, reverse=newest_first)


def test_the_search_tests_run_across_several_index_shards(page, eval_site_url):
    manifest = page.request.get(f"{eval_site_url}/pagefind/shards.json").json()
    shards = manifest["shards"]
    assert len(shards) > 2 and not shards[-1]["dated"] and all(shard["dated"] for shard in shards[:-1])
    assert sum(shard["documents"] for shard in shards) == len(PAGES)


@pytest.mark.parametrize("sort, newest_first", [("date-desc", True), ("date-asc", False)])
@pytest.mark.parametrize("query", ["创先争优", "创先争优 科技", ""])
def test_sorting_by_date_orders_results_across_shards(page, eval_site_url, query, sort, newest_first):
    if query:
        found = search(page, eval_site_url, query, f"?sort={sort}")
        expected = search_eval.scan(query, BLOCKS)
    else:
        page.goto(f"{eval_site_url}/search/?sort={sort}&genre=讲话")
        found = wait_for_results(page)
        expected = [doc for doc, page_ in PAGES.items() if page_.meta["genre"] == "讲话"]
    assert sorted(found) == sorted(expected)
    assert {PAGES[doc].year for doc in found} | {None} > {None}, "the query should find dated documents"
    assert date_order(found, newest_first), [PAGES[doc].meta["date"] for doc in found]
