"""Line-level repairs of a raw text: whitespace, page markers, chunk numbers, running headers, hard wraps."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType

from ..folding import fold

SENTENCE_END = "。！？!?…"
# a sentence and the reporter credited after it: ……更可持续。(龙金理) (www.qdn.cn), ……管理力度。(木门镇   赵立婷) (scgw.gov.cn)
CREDITED_SENTENCE_END = re.compile(r"[。！？!?…][”」』]?\s*[(（][^()（）]{1,40}[)）]\s*$")
CLOSING_MARKS = "”’」』》）)\"'〞"
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# A year in Chinese numerals; its zero is typed in many look-alikes (二○○八, 二OO八: tests/corpus/tcszx-…-2008.txt).
ZERO_FORMS = "〇零○O0"  # 二0一九年一月八日: an Arabic zero typed among Chinese numerals (www.luyuan.gov.cn)
CHINESE_YEAR = f"[{ZERO_FORMS}一二三四五六七八九]{{4}}"
CHINESE_DIGITS = {**dict.fromkeys(ZERO_FORMS, 0), "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
HEADING_TOP = re.compile(r"^[一二三四五六七八九十]{1,3}[、.．]")
HEADING_SUB = re.compile(r"^[（(][一二三四五六七八九十]{1,3}[)）]")
HEADING_CHAPTER = re.compile(r"^第[一二三四五六七八九十百零〇]{1,4}[章编]\s*")
HEADING_SECTION = re.compile(r"^第[一二三四五六七八九十百零〇]{1,4}节\s*")
ARTICLE_START = re.compile(r"^第[一二三四五六七八九十百零〇\d]{1,5}条")  # an article of a law (read in Simplified form)
ARTICLE_SPACE = re.compile(r"^(第[一二三四五六七八九十百零〇\d]{1,5}[条條])\s")
# a Republic-of-China day without its era, as Taiwan offices print it (中央銀行新聞稿 98年6月25日發布: www.cbc.gov.tw; 發稿時間:110年1月1日:
# tnews.tainan.gov.tw; 日期:108 年 5 月 27 日: kmc-ebook.21cms.tw); every such day in the corpus is Taiwan's, none a mainland year written short
ROC_ERA = "(?:中華民國|中华民国|民國|民国)"  # the Republic-of-China calendar named, in either script
ROC_DAY = r"(?<![\d年])(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
CHUNK_NUMBER = re.compile(r"^(\d{1,3})、")
WEEKDAY = r"[（(]\s*星期[一二三四五六日天]\s*[)）]"  # (星期三) after a day
HEADING_MAX = 40
TOP_LINES = 30  # lines of a page before its text is well under way
RUNNING_HEADER_MAX = 30
RUNNING_HEADER_COPIES = 3
# a piece of text, never a running header, though a PDF may wrap it alike three times: a sentence's end (南》。 after ……技术指, a guide
# cited thrice in the www.nhc.gov.cn PDF), a clause mark, a closing mark opening the line, a quotation's attribution (——习近平)
TEXT_PIECE = re.compile(r"[。，,；;！!？?、：:]|^[》」』”）)]|^——")
WRAP_MIN_WIDTH = 18  # a printed page is wider; columns of short names (東皇鎮人民政府 醒民鎮人民政府) are not wrapped text
WRAP_MIN_LINES = 5
WRAP_SHARE = 0.4
WRAP_SLACK = 1.5
WRAP_RUN_MIN_LINES = 3
WRAP_RUN_MIN_WIDTH = 20
BLANK_PARTED_SHARE = 0.5
RUN_CLAUSE = re.compile(r"[，,、；;]")  # a paragraph's sentences have clauses; a title printed three times has none
RUN_OPENING = re.compile(r"^(——|[（(]?[\u4e00-\u9fff]{1,8}[〔\[［(（]\d{4}[〕\]］)）]\d{1,5}[号號])")  # an item's dash, a 公文's number
PARAGRAPH_INDENT = 2
INDENT_MAX = 4
INDENT = re.compile(r"^(?: {2,}|\u3000|\t)")  # a wrapped line may run a mark or a figure past the width
HALF_WIDTH = 0.5
LINE_FURNITURE = re.compile(r"^(?:[-•·▪●|│]\s+)+|(?:\s+[|│]+)+$")  # - 浏览次数: / • 分页 >> / | 盘政发〔2010〕22号 … | / ……的通告 | || (hzzkrmyy.com)
# An indent of ideographic spaces that a lossy conversion turned into question marks
# (??经济综合实力迈上新台阶。 xindetihuiya.com): two or four at a line's start, before Chinese, or a pair for each space
# that pushed a signature's date to the right (84 before 2024年8月19日: www.www9948x.com), or before a bracketed name
# (????[俞正聲]: customkitchencountertop.com), or an odd run of them before the text or alone on its line (????????? before a
# signature: www.8m9cc.com; ??????? above a speech: www.edufabricareview.com; ??? 德州新聞網訊: floorcoveringcontractor.com, slftennis.com),
# or a single one before Chinese, not before a list's number (?各縣、市、區人民政府,……: www.tube444.com; ?梨樹縣延長供暖時間至4月15日: www.sola-cia.com),
# or one for each of two spaces, apart (? ? 回顧成就備受鼓舞: www.udlf.com.cn).
LOST_INDENT = re.compile(r"^(?:\?\?)+(?=[\d\[])|^\?{3,}(?=[\d\[])|^\?+(?=[\u4e00-\u9fff])|^\?{3,}(?:\s+|$)|^\?(?:\s\?)+\s(?=[\u4e00-\u9fff])")
JAMMED_START = re.compile(r"^(?:[!-~]{1,24}\s+)+(?=[!-~]{0,3}[^\x00-\x7f])")  # before 2.镇巴县 as before 各省
JAMMED_END = re.compile(r"(?:(?<=[^\x00-\x7f])|(?<=[^\x00-\x7f][:;,.!?]))(?:\s+[!-~]{1,24})+$")
# noise glued to the sentence it follows (通报如下:% j6 z( R! H3 f' / 的问题。3 T3 d% U; L: 0916001.com): the jammer's
# tokens are one or two characters, so a short head and three such tokens after it
GLUED_JAMMER_END = re.compile(r"(?<=[^\x00-\x7f])([:;,.!?]?)(?![:;,.!?])([!-~]{1,2}(?:\s+[!-~]{1,3}){3,})$")
JAMMED_LINES_MIN = 5
# and a tenth of its lines at least: a long technical text has lines ending in units (20mL/m, 0.1g, IgM) that look like
# noise, 23 of about 5,000 in a 159-page PDF (www.nhc.gov.cn 防控方案), whose figures must not be taken for it (2022 年 6 月27 日)
JAMMED_SHARE_MIN = 0.1
SHORT_TOKEN_RUN = re.compile(r"(?<![!-~])(?:[!-~]{1,2}\s+){5,}[!-~]{1,2}(?![!-~])")
LONG_RUN_JAMMERS = 4  # tokens of a run with a symbol in them (x- f* |2 ~* }!), as no unit (1 mL, 5 g) has
SYMBOL_TOKEN = re.compile(r"\S*[^A-Za-z0-9\s]\S*")
LONG_RUN_LINES_MIN = 2
KEPT_ASCII = re.compile(r"\d+(?:[.,:/-]\d+)*|[(（]?\d{1,3}[)）.、]|(?:[A-Z][a-z]+|[a-z]{2,}|[A-Z]{2,})\d*|(?:https?://|www\.)\S+")  # numbers, list marks, words, addresses
ASCII_TOKEN = re.compile(r"[!-~]+")
LONE_DIGIT = re.compile(r"\d")

CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # not text: a NUL or a terminal's escape pasted in
SPACES = re.compile(r"[ \t\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff]+")


# The readings a converting mirror site writes after characters (關(guān)于印發(fā)……: www.olshare.net; 國務(wù)院: usqcn.com):
# pinyin with a tone mark in brackets right after a character; a page prints many or none
PINYIN_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])[(（](?=[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,6}[)）]")
PINYIN_GLOSSES_MIN = 3
WATERMARK_NOISE = r"[!-~]{3,}(?: [!-~]{1,12})?"
WATERMARK = re.compile(rf"(?P<name>[\u4e00-\u9fff]{{2,12}}网){WATERMARK_NOISE}")
SITE_NAME_MIN = 4
WATERMARKS_MIN = 3
# or without tone marks (辦(ban)公(gong)廳(ting), 12月(yue)5日電: hujun; 人(ren)民(min)政府: hbzqbyyxgs), a syllable of pinyin before a
# character, a digit or a mark, written once or more (改善(shan)(shan)農村: hujun; 鄉村(cun)(cun)(cun): 8ice); not a letter alone, which lists use (附件(a)与附件(e))
SYLLABLE = r"(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uai|uan|ian|iao|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|ü|v)"
TONELESS_GLOSS = re.compile(rf"(?<=[\u4e00-\u9fff])(?:[(（](?=[a-zü]{{2}}){SYLLABLE}[)）])+(?=[\u4e00-\u9fff\d〔〕《》，。、：；！？“”（）(),:;]|$)", re.MULTILINE)


SCORES = {"廿": 20, "卅": 30}


def chinese_number(text: str) -> int | None:
    """A number as a date or an outline writes it: 12, 二〇一九, 九, 十, 十一, 二十三."""
    if text.isdigit():
        return int(text)
    if len(text) == 4 and all(char in CHINESE_DIGITS for char in text):
        return int("".join(str(CHINESE_DIGITS[char]) for char in text))
    if text[:1] in SCORES and len(text) <= 2:
        return SCORES[text[0]] + (CHINESE_DIGITS.get(text[1:], 0) if text[1:] else 0)  # 廿八: twenty-eight, as dates write it
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (CHINESE_DIGITS.get(tens, 1) if tens else 1) * 10 + (CHINESE_DIGITS.get(ones, 0) if ones else 0)
    return CHINESE_DIGITS.get(text) if len(text) == 1 else None


def remove_site_watermarks(text: str) -> str:
    """The text without a site's name stamped again and again into it with random characters after it, against copying
    (中國古建築營造網!cnT.?"]3c|Z3~山東省文物局: / ……批復如下:中國古建築營造網|9o%O;t Wl: www.3343.xyz); a name met fewer
    than WATERMARKS_MIN times so is the text's."""
    folded = fold(text)
    counts: dict[str, int] = {}
    for match in WATERMARK.finditer(folded):
        name = match.group("name")
        for start in range(len(name) - SITE_NAME_MIN + 1):
            counts[name[start:]] = counts.get(name[start:], 0) + 1
    stamped = [name for name, count in counts.items() if count >= WATERMARKS_MIN]
    if not stamped:
        return text
    name = max(stamped, key=len)
    spans = [match.span() for match in re.finditer(re.escape(name) + WATERMARK_NOISE, folded)]
    for start, end in reversed(spans):  # folding keeps every character's place
        text = text[:start] + text[end:]
    return text


def remove_pinyin_glosses(text: str) -> str:
    """The text without a mirror site's pinyin glosses, when it carries several."""
    for gloss in (PINYIN_GLOSS, TONELESS_GLOSS):
        if len(gloss.findall(text)) >= PINYIN_GLOSSES_MIN:
            text = gloss.sub("", text)
    return text


BLOCK_TAG = re.compile(r"</?(?:h[1-6]|p|div|br|li|ul|ol|table|tr|td|th|section|article|blockquote)(?:\s[^<>]{0,300})?/?>", re.IGNORECASE)
INLINE_TAG = re.compile(r"</?(?:span|strong|b|i|em|u|font|a)(?:\s[^<>]{0,300})?/?>", re.IGNORECASE)
MARKUP_TAGS_MIN = 3  # a stored copy that kept its page's markup shows many block tags; a tag or two in a text is the text's


MARKDOWN_IMAGE_LINE = re.compile(r"!\[(?P<caption>[^\]]{41,300})\]\([^()\s]{0,300}\)")


def normalise_lines(text: str) -> list[str]:
    """Split into trimmed lines, every run of spaces (ideographic, no-break) written as one space,
    without the list bullets and table borders that a page's markup left at their ends, and without the
    markup of a page that a stored text kept (<h3> 2月26日上午9時,……</h3><h3></h3>……<b>: www.h-ceramic.com.cn): a block's
    tag ends a line. A text with no more than a tag or two (<b>重点</b>) quotes them: they are its text, shown as they are.

    The dash 破折号 is one character in GB2312 and Big5 that converters write as U+2014 or
    U+2015 (――2007年1月26日在……会议上: folksfolks.com): it is written as U+2014 throughout.
    """
    text = CONTROL_CHARS.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2015", "\u2014"))
    if len(BLOCK_TAG.findall(text)) >= MARKUP_TAGS_MIN:
        text = INLINE_TAG.sub("", BLOCK_TAG.sub("\n", text))
    return [_image_caption(LINE_FURNITURE.sub("", LOST_INDENT.sub("", SPACES.sub(" ", line).strip()))) for line in text.split("\n")]


def _image_caption(line: str) -> str:
    """A picture in Markdown alone on its line, with a long description: what it says (the page's headline given
    twice over the story's photo: ![新城蛇來運轉……慶元宵 新城蛇來運轉……慶元宵](https://17news.net/……): 2udn.com); once
    where it says one thing twice. A short description inside a line is taken off with the picture (inline_markers)."""
    if not (image := MARKDOWN_IMAGE_LINE.fullmatch(line)):
        return line
    caption = image.group("caption").strip()
    half, rest = caption[: len(caption) // 2].strip(), caption[len(caption) // 2:].strip()
    return half if half == rest else caption


def remove_jammer_noise(lines: list[str]) -> list[str]:
    """Without the random ASCII strings a forum scatters through a post against copying (Discuz!'s
    "jammer": )FqE8oN- / RxC 国办发明电〔2012〕33号 / :PaFC{O)* jWW2&cBm\\ 各省、自治区……: www.opticsky.cn;
    ; A6 L! k* W1 y0 between and inside lines: www.montrealchinese.com).

    Only on a page where they open many lines: elsewhere an ASCII word before Chinese text is text.
    """
    spaced = [GLUED_JAMMER_END.sub(r"\1 \2", line) for line in lines]
    jammed = sum(1 for line in spaced if _opens_or_ends_with_jammer(line))
    long_runs = sum(1 for line in spaced if _holds_long_jammer_run(line))
    if jammed < max(JAMMED_LINES_MIN, JAMMED_SHARE_MIN * sum(1 for line in lines if line.strip())) and long_runs < LONG_RUN_LINES_MIN:
        return lines
    return [_unjammed(line) for line in spaced]


def _opens_or_ends_with_jammer(line: str) -> bool:
    """A line that a run of noise opens, closes or fills (…存在的一些问题 : P* C; l: A% y; R _ / ) e# p6 p8 P& ~9 ]+ A" o:
    laomiw.com)."""
    runs = [match.group(0) for pattern in (JAMMED_START, JAMMED_END) if (match := pattern.search(line))]
    if not HAN.search(line) and line.strip():
        runs.append(line)
    return any(_is_jammer_run(run.split()) for run in runs)


def _holds_long_jammer_run(line: str) -> bool:
    """A line holding a long run of the jammer's one- and two-character tokens anywhere (同志们: $ |2 R9 ~* D' K8 ?! f% R# c4 p
    非常高兴……: agency.caiyes.cn), which no text prints: a short copy has too few lines for the count above."""
    return any(sum(bool(SYMBOL_TOKEN.fullmatch(token)) for token in run.group(0).split()) >= LONG_RUN_JAMMERS for run in SHORT_TOKEN_RUN.finditer(line))


def _unjammed(line: str) -> str:
    """A Chinese line without its noise tokens; a line of noise alone gone; any other line as it is."""
    if HAN.search(line):
        return _without_noise_tokens(line)
    return "" if all(_is_noise(token) or LONE_DIGIT.fullmatch(token) for token in line.split()) else line


def _without_noise_tokens(line: str) -> str:
    """The line without its space-delimited noise tokens (on a jammed page even $ or ' alone is one);
    where a run of them stood between Chinese text, nothing stays."""
    tokens = line.split()
    kept: list[str] = []
    dropped_before = False
    for position, token in enumerate(tokens):
        following = tokens[position + 1] if position + 1 < len(tokens) else ""
        section_number = position == 0 and not (ASCII_TOKEN.fullmatch(following) and _is_noise(following))  # 1 总则 opens its line
        if ASCII_TOKEN.fullmatch(token) and (_is_noise(token) or LONE_DIGIT.fullmatch(token) and not section_number):
            dropped_before = True
            continue
        if kept and dropped_before and HAN.match(kept[-1][-1]) and HAN.match(token[0]):
            kept[-1] += token
        else:
            kept.append(token)
        dropped_before = False
    return " ".join(kept) if len(kept) != len(tokens) else line


def _is_jammer_run(tokens: list[str]) -> bool:
    return all(_is_noise(token) or LONE_DIGIT.fullmatch(token) for token in tokens) and any(_is_jammer(token) for token in tokens)


def _is_jammer(token: str) -> bool:
    """A random ASCII string with a letter or digit in it; bare symbols (>>, |) are a page's own furniture."""
    return bool(ASCII_TOKEN.fullmatch(token) and re.search(r"[A-Za-z0-9]", token)) and _is_noise(token)


def _is_noise(token: str) -> bool:
    return not KEPT_ASCII.fullmatch(token)


def ends_sentence(text: str) -> bool:
    stripped = text.rstrip(CLOSING_MARKS + " ")
    return bool(stripped) and stripped[-1] in SENTENCE_END or bool(CREDITED_SENTENCE_END.search(text))


SHORT_LINE_MAX = 24
# a label of up to four characters and the start of its value: 範疇: 年度報告 (a row of them is a page's, not a title)
LABEL_PAIR = re.compile(r"[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}\s*[:：]\s*[^\s:：]")


def heading_marker(text: str) -> re.Match | None:
    return HEADING_TOP.match(text) or HEADING_SUB.match(text) or HEADING_CHAPTER.match(text) or HEADING_SECTION.match(text)


def is_heading_text(text: str) -> bool:
    if len(text) > HEADING_MAX or "。" in text or text.endswith((":", "：", "；", ";")):
        return False
    marker = heading_marker(text)
    return bool(marker) and len(text) - marker.end() >= 2


def join_tokens(left: str, right: str) -> str:
    """Join two pieces of a broken line: a space survives only between two Latin words or numbers."""
    if not left:
        return right
    if left[-1].isascii() and left[-1].isalnum() and right[:1].isascii() and right[:1].isalnum():
        return f"{left} {right}"
    return left + right


def remove_inline_markers(line: str, markers) -> str:
    """Cut page markers out of a line, matching them in Simplified form (第 1 頁，共 2 頁 too)."""
    for rule in markers:
        spans = [match.span() for match in rule.pattern.finditer(fold(line))]  # folding keeps positions
        for start, end in reversed(spans):
            line = line[:start] + ("" if rule.joins else " ") + line[end:]
    return re.sub(" +", " ", line).strip()


def join_chunk_numbers(lines: list[str]) -> list[str]:
    """Remove the chunk numbers (1、 2、 3、) that preview sites put mid-sentence, rejoining the halves.

    Numbers count as chunk numbers only when they run 1, 2, 3... over at least three lines
    and most of them interrupt a sentence; a real numbered list ends its items properly.
    """
    numbered = [(index, int(match.group(1))) for index, line in enumerate(lines) if (match := CHUNK_NUMBER.match(line))]
    run = _longest_counting_run(numbered)
    if len(run) < 3:
        return lines
    interrupting = sum(1 for index in run[1:] if index > 0 and not ends_sentence(lines[index - 1]))
    if interrupting * 2 < len(run) - 1:
        return lines
    chunk_starts = set(run)
    joined: list[str] = []
    for index, line in enumerate(lines):
        if index in chunk_starts:
            line = CHUNK_NUMBER.sub("", line, count=1)
            if joined and index != run[0] and not ends_sentence(joined[-1]):
                joined[-1] = join_tokens(joined[-1], line)
                continue
        joined.append(line)
    return joined


def _longest_counting_run(numbered: list[tuple[int, int]]) -> list[int]:
    best: list[int] = []
    for start, (_, first) in enumerate(numbered):
        if first not in (1, 2):
            continue
        run, expected = [], first
        for index, number in numbered[start:]:
            if number == expected:
                run.append(index)
                expected += 1
        if len(run) > len(best):
            best = run
    return best


def drop_running_headers(lines: list[str]) -> tuple[list[str], list[str]]:
    """Drop short lines printed on every page (XX县委组织部文件): three or more identical copies.

    Copies that all stand near the top are not a running header but a title the page prints
    again and again (a law site's heading, its page title, the document's own title).
    """
    counts: dict[str, int] = {}
    last_seen: dict[str, int] = {}
    for index, line in enumerate(lines):
        if len(line) <= RUNNING_HEADER_MAX and not is_heading_text(line) and HAN.search(line) and not TEXT_PIECE.search(line):
            counts[line] = counts.get(line, 0) + 1
            last_seen[line] = index
    repeated = {line for line, count in counts.items() if count >= RUNNING_HEADER_COPIES and last_seen[line] >= TOP_LINES}
    return [line for line in lines if line not in repeated], [line for line in lines if line in repeated]


# a numbered item opening the line after a sentence's end (……应接尽接。 / 2.对于符合条件的 18 岁以上目标人群进行 1 剂次同源或:
# www.nhc.gov.cn PDF): the next item, not the rest of the paragraph
LIST_ITEM_START = re.compile(r"^(\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}、)")


def _starts_something_else(following: str) -> bool:
    """Whether the line after a full line that ends a sentence is a short line of its own, not the rest of
    a paragraph (……同时废止。 / 明溪县人民政府办公室 / 2018年3月16日: www.fjmx.gov.cn)."""
    return 0 < len(following) <= SHORT_LINE_MAX and not re.search(r"[，,。；;]", following)


def printed_width(line: str) -> float:
    """A line's width on the page: a Latin letter or a figure takes half a Chinese character's. Marks count whole: a
    copy may write the full-width marks of a Chinese page as ASCII ones."""
    return sum(HALF_WIDTH if character.isascii() and character.isalnum() else 1 for character in line)


def indented_lines(text: str) -> dict[str, float]:
    """The lines a text prints indented (two spaces or more, or an ideographic space), as they read trimmed, with the width
    of their indent: two characters by the standard (GB/T 9704), more where a copy indents with four spaces, but never more
    than four (a centred title's padding is no paragraph's indent)."""
    return {line.strip(): min(max(PARAGRAPH_INDENT, printed_width(line[:len(line) - len(line.lstrip())])), INDENT_MAX)
            for line in text.split("\n") if INDENT.match(line) and line.strip()}


def lines_after_blank_lines(text: str) -> frozenset[str]:
    """The lines a text prints after a blank line, as they read trimmed, where its blank lines part its paragraphs: a
    blank line after most lines parts nothing (a copy that doubled every line break)."""
    lines = text.split("\n")
    printed = [line for line in lines if line.strip()]
    followed = [line.strip() for previous, line in zip(lines, lines[1:]) if not previous.strip() and line.strip()]
    return frozenset(followed) if len(followed) <= BLANK_PARTED_SHARE * len(printed) else frozenset()


def _spaced_apart(line: str) -> bool:
    """Whether a line holds a space that sets words apart (columns of names, a label and its value), not one a copy
    kept beside a mark (……院长刘家珍陪同。 在二期项目施工现: oa.czdyrmyy.com), inside a quoted slogan (“讲好家乡故事 共话乡村振兴”:
    fjctw.net) or after a law's article number."""
    text = ARTICLE_SPACE.sub(r"\1", line.strip(), count=1)
    for space in re.finditer(r"\s+", text):
        before, after = text[space.start() - 1], text[space.end()]
        quoted = text.count("“", 0, space.start()) > text.count("”", 0, space.start())
        if HAN.match(before) and HAN.match(after) and not quoted:  # nor beside a figure: 2021 年,全县上下 (a PDF's spacing: www.gzhezhang.gov.cn)
            return True
    return False


def _join_wrapped_runs(lines: list[str], indented: Mapping[str, float] = MappingProxyType({})) -> list[str]:
    """In text too short or too broken up for its width to be known, a paragraph wrapped at one width: three lines
    or more of the same width, none ending a sentence or opening an item or a number, with clauses in them, and the
    shorter line that ends it (a notice's one long paragraph among its headings and blank lines, as its PDF prints it).
    A paragraph's first line printed indented is as wide as the others with its indent. Once three lines have shown
    the width, two at that width are wrapped too (节假日期间,……保卫等 / 工作,……妥善处置, / 确保……节日假期。: the
    wrapped copy of www.54xsr.com's 通知)."""
    widths = frozenset(width for width, *_ in _wrapped_runs(lines, indented, frozenset()))
    joined: list[str] = []
    position = 0
    for _, start, full_end, end in _wrapped_runs(lines, indented, widths):
        paragraph = "".join(lines[start:full_end])
        joined += [*lines[position:start], join_tokens(paragraph, lines[full_end]) if end > full_end else paragraph]
        position = end
    return joined + lines[position:]


def _wrapped_runs(lines: list[str], indented: Mapping[str, float], known_widths: frozenset[float]) -> Iterator[tuple[float, int, int, int]]:
    """Each paragraph _join_wrapped_runs rejoins: its width, its first line, the line after its full lines, and the
    line after its shorter last line. At a width in known_widths, two full lines are enough."""
    position = 0
    while position < len(lines):
        line = lines[position]
        end = position + 1
        width = printed_width(line) + indented.get(line, 0)
        if width >= WRAP_RUN_MIN_WIDTH and not _spaced_apart(line) and not heading_marker(line):
            # a line ending on a colon ends its paragraph: the addressees (……国务院各部委、各直属机构:) above the text
            while (end < len(lines) and abs(printed_width(lines[end]) - width) <= HALF_WIDTH and not _spaced_apart(lines[end])
                   and not ends_sentence(lines[end - 1]) and not lines[end - 1].rstrip().endswith((":", "：")) and lines[end] not in indented):
                end += 1
        run = lines[position:end]
        fewest = WRAP_RUN_MIN_LINES - 1 if width in known_widths else WRAP_RUN_MIN_LINES
        if end - position < fewest or len(set(run)) < len(run) or not RUN_CLAUSE.search("".join(run)) or any(map(RUN_OPENING.match, run)):
            position += 1
            continue
        closes = (end < len(lines) and lines[end] and not ends_sentence(lines[end - 1]) and not lines[end - 1].rstrip().endswith((":", "："))
                  and printed_width(lines[end]) < width
                  and not heading_marker(lines[end]) and lines[end] not in indented)
        yield width, position, end, end + 1 if closes else end
        position = end + 1 if closes else end


def unwrap_hard_wrapped(lines: list[str], indented: Mapping[str, float] = MappingProxyType({}), is_title: Callable[[str], bool] = lambda line: False,
                        after_blank: frozenset[str] = frozenset()) -> list[str]:
    """Rejoin text that a PDF or preview wrapped at a fixed width.

    Wrapped text has many lines of one full width; a paragraph goes on while its
    line is full, and ends on a shorter line. A line the text printed indented
    (`indented`) begins a paragraph, and is full short of its indent; so does a
    line after a blank line where blank lines part paragraphs (`after_blank`), and a
    law's article (第一条 ……). A title as wide as the text (`is_title`) is whole:
    above its addressees (……的通知 / 各县(区)商务主管部门:), its number
    (……的通知 / 国税函[2002]197号) or anything else. Other text is returned as it was.
    """
    # a title printed three times is no width; a paragraph's first line is as wide as the others with its indent
    # a law's article set apart from its text by a space (第一条 为鼓励华侨、……根据国务 / 院《关于……》,……) is wrapped text too
    lengths = [printed_width(line) + indented.get(line, 0) for line in dict.fromkeys(lines) if len(line) >= WRAP_MIN_WIDTH and not _spaced_apart(line)]
    if len(lengths) < WRAP_MIN_LINES:
        return _join_wrapped_runs(lines, indented)
    width = max(set(lengths), key=lambda length: sum(1 for other in lengths if abs(other - length) <= 1))
    full_lines = sum(1 for length in lengths if abs(length - width) <= 1)
    if full_lines < max(WRAP_MIN_LINES, WRAP_SHARE * len(lines)) or width < WRAP_MIN_WIDTH:  # two lines of a title are no wrapping
        return _join_wrapped_runs(lines, indented)
    unwrapped: list[str] = []
    continuing = False
    for position, line in enumerate(lines):
        if continuing and not heading_marker(line) and not ARTICLE_START.match(line) and line not in indented and line not in after_blank:
            unwrapped[-1] = join_tokens(unwrapped[-1], line)
        else:
            unwrapped.append(line)
        following = lines[position + 1] if position + 1 < len(lines) else ""
        # a line longer than the width was not wrapped at it: a title or a paragraph the copy kept whole above the wrapped text
        indent = indented.get(line, 0)  # a paragraph's first line is indented
        continuing = (width - 1 - indent <= printed_width(line) <= width + WRAP_SLACK and not is_heading_text(line)
                      and not (line.endswith("。") and (_starts_something_else(following) or bool(LIST_ITEM_START.match(following))))
                      # nor a title, centred and indented or not (……实施细则 / 第一章 总则)
                      and not is_title(line)
                      # a line ending on a colon ends its paragraph: the addressees (各省、自治区、直辖市人民政府, / 国务院各部委、各直属机构:)
                      # or a paragraph announcing what follows (……通知如下:), wrapped at the width of the text under them
                      and not line.rstrip().endswith((":", "：")))
    return unwrapped
