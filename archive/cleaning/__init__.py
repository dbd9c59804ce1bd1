"""Stage 2: strip a site's chrome, rebuild the paragraphs, and find the parts around the text.

lines (whitespace, page markers, chunk numbers, running headers, hard wraps)
-> chrome (listed phrases and shapes; the portal's metadata table; stamps)
-> paragraphs (flattened previews split, broken lines merged)
-> layout (title, subtitle, bylines, 发文字号 above; signature, date, 抄送 below).
"""
from __future__ import annotations

import difflib
import re

from .. import rules
from ..folding import fold
from ..bodies import bodies_in, is_body_name
from ..names import BRACKETED_CREDIT, LECTURER, SQUARE_CREDIT, STAFF_CREDIT, glued_office_name, office_and_name
from ..records import Block, CleanText
from .chrome import Chrome, detect_site, is_label_line, prefaced_title, stamp_date, strip_chrome
from .layout import LAW_NOTE, SIGNED_DATE, Layout, split_layout
from .lines import ARTICLE_START, CHINESE_YEAR, HAN, LINE_FURNITURE, drop_running_headers, indented_lines, remove_pinyin_glosses, remove_site_watermarks, remove_jammer_noise, ends_sentence, heading_marker, join_chunk_numbers, join_tokens, lines_after_blank_lines, normalise_lines, remove_inline_markers, unwrap_hard_wrapped
from .headings import split_run_in_headings
from .paragraphs import TRANSLATED_LINE, is_byline, merge_broken_lines, split_into_paragraphs, split_subtitles, to_block
from .title import ABOUT, DOC_NUMBER, DOC_NUMBER_LINE, NAME_ONLY, NUMBER_WITH_TITLE, SENTENCE_GOES_ON, SPEECH, TITLE_WITH_NUMBER, SPACED_OUT, TITLE_MAX, TITLE_MIN, clean_title, genre_word_at_end, printed, rejects, squeezed

