"""Stage 2: strip a site's boilerplate and rebuild the document's paragraphs."""
from __future__ import annotations

import difflib
import re

from . import rules
from .records import Block, CleanText

SENTENCE_END = "。！？!?…"
CLOSING_MARKS = "”’」』》）)\"'〞"
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
HEADING_TOP = re.compile(r"^[一二三四五六七八九十]{1,3}[、.．]")
HEADING_SUB = re.compile(r"^[（(][一二三四五六七八九十]{1,3}[)）]")
SALUTATION = re.compile(r"^(同志们|同事们|朋友们|各位[^\s]{0,16}|尊敬的[^\s]{0,24}|女士们[^\s]{0,10})[:：]$")
NUMBERED_ITEM = re.compile(r"^[•·●\-*]?\s*\d{1,2}\s*[.、．]")
CHUNK_NUMBER = re.compile(r"^(\d{1,3})、")
DATE_ONLY = re.compile(
    r"^[（(]?\s*([\u4e00-\u9fff]{2,4})?\s*(\d{4,6}|[〇零○一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
    r"(\s*[\d一二三四五六七八九十]{1,3}\s*日)?\s*[)）]?$"
)
DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,10}[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*\d{1,4}\s*号")
DOC_NUMBER_LINE = re.compile(rf"^{DOC_NUMBER.pattern}$")
HEADING_MAX = 40
TITLE_MAX = 60
TEXT_BEFORE_END_MARKER = 100
RUNNING_HEADER_MAX = 30
RUNNING_HEADER_COPIES = 3
SIGNATURE_MAX = 24
CONTINUING_MARKS = ("，", ",", "、", "；", ";")
WRAP_MIN_WIDTH = 15
WRAP_MIN_LINES = 5
WRAP_SHARE = 0.4


def clean(raw_text: str) -> CleanText:
    """Turn the raw text of a scraped page into the document's own title and blocks."""
    boilerplate = rules.boilerplate()
    lines = normalise_lines(raw_text)
    published, original_name = scan_stamps(lines, boilerplate.stamps)
    kept, removed, truncated_by = strip_chrome(lines, boilerplate)
    kept = [remove_inline_markers(line, boilerplate.inline_markers) for line in kept]
    kept, repeated = drop_running_headers([line for line in join_chunk_numbers(kept) if line])
    removed += repeated
    segments = merge_broken_lines(split_into_paragraphs(unwrap_hard_wrapped(kept)))
    title, segments = separate_title(segments, boilerplate.title_noise, original_name)
    blocks = tuple(to_block(segment) for segment in segments)
    last = last_text_block(blocks)
    if truncated_by is None and last is not None and not ends_sentence(last.text):
        truncated_by = f"正文在句中结束：……{last.text[-12:]}"
    return CleanText(
        title=title,
        blocks=blocks,
        truncated_by=truncated_by,
        published=published,
        original_name=original_name,
        site=detect_site(raw_text),
        removed=tuple(removed),
    )


def normalise_lines(text: str) -> list[str]:
    """Split into trimmed lines with every run of spaces (ideographic, no-break) as one space."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    return [re.sub(r"[ \t\u00a0\u3000\u2002\u2003\u200b]+", " ", line).strip() for line in text.split("\n")]


def scan_stamps(lines: list[str], stamps) -> tuple[str | None, str | None]:
    """The page's publish date and the sold file's name, wherever the site printed them."""
    published = original_name = None
    for line in lines:
        for rule in stamps:
            match = rule.pattern.match(line)
            if not match:
                continue
            found = match.groupdict()
            if found.get("published") and published is None:
                year, month, day = re.findall(r"\d+", found["published"])
                published = f"{year}-{int(month):02d}-{int(day):02d}"
            if found.get("original_name") and original_name is None:
                original_name = found["original_name"]
    return published, original_name


def strip_chrome(lines: list[str], boilerplate) -> tuple[list[str], list[str], str | None]:
    """Drop chrome lines and blocks; stop at a marker that ends the document."""
    kept: list[str] = []
    removed: list[str] = []
    truncated_by = None
    text_seen = 0
    in_block = False
    for position, line in enumerate(lines):
        if in_block:
            if not line or NUMBERED_ITEM.match(line):
                removed.append(line)
                continue
            in_block = False
        if not line:
            continue
        if text_seen >= TEXT_BEFORE_END_MARKER and _matches(line, boilerplate.end_markers):
            removed.extend(line for line in lines[position:] if line)
            break
        if len(line) <= 30 and any(rule.pattern.search(line) for rule in boilerplate.truncation_markers):
            truncated_by = line
            removed.append(line)
            continue
        if _matches(line, boilerplate.block_starts):
            in_block = True
            removed.append(line)
            continue
        in_head = text_seen < TEXT_BEFORE_END_MARKER
        if _matches(line, boilerplate.stamps) or is_site_name_line(line) or any(
            rule.pattern.match(line) and (in_head or not rule.head_only) for rule in boilerplate.drop_lines
        ):
            removed.append(line)
            continue
        kept.append(line)
        text_seen += len(line)
    return kept, removed, truncated_by


def is_site_name_line(line: str) -> bool:
    """A line that only names the site (道客巴巴, 原创力文档 max.book118.com)."""
    rest = line
    for _, signatures in rules.sites():
        for signature in signatures:
            rest = rest.replace(signature, "")
    return rest != line and not re.sub(r"[\s|｜·:：/\-]+", "", rest)


def drop_running_headers(lines: list[str]) -> tuple[list[str], list[str]]:
    """Drop short lines printed on every page (XX县委组织部文件): three or more identical copies."""
    counts: dict[str, int] = {}
    for line in lines:
        if len(line) <= RUNNING_HEADER_MAX and not is_heading_text(line):
            counts[line] = counts.get(line, 0) + 1
    repeated = {line for line, count in counts.items() if count >= RUNNING_HEADER_COPIES}
    return [line for line in lines if line not in repeated], [line for line in lines if line in repeated]


def last_text_block(blocks) -> Block | None:
    """The last block of running text, passing over the signature and date lines that close a document."""
    for block in reversed(blocks):
        if is_byline(block.text) or is_signature(block.text):
            continue
        return block
    return None


def is_signature(text: str) -> bool:
    """A closing line naming the issuing body (中共某某市委组织部, 市教育局党委)."""
    return len(text) <= SIGNATURE_MAX and not re.search(r"[，,。；;：:！？!?、“”\s]", text) and bool(HAN.search(text))


def _matches(line: str, rule_list) -> bool:
    return any(rule.pattern.match(line) for rule in rule_list)


def remove_inline_markers(line: str, markers) -> str:
    for rule in markers:
        line = rule.pattern.sub(" ", line)
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


def unwrap_hard_wrapped(lines: list[str]) -> list[str]:
    """Rejoin text that a PDF or preview wrapped at a fixed width.

    Wrapped text has many lines of one full width; a paragraph goes on while its
    line is full, and ends on a shorter line. Other text is returned as it was.
    """
    lengths = [len(line) for line in lines if len(line) >= WRAP_MIN_WIDTH]
    if len(lengths) < WRAP_MIN_LINES:
        return lines
    width = max(set(lengths), key=lambda length: sum(1 for other in lengths if abs(other - length) <= 1))
    full_lines = sum(1 for length in lengths if abs(length - width) <= 1)
    if full_lines < WRAP_SHARE * len(lines) or width < WRAP_MIN_WIDTH:
        return lines
    unwrapped: list[str] = []
    continuing = False
    for line in lines:
        if continuing and not (HEADING_TOP.match(line) or HEADING_SUB.match(line)):
            unwrapped[-1] = join_tokens(unwrapped[-1], line)
        else:
            unwrapped.append(line)
        continuing = len(line) >= width - 1 and not is_heading_text(line)
    return unwrapped


def split_into_paragraphs(lines: list[str]) -> list[str]:
    """Split each line at the spaces that stand for paragraph breaks; join the rest."""
    earlier_lines = set()
    segments: list[str] = []
    for line in lines:
        segments.extend(_split_line(line, earlier_lines))
        earlier_lines.add(line)
    return segments


def _split_line(line: str, earlier_lines: set[str]) -> list[str]:
    tokens = line.split(" ")
    paragraphs: list[str] = []
    buffer = ""
    for position, token in enumerate(tokens):
        buffer = join_tokens(buffer, token)
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        in_leading_lines = all(_title_like(paragraph) or is_byline(paragraph) for paragraph in paragraphs)
        if following is not None and _breaks_before(buffer, following, in_leading_lines, earlier_lines | set(paragraphs)):
            paragraphs.append(buffer)
            buffer = ""
    if buffer:
        paragraphs.append(buffer)
    return paragraphs


def _breaks_before(buffer: str, following: str, in_leading_lines: bool, seen: set[str]) -> bool:
    """Whether the space between buffer and the following token is a paragraph break."""
    if is_byline(join_tokens(buffer, following)):
        return False
    if ends_sentence(buffer) or SALUTATION.match(buffer) or is_heading_text(buffer):
        return True
    if HEADING_TOP.match(following) or HEADING_SUB.match(following):
        return True
    if in_leading_lines and (_title_like(buffer) or is_byline(buffer)):
        return buffer in seen or _title_like(following) or is_byline(following) or bool(SALUTATION.match(following))
    return False


def join_tokens(left: str, right: str) -> str:
    """Join two pieces of a broken line: a space survives only between two Latin words or numbers."""
    if not left:
        return right
    if left[-1].isascii() and left[-1].isalnum() and right[:1].isascii() and right[:1].isalnum():
        return f"{left} {right}"
    return left + right


def merge_broken_lines(segments: list[str]) -> list[str]:
    """Rejoin a paragraph that a preview broke over several lines mid-sentence."""
    merged: list[str] = []
    for segment in segments:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and (len(previous) > TITLE_MAX or previous.endswith(CONTINUING_MARKS))
            and not ends_sentence(previous)
            and not previous.endswith((":", "："))
            and not is_heading_text(segment)
            and not HEADING_TOP.match(segment)
            and not HEADING_SUB.match(segment)
        ):
            merged[-1] = join_tokens(previous, segment)
        else:
            merged.append(segment)
    return merged


def ends_sentence(text: str) -> bool:
    stripped = text.rstrip(CLOSING_MARKS + " ")
    return bool(stripped) and stripped[-1] in SENTENCE_END


def is_heading_text(text: str) -> bool:
    if len(text) > HEADING_MAX or "。" in text or text.endswith((":", "：")):
        return False
    marker = HEADING_TOP.match(text) or HEADING_SUB.match(text)
    return bool(marker) and len(text) - marker.end() >= 2


def _title_like(text: str) -> bool:
    return (
        0 < len(text) <= TITLE_MAX
        and "。" not in text
        and not text.endswith((":", "：", ",", "，"))
        and not is_heading_text(text)
        and not SALUTATION.match(text)
        and not DOC_NUMBER_LINE.match(text)
        and bool(HAN.search(text))
    )


def is_byline(text: str) -> bool:
    """A line giving only the speaker and/or date under the title."""
    return bool(DATE_ONLY.match(text))


def separate_title(segments: list[str], title_noise, original_name: str | None) -> tuple[str | None, list[str]]:
    """Find the document's own title among the leading lines and drop its repeats from the body."""
    leading: list[str] = []
    for segment in segments:
        if is_byline(segment) or not _title_like(segment):
            break
        leading.append(segment)
    if leading:
        title = clean_title(leading[-1], title_noise)
    elif original_name:
        title = clean_title(original_name, title_noise)
    else:
        title = None
    repeats = {segment for segment in leading} | ({title} if title else set())
    body = segments[len(leading):]
    body = [segment for segment in body if segment not in repeats and clean_title(segment, title_noise) != title]
    if title and body:
        body[0] = _strip_damaged_title_repeat(body[0], title)
    return title, [segment for segment in body if segment]


def _strip_damaged_title_repeat(paragraph: str, title: str) -> str:
    """Drop a repeat of the title glued to the first paragraph, even if a character or two differ."""
    head = paragraph[: len(title)]
    if len(paragraph) > len(title) and difflib.SequenceMatcher(None, head, title).ratio() >= 0.85:
        return paragraph[len(title):].lstrip()
    return paragraph


def clean_title(text: str, title_noise) -> str:
    for rule in title_noise:
        text = rule.pattern.sub("", text)
    return text.strip()


def to_block(segment: str) -> Block:
    if is_heading_text(segment):
        level = 2 if HEADING_TOP.match(segment) else 3
        return Block("heading", segment, level)
    return Block("paragraph", segment)


def detect_site(raw_text: str) -> str | None:
    for site, signatures in rules.sites():
        if any(signature in raw_text for signature in signatures):
            return site
    return None

