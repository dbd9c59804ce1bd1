"""Documents whose texts are alike, for a page's related list.

Each text is reduced to its most telling pairs of Chinese characters (weighted by tf-idf, as a
search engine's "more like this" does), and texts are compared only through the pairs they share,
so no page is compared with every other. Another copy of the same text (a speech scraped from two
sites), a text on the same business in other words (the holiday notices of several years, two
counties' rules of procedure) and two speeches of one campaign come out alike.

How telling a pair is depends on how many texts it occurs in. It is taken from the counts of the
corpus of real documents in tests/corpus/ (rules/pair_frequencies.tsv), not from the collection:
a collection of a few dozen texts says little about it (any two speeches share 講話 and 上的), and
so a text's vector depends on the text alone, and a rebuild reuses the vectors of unchanged pages.
Measured on the corpus, the lists agree with those weighted by the collection's own counts for 97%
of their entries.
"""
from __future__ import annotations

import heapq
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

HAN_PAIR = re.compile(r"(?=([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2}))")  # overlapping: 创先争 gives 创先, 先争
SAMPLE_CHARS = 1500  # a text's opening carries its business; reading further costs time (README, "Build costs")
TERMS_PER_TEXT = 32
MOST_TEXTS_PER_PAIR = 200  # a pair telling for more texts than this (创先 in a campaign's archive) is passed over
ALIKE = 0.2  # cosine of the telling-pair vectors: measured on the corpus (README, "Reading a document")


def character_pairs(text: str) -> Counter:
    """How often each pair of adjacent Chinese characters occurs in the text's opening."""
    return Counter(HAN_PAIR.findall(text[:SAMPLE_CHARS]))


TERM_WEIGHTS = tuple(1 + math.log(count) if count else 0.0 for count in range(64))


def term_weight(count: int) -> float:
    """1 + log(count), looked up for the usual counts (most pairs occur once or twice)."""
    return TERM_WEIGHTS[count] if count < len(TERM_WEIGHTS) else 1 + math.log(count)


def telling_pairs(pairs: Counter, rarity: dict[str, float]) -> dict[str, float]:
    """A text's TERMS_PER_TEXT most telling pairs, weighted by tf-idf and scaled to unit length."""
    usual = len(TERM_WEIGHTS)
    weights = [((TERM_WEIGHTS[count] if count < usual else term_weight(count)) * weight, pair)  # inlined: the build's hottest loop
               for pair, count in pairs.items() if (weight := rarity.get(pair))]
    top = heapq.nlargest(TERMS_PER_TEXT, weights)
    length = math.sqrt(sum(weight * weight for weight, _ in top)) or 1.0
    return {pair: weight / length for weight, pair in top}


@dataclass(frozen=True)
class PairFrequencies:
    """In how many of a set of texts each pair of characters occurs."""

    documents: int
    texts_with: dict[str, int]


def pair_frequencies(texts) -> PairFrequencies:
    counts: Counter = Counter()
    documents = 0
    for text in texts:
        counts.update(character_pairs(text).keys())
        documents += 1
    return PairFrequencies(documents, dict(counts))


def rarities(background: PairFrequencies) -> dict[str, float]:
    """Each counted pair's inverse document frequency. A pair the counts do not know (a name, a place,
    a pair found in one text) tells nothing about another text, so it has none."""
    return {pair: math.log((background.documents + 1) / count) for pair, count in background.texts_with.items()}


def text_vector(text: str, rarity: dict[str, float]) -> dict[str, float]:
    """What a text is compared by: its telling pairs, from the text alone (so an unchanged page's is kept)."""
    return telling_pairs(character_pairs(text), rarity)


Alike = list[tuple[str, float]]  # other texts and their similarity to one text, best first


def _best(scores, limit: int) -> Alike:
    """At most `limit` texts of at least ALIKE, best first, ties by key."""
    return sorted((item for item in scores if item[1] >= ALIKE), key=lambda item: (-item[1], item[0]))[:limit]


