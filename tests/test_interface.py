"""The interface table: both languages on the page, escaped values, counted nouns, no label left untranslated."""
from __future__ import annotations

from pathlib import Path

import pytest

from archive.interface import Interface, InterfaceError
from tests.conftest import ROOT

TABLE = Interface({"{count} 篇": "{count} documents", "原题作“{printed}”": "Printed title: “{printed}”", "检索": "Search"}, Path("interface.en.yaml"))


def test_a_label_carries_both_languages_and_escapes_its_values():
    assert str(TABLE.text("原题作“{printed}”", printed="<b>标题</b>")) == (
        '<span class="ui-zh">原题作“&lt;b&gt;标题&lt;/b&gt;”</span><span class="ui-en" lang="en">Printed title: “&lt;b&gt;标题&lt;/b&gt;”</span>'
    )
    assert str(TABLE.attribute("placeholder", "检索")) == 'placeholder="检索" data-en-placeholder="Search"'


def test_one_is_singular_in_english():
    assert TABLE.english("{count} 篇", count=1) == "1 document" and TABLE.english("{count} 篇", count=21) == "21 documents"


def test_a_label_without_english_names_the_table_and_the_label():
    with pytest.raises(InterfaceError, match=r"interface.en.yaml: no English for the label '未译'"):
        TABLE.text("未译")


def test_the_shipped_table_maps_text_to_text():
    table = Interface.load(ROOT / "templates")
    assert table.english("检索") == "Search" and len(table.english_forms) > 100
