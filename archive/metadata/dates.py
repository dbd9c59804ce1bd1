"""The document's own date, from wherever the document or its page prints one, with the kind of date.

Kinds, most trusted first: 成文 (the date under a 公文's signature, or 成文日期 in a
portal's table), 讲话 (a speech's byline or subtitle), 通过 (a law's note of
adoption), 发布 (a portal's or news page's publication date), 页面 (a
document-sharing site's upload stamp).
"""
from __future__ import annotations

import re
from datetime import date as calendar_date

from .. import rules
from ..bodies import bodies_in
from ..cleaning.layout import DATE_TEXT, LAW_NOTE, SIGNED_DATE
from ..folding import fold
from ..cleaning.lines import chinese_number
from ..records import CleanText

ISO_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
COMPACT_DATE = re.compile(r"((?:19|20)\d{2})(\d{2})(\d{2})")
ROC_SHORT = re.compile(r"^(\d{2,3})-(\d{1,2})-(\d{1,2})$")
LOOSE_DATE = re.compile(r"(\d{4,6})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?")
ROC_OFFSET = 1911
DAY_FIRST = re.compile(r"^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:[，,]|在)")
RELEASED_ON = re.compile(r"\d\s*日\s*发布$")  # a head line that dates the release (read in Simplified form)
FIRST_YEAR = 1949
PROMULGATION_BLOCKS = 4
LAW_NOTE_BLOCKS = 8
BRACKETED_NOTE = re.compile(r"^[(（][^()（）]{8,600}[)）]$")
# a law's note ends with when it is in force (……批准,自2022年10月1日起施行。: xianning.gov.cn): not a date of its making
IN_FORCE_FROM = re.compile(r"自[^，,。；;]{0,24}起(?:正式)?(?:施行|生效)|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*起施行")  # or without 自 (……会议通过 1994年2月1日起施行: law245.infoeach.com), or 自2024年3月20日起正式生效 (www.hzgsedu.cn, a school's 章程)
OCCASION_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:(?:年(?!度)|(?=[\u4e00-\u9fff])(?![年级届級屆]))[^上，,。]{0,30}?(?:会|会议|典礼|式)上|年?(?!度)[^，,。]{0,16}?(?:新春|岁末))")
# the year of the occasion a speech's title names: 在2025年全市三级干部大会上的讲话 (laowenmi.com), 校长2013年本科庆祝毕业典礼上的讲话
# (fw12.com), 大学校长在2017毕业典礼上的讲话 (qz26.com), or of the season it greets: 2017年新春致辞 (jsycsy.com),
# 2015年賴清德市長對市府同仁歲末廣播 (sec.tainan.gov.tw); not 2023年度总结表彰大会, held the year after, nor 2021年党课讲稿, a site's
# date for its copy


COVER_BLOCKS = 12  # a cover letter (……现印发给你们) is short: its date stands within its first blocks
# a flattened page runs the signature and its date into the text: ……遵照执行。 邵东市双凤乡人民政府 2022 年 2 月 27 日 (chddh.com)
SIGNATURE_IN_LINE = re.compile(rf"(?:^|[。！!]\s*)(?P<body>[\u4e00-\u9fff（）()、]{{4,40}}?)\s*(?P<date>{DATE_TEXT.pattern})(?=\s|$|[^\u4e00-\u9fff])")


def cover_date(clean: CleanText, today: calendar_date) -> tuple[str, str] | None:
    """The date of a 公文 whose end the copy lacks: a date standing alone after the first sentences
    (……现印发给你们,请认真贯彻执行。 / 二〇〇八年四月三日 / 修水县处置……预案: kqyc.com), or a body's name
    and a date run into the text after a sentence; (date, evidence)."""
    blocks = [block.text for block in clean.blocks[:COVER_BLOCKS]]
    for index, text in enumerate(blocks):
        if index and SIGNED_DATE.match(text) and (found := dates_in(text, today)):
            return found[0], f"正文开头的成文日期“{text}”"
    for text in blocks:
        for match in SIGNATURE_IN_LINE.finditer(text):
            if "".join(bodies_in(match.group("body"))) == match.group("body") and (found := dates_in(match.group("date"), today)):
                return found[0], f"正文中的落款“{match.group('body')} {match.group('date')}”"
    return None


PROMULGATION = re.compile(r"(现予?|予以|特此)(公布|发布)")  # 现发布《……办法》 (law.infoeach.com)


def _acts(note: str) -> str:
    """A law's note without when it comes into force, which is not a date of its making."""
    return IN_FORCE_FROM.sub("", note).rstrip("，,。；; ")


