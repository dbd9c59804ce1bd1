"""Benchmark: this archive's whole build against Hugo, Pelican and stock Pagefind on the same corpus.

    .venv/bin/python bench/compare_bench.py [--documents 1000 5000 20000]

For each size the search benchmark's synthetic corpus is written three ways: as this archive's
content/ pages, as a Hugo site (one page per document, a minimal layout with the text in
`data-pagefind-body`) and as a Pelican site (its default theme). Each is built from scratch in
a child process; Hugo's output is then indexed by stock Pagefind (the extended, segmenting
binary, as its users would run it). Printed per generator: seconds, documents per second, the
peak memory of the largest process (the build, or Pagefind) and of all its processes at once
(sampled; summed both as resident memory, which counts a page shared by forked render workers
once per worker, and as proportional memory, which divides it among them and so sums to what the
machine holds), the output's size, and the ratio of each to this archive's. This archive's figure is a whole `build.py` run: load, render and
index (its own Pagefind runs, one per shard) together; it is followed by a rebuild after editing one
document's text (as `build.py` runs it, in a process of its own). Bytes and milliseconds per query are
measured by bench/search_bench.py.
"""
from __future__ import annotations

import argparse
import html
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.search_bench import MEASURE_CHILD, synthetic_pages, write_archive_content  # noqa: E402

BIN = Path(sys.executable).parent

HUGO_CONFIG = 'baseURL = "http://127.0.0.1/"\nlanguageCode = "zh-CN"\ntitle = "bench"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n'
HUGO_SINGLE = (
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>'
    "<body><main data-pagefind-body><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>\n"
)
HUGO_LIST = '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</body></html>\n'
PELICAN_CONFIG = 'SITENAME = "bench"\nSITEURL = ""\nDEFAULT_LANG = "zh"\nTIMEZONE = "Asia/Shanghai"\nFEED_ALL_ATOM = None\nCATEGORY_FEED_ATOM = None\nDEFAULT_PAGINATION = 10\nLOAD_CONTENT_CACHE = False\n'


def timed(command: list[str], cwd: Path | None = None) -> tuple[float, float, float, float]:
    """Seconds, peak resident MiB of the largest process, and peak MiB of all its processes at once
    (sampled five times a second) counted two ways: resident (a page shared by forked processes
    counted in each) and proportional (a shared page divided among its sharers, so the sum is the
    machine's memory in use), of a command run to the end."""
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", MEASURE_CHILD, *command], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    resident_together = proportional_together = 0
    while child.poll() is None:
        resident, proportional = tree_memory_kib(child.pid)
        resident_together = max(resident_together, resident)
        proportional_together = max(proportional_together, proportional)
        time.sleep(0.2)
    output, errors = child.communicate()
    seconds = time.perf_counter() - started
    if child.returncode != 0:
        raise SystemExit(f"{command[0]} failed:\n{output}\n{errors}")
    return seconds, int(output.strip().splitlines()[-1]) / 1024, resident_together / 1024, proportional_together / 1024


def tree_memory_kib(root: int) -> tuple[int, int]:
    """The resident and the proportional memory of a process and all its descendants now, from /proc."""
    parents = {}
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":", 1) for line in status.read_text().splitlines() if ":" in line)
        except OSError:
            continue
        parents[int(status.parent.name)] = int(fields.get("PPid", "0").strip() or 0)
    family, grown = {root}, True
    while grown:
        grown = False
        for pid, parent in parents.items():
            if parent in family and pid not in family:
                family.add(pid)
                grown = True
    resident = proportional = 0
    for pid in family:
        figures = smaps_rollup_kib(pid)
        resident += figures.get("Rss", 0)
        proportional += figures.get("Pss", 0)
    return resident, proportional


def smaps_rollup_kib(pid: int) -> dict[str, int]:
    """A process's memory totals in KiB by kind (Rss, Pss, ...); empty once it has ended."""
    try:
        lines = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
    except OSError:
        return {}
    figures = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if value.strip().endswith("kB"):
            figures[name] = int(value.split()[0])
    return figures


def size_mib(folder: Path) -> float:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file()) / 2**20


