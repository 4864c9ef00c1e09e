"""Team report figures from call summaries, without a database."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime

import pytest

from simulator.reports import (
    build_report,
    render_csv,
    render_html,
    render_text,
    report_data,
)
from simulator.reports.aggregate import trend
from store.factories import summary


def test_trainee_by_scenario_shows_attempts_best_latest_average_and_trend() -> None:
    calls = [summary("alice", total=t, day=d) for d, t in enumerate((40, 50, 60, 80))] + [summary("bob", total=55)]
    report = build_report(sorted(calls, key=lambda c: c.started_at))
    alice = next(row for row in report.comparisons if row.trainee == "alice")
    assert (alice.attempts, alice.best, alice.latest, alice.average) == (4, 80, 80, 57.5)
    assert alice.trend == pytest.approx(25.0)  # the latest two (60, 80) against the two before (40, 50)
    bob = next(row for row in report.comparisons if row.trainee == "bob")
    assert bob.trend is None


def test_trend_is_negative_when_a_trainee_gets_worse() -> None:
    assert trend([90, 90, 90, 50, 50, 50]) == pytest.approx(-40.0)
    assert trend([70]) is None


def test_skill_profile_rates() -> None:
    calls = [
        summary(signals_sent=2, signals_caught=2, talk_past_close=1, arguing=0, questions_open=3, questions_closed=1, follow_up_done=True),
        summary(signals_sent=2, signals_caught=0, talk_past_close=2, arguing=1, questions_open=1, questions_closed=3, follow_up_done=None),
        summary(signals_sent=0, signals_caught=0, talk_past_close=0, arguing=2, questions_open=0, questions_closed=0, follow_up_done=False),
    ]
    [profile] = build_report(calls).trainees
    skills = profile.skills
    assert skills.signal_catch_rate == pytest.approx(0.5)
    assert skills.talk_past_per_call == pytest.approx(1.0)
    assert skills.arguing_per_call == pytest.approx(1.0)
    assert skills.open_question_share == pytest.approx(0.5)
    assert skills.follow_up_rate == pytest.approx(0.5)  # the call without a follow-up phase does not count


def test_team_averages_group_calls_by_team() -> None:
    calls = [summary("a", total=60, team="red"), summary("b", total=80, team="red"), summary("c", total=30, team="blue")]
    report = build_report(calls)
    teams = {team.team: team for team in report.teams}
    assert (teams["red"].trainees, teams["red"].skills.average) == (2, 70.0)
    assert teams["blue"].skills.calls == 1
    assert report.overall is not None and report.overall.average == pytest.approx(170 / 3)


def test_a_changed_scenario_is_marked_with_its_number_of_versions() -> None:
    report = build_report([summary(version="v1"), summary(version="v2", day=1), summary(scenario="other")])
    [row] = [r for r in report.comparisons if r.scenario_id == "dental-booking"]
    assert row.versions == 2
    assert "dental-booking (changed: 2 versions)" in render_text(report)
    assert "changed during this period" in render_text(report)
    assert "(changed" not in next(r for r in render_text(report).splitlines() if "other" in r)


def test_timeline_is_daily_for_short_spans_and_weekly_for_long_ones() -> None:
    short = build_report([summary(day=0, total=50), summary(day=0, total=70), summary(day=3, total=90)]).trainees[0]
    assert [(p.average, p.calls) for p in short.timeline] == [(60.0, 2), (90.0, 1)]
    long = build_report([summary(day=d) for d in range(0, 120, 2)]).trainees[0]
    assert len(long.timeline) == 17 and all(p.period.weekday() == 0 for p in long.timeline)


def test_csv_keeps_umlauts_for_excel_and_never_writes_formulas() -> None:
    report = build_report([summary("Jürgen Weiß", team="Süd"), summary("=HYPERLINK(1)", team="x")])
    text = render_csv(report)
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert ["Jürgen Weiß", "dental-booking", "1", "70", "70", "70.0", "-"] in rows
    assert any(row and row[0] == "'=HYPERLINK(1)" for row in rows)


def test_html_escapes_names_and_draws_a_chart_per_trainee() -> None:
    report = build_report([summary("<script>alert(1)</script>", day=0), summary("<script>alert(1)</script>", day=5, total=90), summary("bob")])
    html = render_html(report, "team red", datetime(2025, 4, 1, tzinfo=UTC))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert html.count("<svg") == 2 and html.count("<polyline") == 2


def test_json_report_is_plain_data() -> None:
    data = report_data(build_report([summary(version="a"), summary(version="b")]))
    text = json.dumps(data)
    assert data["scenarios"] == [{"scenario_id": "dental-booking", "title": "Title of dental-booking", "versions": 2, "changed": True}]
    assert json.loads(text)["calls"] == 2


def test_an_empty_report_says_so() -> None:
    report = build_report([])
    assert "No finished calls" in render_text(report)
    assert "No finished calls" in render_html(report, "all calls", datetime(2025, 4, 1, tzinfo=UTC))