TITLE_CHARS_PER_DAMAGED = 8
DAMAGED_CHARS_MAX = 2
SUMMARY_LABEL = re.compile(r"^摘\s*要(?:\s*[:：]\s*|\s+)")  # or a space for the colon (摘要 ——致敬园丁……: m.zhcng.com)
KEYWORDS_LINE = re.compile(r"^关\s*键\s*[词字]\s*[:：]")  # a paper's keywords: its 摘要 is its own abstract, label and all (摘 要:…… / 关键词:……: www.2016ccl.com)
OWN_TITLE_LIKENESS = 0.75  # of a line under the title to it, for the line to be the same title in its own form
BARE_ATTACHMENT_LABEL = re.compile(r"^附件\s*[:：]?$")
TITLE_LINES_MAX = 4  # a long title is printed over up to four lines
REPORTER = re.compile(r"记者|通讯员")
COMPILED_BY_OUTLET = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:报|网|台|社)综合$")
CREDITED_ENDS = ("。", "！", "？", "!", "?", "”")  # a credit closes a paragraph after its last sentence
CREDITED_PAGE_LINES_MAX = 8  # the page's lines a credited text may have under it
CREDITED_PAGE_LINE_MAX = 40
CLAUSE_MARKS = set("，,。；;：:")
SUBJECT = re.compile(r"^主旨\s*[:：]\s*(?:[|｜]\s*)?")
SUBJECT_SEARCH = 12  # lines of a page's head where its 主旨 stands
SUBJECT_HEADING_MIN = 10
SUBJECT_TITLE_MAX = 150
# the text an order or an announcement puts in force, named before 现予公布 (……通过《……的决定》,现予公布: www.nmgrd.gov.cn), or
# opening the announcement's sentence (《海口市市政设施管理条例》已由……通过,……现予公布: law.pkulaw.com)
PROMULGATES = re.compile(r"《(?P<name>[^《》]{4,120})》[,，]?\s*现予(?:公布|发布)|^《(?P<opening>[^《》]{4,120})》已[^。]{0,200}现予(?:公布|发布)")
BOOK_INNER = re.compile(r"[<〈]")  # 《……<……>……》: the inner book marks written either way
BOOK_INNER_END = re.compile(r"[>〉]")
PROMULGATED_TITLE_WITHIN = 5
# a 公文's note that it is published, closing a preamble or cover letter printed above the document it puts in force or issues
PUBLICATION_MARK = re.compile(r"^[(（]此件(?:公开发布|主动公开)[)）]$")
COVER_LETTER_WITHIN = 12
# a notice issuing the document printed under it (现印发给你们): that document is its attachment, and the notice, whose own title the
# page left out, has none (明溪县防洪防台风应急预案 under 现将《……》印发给你们: www.fjmx.gov.cn)
ISSUES_ATTACHMENT = re.compile(r"印发给你们|印发给你单位|现予印发|现印发")
ISSUED_TITLE_LINES = 2
ANNOUNCEMENT_TITLE = re.compile(r"(委员会公告|政府令)$")
ANNOUNCEMENT_LINES = 3  # the announcement's number may stand above its text
BOOK_TITLE_MARKS = re.compile(r"^《|》$")
SUMMARY_LINES_MIN = 3
# a law without a title line, whose note under the site's heading names it (《咸宁市文明行为促进条例》2021年12月21日……通过
# 2022年3月31日……批准: xianning.gov.cn)
NAMED_IN_ITS_NOTE = re.compile(r"^[(（]?《(?P<title>[^《》]{4,60})》\s*[(（]?\s*(?:\d{4}|" + CHINESE_YEAR + r")年[^。]{0,200}?(?:通过|批准|公布|施行|修正|修订)")
BRACKETED_ORIGINAL_HEADLINE = re.compile(r"^[(（]\s*原[标標]题\s*[:：]\s*(?P<title>[^()（）]{4,80})[)）]$")
# a speech's subtitle printed on the title's line (强化“四个度”……领头羊——领导在市十五届人大三次会议闭幕会上的讲话: www.peiji.com)
SPEECH_SUBTITLE_RUN_ON = re.compile(r"(?<=\S)——(?=[^—]{0,20}在[^—]{2,60}(上|会|时|之际)的(讲话|致辞|发言|报告|讲课|演讲|主持词|总结讲话)[^—]{0,6}$)")
# a repost notice under the text names the article (《东安路街道召开“大工委”联席会议》由河南新闻网-豫都网提供,转载请注明出处: pds.yuduxx.com)
REPOST_NAMES_TITLE = re.compile(r"^《(?P<title>[^《》]{4,80})》由[^《》]{2,30}提供[,，]")
ORIGINAL_HEADLINE = re.compile(r"(?:^|(?<=[)）。]))原标题\s*[:：]\s*(\S.{3,})$")
# a photographer's credit closing a caption: ……入场。 中新社发 翟羽佳 摄 (news.takungpao.cn)
PHOTO_CREDIT = re.compile(r"(?<=[。！？!?])\s*(?:[\u4e00-\u9fff]{1,8}(?:社|报|网)发?\s*)?[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4}){0,2}\s*摄$")
PART_NUMBER = re.compile(r"[（(][一二三四五六七八九十\d]{1,2}[)）]\s*[:：]?")
# a collection's part number after the title repeated, glued to the text (小学学校校长述职报告 篇1尊敬的各位领导……: tcysjy.com), or
# its bare number before the salutation (大学校长的开学精彩致辞1尊敬的各位老师、亲爱的同学们:: llq66.com), or a shop's count of the texts
# it sells, which the title drops (养老服务工作情况调研报告6篇 根据……: gxlnz.com)
PART_NUMBER_OPENING = re.compile(r"^(?:篇[一二三四五六七八九十\d]{1,2}(?=[\u4e00-\u9fff“])|\d{1,2}(?=尊敬的|亲爱的|各位|同志们)|\d{1,2}篇\s+)")
HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+(?:\s+[\u4e00-\u9fff]+)?")  # an office and a name, nothing else
TRAILING_LINK_MAX = 16
DAY_GOES_ON = re.compile(r"\s*\d{1,2}日")
TRAILING_LINKS_MIN = 2
SIGNING_NAME_MAX = 3  # a name of four characters is rare
# a notice's closing words and attachment notes, a letter's wishes and its signer's 敬启 (林口長庚紀念醫院 敬啟: www.cgmh.org.tw;
# 敬祝各界:新韶如意……: mcbc.com.my; 祝各位同学 / 逢考必过 / 凯旋而归: www.peihua.cn) are its own
CLOSING_FORMULA = re.compile(r"^(特此|此复|此令|谨此|附件|附:|祝|敬祝|顺祝|恭祝|此致|敬礼)|(敬启|谨启|敬上|谨上)$")
# a body in brackets under the text signs a communiqué ((万载县统计局): www.wanzai.gov.cn) as it credits a report's source
BRACKETS_AROUND = re.compile(r"^[(（]|[)）]$")
BRACKETED_BODY = re.compile(r"[(（](?P<body>[^()（）\s]{3,24})[)）]\s*$")
TRANSLATION_SHARE_MIN = 4  # a quarter of the characters or more in lines of English: a translation beside the text, not words quoted in it
# or a Macao act by its number and kind (第1/2015號行政法務司司長批示: www.io.gov.mo; 第1/2026號行政命令: bo.dsaj.gov.mo)
ORDER_TITLE = re.compile(r"^[\u4e00-\u9fff]{2,30}令[(（]?第[\d一二三四五六七八九十百零〇]{1,5}[号號][)）]?$|^第\d{1,4}/(?:\d{2}/M|(?:19|20)\d{2})[号號][\u4e00-\u9fff]{2,16}$")
SUMMARY_MIN = 20  # characters of text a summary must repeat
SUMMARY_SEARCH = 8  # lines below it where the text may start again
TEASER_LEAD = 3  # lines at the top where a teaser may stand
TEASER_SHARE = 0.8  # of its characters that the text repeats
TEXT_PUNCTUATION = re.compile(r"[，,。；;]")  # a title seldom has it; a text's words do
TITLE_WITH_NOTE = re.compile(r"^(?P<title>.{6,}?)\s*(?P<note>[(（](?:\d{4}|" + CHINESE_YEAR + r")\s*年[^()（）]{4,120}[)）])$")
APPENDED_AFTER = 3  # segments: a document's date stands below its text
APPENDED_WITHIN = 8  # segments under the date (its attachments' line, a download link) where another document may start
APPENDED_TITLE_MAX = 60

STAND_IN_MAX = 40
# a line that points elsewhere or labels a value is no headline (發稿單位:新聞及國際關係處: tnews.cc)
NOT_A_HEADLINE = re.compile(r"https?:|www\.|[:：]")

__all__ = ["clean", "headline_shaped", "join_chunk_numbers", "join_tokens", "remove_inline_markers", "split_into_paragraphs", "is_byline", "DOC_NUMBER"]


def headline_shaped(line: str) -> bool:
    """Whether a text's first line, where no title was found, may stand in for one: short, in Chinese, not a
    sentence, a salutation, a label or a link (3月8日,市六届人大五次会议隆重开幕 over 3月8日上午,赤峰市……: api.cfrd.gov.cn).
    The importer marks such a title for review."""
    plain = squeezed(line)
    return (bool(HAN.search(plain)) and TITLE_MIN <= len(plain) <= STAND_IN_MAX and not ends_sentence(plain)
            and not plain.endswith(("，", ",", "；", "、")) and not NOT_A_HEADLINE.search(plain) and not is_byline(line))


