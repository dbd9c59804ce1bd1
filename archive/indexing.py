"""Stage 7: the built site's search index, shard by shard, each indexed by a Pagefind run of its own.

Which documents go in which shard is archive/shards.py's; the form of the text Pagefind indexes is
archive/search_index.py's; how the search page searches the shards is static/shards.js's.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import cbor2

from .linking import reuse_tree
from .shards import Shard, manifest as shards_manifest


class PagefindError(RuntimeError):
    """Pagefind failed; the message carries its output."""


BUNDLES = "pagefind"  # the folder of the shards' bundles, the hub and the manifest that lists them
MANIFEST = "shards.json"
HUB = "hub"
# What the search page loads from the hub only: the search library, its worker and WebAssembly.
# Pagefind's own interfaces (pagefind-ui.js and the like) are never loaded by this site.
HUB_ONLY = ("pagefind.js", "pagefind-worker.js", "wasm.*.pagefind")
UNUSED_IN_BUNDLE = ("pagefind-ui.*", "pagefind-component-ui.*", "pagefind-modular-ui.*", "pagefind-highlight.js")
RECORD_NAMES = "ID.html"  # how the records are named in a shard's folder, so how Pagefind gives their addresses (_link_pages)
BUNDLE_FORMAT = (HUB_ONLY, UNUSED_IN_BUNDLE, RECORD_NAMES)  # part of a bundle's digest: a bundle made another way is not reused
# The hub's one page. Pagefind indexes no bundle without a page; this one's only word is Chinese,
# and every query the search page sends is encoded in ASCII (archive/search_index.py), so it never matches; it has
# no sort value and no filter value either, so no sorted or filtered search returns it.
HUB_PAGE = (
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>检索</title></head>'
    "<body><main data-pagefind-body><p>分片检索</p></main></body></html>"
)


@dataclass(frozen=True)
class IndexReport:
    pagefind: str  # what the Pagefind runs printed
    shards: int
    reused: int  # shards whose bundle an earlier build had made from the same pages


class MissingShards(PagefindError):
    """A site assembled from shards built elsewhere lacks some of them; the message names them."""


def index_shards(site_dir: Path, shards: list[Shard], indexed_files, page_digests: dict[str, str],
                 reusable: dict[str, Path] | None = None, required: bool = False, progress=None, ahead: IndexAhead | None = None) -> IndexReport:
    """Index each shard's document pages in its own Pagefind run, build the hub, write the manifest.

    A shard's search records are hard-linked into a folder of their own, each under the name it is indexed
    by (which static/search.js turns into the document's address), so only that shard's pages are in memory at once.
    A shard whose pages have the digest of a bundle in `reusable` (digest -> folder; see
    `reusable_bundles`) gets a copy of that bundle instead: Pagefind writes the same bytes
    from the same pages, so the site is the same as if it had run. When every bundle is
    `required` to be there (a site assembled from shards built elsewhere), nothing is indexed
    and MissingShards names those that are not. The hub is reused the same way (`hub_digest`).
    The search page loads Pagefind's library once, from the hub, and merges each shard into it
    (static/shards.js), so the shards' own copies of the library are dropped.
    `indexed_files(id)` is a document's search record (relative to the site, or where it is) and the name it is indexed by;
    `page_digests[id]` the record's SHA-256
    (known from rendering it, or from the build that did), so a shard's digest is known without
    reading its pages again; `progress(done, total)` follows the shards. A shard being indexed `ahead` with the
    digest it has is taken from there once that run is over, after the other shards (which are copied meanwhile).
    """
    reusable = reusable or {}
    digests = [shard_digest(shard, page_digests) for shard in shards]
    missing = [shard for shard, digest in zip(shards, digests) if digest not in reusable]
    if required and missing:
        raise MissingShards("no index built from these pages was found for shard(s) "
                            + ", ".join(f"{shard.number} ({'-'.join(dict.fromkeys((shard.years[0], shard.years[-1])))}, {len(shard.ids)} documents)" for shard in missing)
                            + "; build each with `build.py shard N` from the same pages")
    bundles = site_dir / BUNDLES
    bundles.mkdir()
    reports, reused = [], 0
    indexed_ahead = ahead.digest if ahead else None
    for done, (shard, digest) in enumerate(sorted(zip(shards, digests), key=lambda pair: pair[1] == indexed_ahead), start=1):
        bundle = bundles / str(shard.number)
        if digest == indexed_ahead:
            reusable = {**reusable, **ahead.bundles()}
        if digest in reusable:
            reuse_tree(reusable[digest], bundle)
            reused += 1
        else:
            files = [indexed_files(id_) for id_ in shard.ids]
            reports.append(_index_folder(site_dir, bundle, lambda folder: _link_pages(site_dir, files, folder), UNUSED_IN_BUNDLE + HUB_ONLY))
        if progress:
            progress(done, len(shards))
    hub = hub_digest()
    if hub in reusable:
        reuse_tree(reusable[hub], bundles / HUB)
    else:
        _index_folder(site_dir, bundles / HUB, lambda folder: (folder / "index.html").write_text(HUB_PAGE, encoding="utf-8"), UNUSED_IN_BUNDLE)
    content = {**shards_manifest(shards, lambda shard: f"/{BUNDLES}/{shard.number}/", f"/{BUNDLES}/{HUB}/", digests), "hub_digest": hub}
    (bundles / MANIFEST).write_text(json.dumps(content, ensure_ascii=False, sort_keys=True, indent=1), encoding="utf-8")
    return IndexReport("\n".join(reports), len(shards), reused)


class IndexAhead:
    """A shard indexed in a thread of its own while the build renders the site: Pagefind runs on one core,
    the render of a few documents on the other. The shard's search records are given (`indexed_files`) before
    the pages are rendered, so its digest is a guess until they are: `bundles` offers the bundle under the
    digest it was made from, which the build uses only if the rendered pages have it (`index_shards`'s `reusable`)."""

    def __init__(self, folder: Path, shard: Shard, digest: str, indexed_files):
        self.folder, self.digest, self.report, self._made = folder, digest, "", False
        self.failure = ""  # why the run made no bundle, for the build's report
        self._bundle, self._pages = folder / str(shard.number), folder / f".shard-{shard.number}"
        self._pages.mkdir()
        # linked here, not in the thread: thousands of small calls there would each wait for the render to let go of the interpreter
        _link_pages(folder, [indexed_files(id_) for id_ in shard.ids], self._pages)
        self._thread = threading.Thread(target=self._index, name=f"index shard {shard.number}", daemon=True)
        self._thread.start()

    def _index(self) -> None:
        try:
            self.report = run_pagefind(self._pages, self._bundle)
            _drop(self._bundle, UNUSED_IN_BUNDLE + HUB_ONLY)
            self._made = True
        except Exception as error:  # index_shards then indexes the shard itself, and reports what fails
            self.failure = (str(error).strip().splitlines() or [type(error).__name__])[0]
            shutil.rmtree(self._bundle, ignore_errors=True)
        finally:
            shutil.rmtree(self._pages, ignore_errors=True)

    def bundles(self) -> dict[str, Path]:
        """Once the run is over: the bundle by the digest it was made from, if it was made."""
        self._thread.join()
        return {self.digest: self._bundle} if self._made else {}


def index_ahead(folder: Path, shards: list[Shard], indexed_files, guessed_digests: dict[str, str], reusable: dict[str, Path]) -> IndexAhead | None:
    """Start indexing, into `folder` (which exists), the one shard whose pages (as `guessed_digests` has them) no bundle in
    `reusable` was made from, as after an edit; none when all have one, or when more than one shard changed
    (several runs beside the build process would hold more memory than a build may: see README, "Build costs")."""
    missing = [(shard, digest) for shard in shards if (digest := shard_digest(shard, guessed_digests)) not in reusable]
    if len(missing) != 1:
        return None
    try:
        return IndexAhead(folder, *missing[0], indexed_files)
    except OSError:  # a record is missing from the live site: index_shards indexes the shard from the rendered ones
        return None


def hub_digest() -> str:
    """What the hub's bundle is made from: the indexer, the bundle's layout and its one page."""
    return hashlib.sha256(repr((BUNDLE_FORMAT, _pagefind_version(), HUB_PAGE)).encode()).hexdigest()


def _index_folder(site_dir: Path, bundle: Path, fill, unused: tuple[str, ...]) -> str:
    """Index a folder of pages made for one run (`fill` puts them there) into `bundle`, without the unused files."""
    pages = site_dir / f".shard-{bundle.name}"
    try:
        pages.mkdir()
        fill(pages)
        report = run_pagefind(pages, bundle)
    finally:
        shutil.rmtree(pages, ignore_errors=True)
    _drop(bundle, unused)
    return report


def _link_pages(site_dir: Path, files: list[tuple[str, str]], folder: Path) -> None:
    """Each record, hard-linked into `folder` under the name it is indexed by (a record given as an absolute path is
    taken from there: an unchanged document's, still in the live site). The names are flat: a folder a page made
    the shard's folder twice as slow to make and ten times as slow to remove."""
    for record, name in files:
        os.link(site_dir / record, folder / name)


def shard_digest(shard: Shard, page_digests: dict[str, str]) -> str:
    """What a shard's bundle is made from: the indexer, the bundle's layout, and the shard's pages, in order."""
    digest = hashlib.sha256(repr((BUNDLE_FORMAT, _pagefind_version())).encode())
    for id_ in shard.ids:
        digest.update(f"\0{id_}\0{page_digests[id_]}".encode())
    return digest.hexdigest()


def _pagefind_version() -> str:
    from importlib.metadata import version

    return version("pagefind-bin")


def reusable_bundles(site_dir: Path) -> dict[str, Path]:
    """The shard bundles and the hub of an earlier build of the site, by digest; none if it has no readable manifest."""
    bundles = site_dir / BUNDLES
    try:
        manifest = json.loads((bundles / MANIFEST).read_text(encoding="utf-8"))
        listed, hub = manifest["shards"], manifest.get("hub_digest")
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}
    found = {hub: bundles / HUB} if isinstance(hub, str) and (bundles / HUB).is_dir() else {}
    for entry in listed if isinstance(listed, list) else []:
        if not isinstance(entry, dict) or not isinstance(entry.get("digest"), str) or not isinstance(entry.get("bundle"), str):
            continue
        folder = bundles / entry["bundle"].strip("/").removeprefix(f"{BUNDLES}/")
        if folder.parent == bundles and folder.name.isdigit() and folder.is_dir():
            found[entry["digest"]] = folder
    return found


def _drop(bundle: Path, patterns: tuple[str, ...]) -> None:
    for pattern in patterns:
        for unused in bundle.glob(pattern):
            unused.unlink()


def run_pagefind(site_dir: Path, bundle: Path) -> str:
    """Index a folder of pages with the plain Pagefind binary from PyPI into `bundle`; return its report.

    The binary is run directly (the pagefind package would prefer the extended, segmenting
    binary whenever that is installed too, as it is for the benchmark), and is killed if the
    build dies, so that no orphan goes on writing into an abandoned folder.
    """
    import pagefind_bin

    try:
        result = subprocess.run(
            [str(pagefind_bin.get_executable()), "--site", str(site_dir), "--output-path", str(bundle)],
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            preexec_fn=_die_with_parent if sys.platform == "linux" else None,
        )
    except OSError as error:
        raise PagefindError(f"pagefind could not be started: {error}") from error
    if result.returncode != 0 or "Error" in result.stderr:
        raise PagefindError(f"pagefind failed (exit {result.returncode}):\n{result.stdout}\n{result.stderr}")
    stabilise_filters(bundle)
    return result.stdout


def _die_with_parent() -> None:
    import ctypes
    import signal

    PR_SET_PDEATHSIG = 1
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


PAGEFIND_HEADER = b"pagefind_dcd"


def _read_bundle_file(path: Path):
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(PAGEFIND_HEADER):
        raise PagefindError(f"{path} is not a Pagefind data file")
    return cbor2.loads(data[len(PAGEFIND_HEADER):])


def _bundle_file(value) -> bytes:
    return gzip.compress(PAGEFIND_HEADER + cbor2.dumps(value), mtime=0)


def _content_name(prefix: str, data: bytes, digits: int) -> str:
    return f"{prefix}_{hashlib.sha256(data).hexdigest()[:digits]}"


def stabilise_filters(bundle: Path) -> None:
    """Make the index byte-identical across builds of the same pages.

    Pagefind writes each filter's values, and the lists of filters and of sort keys in its
    metadata file, in a random order (its issue #638), so their content-hashed names change on every build.
    Both are sorted here, the files renamed by their new content, and the references updated.
    """
    renamed: dict[str, str] = {}
    written: dict[Path, bytes] = {}
    for path in sorted((bundle / "filter").glob("*.pf_filter")):
        name, values = _read_bundle_file(path)
        data = _bundle_file([name, sorted(values, key=lambda value: value[0])])
        language, old_hash = path.stem.rsplit("_", 1)
        renamed[path.stem] = _content_name(language, data, len(old_hash))
        path.unlink()
        written[path.with_name(f"{renamed[path.stem]}.pf_filter")] = data
    entry_path = bundle / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    for language in entry["languages"].values():
        meta_path = bundle / f"pagefind.{language['hash']}.pf_meta"
        meta = _read_bundle_file(meta_path)
        meta[3] = sorted([name, renamed.get(file, file)] for name, file in meta[3])
        meta[4] = sorted(meta[4], key=lambda sort: sort[0])  # the sort keys, listed in a random order too
        data = _bundle_file(meta)
        prefix, old_hash = language["hash"].rsplit("_", 1)
        language["hash"] = _content_name(prefix, data, len(old_hash))
        meta_path.unlink()
        written[bundle / f"pagefind.{language['hash']}.pf_meta"] = data
    for path, data in written.items():
        path.write_bytes(data)
    entry_path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
