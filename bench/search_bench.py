"""Benchmark: this archive's exact Chinese search against stock Pagefind, on a synthetic corpus.

    .venv/bin/python bench/search_bench.py [--documents 10000] [--workdir DIR]
    .venv/bin/python bench/search_bench.py --seeds      # the archive's own content/ instead

Generates a corpus deterministically from the sentences of the pages in content/
(every run with the same --documents builds the same corpus), then builds it
twice:
  archive  the real templates and index form (encoded character bigrams), plain binary;
  stock    the same text as plain pages, indexed by the extended (segmenting) binary.
For each it prints index time, peak indexing memory and bundle size, and for
typical 2-, 4- and 6-character queries typed through Pagefind's JavaScript API in
headless Chromium (a fresh browser context per query, so nothing is cached; then a
second query of the same length in the same page, warm): the bytes downloaded, the
time until the first ten results are ready, and precision
and recall against a scan of each page's text as printed and as repaired (the
archive's promise: 服务群众 also finds a page printing 效劳群众).
"""
from __future__ import annotations

import argparse
import gzip
import html
import json
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import unquote, urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive import indexing, search_index, shards, shown, site  # noqa: E402
from archive.pages import read_page  # noqa: E402
from tests.conftest import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402

QUERIES = {
    2: ["党建", "对台", "基层", "群众", "科技"],
    4: ["创先争优", "乌鲁木齐", "服务群众", "对台工作", "基层组织"],
    6: ["非公有制经济", "基层党组织和", "创先争优活动", "学习实践活动", "科学发展观的"],
}
PLACES = ["乌鲁木齐", "余姚", "郑州", "长沙", "深圳", "张家港", "拉萨", "西宁", "南宁", "银川"]
SHOWN_RESULTS = 10


def sentences_from_content() -> tuple[list[str], list[str]]:
    sentences, titles = [], []
    for path in sorted((ROOT / "content").glob("*.md")):
        page = read_page(path)
        titles.append(page.meta["title"])
        for block in shown.body_blocks_for_index(page.body):
            sentences += [piece + "。" for piece in re.split("。", block) if len(piece) > 8]
    return sentences, titles


def synthetic_pages(count: int) -> list[dict]:
    """Deterministic documents: seed sentences recombined, with places at Zipf-like rates."""
    generator = random.Random(20100601)
    sentences, titles = sentences_from_content()
    pages = []
    for number in range(count):
        paragraphs = []
        for _ in range(generator.randint(4, 12)):
            paragraph = "".join(generator.sample(sentences, generator.randint(1, 4)))
            if generator.random() < 0.3:
                place = PLACES[min(int(generator.paretovariate(1.2)) - 1, len(PLACES) - 1)]
                cut = generator.randint(0, len(paragraph))
                paragraph = paragraph[:cut] + f"在{place}" + paragraph[cut:]
            paragraphs.append(paragraph)
        title = f"{generator.choice(titles)}（{number}）"
        year = str(2010 + number % 3)
        pages.append({"id": f"syn-{number:05d}", "title": title, "paragraphs": paragraphs, "year": year})
    return pages


def content_pages() -> list[dict]:
    """The archive's own pages in the benchmark's form."""
    pages = []
    for path in sorted((ROOT / "content").glob("*.md")):
        page = read_page(path)
        paragraphs = shown.body_blocks_for_index(page.body)
        pages.append({"id": page.id, "title": page.meta["title"], "paragraphs": paragraphs, "year": page.year})
    return pages


def write_archive_content(pages: list[dict], content: Path) -> None:
    content.mkdir(parents=True)
    for page in pages:
        body = "\n\n".join(page["paragraphs"])
        (content / f"{page['id']}.md").write_text(
            f"---\nid: {page['id']}\ntitle: {page['title']}\ndate: '{page['year']}'\ndate_source: text\n"
            f"unit: null\ngenre: 讲话\nthemes: [创先争优]\ncomplete: true\n"
            f"source: {{site: null, file: null, sha256: null}}\n---\n\n{body}\n",
            encoding="utf-8",
        )


def write_stock_site(pages: list[dict], target: Path) -> None:
    (target / "search").mkdir(parents=True)
    (target / "search" / "index.html").write_text('<!doctype html><html lang="zh-CN"><body></body></html>', encoding="utf-8")
    for page in pages:
        folder = target / "documents" / page["id"]
        folder.mkdir(parents=True)
        body = "".join(f"<p>{html.escape(paragraph)}</p>" for paragraph in page["paragraphs"])
        folder.joinpath("index.html").write_text(
            f'<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(page["title"])}</title></head>'
            f'<body><main data-pagefind-body><h1>{html.escape(page["title"])}</h1>{body}</main></body></html>',
            encoding="utf-8",
        )


MEASURE_CHILD = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    "sys.exit(code)\n"
)


