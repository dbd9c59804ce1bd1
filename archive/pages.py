"""Stage 4: Markdown pages with YAML front matter, written by the importer and read by the build."""
from __future__ import annotations

import hashlib
import re
from datetime import date as calendar_date
from pathlib import Path

import yaml

from .records import Block, CleanText, Metadata, Page

DIGEST_FIELD = "import_digest"
DATE_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SHA256_VALUE = re.compile(r"^[0-9a-f]{64}$")
DATE_SOURCES = {"text", "page", "none", "manual"}
SCRIPTS = {"zh-Hans", "zh-Hant"}
OPTIONAL_FIELDS = {
    "speaker": None, "place": None, "doc_number": None, "unit_as_written": None, "script": "zh-Hans",
    "extracted_from": dict, "warnings": list, "no_repair": list, "damaged": None, "repairs": 0,
    "date_kind": None, "subtitle": None, "byline": list, "recipients": None, "cc": list, "portal": dict,
    "signature": list, "signed_date": None,
    "needs_review": False,
}
DATE_KINDS = {"成文", "讲话", "通过", "发布", "页面"}
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n?(.*)\Z", re.S)
MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]])")
LINE_START_SPECIAL = re.compile(r"^(#|>|[-+](?=\s))")
LINE_START_NUMBER = re.compile(r"^(\d+)\.(?=\s)")


class PageError(ValueError):
    """A page in content/ is invalid; str() names the file, the field and the problem."""

    def __init__(self, path: Path, field: str | None, problem: str):
        where = f"{path}: field '{field}'" if field else str(path)
        super().__init__(f"{where}: {problem}")


def page_text(page_id: str, clean: CleanText, meta: Metadata, source_file: str, sha256: str, encoding: str, stand_in_title: str | None = None) -> str:
    """The Markdown page for one imported document, with a digest that reveals later hand edits.

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


def read_page(path: Path, sources_dir: Path | None = None) -> Page:
    """Load and validate one page; raise PageError naming the file, field and problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise PageError(path, None, f"not UTF-8 text ({error})") from error
    return parse_page(path, text, sources_dir)


def parse_page(path: Path, text: str, sources_dir: Path | None = None) -> Page:
    """Validate a page's text as the build will (the importer checks every page it is about to write)."""
    match = FRONT_MATTER.match(text.replace("\r\n", "\n"))
    if not match:
        raise PageError(path, None, "no YAML front matter (the file must start with a line '---')")
    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError as error:
        raise PageError(path, None, f"front matter is not valid YAML: {error}") from error
    if not isinstance(meta, dict):
        raise PageError(path, None, "front matter must be a mapping of fields")
    validate(path, meta, sources_dir)
    for optional, default in OPTIONAL_FIELDS.items():
        meta.setdefault(optional, default() if callable(default) else default)
    for optional in ("site", "original_name", "published", "file", "sha256", "encoding"):
        meta["source"].setdefault(optional, None)
    return Page(id=meta["id"], path=path, meta=meta, body=match.group(2).lstrip("\n"))


def validate(path: Path, meta: dict, sources_dir: Path | None) -> None:
    def require(field, condition, problem):
        if not condition:
            raise PageError(path, field, problem)

    for field in ("id", "title", "date", "date_source", "unit", "genre", "themes", "complete", "source"):
        require(field, field in meta, "is missing")
    require("id", meta["id"] == path.stem, f"must equal the file name '{path.stem}', found {meta['id']!r}")
    require("title", isinstance(meta["title"], str) and meta["title"].strip(), "must be a non-empty text")
    date = meta["date"]
    if isinstance(date, (calendar_date, int)):
        date = meta["date"] = str(date)
    require("date", date is None or (isinstance(date, str) and DATE_VALUE.match(date)), f"must be YYYY, YYYY-MM or YYYY-MM-DD or null, found {date!r}")
    if date and len(date) == 10:
        try:
            calendar_date.fromisoformat(date)
        except ValueError:
            raise PageError(path, "date", f"{date} is not a real calendar date") from None
    require("date_source", meta["date_source"] in DATE_SOURCES, f"must be one of {sorted(DATE_SOURCES)}, found {meta['date_source']!r}")
    require("date_source", (date is None) == (meta["date_source"] == "none"), "must be 'none' exactly when date is null")
    require("date_kind", meta.get("date_kind") is None or meta.get("date_kind") in DATE_KINDS, f"must be one of {sorted(DATE_KINDS)} or null")
    require("needs_review", meta.get("needs_review", False) in (True, False), "must be true or false")
    for field in ("byline", "cc", "signature"):
        value = meta.get(field, [])
        require(field, isinstance(value, list) and all(isinstance(line, str) for line in value), "must be a list of texts")
    require("portal", isinstance(meta.get("portal", {}), dict), "must be a mapping of field: value")
    for field in ("unit", "speaker", "place", "genre", "doc_number", "unit_as_written", "subtitle", "recipients", "signed_date"):
        value = meta.get(field)
        require(field, value is None or (isinstance(value, str) and value.strip()), f"must be a text or null, found {value!r}")
    themes = meta["themes"]
    require("themes", isinstance(themes, list) and all(isinstance(theme, str) and theme for theme in themes), "must be a list of texts")
    require("complete", isinstance(meta["complete"], bool), f"must be true or false, found {meta['complete']!r}")
    require("script", meta.get("script", "zh-Hans") in SCRIPTS, f"must be one of {sorted(SCRIPTS)}")
    require("damaged", meta.get("damaged") in (None, True, False), "must be true, false or absent")
    no_repair = meta.get("no_repair", [])
    require("no_repair", isinstance(no_repair, list) and all(isinstance(form, str) for form in no_repair), "must be a list of damaged forms")
    source = meta["source"]
    require("source", isinstance(source, dict), "must be a mapping with site, file and sha256")
    if source.get("file") is not None:
        require("source.sha256", isinstance(source.get("sha256"), str) and SHA256_VALUE.match(source["sha256"]), "must be a 64-digit hex SHA-256")
        if sources_dir is not None:
            raw = sources_dir / Path(source["file"]).name
            require("source.file", raw.is_file(), f"{raw} does not exist")
            actual = hashlib.sha256(raw.read_bytes()).hexdigest()
            require("source.sha256", actual == source["sha256"], f"{raw} has SHA-256 {actual}, not the recorded one")
