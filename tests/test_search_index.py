"""The index-only form of text: normalisation and the fixed-width character codes."""
from __future__ import annotations

from archive.search_index import encode_char, index_tokens, normalise


def test_normalisation_folds_width_case_script_and_drops_punctuation():
    assert normalise("“五个好〞：ＧＢ／Ｔ 7714 鞏固") == "五个好gbt7714巩固"


def test_every_character_takes_four_digits_so_no_code_is_the_start_of_another():
    samples = ["党", "建", "㐀", "龥", "a", "7", "〇", "𠀀", "Ⅻ", "ｱ"]
    codes = [encode_char(char) for char in samples]
    assert {len(code) for code in codes} == {4}
    assert len(set(codes)) == len(codes)
    assert not any(a != b and b.startswith(a) for a in codes for b in codes)


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
