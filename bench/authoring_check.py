"""Time `salescall check` on a 500-line scenario (target: under 300 ms).

The scenario is the bundled dental-booking one with needs, objections and signals added until it
has 500 lines, so every pass (syntax, schema, templates, meaning) has real work to do.

    python bench/authoring_check.py [--repeat 20]
"""

from __future__ import annotations

import argparse
import statistics
import time
from importlib.resources import files

from simulator.authoring.check import check_scenario_text

LINES = 500


def big_scenario() -> str:
    text = (files("scenarios") / "dental-booking.yaml").read_text(encoding="utf-8")
    head, tail = text.split("\nobjections:\n", 1)
    extra = []
    number = 0
    while len((head + "".join(extra) + tail).splitlines()) < LINES:
        number += 1
        extra.append(
            f"  - id: extra_{number}\n    label: Extra need {number}\n    topics: [topic{number}, area{number}]\n"
            f"    reveal:\n      - \"Well, {{{{ seller }}}}, topic {number} matters to {{{{ customer.company }}}}.\"\n"
            f"      - Topic {number} keeps me up at night.\n    benefits: [benefit{number}, gain{number}]\n"
        )
    return head + "".join(extra) + "\nobjections:\n" + tail


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    text = big_scenario()
    check_scenario_text(text, "big.yaml")  # warm caches (built-in lines, stemmers)
    times = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        diagnostics = check_scenario_text(text, "big.yaml")
        times.append((time.perf_counter() - started) * 1000)
    print(f"check on a {len(text.splitlines())}-line scenario ({len(diagnostics)} diagnostics): "
          f"median {statistics.median(times):.1f} ms, max {max(times):.1f} ms (target < 300 ms)")


if __name__ == "__main__":
    main()
