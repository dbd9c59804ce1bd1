"""Site chrome: the lines a web page wraps around a document, found by listed phrases and by shape."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import gazetteer, rules
from ..bodies import is_body_name
from ..folding import fold
from ..names import BRACKETED_CREDIT, STAFF_CREDIT, names_alone
from .lines import HAN, LABEL_PAIR, ROC_DAY, ends_sentence, heading_marker

# words in brackets alone below the text's last sentence: who wrote or sent it ((常开林丁尚乐): asrbs.net; (党委统战部):
# dwtzb.swjtu.edu.cn; (集團辦公室 文/鄧杰 圖/朱偉): www.sinayp.net; (民盟衡阳市委): www.hnmm.gov.cn). A 公文's own notes stay
# ((此件公开发布); (本文有删减): www.gov.cn), and so does an issuer named from its place, a signature ((万载县统计局): www.wanzai.gov.cn)
CLOSING_BRACKETS = re.compile(r"^[(（](?!此件|此页|本文)(?P<words>[\u4e00-\u9fff\s/／:：·]{2,24})[)）]$")
TEXT_BEFORE_END_MARKER = 100
LABEL_ROW_MAX = 80
LABEL_ROW_PAIRS = 2
HEADLINE_LINES = 2  # a headline may be a sentence (……今日停課。): the stamp under it still belongs to the page
# a repost's 原标题: with a whole headline (市长王吉到舒兰市……调研时强调 强化举措狠抓落实 高效统筹重点工作: 222.162.163.66)
# is the source's title, read as such, not a page label like a short one (原标题:全国人大: news.chengdu.cn)
LONG_ORIGINAL_HEADLINE = re.compile(r"^原标题\s*[:：]\s*[^:：]{41,}$")  # longer than a page label's short value
NUMBERED_ITEM = re.compile(r"^[•·●\-*]?\s*\d{1,2}\s*[.、．]")
URL = re.compile(r"(https?://|www\.)[\w./?=&%#:~+-]+|\b[\w-]+(\.[\w-]+)*\.(com|cn|net|org|gov|edu)(\.cn)?\b", re.I)
ROC_WRITTEN_DATE = re.compile(ROC_DAY)
ROC_SHORT_DATE = re.compile(r"(?<![\d-])(\d{2,3})-(\d{1,2})-(\d{1,2})(?![\d-])")
ROC_YEAR = r"(?<!\d)\d{2,3}(?=-\d{1,2}-\d{1,2}(?![\d-]))"
ROC_OFFSET = 1911
ROC_YEAR_OF_THE_WEB = 80  # ROC 80 is 1991: a page's two-digit year below it is a Western year's last two digits
SITE_PREFACE = re.compile(r"小编|本站|为你|为大家|给大家")  # folded: 為你, 給大家 read the same
PREFACE_NAMES = re.compile(
    r"整理(?:了|的)(?:多篇相关的|关于)?\s*[《「“]?(?P<title>[^，,。！!？?；;《》「」“”]{4,60}?)[》」”]?"
    r"\s*(?:范文|的文章)?(?:\s*\d+篇)?\s*[,，。；;！!]"
)
COLUMN_TABLE_MIN = 2
MENU_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[:：]$")
MENU_ROW_ITEMS = 3
MENU_ROW_ITEM_MAX = 6
RELATED_LIST = re.compile(r"^关联稿件\s*[:：]?$")  # www.wanzai.gov.cn 关联稿件：
RELATED_ITEM_MAX = 80
DATED_LINK = re.compile(r"(?:[-•·●*]\s*)?[^。！!？?:：]{4,80}?\s*[(（\[【]?(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[)）\]】]?")
DATED_LINKS_MIN = 3
SPACED_LINE = re.compile(r"\S(?: \S){5,}")  # every character apart
GALLERY_PHOTOS_MIN = 2  # captions printed twice in a row, one after another
ISO_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-/.年]\s*(\d{1,2})[-/.月]\s*(\d{1,2})日?")
# 首頁 -> 內地 (www.hkcna.hk); < 首页 <>> 党建工作, its arrows' code half lost (ltx.cupl.edu.cn), never 宁政发<2009>7号; a hyphen
# between spaces (首页 - 新闻中心 - 医院新闻 - 正文: www.jzefyy.cn)
NAVIGATION_SEPARATORS = re.compile(r"\s*(?:->|<>>|>>|>|(?<=\s)[<-](?=\s)|»|›|→|\||｜|/|＞)\s*")
NAVIGATION_SEGMENT_MAX = 10
# the label a breadcrumb starts with (您所在的位置: 东南网 > 国内> 时政 > 正文: www.fjsen.com; 当前位置; 你现在的位置: www.ipim.gov.mo;
# 您当前所在的位置:首页 > 机构介绍 > 规章制度 > 会长办公制度 under the column's name: www.hbmyqyxh.com)
POSITION_WORDS = r"(?:[您你]?(?:当前|现在)?(?:所在)?的?位置是?)"  # 您现在的位置是: (ltx.cupl.edu.cn)
# the label after the column's name (信息传达 您的位置:首页>>通知公告>>信息传达: htjtjt.com)
COLUMN_AND_POSITION = re.compile(rf"^[\u4e00-\u9fff]{{2,8}}\s+{POSITION_WORDS}\s*[:：]\s*")
POSITION_LABEL = re.compile(rf"^{POSITION_WORDS}\s*[:：]\s*")
SITE_HEADER_LINES = 4
SITE_HEADER_MAX = 24
SITE_HEADER_LINES_LABELLED = 12  # above a breadcrumb labelled 当前位置
SHORT_CHROME_HAN = 6
DATED_URL_LINE_HAN = 16
LABELLED_SOURCE = re.compile(r"(?:来源|稿源|作者|编辑)\s*[:：]\s*\S{1,20}")  # read folded
MENU_ITEMS_MIN = 3
MENU_RUN_MIN = 6  # lines of a menu printed one item per line
MENU_ITEM_MAX = 10
NUMBERED_MENU_ITEM_MAX = 16
MENU_ROW_LABELS_MIN = 8
HOME_LABELS = ("首页", "主页", "网站首页")
MENU_ROW_LABEL_MAX = 14
LONGER_THAN_A_NAME = 4
SENTENCE_MARK = re.compile(r"[，。；：:,;！？!?]")
MENU_NUMBER = re.compile(r"^\d{1,2}\s*[.、．]\s*")
BUTTON_ROW = re.compile(r"(\s*[【\[]\s*[^【】\[\]]{1,10}\s*[】\]]\s*)+")
# a button cut off before the row, its name lost too (】【打印繁体】 【关闭】 【返回顶部: hbb.hbuas.edu.cn)
ORPHAN_BUTTON_START = re.compile(r"^[^【】\[\]\s]{0,8}[】\]]|^\s*[【\[]\s*[】\]]")
ORPHAN_BUTTON_END = re.compile(r"[【\[][^【】\[\]]{0,8}$")
NO_TEXT_LINE_MAX = 40
RULE_LINE = re.compile(r"[-—–=_─━]{5,}")  # a rule under a 发文字号 as wide as the page, glued to the title below it when kept (aga.ustc.edu.cn)
COPYRIGHT = re.compile(r"(©|Copyright|版权所有|版权归.{0,8}所有)", re.I)  # 图片版权归原作者所有 (www.xhyb.net.cn)
COPYRIGHT_LINE_MAX = 80
HEAD_LINES = 40
FIELD_VALUE_MAX = 60
SHORT_VALUE_MAX = 20
# the Macao gazette lists related acts and subjects under their labels, an item a line, each name and its gloss apart by a
# dash (第66/2014號行政法務司司長批示 - 將若干權限轉授予……; 行政法務司司長 -: www.io.gov.mo, bo.dsaj.gov.mo)
LISTED_FIELDS = {"related", "subject"}
LISTED_ITEM = re.compile(r"\S\s+-(?:\s|$)")
TABLE_LINES = 15  # an encyclopedia page prints a summary paragraph above its infobox
TEXT_LINE_MIN = 60
# a label naming who wrote or sent a page, alone on its line, with the value on the next (来源: / 田宣; 责编: /
# 纵强 许梦源 张波: www.ahnews.com.cn), or the link to a policy's explainer (政策解读: / 《……》政策解读: www.zhonglou.gov.cn); a counter's or a font switch's label (浏览次数:, 字号:) has no value in a copy
LONE_SOURCE_LABEL = re.compile(r"\s*[\u4e00-\u9fff]{0,4}(?:来源|作者|编辑|责编|政策解读)\s*[:：]\s*")  # each printed alone in pages of the corpus
# labels of a table whose values the copy lost: 浏览次数: | 有 效 性: | (www.yishui.gov.cn); a text never prints two empty labels
EMPTY_LABEL = r"[\u4e00-\u9fff](?:\s{0,3}[\u4e00-\u9fff]){1,5}\s*[:：]"
EMPTY_LABELS = re.compile(rf"(?:\s*[|｜]?\s*{EMPTY_LABEL}\s*[|｜]?\s*){{2,}}")
# the time a page was posted, on its own above the text: 2024年9月5日 (星期四) 05:00 (www.ccckss.edu.hk); a date the
# document signs has no time of day
DATE_TIME_LINE = re.compile(
    r"\s*[（(]?\s*(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)\s*[)）]?\s*(?:[（(]?\s*星期[一二三四五六日天]\s*[)）]?)?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*"
)
# a line of a page's stamp holding the day and the time of day it was posted, whatever words are around them (2020/5/20 12:05(5/20 12:31 更新):
# www.cna.com.tw; Frances 編輯發佈、首次上稿 2022-6-2 08:43:59 |: 8news.net; 作者 影武者 於 2014年05月13日 18:10:00 (: hcceiu.org.tw; Last updated:
# 2025/08/01 16:21: more-news.tw); a date a document signs or a meeting's time within its text has no such line of its own above the text
DATED_CLOCK = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(?:[（(]?\s*星期[一二三四五六日天]\s*[)）]?)?\s*\d{1,2}[:：]\d{2}")
DATED_CLOCK_LINE_MAX = 60
DATED_CLOCK_WORDS_MAX = 12  # Chinese characters before the day: 作者 影武者 於, Frances 編輯發佈、首次上稿
# a listing line led by the upload date: 2026-01-22 发布于四川 (max.book118.com), 2024-05-03 任职讲话 248 (www.uedoc.net),
# 08-23 11:23 应城市融媒体中心 王梦瑜 (m.ycrmtzx.cn)
DATE_LED_STAMP = re.compile(r"\s*(?:[\[【]?(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[\]】]?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日?\s+\d{1,2}:\d{2}(?::\d{2})?)(?:\s+[^\s。，,；;：:！!？?]{1,12}(?:[:：]\s*[^\s。，,；;：:！!？?]{1,12})?|[^\s\d。，,；;：:！!？?][^\s。，,；;：:！!？?]{0,11}){1,3}\s*")  # 2020-07-22新闻5 (zkxblog.com); 2020-08-10 15:26 阅读量:3884 (iedusg.com); 2014年07月10 08:50:50 来源:民权网 (zhilengw.com); [2017.07.01] 發表 (www.mingpaocanada.com)
# a paper's issue date alone at the top of its page, above the page's name and the headline (2020年06月04日 / 第JCB01版:鄄城报:
# heze.dzwww.com; 2017年1月17日: northnews.cn e-paper)
ISSUE_DATE = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*[（(]?\s*星期[一二三四五六日天]\s*[)）]?)?")
# the outlet, the time it posted and the count of views under a headline (通川新闻 2026-01-27 17:04 693: www.dztcqrm.com), or the
# column and the outlet (国内新闻 - 环球网 ( ) • 2022-08-07 21:49: ujoy.net, its author's name lost from the brackets)
# the column and the day apart by pipes under a headline (| 招商动态 |2017-02-26: kbhyr.com), or the column in brackets and the day
# and hour (【校园要闻】 as [校园要闻] 2023-02-22 / 18:28: akshaylife.com)
COLUMN_DATE_STAMP = re.compile(r"[|｜]?\s*[^\s\d。，,；;：:！!？?|｜]{2,12}\s*[|｜]\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s*[|｜]?"
                               r"|[\[【][^\s\d\[\]【】]{2,12}[\]】]\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s*/?\s*\d{1,2}:\d{2})?")
SOURCE_LED_STAMP = re.compile(r"\s*[^\s\d。，,；;：:！!？?|｜]{2,12}(?:\s+-\s+[^\s\d。，,；;：:！!？?]{2,12})?(?:\s*[(（]\s*[)）])?(?:\s*[•|｜])?(?:\s+[^\s\d。，,；;：:！!？?]{1,6}[:：]\s*\d{1,9})?\s*(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}(?=\s+\S))(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+\d{1,7}|\s*[^\s\d。，,；;：:！!？?]{1,6}|\s+[^\s\d。，,；;：:！!？?]{1,4}[:：])?\s*")  # or a tag: 公文搜 2022-08-29 12:36:23 营商; glued: 重庆日报2018-12-04 10:00:59 (cq.cri.cn); with a count between: 东港嘉苑物业管理委员会 阅读量:1050 2022-09-19 16:32:45 (abc.zgwyzxw.cn); without the hour, or with the writer glued after: 王朝百科·作者佚名 2012-05-26 (baike.wangchao.net.cn), 发言稿2018-06-11李一老师 (m.78911.com.cn), 社会热点2022-10-24 23:39:38未知 (m.qebk.com); the outlet and the day apart by a pipe, 健康時報網 | 2022-04-24 11:36:55 (lgq224.cn), or dated with slashes and followed by the hour, a count or a button, 本站原创 2014/03/07 16:35:23 (cnppa.org), 閻淳華 2025/05/19 187 (formosa.ikh.tw), 十三先生 2020/05/20 檢舉 (base9174), not a headline with its day, 夜間急診服務時段更動  2024/01/23 (www.chungai.com.tw); with a counter's label whose count the copy lost, 贵州日报报刊社 2022-06-23 11:50 热度: (jgz.app.todayguizhou.com)
# labels whose values the copy lost, closing a line of text: ……2013年12月27日 作者: 信息來源: | (www.bjzhk.com)
TRAILING_EMPTY_LABELS = re.compile(rf"(?<=[日\d])(?:\s+{EMPTY_LABEL}){{2,}}\s*[|｜]?\s*$")  # after a date: not a blank form's 姓名: 性别: 年龄:
# the date a store of scraped pages records before a page's first line ( date 2026-03-05 快訊: udn.com; date 2022-10 ……: taiwannews.com.tw)
STORED_DATE = re.compile(r"^date\s+(?P<date>(?:19|20)\d{2}-\d{2}(?:-\d{2})?)(?:\s+|$)")
SITE_CONTACT = re.compile(r"^(?:(?:地址|邮编|邮政编码|e-?mail|邮箱|电子邮箱)\s*[:：]\s*\S.{0,60}|(?:联系|咨询|服务|值班)?(?:电话|传真)\s*[:：]\s*[\d\s()（）+-]{7,30})$", re.IGNORECASE)
COUNTER = re.compile(r"(?!19|20)\d{4,9}")  # not 202072: a 成文日期 that lost its 年月日
ADDRESSED = re.compile(r"^(?:各位|尊敬的|亲爱的)")  # a salutation, read folded
COUNTER_UNIT = re.compile(r"[次人]")  # a counter's unit alone on the next line (浏览人次:0 / 次: cifst.org.cn)
RELATIVE_TIME = re.compile(r"\d{1,3}\s*(秒|分钟|小时|天|个月|年)前")  # 来源: 市政府办 / 1年前: when the page was posted, as of its visit (yanqitong.cn)
TEXT_OPENING = re.compile(r"[:：。！？!?]\s*[”」』)）]?\s*$")
PIPED_PIECES_MIN, PIPED_PIECES_MAX, PIPED_PIECE_MAX = 3, 6, 20
LIST_ITEM_NUMBER = re.compile(r"^\d{1,2}\.\s+")
NUMERIC_DATE = re.compile(r"(?<!\d)(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)")
DATED_FIELDS = {"written", "published", "effective", "promulgated"}  # a row with these dates the document, not the page
GLUED_LABEL_FIELDS = {"issuer", "doc_number", "written", "index_no"}  # labels that can only open a table row


@dataclass
class Chrome:
    """What the chrome said about the page, kept apart from the document."""

    kept: list[str]
    removed: list[str] = field(default_factory=list)
    truncated_by: str | None = None
    published: str | None = None
    original_name: str | None = None
    fields: dict[str, str] = field(default_factory=dict)  # the portal's metadata table
    headlines: list[str] = field(default_factory=list)  # lines printed right above a page stamp in the head


PAGE_NUMBER = re.compile(r"\d{1,3}")
TABLE_CELL_MAX = 12
TABLE_RUN_MIN = 4
TABLE_NUMBERS_MIN = 2


def prefaced_title(removed: list[str]) -> str | None:
    """The name a document-sharing site's preface gives the document (本站為你精心整理了落實有序供電工作通知范文,:
    sdfengxin.com; 下面是小编为大家整理的2023年在市十八届人大二次会议闭幕式上讲话,供大家参考。: bfdj6688.com), for
    a page that shows no title of its own."""
    for line in removed:
        folded = fold(line)
        if SITE_PREFACE.search(folded) and (match := PREFACE_NAMES.search(folded)):
            start = match.start("title")
            return line[start:start + len(match.group("title"))].strip()
    return None


def _matches(line: str, rule_list) -> bool:
    return any(rule.pattern.match(line) for rule in rule_list)


def iso(year: str, month: str, day: str) -> str | None:
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return None
    return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"


def _text_start(lines: list[str], at_opening: bool = False) -> int:
    """The first line of running text (a long line), or of its opening too (各单位:, a sentence)."""
    return next((index for index, line in enumerate(lines) if len(line) > TEXT_LINE_MIN or at_opening and TEXT_OPENING.search(line)), len(lines))


def scan_stamps(lines: list[str], stamps) -> tuple[str | None, str | None]:
    """The page's publish date and the sold file's name, wherever the site printed them."""
    published = original_name = None
    text_start = _text_start(lines)  # a notice naming the file may be that line
    for position, line in enumerate(lines):
        for rule in stamps:
            match = rule.pattern.match(line)
            if not match:
                continue
            found = match.groupdict()
            if found.get("published") and published is None:
                date = ISO_DATE.search(found["published"])
                published = iso(*date.groups()) if date else None
            if found.get("original_name") and original_name is None and position <= text_start:
                original_name = found["original_name"]  # below the text, a file name is a related-documents list
            if found.get("named_text") and original_name is None:
                original_name = found["named_text"]  # a line naming the page's own text, above it or under it
    return published, original_name


def portal_fields(line: str) -> dict[str, str]:
    """The label/value pairs of a portal's metadata table row (索 引 号：… 发文机关：…), by canonical name."""
    labels = rules.portal_labels()
    found = list(labels.pattern.finditer(fold(line)))
    if not found or found[0].start() != 0:
        return {}
    values = {}
    for position, match in enumerate(found):
        end = found[position + 1].start() if position + 1 < len(found) else len(line)
        name = labels.names[re.sub(r"\s+", "", match.group("label") or match.group("bracketed") or match.group("bare") or match.group("spaced") or match.group("alone"))]  # positions hold: folding keeps length
        values.setdefault(name, line[match.end():end].strip(" |│"))
    return values


