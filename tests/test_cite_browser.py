"""The citation block on a document page: complete, absolute, dated today, copied by its button, exported (Chromium)."""
from __future__ import annotations

import datetime
import io
import json

import rispy
from pybtex.database import parse_string

from tests.conftest import at_both_sizes, screenshot

page = at_both_sizes()

NOTICE_SPEECH = "004_a8838e6b2a279195"


def test_the_citation_is_complete_and_the_button_copies_it(device_page, site_url):
    tab = device_page
    tab.context.grant_permissions(["clipboard-read", "clipboard-write"])
    tab.goto(f"{site_url}/documents/{NOTICE_SPEECH}/")
    today = datetime.date.today().isoformat()
    expected = (
        f"佚名. 在市科技局系统深入开展“创先争优”活动动员会上的讲话[EB/OL]. [{today}]. "  # 2010-08-11 is a posting date, not the speech's
        f"{site_url}/documents/{NOTICE_SPEECH}/."
    )
    assert tab.inner_text("#citation") == expected
    citation_top = tab.locator("#citation").bounding_box()["y"]
    assert citation_top < tab.locator("#document-text").bounding_box()["y"]
    tab.click("#copy-citation")
    tab.wait_for_function("() => document.getElementById('copy-status').textContent === '已复制'")
    assert tab.evaluate("navigator.clipboard.readText()") == expected
    screenshot(tab, f"citation-{tab.device}")


def test_the_exports_download_and_parse(page, site_url):
    page.goto(f"{site_url}/documents/{NOTICE_SPEECH}/")
    texts = {}
    for label in ("BibTeX", "RIS", "CSL-JSON"):
        with page.expect_download() as download:
            page.click(f".downloads a:text-is('{label}')")
        texts[label] = open(download.value.path(), encoding="utf-8").read()
    title = "在市科技局系统深入开展“创先争优”活动动员会上的讲话"
    assert parse_string(texts["BibTeX"], "bibtex").entries[NOTICE_SPEECH].fields["title"] == title
    assert rispy.load(io.StringIO(texts["RIS"]))[0]["title"] == title
    assert "issued" not in json.loads(texts["CSL-JSON"])[0]  # 2010-08-11 is the page's posting date


STREET_SPEECH = "001_c7e687d74acad71f"


def test_the_embedded_metadata_reads_in_the_browser_as_reference_managers_read_it(page, site_url):
    page.goto(f"{site_url}/documents/{STREET_SPEECH}/")
    tags = page.evaluate("""() => Array.from(document.querySelectorAll('meta[name], meta[property]'))
        .map((meta) => [meta.getAttribute('name') || meta.getAttribute('property'), meta.getAttribute('content')])""")
    values = {}
    for key, value in tags:
        values.setdefault(key, []).append(value)
    title = page.inner_text("h1")
    assert values["citation_title"] == values["DC.title"] == values["og:title"] == [title]
    assert values["citation_author"] == ["王和涛"] and values["citation_language"] == ["zh-CN"]
    assert values["DC.type"] == ["document"] and values["og:type"] == ["article"] and values["description"][0]
    linked = json.loads(page.inner_text("script[type='application/ld+json']"))
    assert linked["@type"] == "DigitalDocument" and linked["name"] == title and linked["author"] == [{"@type": "Person", "name": "王和涛"}]
    assert page.evaluate("document.documentElement.lang") == "zh-CN"
