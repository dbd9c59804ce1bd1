"""The import fixture set: raw files made from tests/fixtures/import/, and their expectations."""
from __future__ import annotations

import io
from pathlib import Path

import yaml

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "import"
FIELDS = ("title", "date", "date_source", "unit", "speaker", "place", "genre", "themes", "doc_number", "complete", "script")


def cases() -> list[dict]:
    return yaml.safe_load((FIXTURES / "cases.yaml").read_text(encoding="utf-8"))


def materialise(case: dict, folder: Path) -> Path:
    """Write the raw file as the importer would receive it (transcoded, or as a real .docx)."""
    text = (FIXTURES / case["file"]).read_text(encoding="utf-8")
    if case["encoding"] == "docx":
        import docx

        document = docx.Document()
        for line in text.splitlines():
            document.add_paragraph(line)
        buffer = io.BytesIO()
        document.save(buffer)
        target = folder / case["file"].removesuffix(".txt")
        target.write_bytes(buffer.getvalue())
        return target
    target = folder / case["file"]
    target.write_bytes(text.encode(case["encoding"]))
    return target
