"""Loading the pages again: what is unchanged is not parsed again, and nothing wrong gets through the cache."""
from __future__ import annotations

import os
import shutil
import time

import pytest

from archive import load_cache, pages, site
from tests.conftest import ROOT

PAGE = "004_a8838e6b2a279195"


def counting_parses(monkeypatch) -> list[str]:
    parsed, parse = [], pages.load_front_matter
    monkeypatch.setattr(pages, "load_front_matter", lambda text: parsed.append(text) or parse(text))
    return parsed


def test_a_second_load_parses_only_the_page_that_changed_and_gives_the_same_pages(clean_copy, monkeypatch):
    cache = load_cache.LoadCache("code")
    first = site.load_pages(clean_copy / "content", clean_copy / "sources", cache)
    edited = clean_copy / "content" / f"{PAGE}.md"
    edited.write_text(edited.read_text(encoding="utf-8").replace("乌鲁木齐", "鸟鲁木齐", 1), encoding="utf-8")
    parsed = counting_parses(monkeypatch)
    second = site.load_pages(clean_copy / "content", clean_copy / "sources", cache)
    assert len(parsed) == 1 and f"id: {PAGE}" in parsed[0]
    uncached = site.load_pages(clean_copy / "content", clean_copy / "sources")
    assert [(page.id, page.meta, page.body, page.digest) for page in second] == [(page.id, page.meta, page.body, page.digest) for page in uncached]
    assert [page.digest for page in first] != [page.digest for page in second]


def test_a_changed_original_is_caught_although_its_page_is_unchanged(clean_copy):
    cache = load_cache.LoadCache("code")
    site.load_pages(clean_copy / "content", clean_copy / "sources", cache)
    original = clean_copy / "sources" / f"{PAGE}.txt"
    original.write_bytes(original.read_bytes().replace("乌".encode(), "鸟".encode(), 1))  # same size, new time
    with pytest.raises(site.BuildError, match=f"{PAGE}.txt has SHA-256"):
        site.load_pages(clean_copy / "content", clean_copy / "sources", cache)


def test_an_original_is_hashed_again_only_when_its_time_or_size_changed(clean_copy, monkeypatch):
    hour_ago = time.time() - 3600
    for path in (clean_copy / "sources").iterdir():
        os.utime(path, (hour_ago, hour_ago))
    cache = load_cache.LoadCache("code")
    site.load_pages(clean_copy / "content", clean_copy / "sources", cache)
    hashed, read_bytes = [], type(clean_copy).read_bytes
    monkeypatch.setattr(type(clean_copy), "read_bytes", lambda path: hashed.append(path.name) or read_bytes(path))
    site.load_pages(clean_copy / "content", clean_copy / "sources", cache)
    assert not [name for name in hashed if not name.endswith(".md")]


def test_a_copy_of_a_page_under_another_name_is_refused_though_its_text_is_cached(clean_copy):
    cache = load_cache.LoadCache("code")
    site.load_pages(clean_copy / "content", clean_copy / "sources", cache)
    shutil.copyfile(clean_copy / "content" / f"{PAGE}.md", clean_copy / "content" / "copy.md")
    with pytest.raises(site.BuildError, match="copy.md: field 'id': must equal the file name"):
        site.load_pages(clean_copy / "content", clean_copy / "sources", cache)


def test_the_cache_is_kept_beside_the_site_and_dropped_when_the_code_or_rules_change(clean_copy, monkeypatch):
    output = clean_copy / "public"
    cache = load_cache.load(output)
    site.load_pages(clean_copy / "content", clean_copy / "sources", cache)
    load_cache.save(output, cache)
    assert load_cache.cache_file(output).parent == clean_copy
    assert set(load_cache.load(output).metas) == {path.name for path in (clean_copy / "content").glob("*.md")}
    monkeypatch.setattr(load_cache, "code_and_rules_digest", lambda: "other code")
    assert load_cache.load(output).metas == {}


def test_a_rebuild_after_an_edit_parses_only_the_edited_page(clean_copy, monkeypatch):
    project = site.Project(clean_copy / "content", clean_copy / "sources", ROOT / "templates", ROOT / "static", clean_copy / "public")
    site.build(project)
    edited = clean_copy / "content" / f"{PAGE}.md"
    edited.write_text(edited.read_text(encoding="utf-8").replace("乌鲁木齐", "鸟鲁木齐", 1), encoding="utf-8")
    parsed = counting_parses(monkeypatch)
    site.build(project)
    assert len(parsed) == 1 and f"id: {PAGE}" in parsed[0]
