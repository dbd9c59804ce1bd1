"""The grammar of the names of Chinese official bodies (中共……委员会, ……县委, ……办公厅, ……局, ……大学党委).

A body name ends with the word for an organ or one of its offices (the words
are data: rules/bodies.yaml). Cleaning uses it to tell a body's name from a
title; metadata, to read the issuer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import rules
from .folding import fold
from .gazetteer import starts_with_place

SESSION_BODY = re.compile(r"^[\u4e00-\u9fff]{2,30}(人民代表大会|代表大会|委员会)第[一二三四五六七八九十]{1,4}次(全体)?会议$")  # a congress session adopts 决议
NAME_CHARS = r"[\u4e00-\u9fff（）()·]{1,40}"
MINISTRY = re.compile(r"(?:中共中央)?[\u4e00-\u9fff]{1,6}部")  # a national body named without a place: 民政部, 中共中央组织部


@dataclass(frozen=True)
class Grammar:
    name: re.Pattern  # a whole body name
    not_in_names: re.Pattern
    central: frozenset[str]
    words: tuple[str, ...]  # the words a name ends with
    not_endings: tuple[str, ...]  # words that end as a name does but are none (部署, 社会)


@lru_cache(maxsize=None)
def grammar() -> Grammar:
    data = rules.load_yaml("bodies.yaml")
    words = sorted({word for group in data["suffixes"] for word in group["words"]}, key=len, reverse=True)
    suffix = "|".join(re.escape(word) for word in words)
    # 大会 and 工作 belong to meetings and titles, except in 人民代表大会 and 工作委员会
    # (会议 too, except in 政治协商会议: 中国人民政治协商会议全国委员会常务委员会工作报告: en84.com)
    excluded = "|".join({"大会": "(?<!代表)大会", "会议": "(?<!政治协商)会议"}.get(word, re.escape(word)) for word in data["not_in_names"] + ["大会"])
    # 学生工作部, 社会工作部, ……疫情工作领导小组办公室 (crsrw.com), ……區委農村工作暨實施鄉村振興戰略領導小組 (www.8m9cc.com) are bodies
    excluded += "|工作(?!委员会|部|[^的，,。]{0,20}领导小组|指挥部)"
    return Grammar(re.compile(rf"^{NAME_CHARS}(?:{suffix})$"), re.compile(excluded), frozenset(data["central"]), tuple(words), tuple(data["not_endings"]))


def is_body_name(text: str) -> bool:
    """A whole line that is the name of an organ or office (国务院办公厅, 中共余姚市委组织部, 市政署)."""
    plain = fold(re.sub(r"\s+", "", text))
    names = grammar()
    if plain in names.central or rules.regional_body_regions(re.sub(r"\s+", "", text)):
        return True  # 國務院, and 香港天文台 and 澳門海關, which end in no organ's word
    if plain.startswith(("在", "对", "向", "为", "关于")):  # 关于对周村区第十八届人民代表大会第四次会议…… opens a title (www.zhoucun.gov.cn)
        return False
    if SESSION_BODY.search(plain):
        return True
    if plain.endswith(names.not_endings):
        return False
    if plain.endswith("政府") and not plain.endswith("人民政府") and is_body_name(plain[:-2]):
        return False  # 南关区永吉街道办事处 / 政府信息公开工作年度报告 (zwgk.changchun.gov.cn): no body's name goes on to 政府 after an office's
    balanced = plain.count("(") + plain.count("（") == plain.count(")") + plain.count("）")
    return bool(names.name.match(plain)) and not names.not_in_names.search(plain) and len(plain) >= 2 and balanced


def cuts_a_word(text: str, end: int) -> bool:
    """Whether a name ending at end would cut a word that only looks like a name's end (……和社 / 会发展); a name that ends
    where such a word begins cuts nothing (……行政服务中心 / 部门决算: gosugo.com)."""
    return any(fold(text[:end + extra]).endswith(word) and extra < len(word) for word in grammar().not_endings for extra in (1, 2))


def bodies_side_by_side(text: str) -> list[str]:
    """Joint issuers printed apart by spaces (万载县统计局    国家统计局万载调查队: www.wanzai.gov.cn;
    旬阳县创建办 旬阳县公安局: gaj.ankang.gov.cn), the first leading; [] for anything else."""
    parts = text.split()
    return parts if len(parts) > 1 and all(is_body_name(part) for part in parts) else []


def bodies_in(text: str) -> list[str]:
    """The body names one after another in a line naming several issuers (中共某某市委办公室某某市人民政府办公室).

    Each name is taken as long as it goes, then split where a second name
    begins with 中共 or a place's name (中共越城区委宣传部 / 越城区……办公室).
    """
    return [part for name in _longest_names(text) for part in _split_at_second_issuer(name)]


def _split_at_second_issuer(name: str) -> list[str]:
    for position in range(2, len(name) - 2):
        rest = name[position:]
        if _opens_second_issuer(name[:position], rest) and is_body_name(name[:position]) and is_body_name(rest):
            return [name[:position], *_split_at_second_issuer(rest)]
    return [name]


def _opens_second_issuer(first: str, rest: str) -> bool:
    """Where a second issuer's name begins: with 中共, a place's name, a central organ (中共中央辦公廳國務院辦公廳: hujun;
    中央机构编制委员会办公室中华人民共和国监察部: law.infoeach.com), or the first's own place after its 中共 (中共罗武庄乡委员会罗武庄乡人民政府:
    www.ynnh.gov.cn, a township the divisions' list does not reach)."""
    folded, named = fold(rest), fold(first)
    if folded.startswith(("中共", "中华人民共和国", *grammar().central)) or starts_with_place(rest):
        return True
    if MINISTRY.fullmatch(named) and (MINISTRY.fullmatch(folded) or folded.startswith("国家")):
        return True  # a national body after a ministry (中共中央组织部民政部: www.fabao365.com; 财政部国家税务总局)
    own = re.match(r"中共(?P<own>[\u4e00-\u9fff]{2,10}?)(?:委员会|党?委)", named)
    return bool(own) and folded.startswith(own.group("own"))


