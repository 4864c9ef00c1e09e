"""Issue 3: a whole call played by key presses, the review, retry, resume and literal display."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

from textual import events
from textual.widgets import Input
from tui_helpers import (
    SCENARIOS,
    make_app,
    open_briefing,
    say,
    script,
    synchronous,
    type_keys,
)

from simulator.store import CallStart, open_store
from simulator.tui.call_screen import CallScreen
from simulator.tui.confirm_screen import ConfirmScreen
from simulator.tui.findings_list import FindingsList
from simulator.tui.help_screen import HelpScreen
from simulator.tui.resume_screen import ResumeScreen
from simulator.tui.review_screen import ReviewScreen
from simulator.tui.start_screen import StartScreen
from simulator.tui.timeline import Timeline
from simulator.tui.transcript_log import TranscriptLog

DENTAL = "dental-booking"


def log_text(screen: object, selector: str = "#transcript") -> str:
    log = screen.query_one(selector, TranscriptLog)  # type: ignore[attr-defined]
    return "\n".join(strip.text for strip in log.lines)


@synchronous
async def test_the_win_script_typed_key_by_key_wins_the_order_and_is_stored(tmp_path: Path) -> None:
    app = make_app(tmp_path, trainee="")
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, StartScreen)
        await type_keys(pilot, "Max Berger")
        await pilot.press("enter")
        await open_briefing(pilot, "dental")
        await pilot.press("enter")
        assert isinstance(app.screen, CallScreen)
        for line in script(f"{DENTAL}.win"):
            await say(pilot, line)
        call = app.screen.session.call
        assert call.outcome == "won"
        assert "order won" in log_text(app.screen)
        await pilot.press("enter")
        assert isinstance(app.screen, ReviewScreen)
        assert "order won" in str(app.screen.query_one("#summary").render())
        app.writer.drain()
        stored = app.store.get_call(app.screen.session.call_id)
    assert stored is not None and stored.outcome == "won"
    assert list(stored.lines) == script(f"{DENTAL}.win")
    assert (tmp_path / "config" / "tui.json").read_text(encoding="utf-8").count("Max Berger") == 1


async def _play_talk_past(pilot: object, app: object) -> None:
    await open_briefing(pilot, "dental")  # type: ignore[arg-type]
    await pilot.press("enter")  # type: ignore[attr-defined]
    for line in script(f"{DENTAL}.talk-past"):
        if not app.screen.running:  # type: ignore[attr-defined]
            break
        await say(pilot, line)  # type: ignore[arg-type]
    if app.screen.running:  # type: ignore[attr-defined]
        await pilot.press("escape", "y")  # type: ignore[attr-defined]
    else:
        await pilot.press("enter")  # type: ignore[attr-defined]


@synchronous
async def test_talking_past_shows_the_missed_signal_finding_and_a_timeline_marker(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _play_talk_past(pilot, app)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        findings = review.query_one(FindingsList)
        missed = [f for f in findings.findings if f.rule == "signal_missed"]
        assert missed
        assert "✗" in str(review.query_one(Timeline).render())
        await pilot.press("f")
        index = findings.findings.index(missed[0])
        findings.highlighted = index
        await pilot.pause()
        log = review.query_one("#review-transcript", TranscriptLog)
        lines = [log.turn_lines[n] for n in sorted(log.turn_lines)]
        assert lines == sorted(lines) and lines[-1] > lines[0] > 0
        assert log.scroll_y == log.turn_lines[missed[0].turn]
        assert log.lines[int(log.scroll_y)].text.strip().startswith(f"{missed[0].turn} ")


@synchronous
async def test_retry_from_turn_replays_the_earlier_lines_then_lets_the_trainee_go_on(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    talk_past, win = script(f"{DENTAL}.talk-past"), script(f"{DENTAL}.win")
    first_difference = next(i for i, (a, b) in enumerate(zip(talk_past, win)) if a != b)
    async with app.run_test(size=(80, 24)) as pilot:
        await _play_talk_past(pilot, app)
        old = app.screen.session
        await pilot.press("r")
        retry = app.screen.query_one("#turn", Input)
        retry.value = str(first_difference + 1)
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, CallScreen)
        assert screen.session.call_id != old.call_id
        assert screen.session.lines == talk_past[:first_difference]
        assert [t.customer for t in screen.session.call.turns] == [t.customer for t in old.call.turns[:first_difference]]
        for line in win[first_difference:]:
            await say(pilot, line)
        assert screen.session.call.outcome == "won"


@synchronous
async def test_an_interrupted_call_is_offered_on_start_and_resumed_with_its_lines(tmp_path: Path) -> None:
    from datetime import datetime

    store = open_store(str(tmp_path / "calls.db"))
    lines = script(f"{DENTAL}.win")[:4]
    scenario = next(s for s in SCENARIOS if s.id == DENTAL)
    start = CallStart("c0ffee", "Max", "", DENTAL, scenario.content_hash, scenario.title, "en", "coach", 0,
                      datetime(2026, 1, 1, tzinfo=UTC))
    store.begin_call(start)
    for number, line in enumerate(lines, start=1):
        store.record_line("c0ffee", number, line)
    app = make_app(tmp_path, store=store)
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(20):
            if isinstance(app.screen, ResumeScreen):
                break
            await pilot.pause(0.05)
        assert isinstance(app.screen, ResumeScreen)
        await pilot.press("r")
        screen = app.screen
        assert isinstance(screen, CallScreen)
        assert screen.session.call_id == "c0ffee"
        assert screen.session.lines == lines
        assert lines[-1] in log_text(screen).replace("\n", " ") or lines[-1][:30] in log_text(screen)
        await say(pilot, script(f"{DENTAL}.win")[4])
        app.writer.drain()
    assert len(store.get_call("c0ffee").lines) == 5


@synchronous
async def test_markup_and_escape_sequences_are_shown_literally(tmp_path: Path) -> None:
    app = make_app(tmp_path, trainee="[bold red]Evil[/]")
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.screen.query_one("#trainee", Input).value == "[bold red]Evil[/]"
        await open_briefing(pilot, "dental")
        await pilot.press("enter")
        await say(pilot, "[bold red]x[/] and [link=http://x]y[/link]")
        line = app.screen.query_one("#line", Input)
        line.post_message(events.Paste("\x1b[31mred\x1b[0m \x07 done"))  # escapes arrive by paste, not keys
        await pilot.pause()
        await pilot.press("enter")
        text = log_text(app.screen)
        assert "[bold red]x[/] and [link=http://x]y[/link]" in text
        assert "\\x1b[31mred\\x1b[0m \\x07 done" in text
        assert app.screen.session.call.turn == 2


@synchronous
async def test_quitting_during_a_call_asks_first(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_briefing(pilot, "dental")
        await pilot.press("enter")
        await pilot.press("ctrl+q")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert isinstance(app.screen, CallScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.press("ctrl+q", "y")
    assert app.return_code == 0


class BrokenStore:
    """Every write fails: the call must go on and say so."""

    def __getattr__(self, name: str) -> object:
        def fail(*args: object) -> object:
            if name == "interrupted_calls":
                return []
            raise OSError("disk full")

        return fail


@synchronous
async def test_a_failed_store_write_is_a_notification_and_the_call_goes_on(tmp_path: Path) -> None:
    app = make_app(tmp_path, store=BrokenStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await open_briefing(pilot, "dental")
        await pilot.press("enter")
        await say(pilot, script(f"{DENTAL}.win")[0])
        app.writer.drain()
        await pilot.pause()
        assert any("disk full" in str(n.message) for n in app._notifications)
        await say(pilot, script(f"{DENTAL}.win")[1])
        assert app.screen.session.call.turn == 2


@synchronous
async def test_guided_mode_offers_three_suggestions_picked_with_a_digit(tmp_path: Path) -> None:
    app = make_app(tmp_path, mode="guided")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_briefing(pilot, "dental")
        await pilot.press("enter")
        screen = app.screen
        assert len(screen.suggestions) == 3 and sum(s.good for s in screen.suggestions) == 1
        await pilot.press("2")
        assert screen.query_one("#line", Input).value == screen.suggestions[1].text
        await pilot.press("enter")
        assert screen.session.call.turn == 1


@synchronous
async def test_the_transcript_is_saved_as_markdown_and_the_place_is_named(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_briefing(pilot, "dental")
        await pilot.press("enter")
        await say(pilot, "[b]Hello[/b] Linda")
        await pilot.press("escape", "y")
        await pilot.press("s")
        for _ in range(100):
            saved = list((tmp_path / "saved").glob("*.md"))
            if saved and app._notifications:
                break
            await pilot.pause(0.02)
        assert len(saved) == 1
        assert "\\[b\\]Hello\\[/b\\] Linda" in saved[0].read_text(encoding="utf-8")
        assert any(str(saved[0]) in str(n.message) for n in app._notifications)
