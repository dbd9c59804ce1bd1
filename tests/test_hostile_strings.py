"""Hostile strings, random and chosen, through the importer, the page validator and the renderer.

(a) as the text of a raw .txt file: the importer never raises, and every page it writes
    loads again with read_page;
(b) as a front-matter field of a valid page (title, unit, themes, genre, speaker, place),
    written by a YAML dumper or spliced into the text as a person would type it: the page
    is either refused with a PageError or rendered, and then every file is written inside
    the site folder and no markup from the value runs.
"""
from __future__ import annotations

import functools
import pathlib
import re
import shutil
import tempfile
from pathlib import Path
from unittest import mock

import yaml
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from archive import importer, pages, site
from tests.bad_inputs import doc_lines, set_field, valid_page
from tests.conftest import ROOT
from tests.test_bad_inputs import MarkupScan

SETTINGS = dict(deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
FIELDS = ("title", "unit", "themes", "genre", "speaker", "place")
HOSTILE = [
    "\x00", "\x01", "\x1b[31m", "\x7f", "\x85", "\u2028", "\u2029", "\u200b", "\u200e", "\u200f", "\u202e", "\u2066", "\ufeff",
    "\r", "\r\n", "\n", "\t", "\v", "\f", " ", "\u3000",
    "---", "...", "~", "null", "Null", "yes", "no", "on", "off", "true", "0x1F", "1e3", ".inf", ".nan", "2020-13-45", "2020-02-30",
    "&a", "*a", "!!python/object/apply:os.system ['true']", "!!binary aGk=", "? ", ": ", "- ", "# ", "%YAML 1.1", "|", ">", "@", "`",
    "{{7*7}}", "{% raw %}", "{% endraw %}", "{# x #}", "{{ config }}", "{% for x in range(99) %}",
    "<script>alert(1)</script>", "<SCRIPT SRC=//x>", '"><script>alert(1)</script>', "'><img src=x onerror=alert(1)>",
    "<img src=x onerror=alert(1)>", "</textarea>", "</title>", "<!--", "]]>", "&lt;script&gt;", "&#60;script&#62;",
    "javascript:alert(1)", "[x](javascript:alert(1))", "<javascript:alert(1)>", "data:text/html,<script>alert(1)</script>",
    ".", "..", "../..", "../../x", "/", "//other.site/x", "\\", "..\\..", "index.html", "%2e%2e", "?", "#", "C:\\x", "~root",
    "'", '"', "\\u0000", "\\n", "𠀀", "\U0010fffd", "Ω", "İ", "ﬀ", "ﷺ", "\u0301", "鿿", "㐀",
]
CHINESE = ["关于", "加强", "基层党组织", "建设", "的通知", "讲话", "创先争优", "县委", "工作", "。", "，", "（一）", "一、", "第一条"]

characters = st.characters(exclude_categories=("Cs",))
fragment = st.one_of(st.text(characters, max_size=30), st.sampled_from(HOSTILE), st.sampled_from(CHINESE))
hostile = st.one_of(
    st.text(characters, min_size=1),
    st.sampled_from(HOSTILE),
    st.lists(fragment, min_size=1, max_size=12).map("".join),
    st.tuples(st.sampled_from(HOSTILE + CHINESE), st.integers(200, 5000)).map(lambda pair: pair[0] * pair[1]),
)


# --- (a) raw text through the importer ------------------------------------------------------------

@settings(max_examples=60, **SETTINGS)
@given(
    title=hostile,
    lines=st.lists(st.one_of(hostile, st.sampled_from(doc_lines("hostile")[1:])), min_size=1, max_size=14),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "gb18030"]),
)
def test_any_text_is_imported_or_refused_and_every_page_written_loads(title, lines, encoding):
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        raw = folder / "hostile.txt"
        raw.write_bytes("\n".join([f"{title}的通知", *lines]).encode(encoding))
        out = folder / "content"
        report = importer.import_paths([raw], out, out / "sources")
        written = sorted(out.glob("*.md")) if out.is_dir() else []
        assert sorted(Path(path) for path in report.imported) == written, report.summary()
        assert len(report.imported) + len(report.skipped) + len(report.unchanged) + len(getattr(report, "duplicates", [])) == 1, report.summary()
        for page in written:
            pages.read_page(page, out / "sources")


