"""Import raw documents: read -> clean -> extract metadata -> write a Markdown page and keep the original."""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from . import cleaning, metadata, pages
from .reading import SUPPORTED_SUFFIXES, SourceError, read_source

MIN_BODY_CHARS = 10
MIN_HAN_CHARS = 10
NULLABLE_FIELDS = ("title", "date", "unit", "speaker", "place", "genre", "doc_number")
PROGRESS_AFTER = 20
STAND_IN_TITLE_MAX = 40


@dataclass
class ImportReport:
    imported: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    nulls: Counter = field(default_factory=Counter)

    def summary(self) -> str:
        lines = [
            f"imported:  {len(self.imported)}",
            f"unchanged: {len(self.unchanged)}",
            f"skipped:   {len(self.skipped)}",
        ]
        lines += [f"  - {reason}" for _, reason in self.skipped]
        if self.imported:
            lines.append("fields left null (of imported pages):")
            lines += [f"  {name:<11}{self.nulls.get(name, 0)}" for name in NULLABLE_FIELDS]
        return "\n".join(lines)


def collect_files(paths: list[Path]) -> list[Path]:
    """The source files named, with folders expanded, in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES))
        else:
            found.append(path)
    return found


def page_id(path: Path) -> str:
    """A URL-safe id: the file name where it is one, else a stable hash of the content."""
    if pages.SAFE_ID.match(path.stem):
        return path.stem
    return f"doc-{hashlib.sha256(path.read_bytes()).hexdigest()[:16]}"


def import_paths(paths: list[Path], out_dir: Path, sources_dir: Path, force: bool = False, backups_dir: Path | None = None) -> ImportReport:
    report = ImportReport()
    files = collect_files(paths)
    progress = _progress(files)
    for path in progress:
        try:
            _import_one(path, out_dir, sources_dir, force, backups_dir or out_dir.parent / "backups", report)
        except SourceError as error:
            report.skipped.append((str(path), str(error)))
        except OSError as error:
            report.skipped.append((str(path), f"{path}: {error.strerror or error}"))
    return report


def _progress(files: list[Path]):
    if len(files) < PROGRESS_AFTER or not sys.stderr.isatty():
        return files
    from tqdm import tqdm

    return tqdm(files, desc="importing", unit="file")


def _import_one(path: Path, out_dir: Path, sources_dir: Path, force: bool, backups_dir: Path, report: ImportReport) -> None:
    if not path.is_file():
        raise SourceError(path, "no such file")
    raw = read_source(path)
    clean = cleaning.clean(raw.text, raw.title_hints)
    body_chars = sum(len(block.text) for block in clean.blocks)
    if body_chars < MIN_BODY_CHARS:
        raise SourceError(path, f"no document text left after removing boilerplate ({body_chars} characters)")
    han_chars = sum(1 for block in clean.blocks for char in block.text if "\u3400" <= char <= "\u9fff")
    if han_chars < MIN_HAN_CHARS:
        raise SourceError(path, f"not a Chinese document ({han_chars} Chinese characters in the text)")
    meta = metadata.extract(clean)
    identifier = page_id(path)
    source_name = identifier + path.suffix.lower()
    text = pages.page_text(identifier, clean, meta, f"sources/{source_name}", raw.sha256, raw.encoding, stand_in_title(clean, path))
    page_path = out_dir / f"{identifier}.md"
    try:
        pages.parse_page(page_path, text)
    except pages.PageError as error:  # never write a page that the build would refuse
        raise SourceError(path, f"the page made from it would be invalid ({error}); nothing was written") from error
    if page_path.exists():
        existing = page_path.read_text(encoding="utf-8")
        if existing == text:
            report.unchanged.append(str(page_path))
            return
        if pages.is_hand_edited(existing):
            if not force:
                raise SourceError(path, f"{page_path} was edited by hand; kept it (use --force to replace it, a backup is kept)")
            backups_dir.mkdir(parents=True, exist_ok=True)
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            shutil.copy2(page_path, backups_dir / f"{identifier}.{stamp}.md")
    _keep_original(path, raw.data, sources_dir / source_name)
    _write_atomically(page_path, text)
    report.imported.append(str(page_path))
    for name in NULLABLE_FIELDS:
        if getattr(meta, name) is None:
            report.nulls[name] += 1


def stand_in_title(clean, path: Path) -> str:
    """A title for a document whose own could not be found: its first heading, else the file name."""
    for block in clean.blocks:
        if block.kind == "heading" and len(block.text) <= STAND_IN_TITLE_MAX:
            return block.text.strip()
    return path.stem


def _keep_original(path: Path, data: bytes, target: Path) -> None:
    if target.exists():
        if target.read_bytes() != data:
            raise SourceError(path, f"{target} already holds a different document with the same name")
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, target)


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)
