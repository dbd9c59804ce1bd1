"""Each bundled raw document imports to exactly its reviewed golden page (regenerate: make golden)."""
from __future__ import annotations

import pytest

from tests.golden_pages import GOLDEN, SOURCES, expected_page

SEED_SOURCES = sorted(SOURCES.glob("*.txt"))


def test_every_source_has_a_golden_page():
    assert SEED_SOURCES, "sources/ holds no documents"
    assert {path.stem for path in SEED_SOURCES} == {path.stem for path in GOLDEN.glob("*.md")}


@pytest.mark.parametrize("source", SEED_SOURCES, ids=lambda path: path.stem)
def test_source_imports_to_its_golden_page(source):
    assert expected_page(source) == (GOLDEN / f"{source.stem}.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("source", SEED_SOURCES, ids=lambda path: path.stem)
def test_committed_content_page_matches_the_importer_or_was_edited_by_hand(source):
    from archive.pages import is_hand_edited

    page = (SOURCES.parent / "content" / f"{source.stem}.md").read_text(encoding="utf-8")
    assert is_hand_edited(page) or page == (GOLDEN / f"{source.stem}.md").read_text(encoding="utf-8")


BOILERPLATE_THAT_MUST_NOT_SURVIVE = [
    "下载文档", "温馨提示", "网站客服", "3074922707", "—1—", "第5页", "共8页", "_第1页", "全文预览已结束",
    "你可能关注的文档", "本文链接", "wenmi123", "版权说明", "此文档下载收益归作者所有", "0/150", "提交评论",
    "分享赚钱", "ID:1170819", "大小:", "不代表本站观点", "人人文库", "汇文网", "模考卷",
]
BOILERPLATE_LINES = ["收起", "展开", "分享", "文档简介", "评论"]


@pytest.mark.parametrize("line", BOILERPLATE_THAT_MUST_NOT_SURVIVE)
def test_boilerplate_does_not_survive_in_any_page_body(line):
    for golden in GOLDEN.glob("*.md"):
        body = golden.read_text(encoding="utf-8").split("\n---\n", 1)[1]
        assert line not in body, f"{line!r} survived in {golden.name}"


def test_button_labels_do_not_survive_as_lines():
    for golden in GOLDEN.glob("*.md"):
        body_lines = golden.read_text(encoding="utf-8").split("\n---\n", 1)[1].splitlines()
        assert not set(body_lines) & set(BOILERPLATE_LINES), golden.name
