"""The parts of a document around its text, by their form (GB/T 9704-2012 for a 公文, bylines for speeches).

Above the text: 份号/密级/紧急程度, the issuer's mark (某某文件), 发文字号, 签发人,
the title, a subtitle (——在……上的讲话), bylines (speaker, office, date), a law's
note of adoption. Below it: the issuer's signature and the 成文日期 (kept in the
text, where they stand, and read as metadata), 附注, and the 抄送/印发 lines
(metadata, not text).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..bodies import is_body_name, named_bodies
from .. import rules
from ..folding import fold
from ..names import LECTURER, STAFF_CREDIT, is_bare_office, is_office_and_name, name_then_post, names_alone
from .lines import ARTICLE_START, CHINESE_YEAR, HAN, ROC_DAY, ROC_ERA, WEEKDAY, ends_sentence, heading_marker
from .paragraphs import DATE_ONLY, SALUTATION, is_byline, split_after_note, split_subtitles
from .title import MEETING_PEOPLE_FIELD, genre_word_at_end, is_attendance_line, news_word_at_end, rejects, DATELINE, DOC_NUMBER, DOC_NUMBER_LINE, HEAD_MESSAGE, NAME_ONLY, REPORTER_FROM, SOURCE_NAME, SPEECH, SUBHEADLINE_MAX, SUBTITLE, TITLE_MAX, TitleChoice, choose_title, clean_title, glued_title_end, printed, squeezed

BODY_PARAGRAPH_MIN = 80
SHORT_SENTENCE_MIN = 20
PERIOD_AT_END = re.compile(r"。\s*[」”』]?$")  # a headline may end with ! (……宏伟目标,奋进!: mrdx.cn); text ends with 。
PROMULGATING_TEXT = re.compile(  # the order that puts rules in force, their text's first paragraph (现发布《……办法》,自发布之日起施行。: law.infoeach.com)
    r"^(?:现[予将]?(?:发布|公布|印发)|《[^》]{2,80}》已经)[^。]{0,160}(?:施行|执行|发布|公布)。$"
)
ANNOUNCES_TEXT = re.compile(r"^[^。，,]{0,12}如下\s*[:：]$")
BRACKETED_BODY = re.compile(r"^[（(]\s*([^（）()\s]{2,30})\s*[)）]$")
NEWS_OUTLET = re.compile(r"[\u4e00-\u9fff]网站$")
RECIPIENTS = re.compile(r"^[^。！？]{2,200}[:：]$")
SECRECY = re.compile(r"^(\d{6}|[★\s]*(绝密|机密|秘密)[★\s\d年]*|特急|加急|特提|平急|紧急)$")
SIGNER = re.compile(r"^签发人\s*[:：]")
TABLE_OF_CONTENTS = re.compile(r"^\s*目\s*[录次]\s*$")  # under a law's title and note, 目  录 opens its text (www.html360.com 汕尾市制定地方性法规条例), not a spaced name
SPACED_NAME = re.compile(r"^[\u4e00-\u9fff](\s+[\u4e00-\u9fff]){1,3}$")
BRACKETED_NAME = re.compile(r"^[（(]\s*([\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3})\s*[)）]$")
DASHED_NAME = re.compile(r"^(?:——|—)\s*([\u4e00-\u9fff]{2,4})$")
DATE_THEN_NAME = re.compile(r"^[（(]\s*[^()（）]{6,16}日\s*[)）]\s*([\u4e00-\u9fff]{2,4})$")  # (2004年8月22日)胡锦涛
DATE_TEXT = re.compile(
    r"((?:19|20)\d{2}|" + CHINESE_YEAR + r")\s*年\s*([\d一二三四五六七八九十]{1,3})\s*月(?:\s*([\d一二三四五六七八九十廿卅]{1,3})\s*日)?"
    r"|" + ROC_ERA + r"\s*(\d{2,3}|[一二三四五六七八九十〇零]{1,4})\s*年\s*([\d一二三四五六七八九十]{1,3})\s*月(?:\s*([\d一二三四五六七八九十廿卅]{1,3})\s*日)?"  # 中華民國九十三年二月二十日 (pma.gov.taipei), 七月廿八日 (www.tienti.tw)
    r"|" + ROC_DAY
)
# or 20221014 (jw.whxy.edu.cn), or 2018-5-21 (xgc.qchm.edu.cn), or with dots or 、 (2017.10.31: ald.sumhs.edu.cn; 2009、2、23: www.hqc.sdu.edu.cn); with its weekday under a press release (2022年6月22日(星期三): sc.isd.gov.hk)
SIGNED_DATE = re.compile(rf"^[（(]?\s*(?:{DATE_TEXT.pattern}|(?:19|20)\d{{2}}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|(?:19|20)\d{{2}}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])|(?:19|20)\d{{2}}\.(?:0?[1-9]|1[0-2])\.(?:0?[1-9]|[12]\d|3[01])|(?:19|20)\d{{2}}、(?:0?[1-9]|1[0-2])、(?:0?[1-9]|[12]\d|3[01]))\s*[)）]?(?:\s*{WEEKDAY})?$")
DATED_BODY = re.compile(rf"^[（(]\s*(?:{DATE_TEXT.pattern})\s+(?P<body>[\u4e00-\u9fff]{{2,30}})\s*[)）]$")
# 至2021年9月3日的修訂本: a version note (www.legco.gov.hk); a note of several lines, each closing with ; or 。 (www.whla.org.cn); the articles
# an amendment changed (中華民國101年6月4日府授法規字第1010093269號令修正公布第13、19、25條條文: civil.taichung.gov.tw)
LAW_NOTE = re.compile(r"(通过|修正|修订|公布|发布|施行|实施|批准|生效)(?:第[\d、,，及]{1,40}条(?:条文)?|本|版)?(?:[;；]|。?[)）])?$")
CC_LINE = re.compile(r"^(抄\s*送|抄\s*报|分\s*送|发\s*送|正\s*本|副\s*本)\s*[:：]")  # matched in Simplified form: 正本/副本 of a Taiwan 函; spaced out as 抄 報: (usqcn.com)
# 版记: ……印发 / 共印5份 (www.yangxian.gov.cn); the office on a line of its own above its day (甘肃省农牧厅办公室 / 2017年8月25日印发: 635700.com)
DATE_FIRST_PRINTED = re.compile(r"^(?:\d{4}|" + CHINESE_YEAR + r")\s*年.{1,8}日\s*印\s*发$")
PRINTED_LINE = re.compile(r"^.{0,40}\s*(?:\d{4}|" + CHINESE_YEAR + r")\s*年.{1,8}日\s*印\s*发$|^[(（]?共印\s*\d{1,5}\s*份[)）]?$")
ANNOTATION = re.compile(r"^[（(](此件|本件|联系人|此页无正文).{0,40}[)）]$")
SIGNATURE_MAX = 40
LAW_NOTE_MAX = 240
BRACKETED_LAW_NOTE_MAX = 600  # a law amended four times notes each act in its brackets: 248 characters (66zhonglv.com 苏州市养犬管理条例)
# a line of figures alone under the title, a page's counter or a stamp's broken-off pieces, not the text's first line
# (2023417 under ……统计公报: youyang.gov.cn; 2 2019.01 09:51 over 47访问: www.jggw.suzhou.gov.cn; 402,402: bbs.comefromchina.com)
FIGURES_ONLY = re.compile(r"[\d\s,.:/丨|·-]{1,24}")
# the head of a meeting's record, field by field: when and where it met, who chaired, took it down and attended (時間:…… / 地點:學田國小會議室 /
# 主 席:趙振國 / 出席人員:如附后簽到表 / 紀 錄:彭溫惠 over 一、各處室人員報告:: envedu.blogspot.com; 会议时间: / 会议地点: / 主持人: / 记录人: /
# 参会人员:: zixun.pintu360.com), read folded and without spaces; 会议内容: begins the record's text
RECORD_HEAD_FIELD = re.compile(rf"{MEETING_PEOPLE_FIELD.pattern}|^(?:会议)?(?:时间|地点)\s*[:：]")
RECORD_FIELD_VALUE_MAX = 120
LONGER_NAME = re.compile(r"^[\u4e00-\u9fff]{5,8}$")  # Mongolian, Tibetan, Uyghur names written in Chinese characters
MEETING_NOTE = re.compile(r"^[（(][^()（）]*会议[^()（）]*[)）]$")
# 2017年1月5日在广州市第十五届人民代表大会第一次会议上: a speech's date and occasion whose dash was lost (xindetihuiya.com)
SPEECH_OCCASION = re.compile(r"^[（(]?\s*(?:" + DATE_TEXT.pattern + r")\s*在[^，,。；;]{2,60}(会议|会)上?[)）]?$")
# A dated news line that introduces a speech given in full after it (新华社北京3月15日电 各项议程进行完毕后,李鹏讲了话。 各位代表:……: sohu.com, 2002)
SPEECH_INTRO = re.compile(r"讲了话[。：:]?$")
SPEECH_INTRO_MAX = 80
SUBTITLE_MAX = 120
SUBTITLE_TAIL_MAX = 24
PREFACE_BLOCKS_MAX = 3
LINES_ABOVE_SALUTATION = 2
PAGE_LINE_MAX = 40
WEEKDAY_AFTER = re.compile(rf"{WEEKDAY}\s*$")  # a 成文日期 never names its weekday; a release's day may
FULL_TEXT_NOTE = re.compile(r"以下[为是][^。]{0,50}(全文|原文|实录)[:：]$")  # read folded
# a release's line announcing what follows: 以下是创新及科技局局长……今日(五月十一日)出席……的开场发言: (www.ogcio.gov.hk), ……致辭全文:
# (eeb.gov.hk); read folded
ANNOUNCES_BELOW = re.compile(r"^以下[为是].{4,100}[:：]$")
FULL_TEXT_BELOW = re.compile(r"[，,]\s*现?(全文|原文)[^。，,]{0,8}如下\s*[:：]$")  # ……发表了新春贺词,现全文刊发如下: (www1.sxtwedu.com)
SPEECH_HEAD_LINES = 3  # the speech's title, then its subtitle
GLUED_HEADING_WITHIN = 6
GLUED_TITLE_JOINT = re.compile(r"^\s*(?:[，,]|\d{1,2}篇\s+)?\s*")  # 关于……的调查报告,随着…… (fanwenxuan.com), 老干部座谈会致辞11篇 各位老领导…… (www.wendang.net)
CLAUSE_OPENING = re.compile(r"^(根据|依据|按照|依照|为了|为|对|在|经|由|将|把|按)")  # 按照本实施细则第三十一条 (lawrefbook, dev half): a sentence citing rules, not a title
TITLE_BEFORE_HEADING = re.compile(r"^(?P<title>[^，,。；;：:]{4,60}?)(?=第[一二三四五六七八九十]{1,3}[章条]|[一二三四五六七八九十]{1,2}、)")
# a speech addresses its hearers, matched folded: 同志们:, 亲爱的同学们:, 尊敬的各位來賓,女士們、先生們: (crntt.com)
ADDRESS = re.compile(r"^(?:(?:同志们|同事们|朋友们|女士们|先生们|亲爱的[^:：，,。]{1,20}|各位[^\s:：,，。]{0,16}|尊敬的[^:：,，。]{0,24})[、，,]?\s*)+[:：]")
# or names its hearers one by one and ends with a group of them (行政長官梁振英先生,候任行政長官林鄭月娥女士,同胞們,朋友們﹕ under
# an editor's note: www.mingpaocanada.com)
HEARERS_LISTED = re.compile(r"^[^。；;:：]{2,80}[,，、]\s*(?:女士们|先生们|同学们|朋友们|同胞们|各位[\u4e00-\u9fff]{1,6})\s*[:：﹕]$")
SALUTATION_LINE_MAX = 80  # a salutation may name the guests one by one (尊敬的谌贻琴国务委员,尊敬的雷诺·艾德代理主席,……朋友们:: xczxzxfb.org.cn)
DECK_PARAGRAPHS = 2  # a deck above the headline is a paragraph or two
SUMMARY_OR_LEDE = re.compile(r"^(?:摘要|内容提要|提要)\s*[:：]|记者.{0,30}获悉")  # a page's summary of a notice, or a reporter's lede on it
NOTE_LINE_MAX = 40
NUMBERED_GENRE = re.compile(r"(公告|通告|令)$")  # ……常务委员会公告 / 第7号 (www.jyxrd.gov.cn)
LONE_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,4}\s*[:：]$")
LABEL_VALUE_MAX = 16
OCCASION_END = re.compile(r"(上|时|之际|期间)(的?(讲话|致辞|发言|报告|讲课|演讲|总结)稿?)?[)）]?$")  # matched folded
# www.yunlin.gov.tw 雲林縣政府 公告; a 函 (bluefishs/CK_Missive 乾坤測繪科技有限公司  函, its PDF)
LETTERHEAD = re.compile(r"^[\u4e00-\u9fff]{2,30}\s*(?:公告|函)$")
LETTERHEAD_WITHIN = 12
LETTERHEAD_LINES = 8  # from the letterhead to 主旨: 發文日期, 發文字號, 速別, 密等, 附件
ORDER_MARK = re.compile(r"^[\u4e00-\u9fff]{2,20}令$")  # the order that promulgates a regulation: ……人民政府令
PROMULGATION_MARK = re.compile(r"^[\u4e00-\u9fff]{4,30}委员会公告$")  # ……人民代表大会常务委员会公告 / 第三十七号
PROMULGATED_TEXT = re.compile(r"^《(?P<named>[^《》]{2,80})》(?:已经|已由|业经)")  # 《……条例》已经……会议通过,现予公布
HINT_SEARCH_LINES = 40  # a gazette page's table and lists above the act's title printed again
ORDER_LINES = 6  # the order's sentence, its signer, title and date, then the text it promulgates
# a congress's announcements numbered within its term: 〔六屆〕第九號 (m.qoglrgh.com.cn, a copy of the 玉溪 portal)
ORDER_NUMBER = re.compile(r"^[（(]?(?:[〔\[［(（][一二三四五六七八九十]{1,3}[届屆][〕\]］)）])?第\s*[\d一二三四五六七八九十百零〇]{1,5}\s*[号號][)）]?$")
# a 令's or a 通告's number alone on its line, without an issuer's abbreviation (第3号: dachaidan.gov.cn; 〔2019〕第4号: www.dachuan.gov.cn;
# (2025年第2號), glued to the text after it: www.bjwhseo.com; (2021第8号) without its 年: www.zbxww.org)
NUMBER_ONLY = re.compile(r"^[（(]?\s*(?P<number>(?:〔(?:19|20)\d{2}〕|(?:19|20)\d{2}年?)?第\s*[\d一二三四五六七八九十百零〇]{1,5}\s*[号號])\s*[)）]?$")
# or a 发文字号 in brackets glued to the 主送 line after it ((新政发〔1994〕103号)伊犁哈萨克自治州,各州……: worldlii.org)
GLUED_NUMBER = re.compile(rf"^[（(]\s*(?:(?:19|20)\d{{2}}年第\s*\d{{1,5}}\s*[号號]|{DOC_NUMBER.pattern})\s*[)）](?=[\u4e00-\u9fff])")
TRAILER_LINE_MAX = 30
# (此件公开发布); 联系人及电话:…… (ynmg.gov.cn), 地址 / 邮编 / 邮箱 (diyicitour.com), 传真 (www.shenyang.gov.cn), 主题词 (bbs.cnhubei.com),
# 承办负责人 (www.miluo.gov.cn); 抄送/印发 lines are read before
# a 函's contact block (地址: / 聯 絡 人: / 電    話: / 傳    真: / 電子信箱:) printed beside its letterhead, read after its
# 正本/副本 lines from the PDF (bluefishs/CK_Missive): letter furniture once the copies are listed
CONTACT_FIELD = re.compile(r"^(地\s*址|联\s*[络系]\s*人|联系电话|电\s*话|传\s*真|电子信箱|电子邮箱|电子邮件|e-?mail)\s*[:：]", re.IGNORECASE)
AFTER_DATE_PART = re.compile(r"^[（(]|^(联系|电话|地址|邮编|传真|邮箱|电子邮箱|主题词|承办)")
NUMBER_DATE_STATUS = re.compile(rf"^(?P<number>{DOC_NUMBER.pattern})\s+(?P<date>(?:19|20)\d{{2}}[-./]\d{{1,2}}[-./]\d{{1,2}})(?:\s+全文有效)?$")
ATTACHMENT_ITEM = re.compile(r"^(附件|\d{1,2}\s*[.、．])")  # 附件说明 lines above a signature are not part of it
DATELINE_WITHIN = 3
REPEAT_LINES_MAX = 4
LIST_NUMBER = re.compile(r"^\d{1,2}\s*[.、．]\s*")  # 1. 中国共产党中央纪律检查委员会第七次全体会议公报: a newspaper page's list of its articles
# a day whose 年 and 月 a page lost (1986521日阿坝藏族自治州第五届人民代表大会第四次会议通过: abrd.gov.cn)
RUN_TOGETHER_DAY = r"(?:19|20)\d{4,6}日"
NOTE_START = re.compile(rf"^[（(]?\s*(?:{DATE_TEXT.pattern}|{RUN_TOGETHER_DAY})")  # (1996年10月11日 / ……全体会议通过): rmrb.haitun.store
DAMAGED_DATE = re.compile(r"^\d{5,8}$")
# a 成文日期 whose year's digits a page lost (定兴县人民政府办公室 / 年12月15日: dingxingzx.com; kashenzx; yiwenjun): a date line all the same
YEARLESS_DATE = re.compile(r"^年\d{1,2}月\d{1,2}日$")
CLOSING_FORMULA = re.compile(r"^(特此|此复|此函|专此)\S{0,4}$")
SIGNATURE_LINES_MAX = 3


@dataclass
class Layout:
    """A document's segments split into its parts; `body` is what the reader reads."""

    title: str | None
    subtitle: str | None = None
    byline: list[str] = field(default_factory=list)
    doc_number: str | None = None
    header: list[str] = field(default_factory=list)  # issuer's mark, secrecy, signer: metadata lines above the title
    recipients: str | None = None
    body: list[str] = field(default_factory=list)
    signature: list[str] = field(default_factory=list)
    signed_date: str | None = None
    cc: list[str] = field(default_factory=list)
    dateline: str | None = None  # a news agency's or paper's dateline opening the text (新华社北京7月29日电)
    released: str | None = None  # the day the page says it was released: a press release's day and weekday under its text (2022年6月22日(星期三)), a law database's record line; taken out of the text
    trailer: list[str] = field(default_factory=list)  # the page's lines after a signed 公文's date that are none of its parts
    preface: str | None = None  # the page's line announcing the speech printed whole below it (以下是獻詞原文:), the header's last


