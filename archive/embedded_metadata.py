"""The metadata a document page embeds for reference managers, search engines and link previews.

Zotero's generic translator reads Highwire `citation_*` tags first, then Dublin Core; it reads no
JSON-LD, and `og:type=website` would override the item type and drop the publisher (measured:
../shared/notes/zotero-metadata.md). So: one `citation_author` per creator, written whole (a unit's
full name, a person's name as printed: Zotero keeps an unsplit Chinese name in one field), ISO
dates, `DC.type=document`, OpenGraph with `og:type=article`, and JSON-LD for search engines.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

DESCRIPTION_CHARS = 120
LANGUAGES = {"zh-Hans": "zh-CN", "zh-Hant": "zh-TW"}


@dataclass(frozen=True)
class MetaTag:
    attribute: str  # "name" or "property"
    key: str
    content: str


def own_date(meta: dict) -> str | None:
    """The document's own date; a web page's posting date (date_source: page) is not one: a 2010 speech
    a sharing site posted in 2023 must not be cited as of 2023."""
    return meta.get("date") if meta.get("date_source") != "page" else None


def creators(meta: dict) -> list[str]:
    """The document's creators as printed: its speaker, then its issuing body; names with no inner spaces."""
    names = [meta.get("speaker"), meta.get("unit")]
    return [re.sub(r"\s+", "", name) for name in names if name]


def description(meta: dict, first_text: str) -> str:
    """One line for a link preview: who, when, what kind, then the text's opening."""
    facts = "，".join(part for part in (meta.get("unit") or meta.get("speaker"), meta.get("date"), meta.get("genre")) if part)
    opening = re.sub(r"\s+", " ", first_text).strip()
    text = f"{facts}。{opening}" if facts else opening
    return text if len(text) <= DESCRIPTION_CHARS else text[: DESCRIPTION_CHARS - 1] + "…"


def language(meta: dict) -> str:
    """The BCP 47 tag of the document's script, Simplified Chinese when it is not recorded."""
    return LANGUAGES.get(meta.get("script") or "", "zh-CN")


def meta_tags(meta: dict, summary: str, address: str | None, original: str | None, site_name: str) -> list[MetaTag]:
    """The tags for one document page; `summary` is its `description`, `address` the page's absolute
    address when the site's is known."""
    tag = language(meta)
    authors = creators(meta)
    tags = [MetaTag("name", "description", summary), MetaTag("name", "citation_title", meta["title"])]
    tags += [MetaTag("name", "citation_author", name) for name in authors]
    if own_date(meta):
        tags.append(MetaTag("name", "citation_date", own_date(meta)))
    tags += [MetaTag("name", "citation_publisher", site_name), MetaTag("name", "citation_language", tag)]
    if address:
        tags.append(MetaTag("name", "citation_public_url", address))
    if original and original.lower().endswith(".pdf"):
        tags.append(MetaTag("name", "citation_pdf_url", original))
    tags += [MetaTag("name", "DC.type", "document"), MetaTag("name", "DC.title", meta["title"])]
    tags += [MetaTag("name", "DC.creator", name) for name in authors]
    if own_date(meta):
        tags.append(MetaTag("name", "DC.date", own_date(meta)))
    tags += [MetaTag("name", "DC.language", tag), MetaTag("name", "DC.publisher", site_name)]
    tags += [
        MetaTag("property", "og:type", "article"),
        MetaTag("property", "og:title", meta["title"]),
        MetaTag("property", "og:description", summary),
        MetaTag("property", "og:site_name", site_name),
        MetaTag("property", "og:locale", tag.replace("-", "_")),
    ]
    if address:
        tags.append(MetaTag("property", "og:url", address))
    return tags


def json_ld(meta: dict, address: str | None, original: str | None, site_name: str) -> str:
    """schema.org data for search engines, safe inside a <script> element: < > & written as JSON escapes."""
    people = {meta.get("speaker")} - {None}
    data = {
        "@context": "https://schema.org",
        "@type": "DigitalDocument",
        "name": meta["title"],
        "inLanguage": language(meta),
        "publisher": {"@type": "Organization", "name": site_name},
        "author": [{"@type": "Person", "name": name} for name in sorted(people)]
        + ([{"@type": "Organization", "name": meta["unit"]}] if meta.get("unit") else []),
    }
    if own_date(meta):
        data["dateCreated"] = own_date(meta)
    if meta.get("genre"):
        data["genre"] = meta["genre"]
    if meta.get("themes"):
        data["keywords"] = list(meta["themes"])
    if address:
        data["url"] = address
    if original:
        data["isBasedOn"] = (meta.get("source") or {}).get("url") or original
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")  # no markup inside <script>, as JSON allows
