"""Benchmark: how long a full build of N documents takes, stage by stage, and how much memory it needs.

    .venv/bin/python bench/build_bench.py [--documents 1000 5000]

The corpus is the search benchmark's (deterministic, made from the sentences of content/).
For each size it prints: seconds to load and validate the pages, to render them (on one core
and on all cores), to index them with Pagefind (one run per shard of --shard-size documents),
the peak memory of the build process and of the largest Pagefind run, the seconds of a whole
build, of a rebuild with nothing changed and of one after editing a document (with their share
of the whole build), the size of the output, and the size of one document page, plain and gzipped.
"""
from __future__ import annotations

import argparse
import gzip
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive import indexing, parallel, shards, site  # noqa: E402
from bench.search_bench import synthetic_pages, write_archive_content  # noqa: E402


def megabytes(kilobytes: int) -> str:
    return f"{kilobytes / 1024:,.0f} MB"


def measure(count: int, workdir: Path, shard_size: int) -> dict[str, str]:
    content, sources = workdir / "content", workdir / "sources"
    write_archive_content(synthetic_pages(count), content)
    sources.mkdir()
    project = site.Project(content, sources, ROOT / "templates", ROOT / "static", workdir / "public")
    started = time.perf_counter()
    pages = site.load_pages(content, sources)
    figures = {"documents": f"{count:,}", "load": f"{time.perf_counter() - started:.2f} s"}
    for label, parallel_from in (("render, 1 core", 10**12), (f"render, {os.cpu_count()} cores", parallel.PARALLEL_FROM)):
        target = workdir / f"out-{parallel_from}"
        target.mkdir()
        parallel.PARALLEL_FROM, saved = parallel_from, parallel.PARALLEL_FROM
        started = time.perf_counter()
        rendered = site.render_site(project, pages, target)
        figures[label] = f"{time.perf_counter() - started:.2f} s"
        parallel.PARALLEL_FROM = saved
    started = time.perf_counter()
    plan = shards.plan_shards({page.id: page.meta["date"] for page in pages}, shard_size, site.UNKNOWN_YEAR)
    indexing.index_shards(target, plan, site.indexed_files, rendered.page_digests())
    figures["index (Pagefind)"] = f"{time.perf_counter() - started:.2f} s ({len(plan)} shard{'s' if len(plan) > 1 else ''})"
    figures["peak memory, build"] = megabytes(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    figures["peak memory, largest child (Pagefind or a render worker)"] = megabytes(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    figures["output"] = f"{sum(path.stat().st_size for path in target.rglob('*') if path.is_file()) / 2**20:,.0f} MiB"
    page = (target / "documents" / pages[0].id / "index.html").read_bytes()
    figures["one document page"] = f"{len(page) / 1024:.1f} KiB ({len(gzip.compress(page)) / 1024:.1f} KiB gzipped)"
    figures.update(measure_rebuilds(project, pages[len(pages) // 2].path))
    return figures


def measure_rebuilds(project: site.Project, edited: Path) -> dict[str, str]:
    """Whole builds (site.build, as build.py runs it): from nothing, again unchanged, again after one edit."""
    seconds = {}
    for label in ("full build", "rebuild, nothing changed", "rebuild, one document edited"):
        if label == "rebuild, one document edited":
            edited.write_text(edited.read_text(encoding="utf-8").replace("。", "。又", 1), encoding="utf-8")
        started = time.perf_counter()
        site.build(project)
        seconds[label] = time.perf_counter() - started
    full = seconds["full build"]
    return {label: f"{value:.2f} s" + ("" if label == "full build" else f" ({value / full:.0%})") for label, value in seconds.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--shard-size", type=int, default=shards.SHARD_SIZE)
    arguments = parser.parse_args()
    rows = []
    for count in arguments.documents:
        workdir = Path(tempfile.mkdtemp(prefix="build-bench-"))
        try:
            rows.append(measure(count, workdir, arguments.shard_size))
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
        print(f"measured {count:,} documents", file=sys.stderr)
    print("| " + " | ".join(rows[0]) + " |")
    print("|" + " --- |" * len(rows[0]))
    for row in rows:
        print("| " + " | ".join(row.values()) + " |")


if __name__ == "__main__":
    main()