def is_body_start(segment: str) -> bool:
    """The first line of running text: a salutation, the addressees, a section, a long paragraph; not a line
    announcing the text below it (范文如下: above a 批复's title: m.ruiwen.com)."""
    return not ANNOUNCES_TEXT.match(segment) and bool(
        SALUTATION.match(segment)
        or (RECIPIENTS.match(segment) and ("，" in segment or "," in segment or "、" in segment or len(segment) <= 20))
        or heading_marker(segment)
        or ARTICLE_START.match(fold(segment))
        or PROMULGATING_TEXT.match(fold(segment))
        or (len(segment) >= BODY_PARAGRAPH_MIN and "。" in segment)
    )


def _split_title_glued_to_heading(segments: list[str]) -> tuple[list[str], str | None]:
    """A flattened copy runs the title into the first heading of a set of rules (社区居民自治章程第一章总则第一条……:
    www.360docs.net): the title ends with its genre word where a chapter or article begins."""
    for index, segment in enumerate(segments[:GLUED_HEADING_WITHIN]):
        match = TITLE_BEFORE_HEADING.match(segment)
        if match and genre_word_at_end(match.group("title")) and not rejects(match.group("title")) and not CLAUSE_OPENING.match(match.group("title")):
            return [*segments[:index], match.group("title"), segment[match.end("title"):], *segments[index + 1:]], match.group("title")
    return segments, None


