"""Text from the trainee or a scenario, made safe to display: never markup, never a terminal escape."""

from __future__ import annotations

from rich.text import Text

from simulator.cli.output import visible


def literal(text: str, style: str = "") -> Text:
    """A `Text` that shows `text` exactly: `[bold]` stays brackets, ESC shows as `\\x1b`."""
    return Text(visible(text), style=style)
