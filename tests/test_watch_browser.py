"""`build.py serve --watch`: an archivist edits content/ and sees the result in the open page (Chromium)."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request

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


def without_site_address() -> dict[str, str]:
    return {name: value for name, value in os.environ.items() if name not in ("SITE_URL", "URL")}


def test_an_edit_is_rebuilt_and_the_open_page_reloads_and_a_bad_edit_keeps_the_last_good_site(browser, tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    shutil.copytree(ROOT / "sources", content / "sources")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "build.py"), "--content", str(content), "--out", str(tmp_path / "public"), "serve", "--watch", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, text=True, env=without_site_address(),
    )
    lines: list[str] = []
    threading.Thread(target=lambda: lines.extend(iter(server.stdout.readline, "")), daemon=True).start()
    try:
        wait_for_line(lines, "watching")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/sitemap.xml") as response:
            assert f"<loc>http://127.0.0.1:{port}/documents/{DOCUMENT}/</loc>" in response.read().decode("utf-8")
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


def test_serving_on_a_port_in_use_says_so_in_one_line_before_building_anything(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, str(ROOT / "build.py"), "--out", str(tmp_path / "public"), "serve", "--port", str(port)],
            capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120,
        )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [result.stderr.strip()] and f"cannot serve on 127.0.0.1:{port}" in result.stderr
    assert not (tmp_path / "public").exists()
