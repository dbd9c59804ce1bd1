"""Stages 5-8: load every page, render the site, index it, and swap it in whole."""
from __future__ import annotations

import ctypes
import ctypes.util
import gc
import hashlib
import json
import os
import re
import shutil
import tempfile
import time
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from . import catalog, citations, embedded_metadata, feed, folding, headers, indexing, load_cache, locking, render_cache, repairs, rules, search_index, shards, swap, timeline
from .import_cache import code_and_rules_digest
from .linking import link_or_copy, reuse_tree
from .parallel import PARALLEL_FROM, in_parallel
from .pages import SAFE_ID, PageError, read_page
from .interface import Interface, InterfaceError
from .reading import shown_text
from .shown import ShownTitle, plain_text, reading_text, shown_title
from .similarity import Alike, SimilarTexts, text_vector
from .records import Page

SITE_NAME = "党政文献档案"
SITE_DESCRIPTION = "中国党政机关文献的静态档案：清理后的正文、元数据、原始来源文件与校验值。"
UNKNOWN_YEAR = "年份不详"
DESCRIPTION_BLOCKS = 3  # the text's opening a link preview shows: a salutation alone says little
NEWEST_ON_HOME = 10
RELATED_LIMIT = 5
SIMILAR_LIMIT = 3  # the rest of the list is left to the same unit and themes
FACET_LABELS = {"year": "年份", "unit": "单位", "theme": "主题", "genre": "体裁"}
UNSAFE_IN_SLUG = re.compile(r"[\x00-\x1f\x7f?#%<>:\"|*]")
INERT_ORIGINALS = {".txt", ".md", ".docx", ".pdf"}
RESERVED_NAMES = {"index.html"}  # the file beside the value folders in each facet folder
SLUG_CHARS = 40  # at most 120 bytes of UTF-8 plus the digest: well inside any file system's name limit


class BuildError(RuntimeError):
    """The build failed; the live site was left as it was."""


@dataclass(frozen=True)
class Facet:
    """One way to browse: by year, unit, theme or genre."""

    key: str  # URL folder and Pagefind filter name
    label: str
    values: dict[str, list[Page]]


@dataclass(frozen=True)
class Project:
    content: Path
    sources: Path
    templates: Path
    static: Path
    output: Path
    headers: Path | None = None  # netlify.toml, whose header rules are also written as _headers
    shard_size: int = shards.SHARD_SIZE  # documents per search-index shard


def load_pages(content_dir: Path, sources_dir: Path, cache: load_cache.LoadCache | None = None) -> list[Page]:
    """Every page in content/, validated; all problems are reported together. With a `cache`,
    pages and originals unchanged since it was filled are not parsed or hashed again."""
    loaded, problems = [], []
    for path in sorted(content_dir.glob("*.md"), key=lambda path: path.name):  # one folder: names order them, and faster than paths
        try:
            loaded.append(read_page(path, sources_dir, cache))
        except PageError as error:
            problems.append(str(error))
    if cache:
        cache.keep_only({page.path.name for page in loaded}, {str(sources_dir / page.meta["source"]["file"].split("/", 1)[1])
                                                              for page in loaded if page.meta["source"]["file"]})
    if problems:
        raise BuildError("invalid pages in content/:\n" + "\n".join(f"  {problem}" for problem in problems))
    return sorted(loaded, key=lambda page: (page.meta["date"] or "", page.id), reverse=True)


def facet_values(page: Page) -> dict[str, list[str]]:
    """The values a page is listed under, per facet."""
    meta = page.meta
    return {
        "year": [page.year or UNKNOWN_YEAR],
        "unit": [meta["unit"]] if meta["unit"] else [],
        "theme": list(meta["themes"]),
        "genre": [meta["genre"]] if meta["genre"] else [],
    }


def facets(pages: list[Page]) -> list[Facet]:
    """Years newest first (unknown last); units, themes and genres largest first."""
    groups: dict[str, dict[str, list[Page]]] = {key: defaultdict(list) for key in FACET_LABELS}
    for page in pages:
        for key, values in facet_values(page).items():
            for value in values:
                groups[key][value].append(page)

    def ordered(key: str, items):
        if key == "year":
            return sorted(items, key=lambda item: (item[0] != UNKNOWN_YEAR, item[0]), reverse=True)
        return sorted(items, key=lambda item: (-len(item[1]), item[0]))

    return [Facet(key, label, dict(ordered(key, groups[key].items()))) for key, label in FACET_LABELS.items()]


def date_span(pages: list[Page]) -> str:
    """The years a group of documents spans, as a reader scans it: 2010—2012, or 2010; empty when none is dated."""
    years = sorted({page.year for page in pages if page.year})
    if not years:
        return ""
    return years[0] if years[0] == years[-1] else f"{years[0]}—{years[-1]}"


