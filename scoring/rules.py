"""The scoring rules: for each, its category, the method rule behind it, and its explanation.

Texts are one sentence per language; `{…}` fields are filled from the event that triggered them.
"""

from __future__ import annotations

from dataclasses import dataclass

from scoring.model import Category


@dataclass(frozen=True)
class Rule:
    category: Category
    method: dict[str, str]
    explanation: dict[str, str]


_PHASES = {"de": "Phasen des Verkaufsgesprächs", "en": "Phases of a sales call"}
_SIGNALS = {"de": "Kaufsignale erkennen und abschließen", "en": "Act on buying signals and close"}
_OBJECTIONS = {"de": "Einwände: erst verstehen, dann fragen", "en": "Objections: understand first, then ask"}
_RIGHT = {"de": "Wer Recht haben muss, verliert", "en": "Whoever must be right loses"}
_PRICE = {"de": "Preis nennen, nicht kommentieren", "en": "State the price, do not comment on it"}
_BENEFITS = {"de": "Eigenschaft plus Nutzen für diesen Kunden", "en": "Property plus a benefit for this customer"}
_TALK = {"de": "Zuhören: Redeanteil und Fragen", "en": "Listen: talk share and questions"}
_AFTER = {"de": "Nach dem Abschluss ist vor der Beziehung", "en": "The close is where the relationship starts"}

