"""Building the site: whole-site output, and failures that leave the live site untouched."""
from __future__ import annotations

import csv
import io
import json
import shutil
from html.parser import HTMLParser

from pathlib import Path

import pytest

from archive import importer, parallel, render_cache, search_index, shown, similarity, site
from tests.conftest import ROOT, build_into


def project(base: Path) -> site.Project:
    return site.Project(base / "content", base / "sources", ROOT / "templates", ROOT / "static", base / "public")


def test_the_built_site_has_every_page_type(built_site):
    for relative in ["index.html", "404.html", "search/index.html", "years/index.html", "units/index.html",
                     "themes/index.html", "genres/index.html", "units/index.html", "years/2010/index.html",
                     "documents/004_a8838e6b2a279195/index.html", "pagefind/hub/pagefind.js", "pagefind/shards.json", "static/style.css",
                     "sources/004_a8838e6b2a279195.txt"]:
        assert (built_site / relative).is_file(), relative


def test_every_page_is_chinese_by_default_and_a_documents_text_says_its_language(built_site):
    for html in built_site.rglob("*.html"):
        assert html.read_text(encoding="utf-8").startswith('<!doctype html>\n<html lang="zh-CN" data-ui="zh">'), html
    page = (built_site / "documents/004_a8838e6b2a279195/index.html").read_text(encoding="utf-8")
    assert '<div class="document-text" id="document-text" lang="zh-CN">' in page


def test_a_page_carries_its_text_once_its_search_record_only_the_index_form_and_its_excerpt_text_a_file_of_its_own(built_site):
    folder = built_site / "documents/004_a8838e6b2a279195"
    html = (folder / "index.html").read_text(encoding="utf-8")
    record = (folder / "search-record.html").read_text(encoding="utf-8")
    excerpt_text = (folder / "search-text.txt").read_text(encoding="utf-8")
    page = next(page for page in site.load_pages(ROOT / "content", ROOT / "sources") if page.id == "004_a8838e6b2a279195")
    sentence = "使科学发展观真正渗透和体现到全部科技工作的各个环节"  # far from the opening the description quotes
    assert sentence in page.body and html.count(sentence) == 1, "shown once: no hidden copy for the index or for excerpts"
    assert "data-pagefind" not in html and "search-record" not in html
    assert record.count("data-pagefind-body") == 1 and search_index.index_tokens(sentence) in record
    assert sentence not in record and sentence in excerpt_text  # Pagefind's run and bundle carry no copy of the text
    assert '<meta name="robots" content="noindex">' in record and "site-header" not in record and "metadata" not in record


def test_browse_pages_list_documents_without_javascript(built_site):
    html = (built_site / "genres/讲课稿/index.html").read_text(encoding="utf-8")
    assert "/documents/000_cb3843f68f6f73f7/" in html
    assert html.count("<script") == 1 and '<script src="/static/ui.js"></script>' in html  # only the interface-language switch


def test_original_source_is_published_unchanged(built_site):
    assert (built_site / "sources/000_cb3843f68f6f73f7.txt").read_bytes() == (ROOT / "sources/000_cb3843f68f6f73f7.txt").read_bytes()


def test_invalid_page_fails_the_build_and_leaves_the_live_site_untouched(clean_copy):
    live = build_into(clean_copy, clean_copy / "content", clean_copy / "sources")
    before = {path: path.read_bytes() for path in live.rglob("*") if path.is_file()}
    broken = clean_copy / "content" / "004_a8838e6b2a279195.md"
    broken.write_text(broken.read_text(encoding="utf-8").replace("complete: false", "complete: perhaps"), encoding="utf-8")
    with pytest.raises(site.BuildError) as error:
        site.build(project(clean_copy))
    assert "004_a8838e6b2a279195.md: field 'complete'" in str(error.value)
    after = {path: path.read_bytes() for path in live.rglob("*") if path.is_file()}
    assert after == before
    assert not list(clean_copy.glob(".public-*")), "a half-written site was left behind"


def test_a_failure_while_indexing_leaves_no_staging_folder(clean_copy, monkeypatch):
    from archive import indexing

    def fail(pages, bundle):
        raise indexing.PagefindError("pagefind failed")

    monkeypatch.setattr(indexing, "run_pagefind", fail)
    with pytest.raises(indexing.PagefindError):
        site.build(project(clean_copy))
    assert not (clean_copy / "public").exists() and not list(clean_copy.glob(".public-*"))