def by_month(members: list[Page]) -> list[tuple[str, str, list[Page]]]:
    """A year's documents grouped by month, in the list's date order: (month, anchor, documents); month is
    "" for documents dated to the year only."""
    groups: dict[str, list[Page]] = defaultdict(list)
    for page in members:
        date = page.meta["date"] or ""
        groups[str(int(date[5:7])) if len(date) >= 7 else ""].append(page)
    if list(groups) == [""]:
        return []
    return [(month, f"month-{month or 'unknown'}", groups[month]) for month in groups]


@dataclass(frozen=True)
class CollectionStats:
    documents: int
    dated: int  # by a date the text gives, not a web page's posting date
    page_dated: int  # only by the posting date of the page it was taken from
    span: str
    units: int
    genres: int
    themes: int
    sites: int


def collection_stats(pages: list[Page], browse: list[Facet]) -> CollectionStats:
    by_key = {facet.key: facet for facet in browse}
    return CollectionStats(
        documents=len(pages),
        dated=sum(1 for page in pages if page.year and page.meta["date_source"] != "page"),
        page_dated=sum(1 for page in pages if page.year and page.meta["date_source"] == "page"),
        span=date_span(pages),
        units=len(by_key["unit"].values),
        genres=len(by_key["genre"].values),
        themes=len(by_key["theme"].values),
        sites=len({page.meta["source"].get("site") for page in pages} - {None}),
    )


def slug(value: str) -> str:
    """A value as one safe folder name and URL segment: bounded, never '.', '..' or hidden, collision-free.

    Readable values stay as they are (a unit called 工商联/商会 becomes 工商联／商会, one folder);
    any value that had to be changed or shortened gets a short digest of the whole value, so two
    values never share a folder.
    """
    if SAFE_ID.match(value) and value.lower() not in RESERVED_NAMES:
        return value
    readable = UNSAFE_IN_SLUG.sub("_", value.replace("/", "／").replace("\\", "＼")).lstrip(".")[:SLUG_CHARS]
    if readable and readable == value and value.lower() not in RESERVED_NAMES:
        return value
    return f"{readable}-{hashlib.sha256(value.encode('utf-8')).hexdigest()[:10]}".lstrip("-")


@dataclass(frozen=True)
class Related:
    page: Page
    reasons: tuple[tuple[str, str], ...]  # every way it is related, the one it was picked by first: ("text", ""), ("unit", the unit), ("theme", a theme)


class RelatedPages:
    """Documents whose texts are most alike (up to SIMILAR_LIMIT), then those nearest in date from
    the same unit, then from each of the page's themes, each with the reason it is listed.

    Facet member lists are already in date order, so each pick by unit or theme is a step outwards
    from the page's own position; texts are compared through their shared character pairs
    (archive/similarity.py): no comparison of every page with every other.
    """

    def __init__(self, browse: list[Facet], pages: list[Page], similar: SimilarTexts | None = None,
                 similar_lists: dict[str, Alike] | None = None):
        by_key = {facet.key: facet for facet in browse}
        self.groups = {key: by_key[key].values for key in ("unit", "theme")}
        self.positions: dict[tuple[str, str], dict[str, int]] = {}
        self.by_id = {page.id: page for page in pages}
        self.similar = similar if similar is not None else SimilarTexts({page.id: text_vector(page.body, rules.pair_rarities()) for page in pages})
        self.similar_lists = similar_lists  # each text's SIMILAR_LIMIT most similar, worked out beforehand (`similar_lists`)

    def of(self, page: Page, limit: int = RELATED_LIMIT) -> list[Related]:
        if self.similar_lists is None:
            similar = self.similar.of(page.id, min(SIMILAR_LIMIT, limit))
        else:
            similar = [other for other, _ in self.similar_lists[page.id][:min(SIMILAR_LIMIT, limit)]]
        picked: list[tuple[Page, tuple[str, str]]] = [(self.by_id[other], ("text", "")) for other in similar]
        seen = {page.id, *similar}
        keys = [("unit", page.meta["unit"])] if page.meta["unit"] else []
        keys += [("theme", theme) for theme in page.meta["themes"]]
        for key in keys:
            if len(picked) == limit:
                break
            for other in self._outwards(page, key):
                if other.id not in seen:
                    picked.append((other, key))
                    seen.add(other.id)
                if len(picked) == limit:
                    break
        return [Related(other, self._reasons(page, other, first, set(similar))) for other, first in picked]

    @staticmethod
    def _reasons(page: Page, other: Page, first: tuple[str, str], similar: set[str]) -> tuple[tuple[str, str], ...]:
        """Every way two documents are related, the one the other was picked by first."""
        reasons = [("text", "")] if other.id in similar else []
        if page.meta["unit"] and page.meta["unit"] == other.meta["unit"]:
            reasons.append(("unit", page.meta["unit"]))
        reasons += [("theme", theme) for theme in page.meta["themes"] if theme in other.meta["themes"]]
        return (first, *(reason for reason in reasons if reason != first))

    def _outwards(self, page: Page, key: tuple[str, str]):
        members = self.groups[key[0]][key[1]]
        if key not in self.positions:
            self.positions[key] = {member.id: index for index, member in enumerate(members)}
        position = self.positions[key][page.id]
        for step in range(1, len(members)):
            for index in (position - step, position + step):
                if 0 <= index < len(members):
                    yield members[index]