def column_table(header: str, row: str) -> dict[str, str]:
    """A portal's metadata table set out in columns: a row of labels, then a row of their values
    (索引号 | 公开方式 | 发布机构 | / 116223010139324488/2010-00023 | 主动公开 | 凉州区张义镇人民政府 |: www.gsliangzhou.gov.cn)."""
    names = rules.portal_labels().names
    labels = [re.sub(r"\s+", "", fold(cell)) for cell in header.split("|") if cell.strip()]
    values = [cell.strip() for cell in row.split("|") if cell.strip()]
    if len(labels) < COLUMN_TABLE_MIN or len(labels) != len(values) or not all(label in names for label in labels):
        return {}
    return {names[label]: value for label, value in zip(labels, values)}


def _fits_field(name: str, value: str) -> bool:
    """Whether a line can be the value of a table label printed on the line above (发文字号: / 镇政发〔2024〕7号)."""
    from .title import DOC_NUMBER

    if len(value) > FIELD_VALUE_MAX or value[:1] in "（(" or "。" in value:
        return False
    if name == "doc_number":
        return bool(DOC_NUMBER.search(value))
    if name in ("written", "published", "posted"):
        return bool(ISO_DATE.search(value) or re.search(r"\d{4}年", value))
    if name == "index_no":
        return bool(re.fullmatch(r"[\w/.-]{6,40}", value))
    if name in ("issuer", "publisher", "subject", "category"):
        return len(value) <= SHORT_VALUE_MAX and not re.search(r"[，,。；;：:]", value)
    if name == "gazette_no":  # 6/2015: the issue of the year
        return bool(re.fullmatch(r"\d{1,3}/(?:19|20)\d{2}", value))
    if name == "pages":  # 2252-2253
        return bool(re.fullmatch(r"\d{1,5}(?:-\d{1,5})?", value))
    if name == "keywords":  # 体育　运动会　函: words apart, no sentence
        return bool(re.fullmatch(r"[\u4e00-\u9fff]{1,8}(\s+[\u4e00-\u9fff]{1,8}){1,8}", value))
    return False  # a title on the next line cannot be told from the title the text prints


