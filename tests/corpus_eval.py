"""Measure the importer on the real-document corpus in tests/corpus/ (see its README).

  python tests/corpus_eval.py            per-field accuracy of both halves, and every miss
  python tests/corpus_eval.py --half dev only the development half

Every document is imported the way `build.py import` does it, the pages are
built into a site (the archive must build after any import), and each field is
compared with the archivist's label.
"""
from __future__ import annotations

import argparse
import hashlib
import html
import re
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive import importer, rules, shown, site  # noqa: E402
from archive.folding import fold  # noqa: E402
from archive.pages import read_page  # noqa: E402
from archive.reading import BINARY_SUFFIXES, read_source  # noqa: E402
from archive.cleaning.lines import PINYIN_GLOSS as TONED_GLOSS  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
FIELDS = ("title", "date", "unit", "speaker", "place", "genre", "doc_number", "first", "last")
GENRES = {genre for genre, _ in rules.genres()} | {"新闻报道"}
TARGETS = {"title": 0.9, "date": 0.9, "unit": 0.9, "genre": 0.9, "speaker": 0.85, "place": 0.85, "doc_number": 0.85, "first": 0.95, "last": 0.95}


@dataclass(frozen=True)
class Case:
    id: str
    raw: Path
    site: str
    half: str
    excerpt: bool
    kind: str
    expect: dict


@dataclass
class Outcome:
    case: Case
    found: dict
    misses: dict[str, tuple] = field(default_factory=dict)
    chrome_left: list[str] = field(default_factory=list)


def half_of(site_name: str) -> str:
    """The split, fixed once: a site's documents all go to one half, by the parity of its hash."""
    return "dev" if int(hashlib.sha256(site_name.encode("utf-8")).hexdigest()[:8], 16) % 2 == 0 else "test"


SECOND_LEVEL = {"com", "gov", "edu", "org", "net", "ac"}


def registered_domain(host: str) -> str:
    """The name a website is registered under: law64.infoeach.com and law160.infoeach.com, big5.www.gov.cn and www.gov.cn,
    m.78911.com.cn and 78911.com.cn are one website's hosts, and so are lsbar.com and lsbar.com:8000."""
    labels = host.split(":")[0].split(".")
    if all(label.isdigit() for label in labels):
        return host  # an address, not a name
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def assign_halves(sites: set[str]) -> dict[str, str]:
    """Each site's half by the parity of its hash, except that a website met under several hosts is wholly in the
    development half when any of its hosts is: rules fitted to one host of a website fit its other hosts too, so those
    documents cannot measure anything unseen (until 2026-12-06 the split was by host alone, and 23 websites had hosts in
    both halves)."""
    developed = {registered_domain(site) for site in sites if half_of(site) == "dev"}
    return {site: "dev" if half_of(site) == "dev" or registered_domain(site) in developed else "test" for site in sites}


def load_cases(corpus: Path = CORPUS) -> list[Case]:
    labels = []
    for label_path in sorted(corpus.glob("*.yaml")):
        try:
            label = yaml.safe_load(label_path.read_text(encoding="utf-8"))
        except yaml.YAMLError as error:
            raise ValueError(f"{label_path}: not valid YAML: {error}") from None
        raw = corpus / label["file"]
        if not raw.is_file():
            raise FileNotFoundError(f"{label_path}: raw file {raw.name} is missing")
        labels.append((label_path.stem, raw, label))
    halves = assign_halves({label["site"] for _, _, label in labels})
    return [Case(stem, raw, label["site"], halves[label["site"]], bool(label.get("excerpt")), label.get("kind", ""), label["expect"]) for stem, raw, label in labels]


# Pinyin that converting mirror sites insert after characters (國務(wù)院): not the document's text.
PINYIN_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,6}[)）](?=[\u4e00-\u9fff〔〕《》，。、：；！？“”（）(),:;]|$)")


def squeeze(text: str | None) -> str:
    """Text for comparison: NFKC, no whitespace, no pinyin glosses (those followed by a character or a mark, and
    any with a tone mark, as the importer removes them: 印發(fā)2006年)."""
    plain = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))
    return PINYIN_GLOSS.sub("", TONED_GLOSS.sub("", plain))


@lru_cache(maxsize=None)  # a long PDF takes seconds to read, and several tests read the same one
def read_corpus_document(name: str):
    """A corpus document's raw file (by its id), read as the importer reads it."""
    return read_source(next(path for path in CORPUS.glob(f"{name}.*") if path.suffix != ".yaml"))


def raw_readings(path: Path) -> tuple[str, ...]:
    """The raw file's text as labels quote it, squeezed: a PDF's or Word file's text as the importer reads it; a saved
    page's source, and its text without tags (a page may set one sentence in several spans: 5</span><span ……>年，
    www.wanzai.gov.cn); any other file as it is."""
    if path.suffix.lower() in BINARY_SUFFIXES:
        return (squeeze(read_source(path).text),)
    raw = path.read_text(encoding="utf-8")
    if path.suffix.lower() in (".html", ".htm"):
        return squeeze(raw), squeeze(html.unescape(re.sub(r"<[^>]*>", "", raw)))
    return (squeeze(raw),)


def plain_blocks(body: str) -> list[str]:
    """A page body's blocks as the text a reader sees (heading marks and Markdown escapes removed)."""
    return shown.body_blocks_for_index(body)


