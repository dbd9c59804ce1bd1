"""Stage 4: Markdown pages with YAML front matter, written by the importer and read by the build."""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from datetime import date as calendar_date
from pathlib import Path

import yaml

from .load_cache import LoadCache
from .records import Block, CleanText, Metadata, Page
from .safe_yaml import load_front_matter

DIGEST_FIELD = "import_digest"
DATE_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SHA256_VALUE = re.compile(r"^[0-9a-f]{64}$")
IMPORTED_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z)?$")  # UTC, as the importer writes it
IMPORTED_LINE = re.compile(r"^imported: '?(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)'?$", re.M)
DATE_SOURCES = {"text", "page", "none", "manual"}
SCRIPTS = {"zh-Hans", "zh-Hant"}
OPTIONAL_FIELDS = {
    "speaker": None, "place": None, "doc_number": None, "unit_as_written": None, "script": "zh-Hans",
    "extracted_from": dict, "warnings": list, "no_repair": list, "damaged": None, "repairs": 0,
    "date_kind": None, "subtitle": None, "byline": list, "recipients": None, "cc": list, "portal": dict,
    "signature": list, "signed_date": None,
    "needs_review": False, "imported": None,
}
DATE_KINDS = {"成文", "讲话", "通过", "发布", "页面"}
REQUIRED_FIELDS = ("id", "title", "date", "date_source", "unit", "genre", "themes", "complete", "source")
TEXT_FIELDS = ("unit", "speaker", "place", "genre", "doc_number", "unit_as_written", "subtitle", "recipients", "signed_date")
LIST_FIELDS = ("themes", "byline", "cc", "signature", "warnings", "no_repair")
SOURCE_FIELDS = ("site", "original_name", "published", "file", "sha256", "encoding")
SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$")
SOURCE_FILE = re.compile(r"^sources/[A-Za-z0-9][A-Za-z0-9_-]{0,79}\.[a-z0-9]{1,8}$")
NOT_IN_A_LINE = re.compile(r"[\x00-\x1f\x7f]")  # line breaks and control characters
MAX_TITLE_CHARS = 300
MAX_FIELD_CHARS = 1000
MAX_LINE_CHARS = 2000
MAX_PAGE_CHARS = 500_000  # about 1.5 MB of Chinese text; longer documents are split before import (README)
SOURCE_FILE_LINE = re.compile(r"^  file: (\S+)$", re.M)
SOURCE_SHA_LINE = re.compile(r"^  sha256: ([0-9a-f]{64})$", re.M)
SOURCE_SCAN_CHARS = 20_000
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n?(.*)\Z", re.S)
MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]])")
LINE_START_SPECIAL = re.compile(r"^(#|>|[-+](?=\s))")
LINE_START_NUMBER = re.compile(r"^(\d+)\.(?=\s)")


class PageError(ValueError):
    """A page in content/ is invalid; str() names the file, the field(s) and the problem(s)."""

    def __init__(self, path: Path, field: str | None, problem: str, more: tuple[tuple[str, str], ...] = ()):
        lines = [(field, problem), *more]
        super().__init__("\n".join(f"{path}: field '{name}': {text}" if name else f"{path}: {text}" for name, text in lines))


def page_text(page_id: str, clean: CleanText, meta: Metadata, source_file: str, sha256: str, encoding: str, imported: str, stand_in_title: str | None = None) -> str:
    """The Markdown page for one imported document, with a digest that reveals later hand edits.

    `imported` is when the document entered the archive (UTC, 2026-12-05T08:24:43Z): the
    feed of new additions is ordered by it, and a re-import keeps the first one.

    A document whose title could not be found gets the stand-in title and
    needs_review: true, so that the page is valid and listed by `build.py check`.
    """
    needs_review = meta.title is None or not clean.title_found
    front = {
        "id": page_id,
        "title": meta.title or stand_in_title,
        "subtitle": clean.subtitle,
        "needs_review": needs_review,
        "date": meta.date,
        "date_source": meta.date_source,
        "date_kind": meta.date_kind,
        "unit": meta.unit,
        "unit_as_written": meta.unit_as_written,
        "speaker": meta.speaker,
        "place": meta.place,
        "genre": meta.genre,
        "themes": list(meta.themes),
        "doc_number": meta.doc_number,
        "byline": list(clean.byline),
        "recipients": clean.recipients,
        "signature": list(clean.signature),
        "signed_date": clean.signed_date,
        "cc": list(clean.cc),
        "portal": dict(clean.fields),
        "complete": meta.complete,
        "script": meta.script,
        "damaged": meta.damaged,
        "repairs": meta.repairs,
        "source": {
            "site": clean.site,
            "file": source_file,
            "original_name": clean.original_name,
            "published": clean.published,
            "sha256": sha256,
            "encoding": encoding,
        },
        "imported": imported,
        "extracted_from": dict(meta.extracted_from),
        "warnings": list(meta.warnings),
    }
    text = _compose(front, body_markdown(clean.blocks))
    return _with_digest(text)


def _compose(front: dict, body: str) -> str:
    dumped = yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{dumped}---\n\n{body}"


