"""Which texts count as alike for the related list, on real documents of the corpus."""
from pathlib import Path

from archive import rules, similarity
from archive.similarity import ALIKE, SimilarTexts, character_pairs, text_vector

CORPUS = Path(__file__).resolve().parent / "corpus"
SPEECH_COPIES = ("bjgkw-hujintao-zhengxie-60-zhounian-dahui-jianghua-2009", "zhann-hujintao-zhengxie-60-zhounian-dahui-jianghua")
HOLIDAY_NOTICES = ("opticsky-guobanfamingdian-2012-33-jiejiari-anpai", "montrealchinese-guobanfamingdian-2013-28-jiejiari-anpai")
OTHERS = ("055110-guobanhan-2001-77-wenzhougang-han", "004km-zhongkeda-houjianguo-2013-kaixue-dianli-jianghua",
          "021auto-heze-touzi-xijinping-kangzhan-75-jianghua", "002373-xian-zhengxie-11-1-kanwang-weiyuan")


def corpus_texts(*names: str) -> dict[str, str]:
    return {name: (CORPUS / f"{name}.txt").read_text(encoding="utf-8") for name in names}


def similar_texts(texts: dict[str, str]) -> SimilarTexts:
    return SimilarTexts({key: text_vector(text, rules.pair_rarities()) for key, text in texts.items()})


def test_character_pairs_count_adjacent_chinese_characters_and_skip_punctuation_latin_and_digits():
    assert character_pairs("创先争优,创先 2010年 abc") == {"创先": 2, "先争": 1, "争优": 1}


def test_two_copies_of_one_speech_from_two_sites_are_alike_and_each_others_first():
    similar = similar_texts(corpus_texts(*SPEECH_COPIES, *HOLIDAY_NOTICES, *OTHERS))
    first, second = SPEECH_COPIES
    assert similar.of(first, 3)[0] == second and similar.of(second, 3)[0] == first
    assert similar.score(first, second) > 0.5


def test_notices_on_the_same_business_in_different_years_are_alike():
    similar = similar_texts(corpus_texts(*SPEECH_COPIES, *HOLIDAY_NOTICES, *OTHERS))
    first, second = HOLIDAY_NOTICES
    assert similar.of(first, 3) == [second]


def test_texts_on_different_business_are_not_listed_as_alike():
    similar = similar_texts(corpus_texts(*SPEECH_COPIES, *HOLIDAY_NOTICES, *OTHERS))
    for name in OTHERS:
        assert all(similar.score(name, other) < ALIKE for other in (*SPEECH_COPIES, *HOLIDAY_NOTICES))
    assert set(similar.of(OTHERS[0], 5)).isdisjoint({*SPEECH_COPIES, *HOLIDAY_NOTICES})


def test_a_text_without_chinese_or_unknown_to_the_collection_has_no_similar_texts():
    similar = similar_texts({"latin": "Notice of holidays", **corpus_texts(*HOLIDAY_NOTICES)})
    assert similar.of("latin", 3) == [] and similar.of("missing", 3) == []


def test_words_every_speech_uses_do_not_make_two_speeches_alike_even_in_a_collection_of_four():
    speeches = corpus_texts(*OTHERS)
    first, second = OTHERS[1:3]  # two Traditional-script speeches on different occasions
    assert {"講話", "上的"} <= set(character_pairs(speeches[first])) & set(character_pairs(speeches[second]))
    assert similar_texts(speeches).score(first, second) < ALIKE and similar_texts(speeches).of(first, 3) == []


def test_a_texts_vector_depends_on_its_text_alone():
    texts = corpus_texts(*HOLIDAY_NOTICES, *OTHERS)
    alone = text_vector(texts[HOLIDAY_NOTICES[0]], rules.pair_rarities())
    assert alone == similar_texts(texts).vectors[HOLIDAY_NOTICES[0]] and 0 < len(alone) <= 32


def test_the_background_counts_come_from_the_corpus_and_are_read_whole():
    background = rules.pair_frequencies()
    assert background.documents >= 700
    assert background.texts_with["通知"] > background.texts_with["节假"] >= 2


def every_list(similar: SimilarTexts, limit: int) -> dict[str, list[tuple[str, float]]]:
    return {key: similar.scored(key, limit) for key in similar.vectors}


def test_lists_kept_from_an_earlier_collection_are_those_scored_afresh_after_an_edit_an_addition_and_a_removal():
    texts = corpus_texts(*SPEECH_COPIES, *HOLIDAY_NOTICES, *OTHERS)
    before = similar_texts(texts)
    earlier = every_list(before, 2)
    first, second = HOLIDAY_NOTICES
    edited = {**texts, first: texts[first][:300], SPEECH_COPIES[0] + "-again": texts[SPEECH_COPIES[0]]}
    del edited[OTHERS[0]]
    after = similar_texts(edited)
    kept = after.kept_lists(2, before.vectors, earlier)
    assert kept and first not in kept and OTHERS[0] not in kept, "changed and removed texts are scored again"
    assert second not in kept, "a list that held the edited text is scored again"
    assert SPEECH_COPIES[0] + "-again" in [other for other, _ in kept[SPEECH_COPIES[1]]], "a new text is scored into the lists kept"
    fresh = every_list(after, 2)
    assert {key: fresh[key] for key in kept} == kept


def test_no_list_is_kept_when_a_pair_crosses_the_limit_of_texts_it_is_telling_for(monkeypatch):
    texts = corpus_texts(*HOLIDAY_NOTICES, *OTHERS)
    before = similar_texts(texts)
    pair, count = max(before.texts_with.items(), key=lambda item: item[1])
    monkeypatch.setattr(similarity, "MOST_TEXTS_PER_PAIR", count - 1)
    before = similar_texts(texts)
    earlier = every_list(before, 3)
    holder = next(key for key, vector in before.vectors.items() if pair in vector)
    after = similar_texts({key: text for key, text in texts.items() if key != holder})
    assert after.texts_with.get(pair, 0) == count - 1
    assert after.kept_lists(3, before.vectors, earlier) == {}
