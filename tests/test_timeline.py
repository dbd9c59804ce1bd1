"""The build-time charts: years without gaps, months of one year, and bars that link to their documents."""
from __future__ import annotations

import xml.etree.ElementTree as ElementTree

from archive import timeline

SVG = "{http://www.w3.org/2000/svg}"


def test_years_run_without_gaps_and_undated_documents_are_not_counted():
    bars = timeline.by_year(["2010-12-01", "2010", None, "2013-05", "2012-01-09"], lambda year: f"/years/{year}/")
    assert [(bar.label, bar.count, bar.href) for bar in bars] == [
        ("2010", 2, "/years/2010/"), ("2011", 0, None), ("2012", 1, "/years/2012/"), ("2013", 1, "/years/2013/"),
    ]
    assert timeline.by_year([None], str) == []


def test_months_count_only_documents_dated_to_the_month():
    bars = timeline.by_month(["2010-12-01", "2010-12", "2010", "2011-01-01", "2010-03-05"], "2010", lambda month: f"#month-{month}")
    assert len(bars) == 12 and bars[11].count == 2 and bars[2].count == 1 and bars[0].href is None
    assert timeline.by_month(["2010"], "2010", str) == []


def test_the_chart_is_well_formed_svg_with_a_link_per_year_that_has_documents():
    bars = timeline.by_year(["1950", "2024-01-01", "2024-02-02"], lambda year: f"/years/{year}/")
    root = ElementTree.fromstring(str(timeline.svg(bars, "各年份篇数", "Documents per year", lambda bar: (f"{bar.label}年：{bar.count} 篇", f"{bar.label}: {bar.count}"))))
    links = root.findall(f"{SVG}a")
    assert [link.get("href") for link in links] == ["/years/1950/", "/years/2024/"]
    assert [link.find(f"{SVG}rect/{SVG}title").text for link in links] == ["1950年：1 篇", "2024年：2 篇"]
    heights = {float(rect.get("height")) for rect in root.iter(f"{SVG}rect") if rect.get("height") != "0"}
    assert len(heights) == 2  # one document's bar is half the height of two documents'
    assert len(root.findall(f"{SVG}text")) <= timeline.LABELS_AT_MOST
