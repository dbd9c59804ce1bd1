"""Serving a built site on 127.0.0.1 as its static host would: the host's headers and its 404 page."""
from __future__ import annotations

import functools
import http.server
from pathlib import Path

from .headers import HeaderRule, headers_for


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    rules: list[HeaderRule] = []
    quiet = False
    # text files are UTF-8: said so, a browser opening a .txt or .bib shows the Chinese, not windows-1252 debris
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".txt": "text/plain; charset=utf-8",
        ".md": "text/markdown; charset=utf-8",
        ".bib": "application/x-bibtex; charset=utf-8",
        ".ris": "application/x-research-info-systems; charset=utf-8",
        ".csv": "text/csv; charset=utf-8",
    }

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


def site_server(directory: Path, rules: list[HeaderRule], port: int = 0, quiet: bool = False) -> http.server.ThreadingHTTPServer:
    """A server for `directory` on 127.0.0.1 (port 0: any free port); the caller runs serve_forever()."""
    handler_class = type("ConfiguredSiteHandler", (SiteHandler,), {"rules": rules, "quiet": quiet})
    handler = functools.partial(handler_class, directory=str(directory))
    return http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