def _is_subheadline(title: str, segment: str) -> bool:
    """A short line of its own under a report's headline, which says what happened."""
    return (
        news_word_at_end(title)
        and len(segment) <= SUBHEADLINE_MAX
        and not re.search(r"[。，,；;：:！!？?]", segment)
        and not is_body_start(segment)
        and not DATELINE.match(fold(segment))
    )


def _labels_a_value(segments: list[str], index: int) -> bool:
    """A lone label whose short value is the next line (法規: / 第1/2026號行政命令 / 公報編號: / 3/2026:
    bo.dsaj.gov.mo), not the addressees of the text that follows."""
    following, next_label = (segments[index + 1: index + 3] + ["", ""])[:2]
    return (
        bool(LONE_LABEL.match(segments[index]))
        and 0 < len(following) <= LABEL_VALUE_MAX
        and not re.search(r"[，,。；;：:]", following)
        and bool(LONE_LABEL.match(next_label))  # a table of such pairs
    )


def _fits_a_note(segment: str) -> bool:
    bracketed = segment.startswith(("(", "（")) and segment.endswith((")", "）"))
    return len(segment) <= (BRACKETED_LAW_NOTE_MAX if bracketed else LAW_NOTE_MAX)


def is_byline_line(segment: str) -> bool:
    """A line under the title that names the speaker and/or the date, or a law's note of adoption."""
    plain = squeezed(segment)
    return bool(
        is_byline(segment)
        or SIGNED_DATE.match(segment)
        or SPACED_NAME.match(segment)
        or BRACKETED_NAME.match(segment)
        or DASHED_NAME.match(segment)
        or DATE_THEN_NAME.match(segment)
        or (NAME_ONLY.match(segment) and len(plain) <= 4 and not HEAD_MESSAGE.search(fold(plain)))
        or (" " in segment.strip() and names_alone(segment))  # a paper's authors (周刚志 王振宇*: www.2016ccl.com)
        or is_office_and_name(segment)
        or is_bare_office(segment)
        or (NOTE_START.match(segment) or DATE_TEXT.search(segment)) and LAW_NOTE.search(fold(segment)) and _fits_a_note(segment)  # 會議通過 in Traditional script (mzt333.com)
        or (MEETING_NOTE.match(fold(segment)) and LAW_NOTE.search(fold(segment)) and _fits_a_note(segment))  # (2月21日……會議通過,……批准): a copy that lost the years (yingzhe-holding.com)
        or SPEECH_OCCASION.match(fold(segment))
        or bool(REPORTER_FROM.search(fold(segment)))  # 台灣新聞網記者李華峻/南投報導 under the headline (www.5ch.com.tw)
        or bool(STAFF_CREDIT.match(fold(segment)))  # 记者 余艳华 under the headline (www.liufangtea.com)
        or bool(LECTURER.match(fold(segment.strip())))  # 主讲人:刘一斌 (pdnet.cn)
        or _dated_by_its_body(segment)
        or _names_bodies(segment)
        or _office_and_name_dated(segment)
        or bool((bracketed := BRACKETED_BODY.match(segment)) and is_body_name(bracketed.group(1)))  # (贵州省委调查组) under its report (ccrd2023.github.io)
    )


