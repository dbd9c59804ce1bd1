"""Shared fixtures: a built copy of the site served on 127.0.0.1, and headless Chromium."""
from __future__ import annotations

import shutil
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive import headers, serving, shards, site  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = ROOT / "tests" / "artifacts"


HEADERS = ROOT / "netlify.toml"
EVAL_SHARD_SIZE = 3


def serve(directory: Path):
    """The built site on 127.0.0.1 with the headers it is deployed with (netlify.toml), CSP included."""
    server = serving.site_server(directory, headers.load_rules(HEADERS), quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server


def build_into(tmp: Path, content: Path, sources: Path, shard_size: int = shards.SHARD_SIZE, progress=None) -> Path:
    tmp.mkdir(parents=True, exist_ok=True)
    project = site.Project(
        content=content,
        sources=sources,
        templates=ROOT / "templates",
        static=ROOT / "static",
        output=tmp / "public",
        headers=HEADERS,
        shard_size=shard_size,
    )
    site.build(project, progress)
    return project.output


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The archive's own content/ built into a temporary public/ folder."""
    return build_into(tmp_path_factory.mktemp("site"), ROOT / "content", ROOT / "sources")


@pytest.fixture(scope="session")
def site_url(built_site):
    server = serve(built_site)
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="session")
def eval_site_url(tmp_path_factory):
    """content/ plus the search fixtures (Latin, Traditional, punctuation), built in several index shards and served.

    The shards are small so that every search test also tests searching across shards: dated
    and undated shards, results joined by date, counts summed.
    """
    from tests import search_eval

    base = tmp_path_factory.mktemp("eval")
    content = search_eval.copy_corpus(base / "content")
    server = serve(build_into(base, content, ROOT / "sources", shard_size=EVAL_SHARD_SIZE))
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="zh-CN")
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    tab.on("dialog", lambda dialog: (errors.append(f"a dialog opened: {dialog.message}"), dialog.dismiss()))
    yield tab
    context.close()
    assert not errors, f"errors on the page (script errors, CSP violations, dialogs): {errors}"


VIEWPORTS = {"phone": {"width": 375, "height": 740}, "desktop": {"width": 1366, "height": 900}}


@pytest.fixture(params=list(VIEWPORTS))
def device_page(request, browser):
    """A tab at a phone's and at a desktop's size, failing on script errors as `page` does."""
    context = browser.new_context(viewport=VIEWPORTS[request.param], locale="zh-CN")
    tab = context.new_page()
    tab.device = request.param
    tab.expected_errors = []  # a test that opens a missing page on purpose expects its 404
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    yield tab
    context.close()
    unexpected = [error for error in errors if not any(expected in error for expected in tab.expected_errors)]
    assert not unexpected, f"errors on the page: {unexpected}"


def at_both_sizes():
    """A module's own `page` fixture (`page = at_both_sizes()`): each of its tests runs in a tab at a
    phone's and at a desktop's size."""
    @pytest.fixture(name="page")
    def page_at_both_sizes(device_page):
        return device_page
    return page_at_both_sizes


def screenshot(tab, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


@pytest.fixture
def clean_copy(tmp_path):
    """A throwaway copy of content/ and sources/ for tests that change them."""
    shutil.copytree(ROOT / "content", tmp_path / "content")
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    return tmp_path


def pytest_terminal_summary(terminalreporter):
    from tests.test_import_fixtures import accuracy_report
    from tests.test_search_eval import precision_recall_report

    for report in (precision_recall_report(), accuracy_report()):
        if report:
            terminalreporter.write_line(report)