def is_label_line(line: str) -> bool:
    """A line of page labels only (时间：2010-12-23 点击数：12), no document text."""
    pattern = rules.page_label_line()
    return bool(pattern.fullmatch(fold(line))) and not LONG_ORIGINAL_HEADLINE.match(fold(line))


def _only_a_date(line: str) -> bool:
    return bool(ISO_DATE.fullmatch(line) or DATE_TIME_LINE.fullmatch(line))


def _dated_items_end(lines: list[str], start: int) -> int:
    """The last line of the items listed from `start`, each a linked title and its date on the next
    line (图文解读：《……统计公报》 / 2023-07-12: www.wanzai.gov.cn); start - 1 when none."""
    end = start - 1
    while end + 2 < len(lines) and _only_a_date(lines[end + 2].strip()) and len(lines[end + 1]) <= RELATED_ITEM_MAX:
        end += 2
    return end


def is_stamp_line(line: str) -> bool:
    """A line of page labels, listed or built from a label head (更新日期：2024-01-12 录入者：未知), also as an item of a
    numbered list (1. 发布时间:2024-01-29 / 2. 来源:……: ningdong.nx.gov.cn).
    Only asked of lines above or below the text: inside it the same shapes are the document's own."""
    line = LIST_ITEM_NUMBER.sub("", line)
    if ADDRESSED.match(fold(line.strip())):
        return False  # 各位读者: above a library's notice is whom it addresses, no 读者 label (csxlib.com)
    return is_label_line(line) or bool(rules.page_stamp_line().fullmatch(fold(line))) or _is_piped_stamp(line)


