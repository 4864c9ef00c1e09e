"""From stored calls to a team report: pure functions, no database, no output.

The report is computed from small pre-aggregated rows (`ReportRows`): sums per trainee × team ×
scenario × scenario version, the latest calls of each such group and scores per trainee and day.
The database computes them for `salescall report` (`Store.report_rows`); `rows_from_calls` computes
the very same rows from call summaries in Python. Everything the report says is decided here, once.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from simulator.reports.model import (
    Comparison,
    Report,
    ScenarioInfo,
    ScorePoint,
    Skills,
    TeamSummary,
    TraineeProfile,
)
from simulator.store.model import (
    CallSummary,
    DayTotals,
    Filters,
    GroupTotals,
    RecentCall,
    ReportRows,
    word_share_micro,
)

if TYPE_CHECKING:
    from simulator.store import Store

# Trend compares the mean of the latest attempts with the mean of as many attempts before them.
TREND_WINDOW = 3
RECENT = 2 * TREND_WINDOW
# Charts of more than this many days show weekly instead of daily averages.
DAILY_SPAN_DAYS = 62


class SkillCounter:
    """Sums the figures of report groups; `skills()` turns them into rates."""

    def __init__(self) -> None:
        self.calls = self.score = 0
        self.sent = self.caught = self.talk_past = self.arguing = 0
        self.open = self.questions = 0
        self.word_share = 0  # millionths: integer sums are exact and independent of the order
        self.follow_up_due = self.follow_up_done = 0

    def add(self, group: GroupTotals) -> None:
        self.calls += group.calls
        self.score += group.score
        self.sent += group.signals_sent
        self.caught += group.signals_caught
        self.talk_past += group.talk_past_close
        self.arguing += group.arguing
        self.open += group.questions_open
        self.questions += group.questions
        self.word_share += group.word_share_micro
        self.follow_up_due += group.follow_up_due
        self.follow_up_done += group.follow_up_done

    def skills(self) -> Skills:
        n = self.calls
        return Skills(
            calls=n,
            average=self.score / n,
            signal_catch_rate=self.caught / self.sent if self.sent else None,
            talk_past_per_call=self.talk_past / n,
            arguing_per_call=self.arguing / n,
            open_question_share=self.open / self.questions if self.questions else None,
            word_share=self.word_share / 1_000_000 / n,
            follow_up_rate=self.follow_up_done / self.follow_up_due if self.follow_up_due else None,
        )


def counted(groups: Iterable[GroupTotals]) -> SkillCounter:
    counter = SkillCounter()
    for group in groups:
        counter.add(group)
    return counter


def build_report(calls: Sequence[CallSummary]) -> Report:
    """Calls must be oldest first (as `Store.summaries` returns them)."""
    return report_from_rows(rows_from_calls(calls))


def stored_report(store: Store, filters: Filters | None = None, *, timelines: bool = True) -> Report:
    """The report over the stored calls, aggregated by the database: the same as
    `build_report(store.summaries(filters))`, without reading every call. Without `timelines` the
    trainees' score-over-time points are left empty (the table and CSV do not show them)."""
    return report_from_rows(store.report_rows(filters, recent=RECENT, day_offset=day_offset if timelines else None))


def day_offset(first: datetime) -> timedelta:
    """Days are counted in the local time zone's offset at the first call, for every call alike."""
    return first.astimezone().utcoffset() or timedelta()


def rows_from_calls(calls: Sequence[CallSummary], timelines: bool = True) -> ReportRows:
    """What `Store.report_rows` returns, computed from oldest-first call summaries in Python."""
    sums: dict[tuple[str, str, str, str], list[int]] = {}
    first: dict[tuple[str, str, str, str], datetime] = {}
    latest: dict[tuple[str, str, str, str], deque[CallSummary]] = defaultdict(lambda: deque(maxlen=RECENT))
    for call in calls:
        key = (call.trainee, call.team, call.scenario_id, call.scenario_hash)
        row = sums.get(key)
        if row is None:
            row = sums[key] = [0] * 11 + [-1]
            first[key] = call.started_at
        row[0] += 1
        row[1] += call.total
        row[2] += call.signals_sent
        row[3] += call.signals_caught
        row[4] += call.talk_past_close
        row[5] += call.arguing
        row[6] += call.questions_open
        row[7] += call.questions_open + call.questions_closed
        row[8] += word_share_micro(call.trainee_word_share)
        if call.follow_up_done is not None:
            row[9] += 1
            row[10] += call.follow_up_done
        row[11] = max(row[11], call.total)
        latest[key].append(call)
    groups = tuple(
        GroupTotals(*key, calls=r[0], first_started=first[key], score=r[1], best=r[11], signals_sent=r[2],
                    signals_caught=r[3], talk_past_close=r[4], arguing=r[5], questions_open=r[6], questions=r[7],
                    word_share_micro=r[8], follow_up_due=r[9], follow_up_done=r[10])
        for key, r in sums.items()
    )
    recent = tuple(
        RecentCall(*key, recency=len(kept) - index, started_at=c.started_at, call_id=c.call_id,
                   scenario_title=c.scenario_title, total=c.total)
        for key, kept in latest.items()
        for index, c in enumerate(kept)
    )
    days = None
    if timelines:
        day_sums: dict[tuple[str, date], list[int]] = {}
        offset = day_offset(calls[0].started_at) if calls else timedelta()
        for call in calls:
            day = day_sums.setdefault((call.trainee, (call.started_at + offset).date()), [0, 0])
            day[0] += call.total
            day[1] += 1
        days = tuple(DayTotals(trainee, day, score, n) for (trainee, day), (score, n) in day_sums.items())
    return ReportRows(groups, recent, days)