def _dated_by_its_body(segment: str) -> bool:
    """The day and the issuing body in brackets under a title, as law databases print them ((1992年6月15日 国家旅游局): law265.infoeach.com)."""
    match = DATED_BODY.match(segment.strip())
    return bool(match) and is_body_name(fold(match.group("body")))


def _office_and_name_dated(segment: str) -> bool:
    """The speaker's office and name, then the day in brackets (遂昌县县长童森军(2026 年 2 月 6 日): www.mishuzj.com)."""
    head, bracket, date = segment.partition("(") if "(" in segment else segment.partition("（")
    return bool(bracket) and is_office_and_name(head.strip()) and bool(DATE_ONLY.match(bracket + date))


def _names_bodies(segment: str) -> bool:
    """A line under a title naming the bodies that speak or report (镇党委、政府), or a body or a news outlet and
    its writer (科研第二黨支部 王荻; 中央纪委国家监委网站 赵林: www.ccdi.gov.cn)."""
    if len(segment) > SIGNATURE_MAX:
        return False
    parts = segment.split()
    return bool(named_bodies(segment)) or (
        len(parts) == 2 and (is_body_name(parts[0]) or bool(NEWS_OUTLET.search(parts[0]))) and bool(NAME_ONLY.match(parts[1]))
    )


