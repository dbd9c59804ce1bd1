"""Rebuild paragraphs and headings from lines that previews flattened, broke or glued together."""
from __future__ import annotations

import re

from ..bodies import is_body_name
from ..folding import fold
from ..records import Block
from ..rules import known_label_head
from .chrome import NUMERIC_DATE, is_stamp_line
from .lines import CHINESE_YEAR, HAN, HEADING_CHAPTER, HEADING_SUB, HEADING_TOP, ends_sentence, heading_marker, is_heading_text, join_tokens

# a line of English words with no Chinese in it: a bilingual page's English beside each Chinese line (en84.com), never half
# of a Chinese one; a line of code or data (<image>data:image/png;base64,……: bgzms.com) has no words apart
TRANSLATED_LINE = re.compile(r"^(?=[^\u3400-\u9fff]*[A-Za-z]{2,}\s+[A-Za-z]+)[^\u3400-\u9fff]*$")
# in either script: 同志們: (3du.tw); the chair of a council addressed: 主席女士: (eeb.gov.hk)
SALUTATION = re.compile(r"^(同志[们們]|同事[们們]|朋友[们們]|各位[^\s]{0,16}|尊敬的[^\s]{0,24}|女士[们們][^\s]{0,10}|主席女士)[:：]$")
DATE_ONLY = re.compile(
    r"^[（(]?\s*([\u4e00-\u9fff]{2,4})?\s*(\d{4,6}|" + CHINESE_YEAR + r")\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
    r"(\s*[\d一二三四五六七八九十]{1,3}\s*日)?(\s*[,，、]\s*(?:早上|上午|中午|下午|晚上)?\d{1,2}\s*[点點时時](?:\s*\d{1,2}\s*分)?)?"
    r"(\s*[,，、]\s*[\u4e00-\u9fff]{2,12})?\s*[)）]?$"  # (2010年10月1日,上海): nakedoat.com; 2012年9月6日,晚上7点,新加坡岛屿俱乐部 (www.moh.gov.sg)
)
DATE_START = re.compile(r"^(\d{4}|" + CHINESE_YEAR + r")\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日")  # a new note or dated line
FLATTENED_MIN = 60  # a line this long, with a space after a sentence or a salutation, is a page flattened by a preview
FLATTENED = re.compile(r"[。！？!?:：」”] \S")
TITLE_MAX = 60
SUBTITLE_MAX = 160
RECIPIENTS_TOKEN = re.compile(r"各[^。！？!?，,；;:：\s]{1,60}[:：]")
# (2006年8月30日) 同志们:, or the speaker first: 遂昌县县长童森军(2026 年 2 月 6 日)各位代表,同志们: (www.mishuzj.com)
BYLINE_START = re.compile(r"^([\u4e00-\u9fff]{2,20}\s*)?[（(]\s*(\d{4}|" + CHINESE_YEAR + r")\s*年")
# after the byline's closing bracket, or its date, or the speaker's name after the bracket ((2011年11月3日 根据录音整理)刘和平同志们:
# dajudeng.com); one hearer or several (各位代表,同志们:)
HEARERS = r"(同志[们們]|同事[们們]|各位[领領][导導]|各位代表|各位委[员員]|各位[来來][宾賓]|尊敬的[^:：，,。]{0,24})"
SALUTATION_INSIDE = re.compile(
    r"(?:(?<=[)）日\s])|(?<=[)）][\u4e00-\u9fff]{2})|(?<=[)）][\u4e00-\u9fff]{3}))" + HEARERS + r"([,，、]" + HEARERS + r")*[:：]"
)
ADDRESS_LIST = re.compile(r"^(?:[^、，,。；;:：]{2,16}、)+[^、，,。；;:：]{2,16}[:：]$")  # 終審法院首席法官、各位司法機構人員、……、各位先生: (www.doj.gov.hk)
CONTINUATION_OPENINGS = ("，", ",", "、", "；", ";", ")", "）")  # ,下同),是……: a line never opens with these (www.cgcq.net)
CONTINUING_MARKS = ("，", ",", "、", "；", ";")
PART_LABEL = re.compile(r"^(主旨|說明|说明|依據|依据|公告事項|公告事项|辦法|办法)\s*[:：]")  # the parts of a Taiwan 公文 each open a paragraph
GLUED_NOTE = re.compile(r"^[（(][^()（）]{4,200}?(?:通过|修正|修订|公布|发布|批准|施行)[)）](?=\s*\S)")  # or after a space: (2016年10月27日……会议通过) 鄂州市……听取了 (ezrd.gov.cn)
NOTE_END = re.compile(r"^[^()（）]{4,200}?(?:通过|修正|修订|公布|发布|批准|施行)[)）](?=\S)")
NOTE_MAX = 200  # a bracketed note that opens but does not close within this is no note
RESTART_MIN = 6
RESTART_KEY = 12
PLACEHOLDER_DATE = re.compile(r"[（(]?\s*X{1,4}\s*年\s*X{1,2}\s*月\s*X{1,2}\s*日\s*[)）]?")
CLOCK_TIME = re.compile(r"\d{1,2}:\d{2}")
STAMP_BUTTONS = re.compile(r"\s*【[^【】]{0,12}】?$")