def _is_whole_title(line: str) -> bool:
    """A line that reads as a whole title: it ends with its genre word, holds no sentence's marks, and closes the quotation
    marks it opens (……防治法》《重庆市大气污染防治条例 is a wrapped line of a sentence citing laws: bs.cq.gov.cn)."""
    return (genre_word_at_end(line) and not re.search(r"[，,。；;:：]", line)
            and line.count("《") == line.count("》") and line.count("(") + line.count("（") == line.count(")") + line.count("）"))


def clean(raw_text: str, hints: tuple[str, ...] = (), declared: tuple[tuple[str, str], ...] = ()) -> CleanText:
    """The document's own title, blocks and surrounding parts from the raw text of a page.

    hints are titles the page itself declares (an HTML <h1> or <title>); they
    weigh in the choice of title but are never taken unseen. declared are the
    fields a page's <meta> tags declare (its posting day, source and site): the
    fields of a metadata table printed on the page come first.
    """
    boilerplate = rules.boilerplate()
    lines = [remove_inline_markers(line, boilerplate.inline_markers) for line in remove_jammer_noise(normalise_lines(remove_site_watermarks(remove_pinyin_glosses(raw_text))))]
    chrome = strip_chrome(lines)
    if not any(map(HAN.search, chrome.kept)):
        chrome = strip_chrome(lines, keep_captions=True)  # a page of photos: their captions are its text, without their credits
        chrome.kept = [PHOTO_CREDIT.sub("", line) for line in chrome.kept]
    kept = chrome.kept
    kept, repeated = drop_running_headers([line for line in join_chunk_numbers(kept) if line])
    segments, page_labels, credit = _without_label_segments(split_subtitles(merge_broken_lines(split_into_paragraphs(unwrap_hard_wrapped(kept, indented_lines(raw_text), _is_whole_title, lines_after_blank_lines(raw_text))))))
    credit = credit or _reporters_credit(chrome.removed + page_labels)
    segments, translation = _without_translation(segments)
    segments, appended = _without_appended_document(segments)
    segments, teaser = _without_teaser(segments)
    portal_title, portal_number = _portal_title(chrome.fields.get("title"))
    layout = split_layout(segments, [hint for hint in (portal_title, _titling_number(chrome.fields), *hints) if hint], tuple(chrome.headlines))
    title, title_found = _final_title(layout, portal_title, chrome)
    if title and layout.subtitle is None and (run_on := SPEECH_SUBTITLE_RUN_ON.search(fold(title))):
        title, layout.subtitle = title[:run_on.start()].strip(), title[run_on.start():]
    if title and (noted := TITLE_WITH_NOTE.match(title)) and LAW_NOTE.search(fold(noted.group("note"))):
        title = noted.group("title")  # ……关于政府工作报告的决议 (一九九三年三月十二日……会议通过) on one line (jiubao.dongyingnews.cn)
        layout.byline.append(noted.group("note"))
    body, summary = _without_summary(layout.body, paper=any(KEYWORDS_LINE.match(fold(line)) for line in chrome.removed))
    if body and ORIGINAL_HEADLINE.match(fold(body[-1])):
        summary.append(body.pop())  # a repost's 原标题:…… under the text names the source's headline, read above (www.sxgov.cn)
    if body and ORIGINAL_HEADLINE.match(fold(body[0])):
        summary.append(body.pop(0))  # or above it, under the page's own headline (原标题:周强:2014年最高法受理案件……: npc.people.com.cn)
    if not title_found and layout.header and (subject := _subject_under_heading(layout.header[0], body)):
        title, title_found = subject, True  # the heading stands above a letterhead (雲林縣政府 公告: www.yunlin.gov.tw)
    elif not title_found and body and (subject := _subject_under_heading(body[0], body[1:])):
        title, title_found, body = subject, True, body[1:]
    elif not title_found and body and (promulgated := _promulgated_below(body)):
        title, title_found = promulgated, True
    elif not title_found and (issued := _order_under_its_preamble(body)):
        title, title_found = issued, True
    elif not title_found and (reposted := _named_by_repost_notice(chrome.removed)):
        title, title_found = reposted, True
    elif not title_found and body and (named := NAMED_IN_ITS_NOTE.match(fold(body[0]))):
        title, title_found = body[0][named.start("title"):named.end("title")], True
        layout.byline.append(body[0])  # the note stays the law's history, read for its dates and issuer
        body = body[1:]
    body, repeated_number = _without_title_repeats(body, title)
    own_title, body = _own_title_below(title, body)
    if own_title != title:
        while body and LECTURER.match(fold(body[0].strip())):
            layout.byline.append(body.pop(0))  # 小国家 大友谊 / 主讲人:刘一斌 under the page's headline on the lecture (pdnet.cn)
    title = own_title
    if body and layout.doc_number is None and (number_line := DOC_NUMBER_LINE.match(fold(body[0]))):
        layout.doc_number, body = squeezed(body[0][number_line.start("number"):number_line.end("number")]), body[1:]  # under the title found there
    title = _law_under_its_announcement(title, body) or title
    body, closing_names = _without_closing_names(body)
    body, trailing_links = _without_trailing_links(body)
    closing_names += trailing_links
    if credit is None and (source := _source_under_headline(title, body)):
        credit, body = source, body[:-1]
        layout.signature = [line for line in layout.signature if line != source]
        closing_names.append(source)
    blocks = tuple(to_block(segment) for segment in split_run_in_headings(body))
    truncated_by = chrome.truncated_by
    last = _last_text_block(blocks, layout)
    if truncated_by is None and last is not None and not ends_sentence(last.text):
        truncated_by = f"正文在句中结束：……{last.text[-12:]}"
    return CleanText(
        title=title,
        blocks=blocks,
        truncated_by=truncated_by,
        published=chrome.published or _flattened_stamp_date(page_labels),
        original_name=chrome.original_name,
        site=detect_site(raw_text),
        removed=tuple(chrome.removed + repeated + page_labels + translation + appended + teaser + summary + layout.header + layout.cc + layout.trailer + closing_names + ([layout.released] if layout.released else [])),
        title_found=title_found,
        subtitle=layout.subtitle,
        byline=tuple(layout.byline),
        header=tuple(layout.header),
        doc_number=layout.doc_number or _field_number(chrome.fields) or portal_number or repeated_number,
        recipients=layout.recipients,
        signature=tuple(layout.signature),
        signed_date=layout.signed_date,
        released=layout.released,
        cc=tuple(layout.cc),
        fields=tuple({**dict(declared), **chrome.fields}.items()),
        dateline=layout.dateline,
        credit=credit,
        preface=layout.preface,
    )


