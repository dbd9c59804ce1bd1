"""Repairs of conversion damage: each entry, its safe contexts, and no change to clean text."""
from __future__ import annotations


import pytest

from archive import repairs
from archive.pages import read_page
from archive.shown import body_blocks_for_index
from tests.conftest import ROOT

TABLE = repairs.table()


def context_examples():
    import yaml

    data = yaml.safe_load((ROOT / "rules" / "repairs.yaml").read_text(encoding="utf-8"))
    for entry in data["entries"]:
        for context in entry.get("contexts") or [entry["damaged"]]:
            yield pytest.param(entry["damaged"], entry["correct"], context, id=f"{entry['damaged']}@{context}")


@pytest.mark.parametrize("damaged, correct, context", list(context_examples()))
def test_entry_repairs_its_damaged_form_in_each_safe_context(damaged, correct, context):
    found = repairs.find_repairs(f"前文{context}后文")
    assert any(repair.damaged == damaged and repair.correct == correct for repair in found)


@pytest.mark.parametrize(
    "real_words",
    [
        "深入开展创先争优活动，开展调查研究",  # 开展 is right before activities
        "特别是主要负责同志，区别对待，分别部署，个别党支部",  # 别 inside real words
        "在这个关键时刻开展活动，时刻牢记宗旨",  # 时刻 as a real word
        "工作取得新进展，进展顺利",  # 进展 as a real word
        "他仔细看了材料，要紧的是落实",  # 仔细 and 要紧 outside their contexts
        "表达意见，外表整洁，创立公司",  # real uses of 表达, 外表, 创立
        "为人民服务，基础工作，问题导向",  # correct forms stay as they are
    ],
)
def test_real_words_that_look_like_damage_are_left_alone(real_words):
    assert repairs.find_repairs(real_words) == []


def clean_texts():
    for path in [ROOT / "content" / "003_3685b0cf52ee24bc.md", ROOT / "content" / "004_a8838e6b2a279195.md",
                 *sorted((ROOT / "tests" / "fixtures" / "search").glob("*.md"))]:
        page = read_page(path)
        yield pytest.param(page.meta["title"] + "\n" + "\n".join(body_blocks_for_index(page.body)), id=path.stem)


@pytest.mark.parametrize("text", list(clean_texts()))
def test_clean_documents_are_not_flagged_and_not_changed(text):
    assert not repairs.is_damaged(text)


@pytest.mark.parametrize("text", list(clean_texts()))
def test_signal_forms_never_occur_in_clean_documents(text):
    assert repairs.damage_signals(text) == []


def test_one_signal_alone_does_not_flag_a_document():
    assert not repairs.is_damaged("我们要为人民效劳，做好各项工作。")


def test_damaged_seeds_are_flagged():
    for seed in ("000_cb3843f68f6f73f7", "001_c7e687d74acad71f", "002_bff57ed234c65540"):
        page = read_page(ROOT / "content" / f"{seed}.md")
        assert page.meta["damaged"] is True and page.meta["repairs"] > 10


def test_vetoed_entry_is_not_applied():
    text = "效劳群众，打牢根底。"
    assert repairs.apply(text, repairs.find_repairs(text, frozenset({"效劳"}))) == "效劳群众，打牢基础。"


def test_repair_markup_keeps_both_readings_and_escapes_text():
    rendered, count = repairs.annotate_html("<p>效劳&lt;群众&gt;</p>")
    assert count == 1
    assert '<span class="fixed">服务</span><span class="orig">效劳</span>' in rendered
    assert "&lt;群众&gt;" in rendered


def test_an_entry_without_a_safe_context_is_rejected(tmp_path, monkeypatch):
    from archive import rules

    (tmp_path / "repairs.yaml").write_text("threshold: 2\nentries:\n  - {damaged: 别, correct: 不, evidence: x}\n", encoding="utf-8")
    monkeypatch.setattr(rules, "RULES_DIR", tmp_path)
    repairs.table.cache_clear()
    try:
        with pytest.raises(rules.RuleError, match="needs either contexts or anywhere"):
            repairs.table()
    finally:
        repairs.table.cache_clear()


def test_marked_text_carries_both_readings_and_drops_stray_marks():
    text = "深入学习实践科学开展观活动⦃"
    marked = repairs.mark_plain(text, repairs.find_repairs(text))
    assert marked == "深入学习实践⦃科学开展观⦙科学发展观⦄活动"


def test_a_damaged_pages_title_is_shown_repaired_and_kept_as_printed():
    from archive.records import Page
    from archive.shown import reading_text, shown_title

    page = Page("x", ROOT / "content" / "x.md", {"title": "文明城市创立百日整治发动大会讲话", "damaged": True}, "为人民效劳。\n")
    title = shown_title(page)
    assert (title.text, title.printed, title.repaired) == ("文明城市创建百日整治动员大会讲话", "文明城市创立百日整治发动大会讲话", True)
    reading = reading_text(page, title)
    assert reading.marked_blocks == ["为人民⦃效劳⦙服务⦄。"] and ("效劳", "服务", 1) in reading.repair_list
    clean = Page("y", ROOT / "content" / "y.md", {"title": "文明城市创立大会讲话", "damaged": False}, "为人民效劳。\n")
    assert not shown_title(clean).repaired and reading_text(clean).repair_count == 0
