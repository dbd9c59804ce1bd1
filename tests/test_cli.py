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


def test_shards_indexed_by_separate_jobs_assemble_into_the_site_a_single_build_writes(tmp_path):
    from tests.test_build_safety import tree

    jobs = [run("shard", str(number), "--shard-size", "2", "--out", str(tmp_path / f"job-{number}")) for number in range(3)]
    assert all(job.returncode == 0 for job in jobs), [job.stderr for job in jobs]
    assert run("shard", "3", "--shard-size", "2", "--out", str(tmp_path / "job-3")).stderr.strip().endswith(
        "error: there is no shard 3: 5 documents in shards of 2 make 3 (0 to 2)")
    folders = [str(tmp_path / f"job-{number}") for number in range(3)]
    incomplete = run("assemble", *folders[:2], "--shard-size", "2", "--out", str(tmp_path / "assembled"))
    assert incomplete.returncode == 1 and "shard(s) 2 (年份不详, 2 documents)" in incomplete.stderr
    assert not (tmp_path / "assembled").exists()
    assembled = run("assemble", *folders, "--shard-size", "2", "--out", str(tmp_path / "assembled"))
    assert assembled.returncode == 0, assembled.stderr
    assert "3 shards (3 assembled)" in assembled.stderr
    single = run("--shard-size", "2", "--out", str(tmp_path / "single"))
    assert single.returncode == 0
    assert tree(tmp_path / "assembled") == tree(tmp_path / "single")


def test_an_assembly_refuses_a_shard_indexed_from_other_pages(tmp_path):
    content = tmp_path / "content"
    subprocess.run(["cp", "-r", str(ROOT / "content"), str(content)], check=True)
    subprocess.run(["cp", "-r", str(ROOT / "sources"), str(content / "sources")], check=True)
    assert run("shard", "0", "--content", str(content), "--out", str(tmp_path / "job")).returncode == 0
    page = content / "004_a8838e6b2a279195.md"
    page.write_text(page.read_text(encoding="utf-8").replace("乌鲁木齐", "乌鲁木齐市", 1), encoding="utf-8")
    assembled = run("assemble", str(tmp_path / "job"), "--content", str(content), "--out", str(tmp_path / "site"))
    assert assembled.returncode == 1 and "no index built from these pages was found for shard(s) 0" in assembled.stderr
