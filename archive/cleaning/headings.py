"""Section headings that a preview ran into the text, found by the ending they share.

A document-sharing site's preview loses line breaks, so a numbered heading runs into its section's
first sentence and often follows the end of the previous section on the same line
(……内在动力。四、推出经验与推广经验的关系既要注重推出经验: the bundled research paper, 2010).
Where the boundary lies cannot be told from one heading alone; but parallel headings of one outline
are often built alike (……与……的关系, ten times in that paper), and an ending that most headings of
the outline share marks where each of them ends.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lines import HAN, chinese_number, ends_sentence

OUTLINE_MARK = re.compile(r"(?:^|(?<=[。！？!?”」:：]))([一二三四五六七八九十]{1,3})、")  # at a paragraph's or a sentence's start, or after 以下……:
HEAD_STOP = re.compile(r"[，,。；;：:！？!?]")
HEAD_MAX = 30
ENDING_LENGTHS = (4, 3, 2)
ENDING_SHARE = 0.8  # of the outline's numbers
FLATTENED_SHARE = 1 / 3  # of the outline's marks that stand inside a paragraph, after a sentence
OUTLINE_MIN = 3
HEAD_BEFORE_ENDING = 2  # a heading says something before its shared ending


@dataclass(frozen=True)
class Mark:
    """A numbered mark (四、) in a segment, with the words after it: up to the first stop, across
    the segment's end when the segment ends before one (a heading broken over two lines)."""

    segment: int
    start: int
    after: int  # where the words after the mark begin in its segment
    number: int
    words: str
    own_length: int  # how many of `words` stand in the mark's own segment


def outline_marks(segments: list[str]) -> list[Mark]:
    marks = []
    for index, segment in enumerate(segments):
        for match in OUTLINE_MARK.finditer(segment):
            number = chinese_number(match.group(1))
            if number is None:
                continue
            own = segment[match.end():]
            stop = HEAD_STOP.search(own)
            if stop is None and index + 1 < len(segments):
                words = (own + segments[index + 1])[:HEAD_MAX]
                stop = HEAD_STOP.search(words)
                words = words[: stop.start()] if stop else words
            else:
                words = own[: stop.start()] if stop else own
                words = words[:HEAD_MAX]
            marks.append(Mark(index, match.start(), match.end(), number, words, min(len(own), len(words))))
    return marks


def shared_ending(marks: list[Mark]) -> str | None:
    """The longest run of Chinese characters that the headings of most of the outline's numbers
    share as their ending, if the outline runs from 一 to at least 三 and shows that the preview
    lost its line breaks.

    Numbered items that open alike (一、进一步规范公文办理的方式, 二、进一步规范公文行文的类型:
    bgs.gxuwz.edu.cn; 一、森林防火禁火时间, 二、森林防火禁火范围) share words too, but after the
    same words: a shared ending follows different words in each heading. Items set out one a
    paragraph, each a sentence (一、关于……问题。你省请求……), are the document's own layout: an
    outline whose marks all open paragraphs is left alone.
    """
    numbers = {mark.number for mark in marks}
    outline = 0
    while outline + 1 in numbers:
        outline += 1
    in_outline = [mark for mark in marks if mark.number <= outline]
    if outline < OUTLINE_MIN or sum(mark.start > 0 for mark in in_outline) < FLATTENED_SHARE * outline:
        return None
    needed = max(OUTLINE_MIN, ENDING_SHARE * outline)
    for length in ENDING_LENGTHS:
        found: dict[str, dict[int, str]] = {}  # ending -> number -> the words before it
        for mark in in_outline:
            for start in range(HEAD_BEFORE_ENDING, len(mark.words) - length):  # words must go on after it
                candidate = mark.words[start:start + length]
                if all(HAN.match(char) for char in candidate):
                    found.setdefault(candidate, {}).setdefault(mark.number, mark.words[:start])
        shared = [(len(before), ending) for ending, before in found.items()
                  if len(before) >= needed and len(set(before.values())) == len(before)]
        if shared:
            return max(shared)[1]
    return None


def split_run_in_headings(segments: list[str]) -> list[str]:
    """Each numbered heading of an outline whose headings share an ending becomes a segment of its
    own: the text before it and the text after its ending become segments too, and a heading
    broken over two segments is joined."""
    marks = outline_marks(segments)
    ending = shared_ending(marks)
    if ending is None:
        return segments
    cuts: dict[int, list[tuple[int, int]]] = {}  # segment -> (heading start, heading end): the end may pass into the next segment
    expected = 1
    for mark in marks:
        position = mark.words.find(ending, HEAD_BEFORE_ENDING)
        if mark.number != expected or position < 0:
            continue
        heading_end = position + len(ending)
        if heading_end > mark.own_length and position >= mark.own_length:
            continue  # the ending lies wholly in the next segment: not this heading's
        cuts.setdefault(mark.segment, []).append((mark.start, mark.after + heading_end))
        expected += 1
    result: list[str] = []
    carried = 0  # characters of this segment already taken into a heading above
    cut_short = False  # the last segment ended inside the sentence under a heading: the next one goes on with it
    for index, segment in enumerate(segments):
        pieces, rest_start = [], carried
        carried = 0
        for start, end in cuts.get(index, []):
            pieces.append(segment[rest_start:start])
            if end > len(segment):
                carried = end - len(segment)
                pieces.append(segment[start:] + segments[index + 1][:carried])
                rest_start = len(segment)
            else:
                pieces.append(segment[start:end])
                rest_start = end
        rest = segment[rest_start:].strip()
        pieces = [piece.strip() for piece in pieces if piece.strip()]
        if cut_short and not pieces:
            result[-1] += rest  # kept apart from its sentence only because it looked like a heading
        else:
            result.extend(pieces + ([rest] if rest else []))
        cut_short = bool(index in cuts and rest and not ends_sentence(rest))
    return result
