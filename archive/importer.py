"""Import raw documents: read -> clean -> extract metadata -> write a Markdown page and keep the original."""
from __future__ import annotations

import dataclasses
import hashlib
import os
import shutil
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from . import cleaning, locking, metadata, pages
from .import_cache import ImportCache
from .parallel import in_parallel
from .reading import MAX_SOURCE_BYTES, SUPPORTED_SUFFIXES, RawDocument, SourceError, read_source

MIN_BODY_CHARS = 10
MIN_HAN_CHARS = 10
NULLABLE_FIELDS = ("title", "date", "unit", "speaker", "place", "genre", "doc_number")
PROGRESS_AFTER = 20
PROGRESS_LINE_EVERY = 100
FILES_PER_BATCH = 400  # read in parallel, then written in order; bounds what is held in memory at once
FILES_PER_TASK = 2  # a long PDF can take seconds: small tasks keep both cores busy meanwhile
STAND_IN_TITLE_MAX = 40


@dataclass
class ImportReport:
    imported: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (file, which page already holds it)
    repaired: list[tuple[str, str]] = field(default_factory=list)  # (file, what reading had to repair)
    nulls: Counter = field(default_factory=Counter)

    def summary(self) -> str:
        lines = [
            f"imported:  {len(self.imported)}",
            f"unchanged: {len(self.unchanged)}",
            f"skipped:   {len(self.skipped)}",
        ]
        lines += [f"  - {reason}" for _, reason in self.skipped]
        if self.repaired:
            lines.append(f"imported with damage: {len(self.repaired)}")
            lines += [f"  - {file}: {problem}" for file, problem in self.repaired]
        if self.duplicates:
            lines.append(f"duplicates: {len(self.duplicates)} (not imported again)")
            lines += [f"  - {reason}" for _, reason in self.duplicates]
        if self.imported:
            lines.append("fields left null (of imported pages):")
            lines += [f"  {name:<11}{self.nulls.get(name, 0)}" for name in NULLABLE_FIELDS]
        return "\n".join(lines)


