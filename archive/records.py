"""The typed records that flow between the pipeline stages."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class RawDocument:
    """A source file as read from disk, decoded to text."""

    path: Path
    data: bytes
    text: str
    encoding: str
    format: str  # "text", "markdown", "html", "docx" or "pdf"
    title_hints: tuple[str, ...] = ()  # titles the file declares (an HTML page's <h1> and <title>)
    problems: tuple[str, ...] = ()  # what reading had to repair (undecodable bytes), kept as page warnings
    declared: tuple[tuple[str, str], ...] = ()  # what a government site's page declares in its <meta> tags, as portal fields

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class Block:
    """One paragraph or heading of a document body."""

    kind: str  # "paragraph" or "heading"
    text: str
    level: int = 0  # 2 for 一、 sections, 3 for (一) subsections


@dataclass(frozen=True)
class CleanText:
    """The document's own text with the site's boilerplate removed, and the parts around it."""

    title: str | None
    blocks: tuple[Block, ...]
    truncated_by: str | None  # the cut-off notice or reason, if the source is a truncated preview
    published: str | None  # the page's publish/upload stamp, YYYY-MM-DD
    original_name: str | None  # the sold file's name shown on the page
    site: str | None
    removed: tuple[str, ...] = field(default=())  # every line dropped, for review and tests
    title_found: bool = True  # False: no line has a title's shape; the title is a stand-in to review
    subtitle: str | None = None
    byline: tuple[str, ...] = ()  # speaker, office, date or a law's note of adoption, under the title
    header: tuple[str, ...] = ()  # issuer's mark, 发文字号, secrecy and signer lines above the title
    doc_number: str | None = None  # printed with the title or in the header
    recipients: str | None = None  # the 主送 line (also the body's first line)
    signature: tuple[str, ...] = ()  # the issuer's signature lines above the 成文日期 (also in the body)
    signed_date: str | None = None  # the 成文日期 line as printed (also in the body)
    released: str | None = None  # a press release's day and weekday under its text, taken out of the body
    cc: tuple[str, ...] = ()  # 抄送 and 印发 lines, taken out of the body
    fields: tuple[tuple[str, str], ...] = ()  # a portal's metadata table: (field, value as printed)
    dateline: str | None = None  # a news report's dateline (新华社北京7月29日电(记者……)), also in byline
    credit: str | None = None  # the reporters credited after the last sentence ((記者:李雄 編輯:穆丁花)), taken out of the body
    preface: str | None = None  # the page's line announcing the speech printed whole below it (以下是獻詞原文:), also in header

    def field(self, name: str) -> str | None:
        return dict(self.fields).get(name) or None


@dataclass(frozen=True)
class Metadata:
    """What the importer could determine about a document; None means unknown."""

    title: str | None
    date: str | None  # YYYY, YYYY-MM or YYYY-MM-DD
    date_source: str  # "text", "page" or "none"
    date_kind: str | None  # 成文, 讲话, 通过, 发布 or 页面 (see archive/metadata/dates.py)
    unit: str | None
    unit_as_written: str | None
    speaker: str | None
    place: str | None
    genre: str | None
    themes: tuple[str, ...]
    doc_number: str | None
    complete: bool
    script: str  # "zh-Hans" or "zh-Hant"
    damaged: bool  # systematic conversion damage detected (see archive/repairs.py)
    repairs: int  # how many repairs the build will show
    extracted_from: dict[str, str]
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class Page:
    """A Markdown page of content/: validated front matter plus body."""

    id: str
    path: Path
    meta: dict
    body: str
    digest: str = ""  # SHA-256 of the page file as read: what a document's render key starts from

    @property
    def year(self) -> str | None:
        date = self.meta.get("date")
        return str(date)[:4] if date else None
