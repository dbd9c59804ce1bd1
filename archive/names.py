"""People in bylines: an office and a name (国务院新闻办公室主任 王晨, 市长温国辉), and whether a text can be a name.

Cleaning uses it to tell a byline from a title and from the text; metadata, to read the speaker.
"""
from __future__ import annotations

import re

from . import rules
from .bodies import is_body_name
from .folding import fold

GLUED_BYLINE_MAX = 20
OFFICE_AND_NAME = re.compile(r"^(?P<office>.{2,40}?)\s+(?P<name>[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}|[xX×某*＊]{2,3})$")  # a shop masks the name: 党委书记 ** (www.uedoc.net)
# a name, a comma, the office (任志剛, 香港金融管理局總裁), or a name and the post apart by a space, the month in brackets after them
# (鍾飲文 院長 (106年7月) under a hospital head's address: www.kmuh.org.tw)
NAME_AND_OFFICE = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4})\s*(?:[,，]\s*(?P<office>[^,，。]{2,40})|\s(?P<post>[\u4e00-\u9fff]{2,6})(?:\s*[（(][^()（）]{4,16}[)）]?)?)$")
PLACEHOLDER = re.compile(r"^[xX×某*＊]+$")
# who gave a lecture, under its title (主讲人:刘一斌: pdnet.cn); read folded
LECTURER = re.compile(r"^(?:主讲人|主讲|宣讲人)\s*[:：]\s*(?P<name>[\u4e00-\u9fff]{2,4})$")
FOOTNOTE_MARK = re.compile(r"(?<=[\u4e00-\u9fff])[*＊∗]$")
# Credits of the people who made a page: matched on folded text.
STAFF_ROLES = "|".join(r"\s?".join(role) for role in ("责任编辑", "初审编辑", "编辑", "责编", "审核", "初审", "一审", "二审", "三审", "复审", "终审", "签审", "审签", "编审", "送签", "签发", "审稿", "撰稿", "校对", "审校", "记录", "记者", "通讯员", "信息员", "摄影", "报道", "图/文", "文/图", "总监制", "监制", "审读", "供文", "供图", "供稿"))  # spaced out: (记 者:吴阳金: www.thnews.gov.cn); (图/文:县新闻中心 张坤): zgwc.gov.cn; 责任编辑: 禹亚宁 签审: 梁开文 (dzrb.dzng.com); 初审编辑:潘成汉 (dsnews.zjol.com.cn); 撰稿:张红梅 摄影:彭文 审稿:杨光鑫 (cxcy.lzit.edu.cn); 供文:学工部 汪皓萌 / 供图:学生记者团 陈华 薛佳欣 (www.gzou.com.cn); 三 审:李建华 监 制: 黄承慧 (wap.hyxnews.com); a council's minutes' 紀錄: 陳玟佐 (kmc-ebook.21cms.tw); ( 編輯:徐雅維 送簽:任海軍 簽發:…… ) (m.terrymroczek.com); (报道:尹天赐) (xh1.changde.gov.cn); (信息员:曾宪华) closing a county bureau's report (www.luotiannews.com); 初審:徐 超 / 復審:孔繁奇 (www.dc2011.net); 審校:宋曉妮 above a report (956968.cn); 审签:侯晓 (hot.dzwww.com); 编辑|莫昌玉 / 编审|肖家云, a pipe for a colon (webtv3.i2863.com); 总监制：邹 明 / 监 制：高明勇 / 审 读：崔向升 / 责编：黄忆南 PN269, the editor's code after the name (ifeng.com)
# a two-character name may be spaced to the width of three (初審:徐 超 / 終審:張 濤: www.dc2011.net)
NAME_WORD = r"(?:[\u4e00-\u9fff]\s+[\u4e00-\u9fff](?![\u4e00-\u9fff])|[\u4e00-\u9fff]{2,4})"
NAMES = rf"{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}}"
# a line of credits, after a media's name at most: 编辑 许大鹏 (www.ahwang.cn), 记者 余艳华 (www.liufangtea.com), 中新社記者 李鵬 齊彬,
# 琼海融媒记者 彭总岸 王应峰 (qionghai.hainan.gov.cn)
# 文 alone is a role only before its mark: 文 / 刘凌子 (www.axxrmyy.com), 文丨政能亮特约评论员 韩涵 with the writer's column (ifeng.com),
# and so are 图 and 文、图 (文、图/李丹利 under a school's news: www.pdsdsgz.cn), and 摄影 before its outlet's photographer
# (文/内蒙古日报社融媒体记者 戴宏 章奎 摄影/内蒙古日报社融媒体记者 袁永红 closing a report: www.nmgttcy.com),
# never in 文明城市; a slash may part a role from its name
# (责任编辑 / 詹云清: zmdtvw.cn)
ROLES_THEN_NAMES = rf"^(?:[\u4e00-\u9fff]{{1,8}}(?:社|报|台|网|站|中心|频道|新闻|融媒)\s*)?(?:(?:(?:特约|实习|见习|全媒体|融媒体)?(?:{STAFF_ROLES})\s*[:：/／|｜]?|(?:文|图|摄影)(?:\s*[、，,]\s*(?:文|图|摄影?))*\s*[:：/／丨|｜]\s*(?:[\u4e00-\u9fff]{{1,10}}(?:评论员|记者|通讯员)\s+)?)\s*(?:[\u4e00-\u9fff]{{2,8}}(?:团|部|中心|处|办|站|社|室)\s+)?{NAMES}(?:\s+[A-Z]{{1,3}}\d{{2,4}})?\s*)+摄?$"  # not 县委召开记者节座谈会, a headline
# or each name before its part: 刘春华/文 吴忠民/摄影 closing a report (shanghaigourmetmenu.com), 褚 冬/攝 under a photograph (marygriffith.net),
# 葛婧婧/图文 (tw.zafu.edu.cn), the writer's and the checker's under a school's news, after the writer's office (机电工程分院:徐程灿/稿 /
# 陈芳燕/审: dsdeal.com), or an office that compiled it (综合办整理: hbb.hbuas.edu.cn)
NAMES_THEN_PARTS = rf"^(?:[\u4e00-\u9fff]{{2,12}}[:：]\s*)?(?:{NAME_WORD}\s*[/／]\s*(?:图文|文图|文|图|摄影?|稿|审)\s*)+$"
COMPILED_BY_OFFICE = r"^[\u4e00-\u9fff]{1,10}(?:办|办公室|部|处|中心|科|室)整理$"
# the office and its writer apart by a slash under a report (宣传中心/宫小飞: trhos.com)
OFFICE_THEN_NAME = rf"^[\u4e00-\u9fff]{{2,10}}(?:办|办公室|部|处|中心|科|室)\s*[/／]\s*{NAME_WORD}$"
STAFF_CREDIT = re.compile(f"{ROLES_THEN_NAMES}|{NAMES_THEN_PARTS}|{COMPILED_BY_OFFICE}|{OFFICE_THEN_NAME}")
# credits in brackets closing a report: (記者:李雄 編輯:穆丁花) (m.bmgjnxf.com), after the outlet's name (大众网-山东24小时记者 李兆辉)
# (sdkzjng.cn; 云南日報 記者張瀟予: www.ksrykj.com), the reporter's name alone: (龙金理) (www.qdn.cn), (木门镇 赵立婷) (scgw.gov.cn); a longer note, (此件公开发布)
# is none; who supplied or wrote the report is a credit: (陈友田/文) (fynews.gov.cn), (文/羅穎) (www.tiaotiaoxm.com), (李连胜、张哲) (rd.glgxq.gov.cn), the outlet it came
# from: (中国纪检监察报) (weinan.qinfeng.gov.cn), (区政府办供稿) (dlxg.gov.cn), (供稿:永壽法院) (www.ygqjt.cn), (县政府办供稿) (www.kailu.gov.cn), (辦公室 撰稿) (www.yfychian.net)
BRACKETED_CREDIT = re.compile(rf"[(（]\s*(?:[^()（）]{{0,16}}?(?:{STAFF_ROLES}|作者|来源)[^()（）]{{1,80}}|[^()（）]{{2,24}}(?:供稿|撰稿)|供稿\s*[:：][^()（）]{{2,30}}|{NAMES}\s*[/／]\s*[文图摄]|[文图]\s*[/／]\s*{NAMES}|[\u4e00-\u9fff]{{2,4}}(?:、[\u4e00-\u9fff]{{2,4}}){{1,3}}|[\u4e00-\u9fff]{{2,10}}(?:报|网|社|台)|(?:[\u4e00-\u9fff]{{2,14}}\s+)?{NAMES})\s*[)）]$")
# a writer credited after a black square, closing the text (……谋划今年工作。 ■段汉玥: yptimes.shyp.gov.cn) or under the title (■郑蜀炎: 解放军报)
SQUARE_CREDIT = re.compile(rf"■\s*{NAMES}\s*$")
NOT_A_NAME = re.compile(r"[的会议讲话工作年月日党委局厅部市县区镇乡省院校们大全稿享编辑网站词辞室]|同志|范文|目录|图示|园地|履历|有关|制度|领导|情况|敬启|谨启|敬上|公告|通告|通知|公示")  # 来信情况, a mailbox page's heading (www.dingcheng.gov.cn); ——领导在……闭幕会上的讲话: a sharing site's stand-in for the speaker (www.peiji.com); 有關校長在……講話: a template's "about", no one (baimashangsha.com); 佩珊分享: an uploader's credit; 履歷, a link to a speaker's record under his speech (www.enb.gov.hk); 开幕词, a chair's heading (m.2sdx.com); 办公室 after an office (设立前任行政长官办公室: sc.isd.gov.hk); 志 alone is in many names (任志剛), and so are 范 and 文 (区长范永星: www.jccq.gov.cn); 晨检制度, a rule's heading in a set of rules, is no one (zuowen.c321.cn); 林口長庚紀念醫院 敬啟: a letter's close after its signature (www.cgmh.org.tw); 天峻县人民政府 公告: a 公告's heading (chinaxiaokang.com)


