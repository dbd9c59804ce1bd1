"""The command line as an archivist uses it: import into another folder, and review with check."""
from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def run(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "build.py"), *arguments], capture_output=True, text=True, cwd=ROOT)


def test_import_with_out_writes_elsewhere_and_prints_a_summary(tmp_path):
    raw = tmp_path / "speech.txt"
    raw.write_text("在全县大会上的讲话\n同志们:\n今天我们召开大会,部署创先争优活动。\n", encoding="utf-8")
    collection = {folder: sorted(path.name for path in (ROOT / folder).iterdir()) for folder in ("content", "sources")}
    result = run("import", str(raw), "--out", str(tmp_path / "trial"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "trial" / "speech.md").is_file()
    assert (tmp_path / "trial" / "sources" / "speech.txt").read_bytes() == raw.read_bytes()
    assert "imported:  1" in result.stdout and "fields left null" in result.stdout
    assert {folder: sorted(path.name for path in (ROOT / folder).iterdir()) for folder in ("content", "sources")} == collection


def test_import_of_only_bad_files_fails_with_each_reason(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("import", str(empty), "--out", str(tmp_path / "trial"))
    assert result.returncode == 1
    assert f"{empty}: the file is empty" in result.stdout


def test_check_lists_pages_with_null_or_doubtful_fields():
    result = run("check")
    assert result.returncode == 0
    assert "003_3685b0cf52ee24bc.md" in result.stdout and "unit is null" in result.stdout
    assert "不可能的日期" in result.stdout
    assert "page(s) to review" in result.stdout


def test_check_lists_a_trial_import_whose_title_was_not_found(tmp_path):
    raw = tmp_path / "untitled.txt"
    raw.write_text("各位:\n今天我们在这里开会，研究下一步的工作安排。\n会议要求大家认真落实。\n", encoding="utf-8")
    assert run("import", str(raw), "--out", str(tmp_path / "trial")).returncode == 0
    result = run("check", "--content", str(tmp_path / "trial"))
    assert result.returncode == 0, result.stderr
    assert "untitled.md" in result.stdout and "could not find the title" in result.stdout


def test_a_build_reports_each_stage_even_without_a_terminal(tmp_path):
    result = run("--out", str(tmp_path / "site"))
    assert result.returncode == 0, result.stderr
    stages = [line.split(":")[0] for line in result.stderr.splitlines() if " in " in line and line.endswith(" s")]
    assert stages == ["load", "render", "index"]


def test_a_long_import_reports_progress_without_a_terminal(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for number in range(25):
        (raw / f"speech-{number}.txt").write_text(f"在第{number}次全县大会上的讲话\n同志们:\n今天我们召开大会,部署创先争优活动。\n", encoding="utf-8")
    result = run("import", str(raw), "--out", str(tmp_path / "trial"))
    assert result.returncode == 0, result.stderr
    assert "importing: 25/25 files" in result.stderr