def compare(case: Case, found: dict) -> Outcome:
    outcome = Outcome(case, found)
    expect = case.expect
    for name in FIELDS:
        expected = expect.get(name)
        if name == "last" and case.excerpt:
            continue
        got = found.get(name)
        if name == "first":  # the body starts exactly there, however its paragraphs were cut
            right = expected is not None and squeeze(found.get("body")).startswith(squeeze(expected))
        elif name == "last":
            right = expected is not None and squeeze(found.get("body")).endswith(squeeze(expected))
        elif name == "title" and expected is None:  # nothing printed: right when the importer says it found none
            right = bool(found.get("needs_review"))
        elif name == "unit":
            accepted = {fold(squeeze(value)) for value in [expected, *(expect.get("unit_accept") or [])] if value}
            right = (got is None and expected is None) or (got is not None and fold(squeeze(got)) in accepted)
        else:
            right = squeeze(got) == squeeze(expected) and (got is None) == (expected is None)
        if not right:
            outcome.misses[name] = (got, expected)
    body = squeeze(found.get("body"))
    outcome.chrome_left = [piece for piece in expect.get("chrome") or [] if squeeze(piece) and squeeze(piece) in body]
    return outcome


def import_and_read(cases: list[Case], workdir: Path) -> tuple[dict[str, dict], list[tuple[str, str]], str | None]:
    """Import every raw file, read back each page's fields, and build the site from the pages."""
    content, sources = workdir / "content", workdir / "sources"
    report = importer.import_paths([case.raw for case in cases], content, sources, backups_dir=workdir / "backups")
    found = {}
    for case in cases:
        path = content / f"{importer.page_id(case.raw)}.md"
        if not path.exists():
            continue
        page = read_page(path, sources)
        blocks = plain_blocks(page.body)
        found[case.id] = {
            **{name: page.meta.get(name) for name in FIELDS if name not in ("first", "last")},
            "first": blocks[0] if blocks else None,
            "last": blocks[-1] if blocks else None,
            "body": "\n".join(blocks),
            "needs_review": page.meta.get("needs_review", False),
        }
    build_error = None
    try:
        site.build(site.Project(content, sources, ROOT / "templates", ROOT / "static", workdir / "public"))
    except Exception as error:  # the figure to report is whether it builds, and why not
        build_error = f"{type(error).__name__}: {error}"
    return found, report.skipped, build_error


def evaluate(cases: list[Case]) -> tuple[list[Outcome], list[tuple[str, str]], str | None]:
    with tempfile.TemporaryDirectory(prefix="corpus-eval-") as workdir:
        found, skipped, build_error = import_and_read(cases, Path(workdir))
    outcomes = [compare(case, found.get(case.id, {})) for case in cases]  # a page the importer refused counts, with nothing found
    return outcomes, skipped, build_error


def accuracy_table(outcomes: list[Outcome]) -> list[str]:
    lines = []
    for name in FIELDS:
        scored = [outcome for outcome in outcomes if not (name == "last" and outcome.case.excerpt)]
        right = sum(1 for outcome in scored if name not in outcome.misses)
        share = right / len(scored) if scored else 0.0
        target = TARGETS[name]
        lines.append(f"  {name:<11}{right:>4}/{len(scored):<4}{100 * share:6.1f}%   (target {100 * target:.0f}%){'' if share >= target else '  BELOW'}")
    left = sum(len(outcome.chrome_left) for outcome in outcomes)
    lines.append(f"  {'chrome':<11}{left:>4} boilerplate piece(s) left in the text (target 0)")
    review = sum(1 for outcome in outcomes if outcome.found.get("needs_review"))
    lines.append(f"  {'review':<11}{review:>4} page(s) marked needs_review")
    return lines


KIND_FIELDS = ("title", "date", "unit", "genre", "first")


def accuracy_by_kind(outcomes: list[Outcome]) -> list[str]:
    """Per-field accuracy for each kind of document (公文, 讲话, 报告 ...): where a half falls short."""
    lines = ["  by kind:     " + " ".join(f"{name:>6}" for name in KIND_FIELDS)]
    for kind in sorted({outcome.case.kind for outcome in outcomes}):
        chosen = [outcome for outcome in outcomes if outcome.case.kind == kind]
        shares = [100 * sum(1 for outcome in chosen if name not in outcome.misses) / len(chosen) for name in KIND_FIELDS]
        lines.append(f"  {kind or '(none)':<6}{len(chosen):>5}  " + " ".join(f"{share:5.0f}%" for share in shares))
    return lines


def report(outcomes: list[Outcome], skipped, build_error, halves: list[str], show_misses: bool = True) -> str:
    lines = []
    for half in halves:
        chosen = [outcome for outcome in outcomes if outcome.case.half == half]
        sites = {outcome.case.site for outcome in chosen}
        lines.append(f"{half} half: {len(chosen)} documents from {len(sites)} sites")
        lines += accuracy_table(chosen)
        lines += accuracy_by_kind(chosen)
        if show_misses:
            for outcome in chosen:
                for name, (got, expected) in outcome.misses.items():
                    lines.append(f"    miss {outcome.case.id} {name}: got {short(got)!r}, expected {short(expected)!r}")
                for piece in outcome.chrome_left:
                    lines.append(f"    chrome left {outcome.case.id}: {piece!r}")
        lines.append("")
    for name, reason in skipped:
        lines.append(f"not imported: {reason}")
    lines.append(f"site build after importing everything: {'FAILED: ' + build_error if build_error else 'ok'}")
    return "\n".join(lines)


def short(value, limit: int = 40):
    if isinstance(value, str) and len(value) > limit:
        return value[:limit] + "…"
    return value


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--half", choices=("dev", "test"), help="only this half")
    parser.add_argument("--quiet", action="store_true", help="figures only, no list of misses")
    arguments = parser.parse_args(argv)
    cases = load_cases()
    halves = [arguments.half] if arguments.half else ["dev", "test"]
    cases = [case for case in cases if case.half in halves]
    outcomes, skipped, build_error = evaluate(cases)
    print(report(outcomes, skipped, build_error, halves, show_misses=not arguments.quiet))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
