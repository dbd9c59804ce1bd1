"""Does the importer read a document the same whatever its script? Prints, field by field, how many of
the development half's Simplified texts give another value once converted to Traditional (OpenCC's
s2t, phrase by phrase, as mirror sites and Hong Kong, Macao and Taiwan pages print them), and lists
them with --list.

Rules are written in Simplified and must read Traditional text folded; a change here is a rule that
does not. Some changes are no fault: a Traditional text naming 香港 or 臺中 is placed there (a mainland
text converted is the exception), and s2t writes words the way Taiwan does (批复 as 批覆), which no
rule should guess without a real document printing them.

    .venv/bin/python tests/script_robustness.py [--list]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive import cleaning, metadata  # noqa: E402
from archive.reading import read_source  # noqa: E402
from tests.corpus_eval import load_cases, squeeze  # noqa: E402

FIELDS = ("title", "date", "unit", "speaker", "place", "genre", "doc_number", "first", "last")
SHOWN = 40


def fields_of(text: str, hints: list[str]) -> dict[str, str | None]:
    clean = cleaning.clean(text, hints)
    found = metadata.extract(clean)
    blocks = [block.text for block in clean.blocks]
    return {
        "title": clean.title if clean.title_found else None, "date": found.date, "unit": found.unit, "speaker": found.speaker,
        "place": found.place, "genre": found.genre, "doc_number": found.doc_number,
        "first": blocks[0] if blocks else None, "last": blocks[-1] if blocks else None,
    }


def compared(value: str | None, converter: opencc.OpenCC) -> str | None:
    return None if value is None else squeeze(converter.convert(value))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--list", action="store_true", help="list every change")
    arguments = parser.parse_args(argv)
    to_traditional, to_simplified = opencc.OpenCC("s2t"), opencc.OpenCC("t2s")
    changed: Counter[str] = Counter()
    changes = []
    texts = 0
    for case in load_cases():
        if case.half != "dev" or case.raw.suffix != ".txt":
            continue
        raw = read_source(case.raw)
        if to_simplified.convert(raw.text) != raw.text:
            continue  # printed in Traditional, wholly or partly
        texts += 1
        simplified = fields_of(raw.text, raw.title_hints)
        traditional = fields_of(to_traditional.convert(raw.text), [to_traditional.convert(hint) for hint in raw.title_hints])
        for name in FIELDS:
            if compared(simplified[name], to_simplified) != compared(traditional[name], to_simplified):
                changed[name] += 1
                changes.append((case.id, name, simplified[name], traditional[name]))
    print(f"Script robustness: {texts} Simplified development texts converted to Traditional (OpenCC s2t)")
    print("  field       texts whose value changed")
    for name in FIELDS:
        print(f"  {name:<11}{changed[name]:>5}")
    if arguments.list:
        for case_id, name, before, after in changes:
            print(f"    {case_id} {name}: {str(before)[:SHOWN]!r} -> {str(after)[:SHOWN]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
