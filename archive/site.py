"""Stages 5-8: load every page, render the site, index it, and swap it in whole."""
from __future__ import annotations

import hashlib
import html
import os
import re
import shutil
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import markdown
import markdown.treeprocessors
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import escape

from . import catalog, embedded_metadata, folding, headers, locking, repairs, search_index
from .pages import SAFE_ID, PageError, read_page
from .reading import shown_text
from .records import Page

SITE_NAME = "党政文献档案"
UNKNOWN_YEAR = "年份不详"
DESCRIPTION_BLOCKS = 3  # the text's opening a link preview shows: a salutation alone says little
NEWEST_ON_HOME = 10
RELATED_LIMIT = 5
FACET_LABELS = {"year": "年份", "unit": "单位", "theme": "主题", "genre": "体裁"}
SAFE_SCHEMES = {"http", "https", "mailto"}
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


def load_pages(content_dir: Path, sources_dir: Path) -> list[Page]:
    """Every page in content/, validated; all problems are reported together."""
    loaded, problems = [], []
    for path in sorted(content_dir.glob("*.md")):
        try:
            loaded.append(read_page(path, sources_dir))
        except PageError as error:
            problems.append(str(error))
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


class RelatedPages:
    """Documents nearest in date from the same unit, then from each of the page's themes, best first.

    Facet member lists are already in date order, so each pick is a step outwards from the
    page's own position: no comparison of every page with every other.
    """

    def __init__(self, browse: list[Facet]):
        by_key = {facet.key: facet for facet in browse}
        self.groups = {key: by_key[key].values for key in ("unit", "theme")}
        self.positions: dict[tuple[str, str], dict[str, int]] = {}

    def of(self, page: Page, limit: int = RELATED_LIMIT) -> list[Page]:
        keys = [("unit", page.meta["unit"])] if page.meta["unit"] else []
        keys += [("theme", theme) for theme in page.meta["themes"]]
        picked: list[Page] = []
        seen = {page.id}
        for key in keys:
            for other in self._outwards(page, key):
                if other.id not in seen:
                    picked.append(other)
                    seen.add(other.id)
                if len(picked) == limit:
                    return picked
        return picked

    def _outwards(self, page: Page, key: tuple[str, str]):
        members = self.groups[key[0]][key[1]]
        if key not in self.positions:
            self.positions[key] = {member.id: index for index, member in enumerate(members)}
        position = self.positions[key][page.id]
        for step in range(1, len(members)):
            for index in (position - step, position + step):
                if 0 <= index < len(members):
                    yield members[index]


def url_path(*parts: str) -> str:
    return "/" + "/".join(quote(slug(part), safe="") for part in parts) + "/"


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


def markdown_to_html(body: str) -> str:
    """Render a page body; raw HTML in a document is text, never markup, and no link can run script."""
    converter = markdown.Markdown(extensions=[], output_format="html")
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    converter.inlinePatterns.deregister("entity")
    converter.treeprocessors.register(SafeLinks(converter), "safe_links", 1)
    return converter.convert(body)


def citation(meta: dict, base_url: str | None) -> str:
    """A GB/T 7714-style reference: author. title[Z]. unit, date. source."""
    author = meta.get("speaker") or meta.get("unit") or "佚名"
    parts = [f"{author}．{meta['title']}［Z］．"]
    where = "，".join(part for part in (meta.get("unit") if meta.get("speaker") else None, meta.get("date")) if part)
    if where:
        parts.append(f"{where}．")
    source = meta.get("source") or {}
    if source.get("site"):
        parts.append(f"来源：{source['site']}．")
    parts.append(f"{SITE_NAME}收录，编号 {meta['id']}．")
    if base_url:
        parts.append(f"{base_url}{url_path('documents', meta['id'])}．")
    return "".join(parts)


