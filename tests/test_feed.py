"""The Atom feed of the newest additions: ordered by import time, read back by feedparser."""
from __future__ import annotations

import feedparser

from archive import feed


def entry(document_id: str, imported: str, title: str = "关于做好节假日安排的通知") -> feed.FeedEntry:
    return feed.FeedEntry(document_id, title, f"/documents/{document_id}/", imported, "国务院办公厅，2012-12-08，通知。", ("国务院办公厅",), ("通知", "节假日"))


def test_the_newest_import_comes_first_and_the_feed_is_bounded():
    entries = [entry(f"d{number:03d}", f"2026-11-{1 + number % 28:02d}T08:00:00Z") for number in range(80)]
    chosen = feed.newest(entries)
    assert len(chosen) == feed.NEWEST_IN_FEED
    assert [item.imported for item in chosen] == sorted((item.imported for item in chosen), reverse=True)
    assert chosen[0].imported == "2026-11-28T08:00:00Z"


def test_a_feed_parses_with_absolute_links_and_stable_ids():
    parsed = feedparser.parse(feed.atom([entry("a", "2026-12-01"), entry("b", "2026-12-05T09:30:00Z", "第二篇")], "党政文献档案", "说明", "https://archive.example.org"))
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert [item.title for item in parsed.entries] == ["第二篇", "关于做好节假日安排的通知"]
    assert parsed.entries[0].link == "https://archive.example.org/documents/b/"
    assert parsed.entries[0].id == feed.permanent_id("党政文献档案", "b") != feed.permanent_id("党政文献档案", "a")
    assert parsed.entries[1].published_parsed[:3] == (2026, 12, 1)
    assert parsed.entries[0].author == "国务院办公厅" and [tag.term for tag in parsed.entries[0].tags] == ["通知", "节假日"]
    assert parsed.feed.updated_parsed[:5] == (2026, 12, 5, 9, 30)


def test_the_id_of_an_entry_does_not_depend_on_where_the_site_is_published():
    relative = feedparser.parse(feed.atom([entry("a", "2026-12-01")], "档案", "说明", None))
    absolute = feedparser.parse(feed.atom([entry("a", "2026-12-01")], "档案", "说明", "https://x.example"))
    assert relative.entries[0].id == absolute.entries[0].id
    assert relative.entries[0].link.endswith("/documents/a/")
