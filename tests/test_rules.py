"""Every data rule does what its comment says, on the example it documents."""
from __future__ import annotations

import re

import pytest

from archive import rules
from archive.folding import fold

BOILERPLATE = rules.boilerplate()
ALL_RULES = [
    (section, index, rule)
    for section in ("drop_lines", "block_starts", "end_markers", "truncation_markers", "inline_markers", "stamps", "title_noise", "below_text")
    for index, rule in enumerate(getattr(BOILERPLATE, section))
]


@pytest.mark.parametrize("section, index, rule", ALL_RULES, ids=lambda value: str(value)[:30] if not hasattr(value, "pattern") else "")
def test_rule_matches_its_documented_example(section, index, rule):
    assert rule.example, f"{section}[{index}] has no example"
    assert rule.pattern.search(fold(rule.example)), f"{section}[{index}] does not match its example {rule.example!r}"  # lines are matched folded to Simplified


@pytest.mark.parametrize("section, index, rule", [item for item in ALL_RULES if item[2].counter_example], ids=str)
def test_rule_leaves_its_documented_counter_example(section, index, rule):
    assert not rule.pattern.search(fold(rule.counter_example))


def test_every_rule_says_where_it_came_from():
    assert all(rule.why.strip() for _, _, rule in ALL_RULES)


def test_layout_rules_match_their_documented_examples():
    labels = rules.portal_labels()
    for entry in rules.load_yaml("layout.yaml")["portal_fields"]:
        assert labels.pattern.match(fold(entry["example"])), entry["example"]
    assert rules.position_titles().search(rules.load_yaml("layout.yaml")["position_titles"]["example"])
    abbreviations = rules.load_yaml("layout.yaml")["province_abbreviations"]
    assert fold(abbreviations["example"])[0] in rules.province_abbreviations()
    for entry in rules.load_yaml("layout.yaml")["closing_formulas"]:
        assert re.search(entry["pattern"], fold(entry["example"])), entry["example"]


def test_vocabularies_load_with_names_and_forms():
    assert all(theme.keywords and theme.min_hits > 0 for theme in rules.themes())
    assert all(pattern.pattern for _, pattern in rules.genres())


def test_malformed_rule_file_error_names_the_file(tmp_path, monkeypatch):
    (tmp_path / "boilerplate.yaml").write_text("drop_lines:\n  - pattern: '('\n    why: broken\n", encoding="utf-8")
    monkeypatch.setattr(rules, "RULES_DIR", tmp_path)
    rules.boilerplate.cache_clear()
    try:
        with pytest.raises(rules.RuleError, match=r"boilerplate\.yaml: drop_lines\[0\]: bad pattern"):
            rules.boilerplate()
    finally:
        rules.boilerplate.cache_clear()


def test_every_body_name_group_recognises_its_example():
    from archive.bodies import is_body_name

    for group in rules.load_yaml("bodies.yaml")["suffixes"]:
        assert is_body_name(group["example"]), group["example"]
        assert group["why"].strip()


def test_the_spoken_genres_are_named_genres():
    names = {name for name, _ in rules.genres()}
    assert rules.spoken_genres() <= names and {"讲话", "致辞", "讲课稿", "工作报告"} <= rules.spoken_genres()
    assert "通知" not in rules.spoken_genres() and "报告" not in rules.spoken_genres()
