"""The real-document corpus (tests/corpus/): well-formed labels, and an archive that builds after importing all of it.

Accuracy on the corpus is measured by `make eval` (tests/corpus_eval.py), not asserted here.
"""
from __future__ import annotations

import re

import pytest
import yaml

from archive import importer, site
from archive.pages import read_page
from tests.corpus_eval import CORPUS, GENRES, ROOT, load_cases, raw_readings, squeeze

CASES = load_cases()
REQUIRED = ("title", "date", "date_kind", "unit", "speaker", "place", "genre", "doc_number", "first", "last", "chrome")


def test_the_corpus_has_real_documents_from_many_sites_in_both_halves():
    assert len(CASES) >= 80
    assert len({case.site for case in CASES}) >= 30
    assert {case.half for case in CASES} == {"dev", "test"}


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_label_is_complete_and_quotes_its_raw_file(case):
    label = yaml.safe_load((CORPUS / f"{case.id}.yaml").read_text(encoding="utf-8"))
    assert label["provenance"].get("gathered") and (label["provenance"].get("url") or label["provenance"].get("repository"))
    assert set(REQUIRED) <= set(case.expect), set(REQUIRED) - set(case.expect)
    assert case.expect["genre"] is None or case.expect["genre"] in GENRES
    assert case.expect["date"] is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", str(case.expect["date"]))
    readings = raw_readings(case.raw)
    for piece in [case.expect["first"], *(case.expect["chrome"] or [])]:
        assert piece is None or any(squeeze(piece) in reading for reading in readings), piece


def test_every_corpus_document_imports_to_a_page_the_build_accepts(tmp_path):
    content, sources = tmp_path / "content", tmp_path / "sources"
    report = importer.import_paths([case.raw for case in CASES], content, sources, backups_dir=tmp_path / "backups")
    written = sorted(content.glob("*.md"))
    assert len(written) + len(report.skipped) == len(CASES)
    for path in written:
        read_page(path, sources)
    count, _ = site.build(site.Project(content, sources, ROOT / "templates", ROOT / "static", tmp_path / "public"))
    assert count == len(written)


def test_a_document_without_a_title_shape_gets_a_stand_in_title_marked_for_review(tmp_path):
    raw = tmp_path / "untitled.txt"
    raw.write_text("各位:\n今天我们在这里开会，研究下一步的工作安排。\n会议要求大家认真落实。", encoding="utf-8")
    importer.import_paths([raw], tmp_path / "content", tmp_path / "sources", backups_dir=tmp_path / "backups")
    page = read_page(tmp_path / "content" / "untitled.md", tmp_path / "sources")
    assert page.meta["needs_review"] is True
    assert page.meta["title"] == "untitled"
    assert any("标题" in warning for warning in page.meta["warnings"])


def test_a_document_whose_first_line_is_headline_shaped_gets_it_as_a_stand_in_title_marked_for_review(tmp_path):
    raw = tmp_path / "cfrd.txt"  # the page's headline, two lines of attendance, then the report (api.cfrd.gov.cn)
    raw.write_bytes((CORPUS / "cfrd-chifeng-6jie-renda-5ci-kaimu-mengxiandong-baogao.txt").read_bytes())
    importer.import_paths([raw], tmp_path / "content", tmp_path / "sources", backups_dir=tmp_path / "backups")
    page = read_page(tmp_path / "content" / "cfrd.md", tmp_path / "sources")
    assert page.meta["title"] == "3月8日,市六届人大五次会议隆重开幕"
    assert page.meta["needs_review"] is True
    assert page.body.startswith("3月8日,市六届人大五次会议隆重开幕")  # kept in the text: nothing is lost if it is not the title


def test_a_new_site_joins_only_when_neither_it_nor_its_www_twin_is_on_the_test_side():
    from tests.corpus_check import site_verdict

    assert site_verdict("www.wydbw.com", {}).startswith("NO: hashes to the test half")
    assert "www.wydbw.com hashes to the test half" in site_verdict("wydbw.com", {})  # a document-sharing site met under both hosts
    assert site_verdict("cppc-bj.com", {}) == "USE"
    assert site_verdict("cppc-bj.com", {"cppc-bj.com": (1, "dev")}).startswith("ALREADY")
    assert "xianggang.baogaosu.com is in the test half" in site_verdict("hefei.baogaosu.com", {"xianggang.baogaosu.com": (1, "test")})
    assert "lsbar.com hashes to the test half" in site_verdict("lsbar.com:8000", {})  # a port is the same website
    assert site_verdict("mypaper.pchome.com.tw.", {}).startswith("NO: write the host as mypaper.pchome.com.tw")  # the root dot hid a test-half site


def test_a_website_with_a_host_in_the_development_half_is_wholly_there():
    from tests.corpus_eval import assign_halves, half_of

    assert (half_of("law64.infoeach.com"), half_of("law160.infoeach.com")) == ("dev", "test")  # one law database's mirrors
    assert assign_halves({"law64.infoeach.com", "law160.infoeach.com"}) == {"law64.infoeach.com": "dev", "law160.infoeach.com": "dev"}
    assert assign_halves({"law160.infoeach.com"}) == {"law160.infoeach.com": "test"}
    assert assign_halves({"big5.www.gov.cn", "www.gov.cn"})["big5.www.gov.cn"] == "dev"


def test_a_label_quoting_text_its_raw_file_lacks_is_reported():
    from tests.corpus_check import expect_problems

    readings = (squeeze("政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作"),)
    good = {"date": "2021-02-03", "date_kind": "讲话", "genre": "工作报告", "first": "各位代表:", "chrome": []}
    assert expect_problems(good, readings, excerpt=True) == []
    bad = {**good, "date": "2021-2-3", "genre": "讲演", "first": "各位委员:", "chrome": ["图:天下口碑数据库插播"], "last": "报告工作"}
    problems = expect_problems(bad, readings, excerpt=True)
    assert len(problems) == 5, problems


def test_the_evaluation_prints_each_kinds_accuracy():
    from tests.corpus_eval import Case, Outcome, accuracy_by_kind

    def outcome(kind: str, misses: dict) -> Outcome:
        return Outcome(Case(f"{kind}-{len(misses)}", CORPUS / "x.txt", "example.org", "dev", False, kind, {}), {}, misses)

    lines = accuracy_by_kind([outcome("公文", {}), outcome("公文", {"title": ("a", "b")}), outcome("讲话", {"genre": (None, "讲话")})])
    assert lines[1].split()[:3] == ["公文", "2", "50%"]  # title right in one of two
    assert lines[2].split()[:2] == ["讲话", "1"] and lines[2].split()[5] == "0%"  # genre wrong in its one document
