"""Everything about how text is made searchable, in one place.

Pagefind's own Chinese handling is imprecise (see README, "Search"). Instead each
page carries an index-only form of its text: the text is normalised (NFKC, lower
case, Traditional folded to Simplified, punctuation and spaces dropped), cut into overlapping character bigrams,
and each bigram is written as eight base-36 digits (four per character). The
search page's script (static/search.js) encodes a query the same way and asks
Pagefind for the bigrams as a quoted phrase, which matches only where the query
stands contiguously in the text. Encoding keeps Pagefind's browser-side word
segmentation (Intl.Segmenter on zh pages) and stemming away from the tokens.
"""
from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from pathlib import Path

from .folding import folding_table

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
CODE_WIDTH = 4  # 36**4 > 0x10FFFF, so every code point fits and all codes sort like the characters
# Title and heading bigrams are indexed a second time with a mark appended: a nine-character
# token never equals an eight-character bigram, and it sorts next to it, so a search for the
# marked form reads the index chunk the plain bigram search has already loaded.
TITLE_MARK = "y"
HEADING_MARK = "z"


class PagefindError(RuntimeError):
    """Pagefind failed; the message carries its output."""


def normalise(text: str) -> str:
    """The form queries and documents are compared in: NFKC, lower case, Simplified, letters and digits only."""
    folded = unicodedata.normalize("NFKC", text).lower().translate(folding_table())
    return "".join(char for char in folded if unicodedata.category(char)[0] in "LN")


def encode_char(char: str) -> str:
    number, digits = ord(char), ""
    while number:
        number, remainder = divmod(number, 36)
        digits = DIGITS[remainder] + digits
    return digits.rjust(CODE_WIDTH, "0")


def index_tokens(text: str) -> str:
    """The index-only form of a run of text: encoded bigrams, then the last character alone.

    The lone last character lets a one-character query (sent as a prefix) find it too.
    """
    normal = normalise(text)
    if not normal:
        return ""
    codes = [encode_char(char) for char in normal]
    bigrams = [codes[i] + codes[i + 1] for i in range(len(codes) - 1)]
    return " ".join(bigrams + [codes[-1]])


def title_tokens(text: str) -> str:
    """The title's bigrams again, each marked, so a search can tell title matches apart."""
    return _marked_bigrams(text, TITLE_MARK)


def heading_tokens(text: str) -> str:
    """A heading's bigrams again, each marked, so a search can tell heading matches apart."""
    return _marked_bigrams(text, HEADING_MARK)


def _marked_bigrams(text: str, mark: str) -> str:
    return " ".join(token + mark for token in index_tokens(text).split() if len(token) == 2 * CODE_WIDTH)


def run_pagefind(site_dir: Path) -> str:
    """Index a built site with the plain Pagefind binary from PyPI; return its report.

    The binary is named explicitly: the pagefind package would prefer the extended
    (segmenting) binary whenever that is installed too, as it is for the benchmark.
    """
    import pagefind_bin

    environment = dict(os.environ, PAGEFIND_BINARY_PATH=str(pagefind_bin.get_executable()))
    result = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site_dir)],
        capture_output=True,
        text=True,
        env=environment,
    )
    if result.returncode != 0 or "Error" in result.stderr:
        raise PagefindError(f"pagefind failed (exit {result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result.stdout
