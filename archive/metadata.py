"""Stage 3: determine a document's metadata from its clean text. Unknown stays None."""
from __future__ import annotations

import re
from collections import Counter
from datetime import date as calendar_date

from . import repairs, rules
from .folding import fold
from .cleaning import DOC_NUMBER, is_byline, is_signature
from .records import CleanText, Metadata

CHINESE_DIGITS = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
ARABIC_DATE = re.compile(r"(\d{4,6})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?")
CHINESE_DATE = re.compile(r"([〇零○一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十]{1,3})日)?")
SPEAKER_IN_TITLE = re.compile(r"^([\u4e00-\u9fff]{2,3})(?:同志)?在.{4,60}上的(?:讲话|致辞|发言|讲课)")
SPEAKER_IN_BYLINE = re.compile(r"^[（(]?\s*([\u4e00-\u9fff]{2,4}?)\s*(?:\d{4,6}|[〇零○一二三四五六七八九]{4})\s*年")
NAME_LINE = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
ANNOUNCED_PARTS = re.compile(r"(?:讲|谈|提出|强调)([二三四五六七八九])点(?:意见|看法|体会|要求)|从([二三四五六七八九])个方面")
TOP_HEADING_NUMBER = re.compile(r"^([一二三四五六七八九十]{1,3})、")
HANT_THRESHOLD = 0.05
FIRST_YEAR = 1949
MAX_THEMES = 4
TITLE_WEIGHT = 5
CLEAR_LEAD = 1.5  # the winning unit or place must be named this many times as often as the next
MIN_PLACE_MENTIONS = 3


def extract(clean: CleanText, today: calendar_date | None = None) -> Metadata:
    """All metadata for one document, with evidence and warnings for review."""
    today = today or calendar_date.today()
    title = clean.title
    paragraphs = [block.text for block in clean.blocks]
    source_text = "\n".join(paragraphs)
    damaged = repairs.is_damaged(f"{title or ''}\n{source_text}")
    text_repairs = repairs.find_repairs(source_text) if damaged else []
    repair_count = len(text_repairs) + (len(repairs.find_repairs(title or "")) if damaged else 0)
    text = repairs.apply(source_text, text_repairs)
    evidence: dict[str, str] = {}
    warnings: list[str] = []

    date, date_source = document_date(paragraphs, today, evidence, warnings)
    if date is None and clean.published:
        date, date_source = clean.published, "page"
        evidence["date"] = f"页面发布时间 {clean.published}"

    folded_title, folded_text = fold(title or ""), fold(text)
    signatures = [block.text for block in clean.blocks[-3:] if is_signature(block.text)]
    unit, unit_as_written = find_unit(title or "", source_text, signatures, evidence)
    genre = find_genre(folded_title or None, clean.original_name)
    complete, reason = completeness(clean, paragraphs)
    if reason:
        evidence["complete"] = reason
    return Metadata(
        title=title,
        date=date,
        date_source=date_source,
        unit=unit,
        unit_as_written=unit_as_written,
        speaker=find_speaker(title or "", paragraphs),
        place=find_place(folded_title + "\n" + fold("\n".join(signatures)), fold(source_text), evidence),
        genre=genre,
        themes=find_themes(folded_title, folded_text),
        doc_number=(match.group(0) if (match := DOC_NUMBER.search(source_text[:600])) else None),
        complete=complete,
        script=detect_script(source_text),
        damaged=damaged,
        repairs=repair_count,
        extracted_from=evidence,
        warnings=tuple(warnings),
    )


def parse_date(year_text: str, month_text: str, day_text: str | None, today: calendar_date) -> str | None:
    """A date string at the precision given, or None if it cannot be a real date."""
    year, month = _number(year_text), _number(month_text)
    day = _number(day_text) if day_text else None
    if year is None or month is None or not FIRST_YEAR <= year <= today.year or not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        value = calendar_date(year, month, day)
    except ValueError:
        return None
    return value.isoformat() if value <= today else None


def _number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if len(text) == 4 and all(char in CHINESE_DIGITS for char in text):
        return int("".join(str(CHINESE_DIGITS[char]) for char in text))
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (CHINESE_DIGITS.get(tens, 1) if tens else 1) * 10 + (CHINESE_DIGITS.get(ones, 0) if ones else 0)
    return CHINESE_DIGITS.get(text) if len(text) == 1 else None


def document_date(paragraphs: list[str], today: calendar_date, evidence: dict, warnings: list) -> tuple[str | None, str]:
    """The date the document gives itself: a date line under the title or at the end."""
    candidates = paragraphs[:3] + paragraphs[-3:]
    for paragraph in candidates:
        if not is_byline(paragraph):
            continue
        for pattern in (ARABIC_DATE, CHINESE_DATE):
            match = pattern.search(paragraph)
            if not match:
                continue
            parsed = parse_date(*match.groups(), today)
            if parsed:
                evidence["date"] = f"正文日期行“{paragraph}”"
                return parsed, "text"
            warnings.append(f"不可能的日期“{match.group(0)}”（见“{paragraph}”），未采用")
    return None, "none"


