"""Traditional-to-Simplified folding, character by character, shared by metadata and search."""
from __future__ import annotations

from functools import lru_cache

HAN_RANGES = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))
FOLDING_FILE = "t2s.txt"
# Characters OpenCC keeps because Simplified writes them too, though Traditional texts also write them for
# another Simplified character: 覆 for 复 in answers and replies (答覆, 回覆, 批覆, 覆函; legco.gov.hk 香港特區政府須
# 答覆立法會議員的質詢). Folded both ways, 复函 finds 覆函 and a rule for 批复 reads 批覆; 覆盖 folds to 复盖 in a
# query as in the text, so a search for it still finds it.
VARIANT_FOLDS = {"覆": "复"}


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
    table.update((ord(variant), simplified) for variant, simplified in VARIANT_FOLDS.items())
    return table


def folding_pairs() -> str:
    """The folding table as one string of (Traditional, Simplified) pairs, for static/t2s.txt."""
    return "".join(chr(code) + simplified for code, simplified in sorted(folding_table().items()))


FOLDS_KEPT_UP_TO = 200  # characters: titles, lines and labels are folded again and again while a page is cleaned


def fold(text: str) -> str:
    """Text with Traditional characters folded to Simplified; same length, same positions."""
    if len(text) <= FOLDS_KEPT_UP_TO:
        return _fold_line(text)
    return text.translate(folding_table())


@lru_cache(maxsize=1 << 14)
def _fold_line(text: str) -> str:
    return text.translate(folding_table())
