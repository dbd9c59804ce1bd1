"""Data out, as a researcher reaches it in Chromium: the home page's feed and catalogue links, each file
downloaded through the browser, read with a real parser, and every address in it followed to its page."""
from __future__ import annotations

import csv
import io
import json

import feedparser

from archive import feed, site
from tests.conftest import ROOT, at_both_sizes

page = at_both_sizes()

PAGES = site.load_pages(ROOT / "content", ROOT / "sources")


def linked_file(tab, site_url: str, link_text: str) -> tuple[str, str]:
    """The address a home-page link points to, and the file the browser downloads from it."""
    tab.goto(f"{site_url}/")
    link = tab.locator(".data-links a", has_text=link_text)
    assert link.is_visible()
    address = f"{site_url}{link.get_attribute('href')}"
    response = tab.request.get(address)
    assert response.ok, address
    return address, response.text()


def heading_at(tab, address: str) -> str:
    tab.goto(address)
    return tab.locator("h1").inner_text().strip()


def test_the_feed_linked_from_the_home_page_parses_and_each_entry_opens_its_document(page, site_url):
    address, text = linked_file(page, site_url, "Atom")
    parsed = feedparser.parse(text)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert len(parsed.entries) == min(len(PAGES), feed.NEWEST_IN_FEED)
    assert len({entry.id for entry in parsed.entries}) == len(parsed.entries)
    head_link = page.locator('link[rel="alternate"][type="application/atom+xml"]').get_attribute("href")
    assert address.endswith(head_link)  # a feed reader finds the same feed from any page's head
    for entry in parsed.entries:
        link = entry.link if entry.link.startswith("http") else f"{site_url}{entry.link}"
        assert heading_at(page, link).startswith(entry.title.split("（")[0][:8])


def test_the_json_catalogue_lists_every_document_and_each_permalink_opens_it(page, site_url):
    _, text = linked_file(page, site_url, "JSON")
    data = json.loads(text)
    records = {record["id"]: record for record in data["documents"]}
    assert set(records) == {page_.meta["id"] for page_ in PAGES}
    for record in records.values():
        assert list(record) == data["fields"]
        assert heading_at(page, f"{site_url}{record['permalink']}").startswith(record["title"][:8])


def test_the_csv_catalogue_holds_the_same_records_as_the_json_one(page, site_url):
    _, table = linked_file(page, site_url, "CSV")
    _, text = linked_file(page, site_url, "JSON")
    rows = list(csv.DictReader(io.StringIO(table.lstrip("\ufeff"))))
    documents = json.loads(text)["documents"]
    assert [row["id"] for row in rows] == [record["id"] for record in documents]
    assert [row["title"] for row in rows] == [record["title"] for record in documents]
    assert all(row["permalink"] == record["permalink"] for row, record in zip(rows, documents))
