"""Check new documents before they join the evaluation corpus (tests/corpus/README.md gives the conventions).

  python tests/corpus_check.py site HOST...   may a document from this website join the development half?
  python tests/corpus_check.py batch DIR      check a folder of raw files and their labels before copying them in

A site may join when it hashes to the development half, is not in the corpus yet, and no other host of the
same website (the bare name and www.) hashes to the test half, nor any host of the same registered domain in the corpus
(hefei.baogaosu.com beside xianggang.baogaosu.com): the split is by website, and two hosts
of one website in different halves would let the test half leak into the rules.

A batch folder holds <id>.<ext> and <id>.yaml for each document, and copies/<id>.<ext>, a second copy of the
raw text made independently, which must be identical (a slip in copying is caught here, not in the rules).
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_eval import CORPUS, GENRES, half_of, load_cases, raw_readings, registered_domain, squeeze  # noqa: E402

from archive.reading import SourceError  # noqa: E402

KINDS = {"公文", "法规", "讲话", "报告", "文章", "范文"}
DATE_KINDS = {"成文", "讲话", "通过", "发布", "页面"}
EXPECT_KEYS = ("title", "subtitle", "date", "date_kind", "unit", "unit_accept", "speaker", "place", "genre", "doc_number", "first", "last", "chrome")
HOST_PREFIXES = ("www.", "m.", "wap.", "mobile.")
ID_SHAPE = re.compile(r"[a-z0-9-]{1,60}")
DATE_SHAPE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def website(host: str) -> str:
    host = normal_host(host)
    for prefix in HOST_PREFIXES:
        if host.startswith(prefix):
            return host[len(prefix):]
    return host


def sibling_hosts(host: str) -> set[str]:
    bare = website(host)
    return {bare, *(prefix + bare for prefix in HOST_PREFIXES)}


def normal_host(host: str) -> str:
    """A host as the corpus names it: no port, no root dot (mypaper.pchome.com.tw. is mypaper.pchome.com.tw), lower case."""
    return host.split(":")[0].rstrip(".").lower()


def site_verdict(host: str, known: dict[str, tuple[int, str]]) -> str:
    """known: each site of the corpus with its number of documents and its half."""
    if host.endswith(".") or host != host.lower():
        return f"NO: write the host as {host.rstrip('.').lower()}"
    if half_of(host) != "dev":
        return "NO: hashes to the test half"
    bare = website(host)
    twins = sorted(twin for twin in (bare, "www." + bare) if half_of(twin) == "test")
    if twins:
        return f"NO: the same website's host {twins[0]} hashes to the test half"
    tested = sorted(site for site, (_, half) in known.items() if half == "test" and registered_domain(site) == registered_domain(host))
    if tested:
        return f"NO: the same website's host {tested[0]} is in the test half"
    met = {sibling: known[sibling][0] for sibling in sibling_hosts(host) if sibling in known}
    if met:
        return "ALREADY: " + ", ".join(f"{name} has {count} document(s)" for name, count in sorted(met.items()))
    return "USE"


def corpus_sites() -> dict[str, tuple[int, str]]:
    sites: dict[str, tuple[int, str]] = {}
    for case in load_cases(CORPUS):
        sites[case.site] = (sites.get(case.site, (0, ""))[0] + 1, case.half)
    return sites


def label_problems(label_path: Path, label: dict, corpus_ids: set[str]) -> list[str]:
    stem = label_path.stem
    problems = []
    if not ID_SHAPE.fullmatch(stem):
        problems.append("the id is not a-z0-9- of at most 60 characters")
    if stem in corpus_ids:
        problems.append("the id is already in the corpus")
    raw_path = label_path.parent / str(label.get("file"))
    if raw_path.stem != stem or not raw_path.is_file():
        return problems + [f"file {label.get('file')!r} is not a raw file named after the label"]
    try:
        readings = raw_readings(raw_path)
    except (SourceError, UnicodeDecodeError) as error:
        return problems + [f"the importer cannot read it: {error}"]
    copy = label_path.parent / "copies" / raw_path.name
    if not copy.is_file():
        problems.append("no second copy in copies/")
    elif copy.read_bytes() != raw_path.read_bytes():
        problems.append("the second copy differs from the raw file")
    provenance = label.get("provenance") or {}
    url_host = urlsplit(provenance.get("url") or "").hostname
    if url_host and url_host != label.get("site"):
        problems.append(f"site {label.get('site')!r} is not the address's host {url_host!r}")
    if not provenance.get("gathered"):
        problems.append("provenance has no gathered date")
    if label.get("kind") not in KINDS:
        problems.append(f"kind {label.get('kind')!r} is not one of {sorted(KINDS)}")
    if not isinstance(label.get("excerpt"), bool):
        problems.append("excerpt is not true or false")
    expect = label.get("expect") or {}
    problems += [f"expect has no {key}" for key in EXPECT_KEYS if key not in expect]
    problems += expect_problems(expect, readings, bool(label.get("excerpt")))
    return problems


def expect_problems(expect: dict, readings: tuple[str, ...], excerpt: bool) -> list[str]:
    problems = []
    date = expect.get("date")
    if date is not None and not (isinstance(date, str) and DATE_SHAPE.fullmatch(date)):
        problems.append(f"date {date!r} is not a quoted YYYY, YYYY-MM or YYYY-MM-DD")
    if (date is None) != (expect.get("date_kind") is None) or (date and expect.get("date_kind") not in DATE_KINDS):
        problems.append(f"date_kind {expect.get('date_kind')!r} does not fit the date")
    if expect.get("genre") is not None and expect["genre"] not in GENRES:
        problems.append(f"genre {expect['genre']!r} is not in the corpus README's list")

    def occurs(value: str) -> bool:
        return any(squeeze(value) in reading for reading in readings)

    for key in ("first", "last", "doc_number", "speaker"):
        value = expect.get(key)
        if value and not occurs(value):
            problems.append(f"{key} {value!r} does not occur in the raw file")
    if excerpt and expect.get("last") is not None:
        problems.append("an excerpt has last: null")
    chrome = expect.get("chrome") or []
    if len(chrome) > 8:
        problems.append("more than 8 chrome entries")
    problems += [f"chrome {piece!r} does not occur in the raw file" for piece in chrome if not occurs(piece)]
    return problems


def check_batch(folder: Path) -> int:
    known_sites = corpus_sites()
    corpus_ids = {path.stem for path in CORPUS.glob("*.yaml")}
    failures = 0
    batch_sites: dict[str, int] = {}
    for label_path in sorted(folder.glob("*.yaml")):
        try:
            label = yaml.safe_load(label_path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as error:
            label, problems = {}, [f"not valid YAML: {error}"]
        else:
            problems = label_problems(label_path, label, corpus_ids)
        if site := label.get("site"):
            verdict = site_verdict(site, known_sites)
            if verdict != "USE":
                problems.append(f"site {site}: {verdict}")
            batch_sites[site] = batch_sites.get(site, 0) + 1
        failures += bool(problems)
        print(f"{label_path.stem}: " + ("ok" if not problems else "\n  " + "\n  ".join(problems)))
    for site, count in batch_sites.items():
        if count > 2:
            print(f"site {site}: {count} documents (two at most from one site)")
            failures += 1
    print(f"{failures} of {len(list(folder.glob('*.yaml')))} label(s) with problems")
    return 1 if failures else 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("site", help="may documents from these hosts join?").add_argument("hosts", nargs="+")
    commands.add_parser("batch", help="check a folder of new documents").add_argument("folder", type=Path)
    arguments = parser.parse_args(argv)
    if arguments.command == "site":
        known_sites = corpus_sites()
        for host in arguments.hosts:
            print(f"{host}: {site_verdict(host, known_sites)}")
        return 0
    return check_batch(arguments.folder)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
