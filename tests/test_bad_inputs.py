"""Trust: no input can break the archive, leak a file, run a script, or lose a page.

Every case of tests/bad_inputs.py goes through the real command line:

  import cases   build.py import FILE --out TMP/content, then (if a page was written)
                 build.py --content TMP/content --out TMP/public
  page cases     a valid site is built once; each case copies it, writes its bad page
                 into the copy's content folder and builds again

and must end in an explained outcome: exit 0, or exit 1 with a message naming the file and
the problem; never a traceback, a hang, a page the build refuses, a half-written site, a
changed original, a file outside the test's folder, or a published page that runs a script.

Each command runs in its own process group, is killed after TIMEOUT seconds, and may use
at most MEMORY_LIMIT of address space, so that a runaway case fails instead of stalling
or exhausting the machine that runs the tests.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import resource
import shutil
import signal
import stat
import subprocess
import sys
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from tests.bad_inputs import SECRET_MARKER, BadInput, cases, copy_valid_page
from tests.conftest import ROOT

TIMEOUT = 120
MEMORY_LIMIT = 4 * 1024 ** 3
CASES = cases()
COLLECTION_FOLDERS = ("content", "sources", "public", "backups")
TOOL_FOLDERS = {".git", ".venv", ".pytest_cache", ".hypothesis", "__pycache__", "tests"}
STRUCTURAL_PAGES = ("index.html", "404.html", "search/index.html", "years/index.html", "units/index.html", "themes/index.html", "genres/index.html")
RUNNABLE_SUFFIXES = {".html", ".htm", ".xhtml", ".xht", ".shtml", ".svg", ".svgz", ".mht", ".mhtml", ".xml"}


# --- running the command line -------------------------------------------------------------------

@dataclass
class Run:
    arguments: list[str]
    returncode: int | None
    stdout: str
    stderr: str
    seconds: float

    @property
    def output(self) -> str:
        return self.stdout + self.stderr

    def __str__(self) -> str:
        shown = " ".join(self.arguments[1:])
        return f"`{shown}` (exit {self.returncode}, {self.seconds:.1f} s)\n--- stdout ---\n{self.stdout[-3000:]}\n--- stderr ---\n{self.stderr[-3000:]}"


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run(*arguments: str) -> Run:
    command = [sys.executable, "build.py", *arguments]
    started = time.monotonic()
    process = subprocess.Popen(
        command, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        start_new_session=True, preexec_fn=_limit_memory, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    try:
        stdout, stderr = process.communicate(timeout=TIMEOUT)
        returncode = process.returncode
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        stdout, stderr = process.communicate()
        returncode = None
    decode = lambda data: data.decode("utf-8", errors="replace")  # noqa: E731
    return Run(command, returncode, decode(stdout), decode(stderr), time.monotonic() - started)


def import_into(path: Path, content: Path) -> Run:
    return run("import", str(path), "--out", str(content))


def build(content: Path, public: Path) -> Run:
    return run("--content", str(content), "--out", str(public))


# --- snapshots ----------------------------------------------------------------------------------

def tree(folder: Path) -> dict[str, tuple]:
    """Every entry under folder: files by content hash, symlinks by target (never followed), others by type."""
    state: dict[str, tuple] = {}
    if not folder.exists() and not folder.is_symlink():
        return state
    for directory, folders, files in os.walk(folder, followlinks=False):
        for name in folders + files:
            path = Path(directory) / name
            relative = str(path.relative_to(folder))
            mode = os.lstat(path).st_mode
            if stat.S_ISLNK(mode):
                state[relative] = ("link", os.readlink(path))
            elif stat.S_ISREG(mode):
                state[relative] = ("file", hashlib.sha256(path.read_bytes()).hexdigest())
            elif stat.S_ISDIR(mode):
                state[relative] = ("dir",)
            else:
                state[relative] = ("other", stat.S_IFMT(mode))
    return state


def project_state() -> dict[str, tuple]:
    """The project's own collection folders (by size and time) and its top-level entries."""
    state: dict[str, tuple] = {
        f"/{entry.name}": ("entry",) for entry in ROOT.iterdir() if entry.name not in TOOL_FOLDERS and entry.name != "archive"
    }
    for name in COLLECTION_FOLDERS:
        folder = ROOT / name
        if folder.is_dir():
            for path in folder.rglob("*"):
                info = path.lstat()
                state[str(path.relative_to(ROOT))] = (info.st_size, info.st_mtime_ns)
    return state


