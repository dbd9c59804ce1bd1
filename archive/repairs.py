"""Repair systematic conversion damage (效劳 for 服务) in the reading text, visibly and reversibly.

Pages keep the source text; repairs are found at build time from rules/repairs.yaml,
only in documents with enough independent damage signals, and never for entries
a page vetoes with `no_repair`.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache

from . import rules as rule_files


@dataclass(frozen=True)
class RepairRule:
    damaged: str
    correct: str
    signal: bool
    pattern: re.Pattern


@dataclass(frozen=True)
class Repair:
    start: int
    end: int
    damaged: str
    correct: str


@dataclass(frozen=True)
class RepairTable:
    threshold: int
    rules: tuple[RepairRule, ...]


def _context_pattern(damaged: str, contexts: list[str] | None, not_after: str | None, where: str) -> re.Pattern:
    guard = f"(?<![{not_after}])" if not_after else ""
    if contexts is None:
        return re.compile(guard + re.escape(damaged))
    alternatives = []
    for context in contexts:
        if damaged not in context:
            raise rule_files.RuleError(f"rules/repairs.yaml: {where}: context {context!r} does not contain {damaged!r}")
        before, _, after = context.partition(damaged)
        lookbehind = f"(?<={re.escape(before)})" if before else ""
        lookahead = f"(?={re.escape(after)})" if after else ""
        alternatives.append(f"{guard}{lookbehind}{re.escape(damaged)}{lookahead}")
    return re.compile("|".join(alternatives))


@lru_cache(maxsize=None)
def table() -> RepairTable:
    data = rule_files.load_yaml("repairs.yaml")
    loaded = []
    for index, entry in enumerate(data["entries"]):
        where = f"entries[{index}] ({entry.get('damaged')})"
        if not entry.get("damaged") or not entry.get("correct") or not entry.get("evidence"):
            raise rule_files.RuleError(f"rules/repairs.yaml: {where} needs damaged, correct and evidence")
        if bool(entry.get("anywhere")) == bool(entry.get("contexts")):
            raise rule_files.RuleError(f"rules/repairs.yaml: {where} needs either contexts or anywhere: true")
        pattern = _context_pattern(entry["damaged"], entry.get("contexts"), entry.get("not_after"), where)
        loaded.append(RepairRule(entry["damaged"], entry["correct"], bool(entry.get("signal")), pattern))
    return RepairTable(int(data["threshold"]), tuple(loaded))


def suggestion_pairs() -> list[tuple[str, str]]:
    """Damaged phrases of two characters or more and their repaired forms, for the search page to offer
    when a query finds nothing; a repair bound to contexts is offered only in them (科学开展, not 开展)."""
    pairs = []
    for entry in rule_files.load_yaml("repairs.yaml")["entries"]:
        for phrase in entry.get("contexts") or [entry["damaged"]]:
            if len(phrase) >= 2:
                pairs.append((phrase, phrase.replace(entry["damaged"], entry["correct"])))
    return pairs


def damage_signals(text: str, repair_table: RepairTable | None = None) -> list[str]:
    """The distinct signal entries whose damaged form occurs in the text."""
    repair_table = repair_table or table()
    return [rule.damaged for rule in repair_table.rules if rule.signal and rule.pattern.search(text)]


def is_damaged(text: str, repair_table: RepairTable | None = None) -> bool:
    repair_table = repair_table or table()
    return len(damage_signals(text, repair_table)) >= repair_table.threshold


def find_repairs(text: str, vetoed: frozenset[str] = frozenset(), repair_table: RepairTable | None = None) -> list[Repair]:
    """Non-overlapping repairs in text, earliest and then longest first.

    A rule's pattern runs only where its damaged form occurs at all (a substring test costs far
    less than a regex with lookarounds, and most blocks hold few damaged forms; measured: one
    combined alternation of every rule is slower still).
    """
    repair_table = repair_table or table()
    found = [
        Repair(match.start(), match.end(), rule.damaged, rule.correct)
        for rule in repair_table.rules
        if rule.damaged in text and rule.damaged not in vetoed
        for match in rule.pattern.finditer(text)
    ]
    found.sort(key=lambda repair: (repair.start, -(repair.end - repair.start)))
    chosen: list[Repair] = []
    for repair in found:
        if not chosen or repair.start >= chosen[-1].end:
            chosen.append(repair)
    return chosen


def apply(text: str, repairs: list[Repair]) -> str:
    """The corrected reading of text."""
    pieces, cursor = [], 0
    for repair in repairs:
        pieces += [text[cursor:repair.start], repair.correct]
        cursor = repair.end
    return "".join(pieces) + text[cursor:]


def annotate_html(rendered: str, vetoed: frozenset[str] = frozenset()) -> tuple[str, int]:
    """Mark every repair in rendered HTML text (never inside tags); return the HTML and the count."""
    count = 0
    parts = re.split(r"(<[^>]+>)", rendered)
    for index, part in enumerate(parts):
        if not part or part.startswith("<"):
            continue
        text = html.unescape(part)
        repairs = find_repairs(text, vetoed)
        if not repairs:
            continue
        count += len(repairs)
        pieces, cursor = [], 0
        for repair in repairs:
            pieces.append(html.escape(text[cursor:repair.start], quote=False))
            original = html.escape(repair.damaged)
            pieces.append(
                f'<span class="repair" title="原文作“{original}”" data-original="{original}">'
                f'<span class="fixed">{html.escape(repair.correct)}</span><span class="orig">{original}</span></span>'
            )
            cursor = repair.end
        pieces.append(html.escape(text[cursor:], quote=False))
        parts[index] = "".join(pieces)
    return "".join(parts), count


# Both readings of a repaired word in one plain string, for the search index's excerpt text:
# OPEN printed SPLIT repaired CLOSE. Mathematical brackets no Chinese document prints (Pagefind
# drops private-use characters from its metadata, so those cannot serve); any in a source are dropped.
MARK_OPEN, MARK_SPLIT, MARK_CLOSE = "\u2983", "\u2999", "\u2984"
MARKS = re.compile(f"[{MARK_OPEN}{MARK_SPLIT}{MARK_CLOSE}]")


def mark_plain(text: str, repairs: list[Repair]) -> str:
    """Text with each repair written as OPEN printed SPLIT repaired CLOSE (static/textmatch.js reads it)."""
    pieces, cursor = [], 0
    for repair in repairs:
        pieces += [MARKS.sub("", text[cursor:repair.start]), MARK_OPEN, repair.damaged, MARK_SPLIT, repair.correct, MARK_CLOSE]
        cursor = repair.end
    return "".join(pieces) + MARKS.sub("", text[cursor:])