def is_byline(text: str) -> bool:
    """A line giving only the speaker and/or date under the title (also a day in figures: 2009-11-03 under 浙政发[2009]69号:
    shui5.cn; or a sample text's blank for it: (X年X月X日), mmgw.top)."""
    return bool(DATE_ONLY.match(text) or NUMERIC_DATE.fullmatch(text) or PLACEHOLDER_DATE.fullmatch(text.strip()))


RULES_TITLE_END = re.compile(r"(?:章程|制度|办法|规定|条例|细则|规则|守则|公约|准则)$")
FIRST_ARTICLE_TOKEN = re.compile(r"^第[一1](?:条|章)")


BRACKETED_WORD = re.compile(r"(?:^|[\s(（])[\u4e00-\u9fff]{2,4}$")  # a name's length, after a bracket or a space


def split_into_paragraphs(lines: list[str]) -> list[str]:
    """Split each flattened line at the spaces that stand for paragraph breaks; other lines stay as they are."""
    segments: list[str] = []
    earlier_lines: set[str] = set()
    for line in lines:
        if len(line) >= FLATTENED_MIN and FLATTENED.search(line):
            segments.extend(_split_line(line, earlier_lines))
        else:
            segments.append(line)
        earlier_lines.add(line)
    split: list[str] = []
    for segment in segments:
        split.extend(split_after_note(segment, continues_note=bool(split) and _open_brackets(split[-1]) > 0))
    return split


def split_after_note(segment: str, continues_note: bool = False) -> list[str]:
    """A law's note of adoption with the text glued after it ((……会议通过)第一章 总则: rmrb.haitun.store), also when
    the note began on the line above ((1992年10月24日安徽省第七屆人民代表大會 / 常務委員會……會議通過)第一章 總則: mzt333.com)."""
    match = (NOTE_END if continues_note else GLUED_NOTE).match(fold(segment))
    return [segment[: match.end()], segment[match.end():].strip()] if match else [segment]


def _split_line(line: str, earlier_lines: set[str]) -> list[str]:
    tokens = line.split(" ")
    paragraphs: list[str] = []
    buffer = ""
    for position, token in enumerate(tokens):
        # a space between short words in brackets parts names, not paragraphs: ……工作。(张云龙 王洁 孙雨静) (www.7276660.com);
        # a note's line break stays joined: (1996年10月11日 / 中国共产党……全体会议通过)
        names = _open_brackets(buffer) > 0 and BRACKETED_WORD.search(buffer) and BRACKETED_WORD.fullmatch(token.rstrip(")）"))
        buffer = f"{buffer} {token}" if names else join_tokens(buffer, token)
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        in_leading_lines = all(_title_like(paragraph) or is_byline(paragraph) for paragraph in paragraphs)
        inside_note = _open_brackets(buffer) > 0 and len(buffer) <= NOTE_MAX  # (1996年10月11日 ……全体会议通过): rmrb.haitun.store
        if following is not None and not inside_note and _breaks_before(buffer, following, in_leading_lines, earlier_lines | set(paragraphs)):
            paragraphs.append(buffer)
            buffer = ""
    if buffer:
        paragraphs.append(buffer)
    return paragraphs


def _open_brackets(text: str) -> int:
    return text.count("(") + text.count("（") - text.count(")") - text.count("）")


def _breaks_before(buffer: str, following: str, in_leading_lines: bool, seen: set[str]) -> bool:
    """Whether the space between buffer and the following token is a paragraph break."""
    if is_byline(join_tokens(buffer, following)):
        return False
    if in_leading_lines and _is_page_stamp(buffer):  # the stamp runs on while its labels and values do
        return not _is_page_stamp(join_tokens(buffer, following))
    if in_leading_lines and (_is_doc_number(buffer) and NUMERIC_DATE.fullmatch(following) or NUMERIC_DATE.fullmatch(buffer) and not CLOCK_TIME.match(following)):
        return True  # ……实施意见 浙政发[2009]69号 2009-11-03 为贯彻……: the number and the day under the title (shui5.cn)
    if in_leading_lines and (_is_doc_number(buffer) or _title_like(buffer) and _is_doc_number(following)):
        return True  # ……挂牌督办通知书 安委督〔2023〕13号 山西省人民政府 2023年11月16日,你省……: a 公文's number on its own line (wkm.edumine.net)
    if in_leading_lines and (_title_like(buffer) and RECIPIENTS_TOKEN.fullmatch(following) or RECIPIENTS_TOKEN.fullmatch(buffer)):
        return True  # ……的通知 各村、乡属各部门: 新修订的……: the 主送 line between the title and the text (doc.chddh.cn)
    if DATE_ONLY.fullmatch(following) and is_body_name(buffer):
        return True  # ……。 国务院安全生产委员会 2023年11月18日: the issuer's signature, then its date (wkm.edumine.net)
    if ends_sentence(buffer) or SALUTATION.match(buffer) or is_heading_text(buffer):
        return True
    if HEADING_TOP.match(following) or HEADING_SUB.match(following) or SALUTATION.match(following):
        return True
    if in_leading_lines and _title_like(buffer) and RULES_TITLE_END.search(fold(buffer)) and FIRST_ARTICLE_TOKEN.match(fold(following)):
        return True  # 广州市南沙区东涌镇商会会员大会制度 第一条 为规范……: a rule's title over its first article (dongchong.net)
    if in_leading_lines and following.startswith("——") and _title_like(buffer):
        return True  # a title, then its subtitle (——在……上的讲话)
    if in_leading_lines and (_title_like(buffer) or is_byline(buffer)):
        return (
            buffer in seen
            or is_byline(buffer)
            or is_byline(following)
            or bool(SALUTATION.match(following))
            or (_title_like(following) and _complete_title(buffer))
            or _opens_page_stamp(following)
        )
    return False


