"""The report's aggregation as it was before the store aggregated in SQL (schema 1), kept verbatim
except where noted, as the reference the new computation path is checked against."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from simulator.reports.aggregate import DAILY_SPAN_DAYS, trend
from simulator.reports.model import (
    Comparison,
    Report,
    ScenarioInfo,
    ScorePoint,
    Skills,
    TeamSummary,
    TraineeProfile,
)
from simulator.store.model import CallSummary


class SkillCounter:
    def __init__(self) -> None:
        self.calls = self.score = 0
        self.sent = self.caught = self.talk_past = self.arguing = 0
        self.open = self.questions = 0
        self.word_share = 0.0
        self.follow_up_due = self.follow_up_done = 0

    def add(self, call: CallSummary) -> None:
        self.calls += 1
        self.score += call.total
        self.sent += call.signals_sent
        self.caught += call.signals_caught
        self.talk_past += call.talk_past_close
        self.arguing += call.arguing
        self.open += call.questions_open
        self.questions += call.questions_open + call.questions_closed
        self.word_share += call.trainee_word_share
        if call.follow_up_done is not None:
            self.follow_up_due += 1
            self.follow_up_done += call.follow_up_done

    def merge(self, other: SkillCounter) -> None:
        for name, value in vars(other).items():
            setattr(self, name, getattr(self, name) + value)

    def skills(self) -> Skills:
        n = self.calls
        return Skills(
            calls=n,
            average=self.score / n,
            signal_catch_rate=self.caught / self.sent if self.sent else None,
            talk_past_per_call=self.talk_past / n,
            arguing_per_call=self.arguing / n,
            open_question_share=self.open / self.questions if self.questions else None,
            word_share=self.word_share / n,
            follow_up_rate=self.follow_up_done / self.follow_up_due if self.follow_up_due else None,
        )


def build_report(calls: Sequence[CallSummary]) -> Report:
    if not calls:
        return Report(0, None, None, (), (), (), (), None)
    scenarios = scenario_versions(calls)
    counters: dict[tuple[str, str], SkillCounter] = defaultdict(SkillCounter)
    for call in calls:
        counters[call.trainee, call.team].add(call)
    latest_team = {call.trainee: call.team for call in calls}
    return Report(
        calls=len(calls),
        first=calls[0].started_at,
        last=calls[-1].started_at,
        scenarios=tuple(scenarios[key] for key in sorted(scenarios)),
        comparisons=tuple(compare(calls, scenarios)),
        trainees=tuple(
            TraineeProfile(name, latest_team[name], _merged(counters, trainee=name).skills(), points)
            for name, points in sorted(timelines(calls).items(), key=lambda item: item[0].casefold())
        ),
        teams=tuple(
            TeamSummary(team, len({t for t, k in counters if k == team}), _merged(counters, team=team).skills())
            # was: sorted(set, key=str.casefold), whose ties came in the set's (random) order
            for team in sorted({team for _, team in counters}, key=lambda team: (team.casefold(), team))
        ),
        overall=_merged(counters).skills(),
    )


def _merged(counters: dict[tuple[str, str], SkillCounter], trainee: str | None = None, team: str | None = None) -> SkillCounter:
    total = SkillCounter()
    for (name, group), counter in counters.items():
        if trainee in (None, name) and team in (None, group):
            total.merge(counter)
    return total


def scenario_versions(calls: Iterable[CallSummary]) -> dict[str, ScenarioInfo]:
    hashes: dict[str, set[str]] = defaultdict(set)
    titles: dict[str, str] = {}
    for call in calls:
        hashes[call.scenario_id].add(call.scenario_hash)
        titles[call.scenario_id] = call.scenario_title
    return {key: ScenarioInfo(key, titles[key], len(hashes[key])) for key in hashes}


def compare(calls: Iterable[CallSummary], scenarios: dict[str, ScenarioInfo]) -> list[Comparison]:
    scores: dict[tuple[str, str], list[int]] = defaultdict(list)
    for call in calls:
        scores[call.trainee, call.scenario_id].append(call.total)
    return [
        Comparison(
            trainee=trainee,
            scenario_id=scenario,
            scenario_title=scenarios[scenario].title,
            versions=scenarios[scenario].versions,
            attempts=len(totals),
            best=max(totals),
            latest=totals[-1],
            average=sum(totals) / len(totals),
            trend=trend(totals),
        )
        for (trainee, scenario), totals in sorted(scores.items(), key=lambda item: (item[0][0].casefold(), item[0][1]))
    ]


def timelines(calls: Sequence[CallSummary]) -> dict[str, tuple[ScorePoint, ...]]:
    offset = calls[0].started_at.astimezone().utcoffset() or timedelta()
    days: dict[str, list[tuple[date, int]]] = defaultdict(list)
    for call in calls:
        days[call.trainee].append(((call.started_at + offset).date(), call.total))
    return {trainee: _points(scores) for trainee, scores in days.items()}


def _points(scores: list[tuple[date, int]]) -> tuple[ScorePoint, ...]:
    weekly = (scores[-1][0] - scores[0][0]).days > DAILY_SPAN_DAYS
    buckets: dict[date, list[int]] = defaultdict(list)
    for day, total in scores:
        buckets[day - timedelta(days=day.weekday()) if weekly else day].append(total)
    return tuple(ScorePoint(period, sum(totals) / len(totals), len(totals)) for period, totals in sorted(buckets.items()))
