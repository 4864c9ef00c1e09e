"""The statistical move model: tf-idf features and a linear layer, evaluated in plain Python.

Trained by `tools/train_moves.py` on the labelled corpora in `tests/data/`; rules cover what
the lexicons say for sure, the model covers the many other ways people phrase a move.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

_WORD = re.compile(r"(?u)\b\w\w+\b")
_SPACE = re.compile(r"\s\s+")

Weights = dict[str, tuple[float, tuple[tuple[int, float], ...]]]


def model_path(lang: str) -> Path:
    return Path(str(files("simulator") / "understanding" / "models" / f"moves_{lang}.json.gz"))


def _word_terms(text: str) -> list[str]:
    words = _WORD.findall(text)
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


def _char_terms(text: str, low: int = 2, high: int = 5) -> list[str]:
    """Character n-grams inside word boundaries, exactly as scikit-learn's `char_wb` makes them."""
    terms: list[str] = []
    for word in _SPACE.sub(" ", text).split():
        padded = f" {word} "
        length = len(padded)
        for n in range(low, high + 1):
            offset = 0
            terms.append(padded[offset : offset + n])
            while offset + n < length:
                offset += 1
                terms.append(padded[offset : offset + n])
            if offset == 0:
                break
    return terms


def _accumulate(terms: list[str], table: Weights, scores: list[float]) -> list[tuple[float, str]]:
    """Add one l2-normalised tf-idf block to `scores`; returns (contribution, term) per known term."""
    counts: dict[str, int] = {}
    for term in terms:
        if term in table:
            counts[term] = counts.get(term, 0) + 1
    values = {term: (1.0 + math.log(count)) * table[term][0] for term, count in counts.items()}
    norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
    contributions: list[tuple[float, str]] = []
    for term, value in values.items():
        weight = value / norm
        for klass, coefficient in table[term][1]:
            scores[klass] += weight * coefficient
        contributions.append((weight, term))
    return contributions


@dataclass(frozen=True)
class MoveModel:
    classes: tuple[str, ...]
    intercept: tuple[float, ...]
    word: Weights
    char: Weights

    @classmethod
    def load(cls, path: Path) -> MoveModel:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            raw = json.load(handle)

        def table(part: dict[str, list[object]]) -> Weights:
            return {
                term: (float(idf), tuple((int(k), float(w)) for k, w in weights))  # type: ignore[misc, union-attr]
                for term, (idf, weights) in part.items()
            }

        return cls(tuple(raw["classes"]), tuple(raw["intercept"]), table(raw["word"]), table(raw["char"]))

    def predict(self, folded: str) -> tuple[str, float, tuple[str, ...]]:
        """The most likely move, its probability, and the words that spoke most for it."""
        scores = list(self.intercept)
        words = _accumulate(_word_terms(folded), self.word, scores)
        _accumulate(_char_terms(folded), self.char, scores)
        best = max(range(len(scores)), key=scores.__getitem__)
        top = scores[best]
        probability = 1.0 / sum(math.exp(s - top) for s in scores)
        ranked = sorted(
            ((weight * dict(self.word[term][1]).get(best, 0.0), term) for weight, term in words), reverse=True
        )
        evidence = tuple(term for contribution, term in ranked[:3] if contribution > 0)
        return self.classes[best], probability, evidence


@lru_cache(maxsize=2)
def model(lang: str) -> MoveModel:
    return MoveModel.load(model_path(lang))
