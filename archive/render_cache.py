"""A rebuild renders again only the documents whose inputs changed.

A document's files (its page, .txt, .md, citations, source page) are decided by its own page file,
the pages listed beside it as related, the templates, the code and rule files, the versions of the
libraries that render them, and the site's address. The digest of all that is its render key.
After each build the keys are kept beside the site, with each document's catalogue record and feed
entry, text vector and list of similar texts (most of which the next build keeps: archive/similarity.py); the next build copies (hard-links) the files of a document whose key is unchanged from the
live site instead of rendering it again, which writes the same bytes.
"""
from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

import orjson

from .feed import FeedEntry
from .import_cache import code_and_rules_digest
from .watching import snapshot

RENDERING_LIBRARIES = ("jinja2", "markdown", "opencc", "pyyaml")
BUILDING_LIBRARIES = RENDERING_LIBRARIES + ("pagefind-bin", "feedgen")


@dataclass(frozen=True)
class Rendered:
    """What the rest of the build needs from a rendered document, besides its files."""

    key: str
    record: dict
    entry: FeedEntry | None
    page_digest: str  # SHA-256 of the document's search record: what its search index shard is made from
    record_key: str = ""  # what the search record is made from (see record_key); a cache written before it was kept has none


@dataclass
class RenderCache:
    """A built site's render keys: its documents', and its other pages' (by path) that are worth reusing."""

    documents: dict[str, Rendered] = field(default_factory=dict)
    pages: dict[str, str] = field(default_factory=dict)
    inputs: str | None = None  # the signature of everything the build read (see inputs_signature)
    vectors: dict[str, tuple[str, dict[str, float]]] = field(default_factory=dict)  # id -> (vector_key, what its text is compared by)
    similar: dict[str, list[tuple[str, float]]] = field(default_factory=dict)  # id -> its most similar texts, with their similarity
    similar_key: str | None = None  # the code and rules the similar lists were made by
    originals: dict[str, str] = field(default_factory=dict)  # each published original's address -> its SHA-256

    def page_digests(self) -> dict[str, str]:
        return {id_: item.page_digest for id_, item in self.documents.items()}


def environment_digest(templates: Path, base_url: str | None, code_and_rules: str) -> str:
    """Everything every document's files depend on alike (`code_and_rules`: import_cache.code_and_rules_digest())."""
    digest = hashlib.sha256(code_and_rules.encode())
    for path in sorted(path for path in templates.rglob("*") if path.is_file()):
        digest.update(str(path.relative_to(templates)).encode() + b"\0" + path.read_bytes())
    digest.update(repr(library_versions(RENDERING_LIBRARIES)).encode())
    digest.update(repr(base_url).encode())
    return digest.hexdigest()


RECENT_NS = 2 * 10**9  # a file this new may be written again within its time stamp's resolution


def inputs_signature(folders: list[Path], settings: tuple) -> str | None:
    """Every file a build reads (by path, modification time and size, as `make` and rsync judge files),
    the code and rules, the libraries' versions and the build's settings: equal signatures mean the same site.

    None when a file was modified in the last two seconds: file times are coarser than they look
    (a clock tick), so an edit made right after could leave time and size as they were. (Git's
    index treats such "racy" files the same way.)
    """
    files = snapshot(folders)
    if any(modified > time.time_ns() - RECENT_NS for modified, _ in files.values()):
        return None
    return hashlib.sha256(repr((code_and_rules_digest(), library_versions(BUILDING_LIBRARIES), settings, sorted(files.items()))).encode()).hexdigest()


def library_versions(names: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(name, version(name)) for name in names]


def document_key(environment: str, page_digest: str, related: list[str]) -> str:
    """A document's render key: the environment, its page file's digest, and each related page as its list shows it, with
    the reasons it is listed, in order (each as its repr)."""
    digest = hashlib.sha256(f"{environment}\0{page_digest}".encode())
    for item in related:
        digest.update(item.encode())
    return digest.hexdigest()


def record_key(environment: str, page_digest: str) -> str:
    """What a document's search record depends on: its page file and the environment, not its related list. Kept with
    the record's digest, it tells a rebuild the digest of an unchanged document's record before rendering anything."""
    return hashlib.sha256(f"{environment}\0record\0{page_digest}".encode()).hexdigest()


def vector_key(code_and_rules: str, page_digest: str) -> str:
    """What a document's text vector (archive/similarity.py) depends on: its page file, the code and rules
    (not the templates: a template edit keeps every vector)."""
    return hashlib.sha256(f"{code_and_rules}\0{page_digest}".encode()).hexdigest()