def _named_by_repost_notice(removed: list[str]) -> str | None:
    return next((match.group("title") for line in removed if (match := REPOST_NAMES_TITLE.match(line.strip()))), None)


def _portal_title(value: str | None) -> tuple[str | None, str | None]:
    """A portal's 标题 field, without the 发文字号 some portals print before it (盘政发〔2010〕22号 盘锦市人民政府关于……)."""
    if value and (match := NUMBER_WITH_TITLE.match(value)):
        return match.group("title").strip(), squeezed(match.group("number"))
    return value, None


# a portal's 文号 may print the year and number without the issuer's abbreviation (文号:(2023)1号: info.lulong.gov.cn)
BARE_FIELD_NUMBER = re.compile(r"[（(〔\[]\s*(?:19|20)\d{2}\s*[)）〕\]]\s*\d{1,4}\s*[号號]")


def _field_number(fields: dict[str, str]) -> str | None:
    value = fields.get("doc_number")
    match = DOC_NUMBER.search(value or "") or BARE_FIELD_NUMBER.fullmatch(squeezed(value or ""))
    return squeezed(match.group(0)) if match else None


def _titling_number(fields: dict[str, str]) -> str | None:
    """The number in a portal's table when it is all the act's title (法規: / 第1/2026號行政命令: bo.dsaj.gov.mo)."""
    number = squeezed(fields.get("doc_number") or "")
    return number if ORDER_TITLE.match(number) else None


def _final_title(layout: Layout, portal_title: str | None, chrome: Chrome) -> tuple[str | None, bool]:
    """The portal's 标题 when it has one, else the chosen line, else the sold file's name or the name a
    sharing site's preface gives; None to fall back."""
    if portal_title and len(squeezed(portal_title)) >= 4 and not _own_title_beside(layout.title, portal_title):
        return clean_title(portal_title).strip(), True  # a portal's 名称 carries its column's tag too (【应急预案】……: www.dongzhi.gov.cn)
    if layout.title:
        return squeezed(layout.title) if SPACED_OUT.match(layout.title) else layout.title, True  # 內 務 守 則: spaces that pad a display title
    if order := next((line for line in layout.header if ORDER_TITLE.match(squeezed(line))), None):
        return squeezed(order), True  # an order titled by its name and number alone (铜川市人民政府令第1号: www.tongchuan.gov.cn)
    if number := _titling_number(chrome.fields):
        return number, True  # or in the portal's table only
    if original_name := chrome.original_name or prefaced_title(chrome.removed) or _original_headline(layout.body) or _bracketed_original_headline(chrome.removed):
        return clean_title(original_name), True
    return None, False


def _original_headline(segments: list[str]) -> str | None:
    """The headline a reposting site names as the source's (原标题: 市长王吉到舒兰市……调研时强调……: 222.162.163.66;
    原标题:县委书记令狐绍辉到县融媒体中心调研: zkxblog.com; after the reporter's credit, (记者 解婷)原标题:……:
    www.sxgov.cn), for a page that shows no title of its own."""
    return next((segment[match.start(1):] for segment in segments if (match := ORIGINAL_HEADLINE.search(fold(segment)))), None)


def _bracketed_original_headline(removed: list[str]) -> str | None:
    """The source's headline a repost prints in brackets, which the page's labels took away as chrome
    ((原标题:北镇市吴家镇打响“厕所革命”第一枪) above the text: liaoning.news.163.com)."""
    return next((match.group("title") for line in removed if (match := BRACKETED_ORIGINAL_HEADLINE.match(line.strip()))), None)


def _own_title_beside(chosen: str | None, portal_title: str) -> bool:
    """The document's own title printed on the page, where the portal's 名称 only names what it is about
    (名称: 市政府第8次常务会议(邀请市政府法律顾问参会) / 关于召开市政府第8次常务会议的通知: www.xuancheng.gov.cn)."""
    return bool(chosen) and genre_word_at_end(chosen) and not genre_word_at_end(clean_title(portal_title))


