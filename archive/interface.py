"""The interface in Simplified Chinese and English; the documents stay in their own language.

Every label is written in the templates in Chinese and looked up in templates/interface.en.yaml.
A page carries both forms (`ui-zh` and `ui-en` spans, `data-en-*` attributes); static/ui.js shows
the one the reader chose and remembers it. A label without an English form fails the build, so
the English interface can never silently fall back to Chinese.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from markupsafe import Markup

from .safe_yaml import load_front_matter

INTERFACE_FILE = "interface.en.yaml"
# English counts nouns: the table writes "{count} documents", and one is "1 document" (static/interface.js too).
ONE_OF_PLURAL = re.compile(r"\b1 (document|section|kind)s\b")


class InterfaceError(ValueError):
    """A label has no English form; str() names the file and the labels."""


class Interface:
    def __init__(self, english: dict[str, str], source: Path):
        self.english_forms = english
        self.source = source
        self._made: dict[tuple[str, ...], Markup] = {}  # every page repeats the same fixed labels and attributes

    @classmethod
    def load(cls, templates: Path) -> Interface:
        path = templates / INTERFACE_FILE
        data = load_front_matter(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not all(isinstance(key, str) and isinstance(value, str) for key, value in data.items()):
            raise InterfaceError(f"{path}: must map each Chinese label to its English form")
        return cls(data, path)

    def _form(self, chinese: str) -> str:
        try:
            return self.english_forms[chinese]
        except KeyError:
            raise InterfaceError(f"{self.source}: no English for the label {chinese!r}; add it") from None

    def english(self, chinese: str, **values) -> str:
        return ONE_OF_PLURAL.sub(r"1 \1", self._form(chinese).format(**values))

    def both(self, chinese: str, **values) -> tuple[str, str]:
        """The label filled in, as plain text in Chinese and in English (for an SVG title or an attribute)."""
        return chinese.format(**values), self.english(chinese, **values)

    def text(self, chinese: str, **values) -> Markup:
        """The label in both languages; `values` are filled in escaped."""
        return self._both(chinese, values) if values else self._fixed((chinese,), lambda: self._both(chinese, values))

    def _fixed(self, key: tuple[str, ...], make) -> Markup:
        if key not in self._made:
            self._made[key] = make()
        return self._made[key]

    def _both(self, chinese: str, values: dict) -> Markup:
        zh = Markup(chinese).format(**values)
        en = Markup(ONE_OF_PLURAL.sub(r"1 \1", Markup(self._form(chinese)).format(**values)))
        return Markup('<span class="ui-zh">{}</span><span class="ui-en" lang="en">{}</span>').format(zh, en)

    def attribute(self, name: str, chinese: str, **values) -> Markup:
        """An attribute in Chinese, with its English form beside it for static/ui.js to swap in."""
        return self._attribute(name, chinese, values) if values else self._fixed((name, chinese), lambda: self._attribute(name, chinese, values))

    def _attribute(self, name: str, chinese: str, values: dict) -> Markup:
        return Markup('{}="{}" data-en-{}="{}"').format(Markup(name), chinese.format(**values), Markup(name), self.english(chinese, **values))

    def as_json(self) -> str:
        """The table for the pages' scripts (static/interface.js)."""
        return json.dumps(self.english_forms, ensure_ascii=False, sort_keys=True)
