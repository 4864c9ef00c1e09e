"""Read the examples in docs/diagnostics.md and build the files they describe."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

DOC = Path(__file__).parents[2] / "docs" / "diagnostics.md"
_BLOCK = re.compile(r"<!-- (base|example (SC\d{3})(?: (\S+))?) -->\n```yaml\n(.*?)```", re.DOTALL)
_TOP_KEY = re.compile(r"^([a-z_]+):", re.MULTILINE)


@dataclass(frozen=True)
class Example:
    code: str
    mode: str  # "" (merge into the base), "whole", "latin-1", "missing"
    text: str


def examples() -> tuple[str, list[Example]]:
    """The base scenario and every example, in document order."""
    base = ""
    found = []
    for match in _BLOCK.finditer(DOC.read_text(encoding="utf-8")):
        if match.group(1) == "base":
            base = match.group(4)
        else:
            found.append(Example(match.group(2), match.group(3) or "", match.group(4)))
    return base, found


def blocks(text: str) -> dict[str, str]:
    """Top-level parts of a YAML text by key, each with the lines that belong to it."""
    starts = [(m.start(), m.group(1)) for m in _TOP_KEY.finditer(text)]
    return {key: text[start: starts[i + 1][0] if i + 1 < len(starts) else len(text)]
            for i, (start, key) in enumerate(starts)}


def build(base: str, example: Example, folder: Path) -> Path:
    """Write the example's file into `folder` and return its path."""
    path = folder / f"{example.code.lower()}.yaml"
    if example.mode == "missing":
        return folder / "no-such-file.yaml"
    if example.mode == "latin-1":
        merged = merge(base, example.text)
        path.write_bytes(merged.encode("latin-1"))
        return path
    text = example.text if example.mode == "whole" else merge(base, example.text)
    path.write_text(text, encoding="utf-8")
    return path


def merge(base: str, fragment: str) -> str:
    parts = blocks(base)
    parts.update(blocks(fragment))
    return "".join(parts.values())
