"""Rewrite tests/golden/ from sources/ after a deliberate change to cleaning or metadata.

Run `make golden`, then read the diff (git diff tests/golden) before committing it.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.golden_pages import GOLDEN, SOURCES, expected_page  # noqa: E402

if __name__ == "__main__":
    GOLDEN.mkdir(exist_ok=True)
    for source in sorted(SOURCES.glob("*.txt")):
        (GOLDEN / f"{source.stem}.md").write_text(expected_page(source), encoding="utf-8")
        print(f"wrote tests/golden/{source.stem}.md")
