"""What `serve --watch` notices: added, removed and edited files; not hidden ones (editor swap files, caches)."""
from __future__ import annotations

import os

from archive.watching import changed, snapshot


def test_added_removed_and_edited_files_are_noticed_and_hidden_files_are_not(tmp_path):
    (tmp_path / "a.md").write_text("一", encoding="utf-8")
    (tmp_path / "b.md").write_text("二", encoding="utf-8")
    settings = tmp_path / "netlify.toml"
    settings.write_text("", encoding="utf-8")
    folders = [tmp_path, tmp_path / "missing", settings]
    before = snapshot(folders)
    assert changed(before, snapshot(folders)) == []
    (tmp_path / "a.md").write_text("一二", encoding="utf-8")
    (tmp_path / "b.md").unlink()
    (tmp_path / "c.md").write_text("三", encoding="utf-8")
    (tmp_path / ".a.md.swp").write_text("x", encoding="utf-8")
    assert changed(before, snapshot(folders)) == sorted(str(tmp_path / name) for name in ("a.md", "b.md", "c.md"))


def test_an_edit_that_keeps_the_size_is_noticed_by_its_time(tmp_path):
    page = tmp_path / "a.md"
    page.write_text("一", encoding="utf-8")
    before = snapshot([tmp_path])
    page.write_text("二", encoding="utf-8")
    os.utime(page, ns=(before[str(page)][0] + 10**9, before[str(page)][0] + 10**9))
    assert changed(before, snapshot([tmp_path])) == [str(page)]