def _dated_clock_stamp(line: str) -> bool:
    """A short line with a posting day and time (DATED_CLOCK) after a few words at most: who posted it, a label; a headline
    with its day and time glued on is a headline (关于公布东营市第六届中小学生读书系列活动 2015-02-28 10:05:00: sdgryz.30edu.com.cn)."""
    clock = DATED_CLOCK.search(line)
    return (bool(clock) and len(line.strip()) <= DATED_CLOCK_LINE_MAX and not ends_sentence(line)
            and len(HAN.findall(line[:clock.start()])) <= DATED_CLOCK_WORDS_MAX)


def _is_piped_stamp(line: str) -> bool:
    """A row of short pieces apart by pipes, with the posting day and a labelled counter among them: who posted
    what in which column (轉知 蕭夙君 - 人事 | 2025-10-07 | 點閱數: 41: www.kbes.tn.edu.tw)."""
    pieces = [piece.strip() for piece in re.split(r"[|｜]", line)]
    return (
        PIPED_PIECES_MIN <= len(pieces) <= PIPED_PIECES_MAX
        and all(0 < len(piece) <= PIPED_PIECE_MAX for piece in pieces)
        and any(NUMERIC_DATE.fullmatch(piece) for piece in pieces)
        and any(is_stamp_line(piece) for piece in pieces)
    )


def is_navigation(line: str) -> bool:
    """A breadcrumb or menu: several short segments between separators (首页 >> 公开信息内容; 新闻 | 政务 | 服务);
    not a row of a portal's table apart by pipes (索引号 | 620702069/2023-00096 | 发文字号 | 号: www.gsgz.gov.cn), nor a
    page's stamp so apart (发表时间: | 来源:本站原创 | 浏览:, under the headline: www.jllydj.gov.cn)."""
    if portal_fields(line) or is_stamp_line(line):
        return False
    if column := COLUMN_AND_POSITION.match(fold(line)):  # matched folded: 您當前所在的位置 as well (folding keeps every character's place)
        line = line[column.end():]
    labelled = POSITION_LABEL.match(fold(line))
    line = line[labelled.end():] if labelled else line
    segments = [segment for segment in NAVIGATION_SEPARATORS.split(line) if segment]
    separators = len(NAVIGATION_SEPARATORS.findall(line))
    return separators >= 1 and len(segments) >= (1 if labelled else 2) and all(len(segment) <= NAVIGATION_SEGMENT_MAX for segment in segments) and (
        bool(labelled) or fold(segments[0]) in ("首页", "主页", "网站首页") or bool(re.fullmatch(POSITION_WORDS, fold(segments[0])))
        or separators >= 2 and bool(re.search(r"(>|»|›|＞)", line))
        or len(segments) >= MENU_ITEMS_MIN and bool(re.search(r"[|｜]", line))
    )


def is_menu_row(line: str) -> bool:
    """A site's menu printed as one row of labels apart by spaces (聯絡我們 實時資訊 網上系統 自助服務機 ……: www.fsm.gov.mo;
    首页 法院概况 机构设置 新闻中心 ……: shwk.hljcourt.gov.cn): many items, each a few words with no mark of a sentence, most
    of them longer than a name (a row of names, 王伟 李强 ……, lists people)."""
    items = line.split()
    if items and items[0] in HOME_LABELS and 2 <= len(items) <= MENU_ROW_LABELS_MIN and not SENTENCE_MARK.search(line):
        return all(len(item) <= MENU_ROW_LABEL_MAX and HAN.search(item) for item in items)  # a breadcrumb from the home page, apart by spaces (网站首页 专题 详情: www.lsxw.net.cn)
    return (
        len(items) >= MENU_ROW_LABELS_MIN
        and all(2 <= len(item) <= MENU_ROW_LABEL_MAX and HAN.search(item) for item in items)
        and not SENTENCE_MARK.search(line)
        and 2 * sum(len(item) >= LONGER_THAN_A_NAME for item in items) >= len(items)
    )


def is_button_row(line: str) -> bool:
    """A row of bracketed buttons (【打印】【关闭】, [ 收藏 ] [ 打印 ]), none longer than a few words."""
    return bool(BUTTON_ROW.fullmatch(line))


