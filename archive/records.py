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
    format: str  # "text", "html" or "docx"

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
    """The document's own text with the site's boilerplate removed."""

    title: str | None
    blocks: tuple[Block, ...]
    truncated_by: str | None  # the cut-off notice or reason, if the source is a truncated preview
    published: str | None  # the page's publish/upload stamp, YYYY-MM-DD
    original_name: str | None  # the sold file's name shown on the page
    site: str | None
    removed: tuple[str, ...] = field(default=())  # every line dropped, for review and tests


@dataclass(frozen=True)
class Metadata:
    """What the importer could determine about a document; None means unknown."""

    title: str | None
    date: str | None  # YYYY, YYYY-MM or YYYY-MM-DD
    date_source: str  # "text", "page" or "none"
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

    @property
    def year(self) -> str | None:
        date = self.meta.get("date")
        return str(date)[:4] if date else None
