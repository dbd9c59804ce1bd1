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

import gzip
import re
import hashlib
import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import cbor2

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


NOT_LETTER_OR_DIGIT = re.compile(r"[\W_]+")  # exactly the characters outside Unicode's L and N categories


def normalise(text: str) -> str:
    """The form queries and documents are compared in: NFKC, lower case, Simplified, letters and digits only."""
    folded = unicodedata.normalize("NFKC", text).lower().translate(folding_table())
    return NOT_LETTER_OR_DIGIT.sub("", folded)


# What separates a query's terms: white space, and the punctuation that lists words (创先争优，科技;
# 创先争优、科技). Quotation marks and colons stay inside a term, so a pasted title still matches whole.
TERM_SEPARATORS = re.compile(r"[\s，、；;,。！!？?]+")


def query_terms(query: str) -> list[str]:
    """A query's terms as the search page reads them (static/textmatch.js, queryTerms): normalised, no repeats."""
    return list(dict.fromkeys(term for term in (normalise(part) for part in TERM_SEPARATORS.split(query)) if term))


def encode_char(char: str) -> str:
    number, digits = ord(char), ""
    while number:
        number, remainder = divmod(number, 36)
        digits = DIGITS[remainder] + digits
    return digits.rjust(CODE_WIDTH, "0")


class _Codes(dict):
    """Code point -> its base-36 code, filled as characters are met, for str.translate."""

    def __missing__(self, code: int) -> str:
        self[code] = encode_char(chr(code))
        return self[code]


CODES = _Codes()


def index_tokens(text: str) -> str:
    """The index-only form of a run of text: encoded bigrams, then the last character alone.

    The lone last character lets a one-character query (sent as a prefix) find it too.
    """
    encoded = normalise(text).translate(CODES)  # CODE_WIDTH characters per character
    if not encoded:
        return ""
    width = CODE_WIDTH
    bigrams = [encoded[start:start + 2 * width] for start in range(0, len(encoded) - width, width)]
    return " ".join(bigrams + [encoded[-width:]])


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

    The binary is run directly (the pagefind package would prefer the extended, segmenting
    binary whenever that is installed too, as it is for the benchmark), and is killed if the
    build dies, so that no orphan goes on writing into an abandoned folder.
    """
    import pagefind_bin

    try:
        result = subprocess.run(
            [str(pagefind_bin.get_executable()), "--site", str(site_dir)],
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            preexec_fn=_die_with_parent if sys.platform == "linux" else None,
        )
    except OSError as error:
        raise PagefindError(f"pagefind could not be started: {error}") from error
    if result.returncode != 0 or "Error" in result.stderr:
        raise PagefindError(f"pagefind failed (exit {result.returncode}):\n{result.stdout}\n{result.stderr}")
    stabilise_filters(site_dir / "pagefind")
    return result.stdout


def _die_with_parent() -> None:
    import ctypes
    import signal

    PR_SET_PDEATHSIG = 1
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


PAGEFIND_HEADER = b"pagefind_dcd"


def _read_bundle_file(path: Path):
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(PAGEFIND_HEADER):
        raise PagefindError(f"{path} is not a Pagefind data file")
    return cbor2.loads(data[len(PAGEFIND_HEADER):])


def _bundle_file(value) -> bytes:
    return gzip.compress(PAGEFIND_HEADER + cbor2.dumps(value), mtime=0)


def _content_name(prefix: str, data: bytes, digits: int) -> str:
    return f"{prefix}_{hashlib.sha256(data).hexdigest()[:digits]}"


def stabilise_filters(bundle: Path) -> None:
    """Make the index byte-identical across builds of the same pages.

    Pagefind writes each filter's values, and the lists of filters and of sort keys in its
    metadata file, in a random order (its issue #638), so their content-hashed names change on every build.
    Both are sorted here, the files renamed by their new content, and the references updated.
    """
    renamed: dict[str, str] = {}
    written: dict[Path, bytes] = {}
    for path in sorted((bundle / "filter").glob("*.pf_filter")):
        name, values = _read_bundle_file(path)
        data = _bundle_file([name, sorted(values, key=lambda value: value[0])])
        language, old_hash = path.stem.rsplit("_", 1)
        renamed[path.stem] = _content_name(language, data, len(old_hash))
        path.unlink()
        written[path.with_name(f"{renamed[path.stem]}.pf_filter")] = data
    entry_path = bundle / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    for language in entry["languages"].values():
        meta_path = bundle / f"pagefind.{language['hash']}.pf_meta"
        meta = _read_bundle_file(meta_path)
        meta[3] = sorted([name, renamed.get(file, file)] for name, file in meta[3])
        meta[4] = sorted(meta[4], key=lambda sort: sort[0])  # the sort keys, listed in a random order too
        data = _bundle_file(meta)
        prefix, old_hash = language["hash"].rsplit("_", 1)
        language["hash"] = _content_name(prefix, data, len(old_hash))
        meta_path.unlink()
        written[bundle / f"pagefind.{language['hash']}.pf_meta"] = data
    for path, data in written.items():
        path.write_bytes(data)
    entry_path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