def split_layout(segments: list[str], hints: list[str], headlines: tuple[str, ...] = ()) -> Layout:
    """Find the title and the parts around the text; everything else is the body, in order."""
    segments, glued_title = _split_title_glued_to_heading(segments)
    hints = [*hints, glued_title] if glued_title else hints  # the title the text begins with is the document's own
    body_start = next((index for index, segment in enumerate(segments) if is_body_start(segment) and not _labels_a_value(segments, index)), None)
    if body_start is None:  # no paragraph long enough: the text begins at its first whole sentence (www.info.gov.hk's short press releases)
        body_start = next((index for index, segment in enumerate(segments) if len(segment) >= SHORT_SENTENCE_MIN and PERIOD_AT_END.search(segment)), len(segments))
    body_start = _below_deck(segments, body_start)
    if inner := _speech_below_note(segments, body_start, hints, headlines):
        return inner
    choice = choose_title(segments, hints, body_start, headlines)
    if choice is None and (below := _notice_below_lede(segments, body_start)) is not None:
        body_start = below
        choice = choose_title(segments, hints, body_start, headlines)
    if (choice is None or choice.score < 3) and segments and (end := glued_title_end(segments[0])):
        rest = GLUED_TITLE_JOINT.sub("", segments[0][end:])  # the comma or the collection's count a site glued it on with
        segments = [segments[0][:end], *split_subtitles(split_after_note(rest)), *segments[1:]]  # ……的决议(2023年……通过)晋城市城区……: www.jccq.gov.cn
        choice = choose_title(segments, hints, 1)
    choice = choice or _hint_printed_below(segments, hints)
    layout = Layout(title=choice.title if choice else None)
    if choice is None:
        position = 0
        while position < len(segments) and position < body_start:  # no title, but the number, speaker or date are printed
            segment = segments[position]
            if DOC_NUMBER_LINE.match(fold(segment)) or SECRECY.match(fold(segment)) or SIGNER.match(fold(segment)):
                _header_line(segment, layout)
            elif (number := NUMBER_ONLY.match(segment)) and layout.doc_number is None:
                layout.doc_number = squeezed(number.group("number"))
                layout.header.append(segment)
            elif SUBTITLE.match(segment) and layout.subtitle is None and len(segment) <= SUBTITLE_MAX and "。" not in segment and not _dashed_byline(segment):
                layout.subtitle = segment.strip()  # a copy that starts at the speech's subtitle (www.zzrd.gov.cn print page)
            elif is_byline_line(segment) or _dashed_byline(segment) or is_record_head_field(segment):
                layout.byline.append(segment)
            else:
                break
            position += 1
        layout.body = list(segments[position:])
        if layout.body and len(parts := split_after_note(layout.body[0])) == 2 and is_byline_line(parts[0]):
            layout.byline.append(parts[0].strip())  # (2016年10月27日……会议通过) 鄂州市……: the note, then the text (ezrd.gov.cn)
            layout.body[0] = parts[1]
    else:
        _read_header(segments, choice, layout)
        _read_order_above_its_text(layout)
    _read_dateline(layout)
    _read_letterhead(layout)
    _read_preface(layout)
    if layout.body and RECIPIENTS.match(layout.body[0]) and not SALUTATION.match(layout.body[0]):
        layout.recipients = layout.body[0]
    _read_footer(layout)
    return layout


def _hint_printed_below(segments: list[str], hints: list[str]) -> TitleChoice | None:
    """A title the page names (its table's 法規 field, its 标题) printed again below the page's table and lists, where the
    text begins (澳 門 特 別 行 政 區 / …… / 法規: 第1/2015號行政法務司司長批示 / …… / • 修改……。 / …… / 第1/2015號行政法務司司長批示 /
    行政法務司司長行使……: www.io.gov.mo), a line no title shape chose (an act's number): what stands above it is the page's."""
    keys = {fold(squeezed(clean_title(hint))) for hint in hints if hint}
    for index, segment in enumerate(segments[:HINT_SEARCH_LINES]):
        if fold(squeezed(clean_title(segment))) in keys:
            return TitleChoice(segment.strip(), index, index + 1, 0.0)
    return None


def _read_order_above_its_text(layout: Layout) -> None:
    """The order that promulgates a text heading the page (中华人民共和国国务院令 / 第800号 / 《古树名木保护条例》已经……通过,现予公布……
    / 总理 李强 / 2025年1月25日 / 古树名木保护条例 / 第一条……: women11.com): the text it names, printed again under the order's date,
    is the title; the order's mark and number are its 发文字号."""
    if not (layout.title and ORDER_MARK.match(squeezed(layout.title)) and layout.body):
        return
    named = PROMULGATED_TEXT.match(fold(layout.body[0].strip()))
    if not named or not any(fold(squeezed(segment)) == squeezed(named.group("named")) for segment in layout.body[1:ORDER_LINES]):
        return
    number = next((line for line in layout.header if ORDER_NUMBER.match(squeezed(line))), None)
    if number and layout.doc_number is None:
        layout.doc_number = squeezed(layout.title) + squeezed(number).strip("()（）")
    layout.header.append(layout.title)
    layout.title = printed(layout.body[0].strip(), named, "named")


def _speech_below_note(segments: list[str], body_start: int, hints: list[str], headlines: tuple[str, ...]) -> Layout | None:
    """A speech printed whole, with its own title and subtitle, under a page's headline and its note on it (……教育部副部长陈小娅
    出席会议并作了题为《……》讲话。以下为陈部长讲话的全文: / 面向未来十年教育改革发展 加强教育学会工作 / ——在……上的讲话:
    www.naijabanger.com): the speech's head is read below the note, and what stands above is the page's."""
    if body_start < len(segments) and FULL_TEXT_NOTE.search(fold(segments[body_start])):
        head = body_start + 1
        if not any(SUBTITLE.match(segment) for segment in segments[head: head + SPEECH_HEAD_LINES]):
            return None
    else:
        # or under a report on it, with no note: the speech's title and its subtitle follow the report's paragraph or two
        # (……寄语毕业生:坚守责任之心,勇担使命之任 / 2022年6月22日上午10:00,……作了题为《……》的讲话,…… / 坚守责任之心,勇担使命之任 /
        # ——在2022年毕业典礼上的讲话 / ……校长、中国工程院院士 林忠钦 / 亲爱的同学们:: yjysbg.com)
        head = next((index for index in range(body_start + 1, min(body_start + DECK_PARAGRAPHS + 1, len(segments) - 1))
                     if SUBTITLE.match(segments[index + 1]) and SPEECH.search(fold(segments[index + 1]))
                     and not ends_sentence(segments[index]) and not rejects(clean_title(segments[index]))), None)
        if head is None:
            return None
    inner = split_layout(segments[head:], hints, headlines)
    if inner.title is None:
        return None
    inner.header[:0] = segments[:head]
    return inner


def _notice_below_lede(segments: list[str], body_start: int) -> int | None:
    """Where a notice's text starts when a page printed a lede or a summary of it above its own title, and no headline
    (12月8日,记者从……获悉,…… / 济南市历城区档案馆闭馆公告 / 济南市历城区档案馆因搬迁工作需要,……: m.e23.cn; 摘要:…… /
    灵台县广播电视台公开遴选工作人员公告 / 根据……: zggwy.org)."""
    for index in range(body_start + 1, min(body_start + DECK_PARAGRAPHS + 1, len(segments) - 1)):
        line, text = segments[index], segments[index + 1]
        if (all(SUMMARY_OR_LEDE.search(fold(deck)) for deck in segments[body_start:index]) and len(line) <= TITLE_MAX and not ends_sentence(line)
                and genre_word_at_end(clean_title(line)) and not rejects(clean_title(line)) and (is_body_start(text) or "。" in text)):
            return index + 1
    return None


