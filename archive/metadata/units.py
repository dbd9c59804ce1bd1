"""The issuing body, read where a document names its issuer (the signature, the title before 关于,
the portal's 发文机关, a byline's office, a law's note), never from a mention in the text."""
from __future__ import annotations

import re

from datetime import date

from .. import rules
from ..bodies import bodies_in, bodies_side_by_side, cuts_a_word, grammar, is_body_name, regional_place
from ..cleaning.lines import CHINESE_YEAR
from ..cleaning.title import genre_word_at_end
from ..folding import fold
from ..gazetteer import place_of
from ..names import NAME_AND_OFFICE
from .dates import dates_in

NAME_GOES_ON = 6
INSTITUTIONS = ("大学", "学院")  # named in full by their own name: 清华大学规章制度管理办法 (www.sodocs.net)
INSTITUTION_NAME_MIN = 4  # 文学院 is a school of some university, not a name
NATIONAL_ORGANS = ("国务院", "行政院", "立法院", "司法院", "考试院", "监察院")
# a national body named in full by its organ's name (中国人民政治协商会议全国委员会常务委员会工作报告: en84.com;
# 中国人民政治协商会议第九届全国委员会常务委员会工作报告: hprc.org.cn); not 中华人民共和国, which opens a law's name (……组织法)
NATIONAL_NAMES = ("中国人民政治协商会议", "全国人民代表大会")
LEADING_YEAR = re.compile(rf"^(?:\d{{4}}|{CHINESE_YEAR})年度?(?:[上下]半年|第[一二三四]季度)?")
ABOUT = re.compile(r"^(?P<issuers>.{2,80}?)(?:关于|印发|转发|批转|《)")  # 最高人民法院《关于……的通知》的通知 (xsba.vip)


def unit_from_title(title: str) -> str | None:
    """The first issuer named before 关于/印发/转发 in a title (国务院办公厅关于……的通知)."""
    if joint := bodies_side_by_side(re.split(r"关于|關於|關于", title, maxsplit=1)[0]):
        return joint[0]  # 旬阳县创建办 旬阳县公安局关于……
    plain = re.sub(r"\s+", "", title)
    match = ABOUT.match(fold(plain))  # 關於 / 關于 in Traditional titles
    if not match:
        return None
    written = plain[: match.end("issuers")]
    issuers = bodies_in(written)
    return issuers[0] if issuers and "".join(issuers) == written else None


def unit_from_byline(line: str) -> str | None:
    """The office in a byline (国务院新闻办公室主任 王晨 → 国务院新闻办公室)."""
    named_first = NAME_AND_OFFICE.match(line.strip())  # 任志剛, 香港金融管理局總裁 (www.hkma.gov.hk); 鍾飲文 院長 names a post, no body
    office = named_first.group("office").strip() if named_first and named_first.group("office") else re.split(r"\s+", line.strip())[0]
    bodies = [office[: position.start()].rstrip("、") for position in rules.position_titles().finditer(fold(office))]  # 委員長 in Traditional (nakedoat.com)
    named = [body for body in bodies if is_body_name(body)]
    return max(named, key=len) if named else None  # 市人大常委会秘书长: the 常委会, not the 人大 before 常委


LEADING_TERM = re.compile(r"^第[一二三四五六七八九十百零〇\d]{1,4}[届屆]")
NOTE_CLAUSES = re.compile(rf"[，,；;。]|(?=(?:\d{{4}}|{CHINESE_YEAR})年[\d一二三四五六七八九十]{{1,2}}月[\d一二三四五六七八九十]{{1,3}}日)")  # each act opens with its date
SESSION = re.compile(r"第[一二三四五六七八九十百零〇\d]{1,4}次")
LAW_ACTION = re.compile(
    r"(?P<body>[\u4e00-\u9fff]{2,40}?)(?:第[一二三四五六七八九十百零〇\d]{1,4}次(?:全体|常务|部务|局务|主任)?会议|全体会议|令第[\d一二三四五六七八九十百]{1,5}号)?"
    r"(?:《[^》]*》)?(?:第[一二三四五六七八九十]次)?(?P<action>通过|修正|修订|公布|发布|批准)[)）]?$"
)


