"""How a reader cites a document: a GB/T 7714-2015 reference, and BibTeX, RIS and CSL-JSON records.

Every form carries the same facts, taken once from the page's metadata into a `Cited` record:
the shown (repaired) title, the creators as printed, the document's date, and the page's address.
The exports carry the address only when the site's is known (SITE_URL): a relative one is no use in a library.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

from . import rules
from .embedded_metadata import creators, language, own_date

ANONYMOUS = "佚名"  # GB/T 7714-2015 8.1.2: a work with no known responsible party is cited as 佚名


@dataclass(frozen=True)
class Cited:
    """The facts every citation form is made from."""

    id: str
    title: str
    authors: tuple[str, ...]  # speaker first, then the issuing body, each whole as printed
    date: str | None  # the document's own date, YYYY, YYYY-MM or YYYY-MM-DD (never a web page's posting date)
    genre: str | None
    doc_number: str | None
    place: str | None
    language: str  # BCP 47
    permalink: str  # the page's address on the site
    address: str | None  # its absolute address, when the site's address is known
    archive: str  # the archive's name


def cited(meta: dict, title: str, permalink: str, address: str | None, archive: str) -> Cited:
    return Cited(
        id=meta["id"],
        title=title,
        authors=tuple(creators(meta)),
        date=own_date(meta),
        genre=meta.get("genre"),
        doc_number=meta.get("doc_number"),
        place=meta.get("place"),
        language=language(meta),
        permalink=permalink,
        address=address,
        archive=archive,
    )


ACCESS_DATE_FIELD = "引用日期"  # the standard's name for the field, shown where the reader's own date goes


def gbt7714(document: Cited, accessed: str) -> str:
    """The reference GB/T 7714-2015 gives an online resource (its 8.8 and example 萧钰…[EB/OL]):

    主要责任者. 题名: 其他题名信息[EB/OL]. (发表或更新日期)[引用日期]. 获取和访问路径.
    A 公文's 发文字号 is its other title information.
    The first creator stands as the responsible party (a speaker before the body they spoke for).
    Without the site's address the permalink stands in (the page's script makes it absolute).
    """
    author = document.authors[0] if document.authors else ANONYMOUS
    title = document.title + (f": {document.doc_number}" if document.doc_number else "")  # 其他题名信息
    dated = f"({document.date})" if document.date else ""
    return f"{author}. {title}[EB/OL]. {dated}[{accessed}]. {document.address or document.permalink}."


def _bibtex_value(text: str) -> str:
    escaped = re.sub(r"([\\{}%&#$_^~])", lambda match: {"\\": r"\textbackslash{}", "^": r"\^{}", "~": r"\~{}"}.get(match.group(1), "\\" + match.group(1)), text)
    return "{" + escaped + "}"


def bibtex(document: Cited) -> str:
    """A BibTeX (biblatex-compatible) @misc entry; each creator braced whole, so no name is split into parts."""
    fields = [("title", _bibtex_value(document.title))]
    if document.authors:
        fields.append(("author", " and ".join("{" + _bibtex_value(name) + "}" for name in document.authors)))
    if document.date:
        fields += [("date", document.date), ("year", document.date[:4])]
    for key, value in (("type", document.genre), ("number", document.doc_number)):
        if value:
            fields.append((key, _bibtex_value(value)))
    if document.address:
        fields.append(("url", document.address))
    fields += [("howpublished", _bibtex_value(document.archive)), ("langid", document.language)]
    body = ",\n".join(f"  {key} = {value if value.startswith('{') else '{' + value + '}'}" for key, value in fields)
    return f"@misc{{{document.id},\n{body}\n}}\n"


def ris(document: Cited) -> str:
    """An RIS record: GEN (generic) for speeches, GOVDOC for what a body issued."""
    kind = "GEN" if document.genre in rules.spoken_genres() or not document.authors else "GOVDOC"
    lines = [("TY", kind), ("TI", document.title)]
    lines += [("AU", name) for name in document.authors]
    if document.date:
        lines += [("PY", document.date[:4]), ("DA", document.date.replace("-", "/"))]
    for tag, value in (("M3", document.genre), ("M1", document.doc_number)):
        if value:
            lines.append((tag, value))
    if document.address:
        lines.append(("UR", document.address))
    lines += [("DB", document.archive), ("AN", document.id), ("LA", document.language), ("ER", "")]
    return "".join(f"{tag}  - {value}\r\n" for tag, value in lines)


def csl_json(document: Cited) -> str:
    """A CSL-JSON item (the format Zotero, Mendeley and citeproc read), in a one-item list."""
    item: dict = {
        "id": document.id,
        "type": "speech" if document.genre in rules.spoken_genres() else "document",
        "title": document.title,
        "author": [{"literal": name} for name in document.authors],
        "language": document.language,
        "archive": document.archive,
        "archive_location": document.id,
    }
    if document.address:
        item["URL"] = document.address
    if document.date:
        item["issued"] = {"date-parts": [[int(part) for part in document.date.split("-")]]}
    for key, value in (("genre", document.genre), ("number", document.doc_number)):
        if value:
            item[key] = value
    if item["type"] == "speech" and document.place:
        item["event-place"] = document.place
    return json.dumps([item], ensure_ascii=False, indent=2) + "\n"
