"""`salescall run`: a headless call from a script file or a plain prompt."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from scoring import Score, score
from simulator.catalog import resolve
from simulator.cli.errors import UsageError
from simulator.cli.output import visible
from simulator.cli.store_cmd import finish_recording, start_recording
from simulator.engine import Call
from simulator.i18n import t
from simulator.record import call_document
from simulator.transcript import CustomerLine, Turn


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "run",
        help="play a call in the terminal, from a script or line by line",
        description=(
            "Play a call against SCENARIO (a bundled id or a path to a YAML file). Trainee lines come "
            "from --script (one per line; '#' comments and blank lines are skipped) or from standard input. "
            "Prints the transcript and the score."
        ),
    )
    parser.add_argument("scenario", metavar="SCENARIO", help="bundled scenario id or path to a scenario file")
    parser.add_argument("--script", type=Path, metavar="FILE", help="file with the trainee's lines, one per line")
    parser.add_argument("--seed", type=int, default=0, help="seed for the customer's line variants (default 0)")
    parser.add_argument("--seller", default="", metavar="NAME", help="your name as the customer hears it")
    parser.add_argument("--json", action="store_true", help="print one JSON document instead of text")
    parser.add_argument("--save", action="store_true", help="keep the call in the store (see salescall history)")
    parser.add_argument("--trainee", metavar="NAME", help="with --save: who played the call (default: your user name)")
    parser.add_argument("--team", metavar="NAME", default="", help="with --save: the trainee's team")
    parser.set_defaults(func=run)


def read_script(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def _script_lines(path: Path) -> list[str]:
    try:
        return read_script(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"{path}: no such script file") from None
    except UnicodeDecodeError as error:
        raise UsageError(f"{path}: the script is not UTF-8 text ({error.reason} at byte {error.start})") from None
    except OSError as error:
        raise UsageError(f"{path}: cannot read the script ({error.strerror})") from None


def _stdin_lines(prompt: str) -> Iterator[str]:
    interactive = sys.stdin.isatty()
    while True:
        if interactive:
            print(f"{prompt}> ", end="", flush=True)
        line = sys.stdin.readline()
        if not line:
            return
        if line.strip():
            yield line.strip()


def run(args: argparse.Namespace) -> int:
    scenario = resolve(args.scenario)
    language = scenario.language.value
    call = Call(scenario, seed=args.seed, seller=args.seller)
    show = not args.json
    echo = args.script is not None or not sys.stdin.isatty()
    if show:
        if not args.script and sys.stdin.isatty():
            print(t("prompt_help", language))
        _print_customer(call.opening, language)
    lines = _script_lines(args.script) if args.script else _stdin_lines(t("you", language))
    recorder = start_recording(args, call)
    for line in lines:
        turn = call.say(line)
        if recorder:
            recorder.line(turn.number, turn.trainee)
        if show:
            _print_turn(turn, language, echo)
        if call.ended:
            break
    if not call.ended:
        call.end()
    result = score(call.events)
    if recorder:
        finish_recording(recorder, call, result)
    if args.json:
        json.dump(call_document(call, result), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        _print_score(call, result, language)
    return 0


def _print_customer(lines: tuple[CustomerLine, ...], language: str) -> None:
    for line in lines:
        text = f"*{visible(line.text)}*" if line.stage else visible(line.text)
        print(f"  {t('customer', language)}: {text}")


def _print_turn(turn: Turn, language: str, echo: bool) -> None:
    moves = ", ".join(hit.move.value for hit in turn.moves) or "-"
    if echo:
        print(f"{turn.number:>3} {t('you', language)}: {visible(turn.trainee)}")
    print(f"      [{t('recognised', language)}: {moves}]")
    _print_customer(turn.customer, language)


def _print_score(call: Call, result: Score, language: str) -> None:
    outcome = t(call.outcome or "", language)
    print()
    print(f"{t('outcome', language)}: {outcome}")
    print(f"{t('score', language)}: {result.total}/100")
    for category, value in result.categories.items():
        shown = t("not_applicable", language) if value is None else f"{value:>3}"
        print(f"  {t(category.value, language):<20} {shown}")
    print(f"\n{t('findings', language)}:")
    for finding in result.findings:
        print(f"  {t('turn', language)} {finding.turn:>2}  {finding.points:+4d}  {finding.message}")
