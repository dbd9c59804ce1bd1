"""YAML as written by people and scraped pages: safe, without alias expansion, dates kept as text."""
from __future__ import annotations

import yaml


class FrontMatterLoader(yaml.SafeLoader):
    """Safe YAML without aliases (no expansion bombs) and without implicit timestamps.

    A date is kept as the text written, so that `date: 2020-13-45` is reported as a bad
    date by validation instead of crashing the loader.
    """

    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(None, None, f"an alias (*{event.anchor}) is not allowed in front matter: write the value out", event.start_mark)
        return super().compose_node(parent, index)


class FastFrontMatterLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """The same, read by libyaml (7 times faster), for text that defines no anchor and so can hold no alias."""

    yaml_implicit_resolvers = FrontMatterLoader.yaml_implicit_resolvers


def load_front_matter(text: str):
    """Safe YAML without aliases: a few hundred bytes of anchors cannot expand to millions of items."""
    return yaml.load(text, Loader=FrontMatterLoader if "&" in text else FastFrontMatterLoader)