def report_from_rows(rows: ReportRows) -> Report:
    """The report from pre-aggregated rows, in whatever order they come."""
    if not rows.groups:
        return Report(0, None, None, (), (), (), (), None)
    scenarios = scenario_versions(rows.groups, rows.recent)
    newest = _newest(rows.recent, lambda call: call.trainee)
    first_seen = _first_seen(rows.groups, lambda group: group.trainee)
    timeline = timelines(rows.days) if rows.days is not None else {}
    by_trainee = _grouped(rows.groups, lambda group: group.trainee)
    by_team = _grouped(rows.groups, lambda group: group.team)
    return Report(
        calls=sum(group.calls for group in rows.groups),
        first=min(group.first_started for group in rows.groups),
        last=max(call.started_at for call in rows.recent),
        scenarios=tuple(scenarios[key] for key in sorted(scenarios)),
        comparisons=tuple(compare(rows.groups, rows.recent, scenarios)),
        trainees=tuple(
            TraineeProfile(name, newest[name].team, counted(by_trainee[name]).skills(), timeline.get(name, ()))
            for name in sorted(by_trainee, key=lambda name: (name.casefold(), first_seen[name], name))
        ),
        teams=tuple(
            TeamSummary(team, len({group.trainee for group in groups}), counted(groups).skills())
            for team, groups in sorted(by_team.items(), key=lambda item: (item[0].casefold(), item[0]))
        ),
        overall=counted(rows.groups).skills(),
    )


def _grouped(groups: Iterable[GroupTotals], key: Callable[[GroupTotals], object]) -> dict:  # type: ignore[type-arg]
    found: dict[object, list[GroupTotals]] = defaultdict(list)
    for group in groups:
        found[key(group)].append(group)
    return found


def _newest(calls: Iterable[RecentCall], key: Callable[[RecentCall], object]) -> dict:  # type: ignore[type-arg]
    """Per key, the latest call (by start, then id: the order calls are listed in)."""
    found: dict[object, RecentCall] = {}
    for call in calls:
        known = found.get(key(call))
        if known is None or (call.started_at, call.call_id) > (known.started_at, known.call_id):
            found[key(call)] = call
    return found


def _first_seen(groups: Iterable[GroupTotals], key: Callable[[GroupTotals], object]) -> dict:  # type: ignore[type-arg]
    found: dict[object, datetime] = {}
    for group in groups:
        found[key(group)] = min(found.get(key(group), group.first_started), group.first_started)
    return found


def scenario_versions(groups: Iterable[GroupTotals], recent: Iterable[RecentCall]) -> dict[str, ScenarioInfo]:
    """Each scenario with its latest title and how many content versions the calls used."""
    hashes: dict[str, set[str]] = defaultdict(set)
    for group in groups:
        hashes[group.scenario_id].add(group.scenario_hash)
    titles = _newest(recent, lambda call: call.scenario_id)
    return {key: ScenarioInfo(key, titles[key].scenario_title, len(hashes[key])) for key in hashes}


def compare(groups: Sequence[GroupTotals], recent: Iterable[RecentCall], scenarios: dict[str, ScenarioInfo]) -> list[Comparison]:
    pairs = _grouped(groups, lambda group: (group.trainee, group.scenario_id))
    latest: dict[tuple[str, str], list[RecentCall]] = defaultdict(list)
    for call in recent:
        latest[call.trainee, call.scenario_id].append(call)
    first_seen = _first_seen(groups, lambda group: (group.trainee, group.scenario_id))
    rows = []
    for (trainee, scenario), parts in sorted(pairs.items(), key=lambda item: (item[0][0].casefold(), item[0][1], first_seen[item[0]], item[0][0])):
        # Each part's latest calls include the pair's latest: the newest RECENT of them, oldest first.
        totals = [c.total for c in sorted(latest[trainee, scenario], key=lambda c: (c.started_at, c.call_id))[-RECENT:]]
        attempts = sum(part.calls for part in parts)
        rows.append(
            Comparison(
                trainee=trainee,
                scenario_id=scenario,
                scenario_title=scenarios[scenario].title,
                versions=scenarios[scenario].versions,
                attempts=attempts,
                best=max(part.best for part in parts),
                latest=totals[-1],
                average=sum(part.score for part in parts) / attempts,
                trend=trend(totals),
            )
        )
    return rows


def trend(totals: Sequence[int]) -> float | None:
    """Recent attempts against the ones before: positive means improving; None below two attempts."""
    window = min(TREND_WINDOW, len(totals) // 2)
    if window == 0:
        return None
    recent = totals[-window:]
    before = totals[-2 * window : -window]
    return sum(recent) / window - sum(before) / window


def timelines(days: Iterable[DayTotals]) -> dict[str, tuple[ScorePoint, ...]]:
    """Per trainee, the average score per day, or per week (from Monday) when the calls span months."""
    per_trainee: dict[str, list[DayTotals]] = defaultdict(list)
    for day in days:
        per_trainee[day.trainee].append(day)
    return {trainee: _points(found) for trainee, found in per_trainee.items()}


def _points(days: list[DayTotals]) -> tuple[ScorePoint, ...]:
    weekly = (max(d.day for d in days) - min(d.day for d in days)).days > DAILY_SPAN_DAYS
    buckets: dict[date, list[int]] = defaultdict(lambda: [0, 0])
    for found in days:
        bucket = buckets[found.day - timedelta(days=found.day.weekday()) if weekly else found.day]
        bucket[0] += found.score
        bucket[1] += found.calls
    return tuple(ScorePoint(period, score / calls, calls) for period, (score, calls) in sorted(buckets.items()))
