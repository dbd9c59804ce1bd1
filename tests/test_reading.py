"""Reading raw files of any common encoding and format."""
from __future__ import annotations

import io

import pytest

from archive.reading import SourceError, read_source
from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "corpus"

TEXT = "在全县创先争优活动动员大会上的讲话\n同志们：今天我们召开大会，部署创先争优活动。"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16", "big5"])
def test_text_in_common_encodings_is_decoded(tmp_path, encoding):
    text = TEXT if encoding != "big5" else "在全縣創先爭優活動動員大會上的講話\n同志們：今天我們召開大會，部署創先爭優活動。"
    path = tmp_path / "doc.txt"
    path.write_bytes(text.encode(encoding))
    assert read_source(path).text.strip() == text


def test_html_page_yields_the_article_not_the_chrome(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>讲话 - 某某网</title><script>var x=1</script></head><body>"
        "<nav>首页 | 讲话稿</nav><article><h1>在大会上的讲话</h1><p>同志们：</p><p>今天我们召开大会，部署工作。</p></article>"
        "<footer>版权所有 某某网</footer></body></html>",
        encoding="utf-8",
    )
    assert read_source(path).text.splitlines() == ["在大会上的讲话", "同志们：", "今天我们召开大会，部署工作。"]


def test_a_headline_set_above_the_articles_box_is_read_with_the_lines_under_it():
    raw = read_source(CORPUS / "ccdi-fangyuantan-mubiao-renwu-tuoli-shiji-2023.html")  # <h2 class="tit"> beside <div class="content">
    lines = raw.text.splitlines()
    assert lines[0] == "方圆谈丨制定目标任务切不可脱离实际"
    assert "2023-07-28 06:00" in lines[:5] and lines[-1].endswith("如此方能积潜功为显功、化潜绩为显绩。")


def test_a_page_title_of_dash_separated_parts_gives_its_first_as_a_hint():
    raw = read_source(CORPUS / "ccdi-gongkai-tongbao-8qi-baxiang-guiding-2024-09.html")  # 标题————头条——中央纪委国家监委网站
    assert raw.title_hints == ("中央纪委国家监委公开通报八起违反中央八项规定精神典型问题",)