def is_buttons_and_labels(line: str) -> bool:
    """Buttons and page labels run together on one line, with a button cut off at either end
    (以稿换稿】【收藏】 作者: 佚名 来源: 作者原创 阅读 次 【 】【加入会员: www.wmjy.net)."""
    if "【" not in line and "[" not in line:
        return False
    rest = ORPHAN_BUTTON_END.sub("", ORPHAN_BUTTON_START.sub("", BUTTON_ROW.sub(" ", line))).strip()
    return rest != line.strip() and (not rest or is_label_line(rest))


def is_furniture_without_text(line: str) -> bool:
    """A short line with no Chinese at all (print, text_rotate_vertical, ©2020, | ) or a copyright notice."""
    no_text = len(line) <= NO_TEXT_LINE_MAX and not HAN.search(line) and bool(re.search(r"[A-Za-z©|｜•·!\[\]~<>`?？\-—/]", line))  # numbers alone may be a table's; 24 ~ 27 is a weather widget's (www.tainan.gov.tw); ?, - or / alone a lost icon, rule or link (www.liufangtea.com, rfb.lishui.gov.cn, xxgk.jcivt.edu.cn)
    page_number = bool(PAGE_NUMBER.fullmatch(line))  # a page or day number left on its own line
    ornament = bool(re.fullmatch(r"[^\w\s]{1,4}", line))  # ❖ set as a rule between parts (www.ycph.com)
    rule = bool(RULE_LINE.fullmatch(line.strip()))
    return no_text or page_number or ornament or rule or bool(COPYRIGHT.search(line) and len(line) <= COPYRIGHT_LINE_MAX)


def is_url_line(line: str) -> bool:
    """An address with at most a few words beside it (the site's name, a dateline), or with a date and the
    page's buttons (http://www.daishan.com 岱山新闻网 2018年7月14日 10:05 放大 正常 缩小 打印), and a labelled source
    (中阳县政府 www.sxzhongyang.gov.cn 2025-03-21 09:27 来源:中阳县融媒体中心 放大 正常 缩小)."""
    if not URL.search(line):
        return False
    dated = bool(ISO_DATE.search(line))
    rest = ISO_DATE.sub("", URL.sub("", line))
    rest = LABELLED_SOURCE.sub("", fold(rest)) if dated else rest
    rest = re.sub(r"\d{1,2}:\d{2}(:\d{2})?", "", rest)
    return len(HAN.findall(rest)) <= (DATED_URL_LINE_HAN if dated and not re.search(r"[，,。；;]", rest) else SHORT_CHROME_HAN)


def is_site_name_line(line: str) -> bool:
    """A line that only names the site (道客巴巴, 原创力文档 max.book118.com)."""
    rest = line
    for _, signatures in rules.sites():
        for signature in signatures:
            rest = rest.replace(signature, "")
    return rest != line and not re.sub(r"[\s|｜·:：/\-]+", "", rest)