def _own_title_below(title: str | None, body: list[str]) -> tuple[str | None, list[str]]:
    """The document's own title printed under a site's version of it (2022年度专题党课:……(精选文档) /
    专题党课:……: hanjia777.com) is the title, and not the text's first line."""
    if not title or not body or len(body[0]) > TITLE_MAX:
        return title, body
    for lines in range(1, min(TITLE_LINES_MAX, len(body)) + 1):
        if len(body[lines - 1]) > TITLE_MAX or lines > 1 and (genre_word_at_end(body[lines - 2]) or not genre_word_at_end(body[lines - 1]) or body[0][:1] in "(（"):
            break  # a title wrapped over lines ends at its genre word (自治区人民政府关于 / 命名园林城市(县城)的决定 under the portal's
            # 自治区政府关于命名园林城市的决定: lc123.net)
        own = clean_title("".join(body[:lines]))
        near = squeezed(own) in squeezed(title) or difflib.SequenceMatcher(None, squeezed(title), squeezed(own)).ratio() >= OWN_TITLE_LIKENESS
        keeps_genre = genre_word_at_end(own) or not genre_word_at_end(title)  # 加快构建新型农业经营体系 under ……专题调研报告 is a heading
        if near and keeps_genre and len(squeezed(own)) >= TITLE_MIN and not rejects(own) and not heading_marker(own):
            if lines > 1 and fold(own).startswith("关于") and not fold(squeezed(title)).startswith("关于"):
                return title, body[lines:]  # the title printed again without the issuer the site's title names (关于……37建议 / 答复的函
                # under 石林县卫生健康局关于……第37号建议答复的函: kmsl.gov.cn)
            return own, body[lines:]
    return title, body


def _without_label_segments(segments: list[str]) -> tuple[list[str], list[str], str | None]:
    """Page labels and staff credits that a flattened line carried after the text (……再上新台阶。 文:柯腾峰 编辑:陈静峰 |:
    swcszx; ……重大意义。 融媒体中心记者/米立克 编辑:张宏晴 初审:郭文清 终审:陈 薇: fuhaizx.gov.cn),
    a bare 附件: closing the page, whose attachment links the copy lost (czedu.gov.cn 放假通知), and the
    reporters credited at the end of the last paragraph (……努力奮斗。(記者:李雄 編輯:穆丁花): m.bmgjnxf.com)."""
    kept, dropped = [], []
    for segment in segments:
        bare = LINE_FURNITURE.sub("", segment)
        (dropped if is_label_line(bare) or STAFF_CREDIT.match(fold(bare)) else kept).append(segment)
    while kept and BARE_ATTACHMENT_LABEL.match(kept[-1]):
        dropped.append(kept.pop())
    credit = None
    last = len(kept) - 1 - bool(kept and ORIGINAL_HEADLINE.match(fold(kept[-1])))  # above a repost's 原标题:…… (www.sxgov.cn)
    if last >= 0 and not _credit_match(kept[last]) and (closing := _credit_above_page_lines(kept)) is not None:
        dropped += kept[closing + 1:]  # ……做出更大贡献。(乔冠中) / 石楼融媒: the page's lines under a credited text (xw.qq.com)
        kept, last = kept[:closing + 1], closing
    if last >= 0 and (match := _credit_match(kept[last])):
        before = kept[last][: match.start()].rstrip()
        closed = before or (kept[last - 1].rstrip() if last > 0 else "")  # or alone after it: ……全覆盖。 (桂晗) (ahtcjw.gov.cn)
        if closed[-1:] in CREDITED_ENDS:
            credit = kept[last][match.start():].strip()
            if before:
                kept[last] = before
            else:
                del kept[last]
    return kept, dropped + ([credit] if credit else []), credit


def _credit_match(segment: str) -> re.Match | None:
    return BRACKETED_CREDIT.search(fold(segment)) or SQUARE_CREDIT.search(fold(segment)) or _glued_source(segment)


def _credit_above_page_lines(kept: list[str]) -> int | None:
    """The paragraph a writer's credit closes, when only a page's short lines follow it: its follow-us links, its
    disclaimer's heading, its column links (……让群众过上更美好的生活做出更大贡献。(乔冠中) / 石楼融媒: xw.qq.com;
    ……参观了图书馆。(吴思杰) / 移动端新媒体 / 贵州频道微信公众号……: gz.people.com.cn)."""
    for index in range(len(kept) - 2, max(-1, len(kept) - 2 - CREDITED_PAGE_LINES_MAX), -1):
        if len(kept[index + 1]) > CREDITED_PAGE_LINE_MAX or ends_sentence(kept[index + 1]):
            return None
        if (match := BRACKETED_CREDIT.search(fold(kept[index]))) and kept[index][: match.start()].rstrip()[-1:] in CREDITED_ENDS:
            return index
    return None


def _without_closing_names(body: list[str]) -> tuple[list[str], list[str]]:
    """An office and a name alone under the text's last sentence: who signs a message or a speech (……更有尊严。 /
    中共历下区委书记雷天太: dzwww.com), or who wrote a report (……反馈代表。 / 市人大常委会代表工委 谢晶晶: www.rard.gov.cn);
    never its issuer. A name alone may be a caption or a link as well."""
    if len(body) >= 2 and ends_sentence(body[-2]) and _is_signing_name(body[-1].strip()):
        return body[:-1], [body[-1].strip()]
    return body, []


def _without_trailing_links(body: list[str]) -> tuple[list[str], list[str]]:
    """A run of short lines of words under the text's last sentence that sign nothing and date nothing: a page's links and
    captions left below it (领导之窗 / 政府信息公开 / …… / 走进濂溪: www.lianxi.gov.cn; 【打印正文】 / 用户登录: mingshan.gov.cn).
    One such line alone may as well be the start of a paragraph a preview cut off (古蔺县人: gulin.gov.cn; 公民应当积: gb-t.site): it stays."""
    end = len(body)
    while end > 2 and _is_trailing_link(body[end - 1]):
        end -= 1
    if len(body) - end < TRAILING_LINKS_MIN or not ends_sentence(body[end - 1]):
        return body, []
    return body[:end], [line.strip() for line in body[end:]]