def _longest_names(text: str) -> list[str]:
    plain = re.sub(r"\s+", "", text)
    found: list[str] = []
    position = 0
    while position < len(plain):
        best = None
        for end in range(len(plain), position + 1, -1):
            if is_body_name(plain[position:end]) and not cuts_a_word(plain, end):
                best = end
                break
        if best is None:
            return found
        if rules.position_titles().match(fold(plain[best - 1:])) and is_body_name(plain[position:best - 1]):
            best -= 1  # 何明華會督銀禧中學 / 校長, not ……中學校 / 長 (bhjsalumni.com); 宣传部 / 长 keeps its 部: 宣传 names no body
        found.append(plain[position:best])
        position = best
    return found


ORGAN_WORDS = ("政府", "人大", "政协", "党委", "纪委")


def named_bodies(line: str) -> list[str]:
    """The bodies a short line names one after another (镇党委、政府: the second by its organ word alone), else []."""
    parts = [part for part in re.split(r"[、，,\s]+", line.strip()) if part]
    if parts and is_body_name(parts[0]) and all(is_body_name(part) or part in ORGAN_WORDS for part in parts[1:]):
        return parts
    return []


def regional_place(name: str) -> str | None:
    """Hong Kong, Macao or Taiwan, for a body of one of them named without a place (渠務署, 勞工事務局, 經濟部:
    rules/places.yaml, regional_bodies) or after its region's own place (香港天文台, 臺東縣政府, 桃園縣議會); else None."""
    plain = re.sub(r"\s+", "", name)
    regions = rules.regional_body_regions(plain)
    if len(regions) == 1:
        return next(iter(regions))
    named = {region for region, words in rules.undivided_regions() if words.match(plain) and not plain.startswith("本")}  # 本港 is where the text is
    return next(iter(named)) if len(named) == 1 and is_body_name(plain) else None


@lru_cache(maxsize=None)
def _regional_body_pattern() -> re.Pattern:
    """The names of the bodies that only one of Hong Kong, Macao and Taiwan has, folded to Simplified."""
    names = [name for name, regions in rules.regional_bodies().regions.items() if len(regions) == 1]
    return re.compile("|".join(sorted(map(re.escape, names), key=len, reverse=True)))


# what stands before a body's name in a sentence (由, 按, 依據, 為 …); any other character would make it the end of
# a longer name: 北京教育考試院 is no 考試院, a hospital's 院辦法務部 no ministry (www.www9948x.com)
BEFORE_A_NAME = re.compile(r"[^\u4e00-\u9fff]|[由按据依向经为及和与在将请于对的从即]")


def regional_bodies_named(text: str) -> dict[str, int]:
    """How many times a text names each region's own bodies (天文台, 教青局, 經濟部: rules/places.yaml, regional_bodies)."""
    folded = fold(text)
    counts: dict[str, int] = {}
    for match in _regional_body_pattern().finditer(folded):
        before = folded[match.start() - 1] if match.start() else "\n"
        (region,) = rules.regional_body_regions(text[match.start():match.end()]) or (None,)
        if region and BEFORE_A_NAME.match(before):
            counts[region] = counts.get(region, 0) + 1
    return counts