def strip_chrome(lines: list[str], keep_captions: bool = False) -> Chrome:
    """Drop chrome lines and blocks; read the stamps and the portal table; stop at a marker that ends the document.
    keep_captions: photos' captions stay (a page of photos has no other text)."""
    boilerplate = rules.boilerplate()
    published, original_name = scan_stamps([fold(line) for line in lines], boilerplate.stamps)
    if lines and (stored := STORED_DATE.match(lines[0])):
        published = published or stored.group("date")
        lines = [lines[0][stored.end():], *lines[1:]]
    chrome = Chrome(kept=[], published=published, original_name=original_name)
    lines = _drop_menus(_drop_menu_labels(lines, chrome), chrome)
    if not keep_captions:
        lines = _drop_gallery_captions(lines, chrome)
    head = _head_end(lines)
    lines = _drop_site_header(_split_glued_labels(lines[:head]) + lines[head:], chrome)
    text_seen = 0
    opened = False  # the text has begun: a salutation or 主送 line (各单位：) or a sentence was kept
    after_stamp = False  # stamps come together: 發布日期:… / 截止日期:… under a heading that is a sentence (hike.taiwan.gov.tw)
    in_block = False
    top = next((line.strip() for line in lines if line.strip()), "")
    dated_by_issue_line = bool(ISSUE_DATE.fullmatch(top)) and chrome.published in (None, stamp_date(top))  # the page dated by a day alone at its very top
    pending_label: str | None = None
    listed_under: str | None = None  # a label whose value is a list of items on the lines under it (相關法規 :)
    label_awaits_value = False  # 责编: alone on its line, its value on the next (ahnews.com.cn)
    crumbs: set[str] = set()  # the sections a breadcrumb named
    skip_until = -1  # lines taken with the one above them: a related list's items and dates, a column table's values
    table_cells = _lone_numbers_among_cells(lines)
    dated_links = _dated_links(lines)
    printed_before = 0  # lines not empty above this one: a copy may put one empty line between lines, or two, or none
    for position, line in enumerate(lines):
        printed_before += bool(position) and bool(lines[position - 1])
        if position <= skip_until or position in dated_links:
            chrome.removed.append(line)
            continue
        if in_block:
            if not line or NUMBERED_ITEM.match(line):
                chrome.removed.append(line)
                continue
            in_block = False
        if not line:
            continue
        in_head = text_seen < TEXT_BEFORE_END_MARKER
        if label_awaits_value:
            label_awaits_value = False
            if in_head and _is_stamp_value(line):
                chrome.removed.append(line)
                continue
        if listed_under is not None:
            if LISTED_ITEM.search(line):
                chrome.removed.append(line)
                continue
            listed_under = None
        if pending_label and in_head:
            if not portal_fields(line) and _fits_field(pending_label, line):
                chrome.fields.setdefault(pending_label, line)
                chrome.removed.append(line)
                pending_label = None
                continue
            pending_label = None
        if labels := TRAILING_EMPTY_LABELS.search(line):
            chrome.removed.append(labels.group(0).strip())
            line = line[: labels.start()]
        folded = fold(line)
        if not in_head and _matches(folded, boilerplate.end_markers):
            chrome.removed.extend(line for line in lines[position:] if line)
            break
        marker = next((match for rule in boilerplate.truncation_markers if (match := rule.pattern.search(folded))), None)
        if marker and len(line) <= 30:
            chrome.truncated_by = line
            chrome.removed.append(line)
            continue
        if marker:  # a cut-off notice inside a paragraph: the text around it is the document's
            chrome.truncated_by = marker.group(0)
            chrome.removed.append(marker.group(0))
            line = (line[: marker.start()] + line[marker.end():]).strip()
            folded = fold(line)
        if in_head and position + 1 < len(lines) and (columns := column_table(line, lines[position + 1])):
            for name, value in columns.items():
                chrome.fields.setdefault(name, value)
            chrome.removed.append(line)
            skip_until = position + 1  # the row of values goes too
            continue
        if in_head and not opened and RELATED_LIST.match(folded):
            chrome.removed.append(line)
            skip_until = _dated_items_end(lines, position + 1)
            continue
        if _matches(folded, boilerplate.block_starts):
            in_block = True
            chrome.removed.append(line)
            continue
        if in_head and not opened and fold(line.strip()) in crumbs and not _stamp_follows(lines, position):
            chrome.removed.append(line)  # 當前位置:首頁 > 新聞資訊 > 本地要聞 / 本地要聞: the column's name as its heading (www.mississippipowerwasher.com)
            continue
        table_row = portal_fields(line) if in_head or printed_before < TABLE_LINES else {}
        stamp_line = is_stamp_line(line)
        if in_head and not opened and chrome.kept and (stamp_line or SOURCE_LED_STAMP.fullmatch(line) or is_url_line(line) and ISO_DATE.search(line)):
            chrome.headlines.append(chrome.kept[-1])  # a page prints its headline, then who posted it when (or its address and date: www.daishan.com)
        if table_row:
            for name, value in table_row.items():
                if value:
                    chrome.fields.setdefault(name, value)
            last_name = list(table_row)[-1]
            pending_label = last_name if not table_row[last_name] and len(table_row) == 1 else None
            listed_under = pending_label if pending_label in LISTED_FIELDS else None
            if chrome.published is None and not DATED_FIELDS & set(table_row) and (is_stamp_line(line) or not opened and rules.page_date_label().search(folded)):
                chrome.published = stamp_date(line)  # 来源:徽商集团网 时间:2019-10-31 浏览量:2850 (huishang.com.cn)
            chrome.removed.append(line)
            after_stamp = True
            continue
        head_stamp = (
            bool(DATE_TIME_LINE.fullmatch(line) or DATE_LED_STAMP.fullmatch(line) or SOURCE_LED_STAMP.fullmatch(line) or COLUMN_DATE_STAMP.fullmatch(line) or _is_label_row(line)
                 or _dated_clock_stamp(line))
            and (not opened or len(chrome.kept) <= HEADLINE_LINES)
            or not chrome.kept and bool(ISSUE_DATE.fullmatch(line.strip()))
            or in_head and after_stamp and bool(COUNTER.fullmatch(line.strip()) or RELATIVE_TIME.fullmatch(line.strip()) or COUNTER_UNIT.fullmatch(line.strip()))  # 发布日期:2017-08-02 17:25:01 / 14739: a counter's value (swj.shangluo.gov.cn)
        )
        stamp = stamp_line or head_stamp
        closed_up = _closed_up(folded)
        if position in table_cells and PAGE_NUMBER.fullmatch(line):
            chrome.kept.append(line)  # 40 / 2 / 40 / 合 计 / 80: an amount in a table's cells, not a page number (xxgk.zhoushan.gov.cn)
            continue
        if opened and not in_head and chrome.kept and _signs(chrome.kept[-1]) and _only_a_date(line.strip()):
            chrome.kept.append(line)  # 学生工作处 / 2018-5-21: the date of the signature above it, not a page's stamp (xgc.qchm.edu.cn)
            continue
        if _is_chrome_line(folded, in_head, boilerplate, keep_captions) or closed_up != folded and _is_chrome_line(closed_up, in_head, boilerplate, keep_captions) or in_head and ((not opened or after_stamp or _under_headline(chrome.kept)) and stamp or head_stamp):
            if chrome.published is None and (stamp or is_url_line(line) or in_head and NUMERIC_DATE.search(line) or not opened and rules.page_date_label().search(folded)):
                chrome.published = stamp_date(line)  # also the date of any chrome above the text: • 2026-01-22 发布于四川 (max.book118.com)
            elif dated_by_issue_line and chrome.kept and DATE_TIME_LINE.fullmatch(line) and (posted := stamp_date(line)):
                chrome.published, dated_by_issue_line = posted, False  # the day above the site's menu is the day it was read (2025年12月16日 星期二); the stamp under the headline is the report's (www.lsxw.net.cn)
            chrome.removed.append(line)
            if is_navigation(line):
                crumbs.update(fold(segment.strip()) for segment in NAVIGATION_SEPARATORS.split(line)[1:] if segment.strip())
            after_stamp = stamp
            label_awaits_value = bool(LONE_SOURCE_LABEL.fullmatch(folded))
            continue
        after_stamp = False
        chrome.kept.append(line)
        text_seen += len(line)
        opened = opened or bool(TEXT_OPENING.search(line))
    chrome.kept, below = _without_stamps_below_text(chrome.kept)
    chrome.removed.extend(below)
    chrome.published = chrome.published or next((stamp_date(line) for line in below if _only_a_date(line.strip()) or _dated_stamp(line)), None)
    return chrome


def _dated_stamp(line: str) -> bool:
    """A page stamp under the text that labels its date as the page's (最後修改日期 2020/10/19 下午 04:25:10: www.tncc.gov.tw),
    also in the Republic-of-China calendar (上版日期:112-02-04: kccad.kinmen.gov.tw)."""
    folded = fold(line)
    return is_stamp_line(line) and bool(rules.page_date_label("[:：]?").search(folded) or rules.page_date_label("[:：]?", ROC_YEAR).search(folded))


def _stamp_follows(lines: list[str], position: int) -> bool:
    """Whether the next line printed is a page stamp: the line above it is the page's headline, even when
    the breadcrumb ends with the same words (首页 > …… > 市长欢迎词 / 市长欢迎词 / 2008-06-10 来源: 点击:: www.zhishi5.com)."""
    following = next((line for line in lines[position + 1:] if line), "")
    return is_stamp_line(following)


def _is_label_row(line: str) -> bool:
    """A row of a page's own labels and short values, whatever the labels are (範疇: 年度報告 發佈方式: 新聞稿:
    www.ccac.org.mo; 類 別:保險法規文 號:……頒發日期:1996-05-06: www.wangstar.com)."""
    return len(line) <= LABEL_ROW_MAX and "。" not in line and len(LABEL_PAIR.findall(line)) >= LABEL_ROW_PAIRS


def _is_stamp_value(line: str) -> bool:
    """A short line that can be a page label's value: a name, a few names, a source (田宣; 纵强 许梦源 张波)."""
    return len(line) <= SHORT_VALUE_MAX and not re.search(r"[。，,；;！!？?:：]", line) and not is_stamp_line(line)


