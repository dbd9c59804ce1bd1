"""Serving a built site on 127.0.0.1 as its static host would: the host's headers and its 404 page.

While watching (`build.py serve --watch`), every HTML page is sent with one more script, which
reloads it after a rebuild; the files on disk are not changed.
"""
from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

from .headers import HeaderRule, headers_for


BUILD_PATH = "/__watch/build"
RELOAD_PATH = "/__watch/reload.js"
RELOAD_SCRIPT = (Path(__file__).parent / "reload.js").read_bytes()
# The page is told which build it is from: a rebuild finished before its first look still reloads it.
RELOAD_TAG = '<script type="module" src="' + RELOAD_PATH + '?build={build}"></script>'


class Builds:
    """How many times a watching server's site has been rebuilt; pages reload when it goes up."""

    def __init__(self):
        self._count = 0
        self._lock = threading.Lock()

    def rebuilt(self) -> None:
        with self._lock:
            self._count += 1

    @property
    def count(self) -> int:
        with self._lock:
            return self._count


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    rules: list[HeaderRule] = []
    quiet = False
    builds: Builds | None = None  # set while watching
    # text files are UTF-8: said so, a browser opening a .txt or .bib shows the Chinese, not windows-1252 debris
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".txt": "text/plain; charset=utf-8",
        ".md": "text/markdown; charset=utf-8",
        ".bib": "application/x-bibtex; charset=utf-8",
        ".ris": "application/x-research-info-systems; charset=utf-8",
        ".csv": "text/csv; charset=utf-8",
    }

    def do_GET(self):
        if self.builds is None or not self._send_watching():
            super().do_GET()

    def _send_watching(self) -> bool:
        """Answer the reload script, the build count, and HTML pages with the script added; else False."""
        path = self.path.split("?", 1)[0]
        if path == BUILD_PATH:
            body, kind = str(self.builds.count).encode(), "text/plain; charset=utf-8"
        elif path == RELOAD_PATH:
            body, kind = RELOAD_SCRIPT, "text/javascript; charset=utf-8"
        else:
            file = Path(self.translate_path(path))
            if path.endswith("/"):
                file = file / "index.html"
            if file.suffix != ".html" or not file.is_file():
                return False  # folders without their slash are redirected by the standard handler
            tag = RELOAD_TAG.format(build=self.builds.count).encode()
            body, kind = file.read_bytes().replace(b"</body>", tag + b"</body>", 1), "text/html; charset=utf-8"
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)
        return True

    def end_headers(self):
        for name, value in headers_for(self.rules, self.path.split("?", 1)[0]):
            self.send_header(name, value)
        super().end_headers()

    def send_error(self, code, message=None, explain=None):
        not_found_page = Path(self.directory) / "404.html"
        if code != 404 or not not_found_page.is_file():
            return super().send_error(code, message, explain)
        body = not_found_page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format, *args):
        if not self.quiet:
            super().log_message(format, *args)


def site_server(directory: Path, rules: list[HeaderRule], port: int = 0, quiet: bool = False,
                builds: Builds | None = None) -> http.server.ThreadingHTTPServer:
    """A server for `directory` on 127.0.0.1 (port 0: any free port); the caller runs serve_forever().

    Given `builds`, pages reload themselves when its count goes up.
    """
    handler_class = type("ConfiguredSiteHandler", (SiteHandler,), {"rules": rules, "quiet": quiet, "builds": builds})
    handler = functools.partial(handler_class, directory=str(directory))
    return http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