# a record of a meeting heads itself with when and where it met (立法院……會議紀錄 / 時  間 中華民國109年5月29日(星期五)10時 /
# 地  點 本院議場: lysayit.openfun.app; the same run together on one line: lydata.ronny-s3.click); read folded
RECORD_TITLE = re.compile(r"(纪要|记录|纪录)$")
MEETING_HEAD = re.compile(r"时\s*间\s*[:：]?\s*(?P<when>[^\n]{6,40}?)\s*地\s*点")
MEETING_HEAD_BLOCKS = 3
# the head of a record, its lines dropped with the page's table: a day with its weekday or hour is when the
# meeting met, not when a page was posted (時間:民國110年4月13日(星期三)上午8時: www.chiayi.gov.tw)
MEETING_TIME_LINE = re.compile(r"^时\s*间\s*[:：]\s*(?P<when>[^\n]{6,40}?(?:星期|周[一二三四五六日天]|[上下]午|晚上|\d{1,2}\s*时))")


def _note_under_title_again(clean: CleanText) -> list[str]:
    """A law printed under the announcement that promulgates it: its title again, then its note, which dates the law, not the
    announcement's signature (海口市市政设施管理条例 / ……公告 …… 2025年12月10日 / 海口市市政设施管理条例 / (……2025年11月27日……批准): pkulaw).
    Under a notice that issues rules, the rules' own title stands above the note, and the notice's date is the document's."""
    texts = [block.text for block in clean.blocks[:LAW_NOTE_BLOCKS]]
    title = re.sub(r"\s+", "", clean.title or "")
    return [note for above, note in zip(texts, texts[1:])
            if title and re.sub(r"\s+", "", above) == title and BRACKETED_NOTE.match(note) and LAW_NOTE.search(fold(_acts(note)))]


def meeting_date(clean: CleanText, today: calendar_date, genre: str | None = None) -> tuple[str, str] | None:
    """The day a meeting met, from the head of its record (titled as one, or known as one by its fields)."""
    if genre != "纪要" and (not clean.title or not RECORD_TITLE.search(fold(clean.title))):
        return None
    head = "\n".join([*clean.header, *clean.byline, *(block.text for block in clean.blocks[:MEETING_HEAD_BLOCKS])])
    match = MEETING_HEAD.search(fold(head).replace("\n", " "))
    if match and (found := dates_in(match.group("when"), today)):
        return found[0], f"会议记录的“时间”{match.group('when')}"
    for line in clean.removed:
        if (match := MEETING_TIME_LINE.match(fold(line.strip()))) and (found := dates_in(match.group("when"), today)):
            return found[0], f"会议记录的“时间”{line.strip()}"
    return None


def _page_date(clean: CleanText, today: calendar_date) -> tuple[str, str, str] | None:
    """The day the page was posted, as read last of all: (date, kind, where)."""
    published = clean.field("published") or clean.field("posted")
    if published and (found := dates_in(published, today)):
        return found[0], "发布", f"门户网站信息表“发布日期” {published}"
    if clean.published:
        return clean.published, "页面", f"页面发布时间 {clean.published}"
    return None


def promulgation_date(header: tuple[str, ...], today: calendar_date) -> tuple[str, str] | None:
    """The date under an order that promulgates the text below it (广州市人民政府令第5号 / ……现予公布,
    自2006年1月1日起施行。 / 二○○五年十一月二十九日: law823.infoeach.com); (date, the line)."""
    for index, line in enumerate(header):
        above = header[max(0, index - 2):index]  # the order, perhaps its signer between (省长 白清才: law.infoeach.com)
        if SIGNED_DATE.match(line) and any(PROMULGATION.search(fold(earlier)) for earlier in above) and (found := dates_in(line, today)):
            return found[0], line
    return None


def parse_date(year_text: str, month_text: str, day_text: str | None, today: calendar_date, offset: int = 0) -> str | None:
    """A date string at the precision given, or None if it cannot be a real date."""
    year, month = chinese_number(year_text), chinese_number(month_text)
    day = chinese_number(day_text) if day_text else None
    if year is None or month is None:
        return None
    year += offset
    if not FIRST_YEAR - 100 <= year <= today.year or not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        value = calendar_date(year, month, day)
    except ValueError:
        return None
    return value.isoformat() if value <= today else None


def dates_in(text: str, today: calendar_date) -> list[str]:
    """Every valid date printed in a line, in order (Arabic, Chinese numerals, Republic-of-China years, ISO)."""
    found = []
    for match in DATE_TEXT.finditer(text):
        groups = match.groups()
        parsed = parse_date(*groups[0:3], today) if groups[0] else parse_date(*(groups[3:6] if groups[3] else groups[6:9]), today, offset=ROC_OFFSET)
        if parsed:
            found.append(parsed)
    if not found:
        for match in ISO_DATE.finditer(text):
            if parsed := parse_date(*match.groups(), today):
                found.append(parsed)
    if not found and (match := ROC_SHORT.match(text.strip())):
        if parsed := parse_date(*match.groups(), today, offset=ROC_OFFSET):
            found.append(parsed)
    return found


def compact_date(value: str, today: calendar_date) -> list[str]:
    """A date a database field prints as eight digits (【颁布日期】 19891016: www.cgcq.net)."""
    match = COMPACT_DATE.fullmatch(value.strip())
    parsed = parse_date(*match.groups(), today) if match else None
    return [parsed] if parsed else []


