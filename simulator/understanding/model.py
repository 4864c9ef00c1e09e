"""The statistical move model: tf-idf features and a linear layer, evaluated in plain Python.

Trained by `tools/train_moves.py` on the labelled corpora in `tests/data/`; rules cover what
the lexicons say for sure, the model covers the many other ways people phrase a move.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from itertools import chain
from pathlib import Path

import numpy as np

_WORD = re.compile(r"(?u)\b\w\w+\b")
_SPACE = re.compile(r"\s\s+")
# Distinct words whose character n-grams are remembered; far more than a call uses.
WORD_CACHE = 50_000



def model_path(lang: str) -> Path:
    return Path(str(files("simulator") / "understanding" / "models" / f"moves_{lang}.json.gz"))


def _word_terms(text: str) -> list[str]:
    words = _WORD.findall(text)
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


def _char_terms(word: str, low: int, high: int) -> list[str]:
    """One word's character n-grams inside its boundaries, exactly as scikit-learn's `char_wb`."""
    padded = f" {word} "
    length = len(padded)
    terms: list[str] = []
    for n in range(low, high + 1):
        if length <= n:
            terms.append(padded)
            break
        terms.extend([padded[i : i + n] for i in range(length - n + 1)])
    return terms


@dataclass(frozen=True)
class Block:
    """One tf-idf feature block: term → row, the rows' idf, and their weights per class."""

    rows: dict[str, int]
    names: tuple[str, ...]
    idf: np.ndarray
    weights: np.ndarray

    @classmethod
    def build(cls, part: dict[str, list[object]], classes: int) -> Block:
        rows = {term: row for row, term in enumerate(part)}
        idf = np.empty(len(rows))
        weights = np.zeros((len(rows), classes))
        for row, (idf_value, pairs) in enumerate(part.values()):
            idf[row] = idf_value
            for klass, weight in pairs:  # type: ignore[union-attr]
                weights[row, klass] = weight
        return cls(rows, tuple(part), idf, weights)

    def contributions(self, rows: Iterable[int | None]) -> tuple[list[int], np.ndarray]:
        """The known terms' rows and their l2-normalised tf-idf values, as scikit-learn computes them."""
        counts = Counter(rows)
        counts.pop(None, None)
        index = np.fromiter(counts, dtype=np.intp, count=len(counts))
        values = (1.0 + np.log(np.fromiter(counts.values(), dtype=float, count=len(counts)))) * self.idf[index]
        norm = float(np.sqrt(values @ values)) or 1.0
        return [*counts], values / norm


@dataclass(frozen=True)
class MoveModel:
    classes: tuple[str, ...]
    intercept: np.ndarray
    word: Block
    char: Block
    char_range: tuple[int, int]
    _char_rows_by_word: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def load(cls, path: Path) -> MoveModel:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            raw = json.load(handle)
        classes = len(raw["classes"])
        return cls(
            tuple(raw["classes"]),
            np.array(raw["intercept"]),
            Block.build(raw["word"], classes),
            Block.build(raw["char"], classes),
            (int(raw["char_range"][0]), int(raw["char_range"][1])),
        )

    def char_rows(self, word: str) -> tuple[int, ...]:
        """The known character n-grams of one word; words recur, so this is remembered."""
        known = self._char_rows_by_word.get(word)
        if known is None:
            if len(self._char_rows_by_word) >= WORD_CACHE:
                self._char_rows_by_word.clear()
            rows = self.char.rows
            known = tuple(row for row in map(rows.get, _char_terms(word, *self.char_range)) if row is not None)
            self._char_rows_by_word[word] = known
        return known

    def predict(self, folded: str) -> Prediction:
        word_rows, word_values = self.word.contributions(map(self.word.rows.get, _word_terms(folded)))
        char_rows, char_values = self.char.contributions(
            chain.from_iterable(map(self.char_rows, _SPACE.sub(" ", folded).split()))
        )
        scores = self.intercept + word_values @ self.word.weights[word_rows] + char_values @ self.char.weights[char_rows]
        best = int(scores.argmax())
        probability = float(1.0 / np.exp(scores - scores[best]).sum())
        return Prediction(self.classes[best], probability, self, best, word_rows, word_values)


@dataclass(frozen=True)
class Prediction:
    """The most likely move and its probability; the words behind it are worked out on request."""

    label: str
    probability: float
    model: MoveModel
    klass: int
    word_rows: list[int]
    word_values: np.ndarray

    def evidence(self) -> tuple[str, ...]:
        """Up to three word n-grams that spoke most for the move."""
        block = self.model.word
        pushes = self.word_values * block.weights[self.word_rows, self.klass]
        return tuple(block.names[self.word_rows[i]] for i in np.argsort(-pushes)[:3] if pushes[i] > 0)


@lru_cache(maxsize=2)
def model(lang: str) -> MoveModel:
    return MoveModel.load(model_path(lang))
