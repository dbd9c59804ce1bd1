"""A news report known by its words, where no rule names a document's genre.

News reports come in more shapes than rules can list (a campaign's round-up, a school's notice of an
event, a county's report of a meeting); what they share is how they are worded: 召开, 出席, 指出, 近日,
记者, a day and a place. A Naive Bayes model over the pairs of adjacent characters in the title and
the opening of the text, trained on the labelled development half of the evaluation corpus
(scripts/news_model.py writes rules/news_model.tsv), says whether such a document is a news report.
Its threshold was chosen by cross-validation with whole sites held out, so it is measured on sites
it has not seen, as it will be used.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..folding import fold
from ..rules import RULES_DIR, RuleError

MODEL_FILE = "news_model.tsv"
OPENING_CHARS = 300  # of the text after the title: a report says what happened in its first lines
DIGITS = re.compile(r"\d+")
PAIR_DOCUMENTS_MIN = 3  # a pair seen in fewer documents says nothing reliable
WEIGHT_MIN = 0.5  # pairs that tell a report from other texts less than this are left out of the model


@dataclass(frozen=True)
class NewsModel:
    prior: float  # log odds of a news report before the words are read
    threshold: float  # a score above it is a news report
    weights: dict[str, float]  # log likelihood ratio of each pair's presence

    def score(self, pairs: set[str]) -> float:
        return self.prior + sum(self.weights.get(pair, 0.0) for pair in pairs)


def pairs_of(title: str | None, paragraphs: list[str]) -> set[str]:
    """The pairs of adjacent characters in the title and the opening of the text, folded, any number as 0
    (none across a space or a line break). Not similarity.character_pairs: digits and marks tell too (0月, 日,,
    (记); with Chinese pairs only, cross-validation found 43 reports and 11 wrong calls against 46 and 9."""
    text = DIGITS.sub("0", fold(f"{title or ''}\n" + "\n".join(paragraphs)[:OPENING_CHARS]))
    return {pair for pair in (text[index:index + 2] for index in range(len(text) - 1)) if not (pair[0].isspace() or pair[1].isspace())}


def train(examples: Iterable[tuple[set[str], bool]], threshold: float) -> NewsModel:
    """A model from (pairs, is a news report) examples."""
    in_news, in_others = Counter(), Counter()
    news = others = 0
    for pairs, is_news in examples:
        if is_news:
            in_news.update(pairs)
            news += 1
        else:
            in_others.update(pairs)
            others += 1
    weights = {}
    for pair in in_news.keys() | in_others.keys():
        if in_news[pair] + in_others[pair] < PAIR_DOCUMENTS_MIN:
            continue
        weight = math.log((in_news[pair] + 1) / (news + 2)) - math.log((in_others[pair] + 1) / (others + 2))
        if abs(weight) >= WEIGHT_MIN:
            weights[pair] = round(weight, 3)
    return NewsModel(round(math.log(news / others), 3), threshold, weights)


def is_news(title: str | None, paragraphs: list[str], model: NewsModel | None = None) -> bool:
    """Whether the words of a text are a news report's (by the model in rules/, unless another is given)."""
    model = model or shipped_model()
    return model.score(pairs_of(title, paragraphs)) > model.threshold


@lru_cache(maxsize=None)
def shipped_model() -> NewsModel:
    path = RULES_DIR / MODEL_FILE
    try:
        return from_table(path.read_text(encoding="utf-8"))
    except ValueError as error:
        raise RuleError(f"rules/{MODEL_FILE}: {error}") from error


def to_table(model: NewsModel, note: str) -> str:
    """The model as rules/news_model.tsv: comment lines, the prior and the threshold, then each pair and its weight."""
    lines = [f"# {line}" for line in note.splitlines()]
    lines += [f"prior\t{model.prior}", f"threshold\t{model.threshold}"]
    lines += [f"{pair}\t{weight}" for pair, weight in sorted(model.weights.items())]
    return "\n".join(lines) + "\n"


def from_table(text: str) -> NewsModel:
    """Read rules/news_model.tsv; ValueError names the line that is not as `to_table` writes it."""
    values: dict[str, float] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line or line.startswith("#"):
            continue
        key, separator, value = line.partition("\t")
        try:
            values[key] = float(value)
        except ValueError:
            raise ValueError(f"line {number}: not 'pair<TAB>weight': {line!r}") from None
        if not separator:
            raise ValueError(f"line {number}: not 'pair<TAB>weight': {line!r}")
    if "prior" not in values or "threshold" not in values:
        raise ValueError("no 'prior' or no 'threshold' line")
    prior, threshold = values.pop("prior"), values.pop("threshold")
    return NewsModel(prior, threshold, values)
