"""Built-in customer lines per language, and how a scenario's own lines are merged over them."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

from simulator.loader.checker import Checker
from simulator.loader.lines import Table, read_endings, read_responses
from simulator.scenario import Language


@lru_cache(maxsize=None)
def builtin(language: Language) -> tuple[Table, dict[str, tuple[str, ...]]]:
    """The `responses:` table and `endings:` from `simulator/defaults/<language>.yaml`.

    They are checked like scenario lines, so a broken defaults file fails loudly, with positions.
    """
    source = f"simulator/defaults/{language.value}.yaml"
    text = (files("simulator") / "defaults" / f"{language.value}.yaml").read_text(encoding="utf-8")
    c, root = Checker.open(text, source, "defaults file")
    top = c.mapping(root, "the defaults file", ("responses", "endings"), ("responses", "endings")) or {}
    responses = read_responses(c, top["responses"]) if "responses" in top else None
    endings = read_endings(c, top["endings"]) if "endings" in top else None
    if c.diagnostics or responses is None or endings is None:
        raise c.failure()
    return responses, endings


def merge_responses(defaults: Table, own: Table) -> Table:
    """The scenario's lines win per (scope, reaction).

    A scenario line under "any" also replaces a built-in line for that reaction in a single phase,
    so a trainer's override is never hidden by a more specific built-in.
    """
    merged = {scope: dict(lines) for scope, lines in defaults.items()}
    for scope, lines in merged.items():
        if scope != "any":
            for reaction in own.get("any", {}):
                lines.pop(reaction, None)
    for scope, lines in own.items():
        merged.setdefault(scope, {}).update(lines)
    return merged
