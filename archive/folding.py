"""Traditional-to-Simplified folding, character by character, shared by metadata and search."""
from __future__ import annotations

from functools import lru_cache

HAN_RANGES = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))
FOLDING_FILE = "t2s.txt"


@lru_cache(maxsize=None)
def folding_table() -> dict[int, str]:
    """Traditional to Simplified, character by character (OpenCC's t2s), for str.translate.

    Character by character, not phrase by phrase, so that the browser can apply the
    very same table to a query.
    """
    import opencc

    converter = opencc.OpenCC("t2s")
    table = {}
    for start, end in HAN_RANGES:
        for code in range(start, end):
            simplified = converter.convert(chr(code))
            if len(simplified) == 1 and simplified != chr(code):
                table[code] = simplified
    return table


def folding_pairs() -> str:
    """The folding table as one string of (Traditional, Simplified) pairs, for static/t2s.txt."""
    return "".join(chr(code) + simplified for code, simplified in sorted(folding_table().items()))


def fold(text: str) -> str:
    """Text with Traditional characters folded to Simplified; same length, same positions."""
    return text.translate(folding_table())
