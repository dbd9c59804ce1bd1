"""Load the rule files in rules/ (data, not code) into compiled form."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"


class RuleError(ValueError):
    """A rule file is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern
    why: str
    example: str | None = None
    counter_example: str | None = None
    head_only: bool = False


@dataclass(frozen=True)
class Boilerplate:
    drop_lines: tuple[Rule, ...]
    block_starts: tuple[Rule, ...]
    end_markers: tuple[Rule, ...]
    truncation_markers: tuple[Rule, ...]
    inline_markers: tuple[Rule, ...]
    stamps: tuple[Rule, ...]
    title_noise: tuple[Rule, ...]


def load_yaml(name: str):
    path = RULES_DIR / name
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise RuleError(f"{path}: not valid YAML: {error}") from error


def _compile(name: str, entry: dict, where: str) -> Rule:
    if not isinstance(entry, dict) or "pattern" not in entry or "why" not in entry:
        raise RuleError(f"rules/{name}: {where} needs 'pattern' and 'why'")
    try:
        pattern = re.compile(entry["pattern"])
    except re.error as error:
        raise RuleError(f"rules/{name}: {where}: bad pattern {entry['pattern']!r}: {error}") from error
    return Rule(pattern, entry["why"], entry.get("example"), entry.get("not"), bool(entry.get("head_only")))


@lru_cache(maxsize=None)
def boilerplate() -> Boilerplate:
    data = load_yaml("boilerplate.yaml")
    sections = {}
    for section in Boilerplate.__dataclass_fields__:
        entries = data.get(section) or []
        sections[section] = tuple(
            _compile("boilerplate.yaml", entry, f"{section}[{index}]") for index, entry in enumerate(entries)
        )
    return Boilerplate(**sections)


@lru_cache(maxsize=None)
def sites() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((entry["site"], tuple(entry["signatures"])) for entry in load_yaml("sites.yaml"))


@lru_cache(maxsize=None)
def genres() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((entry["genre"], re.compile(entry["pattern"])) for entry in load_yaml("genres.yaml"))


@dataclass(frozen=True)
class Unit:
    name: str
    forms: tuple[str, ...]
    title_only: bool


@lru_cache(maxsize=None)
def units() -> tuple[Unit, ...]:
    return tuple(
        Unit(entry["unit"], tuple(entry["forms"]), bool(entry.get("title_only"))) for entry in load_yaml("units.yaml")
    )


@dataclass(frozen=True)
class Theme:
    name: str
    keywords: tuple[str, ...]
    min_hits: int


@lru_cache(maxsize=None)
def themes() -> tuple[Theme, ...]:
    return tuple(
        Theme(entry["theme"], tuple(entry["keywords"]), int(entry["min_hits"])) for entry in load_yaml("themes.yaml")
    )


@dataclass(frozen=True)
class Place:
    name: str  # full name, e.g. 新疆维吾尔自治区乌鲁木齐市
    forms: tuple[str, ...]


@lru_cache(maxsize=None)
def places() -> tuple[Place, ...]:
    found = []
    for province, entry in load_yaml("places.yaml").items():
        found.append(Place(province, (province, entry["short"])))
        for city, short in (entry.get("cities") or {}).items():
            found.append(Place(province + city, (city, short)))
    return tuple(found)