def listing_key(environment: str, what: tuple[str, ...], members: list[str]) -> str:
    """A page listing documents (a browse page): what it lists, and each listed page as the list shows it (its repr), in order."""
    digest = hashlib.sha256(f"{environment}\0{what!r}".encode())
    for member in members:
        digest.update(member.encode())
    return digest.hexdigest()


def cache_file(output: Path) -> Path:
    """Where the keys of the site in `output` are kept: beside it, hidden, never published."""
    return output.with_name(f".render-cache-{output.name}.json")


def digests_file(output: Path) -> Path:
    """Where the part of the keys a rebuild reads first is kept (`Digests`), beside the rest."""
    return output.with_name(f".render-digests-{output.name}.json")


@dataclass(frozen=True)
class Digests:
    """What a rebuild reads before anything else, from a file of its own, small: the signature of the live site's
    inputs (the same, nothing to do) and each document's search-record digest with its record key (which shard an
    edit changed: site.index_ahead)."""

    inputs: str | None = None
    records: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (record_key, page_digest)


def load_digests(output: Path) -> Digests:
    """The live site's `Digests`; none if there is no readable file or no site."""
    if not output.is_dir():
        return Digests()
    try:
        data = orjson.loads(digests_file(output).read_bytes())
        records = {str(id_): (str(key), str(digest)) for id_, (key, digest) in data["records"].items()}
        return Digests(data["inputs"] if isinstance(data["inputs"], str) else None, records)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return Digests()


def load(output: Path) -> RenderCache:
    """The render keys of the live site in `output`; none if there is no readable cache or no site."""
    if not output.is_dir():
        return RenderCache()
    try:
        data = orjson.loads(cache_file(output).read_bytes())
        documents = {id_: Rendered(item["key"], item["record"], _entry(item["entry"]), item["page_digest"], item.get("record_key", "")) for id_, item in data["documents"].items()}
        pages = {path: key for path, key in data["pages"].items() if isinstance(key, str)}
        vectors = {id_: (key, {pair: float(weight) for pair, weight in vector.items()}) for id_, (key, vector) in data.get("vectors", {}).items()}
        similar = {id_: [(str(other), float(score)) for other, score in alike] for id_, alike in data.get("similar", {}).items()}
        similar_key = data.get("similar_key") if isinstance(data.get("similar_key"), str) else None
        originals = {str(address): str(sha256) for address, sha256 in data.get("originals", {}).items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return RenderCache()
    return RenderCache(documents, pages, load_digests(output).inputs, vectors, similar, similar_key, originals)


def _entry(item: dict | None) -> FeedEntry | None:
    return FeedEntry(**{**item, "authors": tuple(item["authors"]), "categories": tuple(item["categories"])}) if item else None


def forget(output: Path) -> None:
    for file in (digests_file(output), cache_file(output)):
        file.unlink(missing_ok=True)


def save(output: Path, cache: RenderCache) -> None:
    write_aside(output, cache)
    put_in_place(output)


def _aside(file: Path) -> Path:
    return file.with_suffix(".tmp")


def write_aside(output: Path, cache: RenderCache) -> None:
    """Write the keys of a site not swapped in yet beside the cache (a build writes them while Pagefind runs);
    `put_in_place` makes them the cache once the site is live."""
    documents = {id_: {"key": item.key, "record": item.record, "entry": item.entry, "page_digest": item.page_digest, "record_key": item.record_key}
                 for id_, item in sorted(cache.documents.items())}  # orjson writes a feed entry (a dataclass) as a mapping of its fields
    data = {"documents": documents, "pages": dict(sorted(cache.pages.items())),
            "vectors": {id_: [key, vector] for id_, (key, vector) in sorted(cache.vectors.items())},
            "similar": dict(sorted(cache.similar.items())), "similar_key": cache.similar_key, "originals": dict(sorted(cache.originals.items()))}
    _aside(cache_file(output)).write_bytes(orjson.dumps(data))
    digests = {"inputs": cache.inputs, "records": {id_: [item.record_key, item.page_digest] for id_, item in sorted(cache.documents.items())}}
    _aside(digests_file(output)).write_bytes(orjson.dumps(digests))


def put_in_place(output: Path) -> None:
    for file in (cache_file(output), digests_file(output)):
        os.replace(_aside(file), file)
