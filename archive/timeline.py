"""Documents over time as bar charts drawn at build time in SVG: no chart library reaches the browser.

Years run without gaps from the earliest to the latest, so that a quiet year shows as an empty
slot, not as a missing one: the shape over time is what a reader looks for.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from markupsafe import Markup, escape

CHART_HEIGHT = 120
BAR_SLOT = 20  # viewBox units per bar
LABELS_AT_MOST = 8  # axis labels, so they stay legible on a 375 px phone
PHONE_CHART_WIDTH = 343  # px: a 375 px screen less the page's margins
PIXELS_PER_BAR = 36  # a chart of few bars stays this narrow instead of stretching to the page
MIN_CHART_PIXELS = 240


@dataclass(frozen=True)
class Bar:
    label: str  # 2010, or 12 for December
    count: int
    href: str | None  # where the documents counted are listed


def by_year(dates: list[str | None], href_of) -> list[Bar]:
    """One bar a year from the earliest dated document to the latest; undated documents are not counted."""
    counts = Counter(date[:4] for date in dates if date)
    if not counts:
        return []
    first, last = int(min(counts)), int(max(counts))
    return [
        Bar(str(year), counts[str(year)], href_of(str(year)) if counts[str(year)] else None)
        for year in range(first, last + 1)
    ]


def by_month(dates: list[str | None], year: str, href_of) -> list[Bar]:
    """Twelve bars for one year's documents dated to the month; empty when none is."""
    counts = Counter(int(date[5:7]) for date in dates if date and date[:4] == year and len(date) >= 7)
    if not counts:
        return []
    return [
        Bar(str(month), counts[month], href_of(month) if counts[month] else None)
        for month in range(1, 13)
    ]


def svg(bars: list[Bar], label: str, label_en: str, describe) -> Markup:
    """A bar chart scaled to its container's width; each bar with documents links to them.
    `describe(bar)` gives what a pointer or screen reader is told of a bar, in Chinese and in English."""
    if not bars:
        return Markup("")
    width = BAR_SLOT * len(bars)
    font = max(11.0, width / PHONE_CHART_WIDTH * 11)  # at least 11 px tall on a phone
    axis = CHART_HEIGHT + font * 1.4
    top = max(bar.count for bar in bars) or 1
    every = max(1, -(-len(bars) // LABELS_AT_MOST))
    margin = font * 1.5  # room for the first and last labels, centred under their bars
    parts = [
        f'<svg class="chart" width="{max(MIN_CHART_PIXELS, PIXELS_PER_BAR * len(bars))}" viewBox="{-margin:.1f} 0 {width + 2 * margin:.1f} {axis + 2:.0f}" role="group" aria-label="{escape(label)}" data-en-aria-label="{escape(label_en)}" '
        f'xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMinYMin meet">'
    ]
    for index, bar in enumerate(bars):
        title, title_en = describe(bar)
        height = max(1.0, round(bar.count / top * (CHART_HEIGHT - font), 1)) if bar.count else 0
        x = index * BAR_SLOT
        rect = f'<rect x="{x + 2}" y="{CHART_HEIGHT - height}" width="{BAR_SLOT - 4}" height="{height}"><title data-en-text="{escape(title_en)}">{escape(title)}</title></rect>'
        if bar.href:
            parts.append(f'<a href="{escape(bar.href)}" aria-label="{escape(title)}" data-en-aria-label="{escape(title_en)}">{rect}</a>')
        else:
            parts.append(rect)
        if index % every == 0:
            parts.append(f'<text x="{x + BAR_SLOT / 2}" y="{axis - font * 0.2:.1f}" font-size="{font:.1f}" text-anchor="middle">{escape(bar.label)}</text>')
    parts.append(f'<line x1="0" x2="{width}" y1="{CHART_HEIGHT}" y2="{CHART_HEIGHT}"/></svg>')
    return Markup("".join(parts))