def _without_stamps_below_text(lines: list[str]) -> tuple[list[str], list[str]]:
    """Page stamps, credits, tags and related-article lists printed after the text's last sentence (发布者：系统管理员 / 点击次数：622)."""
    last_sentence = max((position for position, line in enumerate(lines) if ends_sentence(line)), default=None)
    if last_sentence is None:
        return lines, []
    below = lines[last_sentence + 1:]
    kept, stamps = lines[: last_sentence + 1], []
    below_text = rules.boilerplate().below_text
    after_credit = signed = False
    for position, line in enumerate(below):
        folded = fold(line)
        if kept[-1] is not lines[last_sentence] and _signs(kept[-1]) and _only_a_date(line.strip()):
            kept.append(line)  # the signature's date (学生工作处 / 2018-5-21)
            signed = True
            continue
        credit = bool(STAFF_CREDIT.match(folded) or BRACKETED_CREDIT.match(folded) or _closing_credit(folded) or names_alone(line))
        following = fold(below[position + 1]) if position + 1 < len(below) else ""
        credit = credit or bool(NEWS_OFFICE.fullmatch(folded.strip()) and STAFF_CREDIT.match(following))  # 环资团学新闻中心 / 葛婧婧/图文 (tw.zafu.edu.cn)
        page_part = (
            is_stamp_line(line) or COUNTER.fullmatch(line) or credit or any(rule.pattern.match(folded) for rule in below_text)
            or after_credit and _only_a_date(line.strip())  # 文、图/李丹利 / 责任编辑:李丹利 / 2017年8月18日: the day it was posted (www.pdsdsgz.cn)
            # the site's contacts under the signed and dated text (惠州仲恺高新区人民医院 / 2020年4月9日 / 地址:…… / 联系电话:0752-5750880 /
            # E-mail:……: hzzkrmyy.com); not a reply's contact person (联系人及电话:杨谦堂 15126801666: ynmg.gov.cn)
            or signed and bool(SITE_CONTACT.match(folded.strip()))
        )
        after_credit = bool(page_part) and (credit or after_credit)
        (stamps if page_part else kept).append(line)
    return kept, stamps


def _under_headline(kept: list[str]) -> bool:
    """Whether only a headline stands above, though it ends as a sentence does (会前涨知识丨党代会是什么会?: www.zjstv.com);
    not a 主送 line (各单位:), after which the text's own labelled lines begin."""
    return len(kept) <= HEADLINE_LINES and not any(line.rstrip().endswith((":", "：")) for line in kept)


def _signs(line: str) -> bool:
    """A body's name alone on a short line, as a signature under a text is (学生工作处), not a person's."""
    line = line.strip()
    return len(line) <= SIGNATURE_NAME_MAX and bool(SIGNATURE_NAME.fullmatch(line)) and (is_body_name(line) or line.endswith(ORGAN_ENDINGS))


def _closing_credit(folded: str) -> bool:
    return bool(match := CLOSING_BRACKETS.match(folded)) and not gazetteer.starts_with_place(match.group("words").strip())


def _closed_up(line: str) -> str:
    """A line printed with a space between every two characters, closed up (吉 林 城 乡 网 版 权 所 有 , 未 经 书 面 授 权 禁 止 使 用:
    www.jlncb.cn); any other line as it is."""
    return line.replace(" ", "") if SPACED_LINE.fullmatch(line) else line


def _lone_numbers_among_cells(lines: list[str]) -> set[int]:
    """Positions of numbers alone on their lines inside a run of short lines that holds several of them: a table's
    cells set one a line (序号 / 单位 / 金额(万元) / 1 / 定海区 / 40 / 2 / 普陀区 / 40 / 合 计 / 80: xxgk.zhoushan.gov.cn),
    where a page number stands between paragraphs and a comment counter alone among buttons (责编:李亮 / 0 / 我要评论)."""
    filled = [position for position, line in enumerate(lines) if line.strip()]
    found: set[int] = set()
    run: list[int] = []
    for position in [*filled, None]:
        if position is not None and len(lines[position].strip()) <= TABLE_CELL_MAX:
            run.append(position)
            continue
        numbers = [cell for cell in run if PAGE_NUMBER.fullmatch(lines[cell].strip())]
        if len(run) >= TABLE_RUN_MIN and len(numbers) >= TABLE_NUMBERS_MIN:
            found.update(numbers)
        run = []
    return found


def _dated_links(lines: list[str]) -> set[int]:
    """Positions of the items of a list of links, each a title with its day after it, DATED_LINKS_MIN or more one under
    another (- 教育部办公厅关于开展全国示范性特色学校创建的通知2025-11-14 / - 教育部等七部门关于……的意见2025-11-13: hbjxjy.org);
    a text does not end line after line with a day."""
    filled = [position for position, line in enumerate(lines) if line.strip()]
    found: set[int] = set()
    run: list[int] = []
    for position in [*filled, None]:
        if position is not None and DATED_LINK.fullmatch(lines[position].strip()):
            run.append(position)
            continue
        if len(run) >= DATED_LINKS_MIN:
            found.update(run)
        run = []
    return found


def _head_end(lines: list[str]) -> int:
    """Where the page's head ends: after its first HEAD_LINES lines that are not empty, however many empty lines a
    copy puts between them."""
    printed = [position for position, line in enumerate(lines) if line]
    return printed[HEAD_LINES - 1] + 1 if len(printed) >= HEAD_LINES else len(lines)


def _is_chrome_line(line: str, in_head: bool, boilerplate, keep_captions: bool = False) -> bool:
    return (
        _matches(line, boilerplate.stamps)
        or is_site_name_line(line)
        or is_navigation(line)
        or is_menu_row(line)
        or is_button_row(line)
        or is_buttons_and_labels(line)
        or is_furniture_without_text(line)
        or is_url_line(line)
        or is_label_line(line)
        or in_head and bool(EMPTY_LABELS.fullmatch(line))  # below the text, 姓名: 性别: may be a form's
        or any(rule.pattern.match(line) and (in_head or not rule.head_only) and not (keep_captions and rule.caption) for rule in boilerplate.drop_lines)
    )


def _split_glued_labels(lines: list[str]) -> list[str]:
    """A portal label printed on the title's line (……其組織即為合 法 發文機關:法務部) starts a line of its own, and so
    does the page's stamp run on after the headline (……郑景亮总校长致开幕词发表时间:2022-06-23 09:58: www.asjnu.com), and the text
    after a stamp that opens its line."""
    split: list[str] = []
    for line in lines:
        if (opening := STAMP_BEFORE_TEXT.match(fold(line))) and len(line) - opening.end() > STAMP_TAIL_MAX:
            split.extend([line[: opening.end()], line[opening.end():].strip()])  # the page's stamp, then its whole text flattened onto one line
            continue
        stamp = GLUED_STAMP.search(fold(line))
        if stamp and HEADLINE_BEFORE_STAMP.fullmatch(line[: stamp.start()].strip()) and len(line) - stamp.start() <= STAMP_TAIL_MAX:
            split.extend([line[: stamp.start()].strip(), line[stamp.start():]])
            continue
        portal = rules.portal_labels()
        labels = [
            match for match in portal.pattern.finditer(fold(line))
            if match.group("label") and match.start() > 0 and line[match.start() - 1] == " " and portal.names[re.sub(r"\s+", "", match.group("label"))] in GLUED_LABEL_FIELDS
        ]
        if labels and not portal_fields(line):
            split.extend([line[: labels[0].start()].strip(), line[labels[0].start():]])
        else:
            split.append(line)
    return split


