"""Issuing bodies by the grammar of their names (中共……委员会, ……县委, ……办公厅, ……局, ……大学党委).

A body name ends with the word for an organ or one of its offices; the name is
read where a document names its issuer (the portal's 发文机关, the signature,
the title before 关于, a byline's office), never from a mention in the text.
"""
from __future__ import annotations

import re

from .. import rules
from ..folding import fold

BODY_SUFFIX = (
    r"(?:委员会|人民政府|政府|办公厅|办公室|党委|党组|党工委|工委|党总支|总支部|党支部|支部|组织部|宣传部|统战部|政法委|纪委|监委|"
    r"人大常委会|人大|常委会|政协|人民法院|法院|人民检察院|检察院|公安厅|公安局|[厅局部署办委院会社]|"
    r"中心|公司|集团|大学|学院|学校|中学|小学|银行|联合会|总工会|工会|妇联|团委|协会|研究会|行政院|立法院|"
    r"[市县区旗镇乡]委|管理局|总局|管委会|街道办事处|办事处|街道)"
)
BODY_NAME = re.compile(rf"^[\u4e00-\u9fff（）()·]{{1,40}}{BODY_SUFFIX}$")
NOT_BODY = re.compile(r"(关于|通知|意见|决定|讲话|报告|会议|(?<!代表)大会|工作(?!委员会)|活动|方案|的|返回|顶部|首页|全部|本部|深入|开展|加强|推进|贯彻|落实|实践|学习|公文|文件|制度|办法|规定|条例|细则|规则)")
SESSION_BODY = re.compile(r"^[\u4e00-\u9fff]{2,30}(人民代表大会|代表大会|委员会)第[一二三四五六七八九十]{1,4}次(全体)?会议$")  # a congress session adopts 决议
CENTRAL_SHORT = ("国务院", "中共中央", "党中央", "中央军委", "全国人大常委会")
NATIONAL_ORGANS = ("国务院", "行政院", "立法院", "司法院", "考试院", "监察院")
ABOUT = re.compile(r"^(?P<issuers>.{2,80}?)(?:关于|印发|转发|批转)")


def is_body_name(text: str) -> bool:
    """A whole line that is the name of an organ or office (国务院办公厅, 中共余姚市委组织部, 市政署)."""
    plain = fold(re.sub(r"\s+", "", text))
    if plain in CENTRAL_SHORT:
        return True
    if plain.startswith(("在", "对", "向", "为")):
        return False
    if SESSION_BODY.search(plain):
        return True
    return bool(BODY_NAME.match(plain)) and not NOT_BODY.search(plain) and len(plain) >= 2


def bodies_in(text: str) -> list[str]:
    """The body names one after another in a line naming several issuers (中共某某市委办公室某某市人民政府办公室)."""
    plain = re.sub(r"\s+", "", text)
    found: list[str] = []
    position = 0
    while position < len(plain):
        best = None
        for end in range(len(plain), position + 1, -1):
            if is_body_name(plain[position:end]):
                best = end
                break
        if best is None:
            return found
        found.append(plain[position:best])
        position = best
    return found


def unit_from_title(title: str) -> str | None:
    """The first issuer named before 关于/印发/转发 in a title (国务院办公厅关于……的通知)."""
    plain = re.sub(r"\s+", "", title)
    match = ABOUT.match(fold(plain))  # 關於 / 關于 in Traditional titles
    if not match:
        return None
    written = plain[: match.end("issuers")]
    issuers = bodies_in(written)
    return issuers[0] if issuers and "".join(issuers) == written else None


def unit_from_byline(line: str) -> str | None:
    """The office in a byline (国务院新闻办公室主任 王晨 → 国务院新闻办公室)."""
    office = re.split(r"\s+", line.strip())[0]
    position = rules.position_titles().search(office)
    if not position:
        return None
    body = office[: position.start()].rstrip("、")
    return body if is_body_name(body) else None


SESSION = re.compile(r"第[一二三四五六七八九十百零〇\d]{1,4}(?:届|次)")
LAW_ACTION = re.compile(
    r"(?P<body>[\u4e00-\u9fff]{2,40}?)(?:第[一二三四五六七八九十百零〇\d]{1,4}次(?:全体|常务|部务|局务|主任)?会议|全体会议|令第[\d一二三四五六七八九十百]{1,5}号)?"
    r"(?:《[^》]*》)?(?:第[一二三四五六七八九十]次)?(?P<action>通过|修正|修订|公布|发布|批准)[)）]?$"
)


def unit_from_law_notes(notes: tuple[str, ...]) -> str | None:
    """The body that acted last in a law's note (……国务院第40次常务会议通过; 中华人民共和国国务院令第37号发布; 公安部公布)."""
    from .dates import dates_in
    from datetime import date

    dated = []
    for line in notes:
        text = re.sub(r"\s+", "", line)
        match = LAW_ACTION.search(text)
        found = dates_in(line, date.today())
        if match and found:
            body = SESSION.sub("", re.sub(r"^.*?日", "", match.group("body"))).removeprefix("中华人民共和国").removeprefix("经")
            if is_body_name(body):
                dated.append((max(found), body))
    return max(dated)[1] if dated else None


def unit_leading_title(title: str) -> str | None:
    """A named issuer that opens a title without 关于 (镇巴县人民政府工作规则, 行政院第3595次院會決議).

    Only a body named with its place, or a central organ, counts: 社区党支部书记…… names no one body.
    """
    from ..gazetteer import place_of

    plain = re.sub(r"\s+", "", title)
    for end in range(min(len(plain) - 2, 40), 2, -1):
        head = plain[:end]
        if is_body_name(head) and not plain[end:].startswith(("的", "和", "与", "及")):
            return head if place_of(head) or fold(head) in CENTRAL_SHORT or fold(head).endswith(NATIONAL_ORGANS) else None
    return None