def _is_trailing_link(line: str) -> bool:
    plain = squeezed(line)
    folded = fold(plain)
    unbracketed = BRACKETS_AROUND.sub("", folded)
    return (len(plain) <= TRAILING_LINK_MAX and len(HAN.findall(plain)) >= 2 and not re.search(r"[\dA-Za-z@，,、:：;；]|年.{0,4}月|第[一二三四五六七八九十百]", plain)
            and not ends_sentence(line) and not is_body_name(unbracketed) and not office_and_name(line) and not glued_office_name(plain)
            and not (NAME_ONLY.fullmatch(plain) and len(plain) <= SIGNING_NAME_MAX) and not is_byline(line) and not CLOSING_FORMULA.search(folded) and not heading_marker(line)
            and not ARTICLE_START.match(folded))


def _is_signing_name(line: str) -> bool:
    return bool(HAN_ONLY.fullmatch(line) and (office_and_name(line) or glued_office_name(line)))


def _flattened_stamp_date(page_labels: list[str]) -> str | None:
    """The date in a page's stamp that a flattened page ran into its text (……进行巡查 来源:区水利局 发布时间:2018-08-01
    15:21:52: mingshan.gov.cn), read when the stamp is split off its line."""
    return next((date for label in page_labels if rules.page_date_label().search(fold(label)) and (date := stamp_date(label))), None)


def _without_translation(segments: list[str]) -> tuple[list[str], list[str]]:
    """A bilingual page's English, a line under each Chinese one (Report on the Work of……, Fellow Members,: en84.com;
    Comrade Zhi Hao, ……: www.soulun.net): the archive keeps the Chinese document. A few English words on a Chinese
    page stay."""
    english, chinese = [], []
    for segment in segments:
        (english if TRANSLATED_LINE.match(segment) else chinese).append(segment)
    if sum(map(len, english)) * TRANSLATION_SHARE_MIN < sum(map(len, segments)) or not any(map(HAN.search, chinese)):
        return segments, []  # a page in English only is no bilingual page: the importer says it is not a Chinese document
    return chinese, english


def _without_appended_document(segments: list[str]) -> tuple[list[str], list[str]]:
    """Another document a mirror prints under the document's date, headed as documents are there, by its title and
    its issuer or author (……如不服本决定,……。 / 二00二年九月十一日 / 自贡市行政机关工作人员行政过错责任追究暂行办法 /
    四川省自贡市人民政府: law361.infoeach.com; ……附件: …… / 未成年人重新犯罪问题调查报告 / 北京市朝阳区人民检察院 武彬:
    law648.infoeach.com). An attachment printed under a notice is named in it; this title is not."""
    dated = next((index for index, segment in enumerate(segments) if index >= APPENDED_AFTER and SIGNED_DATE.match(fold(segment.strip()))), None)
    if dated is None:
        return segments, []
    above = fold(re.sub(r"\s+", "", "".join(segments[:dated])))
    for index in range(dated + 1, min(dated + APPENDED_WITHIN, len(segments) - 1)):
        title, under = segments[index].strip(), segments[index + 1].strip()
        if (TITLE_MIN <= len(title) <= APPENDED_TITLE_MAX and not TEXT_PUNCTUATION.search(title) and not BARE_ATTACHMENT_LABEL.match(title)
                and not title.startswith("附") and genre_word_at_end(title) and fold(re.sub(r"\s+", "", title)) not in above
                and _names_its_issuer(under)):
            return segments[:index], segments[index:]
    return segments, []


def _names_its_issuer(line: str) -> bool:
    """A body's name alone, or followed by a person's (北京市朝阳区人民检察院 武彬)."""
    if len(line) > APPENDED_TITLE_MAX or TEXT_PUNCTUATION.search(line):
        return False
    names = bodies_in(line)
    return bool(names) and (is_body_name(line.replace(" ", "")) or bool(HAN_ONLY.fullmatch(line)) and line.startswith(names[0]))


def _source_under_headline(title: str | None, body: list[str]) -> str | None:
    """The body a news report came from, in brackets on a line of its own under its last sentence, below a headline
    ((桃源县司法局) under 省人大常委会调研组来桃调研基层司法所建设: www.cdzfw.gov.cn; (新建区民政局): nc.jx.dmpcw.org).
    Below a title ending with its kind of document it is the issuer signing ((万载县统计局) under ……统计公报: www.wanzai.gov.cn)."""
    if not title or genre_word_at_end(title) or len(body) < 2 or body[-2].rstrip()[-1:] not in CREDITED_ENDS:
        return None
    match = BRACKETED_BODY.match(body[-1].strip())
    return body[-1] if match and is_body_name(match.group("body")) else None


def _glued_source(segment: str) -> re.Match | None:
    """The body a report came from, in brackets glued to its last sentence (……同比增长84.6%。(漳浦县纪委): www.zzscdi.gov.cn);
    on a line of its own it may be the issuer signing a communiqué ((万载县统计局): www.wanzai.gov.cn)."""
    match = BRACKETED_BODY.search(segment)
    return match if match and match.start() > 0 and is_body_name(match.group("body")) else None


def _promulgated_below(body: list[str]) -> str | None:
    """The text an opening order puts in force, printed under it: its title (……通过《……的决定》,现予公布,
    自公布之日起施行。 / 2021年9月29日 / ……的决定: www.nmgrd.gov.cn), also set in book marks (《……条例》: www.olshare.net)."""
    if not body or not (match := PROMULGATES.search(fold(body[0]))):
        return None
    named = _book_title_key(match.group("name") or match.group("opening"))
    return next((BOOK_TITLE_MARKS.sub("", line).strip() for line in body[1:PROMULGATED_TITLE_WITHIN] if _book_title_key(fold(line)) == named), None)