def plausible_name(text: str) -> bool:
    """Read in Simplified form: 目錄 above a law's chapters (pjdwzx), 列印圖示 (www.ndc.gov.tw) and 園地 (lugangnews) name no one."""
    return 2 <= len(text) <= 4 and not NOT_A_NAME.search(fold(text)) and not PLACEHOLDER.match(text)


def names_alone(line: str) -> bool:
    """A line of one to four people's names of two or three characters and nothing else (肖一虎: www.sneb.com.cn;
    张慧君 顾 辉, a name spaced to the width of three: jrwmw.jurongcity.com); four characters are more often words
    (特此通知, 如何诞生) than a name, an office (教务处) signs, and two characters spaced out alone are a table's cell
    as often (合 计: xxgk.zhoushan.gov.cn). A paper's authors may carry the mark of a note on them (周刚志 王振宇*: www.2016ccl.com)."""
    line = FOOTNOTE_MARK.sub("", line.strip())
    found = re.findall(NAME_WORD, line)
    if len(found) == 1 and " " in found[0]:
        return False
    words = [re.sub(r"\s+", "", word) for word in found]
    return bool(re.fullmatch(NAMES, line)) and all(len(word) <= 3 and plausible_name(word) and not is_body_name(fold(word)) for word in words)


def office_and_name(line: str) -> re.Match | None:
    """An office, a space, a name (国务院新闻办公室主任 王晨; 魏庄镇人民政府镇长 杨杰: www.ahhy.gov.cn), or a name,
    a comma, an office (任志剛, 香港金融管理局總裁: www.hkma.gov.hk)."""
    if (match := NAME_AND_OFFICE.match(line.strip())) and match.group("post"):
        if rules.position_titles().fullmatch(fold(match.group("post"))):
            return match
        match = None
    match = OFFICE_AND_NAME.match(line.strip()) or match
    if match and " " not in match.group("office").strip() and is_body_name(fold(match.group("office"))) and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", match.group("name")) and plausible_name(match.group("name")):
        return match  # a body and its staff member under a report: 市人大常委会代表工委 谢晶晶 (rard), 党办 任晓峰 (gowuai.com)
    return match if match and _ends_with_post(fold(match.group("office"))) else None  # 委員長 in Traditional (nakedoat.com)


