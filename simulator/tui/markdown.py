"""A finished call as Markdown: the transcript with recognised moves, the score and the findings."""

from __future__ import annotations

from scoring import Score
from simulator.cli.output import visible
from simulator.engine import Call
from simulator.events import EventKind
from simulator.i18n import t


def _md(text: str) -> str:
    """Escape what Markdown would interpret, and control characters."""
    escaped = visible(text)
    for char in "\\`*_[]<>#|":
        escaped = escaped.replace(char, "\\" + char)
    return escaped


def call_markdown(call: Call, result: Score, lang: str) -> str:
    scenario = call.scenario
    out = [f"# {_md(scenario.title)}", ""]
    out.append(f"- {t('customer', lang)}: {_md(scenario.customer.name)}, {_md(scenario.customer.role)}, {_md(scenario.customer.company)}")
    out.append(f"- {t('outcome', lang)}: {t(call.outcome or 'running', lang)}")
    out.append(f"- {t('score', lang)}: {result.total}/100")
    out += ["", f"## {t('transcript', lang)}", ""]
    for event in call.events:
        if event.kind is EventKind.TRAINEE_SAID:
            moves = ", ".join(str(m) for m in event.data["moves"])  # type: ignore[attr-defined]
            out.append(f"**{event.turn}. {t('you', lang)}:** {_md(str(event.data['text']))}  ")
            out.append(f"_{t('recognised', lang)}: {moves or '-'}_")
            out.append("")
        elif event.kind is EventKind.CUSTOMER_SAID:
            text = _md(str(event.data["text"]))
            out.append(f"> _{text}_" if event.data["stage"] else f"> **{t('customer', lang)}:** {text}")
            out.append("")
    out += [f"## {t('score', lang)}", ""]
    for category, value in result.categories.items():
        shown = t("not_applicable", lang) if value is None else str(value)
        out.append(f"- {t(category.value, lang)}: {shown}")
    out += ["", f"## {t('findings', lang)}", ""]
    out.append(f"| {t('turn', lang)} | {t('points', lang)} | {t('rule', lang)} | {t('explanation', lang)} |")
    out.append("|---:|---:|---|---|")
    for finding in result.findings:
        out.append(f"| {finding.turn} | {finding.points:+d} | {_md(finding.method)} | {_md(finding.message)} |")
    return "\n".join(out) + "\n"
