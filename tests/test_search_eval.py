"""The query evaluation set, typed into the built site in Chromium; any wrong result fails.

Precision and recall over the whole set are printed at the end of the run.
"""
from __future__ import annotations

import pytest

from tests import search_eval
from tests.test_search_browser import wait_for_results

ENTRIES = search_eval.load()
TALLY = {"true_positive": 0, "false_positive": 0, "false_negative": 0}


@pytest.fixture(scope="module")
def search_tab(browser, eval_site_url):
    context = browser.new_context(locale="zh-CN")
    tab = context.new_page()
    tab.goto(f"{eval_site_url}/search/")
    yield tab
    context.close()


def all_results(tab, query: str) -> list[str]:
    tab.fill("#q", query)
    tab.press("#q", "Enter")
    found = wait_for_results(tab)
    while tab.is_visible("#more-results"):
        tab.click("#more-results")
        tab.wait_for_function("n => document.querySelectorAll('#results .result').length > n", arg=len(found))
        found = wait_for_results(tab)
    return found


def test_the_evaluation_set_is_large_enough_and_matches_a_scan_of_the_text():
    assert len(ENTRIES) >= 40
    blocks = search_eval.searchable_blocks()
    stale = [entry["query"] for entry in ENTRIES if search_eval.scan(entry["query"], blocks) != entry["expect"]]
    assert not stale, f"expectations out of date (run python tests/search_eval.py): {stale}"


@pytest.mark.parametrize("entry", ENTRIES, ids=[entry["query"] for entry in ENTRIES])
def test_query_returns_exactly_the_documents_that_contain_it(search_tab, entry):
    found = set(all_results(search_tab, entry["query"]))
    expected = set(entry["expect"])
    TALLY["true_positive"] += len(found & expected)
    TALLY["false_positive"] += len(found - expected)
    TALLY["false_negative"] += len(expected - found)
    assert found == expected, f"extra: {sorted(found - expected)}, missing: {sorted(expected - found)}"


def precision_recall_report() -> str | None:
    returned = TALLY["true_positive"] + TALLY["false_positive"]
    relevant = TALLY["true_positive"] + TALLY["false_negative"]
    if not relevant:
        return None
    precision = TALLY["true_positive"] / returned if returned else 1.0
    recall = TALLY["true_positive"] / relevant
    return f"search evaluation: precision {precision:.3f}, recall {recall:.3f} ({TALLY})"


def test_title_matches_rank_first(search_tab):
    assert all_results(search_tab, "乌鲁木齐")[0] == "fx-title-only"


def test_title_matches_rank_above_heading_matches_and_those_above_text(search_tab):
    found = all_results(search_tab, "对台")
    assert found == ["000_cb3843f68f6f73f7", "fx-standards"]  # 对台 in a title, then only in a heading
    found = all_results(search_tab, "组织")  # in fx-punctuation's title, in headings of 003 and 004
    assert found[0] == "fx-punctuation" and set(found[1:3]) == {"003_3685b0cf52ee24bc", "004_a8838e6b2a279195"}


def test_more_frequent_matches_rank_higher_among_text_matches(search_tab):
    found = all_results(search_tab, "党组织")  # in no title or heading: 40 times in 001, 6 in 000
    assert found.index("001_c7e687d74acad71f") < found.index("000_cb3843f68f6f73f7")
    found = all_results(search_tab, "群众")  # 16 times in 002, once in 004
    assert found.index("002_bff57ed234c65540") < found.index("004_a8838e6b2a279195")
