"""Load the rule files in rules/ (data, not code) into compiled form."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .folding import fold
from .similarity import PairFrequencies, rarities

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
PAIR_FREQUENCIES = "pair_frequencies.tsv"
TOWNSHIPS = "townships.tsv"


class RuleError(ValueError):
    """A rule file is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern
    why: str
    example: str | None = None
    counter_example: str | None = None
    head_only: bool = False
    joins: bool = False  # an inline marker whose removal joins the text on either side directly
    caption: bool = False  # a photo's caption: the text of a page that is nothing but photos


@dataclass(frozen=True)
class Boilerplate:
    drop_lines: tuple[Rule, ...]
    block_starts: tuple[Rule, ...]
    end_markers: tuple[Rule, ...]
    truncation_markers: tuple[Rule, ...]
    inline_markers: tuple[Rule, ...]
    stamps: tuple[Rule, ...]
    title_noise: tuple[Rule, ...]
    below_text: tuple[Rule, ...]  # links, credits and widgets a page prints under the text's last sentence, each alone on its line
    page_labels: tuple[Rule, ...]
    page_date_heads: tuple[Rule, ...]  # the words a page's own date label ends with (更新日期, 发布时间)
    page_label_heads: tuple[Rule, ...]  # the other label heads (录入者, 人气)


def load_yaml(name: str):
    path = RULES_DIR / name
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise RuleError(f"{path}: not valid YAML: {error}") from error


def _compile(name: str, entry: dict, where: str) -> Rule:
    if not isinstance(entry, dict) or "pattern" not in entry or "why" not in entry:
        raise RuleError(f"rules/{name}: {where} needs 'pattern' and 'why'")
    try:
        pattern = re.compile(entry["pattern"])
    except re.error as error:
        raise RuleError(f"rules/{name}: {where}: bad pattern {entry['pattern']!r}: {error}") from error
    return Rule(pattern, entry["why"], entry.get("example"), entry.get("not"), bool(entry.get("head_only")), bool(entry.get("join")), bool(entry.get("caption")))


@lru_cache(maxsize=None)
def pair_frequencies() -> PairFrequencies:
    """The background counts for comparing texts (archive/similarity.py), written by scripts/pair_frequencies.py."""
    path = RULES_DIR / PAIR_FREQUENCIES
    lines = path.read_text(encoding="utf-8").splitlines()
    try:
        documents = int(lines[0].removeprefix("# documents\t"))
        texts_with = {pair: int(count) for pair, count in (line.split("\t") for line in lines[1:])}
    except ValueError as error:
        raise RuleError(f"{path}: not a '# documents<TAB>N' line and 'pair<TAB>count' lines: {error}") from error
    return PairFrequencies(documents, texts_with)


