"""A stored call's annotated transcript and findings as text, labelled in the call's language."""

from __future__ import annotations

from collections.abc import Mapping

from simulator.cli.output import visible
from simulator.i18n import t
from simulator.store.model import StoredCall


def render_review(call: StoredCall) -> str:
    """Everything from the stored document is printed literally: control characters are escaped."""
    start = call.start
    lang = start.language
    when = start.started_at.astimezone()
    lines = [
        f"{visible(start.scenario_title)} ({visible(start.scenario_id)}, {start.scenario_hash[:8]})",
        f"{visible(start.trainee)}{' / ' + visible(start.team) if start.team else ''} · {when:%Y-%m-%d %H:%M} · {start.mode} · seed {start.seed} · {start.call_id}",
        "",
    ]
    document = call.document or {}
    transcript = document.get("transcript")
    if isinstance(transcript, list):
        lines.extend(_entry(entry, lang) for entry in transcript if isinstance(entry, Mapping))
    else:
        lines.extend(f"{turn:>3} {t('you', lang)}: {visible(text)}" for turn, text in enumerate(call.lines, start=1))
    lines.append("")
    if call.document is None:
        lines.append("(this call was interrupted: no outcome, no score)")
        return "\n".join(lines) + "\n"
    lines.append(f"{t('outcome', lang)}: {t(str(call.outcome), lang)}")
    lines.append(f"{t('score', lang)}: {call.total}/100")
    lines.append(f"\n{t('findings', lang)}:")
    findings = document.get("findings")
    for finding in findings if isinstance(findings, list) else []:
        if isinstance(finding, Mapping):
            lines.append(f"  {t('turn', lang)} {finding.get('turn', '?'):>2}  {int(finding.get('points', 0)):+4d}  {visible(str(finding.get('message', '')))}")
    return "\n".join(lines) + "\n"


def _entry(entry: Mapping[str, object], lang: str) -> str:
    text = visible(str(entry.get("text", "")))
    if entry.get("speaker") == "trainee":
        moves = entry.get("moves")
        recognised = ", ".join(visible(str(m)) for m in moves) if isinstance(moves, list) and moves else "-"
        return f"{entry.get('turn', '?'):>3} {t('you', lang)}: {text}\n      [{t('recognised', lang)}: {recognised}]"
    return f"      {t('customer', lang)}: {f'*{text}*' if entry.get('stage') else text}"
