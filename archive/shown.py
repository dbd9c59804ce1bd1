"""What a document page shows: its title and text in the reading the archive gives them.

A page keeps the source text; where the source has systematic conversion damage (效劳 for 服务),
every place that shows the document (its page, the browser tab, lists, search results, the
citation) shows the repaired reading, marked, with the printed form one step away.
"""
from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import markdown
import markdown.treeprocessors
from markupsafe import escape

from . import repairs
from .records import Page

SAFE_SCHEMES = {"http", "https", "mailto"}
TOC_MIN_HEADINGS = 3  # a shorter document is read straight through
HEADING_TAG = re.compile(r"<h([2-6])>")


def is_safe_link(address: str) -> bool:
    """True for http(s), mailto and relative addresses; javascript:, data:, vbscript: and the like are not.

    Browsers ignore tabs, newlines and leading control characters in a scheme, so they are
    ignored here too before the scheme is read.
    """
    bare = re.sub(r"[\x00-\x20\x7f]", "", html.unescape(address)).lower()
    scheme = re.match(r"([a-z][a-z0-9+.-]*):", bare)
    return scheme is None or scheme.group(1) in SAFE_SCHEMES


class SafeLinks(markdown.treeprocessors.Treeprocessor):
    """Links with an unsafe address become plain text; images that are not the site's own become their alt text."""

    def run(self, root):
        for element in root.iter():
            if element.tag == "a" and not is_safe_link(element.get("href", "")):
                element.tag = "span"
                element.attrib.clear()
            elif element.tag == "img":
                source = element.get("src", "")
                keep = is_safe_link(source) and not re.match(r"\s*([a-z][a-z0-9+.-]*:|//)", source, re.I)
                if not keep:
                    element.tag = "span"
                    element.text = element.get("alt", "")
                    element.attrib.clear()


@lru_cache(maxsize=1)
def _converter() -> markdown.Markdown:
    converter = markdown.Markdown(extensions=[], output_format="html")
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    converter.inlinePatterns.deregister("entity")
    converter.treeprocessors.register(SafeLinks(converter), "safe_links", 1)
    return converter


def markdown_to_html(body: str) -> str:
    """Render a page body; raw HTML in a document is text, never markup, and no link can run script.
    One converter serves every page (reset between pages), as building one per page costs more than converting."""
    return _converter().reset().convert(body)


@dataclass(frozen=True)
class ShownTitle:
    """A document's title as shown everywhere, and as printed."""

    text: str  # the repaired reading where the document is damaged, else as printed
    printed: str
    html: str  # the shown reading with each repair marked
    marked: str  # both readings in one string (repairs.mark_plain), for search results
    damaged: bool  # the document has systematic conversion damage: its text is repaired too

    @property
    def repaired(self) -> bool:
        return self.text != self.printed


@dataclass(frozen=True)
class Reading:
    """What a document page shows and indexes: the source text, and its repaired reading."""

    title: ShownTitle
    body_html: str
    repair_count: int
    repair_list: tuple[tuple[str, str, int], ...]  # (printed, repaired, times), most frequent first
    front: list[str]  # the lines printed with the title: subtitle, bylines, distribution lists
    body_blocks: list[str]  # the body's paragraphs and headings as plain text
    source_headings: frozenset[str]
    marked_blocks: list[str]  # front and body blocks with both readings of each repair (repairs.mark_plain)
    shown_blocks: list[str]  # front and body blocks in the reading the page shows (repaired where damaged)
    contents: tuple[tuple[int, str, str], ...]  # (level, heading in the shown reading, anchor) when there are enough headings

    @property
    def source_blocks(self) -> list[str]:
        return [*self.front, *self.body_blocks]

    @property
    def repaired_blocks(self) -> list[str]:
        """Only the blocks (title first) that repairs changed, in their repaired reading: indexed beside the source."""
        changed = [shown for shown, source in zip(self.shown_blocks, self.source_blocks) if shown != source]
        return [self.title.text, *changed] if self.title.repaired else changed

    @property
    def example_repair(self) -> tuple[str, str, int] | None:
        """The most frequent repair of a word (not of a quotation mark), to explain the damage by."""
        return next((item for item in self.repair_list if re.search(r"[\u4e00-\u9fff]", item[0])), None)

    @property
    def shown_body(self) -> list[str]:
        return self.shown_blocks[len(self.front):]


def is_damaged(page: Page) -> bool:
    damaged = page.meta.get("damaged")
    return repairs.is_damaged(f"{page.meta['title']}\n{page.body}") if damaged is None else bool(damaged)


def vetoed_repairs(page: Page) -> frozenset[str]:
    return frozenset(page.meta.get("no_repair") or [])


