"""Reusing files of an earlier build: hard links where the file system allows, copies where not."""
from __future__ import annotations

import os
import shutil
from pathlib import Path


def link_or_copy(source: str, target: str) -> None:
    """Hard-link a reused file (no space, no time); copy it when it is on another file system."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def reuse_tree(source: Path, target: Path) -> None:
    """Put an earlier build's folder at `target`, file for file (folder times are not copied: no page depends on them)."""
    for folder, _, files in os.walk(source):
        destination = target / Path(folder).relative_to(source)
        destination.mkdir(parents=True, exist_ok=True)
        for name in files:
            link_or_copy(os.path.join(folder, name), str(destination / name))