def text_vectors(pages: list[Page], earlier: dict[str, tuple[str, dict[str, float]]], code_and_rules: str) -> dict[str, tuple[str, dict[str, float]]]:
    """Each document's text vector with its key: the live site's where the page is unchanged, else worked out."""
    keys = {page.id: render_cache.vector_key(code_and_rules, page.digest) for page in pages}
    vectors = {id_: earlier[id_] for id_, key in keys.items() if id_ in earlier and earlier[id_][0] == key}
    changed = [page for page in pages if page.id not in vectors]
    rarity = rules.pair_rarities()
    worked_out = in_parallel(lambda positions: [text_vector(changed[index].body, rarity) for index in positions], len(changed))
    vectors.update((page.id, (keys[page.id], vector)) for page, vector in zip(changed, worked_out))
    return {page.id: vectors[page.id] for page in pages}


def similar_lists(similar: SimilarTexts, previous: render_cache.RenderCache, code_and_rules: str) -> dict[str, Alike]:
    """Each text's SIMILAR_LIMIT most similar texts: kept from the live site's lists where they can be
    (`SimilarTexts.kept_lists`: after an edit, nearly all), the others scored on all cores."""
    earlier_vectors = {id_: vector for id_, (_, vector) in previous.vectors.items()}
    reusable = previous.similar_key == code_and_rules and bool(previous.similar)
    kept = similar.kept_lists(SIMILAR_LIMIT, earlier_vectors, previous.similar) if reusable else {}
    missing = [id_ for id_ in similar.vectors if id_ not in kept]
    scored = in_parallel(lambda positions: [similar.scored(missing[index], SIMILAR_LIMIT) for index in positions], len(missing))
    kept.update(zip(missing, scored))
    return kept


@lru_cache(maxsize=1 << 16)  # every page links its related documents, units and themes: the same paths again and again
def url_path(*parts: str) -> str:
    return "/" + "/".join(quote(slug(part), safe="") for part in parts) + "/"


