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

# The interactive app (simulator/tui).
TEXTS.update(
    {
        "app_title": {"de": "salescall – Verkaufsgespräche üben", "en": "salescall – practise sales calls"},
        "trainee": {"de": "Name", "en": "Name"},
        "your_name": {"de": "Ihr Name (wird gemerkt)", "en": "your name (remembered)"},
        "name_first": {"de": "Bitte zuerst Ihren Namen eingeben.", "en": "Please enter your name first."},
        "scenarios": {"de": "Kunden", "en": "Customers"},
        "filter": {"de": "Filter", "en": "filter"},
        "type_to_filter": {"de": "tippen zum Filtern, Enter wählt", "en": "type to filter, Enter picks"},
        "mode": {"de": "Modus", "en": "Mode"},
        "mode_coach": {"de": "Coach", "en": "Coach"},
        "mode_exam": {"de": "Prüfung", "en": "Exam"},
        "mode_guided": {"de": "Geführt", "en": "Guided"},
        "mode_coach_help": {
            "de": "Live-Hilfe: Stimmungsanzeigen, erkannte Züge, Hinweis bei Kaufsignalen.",
            "en": "Live help: mood meters, recognised moves, a flash on buying signals.",
        },
        "mode_exam_help": {
            "de": "Keine Hinweise im Gespräch; alles zeigt die Auswertung.",
            "en": "No hints during the call; the review reveals everything.",
        },
        "mode_guided_help": {
            "de": "Für den Einstieg: drei Antwortvorschläge (1/2/3) – einer gut, einer verlockend falsch.",
            "en": "For beginners: three suggested replies (1/2/3) – one good, one a tempting mistake.",
        },
        "phases": {"de": "Die sechs Phasen", "en": "The six phases"},
        "phase_rapport": {"de": "Beziehung", "en": "Rapport"},
        "phase_analysis": {"de": "Analyse", "en": "Analysis"},
        "phase_presentation": {"de": "Präsent.", "en": "Present"},
        "phase_negotiation": {"de": "Verhandl.", "en": "Negotiate"},
        "phase_close": {"de": "Abschluss", "en": "Close"},
        "phase_follow_up": {"de": "Nachber.", "en": "Follow-up"},
        "press_enter_to_call": {"de": "Enter: Anruf starten · Esc: zurück", "en": "Enter: start the call · Esc: back"},
        "trust": {"de": "Vertrauen", "en": "Trust"},
        "interest": {"de": "Interesse", "en": "Interest"},
        "patience": {"de": "Geduld", "en": "Patience"},
        "typing": {"de": "{name} tippt … (beliebige Taste überspringt)", "en": "{name} is typing … (any key skips)"},
        "say_something": {"de": "Ihr Satz, Enter sendet (↑/↓ frühere Sätze)", "en": "your line, Enter sends (↑/↓ earlier lines)"},
        "signal_flash": {"de": "Kaufsignal! Jetzt abschließen.", "en": "Buying signal! Time to close."},
        "call_over": {"de": "Gespräch beendet", "en": "Call over"},
        "enter_for_review": {"de": "Enter: Auswertung", "en": "Enter: review"},
        "confirm_end_call": {"de": "Gespräch jetzt beenden?", "en": "End the call now?"},
        "confirm_quit": {
            "de": "Ein Gespräch läuft. Beenden? (Es ist gespeichert und kann fortgesetzt werden.)",
            "en": "A call is running. Quit? (It is saved and can be resumed.)",
        },
        "yes": {"de": "Ja", "en": "Yes"},
        "no": {"de": "Nein", "en": "No"},
        "resume_question": {"de": "Ein Gespräch wurde unterbrochen. Fortsetzen?", "en": "A call was interrupted. Resume it?"},
        "resume": {"de": "Fortsetzen", "en": "Resume"},
        "discard": {"de": "Verwerfen", "en": "Discard"},
        "later": {"de": "Später", "en": "Later"},
        "lines": {"de": "Sätze", "en": "lines"},
        "store_failed": {"de": "Speichern fehlgeschlagen", "en": "Saving failed"},
        "scenario_missing": {"de": "Szenario nicht gefunden", "en": "Scenario not found"},
        "scenario_changed": {
            "de": "Das Szenario wurde seitdem geändert; der Verlauf kann abweichen.",
            "en": "The scenario has changed since; the call may go differently.",
        },
        "overview": {"de": "Überblick", "en": "Overview"},
        "transcript": {"de": "Gesprächsverlauf", "en": "Transcript"},
        "running": {"de": "läuft", "en": "running"},
        "points": {"de": "Punkte", "en": "Points"},
        "rule": {"de": "Regel", "en": "Rule"},
        "explanation": {"de": "Erklärung", "en": "Explanation"},
        "signals": {"de": "Signale ges./genutzt/verp.", "en": "Signals sent/caught/missed"},
        "talk_past": {"de": "Vorbeigeredet", "en": "Talked past the close"},
        "arguing": {"de": "Rechthaben", "en": "Arguing"},
        "word_share": {"de": "Ihr Redeanteil", "en": "Your share of words"},
        "questions": {"de": "Fragen offen/geschl.", "en": "Questions open/closed"},
        "needs": {"de": "Bedarfe aufgedeckt", "en": "Needs uncovered"},
        "close_attempts": {"de": "Abschlussversuche", "en": "Close attempts"},
        "signal_sent": {"de": "Kaufsignal", "en": "buying signal"},
        "signal_missed": {"de": "verpasst", "en": "missed"},
        "close_caught": {"de": "Abschluss aufs Signal", "en": "close on a signal"},
        "close_attempt": {"de": "Abschlussversuch", "en": "close attempt"},
        "retry_question": {"de": "Ab welchem Zug neu versuchen? (1–{last})", "en": "Retry from which turn? (1–{last})"},
        "retry_range": {"de": "Bitte eine Zahl von 1 bis {last}.", "en": "Please a number from 1 to {last}."},
        "saved_to": {"de": "Gespeichert:", "en": "Saved to"},
        "save_failed": {"de": "Konnte den Verlauf nirgends speichern.", "en": "Could not save the transcript anywhere."},
        "help": {"de": "Hilfe", "en": "Help"},
        "help_about": {"de": "Die Methode und die Tasten", "en": "The method and the keys"},
        "toggle_theme": {"de": "Hell/Dunkel", "en": "Light/dark"},
        "toggle_theme_about": {"de": "Zwischen hellem und dunklem Thema wechseln", "en": "Switch between light and dark theme"},
        "end_call": {"de": "Gespräch beenden", "en": "End the call"},
        "end_call_about": {"de": "Auflegen und zur Auswertung", "en": "Hang up and go to the review"},
        "play_again": {"de": "Nochmal spielen", "en": "Play again"},
        "play_again_about": {"de": "Derselbe Kunde, von vorn", "en": "The same customer, from the start"},
        "retry": {"de": "Ab Zug N neu versuchen", "en": "Retry from turn N"},
        "retry_about": {"de": "Die ersten N−1 Sätze werden wiederholt", "en": "Your first N−1 lines are replayed"},
        "save": {"de": "Verlauf speichern", "en": "Save transcript"},
        "save_about": {"de": "Als Markdown-Datei", "en": "As a Markdown file"},
        "back_to_start": {"de": "Zum Start", "en": "Back to start"},
        "back_to_start_about": {"de": "Anderen Kunden oder Modus wählen", "en": "Pick another customer or mode"},
        "my_calls": {"de": "Meine Gespräche", "en": "My calls"},
        "my_calls_about": {"de": "Ihre gespeicherten Gespräche, neueste zuerst", "en": "Your stored calls, newest first"},
        "team_title": {"de": "Team-Übersicht", "en": "Team overview"},
        "team_about": {
            "de": "Teilnehmer × Szenario vergleichen, Punkte im Zeitverlauf",
            "en": "Compare trainees × scenarios, scores over time",
        },
        "team": {"de": "Team", "en": "Team"},
        "all_teams": {"de": "alle Teams", "en": "all teams"},
        "loading": {"de": "Wird geladen …", "en": "Loading …"},
        "no_store": {
            "de": "Kein Ergebnisspeicher verfügbar – Gespräche werden nicht gespeichert.",
            "en": "No results store available – calls are not being saved.",
        },
        "no_calls_yet": {
            "de": "Noch keine abgeschlossenen Gespräche. Führen Sie ein Gespräch – es erscheint dann hier.",
            "en": "No finished calls yet. Hold a call and it will show up here.",
        },
        "no_team_calls": {
            "de": "Noch keine abgeschlossenen Gespräche gespeichert. Sobald Ihr Team übt, erscheint hier der Vergleich.",
            "en": "No finished calls stored yet. Once your team practises, the comparison shows up here.",
        },
        "scores_over_time": {"de": "Punkte im Zeitverlauf (0–100)", "en": "Scores over time (0–100)"},
        "stored_version_changed": {
            "de": "Das Szenario wurde seit diesem Gespräch geändert (damals Version {stored}, jetzt {current}); "
            "die Auswertung ist auf der aktuellen Version nachgespielt.",
            "en": "The scenario has changed since this call (then version {stored}, now {current}); "
            "the review is replayed on the current version.",
        },
        "inspector": {"de": "Inspektor", "en": "Inspector"},
        "inspector_about": {
            "de": "Für Trainer: Zustand des Kunden, Bedarfe, Einwände, Signale, erkannte Züge",
            "en": "For trainers: the customer's state, needs, objections, signals, recognised moves",
        },
        "phase": {"de": "Phase", "en": "Phase"},
        "needs_heading": {"de": "Bedarfe", "en": "Needs"},
        "answered": {"de": "beantwortet", "en": "answered"},
        "uncovered": {"de": "aufgedeckt", "en": "uncovered"},
        "hidden": {"de": "verborgen", "en": "hidden"},
        "objections": {"de": "Einwände", "en": "Objections"},
        "resolved": {"de": "gelöst", "en": "resolved"},
        "open": {"de": "offen", "en": "open"},
        "signals_heading": {"de": "Kaufsignale", "en": "Buying signals"},
        "sent": {"de": "gesendet", "en": "sent"},
        "pending": {"de": "ausstehend", "en": "pending"},
        "window": {"de": "Abschlussfenster", "en": "Closing window"},
        "last_moves": {"de": "Letzter Satz erkannt als", "en": "Last line recognised as"},
        "scenario_invalid": {
            "de": "Szenario-Datei fehlerhaft – die letzte gültige Fassung läuft weiter:",
            "en": "The scenario file has errors – the last good version keeps running:",
        },
        "scenario_reloaded": {"de": "Szenario neu geladen.", "en": "Scenario reloaded."},
        "scenario_reloaded_call": {
            "de": "Szenario neu geladen; Gespräch neu gestartet, {lines} Sätze wiederholt.",
            "en": "Scenario reloaded; the call restarted with your {lines} lines replayed.",
        },
        "col_date": {"de": "Datum", "en": "Date"},
        "col_scenario": {"de": "Szenario", "en": "Scenario"},
        "col_mode": {"de": "Modus", "en": "Mode"},
        "col_outcome": {"de": "Ergebnis", "en": "Outcome"},
        "col_score": {"de": "Punkte", "en": "Score"},
        "col_trainee": {"de": "Name", "en": "Trainee"},
        "col_attempts": {"de": "Versuche", "en": "Attempts"},
        "col_best": {"de": "Bestes", "en": "Best"},
        "col_latest": {"de": "Letztes", "en": "Latest"},
        "col_average": {"de": "Schnitt", "en": "Average"},
        "col_trend": {"de": "Trend", "en": "Trend"},
        "move_greeting": {"de": "Begrüßung", "en": "greeting"},
        "move_open_question": {"de": "offene Frage", "en": "open question"},
        "move_closed_question": {"de": "geschlossene Frage", "en": "closed question"},
        "move_paraphrase": {"de": "Zusammenfassung", "en": "paraphrase"},
        "move_empathy": {"de": "Verständnis", "en": "empathy"},
        "move_feature": {"de": "Eigenschaft", "en": "feature"},
        "move_benefit": {"de": "Nutzen", "en": "benefit"},
        "move_price": {"de": "Preis", "en": "price"},
        "move_concession": {"de": "Zugeständnis", "en": "concession"},
        "move_trial_close": {"de": "Testabschluss", "en": "trial close"},
        "move_close": {"de": "Abschlussfrage", "en": "close"},
        "move_argue": {"de": "Widerspruch", "en": "arguing"},
        "move_pressure": {"de": "Druck", "en": "pressure"},
        "move_next_step": {"de": "nächster Schritt", "en": "next step"},
        "move_farewell": {"de": "Verabschiedung", "en": "farewell"},
        "move_other": {"de": "nicht erkannt", "en": "not recognised"},
        "help_text": {
            "de": """\
# Die Methode

**Die sechs Phasen:** Beziehung › Bedarfsanalyse › Präsentation › Verhandlung › Abschluss ›
Nachbereitung. Sie laufen nacheinander, springen aber zurück: Fehlt beim Präsentieren eine
Information, geht es zurück in die Analyse; ein „Nein“ zur Abschlussfrage heißt meist „noch nicht“.

**Erst fragen, dann präsentieren.** Offene Fragen decken den Bedarf auf. Ein Testabschluss
(„Wäre das grundsätzlich interessant für Sie?“) prüft das Interesse – vorher präsentieren heißt
„ins Blaue präsentieren“. Jede Eigenschaft mit einem Nutzen für *diesen* Kunden verbinden.

**Kaufsignale:** Fragt der Kunde nach Preis, Lieferzeit, Garantie oder beschreibt, wie er das
Produkt nutzen wird, ist es Zeit für die Abschlussfrage. **Nicht am Abschluss vorbeireden:** wer
dann weiter präsentiert, redet den Auftrag tot.

**Einwände** sind Vorlagen: erst Verständnis zeigen, dann fragen, was dahintersteckt, dann genau
das lösen. **Wer Recht haben muss, verliert** – nicht widersprechen, nicht belehren.

Den Preis nennen, nicht kommentieren. Nach dem Ja: danken, nächste Schritte, nichts mehr verkaufen.

# Tasten

| Taste | wo | was |
|---|---|---|
| F1 | überall | diese Hilfe |
| Strg+P | überall | Befehlspalette |
| Strg+Q, q | überall | beenden (fragt während eines Gesprächs) |
| Strg+T | überall | hell/dunkel |
| tippen, ↑/↓, Enter | Start | Kunden filtern, wählen |
| F2 / F3 | Start | Modus wechseln / Namen ändern |
| F4 / F5 | Start | meine Gespräche / Team-Übersicht |
| 1–7, s, Enter | Team | nach Spalte sortieren, nächste Spalte, Gespräche zeigen |
| Enter | Briefing | Anruf starten |
| Enter, ↑/↓ | Gespräch | Satz senden, frühere Sätze |
| 1/2/3 | Gespräch (geführt) | Vorschlag übernehmen |
| Bild↑/Bild↓ | Gespräch | Verlauf blättern |
| Esc | Gespräch | Gespräch beenden (mit Rückfrage) |
| F2 | Gespräch | Inspektor für Trainer (nicht in der Prüfung) |
| o / f | Auswertung | Überblick / Befunde |
| a / r / s / b | Auswertung | nochmal / ab Zug N / speichern / Start |
""",
            "en": """\
# The method

**The six phases:** rapport › needs analysis › presentation › negotiation › close › follow-up.
They run in order but loop back: an information gap while presenting sends you back to analysis;
a "no" to the closing question usually means "not yet".

**Ask first, present later.** Open questions uncover needs. A trial close ("Would that be
interesting for you?") tests the interest – presenting before it is "presenting into the blue".
Tie every property to a benefit for *this* customer.

**Buying signals:** when the customer asks about price, delivery time or warranty, or describes
how they will use the product, ask for the order. **Don't talk past the close:** presenting on
after a signal talks the order to death.

**Objections** are assists: show understanding, ask what is behind it, then resolve exactly that.
**Whoever must be right loses** – don't contradict, don't lecture.

State the price, don't comment on it. After the yes: thank, agree next steps, sell nothing more.

# Keys

| key | where | what |
|---|---|---|
| F1 | anywhere | this help |
| Ctrl+P | anywhere | command palette |
| Ctrl+Q, q | anywhere | quit (asks during a call) |
| Ctrl+T | anywhere | light/dark |
| type, ↑/↓, Enter | start | filter customers, pick one |
| F2 / F3 | start | change mode / change name |
| F4 / F5 | start | my calls / team overview |
| 1–7, s, Enter | team | sort by column, next column, list the calls |
| Enter | briefing | start the call |
| Enter, ↑/↓ | call | send a line, earlier lines |
| 1/2/3 | call (guided) | take a suggestion |
| PgUp/PgDn | call | scroll the transcript |
| Esc | call | end the call (asks first) |
| F2 | call | inspector for trainers (not in exams) |
| o / f | review | overview / findings |
| a / r / s / b | review | again / retry from turn N / save / start |
""",
        },
    }
)


def t(key: str, language: str) -> str:
    entry = TEXTS.get(key)
    if entry is None:
        return key
    return entry.get(language) or entry["en"]