def index(site_dir: Path, binary: Path) -> tuple[float, float, int]:
    """Seconds, peak resident MiB of the indexer (measured in its own parent), and bundle bytes."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", MEASURE_CHILD, str(binary), "--site", str(site_dir)], capture_output=True, text=True
    )
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"pagefind failed:\n{result.stdout}\n{result.stderr}")
    peak = int(result.stdout.strip().splitlines()[-1]) / 1024
    bundle = sum(path.stat().st_size for path in (site_dir / "pagefind").rglob("*") if path.is_file())
    return seconds, peak, bundle


ARCHIVE_QUERY = """async (query) => {
  const started = performance.now();
  const module = await import('/static/search.js');
  const { results } = await module.search(query);
  await Promise.all(results.slice(0, %d).map(r => module.shownData(r)));
  window.benchResults = results;
  return performance.now() - started;
}""" % SHOWN_RESULTS

STOCK_QUERY = """async (query) => {
  const started = performance.now();
  const pagefind = await import('/pagefind/pagefind.js');
  const response = await pagefind.search(query);
  await Promise.all(response.results.slice(0, %d).map(r => r.data()));
  window.benchResults = response.results;
  return performance.now() - started;
}""" % SHOWN_RESULTS

RESULT_IDS = "() => window.benchResults.map(r => r.id)"


MEASURE_SHARDS = (
    "import hashlib, json, resource, sys\n"
    "from pathlib import Path\n"
    "sys.path.insert(0, sys.argv[1])\n"
    "from archive import indexing, shards, site\n"
    "site_dir, size = Path(sys.argv[2]), int(sys.argv[3])\n"
    "dates = json.load(sys.stdin)\n"
    "plan = shards.plan_shards(dates, size, site.UNKNOWN_YEAR)\n"
    "digests = {id_: hashlib.sha256((site_dir / site.search_record_file(id_)).read_bytes()).hexdigest() for id_ in dates}\n"
    "indexing.index_shards(site_dir, plan, site.indexed_files, digests)\n"
    "print(len(plan))\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def index_in_shards(site_dir: Path, loaded: list, shard_size: int) -> tuple[float, float, int, int]:
    """Seconds, peak resident MiB of the largest Pagefind run, bundle bytes and shard count, for the archive's build."""
    shutil.rmtree(site_dir / indexing.BUNDLES, ignore_errors=True)
    dates = json.dumps({page.id: page.meta["date"] for page in loaded})
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", MEASURE_SHARDS, str(ROOT), str(site_dir), str(shard_size)],
                            input=dates, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"indexing failed:\n{result.stdout}\n{result.stderr}")
    count, peak = (int(line) for line in result.stdout.strip().splitlines()[-2:])
    bundle = sum(path.stat().st_size for path in (site_dir / "pagefind").rglob("*") if path.is_file())
    return seconds, peak / 1024, bundle, count


def fragment_urls(site_dir: Path) -> dict[str, str]:
    """Pagefind result id -> page URL, read from the fragment files (no need to fetch them all).

    In the archive's sharded index a result's id is prefixed with its shard (static/shards.js).
    """
    urls = {}
    bundles = [(f"{folder.name}/", folder) for folder in (site_dir / "pagefind").iterdir() if folder.name.isdigit()]
    for prefix, bundle in bundles or [("", site_dir / "pagefind")]:
        for fragment in (bundle / "fragment").glob("*.pf_fragment"):
            data = gzip.decompress(fragment.read_bytes())
            urls[prefix + fragment.stem] = json.loads(data[data.index(b"{"):])["url"]
    return urls


def downloaded_bytes(requests: list, site_dir: Path) -> int:
    """What a query downloaded: the index (Pagefind's files are compressed already), and the texts the archive's
    shown results are excerpted from, counted gzipped as a host compresses text (this benchmark's server sends
    files as they are)."""
    total = 0
    for request in requests:
        if "/pagefind/" in request.url:
            total += request.sizes()["responseBodySize"]
        elif request.url.endswith("/search-text.txt"):
            total += len(gzip.compress((site_dir / unquote(urlparse(request.url).path).lstrip("/")).read_bytes()))
    return total


def run_queries(browser, url: str, script: str, site_dir: Path) -> dict[str, dict]:
    measured = {}
    id_to_url = fragment_urls(site_dir)
    for length, queries in QUERIES.items():
        for query in queries:
            context = browser.new_context()
            tab = context.new_page()
            tab.goto(f"{url}/search/")
            tab.wait_for_load_state("networkidle")
            requests = []
            context.on("requestfinished", lambda request: requests.append(request))
            milliseconds = tab.evaluate(script, query)
            downloaded = downloaded_bytes(requests, site_dir)
            urls = [id_to_url[result_id] for result_id in tab.evaluate(RESULT_IDS)]
            # warm: the next query of the same length in the same page, as a reader's second search
            requests.clear()
            following = queries[(queries.index(query) + 1) % len(queries)]
            warm_milliseconds = tab.evaluate(script, following)
            warm_downloaded = downloaded_bytes(requests, site_dir)
            measured[query] = {"length": length, "ms": milliseconds, "bytes": downloaded, "urls": urls,
                               "warm_ms": warm_milliseconds, "warm_bytes": warm_downloaded}
            context.close()
    return measured


