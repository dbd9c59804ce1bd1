"""`build.py serve --watch`: an archivist edits content/ and sees the result in the open page (Chromium)."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import threading
import time

from tests.conftest import ROOT

DOCUMENT = "004_a8838e6b2a279195"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_line(lines: list[str], text: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not any(text in line for line in lines):
        assert time.monotonic() < deadline, f"no line with {text!r} in:\n{''.join(lines)}"
        time.sleep(0.2)


def test_an_edit_is_rebuilt_and_the_open_page_reloads_and_a_bad_edit_keeps_the_last_good_site(browser, tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    shutil.copytree(ROOT / "sources", content / "sources")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "build.py"), "--content", str(content), "--out", str(tmp_path / "public"), "serve", "--watch", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, text=True,
    )
    lines: list[str] = []
    threading.Thread(target=lambda: lines.extend(iter(server.stdout.readline, "")), daemon=True).start()
    try:
        wait_for_line(lines, "watching")
        tab = browser.new_page()
        tab.goto(f"http://127.0.0.1:{port}/documents/{DOCUMENT}/")
        assert "乌鲁木齐市" not in tab.inner_text("#document-text")
        page = content / f"{DOCUMENT}.md"
        page.write_text(page.read_text(encoding="utf-8").replace("乌鲁木齐", "乌鲁木齐市", 1), encoding="utf-8")
        tab.wait_for_function("() => document.getElementById('document-text').innerText.includes('乌鲁木齐市')", timeout=60_000)
        assert tab.locator('script[src^="/__watch/reload.js?build="]').count() == 1
        page.write_text(page.read_text(encoding="utf-8").replace("complete: ", "complete: perhaps # ", 1), encoding="utf-8")
        wait_for_line(lines, "still serving the last good build")
        assert f"{DOCUMENT}.md: field 'complete'" in "".join(lines)
        tab.reload()
        assert "乌鲁木齐市" in tab.inner_text("#document-text")
        built = (tmp_path / "public" / "documents" / DOCUMENT / "index.html").read_text(encoding="utf-8")
        assert "/__watch/" not in built, "the reload script is added by the server, never written into the site"
        tab.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