@lru_cache(maxsize=None)
def townships() -> dict[str, tuple[str, ...]]:
    """Township-level divisions by name, each with the codes of the counties it lies in (written by scripts/townships.py)."""
    path = RULES_DIR / TOWNSHIPS
    found: dict[str, tuple[str, ...]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        name, _, codes = line.partition("\t")
        if not name or not re.fullmatch(r"\d{6}(?:,\d{6})*", codes):
            raise RuleError(f"{path}:{number}: not a 'name<TAB>county codes' line: {line!r}")
        found[name] = tuple(codes.split(","))
    return found


@lru_cache(maxsize=None)
def pair_rarities() -> dict[str, float]:
    return rarities(pair_frequencies())


@lru_cache(maxsize=None)
def boilerplate() -> Boilerplate:
    data = load_yaml("boilerplate.yaml")
    sections = {}
    for section in Boilerplate.__dataclass_fields__:
        entries = data.get(section) or []
        sections[section] = tuple(
            _compile("boilerplate.yaml", entry, f"{section}[{index}]") for index, entry in enumerate(entries)
        )
    return Boilerplate(**sections)


@lru_cache(maxsize=None)
def sites() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((entry["site"], tuple(entry["signatures"])) for entry in load_yaml("sites.yaml"))


@lru_cache(maxsize=None)
def genres() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((entry["genre"], re.compile(entry["pattern"])) for entry in load_yaml("genres.yaml"))


def unlisted_kind(title: str) -> bool:
    """Whether a title ends with the name of a kind of document that has no genre (……情况说明, ……之声明: rules/genres.yaml, genre: null)."""
    return any(genre is None and (match := pattern.search(title)) and match.end() == len(title) for genre, pattern in genres())


@lru_cache(maxsize=None)
def spoken_genres() -> frozenset[str]:
    """The genres delivered to hearers (rules/genres.yaml, spoken: true): speeches, lectures, work reports."""
    return frozenset(entry["genre"] for entry in load_yaml("genres.yaml") if entry.get("spoken"))


@dataclass(frozen=True)
class Theme:
    name: str
    keywords: tuple[str, ...]
    min_hits: int


@lru_cache(maxsize=None)
def themes() -> tuple[Theme, ...]:
    return tuple(
        Theme(entry["theme"], tuple(entry["keywords"]), int(entry["min_hits"])) for entry in load_yaml("themes.yaml")
    )


BARE_LABEL_MIN = 3


@dataclass(frozen=True)
class PortalLabels:
    pattern: re.Pattern  # finds a label and its colon; group "label" is the label as printed
    names: dict[str, str]  # label without spaces -> field


def _spaced(label: str) -> str:
    """A label as a pattern that allows spaces between its characters (索 引 号, 标　　题)."""
    return r"\s*".join(re.escape(char) for char in label)


@lru_cache(maxsize=None)
def portal_labels() -> PortalLabels:
    entries = load_yaml("layout.yaml")["portal_fields"]
    labels = sorted((entry["label"] for entry in entries), key=len, reverse=True)
    with_colon = "|".join(_spaced(label) for label in labels)
    without_colon = "|".join(re.escape(label) for label in labels if len(label) >= BARE_LABEL_MIN)
    # 【颁布单位】 江苏省政府 (a law database's labels in brackets: www.cgcq.net; [ 发文字号 ]南川府办发〔2018〕55号: www.cqnc.gov.cn), 發文機關國務院辦公廳 (no colon), 名称 市人民政府办公室关于…… and 索   引   号 20191202-189769 (spaces for the
    # colon), and a label alone on its line with the value on the next (發佈單位 / 遊憩服務課: www.kmnp.gov.tw)
    pattern = re.compile(
        rf"(?:[-*•·]\s*)?(?:(?P<label>{with_colon})\s*[:：]\s*|[【\[]\s*(?P<bracketed>{with_colon})\s*[】\]]\s*|^(?P<bare>{without_colon})(?=[^\s:：])|(?:^|(?<=\s))(?P<spaced>{with_colon})\s+(?=\S)|^(?P<alone>{with_colon})\s*$)"
    )
    return PortalLabels(pattern, {entry["label"]: entry["field"] for entry in entries})


@lru_cache(maxsize=None)
def position_titles() -> re.Pattern:
    return re.compile(load_yaml("layout.yaml")["position_titles"]["pattern"])


# a page's date and time before its labels: ( 2023-03-15 ) 稿件来源:… (mrdx.cn); 2008-06-10 08:33:49 来源: 点击: (www.zhishi5.com);
# 2014年12月04日 22:30:55 访问量:336 (30edu.com.cn); 2021-12-29 16:00:51 编辑: 杨玉娟 审核人:叶玲玲 (www.thnews.gov.cn)
LEADING_DATE = r"(?:[(（]?\s*(?:\d{2,4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)\s*[)）]?(?:\s*(?:[上下]午\s*)?\d{1,2}:\d{2}(?::\d{2})?)?)"


@lru_cache(maxsize=None)
def _page_label() -> str:
    """A page's label: a listed one, or up to four characters before a label head (更新日期, 录入者, 审核人: www.thnews.gov.cn)."""
    heads = "|".join(f"(?:{rule.pattern.pattern})" for rule in boilerplate().page_date_heads + boilerplate().page_label_heads)
    listed = "|".join(f"(?:{rule.pattern.pattern})" for rule in boilerplate().page_labels)
    return rf"(?:(?:[\u4e00-\u9fff]\s?){{0,4}}(?:{heads})[人者]?|{listed})"


@lru_cache(maxsize=None)
def page_label_line() -> re.Pattern:
    """A whole line of page labels with short values: 时间:2010-12-23 点击数:12 来源:人民网."""
    labels = "|".join(f"(?:{rule.pattern.pattern})" for rule in boilerplate().page_labels)
    value = r"(?:[^。:：\n]|(?<=\d)[:：](?=\d)){0,60}?"  # 责任编辑:卡雅·斯考达里奥,妮可拉·伯利,Steve Evets,…… (125.65.46.38)
    # a pipe may stand for the colon (来源|罗甸县融媒体中心: webtv3.i2863.com)
    return re.compile(rf"[【\[]?\s*{LEADING_DATE}?(?:\s*[|｜]?\s*(?:{labels})\s*[:：|｜]{value})+\s*[】\]]?")  # 【供稿单位:… 作者:… 摄影:…; 2017-03-13 17:28:42|來源:國際在線|編輯:趙妍


@lru_cache(maxsize=None)
def page_date_label(colon: str = "[:：]", year: str = r"(?:19|20)\d{2}") -> re.Pattern:
    """A date a page labels as its own, anywhere in a line: 发布时间: 2021-01-06, 时间:2022-08-04 14:05:03
    (the colon may be optional: 最後修改日期 2020/10/19, www.tncc.gov.tw; the year may be another calendar's)."""
    heads = "|".join(f"(?:{rule.pattern.pattern})" for rule in boilerplate().page_date_heads)
    return re.compile(rf"(?:{heads})\s*{colon}\s*{year}[-/.年]")


@lru_cache(maxsize=None)
def page_stamp_line() -> re.Pattern:
    """A whole line of page labels built from label heads (更新日期：2024-01-12 录入者：未知 人气：2.12W),
    with a value that is a date, a count or a few words, or none; or such a date label and a date without a colon."""
    label = _page_label()
    value = r"(?:[^。，,；;！!？?:：\n]|(?<=\d)[:：](?=\d)){0,20}?"
    pair = rf"\s*[|｜/]?\s*{label}\s*[:：]{value}"
    dated = rf"{label}\s*(?:\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|\d{{4}}年\d{{1,2}}月\d{{1,2}}日)(?:\s*(?:[上下]午\s*)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?"  # 最後修改日期 2020/10/19 下午 04:25:10 (www.tncc.gov.tw)
    poster = r"(?:[A-Za-z][\w.-]{1,19}\s+|[\u4e00-\u9fff]{2,12}\d{0,3}\s+)?"  # who posted the page, or its column: admin 发表时间:2017-12-04 (www.ahtczxw.gov.cn); 千岛湖新闻网 编辑:叶青 方耀 (qdhnews.com.cn); 工作总结范文 发布时间:2013/8/11 (www.nayishi.com); 中国产业竞争情报网  2018-06-06  浏览: (www.chinacir.com.cn); a user's name with digits: 彭永0 分享 时间: (www.wenxm.cn)
    return re.compile(rf"[【\[(（]?{poster}(?:{LEADING_DATE}\s+)?(?:(?:{pair})+|\s*{dated})\s*[|｜]?\s*[】\])）]?")  # (記者:李雄 編輯:穆丁花): m.bmgjnxf.com


@lru_cache(maxsize=None)
def _label_head() -> re.Pattern:
    portal = "|".join(re.escape(entry["label"]) for entry in load_yaml("layout.yaml")["portal_fields"])
    return re.compile(rf"\s*(?:{_page_label()}|{portal})\s*")


def known_label_head(head: str) -> bool:
    """Whether the words before a colon are a label a page or portal prints (来源, 更新日期, 发文机关; 來源 as well)."""
    return bool(_label_head().fullmatch(fold(head)))


@lru_cache(maxsize=None)
def undivided_regions() -> tuple[tuple[str, re.Pattern], ...]:
    """Each of Hong Kong, Macao and Taiwan by its standard name, with the words that name it."""
    regions = load_yaml("places.yaml")["undivided_regions"]["regions"]
    return tuple((region, re.compile("|".join(map(re.escape, words)))) for region, words in regions.items())


@dataclass(frozen=True)
class RegionalBodies:
    regions: dict[str, frozenset[str]]  # a body's name folded to Simplified: the regions with a body of that name
    traditional_only: frozenset[str]  # regions whose names count only as printed in Traditional script


@lru_cache(maxsize=None)
def regional_bodies() -> RegionalBodies:
    """The bodies of Hong Kong, Macao and Taiwan named without a place (rules/places.yaml, regional_bodies)."""
    names: dict[str, set[str]] = {}
    traditional_only = set()
    for region, entry in load_yaml("places.yaml")["regional_bodies"]["regions"].items():
        if entry["traditional_only"]:
            traditional_only.add(region)
        for name in entry["names"]:
            names.setdefault(fold(name), set()).add(region)
    return RegionalBodies({key: frozenset(regions) for key, regions in names.items()}, frozenset(traditional_only))


def regional_body_regions(name: str) -> frozenset[str]:
    """The regions whose government has a body of this name (渠務署 and 渠务署: Hong Kong; 立法會 and 衛生署: two regions;
    經濟部 but not 经济部: Taiwan); empty for any other name."""
    bodies = regional_bodies()
    folded = fold(name)
    regions = bodies.regions.get(folded, frozenset())
    return regions - bodies.traditional_only if folded == name else regions


@lru_cache(maxsize=None)
def closing_formulas() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(entry["pattern"]), entry["genre"]) for entry in load_yaml("layout.yaml")["closing_formulas"])


@lru_cache(maxsize=None)
def province_abbreviations() -> dict[str, str]:
    return dict(load_yaml("layout.yaml")["province_abbreviations"]["table"])