def searchable_texts(loaded: list) -> dict[str, list[str]]:
    """What each page should be found by: title and paragraphs, as printed and as repaired."""
    texts = {}
    for page in loaded:
        reading = shown.reading_text(page)
        blocks = [page.meta["title"], *reading.source_blocks, *reading.repaired_blocks]
        texts[page.id] = [search_index.normalise(block) for block in blocks]
    return texts


def precision_recall(measured: dict, texts: dict[str, list[str]]) -> tuple[float, float]:
    true_positive = returned = relevant = 0
    for query, outcome in measured.items():
        term = search_index.normalise(query)
        expected = {doc for doc, blocks in texts.items() if any(term in block for block in blocks)}
        found = {url.strip("/").split("/")[-1] for url in outcome["urls"]}
        true_positive += len(found & expected)
        returned += len(found)
        relevant += len(expected)
    return (true_positive / returned if returned else 1.0), (true_positive / relevant if relevant else 1.0)


def summarise(name: str, indexing: tuple[float, float, int], measured: dict, texts: dict[str, list[str]]) -> str:
    seconds, peak, bundle = indexing[:3]
    precision, recall = precision_recall(measured, texts)
    rows = [f"{name}: index {seconds:.1f} s, peak indexing memory {peak:.0f} MiB, bundle {bundle / 2**20:.1f} MiB, "
            f"precision {precision:.3f}, recall {recall:.3f}"]
    for length in QUERIES:
        kib = [outcome["bytes"] / 1024 for outcome in measured.values() if outcome["length"] == length]
        ms = [outcome["ms"] for outcome in measured.values() if outcome["length"] == length]
        warm_kib = [outcome["warm_bytes"] / 1024 for outcome in measured.values() if outcome["length"] == length]
        warm_ms = [outcome["warm_ms"] for outcome in measured.values() if outcome["length"] == length]
        rows.append(f"  {length}-character queries: median {statistics.median(kib):.0f} KiB downloaded, "
                    f"median {statistics.median(ms):.0f} ms to first {SHOWN_RESULTS} results; "
                    f"a second query in the same page: {statistics.median(warm_kib):.0f} KiB, {statistics.median(warm_ms):.0f} ms")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=10000)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--seeds", action="store_true", help="benchmark content/ rather than a synthetic corpus")
    parser.add_argument("--shard-sizes", type=int, nargs="+", help="index the archive in shards of each size in turn "
                        f"(default: the build's, {shards.SHARD_SIZE})")
    arguments = parser.parse_args()
    import pagefind_bin_extended
    from playwright.sync_api import sync_playwright

    workdir = arguments.workdir or Path(tempfile.mkdtemp(prefix="search-bench-"))
    shutil.rmtree(workdir, ignore_errors=True)
    pages = content_pages() if arguments.seeds else synthetic_pages(arguments.documents)
    kind = "archive" if arguments.seeds else "synthetic"
    print(f"corpus: {len(pages)} {kind} documents, {sum(len(''.join(p['paragraphs'])) for p in pages) / 1e6:.2f} M characters")

    archive_site = workdir / "archive"
    if arguments.seeds:
        project = site.Project(ROOT / "content", ROOT / "sources", ROOT / "templates", ROOT / "static", archive_site)
    else:
        write_archive_content(pages, workdir / "content")
        project = site.Project(workdir / "content", workdir / "sources", ROOT / "templates", ROOT / "static", archive_site)
    archive_site.mkdir(parents=True)
    loaded = site.load_pages(project.content, project.sources)
    site.render_site(project, loaded, archive_site)
    texts = searchable_texts(loaded)

    stock_site = workdir / "stock"
    write_stock_site(pages, stock_site)
    stock_indexing = index(stock_site, pagefind_bin_extended.get_executable())

    archive_server, stock_server = serve(archive_site), serve(stock_site)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for shard_size in arguments.shard_sizes or [shards.SHARD_SIZE]:
            archive_indexing = index_in_shards(archive_site, loaded, shard_size)
            archive_measured = run_queries(browser, f"http://127.0.0.1:{archive_server.server_address[1]}", ARCHIVE_QUERY, archive_site)
            label = f"archive (encoded bigrams, plain binary), {archive_indexing[3]} shard(s) of at most {shard_size:,} documents"
            print(summarise(label, archive_indexing, archive_measured, texts), flush=True)
        stock_measured = run_queries(browser, f"http://127.0.0.1:{stock_server.server_address[1]}", STOCK_QUERY, stock_site)
        browser.close()
    archive_server.shutdown()
    stock_server.shutdown()
    print(summarise("stock (extended binary, segmented)", stock_indexing, stock_measured, texts))
    print(f"work folder: {workdir}")


if __name__ == "__main__":
    main()