def changes(before: dict, after: dict) -> list[str]:
    return sorted(
        [f"new: {key}" for key in after.keys() - before.keys()]
        + [f"removed: {key}" for key in before.keys() - after.keys()]
        + [f"changed: {key}" for key in before.keys() & after.keys() if before[key] != after[key]]
    )


def title_of(html_file: Path) -> str | None:
    if not html_file.is_file():
        return None
    match = re.search(r"<title>(.*?)</title>", html_file.read_text(encoding="utf-8", errors="replace"), re.S)
    return match.group(1) if match else None


def pages_in(content: Path) -> list[Path]:
    return sorted(content.glob("*.md")) if content.is_dir() else []


def front_matter(page: Path) -> dict:
    match = re.match(r"\A---\n(.*?)\n---\n", page.read_text(encoding="utf-8", errors="replace"), re.S)
    try:
        meta = yaml.safe_load(match.group(1)) if match else None
    except yaml.YAMLError:
        meta = None
    return meta if isinstance(meta, dict) else {}


# --- what a browser would run -------------------------------------------------------------------

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "poster", "background", "xlink:href", "cite", "longdesc", "ping", "srcset", "manifest"}
FRAME_TAGS = {"iframe", "frame", "frameset", "object", "embed", "applet", "base"}
SCRIPT_SOURCES = ("/static/", "/pagefind/")
RUNNABLE_URL = re.compile(r"^(javascript|vbscript|livescript):|^data:(text/html|image/svg|application/xhtml|text/xml)")


def runnable_url(value: str) -> bool:
    """As a browser's URL parser reads it: tabs and newlines dropped, leading controls and spaces trimmed."""
    cleaned = re.sub(r"[\t\n\r]", "", value).strip("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ")
    return bool(RUNNABLE_URL.match(cleaned.lower()))


JSON_LD = "application/ld+json"