def test_a_hand_edited_field_is_what_the_site_shows(clean_copy):
    page = clean_copy / "content" / "003_3685b0cf52ee24bc.md"
    page.write_text(page.read_text(encoding="utf-8").replace("unit: null", "unit: 省委统战部", 1), encoding="utf-8")
    public = build_into(clean_copy, clean_copy / "content", clean_copy / "sources")
    assert "/documents/003_3685b0cf52ee24bc/" in (public / "units/省委统战部/index.html").read_text(encoding="utf-8")


def test_a_vetoed_repair_is_not_shown_after_rebuild(clean_copy):
    page = clean_copy / "content" / "001_c7e687d74acad71f.md"
    page.write_text(page.read_text(encoding="utf-8").replace("damaged: true", "damaged: true\nno_repair: [效劳]", 1), encoding="utf-8")
    public = build_into(clean_copy, clean_copy / "content", clean_copy / "sources")
    html = (public / "documents/001_c7e687d74acad71f/index.html").read_text(encoding="utf-8")
    assert 'data-original="效劳"' not in html and "效劳群众" in html
    assert 'data-original="根底"' in html


def test_a_page_marked_undamaged_shows_the_source_text_unrepaired(clean_copy):
    page = clean_copy / "content" / "001_c7e687d74acad71f.md"
    page.write_text(page.read_text(encoding="utf-8").replace("damaged: true", "damaged: false", 1), encoding="utf-8")
    public = build_into(clean_copy, clean_copy / "content", clean_copy / "sources")
    html = (public / "documents/001_c7e687d74acad71f/index.html").read_text(encoding="utf-8")
    assert 'class="repair"' not in html and "显示原文" not in html


def test_a_unit_name_with_a_slash_gets_one_browse_page_and_a_working_link(clean_copy):
    page = clean_copy / "content" / "004_a8838e6b2a279195.md"
    page.write_text(page.read_text(encoding="utf-8").replace("unit: null", "unit: 科技局/知识产权局", 1), encoding="utf-8")
    public = build_into(clean_copy, clean_copy / "content", clean_copy / "sources")
    assert (public / "units" / site.slug("科技局/知识产权局") / "index.html").is_file()
    assert len(list((public / "units").iterdir())) == 2  # the unit's folder and the list of units
    html = (public / "documents/004_a8838e6b2a279195/index.html").read_text(encoding="utf-8")
    assert site.url_path("units", "科技局/知识产权局") in html


