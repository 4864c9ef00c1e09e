"""User-facing words of the shells, in German and English."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "customer": {"de": "Kunde", "en": "Customer"},
    "you": {"de": "Sie", "en": "You"},
    "score": {"de": "Punkte", "en": "Score"},
    "outcome": {"de": "Ergebnis", "en": "Outcome"},
    "findings": {"de": "Befunde", "en": "Findings"},
    "figures": {"de": "Kennzahlen", "en": "Figures"},
    "turn": {"de": "Zug", "en": "Turn"},
    "recognised": {"de": "erkannt", "en": "recognised"},
    "briefing": {"de": "Briefing", "en": "Briefing"},
    "goal": {"de": "Ziel", "en": "Goal"},
    "known": {"de": "Was Sie wissen", "en": "What you know"},
    "not_applicable": {"de": "entfällt", "en": "n/a"},
    "prompt_help": {
        "de": "Tippen Sie Ihre Sätze und drücken Sie Enter. Strg+D beendet das Gespräch.",
        "en": "Type your lines and press Enter. Ctrl+D ends the call.",
    },
    "won": {"de": "Auftrag gewonnen", "en": "order won"},
    "lost": {"de": "freundliches Nein", "en": "friendly no"},
    "customer_ended": {"de": "Kunde hat aufgelegt", "en": "customer ended the call"},
    "out_of_turns": {"de": "Zeit abgelaufen", "en": "out of turns"},
    "trainee_ended": {"de": "von Ihnen beendet", "en": "ended by you"},
    "rapport": {"de": "Beziehung", "en": "Rapport"},
    "needs_analysis": {"de": "Bedarfsanalyse", "en": "Needs analysis"},
    "presentation": {"de": "Präsentation", "en": "Presentation"},
    "objection_handling": {"de": "Einwandbehandlung", "en": "Objection handling"},
    "closing": {"de": "Abschluss", "en": "Closing"},
    "follow_up": {"de": "Nachbereitung", "en": "Follow-up"},
}


def t(key: str, language: str) -> str:
    entry = TEXTS.get(key)
    if entry is None:
        return key
    return entry.get(language) or entry["en"]
