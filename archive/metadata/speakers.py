"""The person who gave a speech, report or lecture: from the title, the subtitle or a byline."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rules
from ..cleaning.layout import LONGER_NAME
from ..cleaning.lines import CHINESE_YEAR
from ..folding import fold
from ..names import LECTURER, glued_office_name, name_then_post, office_and_name, plausible_name

NAME = r"[\u4e00-\u9fff]{2,3}"
SPOKEN = r"(?:讲话|致辞|贺辞|闭幕词|发言|报告|讲课|演讲|党课|总结讲话|主持词)"  # 李先念在十二大上的闭幕词 (xndjw.gov.cn), ……的贺辞 (us.china-embassy.gov.cn)
# an adverb may stand between the speaker and the verb (詹純新董事長首先發表致辭: www.edufabricareview.com)
ANNOUNCED_SPEECH = re.compile(
    r"(?P<before>[^。，,；;]{3,40}?)(?:同志)?(?:出席[^。]{0,60}?)?(?:首先|隨後|随后|接著|接着|最後|最后)?(?:并|並)?(?:发表|發表|作了?)[^。，,]{0,10}(?:讲话|講話|演讲|演講|致辞|致辭|报告|報告|献词|獻詞)"
    # ……院长张军教授寄语新生 (rice.fudan.edu.cn)
    r"|(?P<giver>[^。，,；;]{3,40}?)(?:教授|同志|先生)?寄语"
    # 以下為國家主席習近平昨天在香港特別行政區政府歡迎晚宴上的致辭全文 (www.mingpaocanada.com)
    r"|以下[为是](?P<printed>[^。，,；;]{3,30}?)(?:[昨今]天|[昨今]日|\d{1,2}月\d{1,2}日)?在[^。]{2,60}?的(?:讲话|講話|演讲|演講|致辞|致辭|发言|發言|讲辞|講辭|演辞|演辭)"
)
GLUED_OFFICE_TAIL = 20  # the office and name just before the verb
HEADLINE_MAX = 60  # a headline, not a paragraph of the page's note (……也是莘莘学子在大学的最后一课。现将……: www.cfgrc.com)
NAME_WITH_DATE = re.compile(rf"^[（(]?\s*(?P<name>{NAME})\s*[（(]?\s*(?:\d{{4,6}}|{CHINESE_YEAR})\s*年")
# (2010年9月20日)王强, also with a note on the copy: (2011年11月3日 根据录音整理)刘和平 (dajudeng.com)
DATE_THEN_NAME = re.compile(r"^[（(]\s*[^()（）]{6,16}日(?:\s*根据录音整理)?\s*[)）]\s*(?P<name>[\u4e00-\u9fff]{2,3})$")

TRAILING_DATE = re.compile(rf"\s*[（(]\s*(?:\d{{4}}|{CHINESE_YEAR})\s*年[^()（）]*[)）]?$")
# 日 stays: 巴达日拉图; a reporter's credit is no name (通讯员鲁来顺报道 under a headline: taosugar.com)
NOT_A_LONGER_NAME = re.compile(r"[的会议讲话工作年月党委局厅部市县区镇乡省院校们办室处站网]|记者|通讯员|报道|报导")


@lru_cache(maxsize=None)
def speaker_in_title() -> re.Pattern:
    """A name before 在……上的讲话, its office before it or after it (刘玉村院长在新门诊楼落成典礼上的讲话: www.iiyiyi.com;
    冯少勇院长在……奠基仪式上的讲话: sxtyzy)."""
    offices = rules.position_titles().pattern
    # or a message to an occasion: 谢锋大使致2023年大休斯敦地区中秋晩宴的贺辞 (us.china-embassy.gov.cn)
    return re.compile(rf"^(?:——|—)?(?P<before>.{{0,30}}?)(?P<name>{NAME})(?:同志|{offices})?(?:在.{{2,80}}(?:上|会|时|之际)的?|致.{{2,80}}的){SPOKEN}")


@lru_cache(maxsize=None)
def messenger_in_title() -> re.Pattern:
    """The name, the office and the occasion alone before a message, the whole title (黃循財總理新春獻詞(華文): www.sgnews.co);
    matched folded."""
    return re.compile(rf"^(?P<name>{NAME}){rules.position_titles().pattern}[^在的，,]{{0,12}}献词(?:[(（][^()（）]{{1,6}}[)）])?$")


def from_title(text: str) -> str | None:
    """国务院总理李克强在……上的讲话, 李源潮在……上的讲话 (a bare office before 在 names no one)."""
    plain = re.sub(r"\s+", "", text)
    if message := messenger_in_title().match(fold(plain)):
        name = plain[message.start("name"):message.end("name")]  # as printed
        return name if plausible_name(name) else None
    match = speaker_in_title().match(fold(plain))  # 校長黃桂田在……畢業典禮……上的致辭: folding keeps every character's place
    if not match:
        return None
    before, name = match.group("before"), plain[match.start("name"):match.end("name")]
    if before and not rules.position_titles().search(fold(before[-4:] + name[:1])) and not rules.position_titles().search(fold(before)):
        return None
    if len(name) == 3 and any(match.end() == len(before) + 1 for match in rules.position_titles().finditer(fold(before + name))):
        name = name[1:]  # 华东师范大学校长陈群在……: the office ends on the name's first character (jlgjxh.com.cn)
    return name if plausible_name(name) and not rules.position_titles().fullmatch(fold(name)) else None  # 副盟长在……的讲话 names an office, no one (dw.nmxhq.gov.cn)


def from_byline(line: str) -> str | None:
    """A byline's name: 王晨; 国务院新闻办公室主任 王晨; （王晨）; ——王晨; 习　近　平; 王和涛 2011年6月5日."""
    stripped = line.strip().strip("（()）").lstrip("—－- ").strip()
    if re.fullmatch(r"[\u4e00-\u9fff](?:\s+[\u4e00-\u9fff]){1,3}", stripped):
        name = re.sub(r"\s+", "", stripped)
        return name if plausible_name(name) else None  # 目 錄 is a law's table of contents (pjdwzx)
    if re.fullmatch(NAME + r"[\u4e00-\u9fff]?", stripped) and plausible_name(stripped):
        return stripped
    if LONGER_NAME.fullmatch(stripped) and not NOT_A_LONGER_NAME.search(fold(stripped)):
        return stripped  # 巴达日拉图: a Mongolian name in Chinese characters, alone on its byline (www.zlq.gov.cn)
    printed_line = line.strip()
    if match := NAME_WITH_DATE.match(fold(printed_line)) or DATE_THEN_NAME.match(fold(printed_line)) or LECTURER.match(fold(printed_line)):  # 根據錄音整理 as well
        name = printed_line[match.start("name"):match.end("name")]
        return name if plausible_name(name) else None
    return from_office_byline(stripped)


