"""What `build.py serve --watch` looks at: the files a build reads, and whether any changed."""
from __future__ import annotations

from pathlib import Path

Snapshot = dict[str, tuple[int, int]]  # path -> (modification time in ns, size)


def snapshot(folders: list[Path]) -> Snapshot:
    """Every file under the folders (and each file given itself), with its modification time and size."""
    found: Snapshot = {}
    for folder in folders:
        paths = [folder] if folder.is_file() else folder.rglob("*") if folder.is_dir() else []
        for path in paths:
            if path.name.startswith(".") or not path.is_file():
                continue
            try:
                status = path.stat()
            except OSError:  # removed while we looked: the next look sees it gone
                continue
            found[str(path)] = (status.st_mtime_ns, status.st_size)
    return found


def changed(before: Snapshot, after: Snapshot) -> list[str]:
    """The files added, removed or modified between two snapshots, sorted."""
    return sorted(path for path in before.keys() | after.keys() if before.get(path) != after.get(path))