RULES: dict[str, Rule] = {
    "rapport_greeting": Rule(
        Category.RAPPORT,
        _PHASES,
        {"de": "Sie haben das Gespräch persönlich eröffnet.", "en": "You opened the call on a personal level."},
    ),
    "rapport_bridge": Rule(
        Category.RAPPORT,
        _PHASES,
        {
            "de": "Sie haben mit einer Frage zum Thema übergeleitet.",
            "en": "You bridged to the topic with a question.",
        },
    ),
    "need_uncovered": Rule(
        Category.NEEDS_ANALYSIS,
        _PHASES,
        {
            "de": "Bedarf aufgedeckt: „{need}“ – durch Fragen statt Vermutungen.",
            "en": "Need uncovered: “{need}” – by asking instead of assuming.",
        },
    ),
    "need_missed": Rule(
        Category.NEEDS_ANALYSIS,
        _PHASES,
        {
            "de": "Nicht aufgedeckt: „{need}“ – eine offene Frage zu diesem Thema hätte es ans Licht gebracht.",
            "en": "Not uncovered: “{need}” – an open question on this topic would have brought it out.",
        },
    ),
    "trial_close": Rule(
        Category.NEEDS_ANALYSIS,
        _PHASES,
        {
            "de": "Der Testabschluss hat ernsthaftes Interesse bestätigt, bevor Sie präsentiert haben.",
            "en": "Your trial close confirmed real interest before you presented.",
        },
    ),
    "presented_cold": Rule(
        Category.NEEDS_ANALYSIS,
        _PHASES,
        {
            "de": "Präsentation ins Blaue: Sie kannten noch keinen Bedarf des Kunden.",
            "en": "Presenting into the blue: you did not know any of the customer's needs yet.",
        },
    ),
    "no_trial_close": Rule(
        Category.NEEDS_ANALYSIS,
        _PHASES,
        {
            "de": "Sie haben präsentiert, ohne per Testabschluss das Interesse zu prüfen.",
            "en": "You started presenting without a trial close to test the customer's interest.",
        },
    ),
    "testing_understanding": Rule(
        Category.NEEDS_ANALYSIS,
        _TALK,
        {
            "de": "Sie haben zusammengefasst und Ihr Verständnis geprüft.",
            "en": "You summarised and tested your understanding.",
        },
    ),
    "question_share": Rule(
        Category.NEEDS_ANALYSIS,
        _TALK,
        {
            "de": "{share} % Ihrer Äußerungen waren Fragen – erfolgreiche Verkäufer liegen bei etwa 20 %.",
            "en": "{share}% of what you said were questions – skilled sellers are at about 20%.",
        },
    ),
    "talk_share": Rule(
        Category.NEEDS_ANALYSIS,
        _TALK,
        {
            "de": "Ihr Redeanteil lag bei {share} % – über 65 % sinkt die Abschlussquote, ideal sind etwa 43 %.",
            "en": "You spoke {share}% of the words – above 65% conversion drops; about 43% is ideal.",
        },
    ),
    "monologue": Rule(
        Category.PRESENTATION,
        _TALK,
        {
            "de": "Monolog mit {words} Wörtern: Der Kunde hört nicht mehr zu.",
            "en": "A monologue of {words} words: the customer stops listening.",
        },
    ),
    "need_answered": Rule(
        Category.PRESENTATION,
        _BENEFITS,
        {
            "de": "Nutzen passend zum Bedarf „{need}“ präsentiert.",
            "en": "You presented a benefit that answers “{need}”.",
        },
    ),
    "need_unanswered": Rule(
        Category.PRESENTATION,
        _BENEFITS,
        {
            "de": "Den Bedarf „{need}“ kannten Sie, haben ihn aber nie mit einem Nutzen beantwortet.",
            "en": "You knew about “{need}” but never answered it with a benefit.",
        },
    ),
    "feature_dump": Rule(
        Category.PRESENTATION,
        _BENEFITS,
        {
            "de": "{count} Eigenschaften ohne Nutzen aufgezählt – nackte Merkmale ziehen Preisbedenken nach sich.",
            "en": "{count} features without benefits – bare features draw price concerns.",
        },
    ),
    "benefit_unrelated": Rule(
        Category.PRESENTATION,
        _BENEFITS,
        {
            "de": "Ein „Nutzen“, der nichts anspricht, was dem Kunden wichtig ist, zählt nicht.",
            "en": "A “benefit” that names nothing the customer cares about does not count.",
        },
    ),
    "objection_resolved": Rule(
        Category.OBJECTION_HANDLING,
        _OBJECTIONS,
        {
            "de": "Einwand gelöst: Sie haben den wahren Grund erfragt und beantwortet.",
            "en": "Objection resolved: you found the real reason and answered it.",
        },
    ),
    "real_reason_found": Rule(
        Category.OBJECTION_HANDLING,
        _OBJECTIONS,
        {
            "de": "Mit Verständnis und einer Frage haben Sie den wahren Grund hinter dem Einwand erfahren.",
            "en": "With understanding and a question you learned the real reason behind the objection.",
        },
    ),
    "objection_eased": Rule(
        Category.OBJECTION_HANDLING,
        _OBJECTIONS,
        {
            "de": "Einwand nur teilweise entkräftet – der wahre Grund blieb unbeantwortet.",
            "en": "Objection only partly eased – the real reason stayed unanswered.",
        },
    ),
    "objection_open": Rule(
        Category.OBJECTION_HANDLING,
        _OBJECTIONS,
        {
            "de": "Dieser Einwand blieb bis zum Ende offen.",
            "en": "This objection was still open at the end of the call.",
        },
    ),
    "no_objections": Rule(
        Category.OBJECTION_HANDLING,
        _OBJECTIONS,
        {
            "de": "Keine Einwände – Bedarf und Nutzen passten zusammen.",
            "en": "No objections came up – needs and benefits fitted together.",
        },
    ),
    "argued": Rule(
        Category.OBJECTION_HANDLING,
        _RIGHT,
        {
            "de": "Sie haben dem Kunden widersprochen – wer Recht haben muss, verliert den Auftrag.",
            "en": "You contradicted the customer – whoever must be right loses the sale.",
        },
    ),
    "counter_without_asking": Rule(
        Category.OBJECTION_HANDLING,
        _OBJECTIONS,
        {
            "de": "Zugeständnis direkt nach dem Einwand, ohne zu fragen, was dahintersteckt.",
            "en": "A concession straight after the objection, without asking what is behind it.",
        },
    ),
    "margin": Rule(
        Category.OBJECTION_HANDLING,
        _PRICE,
        {
            "de": "Preis nachgelassen von {before} auf {after}: Das kostet Marge.",
            "en": "Price lowered from {before} to {after}: that costs margin.",
        },
    ),
    "irritator": Rule(
        Category.OBJECTION_HANDLING,
        _PRICE,
        {
            "de": "„{phrase}“ reizt den Kunden – Preis und Angebot nennen, nicht loben.",
            "en": "“{phrase}” irritates buyers – state price and offer, do not praise them.",
        },
    ),
    "signal_caught": Rule(
        Category.CLOSING,
        _SIGNALS,
        {
            "de": "Kaufsignal erkannt und sofort zum Abschluss gewechselt.",
            "en": "You caught the buying signal and moved straight to the close.",
        },
    ),
    "signal_caught_late": Rule(
        Category.CLOSING,
        _SIGNALS,
        {
            "de": "Kaufsignal erkannt, aber erst nach {count} weiteren Verkaufsargumenten.",
            "en": "You caught the buying signal, but only after {count} more sales arguments.",
        },
    ),
    "signal_missed": Rule(
        Category.CLOSING,
        _SIGNALS,
        {
            "de": "Kaufsignal verpasst: Der Kunde war bereit, aber Sie haben nicht nach dem Auftrag gefragt.",
            "en": "Missed buying signal: the customer was ready, but you did not ask for the order.",
        },
    ),
    "talked_past_close": Rule(
        Category.CLOSING,
        _SIGNALS,
        {
            "de": "Am Abschluss vorbeigeredet: Nach einem Kaufsignal weiter zu verkaufen, zerredet den Auftrag.",
            "en": "Talking past the close: selling on after a buying signal talks the order to death.",
        },
    ),
    "order_won": Rule(
        Category.CLOSING,
        _SIGNALS,
        {"de": "Auftrag gewonnen.", "en": "Order won."},
    ),
    "no_close": Rule(
        Category.CLOSING,
        _SIGNALS,
        {
            "de": "Sie haben nie nach dem Auftrag gefragt – der einzige echte Fehler der Abschlussphase.",
            "en": "You never asked for the order – the one real mistake in the closing phase.",
        },
    ),
    "premature_close": Rule(
        Category.CLOSING,
        _PHASES,
        {
            "de": "Nach dem Auftrag gefragt, bevor Sie irgendeinen Bedarf kannten.",
            "en": "You asked for the order before you knew any need.",
        },
    ),
    "pressure": Rule(
        Category.CLOSING,
        _RIGHT,
        {
            "de": "Druck mit Fristen oder Drängen schadet dem Vertrauen.",
            "en": "Pushing with deadlines or insistence costs trust.",
        },
    ),
    "friendly_no": Rule(
        Category.CLOSING,
        _SIGNALS,
        {
            "de": "Das Nein freundlich akzeptiert – keine verbrannte Erde.",
            "en": "You accepted the no graciously – no scorched earth.",
        },
    ),
    "scorched_earth": Rule(
        Category.CLOSING,
        _SIGNALS,
        {
            "de": "Nach dem endgültigen Nein weiter gedrängt: verbrannte Erde.",
            "en": "You kept pushing after a final no: scorched earth.",
        },
    ),
    "customer_ended": Rule(
        Category.CLOSING,
        _RIGHT,
        {"de": "Der Kunde hat das Gespräch beendet.", "en": "The customer ended the call."},
    ),
    "follow_up_thanks": Rule(
        Category.FOLLOW_UP,
        _AFTER,
        {"de": "Nach dem Auftrag bedankt und freundlich verabschiedet.", "en": "You thanked the customer after the order."},
    ),
    "follow_up_confirm": Rule(
        Category.FOLLOW_UP,
        _AFTER,
        {
            "de": "Die Entscheidung des Kunden bestätigt.",
            "en": "You confirmed the customer's decision.",
        },
    ),
    "follow_up_next_step": Rule(
        Category.FOLLOW_UP,
        _AFTER,
        {
            "de": "Nächste Schritte vereinbart – die Beziehung beginnt jetzt.",
            "en": "You agreed next steps – the relationship starts now.",
        },
    ),
    "door_open": Rule(
        Category.FOLLOW_UP,
        _AFTER,
        {
            "de": "Trotz Nein die Tür offen gehalten.",
            "en": "You kept the door open despite the no.",
        },
    ),
    "pushed_after_yes": Rule(
        Category.FOLLOW_UP,
        _AFTER,
        {
            "de": "Nach dem Ja weiter überzeugt – das weckt neue Zweifel.",
            "en": "You kept persuading after the yes – that plants new doubts.",
        },
    ),
}