class MarkupScan(HTMLParser):
    """Markup in a built page that would run: event handlers, script URLs, inline or foreign scripts, frames.

    The one inline script element allowed is the page's JSON-LD, a data block no browser runs; its
    content must be one JSON value, so nothing a field holds has closed it early.
    """

    def __init__(self, forbid_link: str | None = None):
        super().__init__(convert_charrefs=True)
        self.forbid_link = re.compile(forbid_link, re.I) if forbid_link else None
        self.problems: list[str] = []
        self.in_script = False
        self.in_data_block = False
        self.data_block = ""

    def handle_starttag(self, tag, attrs):
        if tag == "script" and dict(attrs).get("type") == JSON_LD:
            self.in_data_block, self.data_block = True, ""
            return
        self._check(tag, attrs)
        if tag == "script":
            self.in_script = True

    def handle_startendtag(self, tag, attrs):
        self._check(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "script" and self.in_data_block:
            self.in_data_block = False
            try:
                json.loads(self.data_block)
            except ValueError:
                self.problems.append(f"JSON-LD that is not one JSON value: {self.data_block[:80]!r}")
        elif tag == "script":
            self.in_script = False

    def handle_data(self, data):
        if self.in_data_block:
            self.data_block += data
        elif self.in_script and data.strip():
            self.problems.append(f"inline script: {data.strip()[:80]!r}")

    def _check(self, tag, attrs):
        values = {name: value or "" for name, value in attrs}
        for name, value in values.items():
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...>: an event handler")
            if name in URL_ATTRIBUTES and runnable_url(value):
                self.problems.append(f"<{tag} {name}={value[:60]!r}>: a script URL")
            if name in URL_ATTRIBUTES and self.forbid_link and self.forbid_link.search(value):
                self.problems.append(f"<{tag} {name}={value[:60]!r}>: a link that leaves the site")
            if name == "srcdoc":
                self.problems.append(f"<{tag} srcdoc>: an inline document")
        if tag in FRAME_TAGS:
            self.problems.append(f"<{tag}>: a frame or base element")
        if tag == "script" and not values.get("src", "").startswith(SCRIPT_SOURCES):
            self.problems.append(f"<script src={values.get('src')!r}>: a script that is not the site's own")
        if tag == "meta" and values.get("http-equiv", "").lower() == "refresh":
            self.problems.append("<meta http-equiv=refresh>: a redirect")


def runnable_markup(public: Path, forbid_link: str | None = None) -> list[str]:
    problems = []
    for html_file in sorted(public.rglob("*.html")):
        text = html_file.read_text(encoding="utf-8", errors="replace")
        found = []
        if re.search(r"<script[^>]*>\s*alert", text, re.I):
            found.append("<script>alert")
        scan = MarkupScan(forbid_link)
        scan.feed(text)
        scan.close()
        found += scan.problems
        problems += [f"{html_file.relative_to(public)}: {problem}" for problem in dict.fromkeys(found)]
    return problems


# --- the checks -----------------------------------------------------------------------------------

def explains(run_result: Run, names: list[str]) -> bool:
    """The output names one of the files and, on that line, says what is wrong."""
    output = run_result.output
    for name in names:
        for match in re.finditer(re.escape(name), output):
            start = output.rfind("\n", 0, match.start()) + 1
            end = output.find("\n", match.end())
            before = re.sub(r"\S*$", "", output[start:match.start()])  # without the folder the name is printed in
            line = before + " " + output[match.end():end if end >= 0 else None]
            line = re.sub(r"\b(error|warning|skipped|invalid)\b", " ", line, flags=re.I)
            if re.search(r"[A-Za-z\u4e00-\u9fff]{3,}", line):
                return True
    return False


def offenders(path: Path) -> list[str]:
    if path.is_dir() and not path.is_symlink():
        return [path.name] + sorted({entry.name for entry in path.rglob("*")})
    return [path.name]


def check_run(problems: list[str], what: str, result: Run, names: list[str]) -> None:
    if result.returncode is None:
        problems.append(f"{what}: did not finish within {TIMEOUT} s (killed)\n{result}")
        return
    if "Traceback" in result.output:
        problems.append(f"{what}: a traceback\n{result}")
    if "MemoryError" in result.output:
        problems.append(f"{what}: ran out of memory (the limit is {MEMORY_LIMIT // 1024 ** 3} GB; unbounded, it would take the machine's)\n{result}")
    if result.returncode not in (0, 1):
        problems.append(f"{what}: exit code {result.returncode}, expected 0 or 1\n{result}")
    if result.returncode == 1 and not explains(result, names):
        problems.append(f"{what}: exit 1 without naming the file ({', '.join(map(repr, names[:5]))}) and the problem\n{result}")


def check_published(problems: list[str], case: BadInput, public: Path, content: Path, folder: Path, baseline: "Baseline") -> None:
    """What any built site must satisfy: complete, no links out of it, nothing that runs, no secret."""
    for relative in STRUCTURAL_PAGES:
        if title_of(public / relative) != baseline.titles[relative]:
            problems.append(f"public/{relative} is not the site's own page any more (title {title_of(public / relative)!r}, expected {baseline.titles[relative]!r})")
    for page in pages_in(content):
        if not (public / "documents" / page.stem / "index.html").is_file():
            problems.append(f"{page.name} was built, but public/documents/{page.stem}/index.html is missing")
    for directory, folders, files in os.walk(public, followlinks=False):
        for name in folders + files:
            if os.path.islink(os.path.join(directory, name)):
                problems.append(f"public/{Path(directory, name).relative_to(public)} is a symlink")
    sources = public / "sources"
    if sources.is_dir():
        runnable = [path.name for path in sources.rglob("*") if path.suffix.lower() in RUNNABLE_SUFFIXES]
        if runnable:
            problems.append(f"originals published as files a browser would render and run: {runnable}")
    if case.xss or case.forbid_link:
        problems += runnable_markup(public, case.forbid_link)
    if case.secret:
        check_secret(problems, case, public, folder)


def check_secret(problems: list[str], case: BadInput, published: Path, folder: Path) -> None:
    secret = (folder / case.secret).read_bytes()
    marker = SECRET_MARKER.encode("utf-8")
    for directory, _, files in os.walk(published, followlinks=False):
        for name in files:
            path = Path(directory, name)
            if path.is_symlink() or not path.is_file():
                continue
            data = path.read_bytes()
            if data == secret or marker in data:
                problems.append(f"{path.relative_to(published.parent)} holds the secret file that the input linked to")


@dataclass
class Baseline:
    content: Path
    public: Path
    titles: dict[str, str | None]


@pytest.fixture(scope="session")
def baseline(tmp_path_factory) -> Baseline:
    """A valid one-page site, built once; page cases start from a copy of it."""
    base = tmp_path_factory.mktemp("baseline")
    copy_valid_page(base / "content")
    result = build(base / "content", base / "public")
    assert result.returncode == 0 and "Traceback" not in result.output, f"the valid page does not build\n{result}"
    return Baseline(base / "content", base / "public", {relative: title_of(base / "public" / relative) for relative in STRUCTURAL_PAGES})


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_bad_input(case: BadInput, tmp_path: Path, baseline: Baseline) -> None:
    problems: list[str] = []
    project_before = project_state()
    if case.stage == "import":
        check_import(case, tmp_path, baseline, problems)
    else:
        check_page(case, tmp_path, baseline, problems)
    problems += [f"outside the test folder: {change}" for change in changes(project_before, project_state())]
    leftovers = sorted(entry.name for entry in tmp_path.iterdir() if entry.name.startswith(".public"))
    if leftovers:
        problems.append(f"a half-written site was left behind: {leftovers}")
    assert not problems, f"{case.name} ({case.why}):\n" + "\n".join(problems)


def check_import(case: BadInput, tmp_path: Path, baseline: Baseline, problems: list[str]) -> None:
    folder, content, public = tmp_path / "raw", tmp_path / "content", tmp_path / "public"
    folder.mkdir()
    first = case.first(folder) if case.first else None
    path = case.make(folder)
    raw_before = tree(folder)

    first_pages: dict[str, bytes] = {}
    if first is not None:
        result = import_into(first, content)
        check_run(problems, "first import", result, offenders(first))
        if result.returncode != 0 or not pages_in(content):
            problems.append(f"the first import wrote no page\n{result}")
        first_pages = {page.name: page.read_bytes() for page in pages_in(content)}

    result = import_into(path, content)
    check_run(problems, "import", result, offenders(path))
    if case.expect_exit is not None and result.returncode != case.expect_exit:
        problems.append(f"import: exit {result.returncode}, the issue expects {case.expect_exit}\n{result}")
    if case.expect_output and not re.search(case.expect_output, result.output, re.I):
        problems.append(f"import: the output does not say /{case.expect_output}/\n{result}")
    for name in case.expect_named:
        if name not in result.output:
            problems.append(f"import: the output does not name {name}\n{result}")

    pages = pages_in(content)
    for name, data in first_pages.items():
        if not (content / name).is_file():
            problems.append(f"{name}, written by the first import, was removed by the second")
        elif (content / name).read_bytes() != data:
            problems.append(f"{name}, written by the first import, was overwritten by the second")
    if case.expect_pages is not None and len(pages) != case.expect_pages:
        problems.append(f"{len(pages)} page(s) in content/ ({[page.name for page in pages]}), the issue expects {case.expect_pages}\n{result}")
    if case.expect_text and pages and not any(case.expect_text in page.read_text(encoding="utf-8", errors="replace") for page in pages):
        problems.append(f"a page was written, but none holds {case.expect_text!r} (decoded with the wrong encoding?)")
    if case.expect_warning and pages and not (any(front_matter(page).get("warnings") for page in pages) or re.search(r"warn|警告", result.output, re.I)):
        problems.append(f"the page was written without a warning about the damaged text\n{result}")

    if tree(folder) != raw_before:
        problems.append(f"the raw input folder changed: {changes(raw_before, tree(folder))}")
    for directory, folders, files in os.walk(content, followlinks=False):
        for name in folders + files:
            if os.path.islink(os.path.join(directory, name)):
                problems.append(f"the importer wrote a symlink: {Path(directory, name).relative_to(tmp_path)}")
    if case.secret:
        check_secret(problems, case, content, folder)

    if pages:
        built = build(content, public)
        check_run(problems, "build", built, [page.name for page in pages])
        if built.returncode != 0:
            problems.append(f"the importer wrote a page that the build refuses (build exit {built.returncode})\n{built}")
        else:
            check_published(problems, case, public, content, folder, baseline)


def check_page(case: BadInput, tmp_path: Path, baseline: Baseline, problems: list[str]) -> None:
    content, public = tmp_path / "content", tmp_path / "public"
    shutil.copytree(baseline.content, content, symlinks=True)
    shutil.copytree(baseline.public, public, symlinks=True)
    live = tree(public)
    path = case.make(content)
    content_before = tree(content)

    result = build(content, public)
    check_run(problems, "build", result, [path.name])
    if case.expect_exit is not None and result.returncode != case.expect_exit:
        problems.append(f"build: exit {result.returncode}, the issue expects {case.expect_exit}\n{result}")
    if tree(content) != content_before:
        problems.append(f"the build changed the content folder: {changes(content_before, tree(content))}")
    if result.returncode == 0:
        check_published(problems, case, public, content, tmp_path / "content", baseline)
    elif tree(public) != live:
        problems.append(f"the build failed but the live site changed: {changes(live, tree(public))[:10]}")
