"""`salescall classify`: one utterance per input line in, its moves out (a measurable contract)."""

from __future__ import annotations

import argparse
import json
import sys

from simulator.cli.output import visible
from simulator.understanding import classify


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "classify",
        help="classify trainee utterances into moves",
        description=(
            "Read one utterance per line on standard input and print, per line, one JSON object with "
            "'text', 'moves' (labels in order) and 'sentences' (each with its move and the words that "
            "decided it). Without --json a readable table is printed when the output is a terminal."
        ),
    )
    parser.add_argument("--lang", choices=("de", "en"), required=True, help="language of the utterances")
    parser.add_argument("--json", action="store_true", help="always print JSON lines")
    parser.add_argument("--scenario", metavar="SCENARIO", help="use this scenario's topic words as a hint")
    parser.set_defaults(func=classify_lines)


def classify_lines(args: argparse.Namespace) -> int:
    from simulator.catalog import resolve

    topics = resolve(args.scenario).topic_words if args.scenario else ()
    as_json = args.json or not sys.stdout.isatty()
    for raw in sys.stdin:
        text = raw.rstrip("\r\n")
        hits = classify(text, args.lang, topics)
        if as_json:
            print(
                json.dumps(
                    {
                        "text": text,
                        "moves": [hit.move.value for hit in hits],
                        "sentences": [
                            {
                                "text": hit.sentence,
                                "move": hit.move.value,
                                "evidence": list(hit.evidence),
                                "irritators": list(hit.irritators),
                            }
                            for hit in hits
                        ],
                    },
                    ensure_ascii=False,
                ),
                flush=True,
            )
        else:
            moves = ", ".join(f"{hit.move.value} ({'; '.join(hit.evidence)})" for hit in hits) or "-"
            print(f"{visible(text)}\n    → {moves}")
    return 0
