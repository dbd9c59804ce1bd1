"""The header rules read from netlify.toml, matched as Netlify matches them."""
from __future__ import annotations

from archive import headers
from tests.conftest import HEADERS

RULES = headers.load_rules(HEADERS)


def cache_control(path: str) -> str | None:
    return dict(headers.headers_for(RULES, path)).get("Cache-Control")


def test_a_placeholder_matches_one_path_segment_and_a_star_any_run():
    rule = headers.HeaderRule("/pagefind/:bundle/index/*", ())
    assert rule.matches("/pagefind/3/index/zh-cn_abc.pf_index")
    assert rule.matches("/pagefind/hub/index/x")
    assert not rule.matches("/pagefind/index/x") and not rule.matches("/pagefind/3/4/index/x")


def test_content_hashed_index_files_of_every_shard_are_cached_and_entry_files_revalidated():
    immutable = "public, max-age=31536000, immutable"
    assert cache_control("/pagefind/0/index/zh-cn_1a2b.pf_index") == immutable
    assert cache_control("/pagefind/12/fragment/zh-cn_1a2b.pf_fragment") == immutable
    assert cache_control("/pagefind/12/filter/zh-cn_1a2b.pf_filter") == immutable
    assert cache_control("/pagefind/12/pagefind.zh-cn_1a2b.pf_meta") == immutable
    for path in ("/pagefind/12/pagefind-entry.json", "/pagefind/shards.json", "/pagefind/hub/pagefind.js", "/pagefind/hub/wasm.unknown.pagefind"):
        assert cache_control(path) == "public, max-age=0, must-revalidate", path


def test_the_text_search_results_are_excerpted_from_is_kept_out_of_web_search_engines():
    assert dict(headers.headers_for(RULES, "/documents/004_a8838e6b2a279195/search-text.txt")).get("X-Robots-Tag") == "noindex"
    assert "X-Robots-Tag" not in dict(headers.headers_for(RULES, "/documents/004_a8838e6b2a279195/"))
    assert "X-Robots-Tag" not in dict(headers.headers_for(RULES, "/documents/004_a8838e6b2a279195/004_a8838e6b2a279195.txt"))