BOMS = [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"]


@settings(max_examples=60, **SETTINGS)
@given(bom=st.sampled_from(BOMS), data=st.binary(max_size=4096), chinese=st.sampled_from([b"", "\n".join(doc_lines("bytes")).encode("utf-8"), "\n".join(doc_lines("bytes")).encode("gb18030")]))
def test_any_bytes_are_imported_or_refused(bom, data, chinese):
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        raw = folder / "bytes.txt"
        content = bom + chinese[: len(chinese) // 2] + data + chinese[len(chinese) // 2:]
        raw.write_bytes(content)
        out = folder / "content"
        report = importer.import_paths([raw], out, out / "sources")
        written = sorted(out.glob("*.md")) if out.is_dir() else []
        assert sorted(Path(path) for path in report.imported) == written, report.summary()
        for page in written:
            pages.read_page(page, out / "sources")
        assert raw.read_bytes() == content


# --- (b) field values through the validator and the renderer --------------------------------------

@functools.lru_cache(maxsize=None)
def valid() -> tuple[str, str, Path]:
    page, original = valid_page()
    return page.read_text(encoding="utf-8"), page.stem, original


def dumped(text: str, field: str, value: str) -> str:
    """The page with the field set by a YAML dumper, so the value arrives exactly as given."""
    front, body = text.split("\n---\n", 1)
    meta = yaml.safe_load(front.removeprefix("---\n"))
    meta[field] = [value] if field == "themes" else value
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000) + "---\n" + body


def typed(text: str, field: str, value: str) -> str:
    """The page with the value typed after `field:` by hand, YAML specials and line breaks included."""
    return set_field(text, field, f"[{value}]" if field == "themes" else value)


@functools.lru_cache(maxsize=None)
def site_scripts() -> frozenset[str]:
    """The <script> tags the templates write for a valid page: the only ones a rendered site may hold."""
    text, page_id, original = valid()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        target = render(folder, text, page_id, original)[1]
        return frozenset(tag for html_file in target.rglob("*.html") for tag in SCRIPT_TAG.findall(html_file.read_text(encoding="utf-8")))


SCRIPT_TAG = re.compile(r"<script\b[^>]*>", re.I)


def render(folder: Path, text: str, page_id: str, original: Path):
    """Validate the page; if accepted, render it into folder/out/site, recording every path written."""
    content = folder / "content"
    (content / "sources").mkdir(parents=True)
    shutil.copy2(original, content / "sources" / original.name)
    path = content / f"{page_id}.md"
    path.write_text(text, encoding="utf-8")
    page = pages.parse_page(path, text, content / "sources")
    target = folder / "out" / "site"
    project = site.Project(content, content / "sources", ROOT / "templates", ROOT / "static", target)
    written: list[Path] = []

    def recording(method):
        def wrapper(self, *arguments, **keywords):
            written.append(Path(self))
            return method(self, *arguments, **keywords)
        return wrapper

    with mock.patch.object(pathlib.Path, "write_text", recording(pathlib.Path.write_text)), \
            mock.patch.object(pathlib.Path, "write_bytes", recording(pathlib.Path.write_bytes)), \
            mock.patch.object(pathlib.Path, "mkdir", recording(pathlib.Path.mkdir)):
        site.render_site(project, [page], target)
    return page, target, written


# Rendering is slow enough that shrinking a failure could take minutes: the example is reported as found.
@settings(max_examples=120, phases=(Phase.explicit, Phase.reuse, Phase.generate), **SETTINGS)
@given(field=st.sampled_from(FIELDS), value=hostile, how=st.sampled_from(["dumped", "typed"]))
@example(field="unit", value="home.html", how="typed")  # a facet folder named like a page
def test_any_field_value_is_refused_or_rendered_safely_inside_the_site(field, value, how):
    text, page_id, original = valid()
    allowed_scripts = site_scripts()
    edited = (dumped if how == "dumped" else typed)(text, field, value)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        try:
            _, target, written = render(folder, edited, page_id, original)
        except pages.PageError:
            return
        root = target.resolve()
        # Path.mkdir(parents=True) also makes the site folder's own parents: those are not an escape.
        escaped = [str(path) for path in written if not path.resolve().is_relative_to(root) and not root.is_relative_to(path.resolve())]
        assert not escaped, f"render_site wrote outside the site folder: {escaped}"
        outside = [str(path.relative_to(folder)) for path in folder.rglob("*") if not path.resolve().is_relative_to(root)
                   and path.relative_to(folder).parts[0] != "content" and path != folder / "out"]
        assert not outside, f"files appeared beside the site folder: {outside}"
        for path in target.rglob("*"):
            assert not path.is_symlink() and path.resolve().is_relative_to(root), path
        for html_file in (path for path in target.rglob("*.html") if path.is_file()):  # a unit called home.html is a folder
            markup = html_file.read_text(encoding="utf-8")
            foreign = [tag for tag in SCRIPT_TAG.findall(markup) if tag not in allowed_scripts]
            assert not foreign, f"{html_file.relative_to(target)}: script tags that the templates do not write: {foreign}"
            scan = MarkupScan()
            scan.feed(markup)
            scan.close()
            assert not scan.problems, f"{html_file.relative_to(target)}: {scan.problems}"
