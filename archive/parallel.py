"""Work over many documents on all cores, in forked workers that share what the parent has loaded."""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

PARALLEL_FROM = 200  # documents; below this, starting worker processes costs more than it saves
DOCUMENTS_PER_TASK = 100

_FORKED_WORK: Callable[[range], list] | None = None  # what a forked worker runs


def _run_in_worker(positions: range) -> list:
    return _FORKED_WORK(positions)


def in_parallel(work: Callable[[range], list], count: int, per_task: int | None = None) -> list:
    """`work` over the positions 0..count-1, in order, on all cores when there are enough of them to
    repay starting the workers; `per_task` positions to a task (DOCUMENTS_PER_TASK unless given).

    Workers are forked, so they share the loaded pages instead of receiving copies; they return
    only what `work` returns.
    """
    cores = os.cpu_count() or 1
    if count < PARALLEL_FROM or cores < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return work(range(count))
    global _FORKED_WORK
    size = per_task or DOCUMENTS_PER_TASK
    _FORKED_WORK = work
    try:
        chunks = [range(start, min(start + size, count)) for start in range(0, count, size)]
        with ProcessPoolExecutor(max_workers=cores, mp_context=multiprocessing.get_context("fork")) as pool:
            return [item for chunk in pool.map(_run_in_worker, chunks) for item in chunk]
    finally:
        _FORKED_WORK = None
