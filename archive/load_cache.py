"""A rebuild reads every page file, but parses and validates again only the pages that changed.

Parsing front matter is most of loading an archive (20,000 pages: YAML alone is two thirds of it),
and checking each page's original means reading and hashing every file in sources/. The cache
kept beside the site holds, for each page file, the SHA-256 of its text and its validated front
matter, and for each original its modification time, size and SHA-256. A page whose text has
the recorded digest, under the same code and rules, gets the recorded front matter; its
original is still checked, by hash unless its time and size are as recorded (as `make` and rsync
judge files; a file modified in the last two seconds is always hashed again).
"""
from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from .import_cache import code_and_rules_digest

RECENT_NS = 2 * 10**9  # a file this new may be written again within its time stamp's resolution


@dataclass
class LoadCache:
    version: str  # the code and rules the front matter was validated by
    metas: dict[str, tuple[str, dict]] = field(default_factory=dict)  # page file name -> (SHA-256 of its text, its front matter)
    originals: dict[str, tuple[int, int, str]] = field(default_factory=dict)  # original's path -> (mtime_ns, size, SHA-256)
    changed: bool = False

    def front_matter(self, name: str, digest: str) -> dict | None:
        """The validated front matter of page file `name` when its text is as it was; a fresh copy."""
        recorded = self.metas.get(name)
        return orjson.loads(recorded[1]) if recorded and recorded[0] == digest else None

    def remember(self, name: str, digest: str, meta: dict) -> None:
        """Keep a page's validated front matter, if JSON gives it back exactly (YAML can write keys JSON cannot)."""
        encoded = json.dumps(meta, ensure_ascii=False)
        if json.loads(encoded) == meta:
            self.metas[name] = (digest, encoded)
            self.changed = True

    def original_sha256(self, path: Path) -> str:
        """The SHA-256 of an original, hashed again only when its time or size changed."""
        status = path.stat()
        recorded = self.originals.get(str(path))
        if recorded and recorded[:2] == (status.st_mtime_ns, status.st_size) and status.st_mtime_ns < time.time_ns() - RECENT_NS:
            return recorded[2]
        sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
        self.originals[str(path)] = (status.st_mtime_ns, status.st_size, sha256)
        self.changed = True
        return sha256

    def keep_only(self, names: set[str], originals: set[str]) -> None:
        """Forget pages and originals that are gone."""
        for recorded, kept in ((self.metas, names), (self.originals, originals)):
            for key in set(recorded) - kept:
                del recorded[key]
                self.changed = True


def cache_file(output: Path) -> Path:
    """Beside the site, hidden, never published."""
    return output.with_name(f".load-cache-{output.name}.json")


def load(output: Path) -> LoadCache:
    """The cache of the last load for the site in `output`; an empty one if there is none, it is unreadable,
    or the code and rules have changed since."""
    version = code_and_rules_digest()
    try:
        data = orjson.loads(cache_file(output).read_bytes())
        if data["version"] != version:
            return LoadCache(version)
        metas = {name: (digest, encoded) for name, (digest, encoded) in data["metas"].items()
                 if isinstance(digest, str) and isinstance(encoded, str)}
        originals = {path: (int(mtime), int(size), str(sha256)) for path, (mtime, size, sha256) in data["originals"].items()}
    except (OSError, ValueError, KeyError, TypeError):
        return LoadCache(version)
    return LoadCache(version, metas, originals)


def save(output: Path, cache: LoadCache) -> None:
    if not cache.changed or not output.parent.is_dir():
        return
    temporary = cache_file(output).with_suffix(".tmp")
    data = {"version": cache.version, "metas": dict(sorted(cache.metas.items())), "originals": dict(sorted(cache.originals.items()))}
    temporary.write_bytes(orjson.dumps(data))
    os.replace(temporary, cache_file(output))
