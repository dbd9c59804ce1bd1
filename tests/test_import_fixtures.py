"""The import fixture set: 18 realistic raw documents from 13 kinds of source, field by field.

Per-field accuracy is printed at the end of the run; anything below 100% fails.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from archive import importer
from archive.pages import read_page
from tests.import_cases import FIELDS, cases, materialise

CASES = cases()
CHECKED = FIELDS + ("first", "last")
TALLY: dict[str, Counter] = {field: Counter() for field in CHECKED}


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> dict[str, dict]:
    folder = tmp_path_factory.mktemp("import-fixtures")
    raw_folder = folder / "raw"
    raw_folder.mkdir()
    raw_files = {case["file"]: materialise(case, raw_folder) for case in CASES}
    report = importer.import_paths(list(raw_files.values()), folder / "content", folder / "sources", backups_dir=folder / "backups")
    assert not report.skipped, report.skipped
    results = {}
    for name, raw in raw_files.items():
        page = read_page(folder / "content" / f"{importer.page_id(raw)}.md", folder / "sources")
        blocks = [block.strip() for block in page.body.split("\n\n") if block.strip()]
        results[name] = {**{field: page.meta.get(field) for field in FIELDS}, "first": blocks[0], "last": blocks[-1]}
    return results


def test_the_set_covers_enough_documents_and_kinds_of_source():
    assert len(CASES) >= 15
    assert len({case["source"].split(" ")[0] for case in CASES}) >= 8
    assert {"utf-8", "utf-8-sig", "gb18030", "big5", "utf-16", "docx"} <= {case["encoding"] for case in CASES}
    assert any(case["file"].endswith(".html") for case in CASES)


@pytest.mark.parametrize("case", CASES, ids=[case["file"] for case in CASES])
def test_fixture_imports_with_the_expected_metadata_and_text(imported, case):
    found = imported[case["file"]]
    wrong = {}
    for field in CHECKED:
        expected = case["expect"][field]
        TALLY[field]["right" if found[field] == expected else "wrong"] += 1
        if found[field] != expected:
            wrong[field] = (found[field], expected)
    assert not wrong, f"(found, expected) per field: {wrong}"


def accuracy_report() -> str | None:
    if not any(TALLY[field] for field in CHECKED):
        return None
    cells = []
    for field in CHECKED:
        total = TALLY[field]["right"] + TALLY[field]["wrong"]
        cells.append(f"{field} {100 * TALLY[field]['right'] / total:.0f}%")
    return "import fixtures, per-field accuracy: " + ", ".join(cells)


def test_source_files_are_kept_byte_for_byte(tmp_path):
    case = next(case for case in CASES if case["encoding"] == "gb18030")
    raw = materialise(case, tmp_path)
    importer.import_paths([raw], tmp_path / "content", tmp_path / "sources", backups_dir=tmp_path / "backups")
    assert (tmp_path / "sources" / raw.name).read_bytes() == raw.read_bytes()
    assert Path(tmp_path / "content" / f"{raw.stem}.md").read_text(encoding="utf-8").count("encoding: gb18030") == 1