def _below_deck(segments: list[str], body_start: int) -> int:
    """Where the text starts when a page's deck, a paragraph summing it up, stands above the headline and its dated line
    (新加坡總理黃循財按傳統……發表新春獻詞,…… / 黃循財總理新春獻詞(華文) / 2025年01月28日 / 我們即將迎來乙巳蛇年,……: www.sgnews.co)."""
    for headline in range(body_start + 1, min(body_start + DECK_PARAGRAPHS + 1, len(segments) - 2)):
        line, dated, text = segments[headline], segments[headline + 1], segments[headline + 2]
        if len(line) <= TITLE_MAX and not ends_sentence(line) and not rejects(clean_title(line)) and SIGNED_DATE.match(dated) and (is_body_start(text) or "。" in text):
            return headline + 2
    return body_start


def _read_header(segments: list[str], choice: TitleChoice, layout: Layout) -> None:
    layout.doc_number = choice.doc_number
    if choice.byline:
        layout.byline.append(choice.byline)
    title_key = squeezed(choice.title)
    first_copy = next((index for index, segment in enumerate(segments[: choice.start]) if squeezed(clean_title(segment)) == title_key), None)
    for index, segment in enumerate(segments[: choice.start]):
        if first_copy is not None and index > first_copy and is_byline_line(segment) and not NAME_ONLY.fullmatch(squeezed(segment)):
            layout.byline.append(segment)  # 風眼 / 1998年03月11日 / 任志剛, 香港金融管理局總裁 / 風眼: between copies of the title (www.hkma.gov.hk)
        else:
            _header_line(segment, layout)
    position = choice.end
    title_keys = (title_key, squeezed(LIST_NUMBER.sub("", choice.title)))
    while position < len(segments):
        segment = segments[position]
        if layout.doc_number is None and (glued := GLUED_NUMBER.match(segment)):
            segments = [*segments[:position], glued.group(0), segment[glued.end():].lstrip(), *segments[position + 1:]]
            segment = segments[position]
        plain = squeezed(segment)
        if plain == title_key or squeezed(clean_title(segment)) in title_keys or (title_key and plain.startswith(title_key) and len(plain) - len(title_key) <= 2):
            position += 1  # the title printed again
        elif lines := next((count for count in range(2, REPEAT_LINES_MAX + 1) if squeezed("".join(segments[position:position + count])) == title_key), None):
            position += lines  # the title printed again over lines (安徽省實施《……和 / 地方各級……代表法》辦法: mzt333.com)
        elif _dashed_byline(segment):
            layout.byline.append(segment)
            position += 1
        elif SUBTITLE.match(segment) and layout.subtitle is None and len(segment) <= SUBTITLE_MAX and "。" not in segment:
            layout.subtitle = segment.strip()
            position += 1
            if position < len(segments) and _finishes_subtitle(layout.subtitle, segments[position]):
                layout.subtitle += segments[position].strip()  # ……在沙沟镇第十六届人民代表大会 / 第六次会议上 (www.yishui.gov.cn)
                position += 1
        elif (
            DOC_NUMBER_LINE.match(fold(segment)) or SECRECY.match(fold(segment)) or SIGNER.match(fold(segment)) or ORDER_MARK.search(segment)
            or (ORDER_NUMBER.match(segment) and layout.header)
            or (PROMULGATION_MARK.match(fold(segment)) and position + 1 < len(segments) and ORDER_NUMBER.match(segments[position + 1]))
        ):
            _header_line(segment, layout)
            position += 1
        elif layout.doc_number is None and (record := NUMBER_DATE_STATUS.match(segment)):
            layout.doc_number = squeezed(record.group("number"))  # 国发〔2013〕19号  2013-05-15  全文有效: a law database's record line (cntax.cn)
            layout.released = record.group("date")
            layout.header.append(segment)
            position += 1
        elif is_byline_line(segment) and not is_body_start(segment) and not TABLE_OF_CONTENTS.match(fold(segment)):
            layout.byline.append(segment)
            position += 1
        elif name_then_post(segment) and not (position + 1 < len(segments) and SALUTATION.match(fold(squeezed(segments[position + 1])))):
            layout.byline.append(segment)  # 最好的教育 / 莫苑萍校長 (wck.ccc.edu.hk); not 劉延東副主席 / 各位嘉賓 , 各位朋友 :, whom a speech addresses
            position += 1
        elif LONGER_NAME.match(segment.strip()) and position + 1 < len(segments) and is_byline(segments[position + 1]):
            layout.byline.append(segment)  # 巴达日拉图 / (2019年7月7日): a name longer than a Han name, over the speech's date (www.zlq.gov.cn)
            position += 1
        elif (number := NUMBER_ONLY.match(segment)) and (NUMBERED_GENRE.search(squeezed(choice.title)) or not ORDER_NUMBER.match(segment)) and layout.doc_number is None:
            layout.doc_number = squeezed(number.group("number"))  # ……常务委员会公告 / 第7号 (www.jyxrd.gov.cn); ……森林防火禁火令 / (2025年第2號)
            layout.header.append(segment)
            position += 1
        elif is_attendance_line(segment):
            layout.header.append(segment)  # 王忠林主持并讲话 孙述涛……出席 under a report's headline (jnsw.jinan.gov.cn)
            position += 1
        elif is_record_head_field(segment):
            layout.byline.append(segment)
            position += 1
        elif FIGURES_ONLY.fullmatch(segment.strip()):
            layout.header.append(segment)
            position += 1
        elif position == choice.end and SOURCE_NAME.fullmatch(fold(squeezed(segment))):
            layout.byline.append(segment)  # ……中方回应 / 参考消息网: the outlet a report comes from (cn.apdnews.com; m.qzcns.com 晋江新闻网)
            position += 1
        elif position == choice.end and _is_subheadline(choice.title, segment):
            layout.header.append(segment)  # 全市组织部长会议召开 / 覃卫国作出批示 (hbxfw.gov.cn)
            position += 1
        elif position + 1 < len(segments) and NOTE_START.match(segment) and not is_byline_line(segments[position + 1]) and is_byline_line(joined := segment + segments[position + 1]):
            layout.byline.append(joined)  # a law's note wrapped onto a second line
            position += 2
        else:
            break
    layout.body = segments[position:]