def test_docx_paragraphs_and_tables_are_read_in_order(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("在大会上的讲话")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "文号"
    table.cell(0, 1).text = "中组发〔2010〕12号"
    document.add_paragraph("同志们：")
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "speech.docx"
    path.write_bytes(buffer.getvalue())
    raw = read_source(path)
    assert raw.format == "docx" and raw.text.splitlines() == ["在大会上的讲话", "文号 中组发〔2010〕12号", "同志们："]


def test_a_broken_docx_names_the_file(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"not a zip")
    with pytest.raises(SourceError, match=r"broken\.docx: not a readable \.docx"):
        read_source(path)


def test_without_a_heading_the_page_title_loses_its_column_and_site_names(tmp_path):
    path = tmp_path / "notice.html"
    path.write_text(
        "<html><head><title>关于开展创先争优活动的通知_通知公告_某某省人民政府网</title></head>"
        "<body><div class='content'><p>各市州：</p><p>现将有关事项通知如下，请认真贯彻执行。</p></div></body></html>",
        encoding="utf-8",
    )
    raw = read_source(path)
    assert raw.title_hints == ("关于开展创先争优活动的通知",)
    assert raw.text.splitlines()[0] == "各市州："


def test_a_portal_metadata_table_outside_the_article_is_kept_one_row_a_line(tmp_path):
    path = tmp_path / "portal.html"
    path.write_text(
        "<html><body><table><tr><td>索 引 号：</td><td>000014349/2018-00222</td><td>主题分类：</td><td>卫生</td></tr>"
        "<tr><td>发文机关：</td><td>国务院</td><td>成文日期：</td><td>2018年12月27日</td></tr></table>"
        "<div class='content'><p>国务院关于暂时调整实施有关规定的决定</p><p>各省、自治区、直辖市人民政府：</p>"
        "<p>现决定如下，请认真贯彻执行。</p></div></body></html>",
        encoding="utf-8",
    )
    lines = read_source(path).text.splitlines()
    assert lines[:2] == ["索 引 号： 000014349/2018-00222 主题分类： 卫生", "发文机关： 国务院 成文日期： 2018年12月27日"]


def test_markdown_marks_are_dropped_from_a_law_repository_file(tmp_path):
    path = tmp_path / "law.md"
    path.write_text("# 人民调解委员会组织条例\n\n<!-- INFO END -->\n\n第一条 为了加强**人民调解**委员会的建设，制定本条例。\n", encoding="utf-8")
    assert read_source(path).text.splitlines() == ["人民调解委员会组织条例", "", "", "", "第一条 为了加强人民调解委员会的建设，制定本条例。"]


def test_a_pdf_is_read_from_its_text_layer(tmp_path):
    from tests.pdf_maker import pdf_with_text

    path = tmp_path / "notice.pdf"
    path.write_bytes(pdf_with_text(["关于开展学习活动的通知", "各单位：", "请认真组织实施。"]))
    raw = read_source(path)
    assert raw.format == "pdf"
    assert raw.text.split() == ["关于开展学习活动的通知", "各单位：", "请认真组织实施。"]


def test_a_pdf_without_chinese_text_and_a_broken_pdf_are_refused_by_name(tmp_path):
    from tests.pdf_maker import pdf_with_text

    scanned = tmp_path / "scanned.pdf"
    scanned.write_bytes(pdf_with_text(["page 1"]))
    with pytest.raises(SourceError, match=r"scanned\.pdf: .*no Chinese text layer"):
        read_source(scanned)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\nthis is not a PDF body")
    with pytest.raises(SourceError, match=r"broken\.pdf: "):
        read_source(broken)


def test_a_markdown_front_matter_is_not_text_and_its_title_is_a_hint(tmp_path):
    path = tmp_path / "law.md"
    path.write_text("---\ntitle: 人民调解委员会组织条例\ndate: 1989-06-17\n---\n\n# 人民调解委员会组织条例\n\n第一条 为了加强人民调解委员会的建设，制定本条例。\n", encoding="utf-8")
    raw = read_source(path)
    assert raw.title_hints == ("人民调解委员会组织条例",)
    assert "title:" not in raw.text and raw.text.strip().startswith("人民调解委员会组织条例")


def test_a_page_without_a_known_article_box_yields_its_densest_part_with_the_header_above_it(tmp_path):
    menu = "".join(f"<li><a href='/c{n}'>栏目{n}</a></li>" for n in range(30))
    others = "".join(f"<li><a href='/a{n}'>其他文章标题第{n}篇关于工作的通知</a></li>" for n in range(12))
    text = "".join(f"<p>第{n}段，全县固定资产投资完成二百四十六亿元，同比增长百分之十二，投资结构趋稳趋优。</p>" for n in range(6))
    path = tmp_path / "page.html"
    path.write_text(
        f"<html><body><div class='top'><ul>{menu}</ul></div><div class='wz'><div class='con'>"
        f"<p class='con-title'>1-10月德清县固定资产投资结构趋稳趋优</p><div><span>发布日期：2016-11-22</span></div>"
        f"<div id='zoom'>{text}</div></div><div class='side'><ul>{others}</ul></div></div>"
        "<div class='foot'>版权所有 浙江省发展和改革委员会 网站地图 联系我们</div></body></html>",
        encoding="utf-8",
    )
    lines = read_source(path).text.splitlines()
    assert lines[:2] == ["1-10月德清县固定资产投资结构趋稳趋优", "发布日期：2016-11-22"]
    assert lines[-1].startswith("第5段") and not any("栏目" in line or "其他文章" in line or "版权所有" in line for line in lines)


def test_a_fragment_of_a_page_is_read_whole():
    raw = read_source(CORPUS / "govcn-sql-guofa-2018-43.html")  # a database's copy: the portal's table, then the text, no <body>
    assert raw.text.splitlines()[0].startswith("索")


def test_a_headline_sharing_its_box_with_a_side_column_is_read_above_the_article_without_the_column(tmp_path):
    text = "".join(f"<p>第{n}段，稳经济政策只有在第一时间落地，才能发挥其最大的效能，惠企惠民的政策好比甘霖。</p>" for n in range(6))
    others = "".join(f"<li><a href='/a{n}'>往期回顾：政能亮第{n}期评论文章的标题</a></li>" for n in range(8))
    path = tmp_path / "page.html"
    path.write_text(
        "<html><body><div class='nav'>栏目首页 搜索 登录</div><div class='box'>"
        "<h3>政能亮丨稳经济需要跑出加速度</h3><div class='info'>2022-06-02 09:52:19</div>"
        f"<div class='left'><div class='main'>{text}</div></div><div class='right'><ul>{others}</ul></div></div>"
        "<div class='foot'>凤凰新媒体版权所有</div></body></html>",
        encoding="utf-8",
    )
    lines = read_source(path).text.splitlines()
    assert lines[:2] == ["政能亮丨稳经济需要跑出加速度", "2022-06-02 09:52:19"]
    assert lines[-1].startswith("第5段") and not any("往期回顾" in line or "栏目首页" in line for line in lines)


def test_a_news_pages_publishdate_meta_is_its_posting_day():
    raw = read_source(CORPUS / "magichtml-021east-shanghai-lvyouri-menpiao-banjia-2024.html")  # <meta name="publishdate" ...>
    assert dict(raw.declared)["published"] == "2024-05-13 12:03:10"