def _opens_page_stamp(token: str) -> bool:
    """A page's stamp after its headline on a flattened page (……进行巡查 来源:区水利局 发布时间:2018-08-01: mingshan.gov.cn)."""
    head, colon, _ = re.sub("：", ":", token).partition(":")
    return bool(colon) and known_label_head(head)


def _is_doc_number(text: str) -> bool:
    from .title import DOC_NUMBER_LINE

    return bool(DOC_NUMBER_LINE.match(fold(text)))


def _is_page_stamp(text: str) -> bool:
    """A stamp, with the page's buttons after it (浏览次数: 次 【字体:小 大】: mingshan.gov.cn)."""
    stamp = STAMP_BUTTONS.sub("", text)
    return _opens_page_stamp(stamp) and is_stamp_line(stamp)


def _title_like(text: str) -> bool:
    return (
        0 < len(text) <= TITLE_MAX
        and "。" not in text
        and not text.endswith((":", "：", ",", "，"))
        and not is_heading_text(text)
        and not SALUTATION.match(text)
        and bool(HAN.search(text))
    )


def split_subtitles(segments: list[str]) -> list[str]:
    """A title and its subtitle printed on one line (……奋进! ——国家主席……讲话侧记) become two lines,
    and a subtitle runs no further than the salutation after it (……(2010年9月20日)尊敬的各位领导:)."""
    split: list[str] = []
    for segment in segments:
        head, dash, tail = segment.partition(" ——")
        if dash and head and _title_like(head.strip()) and len(tail) <= TITLE_MAX * 2 and "。" not in tail:
            head, segment = head.strip(), "——" + tail.strip()
            split.append(head)
        if (segment.startswith("——") or BYLINE_START.match(segment)) and (match := SALUTATION_INSIDE.search(segment, 0, SUBTITLE_MAX)):
            split.extend([segment[: match.start()].strip(), segment[match.start():].strip()])
        else:
            split.append(segment)
    return split


def _complete_title(text: str) -> bool:
    """A leading piece that can stand as a whole title: it ends with the word for its genre."""
    from .title import clean_title, genre_word_at_end

    return genre_word_at_end(clean_title(text)) and not re.search(r"[，,；;]", text)


def merge_broken_lines(segments: list[str]) -> list[str]:
    """Rejoin a paragraph that a preview broke over several lines mid-sentence."""
    merged: list[str] = []
    for segment in segments:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and (len(previous) > TITLE_MAX or previous.endswith(CONTINUING_MARKS) or segment.startswith(CONTINUATION_OPENINGS))
            and not ends_sentence(previous)
            and not previous.endswith((":", "："))
            and not heading_marker(segment)
            and not DATE_START.match(segment)
            and not SALUTATION.match(segment)
            and not ADDRESS_LIST.match(segment)
            and not PART_LABEL.match(segment)
            and not previous.startswith("——")
            and not (previous[:1] in "(（" and previous[-1:] in ")）")  # a bracketed note is whole (a law's note of adoption)
            and not (previous.endswith("》") and segment.startswith("《"))  # ……61號《……的通報》 / 《……的通報》: a title printed twice
            and not (len(segment) >= RESTART_MIN and previous.startswith(segment[:RESTART_KEY]))  # a page's summary cut off, then the text from its start (www.casakenia.com)
            and not _title_above_address(previous, segment)
            and bool(TRANSLATED_LINE.match(previous)) == bool(TRANSLATED_LINE.match(segment))
        ):
            merged[-1] = join_tokens(previous, segment)
        else:
            merged.append(segment)
    return merged


def _title_above_address(previous: str, segment: str) -> bool:
    """A long title ending with its genre word, above the line it addresses (……实施细则》的通知 /
    各盟市农牧局,相关单位: www.wlthq.gov.cn): two parts of a 公文, not one sentence broken."""
    from .title import genre_word_at_end

    return segment.rstrip().endswith((":", "：")) and not re.search(r"[，,；;。]", previous) and genre_word_at_end(previous)


def to_block(segment: str) -> Block:
    if is_heading_text(segment):
        level = 2 if HEADING_TOP.match(segment) or HEADING_CHAPTER.match(segment) else 3
        return Block("heading", segment, level)
    return Block("paragraph", segment)