def is_record_head_field(segment: str) -> bool:
    """A field of a meeting record's head (地點:學田國小會議室), with its short value on the same line."""
    plain = fold(re.sub(r"\s+", "", segment))
    field = RECORD_HEAD_FIELD.match(plain)
    return bool(field) and 0 < len(plain) - field.end() <= RECORD_FIELD_VALUE_MAX and "。" not in plain


def _dashed_byline(segment: str) -> bool:
    """A dash before the speaker's office and name, where a subtitle would stand (——中国企业联合会党委委员、副理事长 刘鹏:
    huodong.scecea.org.cn): a byline, not a subtitle."""
    dashed = SUBTITLE.match(segment)
    return bool(dashed) and is_office_and_name(segment[dashed.end():].strip())


def _finishes_subtitle(subtitle: str, segment: str) -> bool:
    """Whether a short line is the end of a subtitle wrapped onto it: the subtitle names an occasion (在……)
    but does not end it, and the line ends where an occasion ends (……会议上, ……上的讲话)."""
    return (
        "在" in subtitle
        and not OCCASION_END.search(fold(squeezed(subtitle)))
        and len(segment) <= SUBTITLE_TAIL_MAX
        and not re.search(r"[，,。；;：:]", segment)
        and bool(OCCASION_END.search(fold(squeezed(segment))))
    )


def _read_dateline(layout: Layout) -> None:
    """A news report's dateline (新华社北京7月29日电(记者……)) opening the text is a byline."""
    for index, segment in enumerate(layout.body[:DATELINE_WITHIN]):
        if match := DATELINE.match(fold(segment)):  # 國際在線報道(記者……): matched folded, cut from the text as printed
            layout.dateline = segment[: match.end()].strip()  # as printed, not folded
            layout.byline.append(layout.dateline)
            layout.header.extend(layout.body[:index])  # what stands above a dateline is the page's, not the report's
            layout.body = [segment[match.end():].lstrip(" \t　/／"), *layout.body[index + 1:]]  # 中評社北京11月7日電／據…… (hk.crntt.com)
            if len(layout.body) > 1 and SPEECH_INTRO.search(fold(layout.body[0])) and len(layout.body[0]) <= SPEECH_INTRO_MAX and ADDRESS.match(fold(layout.body[1])):
                layout.byline.append(layout.body.pop(0))  # ……李鹏讲了话。 / 各位代表:……: a speech in full after the news line that introduces it
            break


def _read_preface(layout: Layout) -> None:
    """A page's note above a speech, ending where the speech addresses its hearers (校长的讲话是……现将……摘录如下…… /
    亲爱的同学们:: www.cfgrc.com; a 范文 site's words on the occasion above 同志们:: 78911.com.cn), or with a line
    announcing the speech in full below it."""
    for index, segment in enumerate(layout.body[1:PREFACE_BLOCKS_MAX + 1], start=1):
        salutation = SALUTATION.match(segment) or (ADDRESS.match(fold(segment)) or HEARERS_LISTED.match(fold(segment))) and len(segment) <= SALUTATION_LINE_MAX
        if salutation and (_is_note(layout.body[:index]) or index <= LINES_ABOVE_SALUTATION and all(map(_is_page_line, layout.body[:index]))):
            layout.header.extend(layout.body[:index])
            layout.body = layout.body[index:]
            return
        if FULL_TEXT_NOTE.search(fold(segment)) and layout.dateline is None and index + 1 < len(layout.body) and _is_note(layout.body[:index]):
            layout.header.extend(layout.body[:index + 1])
            layout.preface = segment  # ……發表了2020年新年獻詞…… / 以下是獻詞原文: (fastread.xyz); 以下为演讲实录: (econ.fudan.edu.cn); a
            layout.body = layout.body[index + 1:]  # report with its dateline goes on above the speech it prints (sp.wenweipo.com)
            return


def _is_page_line(block: str) -> bool:
    """A short line above a speech's salutation that is no sentence of it: the page's label, count or caption
    (演讲稿1.1W: huicuiguan.com; [致辞背景]在……上致开幕词: ukktv.cn), not a guest the
    salutation names first (劉延東副主席 / …… / 各位嘉賓 , 各位朋友 :: www.macaoppnr.com) nor half of it (各位代表、 / 同志们:)."""
    folded = fold(squeezed(block))
    ends_with_post = any(post.end() == len(folded) for post in rules.position_titles().finditer(folded))  # 劉延東副主席 / ……各位朋友:
    return (len(block) <= PAGE_LINE_MAX and not re.search(r"[。！？!?，,、；;:：]", block) and not heading_marker(block) and not ends_with_post
            and not genre_word_at_end(block))  # the speech's own title under the site's (seed 004), read later


def _is_note(blocks: list[str]) -> bool:
    """A page's note is sentences, perhaps closed by a line such as ……习近平发表重要讲话 (www.hudazx.com); not the
    speech's own title alone (seed 004), nor half of a salutation broken over lines (各位代表、 / 同志们:)."""
    return any(ends_sentence(block) or "。" in block or FULL_TEXT_BELOW.search(fold(block)) or ANNOUNCES_BELOW.match(fold(block)) for block in blocks) and all(
        ends_sentence(block)
        or (len(block) <= NOTE_LINE_MAX and not block.endswith(("、", "，", ",", "：", ":")))
        or (len(block) > NOTE_LINE_MAX and block.endswith(("：", ":")))  # ……以下是主旨演講全文: (crntt.com)
        for block in blocks
    )


def _read_letterhead(layout: Layout) -> None:
    """A Taiwan 公文: the issuer and its kind on one line (雲林縣政府 公告), its 發文日期 and
    發文字號, then 主旨: the text starts at 主旨, and what a page printed above the letterhead is header too."""
    for index, segment in enumerate(layout.body[:LETTERHEAD_WITHIN]):
        if LETTERHEAD.match(fold(segment)):
            start = next((position for position in range(index + 1, min(len(layout.body), index + LETTERHEAD_LINES)) if fold(layout.body[position]).startswith("主旨")), None)
            if start is not None:
                layout.header.extend(layout.body[:start])
                layout.body = layout.body[start:]
            return
    start = next((position for position, segment in enumerate(layout.body[:LETTERHEAD_LINES]) if fold(segment).startswith("主旨")), None)
    if start and all(SIGNED_DATE.match(segment) or DOC_NUMBER_LINE.match(fold(segment)) for segment in layout.body[:start]):
        for segment in layout.body[:start]:  # 中華民國九十三年二月二十日 / 北市停三字第……號 / 主旨: (pma.gov.taipei): the 公告's date and number
            if DOC_NUMBER_LINE.match(fold(segment)):
                _header_line(segment, layout)
            else:
                layout.header.append(segment)
        layout.body = layout.body[start:]


