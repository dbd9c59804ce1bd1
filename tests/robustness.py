"""Does the importer read a document the same however its copy was made? Each Simplified text of the
development half is changed as real copies differ, imported again, and compared field by field with
the text as it is; the figure is how many texts give another value. --list lists them.

- Traditional script: converted with OpenCC's s2t, phrase by phrase, as mirror sites and Hong Kong, Macao
  and Taiwan pages print it; a value is the same if it reads the same converted back (phrase by phrase) or
  folded (character by character, as search and the rules read it: 覆函 is 复函). The rules are written in Simplified and
  must read Traditional text folded; a change is a rule that does not. Some changes are no fault: a
  Traditional text naming 香港 or 臺中 is placed there (a mainland text converted is the exception).
- Empty lines: an empty line after every line, as a page saved from HTML may put one between its lines
  where another copy puts none. A change is a rule that counts lines rather than the lines printed.
- Wrapped paragraphs: each paragraph cut every 28 characters, as a 公文's PDF prints it (texts of 15 lines or
  more). The importer rejoins text wrapped at one width; a change is a line it joined or cut wrongly, or a
  first or last paragraph it rejoined otherwise.

    .venv/bin/python tests/robustness.py [--list]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive import cleaning, metadata  # noqa: E402
from archive.cleaning.lines import printed_width  # noqa: E402
from archive.folding import fold  # noqa: E402
from archive.reading import read_source  # noqa: E402
from tests.corpus_eval import load_cases, squeeze  # noqa: E402

FIELDS = ("title", "date", "unit", "speaker", "place", "genre", "doc_number", "first", "last")
SHOWN = 40
TO_TRADITIONAL, TO_SIMPLIFIED = opencc.OpenCC("s2t"), opencc.OpenCC("t2s")


def fields_of(text: str, hints: list[str]) -> dict[str, str | None]:
    clean = cleaning.clean(text, hints)
    found = metadata.extract(clean)
    blocks = [block.text for block in clean.blocks]
    return {
        "title": clean.title if clean.title_found else None, "date": found.date, "unit": found.unit, "speaker": found.speaker,
        "place": found.place, "genre": found.genre, "doc_number": found.doc_number,
        "first": blocks[0] if blocks else None, "last": blocks[-1] if blocks else None,
    }


PDF_LINE = 28  # characters in a line of a 公文 (GB/T 9704-2012)
PARAGRAPH_MIN = 60
WRAPPED_TEXT_LINES_MIN = 15


def wrapped_as_in_a_pdf(text: str) -> str:
    """Each paragraph (a line of more than 60 characters ending a sentence) cut every 28 characters, as a 公文's PDF
    prints it; a text of fewer than 15 lines, one flattened by its page, as it is."""
    lines = text.split("\n")
    if sum(1 for line in lines if line.strip()) < WRAPPED_TEXT_LINES_MIN:
        return text
    wrapped = []
    for line in lines:
        if len(line) > PARAGRAPH_MIN and line.rstrip().endswith("。"):
            start = 0
            for end in range(1, len(line) + 1):
                if printed_width(line[start:end]) > PDF_LINE:  # figures and Latin letters take half a character's width
                    wrapped.append(line[start:end - 1])
                    start = end - 1
            wrapped.append(line[start:])
        else:
            wrapped.append(line)
    return "\n".join(wrapped)


# each change: its name and how it changes a text
CHANGES: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("Traditional script (OpenCC s2t)", TO_TRADITIONAL.convert),
    ("an empty line after every line", lambda text: text.replace("\n", "\n\n")),
    ("paragraphs wrapped as in a PDF", wrapped_as_in_a_pdf),
)


def same(before: str | None, after: str | None) -> bool:
    if before is None or after is None:
        return before is after
    return squeeze(before) == squeeze(TO_SIMPLIFIED.convert(after)) or fold(squeeze(before)) == fold(squeeze(after))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--list", action="store_true", help="list every change")
    arguments = parser.parse_args(argv)
    texts = []
    for case in load_cases():
        if case.half == "dev" and case.raw.suffix == ".txt":
            raw = read_source(case.raw)
            if TO_SIMPLIFIED.convert(raw.text) == raw.text:  # printed in Simplified only
                texts.append((case.id, raw.text, list(raw.title_hints), fields_of(raw.text, raw.title_hints)))
    print(f"Robustness: {len(texts)} Simplified development texts, changed as copies differ; texts whose value changed")
    print("  field       " + " | ".join(name for name, _ in CHANGES))
    counts: list[Counter[str]] = []
    listed = []
    for name, change in CHANGES:
        changed: Counter[str] = Counter()
        for case_id, text, hints, before in texts:
            after = fields_of(change(text), [change(hint) for hint in hints])
            for field in FIELDS:
                if not same(before[field], after[field]):
                    changed[field] += 1
                    listed.append(f"    [{name}] {case_id} {field}: {str(before[field])[:SHOWN]!r} -> {str(after[field])[:SHOWN]!r}")
        counts.append(changed)
    for field in FIELDS:
        print(f"  {field:<11} " + " | ".join(f"{changed[field]:>{len(name)}}" for (name, _), changed in zip(CHANGES, counts)))
    if arguments.list:
        print("\n".join(listed))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