def _order_under_its_preamble(body: list[str]) -> str | None:
    """The title of the order a preamble puts in force, printed under the preamble's (此件公开发布) when the page shows no title
    of its own (……颁令如下。 / 行委级总林(草)长: / 2024年10月29日 / (此件公开发布) / 大柴旦行委关于全面做好草原禁牧 / 工作的令:
    www.dachaidan.gov.cn)."""
    mark = next((at for at, line in enumerate(body[:COVER_LETTER_WITHIN]) if PUBLICATION_MARK.match(fold(squeezed(line)))), None)
    if mark is None or any(ISSUES_ATTACHMENT.search(fold(line)) for line in body[:mark]):
        return None
    for lines in range(1, ISSUED_TITLE_LINES + 1):
        parts = body[mark + 1:mark + 1 + lines]
        if len(parts) < lines or any(ends_sentence(part) for part in parts):
            return None
        candidate = "".join(part.strip() for part in parts)
        if len(candidate) <= TITLE_MAX and genre_word_at_end(candidate) and not rejects(candidate):
            return candidate
    return None


def _book_title_key(text: str) -> str:
    return squeezed(BOOK_TITLE_MARKS.sub("", BOOK_INNER.sub("《", BOOK_INNER_END.sub("》", text))))


def _law_under_its_announcement(title: str | None, body: list[str]) -> str | None:
    """A law printed under the announcement that puts it in force is the document, titled as the law (海口市人民代表大会常务委员会公告 /
    (第49号) / 《海口市市政设施管理条例》已由……通过,……现予公布…… / …… / 海口市市政设施管理条例: law.pkulaw.com;
    m.qoglrgh.com.cn; www.olshare.net): the announcement stays its text's opening."""
    if not title or not ANNOUNCEMENT_TITLE.search(fold(squeezed(title))):
        return None
    return next((named for start in range(ANNOUNCEMENT_LINES) if (named := _promulgated_below(body[start:]))), None)


def _subject_under_heading(heading_line: str, below: list[str]) -> str | None:
    """A Taiwan 公告 or 函 whose page heading is the start of its 主旨: the 主旨 is its title
    (公告自107年9月29日中午12時起……/ …… / 主旨:公告自107年9月29日中午12時起……: hike.taiwan.gov.tw)."""
    heading = squeezed(heading_line).rstrip(",，、")
    for segment in below[:SUBJECT_SEARCH]:
        if (match := SUBJECT.match(fold(segment))) and len(heading) >= SUBJECT_HEADING_MIN:
            subject = segment[match.end():].strip(" |")
            key = squeezed(subject)
            return subject if (key.startswith(heading) or heading.startswith(key)) and len(subject) <= SUBJECT_TITLE_MAX else None
    return None


def _without_teaser(segments: list[str]) -> tuple[list[str], list[str]]:
    """A page's teaser above its headline: the text's first words (or the headline run into them), printed
    again in full under the headline (為切實做好我市草原禁牧工作…… above 肇東市草原禁牧公告: www.23v6.com;
    关于……的通告为确保…… above the same 通告: quanzhou.kuyiso.com). Kept, it hides the headline under what looks
    like the text's start."""
    for index, segment in enumerate(segments[:TEASER_LEAD]):
        opening = squeezed(segment).rstrip("…. ")
        if len(opening) < SUMMARY_MIN or not TEXT_PUNCTUATION.search(opening):
            continue
        # the line under it may be the headline it runs on from, or the text itself; a headline that a lede
        # repeats is shorter than the lede
        runs_on = index + 1 < len(segments) and len(opening) > len(squeezed(segments[index + 1]))
        if _printed_again(opening, segments, index + (1 if runs_on else 2), index + 2 + SUMMARY_SEARCH):
            return segments[:index] + segments[index + 1:], [segment]
    return segments, []


def _printed_again(opening: str, segments: list[str], first: int, last: int) -> bool:
    """Whether the text starting at one of the segments from first to last (not included) repeats the opening."""
    return any(_repeats(opening, squeezed("".join(segments[start:start + SUMMARY_SEARCH]))) for start in range(first, min(len(segments), last)))


def _repeats(teaser: str, text: str) -> bool:
    """Whether the text starts with the teaser's words, most of them: a teaser's end may be mangled
    (……《關于進"/>今天:), and one of the two copies may have lost words (泉州市公安局交通警察支队 printed
    as 泉州市局交通支队)."""
    if not text.startswith(teaser[:SUMMARY_MIN]):
        return False
    matcher = difflib.SequenceMatcher(None, teaser, text[:len(teaser) + SUMMARY_MIN], autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) >= TEASER_SHARE * len(teaser)


def _without_summary(body: list[str], paper: bool = False) -> tuple[list[str], list[str]]:
    """A site's summary of the page (its title, then the text's first words, cut off) above the text
    that it repeats a few lines down (……的意見(皖政[2001]85號)各市、縣人民政府……為認真貫徹落實《國務院關于基礎教育改革與發展:
    www.casakenia.com)."""
    if body and (label := SUMMARY_LABEL.match(body[0])) and not paper:
        body = [body[0][label.end():], *body[1:]]  # 摘要:同志们:我今天参加…… (www.reformdata.org), 摘要:7月30日,…… (daluzixun.com): the page's label on the text's opening
    if len(body) < SUMMARY_LINES_MIN:
        return body, []
    opening = squeezed(body[0]).rstrip("…. ")
    if len(opening) < SUMMARY_MIN or ends_sentence(body[0].rstrip("…. ")):  # a summary is cut off (……管委会…); a whole sentence printed twice is a headline
        return body, []
    return (body[1:], [body[0]]) if _printed_again(opening, body, 1, SUMMARY_SEARCH + 1) else (body, [])