def _named_in(text: str, where: str, evidence: dict) -> tuple[str | None, str | None]:
    """The first vocabulary unit named in text, with the form as written (Traditional kept)."""
    folded = fold(text)
    for unit in rules.units():
        for form in unit.forms:
            position = folded.find(form)
            if position >= 0:
                written = text[position:position + len(form)]
                evidence["unit"] = f"{where}中的“{written}”"
                return unit.name, written
    return None, None


def find_unit(title: str, text: str, signatures: list[str], evidence: dict) -> tuple[str | None, str | None]:
    """The issuing or speaking unit: named in the title, in the closing signature, or clearly most named."""
    for where, place in (("标题", title), ("落款", "\n".join(signatures))):
        unit, written = _named_in(place, where, evidence)
        if unit:
            return unit, written
    text = fold(text)
    counts: Counter = Counter()
    written: dict[str, str] = {}
    for unit in rules.units():
        if unit.title_only:
            continue
        remaining = text
        for form in unit.forms:  # longest forms first in the file, so 中央组织部 is not counted again as 组织部
            found = remaining.count(form)
            if found:
                counts[unit.name] += found
                written.setdefault(unit.name, form)
                remaining = remaining.replace(form, "")
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] <= CLEAR_LEAD * ranked[1][1]):
        return None, None
    name, count = ranked[0]
    evidence["unit"] = f"正文中“{written[name]}”出现 {count} 次"
    return name, written[name]


def find_speaker(title: str, paragraphs: list[str]) -> str | None:
    """The speaker: named in the title, in a byline, or on a line of its own beside the date line."""
    if match := SPEAKER_IN_TITLE.match(title):
        return match.group(1)
    opening = paragraphs[:3]
    for position, paragraph in enumerate(opening):
        if is_byline(paragraph) and (match := SPEAKER_IN_BYLINE.match(paragraph)):
            return match.group(1)
        beside_date = any(is_byline(other) for other in opening[max(0, position - 1):position + 2] if other != paragraph)
        if beside_date and NAME_LINE.match(paragraph):
            return paragraph
    return None


def find_place(heading: str, text: str, evidence: dict) -> str | None:
    """The province or city the document comes from: named in the title or signature, or clearly most named.

    Speeches cite other places as examples (深圳速度, 张家港精神), so a place in the text
    needs several mentions and a clear lead.
    """
    counts: Counter = Counter()
    for place in rules.places():
        pattern = "|".join(re.escape(form) for form in sorted(set(place.forms), key=len, reverse=True))
        found = len(re.findall(pattern, text)) + MIN_PLACE_MENTIONS * len(re.findall(pattern, heading))
        if found:
            counts[place.name] = found
    for place in list(counts):  # a city's mentions also speak for its province; keep the more specific
        for other in list(counts):
            if other != place and other.startswith(place):
                counts[other] += counts[place]
                del counts[place]
                break
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_PLACE_MENTIONS or (len(ranked) > 1 and ranked[0][1] <= CLEAR_LEAD * ranked[1][1]):
        return None
    evidence["place"] = f"地名出现 {ranked[0][1]} 次"
    return ranked[0][0]


def find_genre(title: str | None, original_name: str | None) -> str | None:
    for name in (title, original_name):
        if not name:
            continue
        for genre, pattern in rules.genres():
            if pattern.search(name.rsplit(".", 1)[0] if name is original_name else name):
                return genre
    return None


def find_themes(title: str, text: str) -> tuple[str, ...]:
    scored = []
    for theme in rules.themes():
        hits = sum(text.count(keyword) + TITLE_WEIGHT * title.count(keyword) for keyword in theme.keywords)
        if hits >= theme.min_hits:
            scored.append((hits, theme.name))
    scored.sort(key=lambda item: -item[0])
    return tuple(name for _, name in scored[:MAX_THEMES])


def completeness(clean: CleanText, paragraphs: list[str]) -> tuple[bool, str | None]:
    """False when the source is a truncated preview; the reason says how that was seen."""
    if clean.truncated_by:
        return False, f"截断：{clean.truncated_by}"
    announced = ANNOUNCED_PARTS.search("\n".join(paragraphs[:4]))
    if announced:
        expected = CHINESE_DIGITS[announced.group(1) or announced.group(2)]
        present = [_number(match.group(1)) for block in clean.blocks if (match := TOP_HEADING_NUMBER.match(block.text))]
        highest = max((number for number in present if number), default=0)
        if 0 < highest < expected:
            return False, f"开头说“{announced.group(0)}”，正文只到第{highest}部分"
    return True, None


def detect_script(text: str) -> str:
    """zh-Hant when a noticeable share of characters change under Traditional-to-Simplified folding."""
    han = "".join(char for char in text if "\u4e00" <= char <= "\u9fff")
    if not han:
        return "zh-Hans"
    changed = sum(1 for before, after in zip(han, fold(han)) if before != after)
    return "zh-Hant" if changed / len(han) > HANT_THRESHOLD else "zh-Hans"