def _header_line(segment: str, layout: Layout) -> None:
    if line := DOC_NUMBER_LINE.match(fold(segment)):  # 開州府辦發〔2020115 as well
        if layout.doc_number is None:
            layout.doc_number = squeezed(printed(segment, line, "number"))
    elif ORDER_NUMBER.match(segment) and layout.header and ORDER_MARK.search(layout.header[-1]) and layout.doc_number is None:
        layout.doc_number = squeezed(layout.header[-1] + segment)  # 内蒙古自治区人民政府令 / 第82号
    elif ORDER_NUMBER.match(segment) and layout.header and PROMULGATION_MARK.match(fold(layout.header[-1])) and layout.doc_number is None:
        layout.doc_number = squeezed(segment)  # ……常务委员会公告 / 第三十七号: a 公告 is cited by its number
    layout.header.append(segment)


def _read_footer(layout: Layout) -> None:
    """The signature and 成文日期 (kept in the text), and the 抄送/印发 lines (taken out of it)."""
    kept: list[str] = []
    for segment in layout.body:
        if CC_LINE.match(fold(segment)) or PRINTED_LINE.match(fold(segment)):
            if DATE_FIRST_PRINTED.match(fold(segment.strip())) and kept and is_body_name(fold(squeezed(kept[-1]))):
                layout.cc.append(kept.pop())  # 甘肃省农牧厅办公室 / 2017年8月25日印发: the printing office above its day
            layout.cc.append(segment)
        elif layout.cc and CONTACT_FIELD.match(fold(segment.strip())):
            layout.trailer.append(segment)
        else:
            kept.append(segment)
    opened = next((index for index, segment in enumerate(kept) if ends_sentence(segment)), len(kept))
    kept = [*kept[:opened], *(part for segment in kept[opened:] for part in _signature_and_date(segment))]
    layout.body = kept
    for index, segment in enumerate(kept):
        if index == 0 or not (SIGNED_DATE.match(segment) or YEARLESS_DATE.match(segment)):
            continue
        signature = []
        for earlier in reversed(kept[max(0, index - 3):index]):
            if is_signature_line(earlier):
                signature.insert(0, earlier)
            else:
                break
        if not signature and index == len(kept) - 2 and is_signature_line(kept[-1]) and is_body_name(squeezed(kept[-1])):
            signature = [kept[-1]]  # a site sets the body under the date (2025年9月22日 / 院长办公室: www.yhjyjt.cn)
        attachment_follows = index + 1 < len(kept) and kept[index + 1].startswith("附件")  # the attachment printed after the date
        if not signature and WEEKDAY_AFTER.search(segment) and index >= len(kept) - 3:
            layout.released = segment  # a Hong Kong government press release's day, under its last sentence (sc.isd.gov.hk; www.cfs.gov.hk)
            layout.body = [*kept[:index], *kept[index + 1:]]
            return
        if signature or attachment_follows or index >= len(kept) - 3:
            layout.signature = signature
            layout.signed_date = segment
            if signature:
                layout.body, trailer = _without_trailer(kept, index)
                layout.trailer.extend(trailer)
            return
    layout.signature = _undated_signature(kept)


def _signature_and_date(segment: str) -> list[str]:
    """A signature and its date that a copy printed on one line, apart by a space (滕王阁建工集团股份有限公司 2021年2月:
    www.jxtwgjt.com), as the two lines a 公文 sets them on; any other line as it is. Read below the text's first sentence: a
    portal's publisher and posting day above the text look the same (清水县人民政府 2024年01月08日: www.tc.gov.cn)."""
    body, _, date = segment.strip().rpartition(" ")
    if body and SIGNED_DATE.match(date) and is_signature_line(body) and is_body_name(squeezed(body)):
        return [body.strip(), date]
    return [segment]


def _without_trailer(kept: list[str], date_index: int) -> tuple[list[str], list[str]]:
    """A signed 公文 ends at its date, or at its notes, contacts and attachments after it; short lines that are none of
    these, to the page's end, are the page's (请到「今天看啥」查看全文 under 拉萨市人民政府办公室 / 2025年2月11日: 51haodu.com).
    An attachment may follow the date as a table whose cells are short lines: where one is named, nothing is taken."""
    if any(line.startswith("附件") for line in kept):
        return kept, []
    start = len(kept)
    while start > date_index + 1 and _is_trailer_line(kept[start - 1]):
        start -= 1
    return kept[:start], kept[start:]


def _is_trailer_line(line: str) -> bool:
    """Not a sentence, a note or a contact; not another signature or date either (a page may carry a second 公文 whose
    signature ends it: zuomama.com's two 通告, xjbz.gov.cn's 转发 with the 批复 it forwards)."""
    return (len(line) <= TRAILER_LINE_MAX and not re.search(r"[。；;]", line) and not AFTER_DATE_PART.match(fold(line.strip()))
            and not SIGNED_DATE.match(line) and not is_body_name(squeezed(line)))


def _undated_signature(kept: list[str]) -> list[str]:
    """Bodies signing a text without a date (or with a date too damaged to read: 202072), right after its
    closing sentence or formula (特此通知 / 中国地质大学(武汉)党委组织部: zzb.cug.edu.cn; 特此公告。/ 丽水市人民防空办公室 / 202072:
    rfb.lishui.gov.cn)."""
    end = len(kept)
    if end and DAMAGED_DATE.match(kept[-1]):
        end -= 1
    start = end
    if end and (bracketed := BRACKETED_BODY.match(kept[end - 1])) and is_body_name(bracketed.group(1)):
        start = end - 1  # the body that wrote it, in brackets under the text (（万载县统计局）: www.wanzai.gov.cn)
    while start > 0 and end - start < SIGNATURE_LINES_MAX and is_signature_line(kept[start - 1]) and is_body_name(kept[start - 1]):
        start -= 1
    closes = start > 0 and (ends_sentence(kept[start - 1]) or CLOSING_FORMULA.match(fold(kept[start - 1])))
    return kept[start:end] if start < end and closes else []


def is_signature_line(text: str) -> bool:
    """A closing line naming the issuing body (中共某某市委组织部, 市教育局党委) or the writer."""
    return (
        len(text) <= SIGNATURE_MAX
        and not re.search(r"[，,。；;：:！？!?、“”]", text)
        and bool(HAN.search(text))
        and not ANNOTATION.match(fold(text))
        and not heading_marker(text)
        and not ATTACHMENT_ITEM.match(text)
    )