def _without_title_repeats(body: list[str], title: str | None) -> tuple[list[str], str | None]:
    """The body without the title printed again, whole or broken over lines, and the 发文字号 printed under it."""
    if not title:
        return body, None
    key = squeezed(title)
    keys = {key, _without_issuer(key)}  # 国务院办公厅 / 关于……的函: the issuer's line may be the header
    number = None
    for lines in range(1, TITLE_LINES_MAX + 1):
        if len(body) > lines and squeezed("".join(body[:lines])) in keys:
            body = body[lines:]
            if body and (match := DOC_NUMBER_LINE.match(fold(body[0]))):
                number = squeezed(printed(body[0], match, "number"))
                body = body[1:]
            break
    if number is None and body and (numbered := TITLE_WITH_NUMBER.match(body[0].strip())) and _names_the_title(squeezed(numbered.group("title")), key):
        number = squeezed(numbered.group("number") or numbered.group("bare"))  # 关于……的通告 2022(20)号 under 2022年天台县关于……的通告 (jwbk.com)
        body = body[1:]
    kept = [segment for segment in body if squeezed(segment) not in (key, f"【{key}】")]  # also set in 【】 (www.hljszw.org.cn)
    if kept and fold(opening := squeezed(kept[0])).startswith("关于") and key.startswith(opening) and genre_word_at_end(key[len(opening):]):
        kept = kept[1:]  # the title without its genre word, an attachment's file name printed above the text (关于开展……征集活动的 / 各科室:: ahxrmyy.com)
    if kept:
        kept[0] = _strip_damaged_title_repeat(kept[0], title)
    return [segment for segment in kept if segment], number


def _names_the_title(line: str, key: str) -> bool:
    """Whether a line is the title, or its part from 关于 on."""
    return line == key or (fold(line).startswith("关于") and key.endswith(line))


def _without_issuer(title: str) -> str:
    """A title without the issuers named before 关于 (国务院办公厅关于…… → 关于……)."""
    position = title.find("关于")
    return title[position:] if position > 0 and bodies_in(title[:position]) else title


def _strip_damaged_title_repeat(paragraph: str, title: str) -> str:
    """Drop the repeats of the title glued to the first paragraph, even if a character or two differ
    (a shop glues it on more than once: jinchutou.com ……的讲话……的讲话今天,我们……).

    Damage replaces a character or two in place (思索 for 思考); a paragraph that goes its own way after the title's
    words is no repeat (《……工作報告》今天刊登於……: www.ccac.org.mo), nor is one that does not open as the title does: one quoting it (《……办法》已经……通过:
    law540.infoeach.com), or a Taiwan 公告's 主旨 under a page heading that copies it (主旨:為辦理……: www.yunlin.gov.tw).
    """
    head = paragraph[: len(title)]
    if len(paragraph) <= TITLE_MAX and genre_word_at_end(paragraph) and not re.search(r"[。；;]", paragraph):
        return paragraph  # ……公示栏设置的通知 under ……公示栏的通知: a title of its own, not the title glued to text (m.bsmz.net)
    if set(head) & CLAUSE_MARKS - set(title):  # 中国共产党……第七次全体会议,于1996年……: a sentence naming the meeting, not its title again (rmrb.haitun.store)
        return paragraph
    # a short title's repeat has fewer damaged characters: 会长办公会议是协会领导…… opens the text under 会长办公会议规则 (www.hbmyqyxh.com)
    damaged_most = min(DAMAGED_CHARS_MAX, len(title) // TITLE_CHARS_PER_DAMAGED)
    if DAY_GOES_ON.match(paragraph[len(title):]) or SENTENCE_GOES_ON.match(paragraph, len(title)) or _first_clause(paragraph, title):
        return paragraph  # 澳门特区……开幕典礼21日在澳门文化中心举行。 under 澳门举行……开幕典礼: the sentence's subject, then its day (web.seofeiyu.cn);
        # 2023年乡镇年度工作计划是为了…… under 2023年乡镇年度工作计划: the subject, then its verb (chuan360.com)
    if paragraph[:2] == title[:2] and len(paragraph) > len(title) and sum(a != b for a, b in zip(head, title)) <= damaged_most:
        rest = _strip_damaged_title_repeat(paragraph[len(title):].lstrip(), title)
        return "" if PART_NUMBER.fullmatch(rest) else PART_NUMBER_OPENING.sub("", rest)  # 县三八节表彰会领导讲话(一): above the first of a site's texts (aihuau.com)
    return paragraph


def _first_clause(paragraph: str, title: str) -> bool:
    """A headline that is the first clause of the text's first sentence (俞正声宣布全国政协十二届一次会议开幕,全场起立唱国歌。:
    bbs.comefromchina.com); a title shaped as a 公文's or a speech's, then a comma, is glued on (关于……的调查报告,随着……: fanwenxuan.com)."""
    return paragraph[len(title):len(title) + 1] in ("，", ",") and not (ABOUT.search(fold(title)) or SPEECH.search(fold(title)))


def _last_text_block(blocks: tuple[Block, ...], layout: Layout) -> Block | None:
    """The last block of running text, passing over the signature, date and notes that close a document."""
    closing = set(layout.signature) | {layout.signed_date}
    for block in reversed(blocks):
        if block.text in closing or is_byline(block.text) or (len(block.text) <= 24 and not any(mark in block.text for mark in "，,。")):
            continue
        return block
    return None


def _reporters_credit(removed: list[str]) -> str | None:
    """A reporter's credit the page printed apart from the text, under it or above it (文/内蒙古日报社融媒体记者 戴宏 章奎 摄影/……:
    www.nmgttcy.com), or an outlet's for compiling it (潇湘晨报综合: zhongjin.caijingnews.net): the text is a report. An editor's
    alone is not (a portal prints 责任编辑 under any document)."""
    return next((line for line in removed if STAFF_CREDIT.match(folded := fold(line.strip())) and REPORTER.search(folded)
                 or COMPILED_BY_OUTLET.match(folded)), None)
