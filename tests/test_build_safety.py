"""Builds killed at any point, concurrent builds, and reproducibility: the live site is never lost or half-written."""
from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from archive import locking, swap
from tests.conftest import ROOT

BUILD = [sys.executable, str(ROOT / "build.py")]


def tree(folder: Path) -> dict[str, str]:
    """Every file under a folder, by relative path, with its SHA-256."""
    return {str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(folder.rglob("*")) if path.is_file()}


def build(content: Path, output: Path, **options) -> subprocess.CompletedProcess:
    return subprocess.run([*BUILD, "--content", str(content), "--out", str(output)], capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=300, **options)


@pytest.fixture
def project(tmp_path):
    """A content folder (originals inside it) with the collection, built once; the new content has one page less."""
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    shutil.copytree(ROOT / "sources", content / "sources")
    assert build(content, tmp_path / "public").returncode == 0
    return tmp_path


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.startswith(".public"))


def pagefind_processes(folder: Path) -> list[str]:
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            arguments = cmdline.read_bytes().split(b"\0")
        except OSError:
            continue
        if arguments and arguments[0].endswith(b"pagefind") and str(folder).encode() in b" ".join(arguments):
            found.append(cmdline.parent.name)
    return found


def test_two_builds_and_a_build_elsewhere_are_byte_identical(project, tmp_path):
    again = build(project / "content", tmp_path / "again")
    elsewhere = tmp_path / "clone"
    shutil.copytree(project / "content", elsewhere / "content")
    copy = build(elsewhere / "content", elsewhere / "public")
    assert again.returncode == 0 and copy.returncode == 0
    assert tree(project / "public") == tree(tmp_path / "again") == tree(elsewhere / "public")


KILL_IN_SWAP = """
import os, signal, sys
sys.path.insert(0, {root!r})
from archive import site
real_replace = os.replace
def replace_then_die(source, target):
    real_replace(source, target)
    if str(target).endswith("-retired"):
        os.kill(os.getpid(), signal.SIGKILL)
os.replace = replace_then_die
from pathlib import Path
project = site.Project(Path({content!r}), Path({content!r}) / "sources", Path({root!r}) / "templates", Path({root!r}) / "static", Path({output!r}))
site.build(project)
"""


def test_a_build_killed_between_the_two_renames_of_the_swap_loses_nothing(project):
    before = tree(project / "public")
    (project / "content" / "004_a8838e6b2a279195.md").unlink()
    script = KILL_IN_SWAP.format(root=str(ROOT), content=str(project / "content"), output=str(project / "public"))
    killed = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=300)
    assert killed.returncode == -signal.SIGKILL
    assert not (project / "public").exists() and (project / ".public-retired").is_dir()
    swap.recover(project / "public")  # what every build does first
    assert tree(project / "public") == before
    assert build(project / "content", project / "public").returncode == 0
    assert "documents/004_a8838e6b2a279195/index.html" not in tree(project / "public")
    assert leftovers(project) == []


def test_a_failed_build_after_a_killed_swap_puts_the_previous_site_back(project):
    before = tree(project / "public")
    os.replace(project / "public", project / ".public-retired")  # as a kill inside the swap leaves it
    page = project / "content" / "000_cb3843f68f6f73f7.md"
    page.write_text(page.read_text(encoding="utf-8").replace("complete: ", "complete: perhaps-", 1), encoding="utf-8")
    failed = build(project / "content", project / "public")
    assert failed.returncode == 1 and "000_cb3843f68f6f73f7.md" in failed.stderr
    assert tree(project / "public") == before and leftovers(project) == []


@pytest.mark.parametrize("delay", [0.2, 0.5, 0.9, 1.4, 2.0])
def test_a_build_killed_at_any_moment_leaves_the_old_site_or_the_new_one(project, tmp_path, delay):
    before = tree(project / "public")
    (project / "content" / "004_a8838e6b2a279195.md").unlink()
    reference = tmp_path / "reference"
    assert build(project / "content", reference).returncode == 0
    after = tree(reference)
    process = subprocess.Popen([*BUILD, "--content", str(project / "content"), "--out", str(project / "public")], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait()
    swap.recover(project / "public")  # what every build does first: a kill inside the swap is undone
    assert tree(project / "public") in (before, after)
    time.sleep(0.3)
    assert pagefind_processes(project) == [], "a killed build's Pagefind must not go on running"
    assert build(project / "content", project / "public").returncode == 0
    assert tree(project / "public") == after and leftovers(project) == []


def test_pagefind_dies_with_a_killed_build(project):
    content = project / "content"
    for number in range(60):  # enough pages that indexing takes a moment
        shutil.copy(content / "001_c7e687d74acad71f.md", content / f"copy-{number}.md")
        text = (content / f"copy-{number}.md").read_text(encoding="utf-8").replace("id: 001_c7e687d74acad71f", f"id: copy-{number}", 1)
        (content / f"copy-{number}.md").write_text(text, encoding="utf-8")
    process = subprocess.Popen([*BUILD, "--content", str(content), "--out", str(project / "public")], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    deadline = time.time() + 120
    while not pagefind_processes(project) and process.poll() is None and time.time() < deadline:
        time.sleep(0.01)
    assert pagefind_processes(project), "the build should have started Pagefind"
    process.send_signal(signal.SIGKILL)
    process.wait()
    time.sleep(0.5)
    assert pagefind_processes(project) == []


def test_a_second_build_while_one_runs_is_refused_with_a_clear_message(project):
    with locking.exclusive(project, "build public/"):
        refused = build(project / "content", project / "public")
    assert refused.returncode == 1 and "is running" in refused.stderr and "Traceback" not in refused.stderr


def test_an_import_while_a_build_runs_is_refused(project, tmp_path):
    raw = tmp_path / "notice.txt"
    raw.write_text("关于开展创先争优活动的通知\n各单位：现将有关事项通知如下，请认真贯彻执行。\n", encoding="utf-8")
    with locking.exclusive(project, "build public/"):
        refused = subprocess.run([*BUILD, "import", str(raw), "--out", str(project / "content")], capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120)
    assert refused.returncode == 1 and "is running" in refused.stderr
    assert not (project / "content" / "notice.md").exists()
