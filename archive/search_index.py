"""How text is made searchable: the index form of a document and of a query.

Pagefind's own Chinese handling is imprecise (see README, "Search"). Instead each
page carries an index-only form of its text: the text is normalised (NFKC, lower
case, Traditional folded to Simplified, punctuation and spaces dropped), cut into overlapping character bigrams,
and each bigram is written as the base-36 codes of its two characters: three digits for a
CJK ideograph or an ASCII letter or digit, "z" and four digits for any other character, so
no code is the start of another. The
search page's script (static/search.js) encodes a query the same way and asks
Pagefind for the bigrams as a quoted phrase, which matches only where the query
stands contiguously in the text. Encoding keeps Pagefind's browser-side word
segmentation (Intl.Segmenter on zh pages) and stemming away from the tokens.
Running Pagefind over the built pages is archive/indexing.py's.
"""
from __future__ import annotations

import re
import unicodedata

from .folding import folding_table

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
IDEOGRAPHS = range(0x4E00, 0xA000)  # CJK Unified Ideographs: nearly every character of a document
ASCII = range(0x80)
SHORT_WIDTH = 3  # 36**3 > len(IDEOGRAPHS) + len(ASCII): short codes start with a digit up to "g"
LONG_MARK = "z"  # starts every other code, so no code is the start of another
LONG_WIDTH = 4  # 36**4 > 0x10FFFF
# Title and heading bigrams are indexed a second time with a mark appended: a nine-character
# token never equals an eight-character bigram, and it sorts next to it, so a search for the
# marked form reads the index chunk the plain bigram search has already loaded.
TITLE_MARK = "y"
HEADING_MARK = "z"

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
    code = ord(char)
    if code in IDEOGRAPHS:
        return _base36(code - IDEOGRAPHS.start, SHORT_WIDTH)
    if code in ASCII:
        return _base36(len(IDEOGRAPHS) + code, SHORT_WIDTH)
    return LONG_MARK + _base36(code, LONG_WIDTH)


def _base36(number: int, width: int) -> str:
    digits = ""
    while number:
        number, remainder = divmod(number, 36)
        digits = DIGITS[remainder] + digits
    return digits.rjust(width, "0")


class _Codes(dict):
    """Code point -> its base-36 code and a space, filled as characters are met, for str.translate."""

    def __missing__(self, code: int) -> str:
        self[code] = encode_char(chr(code)) + " "
        return self[code]


CODES = _Codes()


def index_tokens(text: str) -> str:
    """The index-only form of a run of text: encoded bigrams, then the last character alone.

    The lone last character lets a one-character query (sent as a prefix) find it too.
    """
    codes = _codes(text)
    return " ".join(_bigrams(codes) + codes[-1:])


def _codes(text: str) -> list[str]:
    return normalise(text).translate(CODES).split()


def _bigrams(codes: list[str]) -> list[str]:
    return [first + second for first, second in zip(codes, codes[1:])]


def title_tokens(text: str) -> str:
    """The title's bigrams again, each marked, so a search can tell title matches apart."""
    return _marked_bigrams(text, TITLE_MARK)


def heading_tokens(text: str) -> str:
    """A heading's bigrams again, each marked, so a search can tell heading matches apart."""
    return _marked_bigrams(text, HEADING_MARK)


def _marked_bigrams(text: str, mark: str) -> str:
    return " ".join(bigram + mark for bigram in _bigrams(_codes(text)))
