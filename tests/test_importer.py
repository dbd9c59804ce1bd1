"""Importing: originals kept byte for byte, bad files reported one by one, hand edits protected."""
from __future__ import annotations

from pathlib import Path

from archive import importer
from archive.pages import read_page

SPEECH = "在全县大会上的讲话\n同志们:\n今天我们召开全县创先争优活动动员大会。会议很重要。\n"


def run(tmp_path: Path, *files: Path, force: bool = False):
    return importer.import_paths(list(files), tmp_path / "content", tmp_path / "sources", force=force, backups_dir=tmp_path / "backups")


def make(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / "raw" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    return path


def test_import_writes_a_page_and_keeps_the_original_unchanged(tmp_path):
    source = make(tmp_path, "speech-1.txt", SPEECH.encode("gb18030"))
    report = run(tmp_path, source)
    assert report.imported == [str(tmp_path / "content" / "speech-1.md")]
    assert (tmp_path / "sources" / "speech-1.txt").read_bytes() == source.read_bytes()
    page = (tmp_path / "content" / "speech-1.md").read_text(encoding="utf-8")
    assert "title: 在全县大会上的讲话" in page and "encoding: gb18030" in page


def test_each_bad_file_gets_its_own_error_and_the_good_ones_still_import(tmp_path):
    good = make(tmp_path, "good.txt", SPEECH.encode())
    empty = make(tmp_path, "empty.txt", b"")
    binary = make(tmp_path, "binary.txt", bytes(range(256)) * 20)
    chrome_only = make(tmp_path, "chrome.txt", "下载文档\n温馨提示:\n1. 请下载。\n网站客服:123456\n".encode())
    unsupported = make(tmp_path, "slides.pptx", b"PK\x03\x04")
    english = make(tmp_path, "notes.txt", b"Meeting notes: bring the slides and the budget sheet.\n")
    report = run(tmp_path, good, empty, binary, chrome_only, unsupported, english)
    assert report.imported == [str(tmp_path / "content" / "good.md")]
    reasons = dict(report.skipped)
    assert "the file is empty" in reasons[str(empty)]
    assert "binary" in reasons[str(binary)] or "not readable" in reasons[str(binary)]
    assert "no document text left" in reasons[str(chrome_only)]
    assert "unsupported file type .pptx" in reasons[str(unsupported)]
    assert "not a Chinese document" in reasons[str(english)]
    assert all(reason.startswith(path) for path, reason in report.skipped)


def test_reimport_never_overwrites_a_hand_edited_page_without_force(tmp_path):
    source = make(tmp_path, "speech.txt", SPEECH.encode())
    run(tmp_path, source)
    page = tmp_path / "content" / "speech.md"
    edited = page.read_text(encoding="utf-8").replace("speaker: null", "speaker: 张三")
    page.write_text(edited, encoding="utf-8")
    report = run(tmp_path, source)
    assert page.read_text(encoding="utf-8") == edited
    assert "edited by hand" in report.skipped[0][1]
    forced = run(tmp_path, source, force=True)
    assert forced.imported and "speaker: null" in page.read_text(encoding="utf-8")
    backups = list((tmp_path / "backups").glob("speech.*.md"))
    assert len(backups) == 1 and backups[0].read_text(encoding="utf-8") == edited


def test_reimport_of_an_unchanged_page_is_reported_unchanged(tmp_path):
    source = make(tmp_path, "speech.txt", SPEECH.encode())
    run(tmp_path, source)
    assert run(tmp_path, source).unchanged == [str(tmp_path / "content" / "speech.md")]


def test_folders_are_expanded_and_chinese_file_names_get_stable_ids(tmp_path):
    make(tmp_path, "全县讲话.txt", SPEECH.encode())
    report = run(tmp_path, tmp_path / "raw")
    assert len(report.imported) == 1 and Path(report.imported[0]).name.startswith("doc-")


def test_summary_counts_null_fields(tmp_path):
    report = run(tmp_path, make(tmp_path, "speech.txt", SPEECH.encode()))
    summary = report.summary()
    assert "imported:  1" in summary and "speaker    1" in summary


def test_a_chinese_named_source_already_imported_is_recognised_by_its_id(tmp_path):
    source = make(tmp_path, "全县讲话.txt", SPEECH.encode())
    report = run(tmp_path, source)
    assert Path(report.imported[0]).name == f"{importer.page_id(source)}.md"


def test_a_pdf_imports_with_its_title_and_its_original_kept(tmp_path):
    from tests.pdf_maker import pdf_with_text

    raw = tmp_path / "notice.pdf"
    raw.write_bytes(pdf_with_text(["中共某某县委办公室关于开展学习活动的通知", "各乡镇党委：", "请认真组织实施。", "中共某某县委办公室", "2011年3月5日"]))
    report = importer.import_paths([raw], tmp_path / "content", tmp_path / "sources", backups_dir=tmp_path / "backups")
    assert not report.skipped, report.skipped
    page = read_page(tmp_path / "content" / "notice.md", tmp_path / "sources")
    assert page.meta["title"] == "中共某某县委办公室关于开展学习活动的通知"
    assert (page.meta["date"], page.meta["date_kind"], page.meta["genre"]) == ("2011-03-05", "成文", "通知")
    assert (tmp_path / "sources" / "notice.pdf").read_bytes() == raw.read_bytes()


def test_a_folder_with_nothing_to_import_is_reported(tmp_path):
    (tmp_path / "empty").mkdir()
    report = importer.import_paths([tmp_path / "empty"], tmp_path / "content", tmp_path / "sources")
    assert report.skipped and "no file to import" in report.skipped[0][1]


def test_a_symbolic_link_to_a_file_outside_the_folder_is_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("关于开展创先争优活动的通知\n各单位：现将有关事项通知如下，请认真贯彻执行。\n", encoding="utf-8")
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "notice.txt").symlink_to(secret)
    report = importer.import_paths([folder], tmp_path / "content", tmp_path / "sources")
    assert not report.imported and "outside" in report.skipped[0][1]
    assert not (tmp_path / "sources").exists() or not list((tmp_path / "sources").iterdir())