def _with_digest(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return text.replace("\n---\n", f"\n{DIGEST_FIELD}: {digest}\n---\n", 1)


def recorded_source(text: str) -> tuple[str, str] | None:
    """The original a page was imported from, (source.file, source.sha256), read from the lines the importer
    writes without parsing the whole page (an import checks every page of the folder)."""
    head = text[:SOURCE_SCAN_CHARS]
    file, sha256 = SOURCE_FILE_LINE.search(head), SOURCE_SHA_LINE.search(head)
    return (file.group(1), sha256.group(1)) if file and sha256 else None


def recorded_import_time(text: str) -> str | None:
    """When an existing page was first imported, read from the line the importer writes."""
    match = IMPORTED_LINE.search(text[:SOURCE_SCAN_CHARS])
    return match.group(1) if match else None


def is_hand_edited(text: str) -> bool:
    """True when a page no longer matches the digest the importer wrote (or has none)."""
    match = re.search(rf"^{DIGEST_FIELD}: ([0-9a-f]{{64}})\n", text, re.M)
    if not match:
        return True
    original = text[: match.start()] + text[match.end():]
    return hashlib.sha256(original.encode("utf-8")).hexdigest() != match.group(1)


def body_markdown(blocks: tuple[Block, ...]) -> str:
    parts = []
    for block in blocks:
        text = escape_markdown(block.text)
        parts.append(f"{'#' * block.level} {text}" if block.kind == "heading" else text)
    return "\n\n".join(parts) + "\n"


def escape_markdown(text: str) -> str:
    """Backslash-escape what Markdown would read as markup, so the source text shows as written."""
    escaped = MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return LINE_START_NUMBER.sub(r"\1\\.", LINE_START_SPECIAL.sub(r"\\\1", escaped))


def read_page(path: Path, sources_dir: Path | None = None, cache: LoadCache | None = None) -> Page:
    """Load and validate one page; raise PageError naming the file, field and problem.
    With a `cache`, front matter validated before for the same text is taken from it."""
    if path.is_symlink():
        raise PageError(path, None, "is a symbolic link; pages must be plain files in the content folder")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise PageError(path, None, f"cannot be read ({error.strerror or error})") from error
    if len(data) > 4 * MAX_PAGE_CHARS:
        raise PageError(path, None, f"is {len(data):,} bytes; a page may hold at most {MAX_PAGE_CHARS:,} characters (split the document)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise PageError(path, None, f"not UTF-8 text ({error})") from error
    return parse_page(path, text, sources_dir, cache)


def parse_page(path: Path, text: str, sources_dir: Path | None = None, cache: LoadCache | None = None) -> Page:
    """Validate a page's text as the build will (the importer checks every page it is about to write)."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    known = cache and cache.front_matter(path.name, digest)
    if known:
        problems = list(_source_problems(known["source"], sources_dir, cache.original_sha256))
        if problems:
            raise PageError(path, *problems[0], more=tuple(problems[1:]))
        match = FRONT_MATTER.match(text.replace("\r\n", "\n"))
        return Page(id=known["id"], path=path, meta=known, body=match.group(2).lstrip("\n"), digest=digest)
    if len(text) > MAX_PAGE_CHARS:
        raise PageError(path, None, f"has {len(text):,} characters; a page may hold at most {MAX_PAGE_CHARS:,} (split the document)")
    match = FRONT_MATTER.match(text.replace("\r\n", "\n"))
    if not match:
        raise PageError(path, None, "no YAML front matter (the file must start with a line '---' and the fields end with a line '---')")
    try:
        meta = load_front_matter(match.group(1))
    except yaml.YAMLError as error:
        raise PageError(path, None, f"front matter is not valid YAML: {error}") from error
    if not isinstance(meta, dict):
        raise PageError(path, None, "front matter must be a mapping of fields")
    problems = list(validation_problems(path, meta, sources_dir, cache.original_sha256 if cache else _file_sha256))
    if problems:
        raise PageError(path, *problems[0], more=tuple(problems[1:]))
    for optional, default in OPTIONAL_FIELDS.items():
        meta.setdefault(optional, default() if callable(default) else default)
    for optional in SOURCE_FIELDS:
        meta["source"].setdefault(optional, None)
    if cache:
        cache.remember(path.name, digest, meta)
    return Page(id=meta["id"], path=path, meta=meta, body=match.group(2).lstrip("\n"), digest=digest)


def _is_text(value, max_chars: int = MAX_FIELD_CHARS) -> bool:
    return isinstance(value, str) and bool(value.strip()) and len(value) <= max_chars and not NOT_IN_A_LINE.search(value)


def _is_text_list(value) -> bool:
    return isinstance(value, list) and all(_is_text(item, MAX_LINE_CHARS) for item in value)


def _is_scalar(value) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))


def _file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def validation_problems(path: Path, meta: dict, sources_dir: Path | None, sha256_of: Callable[[Path], str] = _file_sha256):
    """Every (field, problem) of a page's front matter; empty when the page is valid."""
    for field in REQUIRED_FIELDS:
        if field not in meta:
            yield field, "is missing"
    page_id = meta.get("id")
    if "id" in meta and page_id != path.stem:
        yield "id", f"must equal the file name '{path.stem}', found {page_id!r}"
    elif "id" in meta and not (isinstance(page_id, str) and SAFE_ID.match(page_id)):
        yield "id", "must be 1-80 letters, digits, '-' or '_', starting with a letter or digit (rename the file too)"
    if "title" in meta and not _is_text(meta["title"], MAX_TITLE_CHARS):
        yield "title", f"must be a non-empty text of one line, at most {MAX_TITLE_CHARS} characters"
    yield from _date_problems(meta)
    if meta.get("date_kind") is not None and meta.get("date_kind") not in DATE_KINDS:
        yield "date_kind", f"must be one of {sorted(DATE_KINDS)} or null"
    for field in ("needs_review", "complete"):
        if field in meta and not isinstance(meta[field], bool):
            yield field, f"must be true or false, found {meta[field]!r}"
    for field in TEXT_FIELDS:
        value = meta.get(field)
        if value is not None and not _is_text(value):
            yield field, f"must be a text of one line (at most {MAX_FIELD_CHARS} characters) or null, found {_shown(value)}"
    for field in LIST_FIELDS:
        if field in meta and not _is_text_list(meta[field]):
            yield field, f"must be a list of texts of one line, found {_shown(meta[field])}"
    for field in ("portal", "extracted_from"):
        value = meta.get(field, {})
        if not (isinstance(value, dict) and all(isinstance(key, str) and _is_scalar(item) for key, item in value.items())):
            yield field, f"must be a mapping of name: value, found {_shown(value)}"
    if meta.get("script", "zh-Hans") not in SCRIPTS:
        yield "script", f"must be one of {sorted(SCRIPTS)}"
    if meta.get("damaged") not in (None, True, False):
        yield "damaged", "must be true, false or absent"
    repairs_count = meta.get("repairs", 0)
    if not (isinstance(repairs_count, int) and not isinstance(repairs_count, bool) and repairs_count >= 0):
        yield "repairs", f"must be a whole number, 0 or more, found {_shown(repairs_count)}"
    imported = meta.get("imported")
    if imported is not None and not (isinstance(imported, str) and IMPORTED_VALUE.match(imported)):
        yield "imported", f"must be when the page was imported, YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ (UTC), or absent, found {_shown(imported)}"
    digest = meta.get(DIGEST_FIELD)
    if digest is not None and not (isinstance(digest, str) and SHA256_VALUE.match(digest)):
        yield DIGEST_FIELD, "must be a 64-digit hex digest (delete the line after editing a page)"
    if "source" in meta:
        yield from _source_problems(meta["source"], sources_dir, sha256_of)


def _shown(value) -> str:
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."


def _date_problems(meta: dict):
    if "date" not in meta:
        return
    date = meta["date"]
    if isinstance(date, (calendar_date, int)) and not isinstance(date, bool):
        date = meta["date"] = str(date)
    if not (date is None or (isinstance(date, str) and DATE_VALUE.match(date))):
        yield "date", f"must be YYYY, YYYY-MM or YYYY-MM-DD (quoted or not) or null, found {_shown(date)}"
        return
    if date:
        year, month, day = (int(part) for part in (date.split("-") + ["1", "1"])[:3])
        try:
            calendar_date(year, month, day)
        except ValueError:
            yield "date", f"{date} is not a real calendar date"
    if "date_source" in meta:
        if meta["date_source"] not in DATE_SOURCES:
            yield "date_source", f"must be one of {sorted(DATE_SOURCES)}, found {_shown(meta['date_source'])}"
        elif (date is None) != (meta["date_source"] == "none"):
            yield "date_source", "must be 'none' exactly when date is null"


def _source_problems(source, sources_dir: Path | None, sha256_of: Callable[[Path], str]):
    if not isinstance(source, dict):
        yield "source", "must be a mapping with site, file and sha256"
        return
    for field in ("site", "original_name", "published", "encoding"):
        value = source.get(field)
        if value is not None and not _is_text(value):
            yield f"source.{field}", f"must be a text of one line or null, found {_shown(value)}"
    file = source.get("file")
    if file is None:
        return
    if not (isinstance(file, str) and SOURCE_FILE.match(file)):
        yield "source.file", f"must name a file directly inside sources/ (sources/NAME, NAME of letters, digits, '.', '-', '_'), found {_shown(file)}"
        return
    sha256 = source.get("sha256")
    if not (isinstance(sha256, str) and SHA256_VALUE.match(sha256)):
        yield "source.sha256", "must be a 64-digit hex SHA-256"
        return
    if sources_dir is None:
        return
    raw = sources_dir / file.split("/", 1)[1]
    if raw.is_symlink() or not raw.is_file():
        yield "source.file", f"{raw} does not exist (or is not a plain file)"
        return
    actual = sha256_of(raw)
    if actual != sha256:
        yield "source.sha256", f"{raw} has SHA-256 {actual}, not the recorded one"
