"""Numbers about a scenario's writing: lines per phase, variants per line, words, estimated length."""

from __future__ import annotations

from dataclasses import dataclass

from simulator.scenario import Scenario

# Words per minute of a phone conversation, and words a trainee typically says per turn.
SPEAKING_WPM = 150
TRAINEE_WORDS_PER_TURN = 18


@dataclass(frozen=True)
class Stats:
    lines_per_phase: dict[str, int]
    variants: dict[str, int]  # what the customer says → how many variants
    customer_words: int
    own_lines: int
    estimated_turns: int
    estimated_minutes: float


def stats(scenario: Scenario, estimated_turns: int | None = None) -> Stats:
    """`estimated_turns` comes from the explorer's shortest win when known; else one per content line."""
    own: dict[str, tuple[str, ...]] = {}
    for need in scenario.needs:
        own[f"needs → {need.id} → reveal"] = need.reveal
        if need.hints:
            own[f"needs → {need.id} → hints"] = need.hints
    for o in scenario.objections:
        for key in ("says", "real_reason", "resolved_says", "argued_says"):
            if getattr(o, key):
                own[f"objections → {o.id} → {key}"] = getattr(o, key)
    for signal in scenario.signals:
        own[f"buying_signals → {signal.id} → says"] = signal.says
    per_phase = {scope: sum(len(v) for v in lines.values()) for scope, lines in scenario.responses.table.items()}
    per_phase["analysis (needs)"] = sum(len(n.reveal) + len(n.hints) for n in scenario.needs)
    per_phase["negotiation (objections)"] = sum(
        len(o.says) + len(o.real_reason) + len(o.resolved_says) + len(o.argued_says) for o in scenario.objections)
    per_phase["signals"] = sum(len(s.says) for s in scenario.signals)
    all_lines = [line for lines in own.values() for line in lines]
    all_lines += [line for table in scenario.responses.table.values() for lines in table.values() for line in lines]
    words = sum(len(line.split()) for line in all_lines)
    turns = estimated_turns or (len(scenario.needs) * 2 + len(scenario.objections) * 2 + 4)
    customer_words_per_turn = words / max(1, len(all_lines))
    minutes = turns * (TRAINEE_WORDS_PER_TURN + customer_words_per_turn) / SPEAKING_WPM
    return Stats(per_phase, {k: len(v) for k, v in own.items()}, words, len(all_lines), turns, round(minutes, 1))
