"""The built site under its deployed Content-Security-Policy, with hostile values in every field, in Chromium."""
from __future__ import annotations

import shutil
import urllib.request

import pytest
import yaml

from archive import importer
from archive.pages import _with_digest
from tests.conftest import HEADERS, ROOT, build_into, serve
from tests.test_search_browser import STREET_SPEECH, search

PAYLOAD = "\"'><script>alert('xss')</script><img src=x onerror=alert('img')>{{7*7}}"
HOSTILE_BODY = """同志们：这是一份带有恶意内容的测试文献，检索词为载荷测试。

[点我](javascript:alert('link')) [引用式][r] [大小写](JaVaScRiPt:alert('case')) [空白](java\tscript:alert('tab'))

![图](data:text/html,<script>alert('data')</script>)

<script>alert('body')</script> <img src=x onerror=alert('tag')>

[r]: javascript:alert('reference')
"""
SCRAPED_PAGE = """<html><head><title>关于开展载荷测试的通知</title><script>alert('original')</script></head>
<body><h1>关于开展载荷测试的通知</h1><p>各单位：为检验原始网页能否在本站运行脚本，现将有关事项通知如下。</p>
<p onclick="alert('attr')">一、载荷测试的原始文件只能作为文本下载。</p><p>某某市人民政府办公室</p><p>2012年3月1日</p></body></html>
"""
VIOLATIONS = "window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));"


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    """content/ plus a page with a payload in every field, and an imported scraped page with its own scripts."""
    base = tmp_path_factory.mktemp("hostile")
    content = base / "content"
    shutil.copytree(ROOT / "content", content)
    shutil.copytree(ROOT / "sources", content / "sources")
    front = {
        "id": "hostile", "title": f"载荷测试{PAYLOAD}", "subtitle": PAYLOAD, "date": "2012-03-01", "date_source": "text",
        "unit": PAYLOAD, "speaker": PAYLOAD, "place": PAYLOAD, "genre": PAYLOAD, "themes": [PAYLOAD, "..", "."],
        "doc_number": PAYLOAD, "byline": [PAYLOAD], "cc": [PAYLOAD], "signature": [PAYLOAD], "portal": {"标题": PAYLOAD},
        "complete": True, "source": {"site": PAYLOAD, "file": None, "sha256": None, "original_name": PAYLOAD},
    }
    page = f"---\n{yaml.safe_dump(front, allow_unicode=True, sort_keys=False)}---\n\n{HOSTILE_BODY}"
    (content / "hostile.md").write_text(_with_digest(page), encoding="utf-8")
    scraped = base / "raw" / "scraped-notice.html"
    scraped.parent.mkdir()
    scraped.write_text(SCRAPED_PAGE, encoding="utf-8")
    report = importer.import_paths([scraped], content, content / "sources")
    assert report.imported, report.summary()
    site_dir = build_into(base, content, content / "sources")
    server = serve(site_dir)
    yield f"http://127.0.0.1:{server.server_address[1]}", site_dir
    server.shutdown()


def violations(tab) -> list[str]:
    return tab.evaluate("() => window.__violations")


def test_every_page_is_served_with_the_deployed_policy(site_url):
    with urllib.request.urlopen(f"{site_url}/") as response:
        policy = response.headers["Content-Security-Policy"]
        assert "script-src 'self' 'wasm-unsafe-eval'" in policy and "frame-ancestors 'none'" in policy
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] and response.headers["Permissions-Policy"]


def test_the_policy_blocks_a_script_injected_into_a_page(browser, site_url):
    context = browser.new_context()
    tab = context.new_page()
    tab.add_init_script(VIOLATIONS)
    tab.goto(f"{site_url}/")
    ran = tab.evaluate("""() => new Promise(resolve => {
        const script = document.createElement('script');
        script.textContent = 'window.__ran = true';
        document.body.append(script);
        setTimeout(() => resolve(window.__ran === true), 100);
    })""")
    found = violations(tab)
    context.close()
    assert not ran and any(violation.startswith("script-src") for violation in found)


def test_search_highlighting_and_the_original_switch_work_with_no_policy_violation(page, site_url):
    page.add_init_script(VIOLATIONS)
    assert STREET_SPEECH in search(page, site_url, "服务群众")
    page.click(f"#results a[href*='{STREET_SPEECH}']")
    page.wait_for_selector("#document-text mark")
    page.click("label[for=show-original]")
    assert page.is_checked("#show-original")
    assert violations(page) == []


def test_no_payload_in_any_field_runs_script(page, hostile_site):
    url, _ = hostile_site
    page.add_init_script(VIOLATIONS)
    for address in ["/", "/documents/hostile/", "/units/", "/themes/", "/genres/", "/years/2012/"]:
        page.goto(f"{url}{address}")
        assert page.evaluate("() => document.querySelectorAll('script:not([src]):not([type=\"application/ld+json\"])').length") == 0
    page.goto(f"{url}/documents/hostile/")
    assert "载荷测试" in page.inner_text("h1") and "<script>" in page.inner_text("h1")
    # the page's JSON-LD is a data block the browser never runs; the payload stays inside it as text
    linked = page.evaluate("() => [...document.querySelectorAll('script[type=\"application/ld+json\"]')].map(element => JSON.parse(element.textContent))")
    assert len(linked) == 1 and "<script>" in linked[0]["name"]
    unsafe = page.evaluate("""() => [...document.querySelectorAll('[href], [src]')]
        .map(element => element.getAttribute('href') || element.getAttribute('src'))
        .filter(address => !/^(https?:|mailto:|[/?#.]|[a-z0-9_-]+[./])/i.test(address.trim()))""")
    assert unsafe == []
    for text in ["点我", "引用式", "大小写", "空白"]:
        page.get_by_text(text, exact=True).click()
    assert search(page, url, "载荷测试")
    assert violations(page) == []


def test_facet_values_like_dot_dot_cannot_replace_the_sites_own_pages(hostile_site):
    _, site_dir = hostile_site
    assert "本档案收录" in (site_dir / "index.html").read_text(encoding="utf-8")
    assert "按主题浏览" in (site_dir / "themes" / "index.html").read_text(encoding="utf-8")
    published = [path.resolve() for path in site_dir.rglob("*")]
    assert all(path.is_relative_to(site_dir.resolve()) for path in published)


def test_a_scraped_original_is_published_inert_and_shown_as_text(page, hostile_site):
    url, site_dir = hostile_site
    assert not list((site_dir / "sources").glob("*.html")), "an HTML original must not be published as .html"
    with urllib.request.urlopen(f"{url}/sources/scraped-notice.html.txt") as response:
        assert response.headers["Content-Type"].startswith("text/plain")
        assert "sandbox" in response.headers["Content-Security-Policy"]
        assert response.read() == SCRAPED_PAGE.encode("utf-8")
    page.goto(f"{url}/documents/scraped-notice/source/")
    assert "<script>alert('original')</script>" in page.inner_text("pre.raw-source")
    page.goto(f"{url}/documents/scraped-notice/")
    link = page.locator("a[download][href^=\"/sources/\"]")
    assert link.get_attribute("download") == "scraped-notice.html"
    assert link.get_attribute("href") == "/sources/scraped-notice.html.txt"


def test_headers_file_for_other_hosts_matches_netlify_toml(built_site):
    from archive import headers

    assert (built_site / "_headers").read_text(encoding="utf-8") == headers.headers_file(headers.load_rules(HEADERS))
