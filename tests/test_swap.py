"""Swapping a new site in while carrying the live site's unchanged document folders over, and undoing a killed swap."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from archive import swap
from tests.test_build_safety import tree


class Killed(BaseException):
    """Stands for the build being killed: nothing in the swap catches it on the way out."""


def write(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")


@pytest.fixture
def sites(tmp_path):
    """A live site of three documents; a new one where `b` was rendered again, `d` added and `c` removed
    (`a` unchanged, so only in the live site)."""
    live, staging = tmp_path / "public", tmp_path / ".public-new-1"
    write(live, {"index.html": "old home", "documents/a/index.html": "a", "documents/b/index.html": "old b",
                 "documents/b/b.txt": "old b text", "documents/c/index.html": "c"})
    write(staging, {"index.html": "new home", "documents/b/index.html": "new b", "documents/d/index.html": "d"})
    return live, staging


NEW_SITE = {"index.html": "new home", "documents/a/index.html": "a", "documents/b/index.html": "new b", "documents/d/index.html": "d"}


def texts(folder: Path) -> dict[str, str]:
    return {str(path.relative_to(folder)): path.read_text(encoding="utf-8") for path in folder.rglob("*") if path.is_file()}


def test_a_swap_carries_unchanged_documents_replaces_rendered_ones_and_drops_removed_ones(sites):
    live, staging = sites
    swap.swap_in(staging, live, {"a", "b", "d"})
    assert texts(live) == NEW_SITE
    assert sorted(path.name for path in live.parent.iterdir()) == ["public"], "nothing is left beside the site"


def test_without_documents_to_carry_a_swap_replaces_the_site_whole(sites):
    live, staging = sites
    swap.swap_in(staging, live)
    assert texts(live) == {"index.html": "new home", "documents/b/index.html": "new b", "documents/d/index.html": "d"}


@pytest.mark.parametrize("renames_before_kill", range(7))
def test_a_swap_killed_while_carrying_documents_is_undone_to_the_old_site(sites, monkeypatch, renames_before_kill):
    live, staging = sites
    before = tree(live)
    real_rename, renames = os.rename, []

    def rename_then_maybe_die(source, target):
        if len(renames) == renames_before_kill:
            raise Killed
        renames.append(target)
        real_rename(source, target)

    monkeypatch.setattr(os, "rename", rename_then_maybe_die)
    with pytest.raises(Killed):
        swap._carry_documents(staging, live, {"a", "b", "d"})  # what swap_in does first; a kill gives no chance to clean up
        raise Killed  # after its six renames, before the swap's
    monkeypatch.undo()
    swap.recover(live)
    assert tree(live) == before
    assert sorted(path.name for path in live.parent.iterdir()) == ["public"]


def test_a_swap_killed_between_its_two_renames_is_undone_to_the_old_site(sites, monkeypatch):
    live, staging = sites
    before = tree(live)
    real_replace = os.replace

    def replace_unless_staging(source, target):
        if Path(source) == staging:
            raise Killed
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace_unless_staging)
    monkeypatch.setattr(swap, "recover", lambda output: None)  # killed: swap_in's own undo never runs
    with pytest.raises(Killed):
        swap.swap_in(staging, live, {"a", "b", "d"})
    monkeypatch.undo()
    assert not live.exists()
    swap.recover(live)
    assert tree(live) == before


def test_a_swap_that_fails_puts_the_old_site_back_itself(sites, monkeypatch):
    live, staging = sites
    before = tree(live)
    real_replace = os.replace

    def fail_on_staging(source, target):
        if Path(source) == staging:
            raise OSError("disk full")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", fail_on_staging)
    with pytest.raises(OSError):
        swap.swap_in(staging, live, {"a", "b", "d"})
    monkeypatch.undo()
    assert tree(live) == before
