"""Scores a call from its event log alone: a pure function, so any stored call can be re-scored."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from scoring.figures import figures_of
from scoring.log import EventLog
from scoring.model import WEIGHTS, Category, Finding, Figures, Score
from scoring.rules import RULES
from simulator.events import Event, EventKind

# Band edges from the method's evidence (SALES_METHOD.md §6).
SKILLED_QUESTION_SHARE = 0.20
AVERAGE_QUESTION_SHARE = 0.10
MAX_TALK_SHARE = 0.65
FEATURE_DUMP = 3
MAX_REPEATED_FINDINGS = 3


class _Ledger:
    """Collects findings and the points each category could have earned."""

    def __init__(self, language: str, labels: Mapping[str, str]) -> None:
        self.language = language
        self.labels = labels
        self.findings: list[Finding] = []
        self.available: dict[Category, int | None] = dict.fromkeys(Category, 0)

    def add(self, turn: int, rule_id: str, points: int, **fields: object) -> None:
        rule = RULES[rule_id]
        if "need" in fields:
            fields["need"] = self.labels.get(str(fields["need"]), fields["need"])
        message = rule.explanation[self.language].format(**fields)
        self.findings.append(Finding(turn, rule_id, rule.category, points, message, rule.method[self.language]))

    def offer(self, category: Category, points: int) -> None:
        current = self.available[category]
        self.available[category] = (current or 0) + points

    def category_scores(self) -> dict[Category, int | None]:
        scores: dict[Category, int | None] = {}
        for category in Category:
            available = self.available[category]
            if not available:
                scores[category] = None
                continue
            earned = sum(f.points for f in self.findings if f.category is category)
            scores[category] = max(0, min(100, round(100 * earned / available)))
        return scores


def score(events: Sequence[Event]) -> Score:
    log = EventLog(events)
    start = log.of(EventKind.CALL_STARTED)[0]
    language = "de" if start.data["language"] == "de" else "en"
    ledger = _Ledger(language, dict(start.data["need_labels"]))  # type: ignore[call-overload]
    numbers = figures_of(log)
    _rapport(log, ledger)
    _needs_analysis(log, numbers, ledger)
    _presentation(log, numbers, ledger)
    _objections(log, numbers, ledger)
    _closing(log, numbers, ledger)
    _follow_up(log, ledger)
    categories = ledger.category_scores()
    applicable = [(WEIGHTS[c], s) for c, s in categories.items() if s is not None]
    total = round(sum(w * s for w, s in applicable) / sum(w for w, _ in applicable)) if applicable else 0
    findings = tuple(sorted(ledger.findings, key=lambda f: f.turn))
    return Score(total, categories, numbers, findings)


def _outcome(log: EventLog) -> str | None:
    ended = log.of(EventKind.CALL_ENDED)
    return str(ended[-1].data["outcome"]) if ended else None


def _rapport(log: EventLog, ledger: _Ledger) -> None:
    ledger.offer(Category.RAPPORT, 10)
    said = log.of(EventKind.TRAINEE_SAID)
    moves = [(e.turn, m) for e in said for m in e.data["moves"]]  # type: ignore[attr-defined]
    greeting = next((turn for turn, move in moves if move == "greeting"), None)
    if greeting is not None and greeting <= 2:
        ledger.add(greeting, "rapport_greeting", 5)
    first_business = next(((turn, move) for turn, move in moves if move not in ("greeting", "other")), None)
    if first_business is not None and first_business[1] in ("open_question", "closed_question"):
        ledger.add(first_business[0], "rapport_bridge", 5)


def _needs_analysis(log: EventLog, numbers: Figures, ledger: _Ledger) -> None:
    needs = list(ledger.labels)
    ledger.offer(Category.NEEDS_ANALYSIS, 10 * len(needs) + 20)
    discovered = {str(e.data["need"]): e.turn for e in log.of(EventKind.NEED_DISCOVERED)}
    for need, turn in discovered.items():
        ledger.add(turn, "need_uncovered", 10, need=need)
    last_turn = numbers.turns
    for need in needs:
        if need not in discovered:
            ledger.add(last_turn, "need_missed", 0, need=need)
    confirmed = [e for e in log.of(EventKind.TRIAL_CLOSE) if e.data["confirmed"]]
    if confirmed:
        ledger.add(confirmed[0].turn, "trial_close", 5)
    for event in log.of(EventKind.PRESENTED_COLD)[:MAX_REPEATED_FINDINGS]:
        ledger.add(event.turn, "presented_cold", -5)
    for event in log.of(EventKind.PRESENTED_WITHOUT_TRIAL_CLOSE)[:1]:
        ledger.add(event.turn, "no_trial_close", -3)
    paraphrases = [e for e in log.of(EventKind.PARAPHRASED) if e.turn > min(discovered.values(), default=10**9)]
    if paraphrases:
        ledger.add(paraphrases[0].turn, "testing_understanding", 5)
    if numbers.turns >= 3:
        share = round(100 * numbers.question_share)
        if numbers.question_share >= SKILLED_QUESTION_SHARE:
            ledger.add(last_turn, "question_share", 10, share=share)
        elif numbers.question_share >= AVERAGE_QUESTION_SHARE:
            ledger.add(last_turn, "question_share", 5, share=share)
        else:
            ledger.add(last_turn, "question_share", -5, share=share)
        if numbers.trainee_word_share > MAX_TALK_SHARE:
            ledger.add(last_turn, "talk_share", -10, share=round(100 * numbers.trainee_word_share))


def _presentation(log: EventLog, numbers: Figures, ledger: _Ledger) -> None:
    ledger.offer(Category.PRESENTATION, 15 * max(1, numbers.needs_discovered))
    answered: set[str] = set()
    for event in log.of(EventKind.NEED_ANSWERED):
        need = str(event.data["need"])
        if need not in answered:
            answered.add(need)
            ledger.add(event.turn, "need_answered", 15, need=need)
    for event in log.of(EventKind.NEED_DISCOVERED):
        if str(event.data["need"]) not in answered:
            ledger.add(numbers.turns, "need_unanswered", 0, need=event.data["need"])
    bare = log.of(EventKind.FEATURE_PRESENTED)
    if len(bare) >= FEATURE_DUMP:
        ledger.add(bare[FEATURE_DUMP - 1].turn, "feature_dump", -5, count=len(bare))
    for event in log.of(EventKind.BENEFIT_UNRELATED)[:MAX_REPEATED_FINDINGS]:
        ledger.add(event.turn, "benefit_unrelated", -3)
    for event in log.of(EventKind.MONOLOGUE)[:MAX_REPEATED_FINDINGS]:
        ledger.add(event.turn, "monologue", -5, words=event.data["words"])


def _objections(log: EventLog, numbers: Figures, ledger: _Ledger) -> None:
    raised = log.of(EventKind.OBJECTION_RAISED)
    if raised:
        ledger.offer(Category.OBJECTION_HANDLING, 15 * len(raised))
    else:
        ledger.offer(Category.OBJECTION_HANDLING, 10)
    resolved = {str(e.data["objection"]) for e in log.of(EventKind.OBJECTION_RESOLVED)}
    for event in log.of(EventKind.REAL_REASON_REVEALED):
        ledger.add(event.turn, "real_reason_found", 5)
    for event in log.of(EventKind.OBJECTION_RESOLVED):
        ledger.add(event.turn, "objection_resolved", 10)
    eased = {str(e.data["objection"]): e.turn for e in log.of(EventKind.OBJECTION_EASED)}
    for objection, turn in eased.items():
        if objection not in resolved:
            ledger.add(turn, "objection_eased", 5)
    for event in raised:
        objection = str(event.data["objection"])
        if objection not in resolved and objection not in eased:
            ledger.add(numbers.turns, "objection_open", 0)
    for event in log.of(EventKind.ARGUED):
        ledger.add(event.turn, "argued", -10)
    for event in log.of(EventKind.COUNTER_WITHOUT_ASKING):
        ledger.add(event.turn, "counter_without_asking", -8)
    for event in log.of(EventKind.CONCESSION):
        points = -6 if event.data["at_floor"] else -3
        ledger.add(event.turn, "margin", points, before=event.data["price_before"], after=event.data["price_after"])
    for event in log.of(EventKind.IRRITATOR):
        ledger.add(event.turn, "irritator", -4, phrase=event.data["phrase"])
    if not raised:
        ledger.add(0, "no_objections", 10)


def _closing(log: EventLog, numbers: Figures, ledger: _Ledger) -> None:
    ledger.offer(Category.CLOSING, 20 + 10 * numbers.signals_sent)
    for event in log.of(EventKind.SIGNAL_CAUGHT):
        late = int(event.data["talked_past"])  # type: ignore[call-overload]
        if late:
            ledger.add(event.turn, "signal_caught_late", 5, count=late)
        else:
            ledger.add(event.turn, "signal_caught", 10)
    for event in log.of(EventKind.SIGNAL_MISSED):
        ledger.add(event.turn, "signal_missed", -10)
    for event in log.of(EventKind.TALKED_PAST_CLOSE):
        ledger.add(event.turn, "talked_past_close", -4)
    for event in log.of(EventKind.CLOSE_PREMATURE)[:MAX_REPEATED_FINDINGS]:
        ledger.add(event.turn, "premature_close", -5)
    for event in log.of(EventKind.PRESSURED):
        ledger.add(event.turn, "pressure", -8)
    won = log.of(EventKind.ORDER_WON)
    if won:
        ledger.add(won[0].turn, "order_won", 20)
    outcome = _outcome(log)
    if not won and not log.of(EventKind.CLOSE_ASKED) and outcome is not None:
        ledger.add(numbers.turns, "no_close", -20)
    for event in log.of(EventKind.SCORCHED_EARTH):
        ledger.add(event.turn, "scorched_earth", -15)
    if outcome == "lost":
        ledger.offer(Category.CLOSING, 10)
        ledger.add(numbers.turns, "friendly_no", 10)
    if outcome == "customer_ended":
        ledger.add(numbers.turns, "customer_ended", -10)


def _follow_up(log: EventLog, ledger: _Ledger) -> None:
    outcome = _outcome(log)
    if log.of(EventKind.ORDER_WON):
        ledger.offer(Category.FOLLOW_UP, 20)
        points = {"thanks": 5, "confirm": 5, "next_step": 10}
    elif log.of(EventKind.FINAL_NO) and outcome != "customer_ended":
        ledger.offer(Category.FOLLOW_UP, 5)
        points = {"door_open": 5}
    else:
        return
    seen: set[str] = set()
    for event in log.of(EventKind.FOLLOW_UP):
        step = str(event.data["step"])
        if step in points and step not in seen:
            seen.add(step)
            rule = "door_open" if step == "door_open" else f"follow_up_{step}"
            ledger.add(event.turn, rule, points[step])
    for event in log.of(EventKind.PUSHED_AFTER_YES)[:MAX_REPEATED_FINDINGS]:
        ledger.add(event.turn, "pushed_after_yes", -10)