def collect_files(paths: list[Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """The source files named, with folders expanded, in a stable order; and the ones refused, with why.

    A symbolic link is followed only when it stays inside the folder it was given in (a file
    named on its own: its folder), so an import cannot copy a file of the machine into sources/.
    """
    found: list[Path] = []
    refused: list[tuple[str, str]] = []
    for path in paths:
        if path.is_dir() and not path.is_symlink():
            folder = path.resolve()
            before = len(found) + len(refused)
            for candidate in sorted(_walk(path)):
                if candidate.suffix.lower() not in SUPPORTED_SUFFIXES:
                    continue
                if _leaves(candidate, folder):
                    refused.append((str(candidate), f"{candidate}: a symbolic link to {candidate.resolve()}, outside {path}; not imported"))
                elif candidate.is_file():
                    found.append(candidate)
            if len(found) + len(refused) == before:
                refused.append((str(path), f"{path}: no file to import in it (expected .txt, .md, .html, .docx or .pdf)"))
        elif path.is_dir():
            refused.append((str(path), f"{path}: a symbolic link to a folder; give the folder itself"))
        elif path.is_symlink() and _leaves(path, path.parent.resolve()):
            refused.append((str(path), f"{path}: a symbolic link to {path.resolve()}, outside its folder; not imported"))
        else:
            found.append(path)
    return found, refused


def _walk(folder: Path):
    """Every file under a folder, not descending into symbolically linked folders."""
    for root, _, files in os.walk(folder, followlinks=False):
        for name in files:
            yield Path(root) / name


def _leaves(path: Path, folder: Path) -> bool:
    return path.is_symlink() and not path.resolve().is_relative_to(folder)


def page_id(path: Path) -> str:
    """A URL-safe id: the file name where it is one, else a stable hash of the content."""
    if pages.SAFE_ID.match(path.stem):
        return path.stem
    return f"doc-{hashlib.sha256(path.read_bytes()).hexdigest()[:16]}"


def import_paths(paths: list[Path], out_dir: Path, sources_dir: Path, force: bool = False, backups_dir: Path | None = None) -> ImportReport:
    with locking.exclusive(out_dir.parent, f"import into {out_dir.name}/"):
        return _import_all(paths, out_dir, sources_dir, force, backups_dir)


def _import_all(paths: list[Path], out_dir: Path, sources_dir: Path, force: bool, backups_dir: Path | None) -> ImportReport:
    report = ImportReport()
    files, refused = collect_files(paths)
    report.skipped.extend(refused)
    known = KnownDocuments.of(out_dir)
    cache = ImportCache.of(out_dir)
    progress = _Progress(len(files))
    for start in range(0, len(files), FILES_PER_BATCH):
        batch = files[start:start + FILES_PER_BATCH]
        to_read = []
        for path in batch:
            try:
                if not _unchanged(path, out_dir, sources_dir, force, report, known, cache):
                    to_read.append(path)
            except Exception as error:  # a reader library failing on a malformed file must not stop the batch
                report.skipped.append((str(path), skip_reason(path, error)))
        read = in_parallel(lambda positions: [_read_and_extract(to_read[position]) for position in positions], len(to_read), per_task=FILES_PER_TASK)
        for path, extracted in zip(to_read, read):
            try:
                _write_page(path, extracted, out_dir, sources_dir, force, backups_dir or out_dir.parent / "backups", report, known, cache)
            except Exception as error:
                report.skipped.append((str(path), skip_reason(path, error)))
        progress.advance(len(batch))
    progress.close()
    cache.save()
    return report


def skip_reason(path: Path, error: Exception) -> str:
    """Why a file was not imported, naming it."""
    if isinstance(error, SourceError):
        return str(error)
    if isinstance(error, OSError):
        return f"{path}: {error.strerror or error}"
    return f"{path}: could not be read ({type(error).__name__}: {_first_line(error)})"


def _first_line(error: Exception) -> str:
    text = str(error).strip().splitlines()
    return text[0][:200] if text else "no detail"


@dataclass
class KnownDocuments:
    """The pages already in the output folder: which original each id holds, and which id holds each original."""

    source_of: dict[str, tuple[str, str]]  # page id -> (source file, sha256)
    id_of: dict[str, str]  # sha256 of an original -> page id

    @classmethod
    def of(cls, out_dir: Path) -> KnownDocuments:
        known = cls({}, {})
        for page_path in sorted(out_dir.glob("*.md")) if out_dir.is_dir() else []:
            try:
                source = pages.recorded_source(page_path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError):
                continue
            if source:
                known.add(page_path.stem, *source)
        return known

    def add(self, page_id: str, file: str, sha256: str) -> None:
        self.source_of[page_id] = (file, sha256)
        self.id_of.setdefault(sha256, page_id)

    def free_id(self, wanted: str, file_type: str, sha256: str) -> str:
        """`wanted` unless another document holds it; then the id with its file type, then with a digest."""
        for candidate in (wanted, f"{wanted[:70]}-{file_type}", f"{wanted[:60]}-{sha256[:12]}"):
            holder = self.source_of.get(candidate)
            if holder is None or holder[1] == sha256:
                return candidate
        return f"doc-{sha256[:16]}"


class _Progress:
    """A progress bar on a terminal; elsewhere (a log, CI) a line every PROGRESS_LINE_EVERY files."""

    def __init__(self, total: int):
        self.total, self.done = total, 0
        self.bar = None
        if total >= PROGRESS_AFTER and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, desc="importing", unit="file")

    def advance(self, count: int) -> None:
        before, self.done = self.done, self.done + count
        if self.bar is not None:
            self.bar.update(count)
        elif self.total >= PROGRESS_AFTER and (self.done // PROGRESS_LINE_EVERY > before // PROGRESS_LINE_EVERY or self.done == self.total):
            print(f"importing: {self.done}/{self.total} files", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


@dataclass
class Extracted:
    """What reading, cleaning and extraction made of one file, or why they could not (as the reason to skip it).

    A failure to read leaves `raw` None; a failure after reading keeps `raw`, so that a duplicate
    is still reported as one.
    """

    raw: RawDocument | None = None
    clean: cleaning.CleanText | None = None
    meta: metadata.Metadata | None = None
    failure: str | None = None


def _read_and_extract(path: Path) -> Extracted:
    """Read -> clean -> extract for one file: the costly part of an import, run in worker processes."""
    extracted = Extracted()
    try:
        if not path.is_file():
            raise SourceError(path, "no such file" if not path.exists() else "not a file")
        extracted.raw = read_source(path)
        extracted.clean = cleaning.clean(extracted.raw.text, extracted.raw.title_hints, extracted.raw.declared)
        body_chars = sum(len(block.text) for block in extracted.clean.blocks)
        if body_chars < MIN_BODY_CHARS:
            raise SourceError(path, f"no document text left after removing boilerplate ({body_chars} characters)")
        han_chars = sum(1 for block in extracted.clean.blocks for char in block.text if "\u3400" <= char <= "\u9fff")
        if han_chars < MIN_HAN_CHARS:
            raise SourceError(path, f"not a Chinese document ({han_chars} Chinese characters in the text)")
        meta = metadata.extract(extracted.clean)
        extracted.meta = dataclasses.replace(meta, warnings=meta.warnings + extracted.raw.problems)
    except Exception as error:  # reported for this file alone, by the parent process
        extracted.failure = skip_reason(path, error)
    return extracted


def _unchanged(path: Path, out_dir: Path, sources_dir: Path, force: bool, report: ImportReport, known: KnownDocuments, cache: ImportCache) -> bool:
    """Whether this file already made its page, as it stands, with this importer (then it is reported unchanged)."""
    if force or not path.is_file() or path.suffix.lower() not in SUPPORTED_SUFFIXES or path.stat().st_size > MAX_SOURCE_BYTES:
        return False
    sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
    identifier = known.free_id(page_id(path), path.suffix.lower().lstrip("."), sha256)
    unchanged_page = out_dir / f"{identifier}.md"
    if cache.unchanged(sha256, unchanged_page) and (sources_dir / (identifier + path.suffix.lower())).is_file():
        report.unchanged.append(str(unchanged_page))
        return True
    return False


def _write_page(path: Path, extracted: Extracted, out_dir: Path, sources_dir: Path, force: bool, backups_dir: Path, report: ImportReport, known: KnownDocuments, cache: ImportCache) -> None:
    raw = extracted.raw
    if raw is None:
        report.skipped.append((str(path), extracted.failure))
        return
    identifier = known.free_id(page_id(path), path.suffix.lower().lstrip("."), raw.sha256)
    holder = known.id_of.get(raw.sha256)
    if holder is not None and holder != identifier and (out_dir / f"{holder}.md").exists():
        report.duplicates.append((str(path), f"{path}: the same document (SHA-256 {raw.sha256[:12]}…) is already imported as {out_dir / holder}.md"))
        return
    if extracted.failure is not None:
        report.skipped.append((str(path), extracted.failure))
        return
    clean, meta = extracted.clean, extracted.meta
    source_name = identifier + path.suffix.lower()
    page_path = out_dir / f"{identifier}.md"
    existing = page_path.read_text(encoding="utf-8") if page_path.exists() else None
    imported = (existing and pages.recorded_import_time(existing)) or datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    text = pages.page_text(identifier, clean, meta, f"sources/{source_name}", raw.sha256, raw.encoding, imported, stand_in_title(clean, path))
    try:
        pages.parse_page(page_path, text)
    except pages.PageError as error:  # never write a page that the build would refuse
        raise SourceError(path, f"the page made from it would be invalid ({error}); nothing was written") from error
    if existing is not None:
        if existing == text:
            _keep_original(path, raw.data, sources_dir / source_name)  # put back an original that went missing
            cache.record(raw.sha256, text)
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
    cache.record(raw.sha256, text)
    known.add(identifier, f"sources/{source_name}", raw.sha256)
    report.imported.append(str(page_path))
    report.repaired.extend((str(path), problem) for problem in raw.problems)
    for name in NULLABLE_FIELDS:
        if getattr(meta, name) is None:
            report.nulls[name] += 1


def stand_in_title(clean, path: Path) -> str:
    """A title for a document whose own could not be found: its first heading, else its first line when
    that is shaped as a headline, else the file name."""
    for block in clean.blocks:
        if block.kind == "heading" and len(block.text) <= STAND_IN_TITLE_MAX:
            return block.text.strip()
    if len(clean.blocks) > 1 and cleaning.headline_shaped(clean.blocks[0].text):
        return clean.blocks[0].text.strip()
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
