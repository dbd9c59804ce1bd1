"""Numbered headings that a preview ran into the text are set apart by the ending they share."""
from __future__ import annotations

import pytest

from archive.cleaning import clean
from archive.cleaning.headings import split_run_in_headings
from archive.cleaning.lines import chinese_number
from archive.reading import read_source
from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "corpus"


@pytest.mark.parametrize("numeral, number", [("一", 1), ("九", 9), ("十", 10), ("十一", 11), ("二十", 20), ("二十三", 23), ("一二", None), ("二〇一九", 2019), ("12", 12)])
def test_outline_numerals_are_read_as_numbers(numeral, number):
    assert chinese_number(numeral) == number


def test_the_research_papers_ten_headings_are_set_apart_from_the_text_they_ran_into():
    raw = read_source(ROOT / "sources" / "002_bff57ed234c65540.txt")
    blocks = clean(raw.text, raw.title_hints).blocks
    headings = [block.text for block in blocks if block.kind == "heading"]
    assert len(headings) == 10 and all(heading.endswith("的关系") for heading in headings)
    assert headings[3] == "四、推出经验与推广经验的关系"  # it followed the end of the section before it: ……内在动力。四、……
    assert headings[4] == "五、示范引导与全面推进的关系"  # broken over two lines: ……全面推进的 / 关系要善于……
    after = [blocks[index + 1].text for index, block in enumerate(blocks) if block.kind == "heading"]
    assert after[3].startswith("既要注重推出经验") and after[4].startswith("要善于经过示范引导")
    assert after[5].startswith("要按照中央和省委总体工作部署,从全局着眼")  # its sentence went on past the preview's line break
    assert blocks[0].text.endswith("要着重把握和处理好以下十个方面的关系:")


@pytest.mark.parametrize("document", [
    "ruiwen-guohan-2009-2-nantong-lishi-wenhua-mingcheng-pifu",  # 一、同意将……南通市列为 / 二、你省及南通市……: one item a paragraph
    "45win-bbs-shizhu-senlin-fanghuo-jinhuoling-2020",  # 一、森林防火禁火时间 / 二、森林防火禁火范围
])
def test_numbered_items_set_out_one_a_paragraph_are_left_as_they_are(document):
    lines = [line.strip() for line in (CORPUS / f"{document}.txt").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert split_run_in_headings(lines) == lines


def test_items_that_open_alike_are_not_cut_even_when_run_together():
    lines = (CORPUS / "bgs-gxuwz-yuanzhangban-gongwen-banli-wangshang-shenpi-2020.txt").read_text(encoding="utf-8").splitlines()
    items = [line.strip() for line in lines if line.strip()[:2] in ("一、", "二、", "三、", "四、")]
    run_together = ["".join(items)]  # 一、进一步规范公文办理的方式。……二、进一步规范公文行文的类型。……
    assert len(items) == 4 and split_run_in_headings(run_together) == run_together
