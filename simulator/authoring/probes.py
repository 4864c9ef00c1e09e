"""Gaming probes: scripted trainees who try to win without selling well. None of them may win well.

A probe "wins" when the customer gives the order AND the score is at least `FLAG_SCORE`: then the
scenario (or an engine rule) rewards gaming, and trainees will find out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from simulator.authoring.playthrough import Playthrough, summarise
from simulator.authoring.utterances import Move, Phrasebook
from simulator.engine import Call
from simulator.scenario import Scenario

FLAG_SCORE = 60


@dataclass(frozen=True)
class ProbeResult:
    name: str
    description: str
    run: Playthrough

    @property
    def games_the_scenario(self) -> bool:
        return self.run.outcome == "won" and self.run.score.total >= FLAG_SCORE


Script = Callable[[Phrasebook, Call, int], str]


def _stuffing(book: Phrasebook, call: Call, turn: int) -> str:
    """A question on a topic plus every keyword behind 'that means for you'; a close every third line."""
    words = book.all_words()
    rotated = words[turn % len(words):] + words[: turn % len(words)]
    stuffed = f"{book.line(Move('stuffing'), call.state).split(':')[0]}: {', '.join(rotated)}."
    if turn % 3 == 2:
        return f"{stuffed} {book.line(Move('close'), call.state, turn)}"
    return f"{_questions(book, call, turn)} {stuffed}"


def _closing(book: Phrasebook, call: Call, turn: int) -> str:
    return book.line(Move("close"), call.state, turn)


def _questions(book: Phrasebook, call: Call, turn: int) -> str:
    needs = [n for n in book.scenario.needs if book.topic(n)]
    need = needs[turn % len(needs)]
    return book.line(Move("ask", need.id), call.state, turn // len(needs))


def _copy_paste(book: Phrasebook, call: Call, turn: int) -> str:
    first = book.scenario.needs[0]
    return (f"{book.line(Move('ask', first.id), call.state)} {book.line(Move('benefit', first.id), call.state)} "
            f"{book.line(Move('close'), call.state)}")


def _argue_apologise(book: Phrasebook, call: Call, turn: int) -> str:
    kind = ("argue", "apologise", "close")[turn % 3]
    return book.line(Move(kind), call.state, turn // 3)


PROBES: dict[str, tuple[str, Script]] = {
    "keyword-stuffing": ("a question plus 'that means for you' and every scenario keyword on every line, closing every third", _stuffing),
    "always-closing": ("asks for the order on every line", _closing),
    "only-questions": ("asks open questions about the needs' topics and nothing else", _questions),
    "copy-paste": ("the same question-benefit-close line again and again", _copy_paste),
    "argue-then-apologise": ("argues, apologises, asks for the order, and again", _argue_apologise),
}


def run_probe(scenario: Scenario, name: str, seed: int = 0) -> ProbeResult:
    description, script = PROBES[name]
    book = Phrasebook(scenario)
    call = Call(scenario, seed=seed)
    lines = list(_lines(book, call, script))
    if not call.ended:
        call.end()
    return ProbeResult(name, description, summarise(call, tuple(lines)))


def _lines(book: Phrasebook, call: Call, script: Script) -> Iterator[str]:
    uses: Counter[str] = Counter()
    while not call.ended:
        if call.state.said_yes:  # the probe got its order: take it and hang up, like a real gamer
            line = book.line(Move("farewell"), call.state, uses["farewell"])
            uses["farewell"] += 1
        else:
            line = script(book, call, call.turn)
        call.say(line)
        yield line


def run_probes(scenario: Scenario, seed: int = 0) -> list[ProbeResult]:
    return [run_probe(scenario, name, seed) for name in PROBES]