def write_hugo_site(pages: list[dict], site: Path) -> None:
    (site / "layouts" / "_default").mkdir(parents=True)
    (site / "hugo.toml").write_text(HUGO_CONFIG, encoding="utf-8")
    (site / "layouts" / "_default" / "single.html").write_text(HUGO_SINGLE, encoding="utf-8")
    (site / "layouts" / "_default" / "list.html").write_text(HUGO_LIST, encoding="utf-8")
    posts = site / "content" / "posts"
    posts.mkdir(parents=True)
    for page in pages:
        body = "\n\n".join(page["paragraphs"])
        title = json.dumps(page["title"], ensure_ascii=False)  # a JSON string is a YAML string
        (posts / f"{page['id']}.md").write_text(f"---\ntitle: {title}\ndate: {page['year']}-01-01\n---\n\n{body}\n", encoding="utf-8")


def write_pelican_site(pages: list[dict], site: Path) -> None:
    (site / "content").mkdir(parents=True)
    (site / "pelicanconf.py").write_text(PELICAN_CONFIG, encoding="utf-8")
    for page in pages:
        body = "\n\n".join(html.escape(paragraph) for paragraph in page["paragraphs"])
        (site / "content" / f"{page['id']}.md").write_text(
            f"Title: {page['title']}\nDate: {page['year']}-01-01\nSlug: {page['id']}\n\n{body}\n", encoding="utf-8")


def measure(count: int, workdir: Path, archive_only: bool) -> list[tuple[str, float, float, float, float, float]]:
    """(generator, seconds, peak MiB of the largest process, peak resident and proportional MiB of all at once,
    output MiB) for each way of building the corpus."""
    pages = synthetic_pages(count)
    rows = []
    write_archive_content(pages, workdir / "archive" / "content")
    (workdir / "archive" / "content" / "sources").mkdir()
    archive_out = workdir / "archive" / "public"
    build = [sys.executable, str(ROOT / "build.py"), "--content", str(workdir / "archive" / "content"), "--out", str(archive_out)]
    measured = timed(build)
    rows.append(("this archive (load, render, index)", *measured, size_mib(archive_out)))
    edited = sorted((workdir / "archive" / "content").glob("*.md"))[count // 2]
    edited.write_text(edited.read_text(encoding="utf-8").replace("。", "。又", 1), encoding="utf-8")
    rows.append(("this archive, rebuilt after one edit", *timed(build), size_mib(archive_out)))
    if archive_only:
        return rows
    import pagefind_bin_extended

    write_hugo_site(pages, workdir / "hugo")
    hugo = timed([str(BIN / "hugo"), "--quiet", "--source", str(workdir / "hugo"), "--destination", "public"])
    rows.append(("Hugo (render)", *hugo, size_mib(workdir / "hugo" / "public")))
    index = timed([str(pagefind_bin_extended.get_executable()), "--site", str(workdir / "hugo" / "public")])
    rows.append(("Hugo + stock Pagefind (render, index)", hugo[0] + index[0], *(max(pair) for pair in zip(hugo[1:], index[1:])),
                 size_mib(workdir / "hugo" / "public")))

    write_pelican_site(pages, workdir / "pelican")
    measured = timed([str(BIN / "pelican"), "content", "-o", "output", "-s", "pelicanconf.py", "-q"], cwd=workdir / "pelican")
    rows.append(("Pelican (render)", *measured, size_mib(workdir / "pelican" / "output")))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--archive-only", action="store_true", help="build only this archive (e.g. at 100,000 documents)")
    arguments = parser.parse_args()
    print("| documents | generator | seconds | documents/s | peak memory, largest process | peak memory, all processes (resident) "
          "| peak memory, all processes (proportional) | output | time vs this archive | memory vs this archive |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for count in arguments.documents:
        workdir = Path(tempfile.mkdtemp(prefix="compare-bench-"))
        try:
            rows = measure(count, workdir, arguments.archive_only)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
        _, ours, _, _, our_proportional, _ = rows[0]
        for name, seconds, peak, resident, proportional, output in rows:
            print(f"| {count:,} | {name} | {seconds:.1f} s | {count / seconds:,.0f} | {peak:,.0f} MiB | {resident:,.0f} MiB "
                  f"| {proportional:,.0f} MiB | {output:,.0f} MiB | {seconds / ours:.2f}x | {proportional / our_proportional:.2f}x |", flush=True)


if __name__ == "__main__":
    main()
