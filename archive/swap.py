"""Stage 8, the end: the new site replaces the live one whole, and a killed build is undone.

The new site is built aside (staging) and swapped in by two renames. A rebuild carries the live
site's unchanged document folders into the new site instead of copying them: the live `documents`
folder becomes the new site's, and only the folders of documents rendered again, added or removed
are exchanged in it. A journal written first says which; a build killed in between is undone from
it by `recover` (run before every build), so the site is the old one or the new one, never a mix.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

DOCUMENTS = "documents"


def retired(output: Path) -> Path:
    """Where the live site waits while the new one is renamed into its place."""
    return output.with_name(f".{output.name}-retired")


def journal(output: Path) -> Path:
    return output.with_name(f".{output.name}-swap.json")


def _rendered(output: Path) -> Path:
    """Where the documents rendered again wait while the live documents folder moves into the new site."""
    return output.with_name(f".{output.name}-rendered")


def _displaced(output: Path) -> Path:
    """Where the live folders of documents rendered again or removed go, until the swap is done or undone."""
    return output.with_name(f".{output.name}-displaced")


def swap_in(staging: Path, output: Path, documents: set[str] | None = None) -> None:
    """Replace the live site by the new one in `staging`.

    `documents`, when given, are the ids of the new site's documents, whose folders are in `staging`
    only where they were rendered again: the others are carried over from the live site.
    """
    os.chmod(staging, 0o755)
    try:
        if documents is not None and (output / DOCUMENTS).is_dir():
            _carry_documents(staging, output, documents)
        if output.exists():
            os.replace(output, retired(output))
        os.replace(staging, output)
    except BaseException:
        recover(output)
        raise
    journal(output).unlink(missing_ok=True)
    for finished in (retired(output), _rendered(output), _displaced(output)):
        shutil.rmtree(finished, ignore_errors=True)


def _carry_documents(staging: Path, output: Path, documents: set[str]) -> None:
    live, new = output / DOCUMENTS, staging / DOCUMENTS
    rendered = set(os.listdir(new)) if new.is_dir() else set()
    existing = set(os.listdir(live))
    plan = {"staging": staging.name, "replaced": sorted(rendered & existing), "added": sorted(rendered - existing),
            "removed": sorted(existing - documents)}
    written = journal(output).with_suffix(".tmp")
    written.write_text(json.dumps(plan), encoding="utf-8")
    os.replace(written, journal(output))
    waiting, displaced = _rendered(output), _displaced(output)
    if new.is_dir():
        os.rename(new, waiting)
    else:
        waiting.mkdir()
    displaced.mkdir()
    os.rename(live, new)  # from here until the swap's renames, the live site has no documents folder
    for id_ in plan["replaced"] + plan["removed"]:
        os.rename(new / id_, displaced / id_)
    for id_ in plan["replaced"] + plan["added"]:
        os.rename(waiting / id_, new / id_)


def recover(output: Path) -> None:
    """Undo what a killed build left: the old site moved aside and not replaced, its documents
    folder carried into an unfinished new site, unfinished folders."""
    if retired(output).is_dir() and not output.exists():
        os.replace(retired(output), output)
    try:
        plan = json.loads(journal(output).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        plan = None
    if plan:
        _put_documents_back(output, output.with_name(plan["staging"]) / DOCUMENTS, plan)
    journal(output).unlink(missing_ok=True)
    for leftover in output.parent.glob(f".{output.name}-*"):
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)


def _put_documents_back(output: Path, carried: Path, plan: dict) -> None:
    """The live documents folder, moved into a new site that was never swapped in, goes back as it was."""
    live = output / DOCUMENTS
    if live.exists() or not carried.is_dir():
        return  # not moved yet, or the new site (with it) was swapped in: nothing to undo
    displaced = _displaced(output)
    for id_ in plan["added"]:
        shutil.rmtree(carried / id_, ignore_errors=True)
    for id_ in plan["replaced"] + plan["removed"]:
        if (displaced / id_).is_dir():
            shutil.rmtree(carried / id_, ignore_errors=True)
            os.rename(displaced / id_, carried / id_)
    os.rename(carried, live)
