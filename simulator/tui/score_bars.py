"""The total and the sub-scores per phase as bars, and the call's figures."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from scoring import Score
from simulator.i18n import t
from simulator.tui.meters import bar


def _colour(value: int) -> str:
    return "#2ecc71" if value >= 70 else "#e0a030" if value >= 40 else "#e74c3c"


class ScoreBars(Static):
    def show(self, result: Score, lang: str) -> None:
        text = Text()
        text.append(f"{t('score', lang):<18}", style="bold")
        text.append(bar(result.total, 12), style=_colour(result.total))
        text.append(f" {result.total:>3}", style="bold")
        for category, value in result.categories.items():
            text.append(f"\n{t(category.value, lang):<18}")
            if value is None:
                text.append(f"{'·' * 12} {t('not_applicable', lang)}", style="dim")
            else:
                text.append(bar(value, 12), style=_colour(value))
                text.append(f" {value:>3}")
        self.update(text)


class FiguresPanel(Static):
    def show(self, result: Score, lang: str) -> None:
        f = result.figures
        rows = [
            (t("signals", lang), f"{f.signals_sent} / {f.signals_caught} / {f.signals_missed}"),
            (t("talk_past", lang), str(f.talk_past_close)),
            (t("arguing", lang), str(f.arguing)),
            (t("word_share", lang), f"{round(f.trainee_word_share * 100)} %"),
            (t("questions", lang), f"{f.questions_open} / {f.questions_closed}"),
            (t("needs", lang), f"{f.needs_discovered} / {f.needs_total}"),
            (t("close_attempts", lang), str(f.close_attempts)),
        ]
        text = Text()
        for index, (label, value) in enumerate(rows):
            if index:
                text.append("\n")
            text.append(f"{label:<22}", style="dim")
            text.append(value, style="bold")
        self.update(text)
