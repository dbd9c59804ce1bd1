"""Write rules/pair_frequencies.tsv: in how many documents of tests/corpus/ each pair of adjacent
Chinese characters occurs (in each document's text as the importer cleans it; pairs in at least two
documents), the background against which the build
judges how telling a pair is when it compares texts (archive/similarity.py).

Run it again after adding documents to the corpus:  .venv/bin/python scripts/pair_frequencies.py
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive import cleaning  # noqa: E402
from archive.reading import read_source  # noqa: E402
from archive.rules import PAIR_FREQUENCIES, RULES_DIR  # noqa: E402
from archive.similarity import pair_frequencies  # noqa: E402
from tests.corpus_eval import load_cases  # noqa: E402
LEAST = 2  # a pair in one document tells nothing about any other


def cleaned_text(path: Path) -> str:
    raw = read_source(path)
    return "\n".join(block.text for block in cleaning.clean(raw.text, raw.title_hints).blocks)


def table() -> str:
    counted = pair_frequencies(cleaned_text(case.raw) for case in load_cases())
    kept = sorted((pair, count) for pair, count in counted.texts_with.items() if count >= LEAST)
    return "".join([f"# documents\t{counted.documents}\n", *(f"{pair}\t{count}\n" for pair, count in kept)])


if __name__ == "__main__":
    (RULES_DIR / PAIR_FREQUENCIES).write_text(table(), encoding="utf-8")