def impossible_dates(text: str, today: calendar_date) -> list[str]:
    """Date-shaped strings that are no real date (王和涛202223年6月5日), to report."""
    return [match.group(0) for match in LOOSE_DATE.finditer(text) if not parse_date(*match.groups(), today)]


def document_date(clean: CleanText, genre: str | None, today: calendar_date, evidence: dict, warnings: list) -> tuple[str | None, str, str | None]:
    """(date, date_source, date_kind): the most trusted date the document or its page prints."""
    spoken = genre in rules.spoken_genres()
    notes = [line for line in clean.byline if LAW_NOTE.search(fold(_acts(line)))] + ([clean.field("history")] if clean.field("history") else [])
    notes = notes or _note_under_title_again(clean)
    if notes and (found := [date for line in notes for date in dates_in(_acts(line), today)]):
        evidence["date"] = f"题注“{'；'.join(notes)}”（最近一次）"
        return max(found), "text", "通过"
    promulgated = clean.field("promulgated")
    if promulgated and (found := dates_in(promulgated, today) or compact_date(promulgated, today)):
        evidence["date"] = f"法规库信息表“颁布日期” {promulgated}"
        return found[0], "text", "通过"
    opening = tuple(block.text for block in clean.blocks[:PROMULGATION_BLOCKS])  # the order may open the text (现发布《……办法》……施行。 / 省长 白清才 / 一九九四年四月十日)
    if promulgated := promulgation_date(clean.header + opening, today):
        evidence["date"] = f"公布令的日期“{promulgated[1]}”"
        return promulgated[0], "text", "通过"
    candidates: list[tuple[str | None, str, str]] = [
        (clean.signed_date, "讲话" if spoken else "成文", f"落款日期“{clean.signed_date}”"),  # the document's own word first
        (clean.field("written"), "成文", "门户网站信息表“成文日期”"),
        *[(line, "讲话" if spoken else "成文", f"题注“{line}”") for line in clean.byline if line != clean.dateline],
        (clean.subtitle, "讲话", f"副标题“{clean.subtitle}”"),
        (clean.released, "发布", f"新闻稿的日期“{clean.released}”"),
        # a day alone above the title (二零零八年十二月五日 (星期五) over 教育局局長……致辭全文: www.edb.gov.hk)
        *[(line, "讲话" if spoken else "发布", f"版头“{line}”") for line in clean.header if SIGNED_DATE.match(line)],
        # the page's note above a speech, opening on the day it was given (2021年7月1日,庆祝中国共产党成立100周年大会……: wyx.hudazx.edu.cn;
        # 2000年2月25日在济南市第十二届人民代表大会第三次会议上济南市市长谢玉堂发表……: www.zhongdou1.com)
        *[(line, "讲话", f"讲话前的按语“{line[:20]}”") for line in clean.header if spoken and DAY_FIRST.match(line)],
    ]
    for text, kind, where in candidates:
        if not text:
            continue
        found = dates_in(text, today) or (compact_date(text, today) if text == clean.signed_date else [])
        if found:
            value = max(found) if kind == "通过" else found[0]
            evidence["date"] = where
            return value, "text", kind
        for impossible in impossible_dates(text, today):
            warnings.append(f"不可能的日期“{impossible}”（见“{text}”），未采用")
    if meeting := meeting_date(clean, today, genre):
        evidence["date"] = meeting[1]
        return meeting[0], "text", "成文"
    if not spoken and (cover := cover_date(clean, today)):
        evidence["date"] = cover[1]
        return cover[0], "text", "成文"
    if spoken and clean.title and len(years := set(OCCASION_YEAR.findall(fold(clean.title)))) == 1:
        year = years.pop()
        if (posted := _page_date(clean, today)) and posted[0].startswith(year):
            evidence["date"] = f"{posted[2]}（与标题中讲话场合的年份相同）"
            return posted[0], "page", posted[1]  # the page's day in the year the title names is the fuller date (2022年新春贺词 posted 2022-02-23: www1.sxtwedu.com)
        if int(year) <= today.year:
            evidence["date"] = f"标题中讲话场合的年份“{clean.title}”"
            return year, "text", "讲话"
    if clean.dateline and (found := dates_in(clean.dateline, today)):
        evidence["date"] = f"电头“{clean.dateline}”"  # 中红网贵州黄平2015年7月2日电 (xibaipo.com): the report's own date
        return found[0], "text", "发布"
    for line in clean.header:
        if RELEASED_ON.search(fold(line)) and (found := dates_in(line, today)):
            evidence["date"] = f"版头“{line}”"  # 中央銀行新聞稿 98年6月25日發布 (www.cbc.gov.tw): a press release's own head
            return found[0], "text", "发布"
    if posted := _page_date(clean, today):  # the day a page was posted dates it only when it prints no other
        evidence["date"] = posted[2]
        return posted[0], "page", posted[1]
    return None, "none", None
