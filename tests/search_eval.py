"""The query evaluation set: which documents each query must return, found by scanning the text.

The expected sets in tests/search_eval.yaml are what a plain scan of every page's
title and text finds. `python tests/search_eval.py` rewrites them after the
corpus changes; review the diff before committing.
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive.pages import read_page  # noqa: E402
from archive.search_index import normalise, query_terms  # noqa: E402
from archive.shown import reading_text  # noqa: E402

EVAL_FILE = ROOT / "tests" / "search_eval.yaml"
FIXTURES = ROOT / "tests" / "fixtures" / "search"


def corpus_pages() -> list[Path]:
    return sorted((ROOT / "content").glob("*.md")) + sorted(FIXTURES.glob("*.md"))


def copy_corpus(target: Path) -> Path:
    """content/ plus the search fixtures, in one folder ready to build."""
    target.mkdir(parents=True, exist_ok=True)
    for path in corpus_pages():
        shutil.copy(path, target / path.name)
    return target


def searchable_blocks() -> dict[str, list[str]]:
    blocks = {}
    for path in corpus_pages():
        page = read_page(path)
        reading = reading_text(page)
        texts = [page.meta["title"], *reading.source_blocks, *reading.repaired_blocks]
        blocks[page.id] = [normalise(text) for text in texts]
    return blocks


def scan(query: str, blocks: dict[str, list[str]]) -> list[str]:
    """Documents in which every term (separated by spaces or list punctuation) stands within one block.

    A block is the title or a paragraph, as printed or in its repaired reading.
    """
    terms = query_terms(query)
    return sorted(doc for doc, texts in blocks.items() if terms and all(any(term in text for text in texts) for term in terms))


def load() -> list[dict]:
    return yaml.safe_load(EVAL_FILE.read_text(encoding="utf-8"))


def regenerate() -> None:
    blocks = searchable_blocks()
    entries = load()
    lines = [
        "# Query evaluation set: each query and the exact documents it must return.",
        "# Expectations are a plain scan of title and text (tests/search_eval.py); regenerate",
        "# with `python tests/search_eval.py` after the corpus changes and review the diff.",
    ]
    for entry in entries:
        lines.append(f"- query: {json.dumps(entry['query'], ensure_ascii=False)}")
        lines.append(f"  why: {json.dumps(entry['why'], ensure_ascii=False)}")
        lines.append(f"  expect: {json.dumps(scan(entry['query'], blocks))}")
    EVAL_FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    regenerate()
