"""How the search index is split: shards of consecutive dates, each indexed by its own Pagefind run.

One Pagefind run holds its whole index in memory (about 0.7 MB per document), so an archive of
100,000 documents cannot be indexed in one run on a small machine. Each shard is indexed alone,
which bounds the build's memory by the shard size, and the search page searches every shard.

Shards hold consecutive dates, in the order of the pages' date sort keys, with the undated
documents in shards of their own at the end. Sorting results by date across shards is then
putting the shards in order: Pagefind's sorted scores are positions within one shard, so they
cannot be compared between shards. A shard is cut where the year changes when it can be (else
the month, else the day), so that adding a document moves no other document between shards
unless its shard overflows, and a search limited to some years skips the shards outside them.
"""
from __future__ import annotations

from dataclasses import dataclass

SHARD_SIZE = 2500  # documents; see README, "Search at scale", for the measurement behind it


@dataclass(frozen=True)
class Shard:
    number: int
    ids: tuple[str, ...]
    years: tuple[str, ...]  # as the year filter names them; the undated shards say so with unknown_year
    dated: bool


def _cut_rank(before: str | None, after: str | None) -> int:
    """How natural a cut between two neighbouring dates is: between dated and undated it is required."""
    if (before is None) != (after is None):
        return 4
    if before is None or after is None:
        return 0
    for rank, width in ((3, 4), (2, 7), (1, 10)):
        if before[:width] != after[:width]:
            return rank
    return 0


def plan_shards(dates: dict[str, str | None], size: int, unknown_year: str) -> list[Shard]:
    """Split documents (id -> date, or None when undated) into shards of at most `size`, in date order.

    Within the second half of each window the latest cut of the highest rank is taken, so a shard
    is never less than half full unless the dated documents end inside it. An archive that fits in
    one shard has one, with its undated documents: within a shard, Pagefind sorts them last.
    """
    if size < 1:
        raise ValueError(f"a shard holds at least one document, not {size}")
    order = sorted(dates, key=lambda id_: (dates[id_] is None, dates[id_] or "", id_))
    keys = [dates[id_] for id_ in order]
    if len(order) <= size:
        years = sorted({key[:4] if key else unknown_year for key in keys}, key=lambda year: (year == unknown_year, year))
        return [Shard(0, tuple(order), tuple(years), dated=bool(order) and keys[0] is not None)]
    cuts, start = [], 0
    while start < len(order):
        end = min(start + size, len(order))
        required = [cut for cut in range(start + 1, end) if _cut_rank(keys[cut - 1], keys[cut]) == 4]
        if required:
            cut = required[0]
        elif end == len(order):
            cut = end
        else:
            cut = max(range(start + (size + 1) // 2, end + 1), key=lambda at: (_cut_rank(keys[at - 1], keys[at]), at))
        cuts.append((start, cut))
        start = cut
    shards = []
    for number, (start, end) in enumerate(cuts):
        chosen = keys[start:end]
        years = sorted({key[:4] for key in chosen if key}) or [unknown_year]
        shards.append(Shard(number, tuple(order[start:end]), tuple(years), dated=chosen[0] is not None))
    return shards


def manifest(shards: list[Shard], bundle_path, hub: str, digests: list[str]) -> dict:
    """What the search page reads (static/shards.js): the hub, and each shard's bundle, years and size, in date order.

    Each shard's digest (of the pages it was indexed from) lets a later build reuse its bundle.
    """
    return {
        "hub": hub,
        "shards": [
            {"bundle": bundle_path(shard), "years": list(shard.years), "dated": shard.dated, "documents": len(shard.ids), "digest": digest}
            for shard, digest in zip(shards, digests, strict=True)
        ],
    }