def find_speaker(title: str, subtitle: str | None, byline: tuple[str, ...], notes: tuple[str, ...] = ()) -> str | None:
    """notes are the lines a page printed above the speech, which may say who gave it."""
    for text in (title, subtitle or ""):
        if name := from_title(text):
            return name
    for line in byline:
        if name := from_byline(line):
            return name
    for line in notes:  # or a page's headline above the speech's own title (校长黄桂田在2022年毕业典礼……上的致辞: news.sxu.edu.cn)
        if name := from_announcement(line) or from_office_byline(line) or (len(line) <= HEADLINE_MAX and "。" not in line and from_title(line)):
            return name
    return None


def from_office_byline(line: str) -> str | None:
    """The name in a line of an office and a name, apart or glued, with or without the day after it (国务院新闻办公室主任 王晨;
    省慈善总会会长 孙家贤 (2009年4月30日): cs0573.com;
    遂昌县县长童森军(2026 年 2 月 6 日): www.mishuzj.com; 澳門特別行政區行政長官何厚鏵 above 在開幕式的演辭: www.macaoppnr.com)."""
    stripped = line.strip()
    if (match := office_and_name(stripped) or office_and_name(TRAILING_DATE.sub("", stripped))) and plausible_name(name := re.sub(r"\s+", "", match.group("name"))):
        return name
    # 卫生部长颜金勇 致辞全文: what follows the space is no name (www.moh.gov.sg); 莫苑萍校長, the post after the name (wck.ccc.edu.hk)
    return glued_office_name(TRAILING_DATE.sub("", stripped)) or name_then_post(stripped)


def from_announcement(text: str) -> str | None:
    """The speaker a news line names before the speech it introduces (國務院總理溫家寶發表主旨演講: crntt.com;
    中共中央总书记、国家主席、中央军委主席习近平发表重要讲话: www.hudazx.com)."""
    plain = re.sub(r"\s+", "", text)
    for match in ANNOUNCED_SPEECH.finditer(fold(plain)):
        group = next(name for name in ("before", "giver", "printed") if match.group(name))
        before = plain[match.start(group):match.end(group)]
        if name := glued_office_name(before[-GLUED_OFFICE_TAIL:]) or name_before_office(before):
            return name
    return None


def name_before_office(text: str) -> str | None:
    """The name of a line that is only a name and the post after it (詹純新董事長首先發表致辭: www.edufabricareview.com)."""
    post = next((match for match in rules.position_titles().finditer(fold(text)) if match.end() == len(text)), None)
    name = text[: post.start()] if post else ""
    return name if 2 <= len(name) <= 3 and re.fullmatch(r"[\u4e00-\u9fff]+", name) and plausible_name(name) else None
