"""The HTTP headers the site is served with, read from netlify.toml (the one place they are written).

The same rules are written into the built site as `_headers` (the format other static hosts
read) and sent by `build.py serve` and the browser tests, so the site is tested under the
policy it is deployed with.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class HeaderRule:
    pattern: str  # Netlify's form: a path, where * matches any run of characters and :name one path segment
    values: tuple[tuple[str, str], ...]
    paths: re.Pattern = field(init=False, repr=False, compare=False)  # the pattern compiled once, not per request

    def __post_init__(self):
        wildcards = {"*": ".*"}
        expression = "".join(
            wildcards.get(part, "[^/]+" if part.startswith(":") else re.escape(part))
            for part in re.split(r"(\*|(?<=/):\w+(?=/|$))", self.pattern)
        )
        object.__setattr__(self, "paths", re.compile(expression))

    def matches(self, path: str) -> bool:
        return self.paths.fullmatch(path) is not None


def load_rules(config: Path) -> list[HeaderRule]:
    """The [[headers]] tables of a netlify.toml, in order."""
    with config.open("rb") as file:
        tables = tomllib.load(file).get("headers", [])
    return [HeaderRule(table["for"], tuple((name, " ".join(str(value).split())) for name, value in table["values"].items())) for table in tables]


def headers_for(rules: list[HeaderRule], path: str) -> list[tuple[str, str]]:
    """The headers for one URL path; a header set by several matching rules has their values joined, as Netlify does."""
    combined: dict[str, list[str]] = {}
    for rule in rules:
        if rule.matches(path):
            for name, value in rule.values:
                combined.setdefault(name, []).append(value)
    return [(name, ", ".join(values)) for name, values in combined.items()]


def headers_file(rules: list[HeaderRule]) -> str:
    """The rules in the `_headers` file format."""
    blocks = [rule.pattern + "\n" + "".join(f"  {name}: {value}\n" for name, value in rule.values) for rule in rules]
    return "\n".join(blocks)
