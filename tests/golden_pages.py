"""How a golden page is produced: the importer's output for a file in sources/."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from archive import cleaning, metadata, pages
from archive.reading import read_source

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "sources"
GOLDEN = ROOT / "tests" / "golden"
FIXED_TODAY = date(2026, 1, 1)
SEEDS_IMPORTED = "2026-11-23T17:31:21Z"  # when the bundled pages were first imported (their first commit)


def expected_page(source: Path) -> str:
    raw = read_source(source)
    clean = cleaning.clean(raw.text)
    meta = metadata.extract(clean, today=FIXED_TODAY)
    return pages.page_text(source.stem, clean, meta, f"sources/{source.name}", raw.sha256, raw.encoding, SEEDS_IMPORTED)
