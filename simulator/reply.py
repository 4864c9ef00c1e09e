"""Collects what the customer could say on a turn and keeps it short.

A customer on the phone answers the point that matters most, not every sentence; so lines are
ranked and only the important ones are spoken.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from simulator.transcript import CustomerLine, split_stage

MAX_LINES = 4


@dataclass
class Reply:
    DECISIVE = 0  # an ending, a yes or a no to the order
    CONTENT = 1  # a need revealed, an objection raised or answered
    REACTION = 2  # the reaction to the trainee's main move
    FILLER = 3  # small reactions that only matter when nothing else is said
    SIGNAL = 4  # a buying signal, always last

    _lines: list[tuple[int, str]] = field(default_factory=list)

    def add(self, rank: int, text: str) -> None:
        if text and (rank, text) not in self._lines:
            self._lines.append((rank, text))

    def compose(self) -> tuple[CustomerLine, ...]:
        decisive = any(rank == self.DECISIVE for rank, _ in self._lines)
        chosen = [item for item in self._lines if item[0] in (self.DECISIVE, self.CONTENT)]
        for fallback, wanted in ((self.REACTION, 2), (self.FILLER, 1)):
            if len(chosen) < wanted:
                extra = next((item for item in self._lines if item[0] == fallback), None)
                if extra is not None:
                    chosen.append(extra)
        chosen.sort(key=self._lines.index)
        if not decisive:
            chosen.extend(item for item in self._lines if item[0] == self.SIGNAL)
        return tuple(part for _, text in chosen[:MAX_LINES] for part in split_stage(text))