def _ends_with_post(office: str) -> bool:
    """An office ends with its post (国务院总理, 全国人大常委会委员长), or its post before honours (上海交通大学校长、中国工程院院士:
    yjysbg); a post inside a headline's words
    (中華會館歡迎金縣縣長春宴聯歡 圓滿落幕: rocseattle.blogspot.com) makes no office."""
    office = re.sub(r"[^\u4e00-\u9fff]+$", "", re.sub(r"\s+", "", office))  # 缙云县人民政府县长 & 武 昌: a stray mark after the post (moxiqu)
    posts = rules.position_titles()
    ends = [len(office)] + [index for index, mark in enumerate(office) if mark in "、,，"]
    return any(posts.fullmatch(office, start, end) for end in ends for start in range(end)) or glued_office_name(office) is not None  # 卫生部长颜金勇 致辞全文 (www.moh.gov.sg)


# who gave the speech printed under its occasion (教育局局長孫明揚先生致辭全文: www.edb.gov.hk)
SPEECH_CREDIT_TAIL = re.compile(r"\s*(?:先生)?\s*致辞(?:全文)?$")  # 卫生部长颜金勇 致辞全文 (www.moh.gov.sg)


def glued_office_name(line: str) -> str | None:
    """The name in an office printed against it (市长温国辉: xindetihuiya.com's copy of a work report), also in a
    credit of the speech (教育局局長孫明揚先生致辭全文)."""
    text = line.strip()
    if credit := SPEECH_CREDIT_TAIL.search(fold(text)):
        text = text[: credit.start()]
    if len(text) > GLUED_BYLINE_MAX:
        return None
    for match in rules.position_titles().finditer(fold(text)):
        name = text[match.end():]
        if 2 <= len(name) <= 3 and re.fullmatch(r"[\u4e00-\u9fff]+", name) and plausible_name(name) and not rules.position_titles().search(fold(name)):
            return name
    return None


def is_bare_office(line: str) -> bool:
    """A body and its post, no name, under the speech given in that post (環境局局長 under 歡迎辭: www.enb.gov.hk)."""
    plain = fold(re.sub(r"\s+", "", line))
    post = next((match for match in rules.position_titles().finditer(plain) if match.end() == len(plain)), None)
    return post is not None and post.start() > 0 and is_body_name(plain[: post.start()])


def name_then_post(line: str) -> str | None:
    """The name in a name printed against the post after it (莫苑萍校長 under a principal's message: wck.ccc.edu.hk)."""
    text = line.strip().rstrip("|｜ ").strip()
    for length in (3, 2):
        name, post = text[:length], text[length:]
        if re.fullmatch(r"[\u4e00-\u9fff]+", text) and rules.position_titles().fullmatch(fold(post)) and plausible_name(name):
            return name
    return None


def is_office_and_name(line: str) -> bool:
    """A byline naming an office and a person, apart or printed together: never a title, never text."""
    return office_and_name(line) is not None or glued_office_name(line) is not None