def template_environment(templates: Path) -> Environment:
    environment = Environment(
        loader=FileSystemLoader(str(templates)),
        autoescape=select_autoescape(["html", "xml"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    interface = Interface.load(templates)
    environment.globals.update(
        site_name=SITE_NAME,
        site_name_en=interface.english(SITE_NAME),
        t=interface.text,
        ta=interface.attribute,
        te=interface.english,
        interface=interface,
        url_path=url_path,
        date_span=date_span,
        unknown_year=UNKNOWN_YEAR,
        spoken_genres=rules.spoken_genres(),
        published_source=published_source,
        index_tokens=search_index.index_tokens,
        title_tokens=search_index.title_tokens,
        heading_tokens=search_index.heading_tokens,
        base_url=site_url(),
        lang_of=lang_of,
    )
    return environment


def lang_of(meta: dict) -> str:
    """The language tag of a document's own words: its script decides."""
    return "zh-Hant" if meta.get("script") == "zh-Hant" else "zh-CN"


@dataclass(frozen=True)
class Listed:
    """What a list of documents (a browse page, the home page, a related list) shows of each one. A page
    holding a list is rendered again only when these change, so the list is given nothing else."""

    id: str
    title: ShownTitle
    date: str | None
    page_dated: bool  # dated only by the posting date of the page it was taken from
    unit: str | None
    genre: str | None
    complete: bool
    lang: str

    @classmethod
    def of(cls, page: Page, title: ShownTitle) -> Listed:
        meta = page.meta
        return cls(page.id, title, meta["date"], meta.get("date_source") == "page", meta["unit"], meta["genre"], bool(meta["complete"]), lang_of(meta))


class Renderer:
    """Everything a page is rendered with, built once per build; documents can be rendered in any order,
    in any process (forked workers share it)."""

    def __init__(self, project: Project, pages: list[Page], target: Path, previous: render_cache.RenderCache | None = None,
                 carry_unchanged: bool = False):
        self.project, self.pages, self.target, self.carry_unchanged = project, pages, target, carry_unchanged
        self.environment = template_environment(project.templates)
        self.titles = {page.id: shown_title(page) for page in pages}
        self.listed = {page.id: Listed.of(page, self.titles[page.id]) for page in pages}
        self.listed_as = {id_: repr(listed) for id_, listed in self.listed.items()}  # how render keys see a listed document: once, not once per list
        self.environment.globals["listed"] = lambda members: [self.listed[page.id] for page in members]
        self.browse = facets(pages)
        self.te = self.environment.globals["te"]
        self.base_url = self.environment.globals["base_url"]
        code_and_rules = code_and_rules_digest()
        self.render_environment = render_cache.environment_digest(project.templates, self.base_url, code_and_rules)
        # the live site's keys: what is unchanged is reused
        self.previous = previous if previous is not None else render_cache.load(project.output)
        self.vectors = text_vectors(pages, self.previous.vectors, code_and_rules)
        similar = SimilarTexts({id_: vector for id_, (_, vector) in self.vectors.items()})
        self.similar_key = code_and_rules
        self.similar_lists = similar_lists(similar, self.previous, code_and_rules)
        self.related = RelatedPages(self.browse, pages, similar, self.similar_lists)
        self.page_keys: dict[str, str] = {}
        # The page must not depend on the day it is built (a rebuild would change every page, and its
        # shard's index): the reader's access date is filled in by static/cite.js.
        self.accessed = citations.ACCESS_DATE_FIELD

    def write(self, relative: str, template: str, **context) -> bytes:
        """Render a page into the site; returns its bytes."""
        context.setdefault("page_title_en", context.get("page_title"))
        path = self.target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        written = self.environment.get_template(template).render(**context).encode("utf-8")
        path.write_bytes(written)
        return written

    def key(self, page: Page, related: list[Related]) -> str:
        """A document's render key: it covers the related list the document is rendered with."""
        return render_cache.document_key(self.render_environment, page.digest, [f"({self.listed_as[item.page.id]}, {item.reasons!r})" for item in related])

    def kept(self, page: Page) -> render_cache.Rendered | None:
        """A document's files when nothing they depend on has changed: copied from the live site (or left
        there, to be carried into the new site when it is swapped in: `carry_unchanged`)."""
        earlier = self.previous.documents.get(page.id)
        live = self.project.output / swap.DOCUMENTS / page.id
        if not (earlier and live.is_dir() and earlier.key == self.key(page, self.related.of(page))):
            return None
        if not self.carry_unchanged:
            reuse_tree(live, self.target / swap.DOCUMENTS / page.id)
        return earlier

    def rendered(self, page: Page) -> render_cache.Rendered:
        related = self.related.of(page)
        return render_cache.Rendered(self.key(page, related), *self.render_document(page, related), render_cache.record_key(self.render_environment, page.digest))

    def reused_listing(self, relative: str, what: tuple[str, ...], members: list[Page]) -> bool:
        """Whether a page listing these documents was copied unchanged from the live site; its key is kept either way."""
        key = render_cache.listing_key(self.render_environment, what, [self.listed_as[member.id] for member in members])
        self.page_keys[relative] = key
        live = self.project.output / relative
        if self.previous.pages.get(relative) != key or not live.is_file():
            return False
        (self.target / relative).parent.mkdir(parents=True, exist_ok=True)
        link_or_copy(str(live), str(self.target / relative))
        return True

    def render_document(self, page: Page, related: list[Related]) -> tuple[dict, feed.FeedEntry | None, str]:
        """A document's page, its clean text as .txt and .md, its citation records and its source page;
        returns its catalogue record, its feed entry (none for a page without an import time) and the
        digest of its search record (what its search index shard is made from)."""
        reading = reading_text(page, self.titles[page.id])
        permalink = url_path("documents", page.id)
        address = f"{self.base_url}{permalink}" if self.base_url else None
        source_file = page.meta["source"].get("file")
        original = published_source(source_file) if source_file else None
        shown_meta = {**page.meta, "title": reading.title.text}
        record = catalog.record(shown_meta, page.meta["title"], permalink, original, self.base_url)
        summary = embedded_metadata.description(shown_meta, " ".join(reading.shown_body[:DESCRIPTION_BLOCKS]))
        cited = citations.cited(page.meta, reading.title.text, permalink, address, SITE_NAME)
        folder = self.target / "documents" / page.id
        self.write(
            document_file(page.id),
            "document.html",
            meta=page.meta,
            reading=reading,
            related=related,
            page_title=reading.title.text,
            reference=citations.gbt7714(cited, self.accessed),
            embedded=embedded_metadata.meta_tags(shown_meta, summary, address, original, SITE_NAME),
            linked_data=embedded_metadata.json_ld(shown_meta, address, original, SITE_NAME),
            canonical=address,
        )
        indexed = search_record(self.environment, page, reading)
        (self.target / search_record_file(page.id)).write_bytes(indexed)
        (self.target / search_text_file(page.id)).write_text("\n".join(reading.marked_blocks), encoding="utf-8")
        (folder / f"{page.id}.txt").write_text(plain_text(reading), encoding="utf-8")
        shutil.copyfile(page.path, folder / f"{page.id}.md")
        (folder / f"{page.id}.bib").write_text(citations.bibtex(cited), encoding="utf-8")
        (folder / f"{page.id}.ris").write_text(citations.ris(cited), encoding="utf-8", newline="")
        (folder / f"{page.id}.csl.json").write_text(citations.csl_json(cited), encoding="utf-8")
        if source_file:
            raw_text, encoding = shown_text(self.project.sources / source_file.split("/", 1)[1])
            self.write(
                f"documents/{page.id}/source/index.html",
                "source.html",
                meta=page.meta,
                raw_text=raw_text,
                encoding=encoding,
                title=reading.title.text,
                page_title=f"原始文本 · {reading.title.text}",
                page_title_en=f"{self.te('原始文本')} · {reading.title.text}",
            )
        entry = None
        if page.meta.get("imported"):
            categories = tuple(dict.fromkeys(value for value in (page.meta["genre"], *page.meta["themes"]) if value))
            entry = feed.FeedEntry(page.id, reading.title.text, permalink, page.meta["imported"], summary, cited.authors, categories)
        return record, entry, hashlib.sha256(indexed).hexdigest()


def search_record(environment: Environment, page: Page, reading) -> bytes:
    """What a document's search index is made from (its page's text in index form, its filters and sort keys)."""
    return environment.get_template("search_record.html").render(meta=page.meta, reading=reading).encode("utf-8")


def render_documents(renderer: Renderer, pages: list[Page] | None = None) -> list[tuple[str, render_cache.Rendered]]:
    """Every document's files (or these pages' only), with their records. Which are unchanged is worked out
    here (after an edit, nearly all: checking them costs less than starting workers); the others are
    rendered on all cores, each worker writing its own documents'."""
    pages = renderer.pages if pages is None else pages
    kept = {page.id: earlier for page in pages if (earlier := renderer.kept(page))}
    changed = [page for page in pages if page.id not in kept]
    rendered = in_parallel(lambda positions: [(changed[index].id, renderer.rendered(changed[index])) for index in positions], len(changed))
    return [*kept.items(), *rendered]


def render_site(project: Project, pages: list[Page], target: Path, previous: render_cache.RenderCache | None = None,
                carry_unchanged: bool = False) -> render_cache.RenderCache:
    """Every page of the site into `target`; returns the keys the next build reuses unchanged pages by.
    `previous` is the live site's (read from beside it when not given). With `carry_unchanged`, the
    folders of documents whose files would be the same are not copied into `target`: `swap.swap_in` carries them over."""
    renderer = Renderer(project, pages, target, previous, carry_unchanged)
    write, te, browse = renderer.write, renderer.te, renderer.browse
    dates = [page.meta["date"] for page in pages]
    interface = renderer.environment.globals["interface"]
    years_chart = timeline.svg(
        timeline.by_year(dates, lambda year: url_path("years", year)), "各年份收录文献篇数", te("各年份收录文献篇数"),
        lambda bar: interface.both("{year}年：{count} 篇", year=bar.label, count=bar.count),
    )
    stats = collection_stats(pages, browse)
    write("index.html", "home.html", newest=pages[:NEWEST_ON_HOME], total=len(pages), facets=browse, stats=stats, chart=years_chart, page_title=None)
    write("timeline/index.html", "timeline.html", chart=years_chart, years=next(facet for facet in browse if facet.key == "year"), stats=stats, page_title="时间分布", page_title_en=te("时间分布"))
    write("search/index.html", "search.html", facets=browse, page_title="检索", page_title_en=te("检索"))
    write("404.html", "404.html", page_title="页面不存在", page_title_en=te("页面不存在"))
    for facet in browse:
        write(f"{facet.key}s/index.html", "facet.html", facet=facet, page_title=f"按{facet.label}浏览", page_title_en=te(f"按{facet.label}浏览"))
        for value, members in facet.values.items():
            folder = f"{facet.key}s/{slug(value)}"
            if renderer.reused_listing(f"{folder}/index.html", (facet.key, value), members):
                continue
            months = by_month(members) if facet.key == "year" else []
            chart = timeline.svg(
                timeline.by_month([page.meta["date"] for page in members], value, lambda month: f"#month-{month}"), f"{value}年各月文献篇数", te("{year}年各月文献篇数", year=value),
                lambda bar, year=value: interface.both("{year}年{month}月：{count} 篇", year=year, month=bar.label, count=bar.count),
            ) if months else ""
            write(f"{folder}/index.html", "facet_value.html", facet=facet, value=value, pages=members, months=months, chart=chart, page_title=value,
                  page_title_en=te(value) if value == UNKNOWN_YEAR else value)
    rendered = dict(sorted(render_documents(renderer), key=lambda item: item[0]))
    records = [item.record for item in rendered.values()]
    entries = [item.entry for item in rendered.values() if item.entry]
    (target / "catalog.json").write_text(catalog.catalog_json(records), encoding="utf-8")
    (target / "catalog.csv").write_text(catalog.catalog_csv(records), encoding="utf-8")
    (target / feed.FEED_FILE).write_bytes(feed.atom(entries, SITE_NAME, SITE_DESCRIPTION, renderer.base_url))
    robots = "User-agent: *\nAllow: /\n"
    write("sitemap.xml", "sitemap.xml", facets=browse, pages=pages)  # root-relative addresses until the site's is known, as Hugo writes them
    if renderer.base_url:  # robots.txt names a sitemap by its absolute address only
        robots += f"Sitemap: {renderer.base_url}/sitemap.xml\n"
    (target / "robots.txt").write_text(robots, encoding="utf-8")
    shutil.copytree(project.static, target / "static")
    (target / "static" / folding.FOLDING_FILE).write_text(folding.folding_pairs(), encoding="utf-8")
    (target / "static" / "interface.en.json").write_text(renderer.environment.globals["interface"].as_json(), encoding="utf-8")
    (target / "static" / "repair-pairs.json").write_text(json.dumps(repairs.suggestion_pairs(), ensure_ascii=False), encoding="utf-8")
    originals = publish_originals(pages, project.sources, target / "sources", project.output, renderer.previous.originals)
    if project.headers:
        (target / "_headers").write_text(headers.headers_file(headers.load_rules(project.headers)), encoding="utf-8")
    return render_cache.RenderCache(rendered, renderer.page_keys, vectors=renderer.vectors, similar=renderer.similar_lists, similar_key=renderer.similar_key, originals=originals)


def published_source(file: str) -> str:
    """Where an original is published: its own name for kinds a browser cannot run, else with .txt added.

    A scraped HTML page published as .html would run its own scripts on the archive's origin
    (the headers forbid that too, but not every static host sends headers).
    """
    name = file.split("/", 1)[1]
    return f"/sources/{name}" if Path(name).suffix.lower() in INERT_ORIGINALS else f"/sources/{name}.txt"


def publish_originals(pages: list[Page], sources: Path, target: Path, live: Path | None = None, published_before: dict[str, str] | None = None) -> dict[str, str]:
    """Copy the originals the pages name (already checked: plain files with the recorded SHA-256), nothing else;
    returns each published file's SHA-256 by its address. An original the live site published with the same
    SHA-256 (`published_before`) is hard-linked from there: the same bytes, without writing them again."""
    published, before = {}, published_before or {}
    for page in pages:
        file = page.meta["source"].get("file")
        if not file:
            continue
        address, sha256 = published_source(file), page.meta["source"]["sha256"]
        if address in published:  # another page imported from the same original
            continue
        destination = target.parent / address.lstrip("/")
        destination.parent.mkdir(parents=True, exist_ok=True)
        earlier = live / address.lstrip("/") if live is not None else None
        if earlier is not None and before.get(address) == sha256 and earlier.is_file():
            link_or_copy(str(earlier), str(destination))
        else:
            shutil.copyfile(sources / file.split("/", 1)[1], destination, follow_symlinks=False)
        published[address] = sha256
    return published


def site_url() -> str | None:
    """Where the site is published (SITE_URL, or the URL Netlify sets while building; `build.py serve`
    sets SITE_URL to the address it serves on), for the sitemap, the feed and citations."""
    address = os.environ.get("SITE_URL") or os.environ.get("URL")
    return address.rstrip("/") if address else None


def build(project: Project, progress=None, shard_folders: list[Path] | None = None) -> tuple[int, str]:
    """Build the whole site aside, index it, then swap it in; on failure or a kill the old site stays.

    One build or import at a time per folder. A build killed earlier is tidied up first: an
    old site it had moved aside is put back, its unfinished folders are removed. `progress`,
    if given, is told each stage as it ends: (stage, seconds, detail).
    A build whose inputs are all as the live site's were does nothing. Otherwise documents
    whose render keys are unchanged keep their folders (carried into the new site when it is
    swapped in), browse pages whose keys are unchanged are copied from the live site, and a
    shard whose pages are unchanged keeps its index; when one shard changed, it is indexed while
    the site is rendered (`index_ahead`). Given `shard_folders` (what `build_shard`
    wrote, on other machines), the site is assembled from them: every shard's index must be
    found there, built from the same pages.
    """
    report_stage = progress or (lambda stage, seconds, detail: None)
    with locking.exclusive(project.output.parent, f"build {project.output.name}/"), thawed():
        swap.recover(project.output)
        started = time.perf_counter()
        inputs = build_inputs(project)
        known = render_cache.load_digests(project.output)
        if shard_folders is None and inputs is not None and known.inputs == inputs:
            report_stage("check", time.perf_counter() - started, "nothing changed since the last build")
            return len(known.records), ""
        with long_lived():
            pages = _load(project, report_stage)
        staging = Path(tempfile.mkdtemp(prefix=f".{project.output.name}-new-", dir=project.output.parent))
        ahead = None
        try:
            started = time.perf_counter()
            if shard_folders is None:
                ahead = index_ahead(project, pages, known, staging / AHEAD)
            with long_lived():
                live = render_cache.load(project.output)
            try:
                rendered = render_site(project, pages, staging, live, carry_unchanged=True)
            except InterfaceError as error:
                raise BuildError(str(error)) from error
            report_stage("render", time.perf_counter() - started, f"{len(pages)} documents")
            started = time.perf_counter()
            plan = plan_index(project, pages)
            ids, count, page_digests = {page.id for page in pages}, len(pages), rendered.page_digests()
            rendered.inputs = inputs
            render_cache.write_aside(project.output, rendered)
            if shard_folders is None:
                reusable, required = indexing.reusable_bundles(project.output), False
            else:
                reusable = {digest: folder for found in shard_folders for digest, folder in indexing.reusable_bundles(found).items()}
                required = True
            if any((digest := indexing.shard_digest(shard, page_digests)) not in reusable and not (ahead and digest == ahead.digest) for shard in plan):
                del pages, live  # the texts are written: the build process lets their memory go before the Pagefind runs
                release_freed_memory()
            report = indexing.index_shards(staging, plan, _indexed_files_in(staging, project.output), page_digests, reusable, required,
                                           progress=progress and _shard_progress(progress), ahead=ahead)
            indexed_ahead = ahead.bundles() if ahead else {}
            used_ahead = sum(indexing.shard_digest(shard, page_digests) in indexed_ahead for shard in plan)
            unused_ahead = "" if not ahead or used_ahead else ahead.failure or "its records were not the rendered ones"
            report_stage("index", time.perf_counter() - started, _index_detail(report, required, used_ahead, unused_ahead))
            shutil.rmtree(staging / AHEAD, ignore_errors=True)
            render_cache.forget(project.output)  # killed inside the swap, the next build renders everything
            swap.swap_in(staging, project.output, ids)
        except BaseException:
            if ahead:
                ahead.bundles()  # its Pagefind run writes into the staging folder: over before the folder goes
            shutil.rmtree(staging, ignore_errors=True)
            raise
        render_cache.put_in_place(project.output)
        return count, "\n".join(filter(None, (ahead.report if ahead else "", report.pagefind)))


def _index_detail(report: indexing.IndexReport, assembled: bool, indexed_ahead: int, unused_ahead: str) -> str:
    """The index stage's progress line; a shard indexed during the render and not used says why (it cost the edit a second run)."""
    detail = f"Pagefind, {report.shards} shard{'s' if report.shards > 1 else ''}"
    reused = report.reused - indexed_ahead
    notes = ([f"{reused} {'assembled' if assembled else 'unchanged, reused'}"] if reused else []) + (["1 indexed during the render"] if indexed_ahead else [])
    if unused_ahead:
        notes.append(f"the shard indexed during the render was indexed again: {unused_ahead}")
    return f"{detail} ({'; '.join(notes)})" if notes else detail


AHEAD = ".index-ahead"  # in the staging folder, removed before the swap


def index_ahead(project: Project, pages: list[Page], live: render_cache.Digests, folder: Path) -> indexing.IndexAhead | None:
    """After an edit, start indexing the one shard it changed before the render, which then runs beside it.

    An unchanged document's search record is the live site's (its digest is kept beside the site with what
    it was made from: `render_cache.Digests`); the others' records are rendered here, into `folder`.
    Only when fewer than `PARALLEL_FROM` are (so that the render runs in the build process, on one core,
    leaving the other to Pagefind) and only one shard is changed (`indexing.index_ahead`). The guess is
    checked after the render: the bundle is used only if the rendered records are the ones it was made from.
    """
    environment = template_environment(project.templates)
    made_by = render_cache.environment_digest(project.templates, environment.globals["base_url"], code_and_rules_digest())
    guessed, fresh = {}, []
    for page in pages:
        record_key, record_digest = live.records.get(page.id, ("", ""))
        if record_key == render_cache.record_key(made_by, page.digest):
            guessed[page.id] = record_digest
        else:
            fresh.append(page)
    if len(fresh) >= PARALLEL_FROM:
        return None
    records = folder / "records"
    records.mkdir(parents=True)
    for page in fresh:
        record = search_record(environment, page, reading_text(page, shown_title(page)))
        (records / f"{page.id}.html").write_bytes(record)
        guessed[page.id] = hashlib.sha256(record).hexdigest()
    rendered_here = {page.id for page in fresh}

    def located(id_: str) -> tuple[str, str]:
        record = records / f"{id_}.html" if id_ in rendered_here else project.output / search_record_file(id_)
        return str(record), indexed_name(id_)

    return indexing.index_ahead(folder, plan_index(project, pages), located, guessed, indexing.reusable_bundles(project.output))


def build_shard(project: Project, number: int, progress=None) -> str:
    """Index one shard of the site into `project.output` (its bundle and a manifest naming only it),
    for a site assembled elsewhere with `build(..., shard_folders=...)`; return Pagefind's report.

    Only the shard's own document pages are rendered (into a folder removed afterwards): they are
    rendered exactly as the whole build renders them, so the assembling build recognises them.
    """
    report_stage = progress or (lambda stage, seconds, detail: None)
    with locking.exclusive(project.output.parent, f"build {project.output.name}/"):
        pages = _load(project, report_stage)
        plan = plan_index(project, pages)
        if not 0 <= number < len(plan):
            raise BuildError(f"there is no shard {number}: {len(pages)} documents in shards of {project.shard_size} make {len(plan)} (0 to {len(plan) - 1})")
        staging = Path(tempfile.mkdtemp(prefix=f".{project.output.name}-shard-", dir=project.output.parent))
        try:
            started = time.perf_counter()
            renderer = Renderer(project, pages, staging)
            by_id = {page.id: page for page in pages}
            digests = render_cache.RenderCache(dict(render_documents(renderer, [by_id[id_] for id_ in plan[number].ids]))).page_digests()
            report_stage("render", time.perf_counter() - started, f"{len(plan[number].ids)} documents of shard {number}")
            started = time.perf_counter()
            report = indexing.index_shards(staging, [plan[number]], indexed_files, digests)
            report_stage("index", time.perf_counter() - started, f"Pagefind, shard {number} of {len(plan)}")
            project.output.mkdir(parents=True, exist_ok=True)
            target = project.output / indexing.BUNDLES
            if target.exists():
                raise BuildError(f"{target} exists: give each shard a folder of its own")
            os.replace(staging / indexing.BUNDLES, target)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return report.pagefind


@contextmanager
def long_lived():
    """For what is made inside to live as long as the build (the pages, the live site's keys): no pass of the cycle
    collector runs while it is made (parsed JSON and YAML hold no cycles), and it is frozen after, so that later
    passes skip it. Each full pass walked all of it otherwise: at 20,000 documents four or five passes of about
    0.5 s in a rebuild after an edit. `thawed` lets the collector see it again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


@contextmanager
def thawed():
    """Whatever `long_lived` froze is the collector's again after the build: a process may go on and build again (the tests do)."""
    try:
        yield
    finally:
        gc.unfreeze()


def release_freed_memory() -> None:
    """Hand back to the system the memory the render stage freed: glibc's allocator keeps freed heap pages for the
    process otherwise, and the build process would hold them through every Pagefind run (at 100,000 documents the
    highest point of a build is one shard's Pagefind run beside the build process)."""
    gc.unfreeze()
    gc.collect()
    try:
        ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass  # not glibc: nothing to hand back this way


def _load(project: Project, report_stage) -> list[Page]:
    started = time.perf_counter()
    cache = load_cache.load(project.output)
    pages = load_pages(project.content, project.sources, cache)
    load_cache.save(project.output, cache)
    if not pages:
        raise BuildError(f"{project.content} has no pages; import documents first")
    report_stage("load", time.perf_counter() - started, f"{len(pages)} pages")
    return pages


def plan_index(project: Project, pages: list[Page]) -> list[shards.Shard]:
    return shards.plan_shards({page.id: page.meta["date"] for page in pages}, project.shard_size, UNKNOWN_YEAR)


def input_paths(project: Project) -> list[Path]:
    """The folders and files a build reads (besides the code): what `serve --watch` watches."""
    return [project.content, project.sources, project.templates, project.static, rules.RULES_DIR] + ([project.headers] if project.headers else [])


def build_inputs(project: Project) -> str | None:
    """The signature of what a build of the project reads: the same signature, the same site."""
    return render_cache.inputs_signature(input_paths(project), (project.shard_size, site_url()))


def document_file(id_: str) -> str:
    """A document's page, relative to the site."""
    return f"documents/{id_}/index.html"


def search_text_file(id_: str) -> str:
    """The text a search result's excerpt is cut from, with both readings of each repair (static/search.js
    fetches it for the results it shows), relative to the site."""
    return f"documents/{id_}/search-text.txt"


def search_record_file(id_: str) -> str:
    """What a document's search index is made from, relative to the site: indexed in its page's stead
    (`indexing.index_shards`), so that the page a reader loads carries its text once."""
    return f"documents/{id_}/search-record.html"


def indexed_name(id_: str) -> str:
    """The name a document's search record is indexed by: Pagefind gives it as the result's address, `/ID.html`,
    which static/search.js turns into the document's (`documentAddress`)."""
    return f"{id_}.html"


def indexed_files(id_: str) -> tuple[str, str]:
    """A document's search record and the name it is indexed by."""
    return search_record_file(id_), indexed_name(id_)


def _indexed_files_in(staging: Path, live: Path):
    """`indexed_files` for a site being built in `staging`, whose unchanged documents are still in the live site."""
    def located(id_: str) -> tuple[str, str]:
        record, page = indexed_files(id_)
        return str((staging if (staging / swap.DOCUMENTS / id_).is_dir() else live) / record), page
    return located


def _shard_progress(progress):
    """Progress lines for a long index stage, one per shard, when there is more than one shard."""
    started = time.perf_counter()

    def shard_done(done: int, total: int) -> None:
        if total > 1:
            progress("index", time.perf_counter() - started, f"shard {done} of {total}")

    return shard_done