def template_environment(templates: Path) -> Environment:
    environment = Environment(
        loader=FileSystemLoader(str(templates)),
        autoescape=select_autoescape(["html", "xml"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.globals.update(
        site_name=SITE_NAME,
        url_path=url_path,
        published_source=published_source,
        index_tokens=search_index.index_tokens,
        title_tokens=search_index.title_tokens,
        heading_tokens=search_index.heading_tokens,
        citation=citation,
        base_url=site_url(),
    )
    return environment


def plain_text(title: str, reading: Reading) -> str:
    """The document's clean text as plain text, for download: title, the lines printed with it, the text."""
    return "\n\n".join([title, *reading.source_blocks]) + "\n"


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


@dataclass(frozen=True)
class Reading:
    """What a document page shows and indexes: the source text, and its repaired reading."""

    title_html: str
    body_html: str
    repair_count: int
    source_blocks: list[str]
    source_headings: frozenset[str]
    repaired_blocks: list[str]  # only the blocks (title first) that repairs changed


def reading_text(page: Page) -> Reading:
    vetoed = frozenset(page.meta.get("no_repair") or [])
    title, body = page.meta["title"], page.body
    damaged = page.meta.get("damaged")
    if damaged is None:
        damaged = repairs.is_damaged(f"{title}\n{body}")
    source_blocks = [*front_lines(page.meta), *body_blocks_for_index(body)]
    body_html = mark_signature(markdown_to_html(body), page.meta)
    title_html = str(escape(title))
    if not damaged:
        return Reading(title_html, body_html, 0, source_blocks, heading_texts(body), [])
    body_html, body_count = repairs.annotate_html(body_html, vetoed)
    title_html, title_count = repairs.annotate_html(title_html, vetoed)
    repaired_blocks = []
    for block in [title, *source_blocks]:
        fixed = repairs.apply(block, repairs.find_repairs(block, vetoed))
        if fixed != block:
            repaired_blocks.append(fixed)
    return Reading(title_html, body_html, body_count + title_count, source_blocks, heading_texts(body), repaired_blocks)


def render_site(project: Project, pages: list[Page], target: Path) -> None:
    environment = template_environment(project.templates)
    browse = facets(pages)
    related = RelatedPages(browse)

    def write(relative: str, template: str, **context) -> None:
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(environment.get_template(template).render(**context), encoding="utf-8")

    write("index.html", "home.html", newest=pages[:NEWEST_ON_HOME], total=len(pages), facets=browse, page_title=None)
    write("search/index.html", "search.html", facets=browse, page_title="检索")
    write("404.html", "404.html", page_title="页面不存在")
    for facet in browse:
        write(f"{facet.key}s/index.html", "facet.html", facet=facet, page_title=f"按{facet.label}浏览")
        for value, members in facet.values.items():
            folder = f"{facet.key}s/{slug(value)}"
            write(f"{folder}/index.html", "facet_value.html", facet=facet, value=value, pages=members, page_title=value)
    base_url = environment.globals["base_url"]
    records = {}
    for page in pages:
        reading = reading_text(page)
        address = f"{base_url}{url_path('documents', page.id)}" if base_url else None
        source_file = page.meta["source"].get("file")
        original = published_source(source_file) if source_file else None
        records[page.id] = catalog.record(page.meta, url_path("documents", page.id), original, base_url)
        write(
            f"documents/{page.id}/index.html",
            "document.html",
            meta=page.meta,
            reading=reading,
            related=related.of(page),
            page_title=page.meta["title"],
            embedded=embedded_metadata.meta_tags(page.meta, " ".join(body_blocks_for_index(page.body)[:DESCRIPTION_BLOCKS]), address, original, SITE_NAME),
            linked_data=embedded_metadata.json_ld(page.meta, address, original, SITE_NAME),
            canonical=address,
        )
        (target / "documents" / page.id / f"{page.id}.txt").write_text(plain_text(page.meta["title"], reading), encoding="utf-8")
        shutil.copyfile(page.path, target / "documents" / page.id / f"{page.id}.md")
        if source_file:
            raw_text, encoding = shown_text(project.sources / source_file.split("/", 1)[1])
            write(
                f"documents/{page.id}/source/index.html",
                "source.html",
                meta=page.meta,
                raw_text=raw_text,
                encoding=encoding,
                page_title=f"原始文本 · {page.meta['title']}",
            )
    records = [records[page_id] for page_id in sorted(records)]
    (target / "catalog.json").write_text(catalog.catalog_json(records), encoding="utf-8")
    (target / "catalog.csv").write_text(catalog.catalog_csv(records), encoding="utf-8")
    robots = "User-agent: *\nAllow: /\n"
    if base_url:  # a sitemap lists absolute addresses: only when the site's address is known
        write("sitemap.xml", "sitemap.xml", facets=browse, pages=pages)
        robots += f"Sitemap: {base_url}/sitemap.xml\n"
    (target / "robots.txt").write_text(robots, encoding="utf-8")
    shutil.copytree(project.static, target / "static")
    (target / "static" / folding.FOLDING_FILE).write_text(folding.folding_pairs(), encoding="utf-8")
    publish_originals(pages, project.sources, target / "sources")
    if project.headers:
        (target / "_headers").write_text(headers.headers_file(headers.load_rules(project.headers)), encoding="utf-8")


def published_source(file: str) -> str:
    """Where an original is published: its own name for kinds a browser cannot run, else with .txt added.

    A scraped HTML page published as .html would run its own scripts on the archive's origin
    (the headers forbid that too, but not every static host sends headers).
    """
    name = file.split("/", 1)[1]
    return f"/sources/{name}" if Path(name).suffix.lower() in INERT_ORIGINALS else f"/sources/{name}.txt"


def publish_originals(pages: list[Page], sources: Path, target: Path) -> None:
    """Copy the originals the pages name (already checked: plain files with the recorded SHA-256), nothing else."""
    for page in pages:
        file = page.meta["source"].get("file")
        if not file:
            continue
        destination = target.parent / published_source(file).lstrip("/")
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(sources / file.split("/", 1)[1], destination, follow_symlinks=False)


def site_url() -> str | None:
    """Where the site is published (SITE_URL, or the URL Netlify sets while building), for the sitemap."""
    address = os.environ.get("SITE_URL") or os.environ.get("URL")
    return address.rstrip("/") if address else None


def build(project: Project) -> tuple[int, str]:
    """Build the whole site aside, index it, then swap it in; on failure or a kill the old site stays.

    One build or import at a time per folder. A build killed earlier is tidied up first: an
    old site it had moved aside is put back, its unfinished folders are removed.
    """
    with locking.exclusive(project.output.parent, f"build {project.output.name}/"):
        recover(project.output)
        pages = load_pages(project.content, project.sources)
        if not pages:
            raise BuildError(f"{project.content} has no pages; import documents first")
        staging = Path(tempfile.mkdtemp(prefix=f".{project.output.name}-new-", dir=project.output.parent))
        try:
            render_site(project, pages, staging)
            report = search_index.run_pagefind(staging)
            _swap_in(staging, project.output)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return len(pages), report


def _retired(output: Path) -> Path:
    return output.with_name(f".{output.name}-retired")


def recover(output: Path) -> None:
    """Undo what a killed build left: the old site moved aside and not replaced, unfinished folders."""
    retired = _retired(output)
    if retired.is_dir() and not output.exists():
        os.replace(retired, output)
    for leftover in output.parent.glob(f".{output.name}-*"):
        shutil.rmtree(leftover, ignore_errors=True)


def _swap_in(staging: Path, output: Path) -> None:
    """Replace the live site by the new one. Killed between the two renames, the old site is
    complete under the retired name, and the next build (or `recover`) puts it back."""
    os.chmod(staging, 0o755)
    retired = _retired(output)
    if output.exists():
        os.replace(output, retired)
    os.replace(staging, output)
    shutil.rmtree(retired, ignore_errors=True)
