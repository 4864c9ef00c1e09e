"""Scoring: a pure function from a call's event log to an explained score."""

from scoring.model import WEIGHTS, Category, Figures, Finding, Score
from scoring.score import score

__all__ = ["WEIGHTS", "Category", "Figures", "Finding", "Score", "score"]
