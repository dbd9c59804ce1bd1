#!/usr/bin/env python3
"""Build the archive.

  python build.py [--out DIR]           build the site from content/ into public/ (or DIR)
  python build.py import PATH... [--out DIR]   import raw documents (files or folders) into content/ (or DIR)
  python build.py check                 list pages whose metadata needs a person's review
  python build.py serve [--port N] [--watch]   build, then serve public/ on 127.0.0.1 (and rebuild on change)
  python build.py shard N --out DIR     index shard N alone into DIR (one job of a build spread over machines)
  python build.py assemble DIR... [--out SITE]  build the site with the shards indexed into those folders
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from archive import headers, importer, serving, shards, site, watching
from archive.locking import BusyError
from archive.pages import PageError, read_page
from archive.reading import SourceError
from archive.indexing import PagefindError

ROOT = Path(__file__).resolve().parent
DEFAULT_SEEDS = ROOT.parent / "shared" / "seeds"
HEADERS = ROOT / "netlify.toml"
REVIEW_FIELDS = ("date", "unit", "speaker", "place", "genre")
WATCH_SECONDS = 1.0


def project(output: Path | None = None, content: Path | None = None, shard_size: int = shards.SHARD_SIZE) -> site.Project:
    content = content.resolve() if content else ROOT / "content"
    return site.Project(
        content=content,
        sources=sources_beside(content),
        templates=ROOT / "templates",
        static=ROOT / "static",
        output=output or ROOT / "public",
        headers=HEADERS,
        shard_size=shard_size,
    )


def sources_beside(content: Path) -> Path:
    """Where a folder of pages keeps its originals: sources/ for the collection, CONTENT/sources for a trial."""
    return ROOT / "sources" if content == ROOT / "content" else content / "sources"


def command_import(arguments) -> int:
    paths = [Path(path) for path in arguments.paths]
    out = Path(arguments.out).resolve()
    report = importer.import_paths(paths, out, sources_beside(out), force=arguments.force, backups_dir=out.parent / "backups")
    print(report.summary())
    return 1 if report.skipped and not report.imported and not report.unchanged else 0


def import_missing_sources() -> None:
    """Import the bundled seeds for which content/ has no page yet (the default on a fresh clone)."""
    content = ROOT / "content"
    seeds = sorted(DEFAULT_SEEDS.glob("*.txt")) if DEFAULT_SEEDS.is_dir() else []
    missing = [path for path in seeds if not (content / f"{importer.page_id(path)}.md").exists()]
    if missing:
        report = importer.import_paths(missing, content, ROOT / "sources", backups_dir=ROOT / "backups")
        print(report.summary())


def print_stage(stage: str, seconds: float, detail: str) -> None:
    """One line a stage, on standard error, also when the output is not a terminal (logs, CI)."""
    print(f"{stage}: {detail} in {seconds:.1f} s", file=sys.stderr, flush=True)


def project_of(arguments) -> site.Project:
    """The project a build command names: --content, --out and --shard-size, or their defaults."""
    content = Path(arguments.content).resolve() if arguments.content else None
    output = Path(arguments.site_out) if arguments.site_out else None
    return project(output, content, arguments.shard_size)


def command_build(arguments) -> int:
    if not arguments.content:
        import_missing_sources()
    count, report = site.build(project_of(arguments), progress=print_stage)
    print(report.strip().splitlines()[-1] if report.strip() else "")
    print(f"built {count} documents into {arguments.site_out or ROOT / 'public'}")
    return 0


def command_shard(arguments) -> int:
    report = site.build_shard(project_of(arguments), arguments.number, progress=print_stage)
    print(report.strip().splitlines()[-1] if report.strip() else "")
    print(f"indexed shard {arguments.number} into {arguments.site_out}")
    return 0


def command_assemble(arguments) -> int:
    count, _ = site.build(project_of(arguments), progress=print_stage, shard_folders=[Path(folder) for folder in arguments.folders])
    print(f"assembled {count} documents into {arguments.site_out or ROOT / 'public'}")
    return 0


def command_check(arguments) -> int:
    """Print every page with a null or doubtful field, so a person knows what to review."""
    content = Path(arguments.content).resolve()
    sources = sources_beside(content)
    flagged = 0
    for path in sorted(content.glob("*.md")):
        try:
            page = read_page(path, sources)
        except PageError as error:
            print(f"{path.name}: INVALID: {error}")
            flagged += 1
            continue
        notes = ["needs review: the importer could not find the title (a stand-in was used)"] if page.meta.get("needs_review") else []
        notes += [f"{name} is null" for name in REVIEW_FIELDS if not page.meta.get(name)]
        if not page.meta.get("themes"):
            notes.append("themes is empty")
        if page.meta.get("date_source") == "page":
            notes.append("date is the page's publish date, not the document's own")
        if not page.meta.get("complete"):
            notes.append("text is incomplete")
        notes += [f"warning: {warning}" for warning in page.meta.get("warnings") or []]
        if notes:
            flagged += 1
            print(f"{path.name}  {page.meta['title']}")
            for note in notes:
                print(f"    - {note}")
    print(f"{flagged} page(s) to review")
    return 0


def command_serve(arguments) -> int:
    directory = Path(arguments.site_out) if arguments.site_out else ROOT / "public"
    builds = serving.Builds() if arguments.watch else None
    try:  # before building, so that a port in use is said at once
        server = serving.site_server(directory, headers.load_rules(HEADERS), arguments.port, builds=builds)
    except OSError as error:
        print(f"error: cannot serve on 127.0.0.1:{arguments.port}: {error.strerror or error} (try --port with another number)", file=sys.stderr)
        return 1
    if not site.site_url():  # the served site knows its address: sitemap, feed and citations are absolute
        os.environ["SITE_URL"] = f"http://127.0.0.1:{server.server_address[1]}"
    with server:
        command_build(arguments)
        print(f"serving http://127.0.0.1:{server.server_address[1]}/ (Ctrl-C to stop)", flush=True)
        try:
            if builds is None:
                server.serve_forever()
            else:
                threading.Thread(target=server.serve_forever, daemon=True).start()
                rebuild_on_change(arguments, builds)
        except KeyboardInterrupt:
            pass
    return 0


def rebuild_on_change(arguments, builds: serving.Builds) -> None:
    """Rebuild whenever a file the build reads changes; open pages reload after each good build.

    A failed build leaves the site being served as it was, and says why. Each rebuild runs in a
    fresh process, so that an edited rule file or module is read again (rules are cached in memory).
    """
    watched = site.input_paths(project_of(arguments))
    rebuild = [sys.executable, str(Path(__file__).resolve()), "--shard-size", str(arguments.shard_size)]
    rebuild += ["--content", arguments.content] if arguments.content else []
    rebuild += ["--out", arguments.site_out] if arguments.site_out else []
    print(f"watching {', '.join(str(path) for path in watched)}", flush=True)
    before = watching.snapshot(watched)
    while True:
        time.sleep(WATCH_SECONDS)
        after = watching.snapshot(watched)
        edited = watching.changed(before, after)
        if not edited:
            continue
        before = after
        print(f"changed: {', '.join(edited[:3])}{' …' if len(edited) > 3 else ''}", flush=True)
        if subprocess.run(rebuild, stdin=subprocess.DEVNULL).returncode != 0:
            print("(still serving the last good build)", file=sys.stderr, flush=True)
            continue
        builds.rebuilt()


def positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return number


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", dest="site_out", metavar="DIR", help="folder for the built site (default public/)")
    parser.add_argument("--content", help="build from this folder of pages (originals in CONTENT/sources) instead of content/")
    parser.add_argument("--shard-size", type=positive, default=shards.SHARD_SIZE, metavar="N",
                        help=f"documents per search-index shard (default {shards.SHARD_SIZE}); each shard is indexed by its own Pagefind run")
    commands = parser.add_subparsers(dest="command")
    imports = commands.add_parser("import", help="import raw documents")
    imports.add_argument("paths", nargs="+")
    imports.add_argument("--out", metavar="DIR", default=str(ROOT / "content"), help="folder for the pages (default content/); elsewhere, originals go to DIR/sources")
    imports.add_argument("--force", action="store_true", help="replace hand-edited pages (a backup is kept)")
    check = commands.add_parser("check", help="list pages that need review")
    check.add_argument("--content", default=str(ROOT / "content"), help="folder of pages to review (default content/; a trial import's --out folder)")
    serve = commands.add_parser("serve", help="build and serve on 127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--watch", action="store_true", help="rebuild when content/, sources/, templates/, static/ or rules/ change, and reload open pages")
    shard = commands.add_parser("shard", help="index one shard of the search index, for a site assembled elsewhere")
    shard.add_argument("number", type=int)
    shard.add_argument("--out", dest="site_out", metavar="DIR", required=True, help="a new folder for the shard's index")
    assemble = commands.add_parser("assemble", help="build the site with shards indexed by `shard` jobs")
    assemble.add_argument("folders", nargs="+", metavar="DIR", help="the folders the shard jobs wrote")
    assemble.add_argument("--out", dest="site_out", metavar="SITE", default=argparse.SUPPRESS, help="folder for the built site (default public/)")
    for command in (shard, assemble):  # as before the command too; SUPPRESS keeps a value given there
        command.add_argument("--content", default=argparse.SUPPRESS, help="the pages to build from (default content/); the same for every job")
        command.add_argument("--shard-size", type=positive, default=argparse.SUPPRESS, metavar="N", help="the same for every job")
    arguments = parser.parse_args(argv)
    handlers = {"import": command_import, "check": command_check, "serve": command_serve, "shard": command_shard,
                "assemble": command_assemble, None: command_build}
    try:
        return handlers[arguments.command](arguments)
    except (site.BuildError, PagefindError, SourceError, BusyError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