class SimilarTexts:
    """Which texts of a collection are alike, best first, from their vectors (`text_vector`)."""

    def __init__(self, vectors: dict[str, dict[str, float]]):
        self.vectors = vectors
        postings: dict[str, list[tuple[str, float]]] = defaultdict(list)
        for key, vector in self.vectors.items():
            for pair, weight in vector.items():
                postings[pair].append((key, weight))
        # A pair telling for too many texts is left out: comparing through it would cost time
        # quadratic in the archive's size. Keys and weights apart, so scoring zips two tuples.
        self.texts_with = {pair: len(texts_with) for pair, texts_with in postings.items()}
        self.postings: dict[str, tuple[tuple[str, ...], tuple[float, ...]]] = {
            pair: (tuple(key for key, _ in texts_with), tuple(weight for _, weight in texts_with))
            for pair, texts_with in postings.items() if len(texts_with) <= MOST_TEXTS_PER_PAIR
        }

    def of(self, key: str, limit: int) -> list[str]:
        """The texts most like this one with a similarity of at least ALIKE, best first (ties by key)."""
        return [other for other, _ in self.scored(key, limit)]

    def scored(self, key: str, limit: int) -> Alike:
        """`of`, each text with its similarity."""
        scores: dict[str, float] = {}
        score_of, postings = scores.get, self.postings
        for pair, weight in self.vectors.get(key, {}).items():
            texts_with = postings.get(pair)
            if texts_with is not None:
                for other, other_weight in zip(*texts_with):
                    scores[other] = score_of(other, 0.0) + weight * other_weight
        scores.pop(key, None)
        return _best(scores.items(), limit)

    def compared(self, key: str, other: str) -> float:
        """The similarity `scored` gives `other` in `key`'s list, to the last bit: summed in the same order."""
        total, other_vector, postings = 0.0, self.vectors[other], self.postings
        for pair, weight in self.vectors[key].items():
            if pair in postings and (other_weight := other_vector.get(pair)) is not None:
                total = total + weight * other_weight
        return total

    def kept_lists(self, limit: int, earlier_vectors: dict[str, dict[str, float]], earlier: dict[str, Alike]) -> dict[str, Alike]:
        """Every text's `scored` list that can be had from an earlier collection's lists (made with the same
        `limit` from `earlier_vectors`) without scoring the text against the whole collection again.

        A text whose vector is unchanged keeps its similarity to every unchanged text, so its new list is
        its earlier one with the changed texts scored in, unless that list held a changed or removed text
        (its next best is unknown: such a text is left out, to be scored again, as are changed and new texts).
        Nothing is kept when a pair was telling for at most MOST_TEXTS_PER_PAIR texts on one side and
        for more on the other: every score through it differs.
        """
        changed = {key for key, vector in self.vectors.items() if earlier_vectors.get(key) != vector}
        removed = set(earlier_vectors) - set(self.vectors)
        if self._passed_over_pairs_differ(changed, removed, earlier_vectors):
            return {}
        gone = changed | removed
        kept = {key: list(alike) for key, alike in earlier.items()
                if key in self.vectors and key not in changed and not any(other in gone for other, _ in alike)}
        for new in changed:
            near = {other for pair in self.vectors[new] if pair in self.postings for other in self.postings[pair][0]}
            for key in near & kept.keys():
                if (similarity := self.compared(key, new)) >= ALIKE:
                    kept[key].append((new, similarity))
        return {key: _best(alike, limit) for key, alike in kept.items()}

    def _passed_over_pairs_differ(self, changed: set[str], removed: set[str], earlier_vectors: dict[str, dict[str, float]]) -> bool:
        earlier_counts = Counter(self.texts_with)
        for key in changed:
            earlier_counts.subtract(self.vectors[key].keys())
        for key in changed | removed:
            earlier_counts.update(earlier_vectors.get(key, {}).keys())
        touched = {pair for key in changed for pair in self.vectors[key]} | {pair for key in changed | removed for pair in earlier_vectors.get(key, {})}
        return any((self.texts_with.get(pair, 0) <= MOST_TEXTS_PER_PAIR) != (earlier_counts[pair] <= MOST_TEXTS_PER_PAIR) for pair in touched)

    def score(self, key: str, other: str) -> float:
        vector, other_vector = self.vectors.get(key, {}), self.vectors.get(other, {})
        return sum(weight * other_vector.get(pair, 0.0) for pair, weight in vector.items())