def test_sitemap_lists_every_page_when_the_site_address_is_known(clean_copy, monkeypatch):
    monkeypatch.setenv("SITE_URL", "https://archive.example.org/")
    public = build_into(clean_copy, clean_copy / "content", clean_copy / "sources")
    sitemap = (public / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://archive.example.org/documents/004_a8838e6b2a279195/</loc>" in sitemap
    pages = site.load_pages(clean_copy / "content", clean_copy / "sources")
    browse = site.facets(pages)
    assert sitemap.count("<url>") == 3 + len(browse) + sum(len(facet.values) for facet in browse) + len(pages)
    assert "Sitemap: https://archive.example.org/sitemap.xml" in (public / "robots.txt").read_text(encoding="utf-8")
    page = (public / "documents/004_a8838e6b2a279195/index.html").read_text(encoding="utf-8")
    assert "[EB/OL]. [" in page and "(2010-08-11)" not in page and "]. https://archive.example.org/documents/004_a8838e6b2a279195/.</p>" in page


def test_without_a_site_address_the_sitemap_lists_root_relative_addresses_and_robots_txt_names_none(clean_copy, monkeypatch):
    monkeypatch.delenv("SITE_URL", raising=False)
    monkeypatch.delenv("URL", raising=False)
    public = build_into(clean_copy, clean_copy / "content", clean_copy / "sources")
    sitemap = (public / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>/documents/004_a8838e6b2a279195/</loc>" in sitemap and "None" not in sitemap
    assert (public / "robots.txt").read_text(encoding="utf-8") == "User-agent: *\nAllow: /\n"


def test_the_catalog_lists_every_document_once_with_its_page_and_original(built_site):
    pages = site.load_pages(ROOT / "content", ROOT / "sources")
    documents = json.loads((built_site / "catalog.json").read_text(encoding="utf-8"))["documents"]
    assert sorted(record["id"] for record in documents) == sorted(page.id for page in pages)
    for record in documents:
        assert (built_site / record["permalink"].strip("/") / "index.html").is_file()
        assert (built_site / record["original"].lstrip("/")).is_file()
    rows = list(csv.DictReader(io.StringIO((built_site / "catalog.csv").read_text(encoding="utf-8-sig"))))
    assert [row["id"] for row in rows] == [record["id"] for record in documents]
    assert [row["title"] for row in rows] == [record["title"] for record in documents]


def test_markup_inside_an_imported_document_is_shown_as_text(clean_copy):

    raw = clean_copy / "raw.txt"
    raw.write_text("在大会上的讲话\n同志们:\n<script>alert('x')</script>请大家认真看<b>重点</b>内容，抓好落实。\n", encoding="utf-8")
    importer.import_paths([raw], clean_copy / "content", clean_copy / "sources", backups_dir=clean_copy / "backups")
    public = build_into(clean_copy, clean_copy / "content", clean_copy / "sources")
    html = (public / "documents/raw/index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<b>重点</b>" not in html
    assert "&lt;script&gt;alert" in html and "&lt;b&gt;重点&lt;/b&gt;" in html


def test_related_documents_have_similar_texts_or_share_a_unit_or_a_theme_and_say_which(built_site):
    pages = site.load_pages(ROOT / "content", ROOT / "sources")
    by_id = {page.id: page for page in pages}
    lecture = by_id["000_cb3843f68f6f73f7"]
    related_pages = site.RelatedPages(site.facets(pages), pages)
    related = related_pages.of(lecture)
    assert len(related) == site.RELATED_LIMIT - 1 and lecture not in [item.page for item in related]
    for item in related:
        for kind, value in item.reasons:
            if kind == "text":
                assert related_pages.similar.score(lecture.id, item.page.id) >= similarity.ALIKE
            else:
                assert kind == "theme" and value in item.page.meta["themes"] and value in lecture.meta["themes"]
        shared = [theme for theme in lecture.meta["themes"] if theme in item.page.meta["themes"]]
        assert {value for kind, value in item.reasons if kind == "theme"} == set(shared), "every shared theme is given"
    assert {item.reasons[0][0] for item in related} == {"text", "theme"}
    assert any(len(item.reasons) > 1 for item in related), "a document related in several ways says so"
    html = (built_site / "documents/000_cb3843f68f6f73f7/index.html").read_text(encoding="utf-8")
    assert "相关文献" in html and f"/documents/{related[0].page.id}/" in html
    assert ">同一主题：</span>" in html and ">文本相近</span>" in html and "</span> · <span" in html


def test_another_copy_of_a_text_is_listed_first_as_similar(clean_copy):
    copy = clean_copy / "copy.txt"
    original = (ROOT / "sources" / "004_a8838e6b2a279195.txt").read_text(encoding="utf-8")
    copy.write_text("转载自另一网站\n" + original, encoding="utf-8")
    report = importer.import_paths([copy], clean_copy / "content", clean_copy / "sources", backups_dir=clean_copy / "backups")
    assert report.imported, report.skipped
    public = build_into(clean_copy, clean_copy / "content", clean_copy / "sources")
    html = (public / "documents/004_a8838e6b2a279195/index.html").read_text(encoding="utf-8")
    related = html[html.index('class="related"'):]
    assert related.index("/documents/copy/") < related.index("/documents/00")
    assert "文本相近" in related[:related.index("/documents/copy/")]


def test_headings_weigh_more_than_paragraphs_in_the_index_and_escapes_are_undone():
    body = "## 一、统一思想\n\n正文 \\*星号\\* 与反斜杠 \\\\ 。\n"
    assert shown.body_blocks_for_index(body) == ["一、统一思想", "正文 *星号* 与反斜杠 \\ 。"]
    assert shown.heading_texts(body) == {"一、统一思想"}


@pytest.mark.parametrize("value", [".", "..", "/", "", "index.html", "INDEX.HTML", "a/../b", "\x00", "主题" * 150, ".hidden", "a\nb"])
def test_a_value_becomes_one_bounded_folder_name_that_is_never_special(value):
    name = site.slug(value)
    assert name not in ("", ".", "..") and not name.startswith(".") and name.lower() != "index.html"
    assert "/" not in name and "\x00" not in name and "\n" not in name
    assert len(name.encode("utf-8")) <= 160


def test_different_values_never_share_a_folder():
    values = ["工商联/商会", "工商联／商会", "工商联_商会", "工商联:商会", "主题" * 30, "主题" * 31, "..", "._"]
    assert len({site.slug(value) for value in values}) == len(values)


def test_readable_values_keep_their_name():
    assert [site.slug(value) for value in ["创先争优", "2011", "年份不详", "中共某某县委"]] == ["创先争优", "2011", "年份不详", "中共某某县委"]


class _HeadTags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, str]] = []
        self.json_ld: list[str] = []
        self._in_json = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "meta" and "content" in attributes and ("name" in attributes or "property" in attributes):
            self.tags.append((attributes.get("name") or attributes["property"], attributes["content"]))
        self._in_json = tag == "script" and attributes.get("type") == "application/ld+json"

    def handle_data(self, data):
        if self._in_json:
            self.json_ld.append(data)

    def handle_endtag(self, tag):
        self._in_json = False


def head_tags(html: str) -> _HeadTags:
    parser = _HeadTags()
    parser.feed(html)
    return parser


def test_a_document_page_carries_the_tags_zotero_and_link_previews_read(built_site):
    page = head_tags((built_site / "documents/004_a8838e6b2a279195/index.html").read_text(encoding="utf-8"))
    meta = site.load_pages(ROOT / "content", ROOT / "sources")
    record = next(page_.meta for page_ in meta if page_.id == "004_a8838e6b2a279195")
    tags = dict(page.tags)
    assert tags["citation_title"] == tags["DC.title"] == tags["og:title"] == record["title"]
    assert [value for key, value in page.tags if key == "citation_author"] == [name for name in (record["speaker"], record["unit"]) if name]
    assert record["date_source"] == "page" and "citation_date" not in tags and "DC.date" not in tags  # a posting date is not the document's
    assert tags["DC.type"] == "document" and tags["og:type"] == "article"
    assert tags["citation_language"] == "zh-CN" and tags["description"]
    linked = json.loads("".join(page.json_ld))
    assert linked["@type"] == "DigitalDocument" and linked["name"] == record["title"] and "dateCreated" not in linked
    speech = head_tags((built_site / "documents/001_c7e687d74acad71f/index.html").read_text(encoding="utf-8"))
    assert [value for key, value in speech.tags if key in ("citation_author", "DC.creator")] == ["王和涛", "王和涛"]
    assert json.loads("".join(speech.json_ld))["author"] == [{"@type": "Person", "name": "王和涛"}]


def test_a_traditional_script_documents_title_unit_and_source_are_marked_zh_hant_wherever_shown(clean_copy):
    raw = ROOT / "tests" / "corpus" / "crsrw-qingyuan-yiqing-bangongshi-miaohui-tongzhi-2022.txt"
    importer.import_paths([raw], clean_copy / "content", clean_copy / "sources", backups_dir=clean_copy / "backups")
    page = next(page for page in site.load_pages(clean_copy / "content", clean_copy / "sources") if page.meta["script"] == "zh-Hant")
    unit = page.meta["unit"]
    assert unit and "區" in page.meta["title"]
    public = build_into(clean_copy, clean_copy / "content", clean_copy / "sources")
    html = (public / "documents" / page.id / "index.html").read_text(encoding="utf-8")
    assert '<h1 lang="zh-Hant">' in html and f'lang="zh-Hant">{unit}</a>' in html and 'lang="zh-CN">{unit}' not in html
    source = (public / "documents" / page.id / "source" / "index.html").read_text(encoding="utf-8")
    assert '<pre class="raw-source" lang="zh-Hant">' in source
    listing = (public / "index.html").read_text(encoding="utf-8")
    assert f'<span lang="zh-Hant">{unit}</span>' in listing


def test_every_page_names_the_favicon_and_the_site_carries_it(built_site):
    icon = built_site / "static" / "favicon.svg"
    assert icon.is_file() and "<svg" in icon.read_text(encoding="utf-8")
    for page in ("index.html", "search/index.html", "documents/004_a8838e6b2a279195/index.html", "404.html"):
        assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in (built_site / page).read_text(encoding="utf-8")


def test_a_document_page_links_its_clean_text_for_tools_that_save_it(built_site):
    html = (built_site / "documents/004_a8838e6b2a279195/index.html").read_text(encoding="utf-8")
    head = html[:html.index("</head>")]
    for kind, name in (("text/plain", "004_a8838e6b2a279195.txt"), ("text/markdown", "004_a8838e6b2a279195.md")):
        assert f'<link rel="alternate" type="{kind}" href="/documents/004_a8838e6b2a279195/{name}"' in head
        assert (built_site / "documents/004_a8838e6b2a279195" / name).is_file()


def test_tags_carry_the_pages_absolute_address_when_the_site_address_is_known(clean_copy, monkeypatch):
    monkeypatch.setenv("SITE_URL", "https://archive.example.org")
    public = build_into(clean_copy, clean_copy / "content", clean_copy / "sources")
    html = (public / "documents/004_a8838e6b2a279195/index.html").read_text(encoding="utf-8")
    tags = dict(head_tags(html).tags)
    assert tags["citation_public_url"] == tags["og:url"] == "https://archive.example.org/documents/004_a8838e6b2a279195/"
    assert '<link rel="canonical" href="https://archive.example.org/documents/004_a8838e6b2a279195/">' in html


def test_the_clean_text_is_downloadable_as_txt_and_as_the_markdown_page(built_site):
    page = next(page for page in site.load_pages(ROOT / "content", ROOT / "sources") if page.id == "001_c7e687d74acad71f")
    folder = built_site / "documents" / page.id
    assert (folder / f"{page.id}.md").read_bytes() == page.path.read_bytes()
    text = (folder / f"{page.id}.txt").read_text(encoding="utf-8")
    repaired_title = "在深入开展创先争优活动暨文明城市创建百日整治动员大会上的讲话"
    assert text.startswith(repaired_title + "\n\n") and "同志们:" in text and "<" not in text
    body, note = text.split("\n\n——\n")
    assert "服务" in body and "效劳" not in body  # the reading the page shows
    assert f"原题作：{page.meta['title']}" in note and "效劳→服务" in note
    html = (folder / "index.html").read_text(encoding="utf-8")
    assert f'href="/documents/{page.id}/{page.id}.txt" download="{page.id}-clean.txt"' in html
    assert f'href="/documents/{page.id}/{page.id}.md" download="{page.id}-page.md"' in html


def test_every_build_writes_an_atom_feed_that_parses(built_site):
    import feedparser

    parsed = feedparser.parse((built_site / "feed.xml").read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    pages = site.load_pages(ROOT / "content", ROOT / "sources")
    assert len(parsed.entries) == len(pages)
    titles = {item.link.split("/documents/")[1].strip("/"): item.title for item in parsed.entries}
    assert titles["001_c7e687d74acad71f"] == "在深入开展创先争优活动暨文明城市创建百日整治动员大会上的讲话"
    assert '<link rel="alternate" type="application/atom+xml" href="/feed.xml"' in (built_site / "index.html").read_text(encoding="utf-8")


def test_rendering_on_several_processes_writes_the_same_site(clean_copy, monkeypatch):
    def rendered(folder: str) -> dict[str, bytes]:
        target = clean_copy / folder
        target.mkdir()
        project = site.Project(clean_copy / "content", clean_copy / "sources", ROOT / "templates", ROOT / "static", clean_copy / "public")
        site.render_site(project, site.load_pages(project.content, project.sources), target)
        return {str(path.relative_to(target)): path.read_bytes() for path in target.rglob("*") if path.is_file()}

    serial = rendered("serial")
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 1)
    monkeypatch.setattr(parallel, "DOCUMENTS_PER_TASK", 2)
    assert rendered("parallel") == serial


def test_a_build_in_shards_writes_a_bundle_per_shard_the_hub_and_the_manifest_and_nothing_else(clean_copy):
    public = build_into(clean_copy, clean_copy / "content", clean_copy / "sources", shard_size=2)
    bundles = public / "pagefind"
    manifest = json.loads((bundles / "shards.json").read_text(encoding="utf-8"))
    assert manifest["hub"] == "/pagefind/hub/"
    assert [entry["bundle"] for entry in manifest["shards"]] == [f"/pagefind/{number}/" for number in range(len(manifest["shards"]))]
    assert sum(entry["documents"] for entry in manifest["shards"]) == len(list((clean_copy / "content").glob("*.md")))
    assert sorted(path.name for path in bundles.iterdir()) == sorted([*(str(n) for n in range(len(manifest["shards"]))), "hub", "shards.json"])
    assert (bundles / "hub" / "pagefind.js").is_file() and list((bundles / "hub").glob("wasm.*.pagefind"))
    for number in range(len(manifest["shards"])):
        shard = bundles / str(number)
        assert (shard / "pagefind-entry.json").is_file() and list(shard.glob("*.pf_meta"))
        assert not list(shard.glob("*.js")) and not list(shard.glob("wasm.*")), "the library is loaded from the hub only"
    assert not [path for path in public.iterdir() if path.name.startswith(".")], "a shard's folder of linked pages was left"


def rebuild_after(base: Path, edit, monkeypatch, progress=None) -> tuple[Path, list[str], list[str]]:
    """Build in shards of two, make an edit, build again (telling `progress`): the site, the bundles indexed again (as folder/bundle), the documents rendered again."""
    from archive import indexing

    build_into(base, base / "content", base / "sources", shard_size=2)
    edit()
    indexed, rendered = [], []
    real_run, real_render = indexing.run_pagefind, site.Renderer.render_document
    monkeypatch.setattr(indexing, "run_pagefind", lambda pages, bundle: indexed.append(f"{bundle.parent.name}/{bundle.name}") or real_run(pages, bundle))
    monkeypatch.setattr(site.Renderer, "render_document", lambda self, page, related: rendered.append(page.id) or real_render(self, page, related))
    rebuilt = build_into(base, base / "content", base / "sources", shard_size=2, progress=progress)
    monkeypatch.undo()
    return rebuilt, indexed, rendered


def make_unrelated(base: Path) -> None:
    """Page 000 with no theme, no unit and a text unlike the others: no page lists it as related."""
    unrelated = base / "content" / "000_cb3843f68f6f73f7.md"
    front, _ = unrelated.read_text(encoding="utf-8").rsplit("---\n", 1)
    holiday_notice = (ROOT / "tests" / "corpus" / "opticsky-guobanfamingdian-2012-33-jiejiari-anpai.txt").read_text(encoding="utf-8")
    unrelated.write_text(front.replace("themes:\n- 创先争优\n- 对台工作\n- 基层党建\n", "themes: []\n", 1) + "---\n\n" + holiday_notice, encoding="utf-8")


EDITED = "004_a8838e6b2a279195"


def test_a_rebuild_after_a_text_edit_renders_only_the_edited_document_indexes_its_shard_during_the_render_and_writes_what_a_clean_build_writes(clean_copy, tmp_path, monkeypatch):
    from tests.test_build_safety import tree

    make_unrelated(clean_copy)
    page = clean_copy / "content" / f"{EDITED}.md"
    rebuilt, indexed, rendered = rebuild_after(clean_copy, lambda: page.write_text(page.read_text(encoding="utf-8").replace("乌鲁木齐", "乌鲁木齐市", 1), encoding="utf-8"), monkeypatch)
    changed = next(str(number) for number, shard in enumerate(site_plan(clean_copy, 2)) if EDITED in shard.ids)
    manifest = json.loads((rebuilt / "pagefind" / "shards.json").read_text(encoding="utf-8"))
    assert len(manifest["shards"]) > 2 and indexed == [f"{site.AHEAD}/{changed}"], "the other shards and the hub are reused"
    assert rendered == [EDITED], "the pages listing it show its title, date and unit, which the edit left as they were"
    clean = build_into(tmp_path / "clean", clean_copy / "content", clean_copy / "sources", shard_size=2)
    assert tree(rebuilt) == tree(clean)


def test_a_shard_indexed_during_the_render_from_records_unlike_the_rendered_ones_is_indexed_again(clean_copy, tmp_path, monkeypatch):
    from tests.test_build_safety import tree

    page = clean_copy / "content" / f"{EDITED}.md"
    real_record, records = site.search_record, []

    def first_record_differs(environment, page, reading):  # the first record rendered is the one rendered ahead of the render
        records.append(page.id)
        record = real_record(environment, page, reading)
        return record.replace(b"</body>", b"<div data-pagefind-body><p>not what the render writes</p></div></body>") if len(records) == 1 else record

    def edit():
        page.write_text(page.read_text(encoding="utf-8").replace("乌鲁木齐", "乌鲁木齐市", 1), encoding="utf-8")
        monkeypatch.setattr(site, "search_record", first_record_differs)

    stages = []
    rebuilt, indexed, _ = rebuild_after(clean_copy, edit, monkeypatch, lambda stage, seconds, detail: stages.append((stage, detail)))
    changed = next(str(number) for number, shard in enumerate(site_plan(clean_copy, 2)) if EDITED in shard.ids)
    assert records == [EDITED, EDITED] and indexed == [f"{site.AHEAD}/{changed}", f"pagefind/{changed}"]
    assert any(stage == "index" and "indexed again: its records were not the rendered ones" in detail for stage, detail in stages)
    assert tree(rebuilt) == tree(build_into(tmp_path / "clean", clean_copy / "content", clean_copy / "sources", shard_size=2))


def test_a_shard_whose_run_during_the_render_failed_is_indexed_again_and_the_build_says_why(clean_copy, tmp_path, monkeypatch):
    from archive import indexing
    from tests.test_build_safety import tree

    page = clean_copy / "content" / f"{EDITED}.md"
    real_run = indexing.run_pagefind

    def ahead_fails(pages, bundle):
        if bundle.parent.name == site.AHEAD:
            raise indexing.PagefindError("pagefind failed (exit 1):\nout of memory")
        return real_run(pages, bundle)

    def edit():
        page.write_text(page.read_text(encoding="utf-8").replace("乌鲁木齐", "乌鲁木齐市", 1), encoding="utf-8")
        monkeypatch.setattr(indexing, "run_pagefind", ahead_fails)

    stages = []
    rebuilt, _, _ = rebuild_after(clean_copy, edit, monkeypatch, lambda stage, seconds, detail: stages.append((stage, detail)))
    assert ("index", "Pagefind, 3 shards (2 unchanged, reused; the shard indexed during the render was indexed again: pagefind failed (exit 1):)") in stages
    assert tree(rebuilt) == tree(build_into(tmp_path / "clean", clean_copy / "content", clean_copy / "sources", shard_size=2))


def test_a_rebuild_after_a_title_edit_renders_the_documents_listing_it_too_and_writes_what_a_clean_build_writes(clean_copy, tmp_path, monkeypatch):
    from tests.test_build_safety import tree

    make_unrelated(clean_copy)
    page = clean_copy / "content" / f"{EDITED}.md"
    pages = site.load_pages(clean_copy / "content", clean_copy / "sources")
    title = next(page.meta["title"] for page in pages if page.id == EDITED)
    rebuilt, _, rendered = rebuild_after(clean_copy, lambda: page.write_text(page.read_text(encoding="utf-8").replace(f"title: {title}", f"title: {title}（节选）", 1), encoding="utf-8"), monkeypatch)
    listing_it = {other.id for other in pages if EDITED in {item.page.id for item in site.RelatedPages(site.facets(pages), pages).of(other)}}
    assert listing_it and sorted(rendered) == sorted({EDITED} | listing_it) and "000_cb3843f68f6f73f7" not in rendered
    assert f"{title}（节选）" in (rebuilt / "years" / pages[[p.id for p in pages].index(EDITED)].year / "index.html").read_text(encoding="utf-8")
    clean = build_into(tmp_path / "clean", clean_copy / "content", clean_copy / "sources", shard_size=2)
    assert tree(rebuilt) == tree(clean)


def test_a_rebuild_works_out_the_text_vector_of_the_edited_page_only(clean_copy, monkeypatch):
    build_into(clean_copy, clean_copy / "content", clean_copy / "sources")
    edited = clean_copy / "content" / "004_a8838e6b2a279195.md"
    edited.write_text(edited.read_text(encoding="utf-8").replace("乌鲁木齐", "乌鲁木齐市", 1), encoding="utf-8")
    worked_out = []
    real_vector = site.text_vector
    monkeypatch.setattr(site, "text_vector", lambda text, rarity: worked_out.append(text) or real_vector(text, rarity))
    build_into(clean_copy, clean_copy / "content", clean_copy / "sources")
    assert len(worked_out) == 1 and "乌鲁木齐市" in worked_out[0]


def test_a_rebuild_links_the_originals_it_published_before_and_copies_a_changed_one(clean_copy):
    public = build_into(clean_copy, clean_copy / "content", clean_copy / "sources")
    published = {path.name: path.stat().st_ino for path in (public / "sources").iterdir()}
    edited = clean_copy / "content" / f"{EDITED}.md"
    edited.write_text(edited.read_text(encoding="utf-8").replace("乌鲁木齐", "乌鲁木齐市", 1), encoding="utf-8")
    cache = render_cache.load(public)
    changed = next(address for address in cache.originals if not address.startswith(f"/sources/{EDITED}"))
    cache.originals[changed] = "0" * 64  # as if the original had been published with other bytes
    render_cache.save(public, cache)
    public = build_into(clean_copy, clean_copy / "content", clean_copy / "sources")
    again = {path.name: path.stat().st_ino for path in (public / "sources").iterdir()}
    name = changed.rsplit("/", 1)[1]
    assert again[name] != published[name], "copied anew"
    assert all(again[other] == inode for other, inode in published.items() if other != name), "the others linked, not written again"
    assert (public / "sources" / name).read_bytes() == (clean_copy / "sources" / name).read_bytes()


def test_two_pages_imported_from_one_original_publish_it_once_and_rebuild(clean_copy):
    content = clean_copy / "content"
    copy = content / "copy.md"
    copy.write_text((content / f"{EDITED}.md").read_text(encoding="utf-8").replace(f"id: {EDITED}", "id: copy", 1), encoding="utf-8")
    build_into(clean_copy, content, clean_copy / "sources")
    copy.write_text(copy.read_text(encoding="utf-8").replace("乌鲁木齐", "乌鲁木齐市", 1), encoding="utf-8")
    public = build_into(clean_copy, content, clean_copy / "sources")
    assert (public / "sources" / f"{EDITED}.txt").read_bytes() == (clean_copy / "sources" / f"{EDITED}.txt").read_bytes()


def test_a_template_edit_renders_every_document_again(clean_copy, monkeypatch):
    build_into(clean_copy, clean_copy / "content", clean_copy / "sources")
    templates = clean_copy / "templates"
    shutil.copytree(ROOT / "templates", templates)
    document = templates / "document.html"
    document.write_text(document.read_text(encoding="utf-8").replace("<article", "<article data-edited", 1), encoding="utf-8")
    rendered = []
    real_render = site.Renderer.render_document
    monkeypatch.setattr(site.Renderer, "render_document", lambda self, page, related: rendered.append(page.id) or real_render(self, page, related))
    project = site.Project(clean_copy / "content", clean_copy / "sources", templates, ROOT / "static", clean_copy / "public")
    site.build(project)
    assert len(rendered) == len(list((clean_copy / "content").glob("*.md")))
    assert "data-edited" in (clean_copy / "public" / "documents" / "004_a8838e6b2a279195" / "index.html").read_text(encoding="utf-8")


def site_plan(base: Path, shard_size: int):
    from archive import shards

    pages = site.load_pages(base / "content", base / "sources")
    return shards.plan_shards({page.id: page.meta["date"] for page in pages}, shard_size, site.UNKNOWN_YEAR)


def test_a_build_with_nothing_changed_does_nothing_and_a_fresh_edit_is_always_built(clean_copy, monkeypatch):
    import os
    import time

    hour_ago = time.time() - 3600
    for path in [*(clean_copy / "content").rglob("*"), *(clean_copy / "sources").rglob("*")]:
        os.utime(path, (hour_ago, hour_ago))
    project = site.Project(clean_copy / "content", clean_copy / "sources", ROOT / "templates", ROOT / "static", clean_copy / "public")
    site.build(project)
    stages = []
    monkeypatch.setattr(site, "load_pages", lambda *arguments: pytest.fail("an unchanged build loaded the pages"))
    assert site.build(project, progress=lambda stage, seconds, detail: stages.append((stage, detail)))[0] == 5
    assert stages == [("check", "nothing changed since the last build")]
    monkeypatch.undo()
    page = clean_copy / "content" / "004_a8838e6b2a279195.md"
    page.write_text(page.read_text(encoding="utf-8").replace("乌鲁木齐", "鸟鲁木齐", 1), encoding="utf-8")  # same size
    site.build(project)
    assert "鸟鲁木齐" in (clean_copy / "public" / "documents" / "004_a8838e6b2a279195" / "index.html").read_text(encoding="utf-8")


def test_a_build_leaves_nothing_frozen_from_the_cycle_collector_for_a_process_that_builds_again(clean_copy, monkeypatch):
    import gc

    project = site.Project(clean_copy / "content", clean_copy / "sources", ROOT / "templates", ROOT / "static", clean_copy / "public")
    frozen, real_render = [], site.render_site
    monkeypatch.setattr(site, "render_site", lambda *arguments, **options: frozen.append(gc.get_freeze_count()) or real_render(*arguments, **options))
    site.build(project)
    assert frozen and frozen[0] > 0, "the loaded pages are frozen while the site is rendered"
    assert gc.get_freeze_count() == 0
