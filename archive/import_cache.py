"""Re-importing an unchanged file skips the work: which page each original last made, by content hash.

An entry says: the original with this SHA-256 made a page whose text had this SHA-256, under
this version of the importer (a digest of its code and rules). A file whose original, page and
importer are all as recorded is reported unchanged without being read, cleaned or written again;
anything else (an edited page, a new rule) is imported as usual.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

CACHE_FILE = ".import-cache.json"
PACKAGE = Path(__file__).resolve().parent
RULES = PACKAGE.parent / "rules"


@lru_cache(maxsize=1)
def importer_version() -> str:
    """A digest of every file that decides what a page says, read once per process (an import is short)."""
    return code_and_rules_digest()


def code_and_rules_digest() -> str:
    """A digest of the pipeline's code and the rule files, as they are now (`serve --watch` lives long)."""
    digest = hashlib.sha256()
    for path in sorted([*PACKAGE.rglob("*.py"), *(path for path in RULES.iterdir() if path.is_file())]):  # yaml rules and the pair counts
        digest.update(str(path.relative_to(PACKAGE.parent)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class ImportCache:
    path: Path
    pages: dict[str, str] = field(default_factory=dict)  # SHA-256 of an original -> SHA-256 of the page it made

    @classmethod
    def of(cls, out_dir: Path) -> ImportCache:
        path = out_dir / CACHE_FILE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls(path)
        if not isinstance(data, dict) or data.get("importer") != importer_version() or not isinstance(data.get("pages"), dict):
            return cls(path)  # another importer made these pages: every file is imported again
        return cls(path, {key: value for key, value in data["pages"].items() if isinstance(key, str) and isinstance(value, str)})

    def unchanged(self, source_sha256: str, page_path: Path) -> bool:
        """Whether this original already made this page, as it stands, with this importer."""
        expected = self.pages.get(source_sha256)
        if expected is None or not page_path.is_file():
            return False
        try:
            return text_digest(page_path.read_text(encoding="utf-8")) == expected
        except (OSError, UnicodeDecodeError):
            return False

    def record(self, source_sha256: str, page_text: str) -> None:
        self.pages[source_sha256] = text_digest(page_text)

    def save(self) -> None:
        if not self.path.parent.is_dir():
            return
        temporary = self.path.with_name(f"{self.path.name}.tmp")
        temporary.write_text(json.dumps({"importer": importer_version(), "pages": dict(sorted(self.pages.items()))}, indent=0), encoding="utf-8")
        os.replace(temporary, self.path)
