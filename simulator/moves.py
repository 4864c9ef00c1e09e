"""The trainee's moves: what one sentence does in the conversation."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Move(StrEnum):
    """One label per sentence; the labels are a public contract (`salescall classify`)."""

    GREETING = "greeting"
    OPEN_QUESTION = "open_question"
    CLOSED_QUESTION = "closed_question"
    PARAPHRASE = "paraphrase"
    EMPATHY = "empathy"
    FEATURE = "feature"
    BENEFIT = "benefit"
    PRICE = "price"
    CONCESSION = "concession"
    TRIAL_CLOSE = "trial_close"
    CLOSE = "close"
    ARGUE = "argue"
    PRESSURE = "pressure"
    NEXT_STEP = "next_step"
    FAREWELL = "farewell"
    OTHER = "other"


QUESTIONS = frozenset({Move.OPEN_QUESTION, Move.CLOSED_QUESTION})
CLOSING = frozenset({Move.TRIAL_CLOSE, Move.CLOSE})
PRESENTING = frozenset({Move.FEATURE, Move.BENEFIT})
# Moves that keep selling while the customer already signals readiness to buy.
TALKING_PAST = frozenset({Move.FEATURE, Move.BENEFIT, Move.PRICE, Move.CONCESSION, Move.ARGUE})
PERSUADING = frozenset(
    {Move.FEATURE, Move.BENEFIT, Move.PRICE, Move.CONCESSION, Move.CLOSE, Move.TRIAL_CLOSE, Move.PRESSURE}
)


@dataclass(frozen=True)
class MoveHit:
    """One classified sentence; `evidence` keeps the words that decided it, for feedback."""

    sentence: str
    move: Move
    evidence: tuple[str, ...] = ()
    irritators: tuple[str, ...] = ()
