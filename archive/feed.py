"""The Atom feed of the newest additions, written with feedgen.

Entries are ordered by when each document entered the archive (its `imported` time), not by the
document's own date: a reader subscribes to learn what is new here. Pages without an import time
(written by hand) are left out, since Atom requires a time and a guessed one would reorder the feed.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass

from feedgen.feed import FeedGenerator

NEWEST_IN_FEED = 50
FEED_FILE = "feed.xml"


@dataclass(frozen=True)
class FeedEntry:
    id: str
    title: str
    permalink: str
    imported: str  # YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ
    summary: str
    authors: tuple[str, ...]
    categories: tuple[str, ...]  # genre, then themes


def permanent_id(archive: str, document_id: str) -> str:
    """An Atom id that never changes, wherever the site is published (a name-based UUID)."""
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'{archive}/documents/{document_id}')}"


def _timestamp(imported: str) -> str:
    return imported if "T" in imported else f"{imported}T00:00:00Z"


def newest(entries: list[FeedEntry], limit: int = NEWEST_IN_FEED) -> list[FeedEntry]:
    return sorted(entries, key=lambda entry: (_timestamp(entry.imported), entry.id), reverse=True)[:limit]


def atom(entries: list[FeedEntry], archive: str, description: str, base_url: str | None) -> bytes:
    """The feed; links are absolute when the site's address is known, else relative to the feed's own address."""
    chosen = newest(entries)
    feed = FeedGenerator()
    feed.id(permanent_id(archive, "feed"))
    feed.title(f"{archive} · 最新收录")
    feed.subtitle(description)
    feed.language("zh-CN")
    feed.author(name=archive)  # Atom needs an author; an entry without its own creators inherits the archive
    feed.link(href=f"{base_url or ''}/", rel="alternate")
    feed.link(href=f"{base_url or ''}/{FEED_FILE}", rel="self")
    feed.updated(_timestamp(chosen[0].imported) if chosen else "1970-01-01T00:00:00Z")
    for entry in reversed(chosen):  # feedgen puts each new entry first
        item = feed.add_entry()
        item.id(permanent_id(archive, entry.id))
        item.title(entry.title)
        item.link(href=f"{base_url or ''}{entry.permalink}", rel="alternate")
        item.updated(_timestamp(entry.imported))
        item.published(_timestamp(entry.imported))
        item.summary(entry.summary)
        for name in entry.authors:
            item.author(name=name)
        for term in entry.categories:
            item.category(term=term)
    return feed.atom_str(pretty=True)
