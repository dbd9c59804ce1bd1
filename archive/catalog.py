"""The collection's metadata as data: catalog.json and catalog.csv, one record per document, with its permalink.

Researchers take these into spreadsheets, R or pandas; librarians into their catalogues.
The CSV is UTF-8 with a byte-order mark, so that spreadsheet programs read the Chinese as written.
"""
from __future__ import annotations

import csv
import io
import json

FIELDS = (
    "id", "title", "printed_title", "subtitle", "date", "date_kind", "unit", "speaker", "place", "genre", "themes",
    "doc_number", "script", "complete", "needs_review", "source_site", "source_url", "original", "sha256", "permalink", "url",
)
LIST_SEPARATOR = "；"  # themes in one CSV cell


def record(meta: dict, printed_title: str, permalink: str, original: str | None, base_url: str | None) -> dict:
    """One document's catalogue record: `title` is the reading the archive shows (repaired where the source
    is damaged), `printed_title` the title as the source prints it; `original` is where the archive
    publishes the unchanged source, `url` the absolute address of its page, known only when the site's address is."""
    source = meta.get("source") or {}
    return {
        "id": meta["id"],
        "title": meta["title"],
        "printed_title": printed_title,
        "subtitle": meta.get("subtitle"),
        "date": meta.get("date"),
        "date_kind": meta.get("date_kind"),
        "unit": meta.get("unit"),
        "speaker": meta.get("speaker"),
        "place": meta.get("place"),
        "genre": meta.get("genre"),
        "themes": list(meta.get("themes") or []),
        "doc_number": meta.get("doc_number"),
        "script": meta.get("script"),
        "complete": meta.get("complete"),
        "needs_review": bool(meta.get("needs_review")),
        "source_site": source.get("site"),
        "source_url": source.get("url"),
        "original": original,
        "sha256": source.get("sha256"),
        "permalink": permalink,
        "url": f"{base_url}{permalink}" if base_url else None,
    }


def catalog_json(records: list[dict]) -> str:
    """The catalogue as JSON, a document to a line: readable and diffable, and written by the C encoder
    (any indent makes Python fall back to its pure-Python encoder, seconds for 20,000 documents)."""
    documents = "".join(f"\n{json.dumps(record, ensure_ascii=False)}," for record in records).rstrip(",")
    return f'{{"fields": {json.dumps(list(FIELDS), ensure_ascii=False)},\n"documents": [{documents}\n]}}\n'


def catalog_csv(records: list[dict]) -> str:
    stream = io.StringIO()
    writer = csv.DictWriter(stream, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    for row in records:
        writer.writerow({name: _cell(row[name]) for name in FIELDS})
    return "\ufeff" + stream.getvalue()


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return LIST_SEPARATOR.join(value)
    return str(value)