SIGNATURE_NAME = re.compile(r"[\u4e00-\u9fff()（）]{4,}")
NEWS_OFFICE = re.compile(r"[\u4e00-\u9fff]{1,12}(?:新闻中心|融媒体中心|记者团|新闻社)")  # whose staff the credit under it names
ORGAN_ENDINGS = tuple("处局办委院会部室厅司所站队校")
SIGNATURE_NAME_MAX = 30
STAMP_TAIL_MAX = 60  # the stamp and its buttons; a line that goes on into the text is another layout (……巡查 来源:…… 发布时间:…… 为更好的……)
GLUED_STAMP = re.compile(r"(?:发布|发表|发稿|更新)(?:时间|日期)\s*[:：]\s*(?:19|20)\d{2}\s*[-/.年]")  # read folded
# a stamp opening a line that goes on into the text after a space (发表时间:2015-10-22 10:05 各县(市、区)体育局……: smsltx.com)
STAMP_BEFORE_TEXT = re.compile(r"(?:发布|发表|发稿|更新)(?:时间|日期)\s*[:：]\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?=\s)")
# a headline: no sentence, no label opening it (来源:……), no site's address (沅陵县人民政府门户网站 www.yuanling.gov.cn)
HEADLINE_BEFORE_STAMP = re.compile(r"(?![\u4e00-\u9fff\s]{1,6}[:：])(?!.*(?:www\.|https?:))[^。!！?？]{6,100}")


def _is_menu_item(line: str) -> bool:
    item = MENU_NUMBER.sub("", line)
    longest = NUMBERED_MENU_ITEM_MAX if item != line else MENU_ITEM_MAX
    return 0 < len(item) <= longest and not re.search(r"[。，,；;：:！!？?]", item) and not heading_marker(item)


def _drop_menu_labels(lines: list[str], chrome: Chrome) -> list[str]:
    """A menu's heading above its row of items (乡镇巡礼: / 高亭镇  衢山镇 东沙镇 ……: www.daishan.com) is the site's;
    a label over a list is the text's only when it addresses someone (各乡镇:)."""
    content = [index for index, line in enumerate(lines) if line]
    drop = {
        index for index, following in zip(content, content[1:])
        if MENU_LABEL.match(lines[index]) and not lines[index].startswith(("各", "致"))
        and not rules.known_label_head(lines[index].rstrip(":： "))  # 责编: / 纵强 许梦源 张波: a label and its names (ahnews.com.cn)
        and len(items := lines[following].split()) >= MENU_ROW_ITEMS and all(_is_menu_item(item) and len(item) <= MENU_ROW_ITEM_MAX for item in items)
    }
    chrome.removed.extend(lines[index] for index in sorted(drop))
    return [line for index, line in enumerate(lines) if index not in drop]


def _drop_gallery_captions(lines: list[str], chrome: Chrome) -> list[str]:
    """A gallery's captions, each printed twice in a row (once as the image's text, once under it), two photos or more
    (孫中山先生逝世紀念儀式,全體肅立齊唱中華民國國歌 / the same / 全體在孫中山銅像前合照留影 / the same ……: ocacnews.net).
    One line printed twice is a title's two copies, and stays."""
    content = [index for index, line in enumerate(lines) if line]
    drop: set[int] = set()
    run: list[int] = []  # positions in content where a caption's first copy stands
    position = 0
    while position <= len(content):  # one step past the end closes the last run
        if position + 1 < len(content) and lines[content[position]] == lines[content[position + 1]] and HAN.search(lines[content[position]]):
            run.append(position)
            position += 2
            continue
        if len(run) >= GALLERY_PHOTOS_MIN:
            drop.update(content[at] for start in run for at in (start, start + 1))
        run = []
        position += 1
    chrome.removed.extend(lines[index] for index in sorted(drop))
    return [line for index, line in enumerate(lines) if index not in drop]


def _drop_menus(lines: list[str], chrome: Chrome) -> list[str]:
    """A site's menu above the text: a long run of short items, one per line, numbered or not
    (首页 / 要闻动态 / 政务公开 ...: www.nmg.gov.cn; 1. 目录 / 2. 旗人民政府 ...: www.wlthq.gov.cn).
    A chapter list (第一章 总则) is the document's own and is not an item."""
    content = [index for index, line in enumerate(lines[: _text_start(lines, at_opening=True)]) if line]  # a list of names under 各单位: is the text's
    drop: set[int] = set()
    run: list[int] = []
    for index in [*content, None]:
        if index is not None and _is_menu_item(lines[index]):
            run.append(index)
            continue
        if len(run) >= MENU_RUN_MIN:
            drop.update(run)
        run = []
    chrome.removed.extend(lines[index] for index in sorted(drop))
    return [line for index, line in enumerate(lines) if index not in drop]


def _drop_site_header(lines: list[str], chrome: Chrome) -> list[str]:
    """The site's name printed above its breadcrumb (牟定县人民政府 / 首页 >> 公开信息内容) is chrome; so is a longer
    header of short lines above a breadcrumb that says it is one (关于我们 产品中心 / 咨询热线: / …… / 新闻动态 /
    当前位置:主页 > 新闻动态 >: smlinmu.com)."""
    content = [index for index, line in enumerate(lines) if line]
    for rank, index in enumerate(content[:SITE_HEADER_LINES_LABELLED + 1]):
        if rank > SITE_HEADER_LINES and not re.match(POSITION_WORDS, fold(lines[index].strip())):
            continue
        if is_navigation(lines[index]) and rank > 0:
            header = [lines[earlier] for earlier in content[:rank]]
            if all(len(line) <= SITE_HEADER_MAX for line in header):
                chrome.removed.extend(header)
                return lines[index:]
            break
    return lines


def stamp_date(line: str) -> str | None:
    """A date in a page stamp: 2018-04-12, 2018年4月12日, or the Republic-of-China 107-04-12."""
    if date := ISO_DATE.search(line):
        return iso(*date.groups())
    if date := ROC_SHORT_DATE.search(line) or ROC_WRITTEN_DATE.search(line):
        year, month, day = date.groups()
        if len(year) == 2 and int(year) < ROC_YEAR_OF_THE_WEB:
            return iso(f"20{year}", month, day)  # 时间:17-09-26 09:37:03 is 2017 (ahcfrcb.com): no page was stamped in ROC 17 (1928)
        return iso(str(int(year) + ROC_OFFSET), month, day)
    return None


def detect_site(raw_text: str) -> str | None:
    for site, signatures in rules.sites():
        if any(signature in raw_text for signature in signatures):
            return site
    return None