def unit_from_law_notes(notes: tuple[str, ...]) -> str | None:
    """The body that acted last in a law's note (……国务院第40次常务会议通过; 中华人民共和国国务院令第37号发布; 公安部公布),
    read clause by clause (……常务委员会第三十六次会议通过,2022年3月31日……批准,自2022年10月1日起施行。: xianning.gov.cn).

    A province's 批准 of a city's regulation does not make it the province's: the city's congress made it
    (随州市第四届……会议通过 2022年……湖北省……会议批准: the city's, as its label says).
    """
    dated = []
    for line in notes:
        for clause in NOTE_CLAUSES.split(re.sub(r"\s+", "", line)):
            match = LAW_ACTION.search(fold(clause))  # 會議通過 (mzt333.com): matched folded, the name kept as printed
            found = dates_in(clause, date.today())
            if match and found:
                printed = clause[match.start("body"): match.end("body")]
                body = SESSION.sub("", re.sub(r"^.*?日", "", printed)).removeprefix("中华人民共和国").removeprefix("中華人民共和國").removeprefix("经").removeprefix("經")
                body = LEADING_TERM.sub("", body)  # 第五届区政府第……次常务会议通过: a term before a bare name is no part of it (www.kongtong.gov.cn)
                if is_body_name(body):
                    dated.append((match.group("action") != "批准", max(found), body))
    return max(dated)[2] if dated else None


# the yearly report every body publishes on its open-government work names the body in its title; a township
# names itself alone (唐村镇2010年政府信息公开工作年度报告: www.zoucheng.gov.cn; 2025年金厂镇政府信息公开工作年度报告:
# xxgk.dc.gov.cn; 宣州区医疗保障局2022年政府信息公开年度报告: www.xuanzhou.gov.cn)
DISCLOSURE_REPORT = re.compile(
    rf"^(?:(?:\d{{4}}|{CHINESE_YEAR})年度?)?(?P<body>[\u4e00-\u9fff()（）]{{2,40}}?)(?:(?:\d{{4}}|{CHINESE_YEAR})年度?)?政府信息公开(?:工作)?(?:年度)?报告$"
)
TOWNSHIP = re.compile(r"^[\u4e00-\u9fff]{1,8}[镇乡]$")


def unit_of_disclosure_report(title: str) -> str | None:
    """The body whose 政府信息公开工作年度报告 the title names."""
    plain = re.sub(r"\s+", "", title)
    match = DISCLOSURE_REPORT.match(fold(plain))
    if not match:
        return None
    body = plain[match.start("body"): match.end("body")]
    return body if is_body_name(body) or TOWNSHIP.match(fold(body)) else None


def unit_leading_title(title: str) -> str | None:
    """A named issuer that opens a title without 关于, after the year it reports on
    (镇巴县人民政府工作规则, 行政院第3595次院會決議, 2021年余姚市人民代表大会常务委员会工作报告).

    各 (各著名大學校長開學致辭: mlvmservice.com) opens a list of bodies, not one.
    Only a body named with its place, a central organ, a university, or a name followed by the year of its text
    (东风汽车集团有限公司2020年新春贺辞) counts: 社区党支部书记…… names no one body.
    """
    plain = LEADING_YEAR.sub("", re.sub(r"\s+", "", title))
    for end in range(3, min(len(plain) - 2, 40) + 1):
        head, rest = plain[:end], fold(plain[end:])
        goes_on = any(is_body_name(plain[:end + extra]) and not cuts_a_word(plain, end + extra) for extra in range(1, NAME_GOES_ON + 1))  # ……民政局 / ……民政局党组, ……委 / ……委员会; ……公安局 / ……公安局曾都区分局 (gaj.suizhou.gov.cn)
        goes_on = goes_on and not rules.position_titles().match(rest)  # 华中科技大学 / 校长李培根院士演讲, not ……大学校 / 长 (www.okb.net.cn)
        # 甘州区村级干部管理办 / 法: a 办法's name, not an office (www.gsgz.gov.cn); 運輸署 / 公告 (www.td.gov.hk) cuts no word
        cuts_genre = any(genre_word_at_end(plain[:end + extra]) and not genre_word_at_end(plain[end:end + extra]) for extra in (1, 2))
        if "在" in head:
            return None  # 虞又铭在国际汉语文化学院2018届毕业典礼上的致辞 (news.ecnu.edu.cn): who spoke where, no issuer
        if is_body_name(head) and not head.startswith("各") and not goes_on and not cuts_genre and not cuts_a_word(plain, end) and not rest.startswith(("常务", "的", "和", "与", "及")):
            institution = fold(head).endswith(INSTITUTIONS) and len(head) >= INSTITUTION_NAME_MIN and "被" not in rest  # 武汉大学违规……被通报 is about the university
            named = (place_of(head) or regional_place(head) or rules.regional_body_regions(head) or fold(head) in grammar().central or fold(head).endswith(NATIONAL_ORGANS) or fold(head).startswith(NATIONAL_NAMES)
                     or institution or LEADING_YEAR.match(rest))
            return head if named else None
    return None