def test_the_same_stem_in_two_formats_makes_two_pages(tmp_path):
    text = "关于开展创先争优活动的通知\n各单位：现将有关事项通知如下，请认真贯彻执行。\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.html").write_text(f"<html><body><h1>关于开展创先争优活动的通报</h1><p>{text}</p></body></html>", encoding="utf-8")
    first = importer.import_paths([tmp_path / "a.txt"], tmp_path / "content", tmp_path / "sources")
    second = importer.import_paths([tmp_path / "a.html"], tmp_path / "content", tmp_path / "sources")
    assert first.imported and second.imported
    assert sorted(path.name for path in (tmp_path / "content").glob("*.md")) == ["a-html.md", "a.md"]


def test_the_same_document_under_a_second_name_is_a_duplicate(tmp_path):
    text = "关于开展创先争优活动的通知\n各单位：现将有关事项通知如下，请认真贯彻执行。\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(text, encoding="utf-8")
    report = importer.import_paths([tmp_path / "a.txt", tmp_path / "copy.txt"], tmp_path / "content", tmp_path / "sources")
    assert len(report.imported) == 1 and "already imported" in report.duplicates[0][1]


def test_a_page_records_when_it_was_imported_and_a_reimport_keeps_that_time(tmp_path):
    from datetime import datetime, timezone

    source = make(tmp_path, "speech.txt", SPEECH.encode())
    before = datetime.now(timezone.utc).replace(microsecond=0)
    run(tmp_path, source)
    page = tmp_path / "content" / "speech.md"
    first = read_page(page).meta["imported"]
    assert before <= datetime.strptime(first, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc) <= datetime.now(timezone.utc)
    page.write_text(page.read_text(encoding="utf-8").replace(first, "2020-01-02T03:04:05Z").replace("speaker: null", "speaker: 张三"), encoding="utf-8")
    run(tmp_path, source, force=True)
    assert read_page(page).meta["imported"] == "2020-01-02T03:04:05Z" and read_page(page).meta["speaker"] is None


def test_reimporting_an_unchanged_file_skips_the_work_but_not_a_changed_page(tmp_path, monkeypatch):
    source = make(tmp_path, "speech.txt", SPEECH.encode())
    run(tmp_path, source)
    assert (tmp_path / "content" / ".import-cache.json").is_file()
    calls = []
    monkeypatch.setattr(importer.cleaning, "clean", lambda *args, **kwargs: calls.append(args) or (_ for _ in ()).throw(AssertionError("cleaned again")))
    assert run(tmp_path, source).unchanged == [str(tmp_path / "content" / "speech.md")] and not calls
    (tmp_path / "sources" / "speech.txt").unlink()  # the kept original lost: the import must restore it
    monkeypatch.undo()
    assert run(tmp_path, source).unchanged and (tmp_path / "sources" / "speech.txt").read_bytes() == source.read_bytes()


def test_a_new_importer_version_imports_everything_again(tmp_path, monkeypatch):
    from archive import import_cache

    source = make(tmp_path, "speech.txt", SPEECH.encode())
    run(tmp_path, source)
    monkeypatch.setattr(import_cache, "importer_version", lambda: "another")
    calls = []
    original_clean = importer.cleaning.clean
    monkeypatch.setattr(importer.cleaning, "clean", lambda *args, **kwargs: calls.append(1) or original_clean(*args, **kwargs))
    run(tmp_path, source)
    assert calls == [1]


def test_an_import_on_all_cores_writes_what_one_core_writes_and_reports_alike(tmp_path, monkeypatch):
    from archive import parallel

    def batch(folder: Path) -> list[Path]:
        folder.mkdir()
        files = [make(folder, f"speech-{number}.txt", SPEECH.replace("全县", f"第{number}次全县").encode()) for number in range(6)]
        files.append(make(folder, "copy.txt", files[0].read_bytes()))  # a duplicate read in another worker
        files.append(make(folder, "speech-1.html", f"<html><body><h1>关于开展创先争优活动的通报</h1><p>{SPEECH}</p></body></html>".encode()))
        files.append(make(folder, "empty.txt", b""))
        return files

    def imported(folder: Path) -> tuple[dict, list]:
        report = run(folder, *batch(folder))
        pages = {path.name: path.read_text(encoding="utf-8").split("imported:")[0] for path in sorted((folder / "content").glob("*.md"))}
        outcome = [[Path(file).name for file in report.imported], [(Path(file).name, reason.replace(str(folder), "")) for file, reason in report.skipped + report.duplicates]]
        return pages, outcome

    serial = imported(tmp_path / "serial")
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 1)
    monkeypatch.setattr(importer, "FILES_PER_TASK", 1)
    monkeypatch.setattr(importer, "FILES_PER_BATCH", 4)
    assert imported(tmp_path / "parallel") == serial
    assert len(serial[0]) == 7 and len(serial[1][1]) == 2
