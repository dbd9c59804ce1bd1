"""The index-only form of text: normalisation and the fixed-width character codes."""
from __future__ import annotations

from archive.search_index import encode_char, index_tokens, normalise


def test_normalisation_folds_width_case_script_and_drops_punctuation():
    assert normalise("“五个好〞：ＧＢ／Ｔ 7714 鞏固") == "五个好gbt7714巩固"


def test_no_code_is_the_start_of_another_and_ideographs_take_three_digits():
    samples = ["党", "建", "一", "龥", "鿿", "㐀", "a", "7", "\x7f", "〇", "𠀀", "Ⅻ", "ｱ", "\U0010ffff"]
    codes = [encode_char(char) for char in samples]
    assert len(set(codes)) == len(codes)
    assert not any(a != b and b.startswith(a) for a in codes for b in codes)
    assert [len(encode_char(char)) for char in "党建a7"] == [3, 3, 3, 3]
    assert [len(encode_char(char)) for char in "㐀〇𠀀"] == [5, 5, 5]


def test_every_code_point_has_a_distinct_code_no_other_code_starts_with():
    codes = {encode_char(chr(point)) for point in [*range(0, 0xD800, 7), *range(0xE000, 0x110000, 97), 0x4E00, 0x9FFF, 0xA000, 0x7F, 0x80]}
    short = {code for code in codes if len(code) == 3}
    assert all(code[0] != "z" for code in short) and all(code[0] == "z" for code in codes - short)


def test_index_form_is_overlapping_bigrams_then_the_last_character():
    assert index_tokens("对台工作。") == " ".join(
        [encode_char("对") + encode_char("台"), encode_char("台") + encode_char("工"), encode_char("工") + encode_char("作"), encode_char("作")]
    )
    assert index_tokens("。，") == ""


def test_list_punctuation_separates_terms_as_a_space_does_and_quotes_do_not():
    from archive.search_index import query_terms

    assert query_terms("创先争优，科技") == query_terms("创先争优 科技") == ["创先争优", "科技"]
    assert query_terms("争先、创优；党建") == ["争先", "创优", "党建"]
    assert query_terms("“五个好”") == ["五个好"] and query_terms("调研论文:开展") == ["调研论文开展"]
    assert query_terms("科技，科技 。") == ["科技"]