def shown_title(page: Page) -> ShownTitle:
    printed = page.meta["title"]
    if not is_damaged(page):
        return ShownTitle(printed, printed, str(escape(printed)), printed, False)
    found = repairs.find_repairs(printed, vetoed_repairs(page))
    title_html, _ = repairs.annotate_html(str(escape(printed)), vetoed_repairs(page))
    return ShownTitle(repairs.apply(printed, found), printed, title_html, repairs.mark_plain(printed, found), True)


def reading_text(page: Page, title: ShownTitle | None = None) -> Reading:
    title = title or shown_title(page)
    front, body_blocks = front_lines(page.meta), body_blocks_for_index(page.body)
    body_html = anchor_headings(mark_signature(markdown_to_html(page.body), page.meta))
    headings = heading_texts(page.body)
    outline = heading_outline(page.body)
    if not title.damaged:
        contents = table_of_contents(outline)
        return Reading(title, body_html, 0, (), front, body_blocks, headings, [*front, *body_blocks], [*front, *body_blocks], contents)
    vetoed = vetoed_repairs(page)
    contents = table_of_contents([(level, repairs.apply(text, repairs.find_repairs(text, vetoed))) for level, text in outline])
    body_html, body_count = repairs.annotate_html(body_html, vetoed)
    title_repairs = repairs.find_repairs(title.printed, vetoed)
    tally: Counter[tuple[str, str]] = Counter((repair.damaged, repair.correct) for repair in title_repairs)
    marked_blocks, shown_blocks = [], []
    for block in [*front, *body_blocks]:
        found = repairs.find_repairs(block, vetoed)
        tally.update((repair.damaged, repair.correct) for repair in found)
        marked_blocks.append(repairs.mark_plain(block, found))
        shown_blocks.append(repairs.apply(block, found))
    repair_list = tuple((printed, correct, times) for (printed, correct), times in tally.most_common())
    return Reading(title, body_html, body_count + len(title_repairs), repair_list, front, body_blocks, headings, marked_blocks, shown_blocks, contents)


def anchor_headings(body_html: str) -> str:
    """Each heading of the text gets an anchor, section-1, section-2 ..., for the table of contents."""
    numbers = iter(range(1, body_html.count("<h") + 1))
    return HEADING_TAG.sub(lambda match: f'<h{match.group(1)} id="section-{next(numbers)}">', body_html)


def heading_outline(body: str) -> list[tuple[int, str]]:
    """The text's headings in order, with their level (## is 2)."""
    return [(len(block) - len(block.lstrip("#")), _plain(block)) for block in body.split("\n\n") if re.match(r"#{2,6}(?!#)", block)]


def table_of_contents(outline: list[tuple[int, str]]) -> tuple[tuple[int, str, str], ...]:
    if len(outline) < TOC_MIN_HEADINGS:
        return ()
    return tuple((level, text, f"section-{number}") for number, (level, text) in enumerate(outline, 1))


def plain_text(reading: Reading) -> str:
    """The document's clean text as plain text, for download, in the reading the page shows: title, the lines
    printed with it, the text; a repaired text ends with what was repaired and the title as printed."""
    parts = [reading.title.text, *reading.shown_blocks]
    if reading.repair_list:
        changes = "；".join(f"{printed}→{repaired}（{times} 处）" for printed, repaired, times in reading.repair_list)
        parts.append(f"——\n本文来源有系统性转换错误，以上为修复后的读法。原题作：{reading.title.printed}。修复：{changes}。")
    return "\n\n".join(parts) + "\n"


def body_blocks_for_index(body: str) -> list[str]:
    """The body's paragraphs and headings as plain text, for the index-only form."""
    return [_plain(block) for block in body.split("\n\n") if block.strip()]


def mark_signature(body_html: str, meta: dict) -> str:
    """The issuer's signature and the 成文日期 of a 公文 set right, where the text prints them."""
    for line in [*(meta.get("signature") or []), meta.get("signed_date")]:
        if not line:
            continue
        paragraph = f"<p>{escape(line)}</p>"
        position = body_html.rfind(paragraph)
        if position >= 0:
            body_html = f'{body_html[:position]}<p class="signature">{escape(line)}</p>{body_html[position + len(paragraph):]}'
    return body_html


def front_lines(meta: dict) -> list[str]:
    """The lines printed with the title (subtitle, bylines, distribution lists): shown on the page and searchable."""
    return [line for line in (meta.get("subtitle"), *(meta.get("byline") or []), *(meta.get("cc") or [])) if line]


def heading_texts(body: str) -> frozenset[str]:
    """The body's headings as plain text, weighted above paragraphs in the index."""
    return frozenset(_plain(block) for block in body.split("\n\n") if block.startswith("#"))


def _plain(block: str) -> str:
    """A Markdown block as the text it shows: heading marks and backslash escapes removed."""
    return re.sub(r"\\(.)", r"\1", block.lstrip("#").strip())
