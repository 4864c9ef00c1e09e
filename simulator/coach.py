"""Suggested replies for guided mode: one good move, one tempting mistake, one other move.

Pure: reads a running `Call` (its state and scenario) and returns text. No UI, no I/O. The
tempting mistake is the one the method warns about in the current situation, so a beginner
learns to tell the two apart before making the mistake for real.
"""

from __future__ import annotations

from dataclasses import dataclass

from simulator.engine import Call
from simulator.moves import Move
from simulator.phases import Phase
from simulator.scenario import Feature, Need, Scenario


@dataclass(frozen=True)
class Suggestion:
    """A reply the trainee can pick: what to say, the move it is meant as, and whether it is good."""

    text: str
    move: Move
    good: bool


# Templates per situation and language: (good, tempting, other). Fields: name, seller,
# product, topic, need, feature (an unrelated one), answer (the one for the need), price, phrase.
_T: dict[str, dict[str, tuple[tuple[str, Move], tuple[str, Move], tuple[str, Move]]]] = {
    "open": {
        "en": (
            ("Good morning {name}, this is {seller} from {product}. What made you look into {topic} right now?", Move.OPEN_QUESTION),
            ("Our product offers {feature}.", Move.FEATURE),
            ("Hello, do you have a minute for me?", Move.GREETING),
        ),
        "de": (
            ("Guten Tag {name}, hier ist {seller} von {product}. Was hat Sie dazu gebracht, sich gerade jetzt mit {topic} zu beschäftigen?", Move.OPEN_QUESTION),
            ("Unser Produkt bietet {feature}.", Move.FEATURE),
            ("Guten Tag, passt es Ihnen gerade?", Move.GREETING),
        ),
    },
    "discover": {
        "en": (
            ("What role does {topic} play for you at the moment?", Move.OPEN_QUESTION),
            ("We also have {feature}.", Move.FEATURE),
            ("Do you have problems with {topic}?", Move.CLOSED_QUESTION),
        ),
        "de": (
            ("Welche Rolle spielt {topic} bei Ihnen im Moment?", Move.OPEN_QUESTION),
            ("Außerdem bieten wir {feature}.", Move.FEATURE),
            ("Haben Sie Probleme mit {topic}?", Move.CLOSED_QUESTION),
        ),
    },
    "trial_close": {
        "en": (
            ("Would a solution that does exactly that help you?", Move.TRIAL_CLOSE),
            ("We also have {feature}.", Move.FEATURE),
            ("What else is important to you?", Move.OPEN_QUESTION),
        ),
        "de": (
            ("Wäre eine Lösung, die genau das leistet, grundsätzlich interessant für Sie?", Move.TRIAL_CLOSE),
            ("Außerdem bieten wir {feature}.", Move.FEATURE),
            ("Was ist Ihnen sonst noch wichtig?", Move.OPEN_QUESTION),
        ),
    },
    "present": {
        "en": (
            ("{Answer}, so you get exactly what you told me about: {need}.", Move.BENEFIT),
            ("We also have {feature}.", Move.FEATURE),
            ("It costs {price}.", Move.PRICE),
        ),
        "de": (
            ("{Answer} – das heißt für Sie: genau das, was Sie mir geschildert haben, „{need}“.", Move.BENEFIT),
            ("Außerdem bieten wir {feature}.", Move.FEATURE),
            ("Der Preis liegt bei {price}.", Move.PRICE),
        ),
    },
    "price": {
        "en": (
            ("It costs {price}.", Move.PRICE),
            ("It costs {price}, which is a really fair price.", Move.PRICE),
            ("We also have {feature}.", Move.FEATURE),
        ),
        "de": (
            ("Der Preis liegt bei {price}.", Move.PRICE),
            ("Der Preis liegt bei {price}, ein wirklich fairer Preis.", Move.PRICE),
            ("Außerdem bieten wir {feature}.", Move.FEATURE),
        ),
    },
    "objection": {
        "en": (
            ("I understand. What exactly is behind that for you?", Move.EMPATHY),
            ("That is simply not true, it is really not expensive.", Move.ARGUE),
            ("I can give you a 10 percent discount.", Move.CONCESSION),
        ),
        "de": (
            ("Das kann ich gut verstehen. Was genau steckt für Sie dahinter?", Move.EMPATHY),
            ("Das stimmt so nicht, das ist überhaupt nicht teuer.", Move.ARGUE),
            ("Ich kann Ihnen 10 Prozent Rabatt geben.", Move.CONCESSION),
        ),
    },
    "answer_objection": {
        "en": (
            ("{Phrase}: so you get exactly what you need to feel comfortable.", Move.BENEFIT),
            ("You're wrong about that, the numbers clearly prove it.", Move.ARGUE),
            ("I can give you a 10 percent discount.", Move.CONCESSION),
        ),
        "de": (
            ("{Phrase} – das heißt für Sie: kein Risiko.", Move.BENEFIT),
            ("Da irren Sie sich, das stimmt so einfach nicht.", Move.ARGUE),
            ("Ich kann Ihnen 10 Prozent Rabatt geben.", Move.CONCESSION),
        ),
    },
    "close": {
        "en": (
            ("Shall we go ahead? I'll send you the agreement today.", Move.CLOSE),
            ("We also have {feature}.", Move.FEATURE),
            ("What else would you like to know?", Move.OPEN_QUESTION),
        ),
        "de": (
            ("Sollen wir das so festmachen?", Move.CLOSE),
            ("Außerdem bieten wir {feature}.", Move.FEATURE),
            ("Was möchten Sie noch wissen?", Move.OPEN_QUESTION),
        ),
    },
    "after_yes": {
        "en": (
            ("Thank you for your trust, {name}. I will email you the confirmation today and call you on Monday.", Move.NEXT_STEP),
            ("We also have {feature}.", Move.FEATURE),
            ("Do you have any other questions?", Move.CLOSED_QUESTION),
        ),
        "de": (
            ("Vielen Dank für Ihr Vertrauen, {name}. Ich schicke Ihnen heute die Bestätigung und melde mich nächste Woche.", Move.NEXT_STEP),
            ("Außerdem bieten wir {feature}.", Move.FEATURE),
            ("Haben Sie noch Fragen?", Move.CLOSED_QUESTION),
        ),
    },
    "after_no": {
        "en": (
            ("Thank you for your time, {name}. Goodbye!", Move.FAREWELL),
            ("You must decide today, the offer ends tomorrow.", Move.PRESSURE),
            ("May I call you again in three months?", Move.CLOSED_QUESTION),
        ),
        "de": (
            ("Vielen Dank für Ihre Zeit, {name}. Auf Wiederhören!", Move.FAREWELL),
            ("Sie müssen sich heute entscheiden, das Angebot gilt nur bis morgen.", Move.PRESSURE),
            ("Darf ich mich in drei Monaten wieder bei Ihnen melden?", Move.CLOSED_QUESTION),
        ),
    },
}

def situation(call: Call) -> str:
    """Which kind of moment the call is in, from the method's point of view."""
    state = call.state
    if state.said_yes:
        return "after_yes"
    if state.final_no:
        return "after_no"
    objection = state.open_objection()
    if objection is not None:
        return "answer_objection" if objection.revealed else "objection"
    if state.window is not None:
        return "close"
    if state.turn == 0:
        return "open"
    if call.phase in (Phase.RAPPORT, Phase.ANALYSIS):
        if _hidden_need(call) is not None and not state.interest_confirmed:
            return "discover"
        return "trial_close" if state.needs_discovered else "discover"
    if _unanswered_need(call) is not None:
        return "present"
    if not state.price_stated:
        return "price"
    return "close"


def suggest(call: Call) -> tuple[Suggestion, Suggestion, Suggestion]:
    """Three replies with different moves; the good one's position varies by turn."""
    language = call.scenario.language.value
    good, tempting, other = _T[situation(call)][language]
    fields = _fields(call)
    picks = [
        Suggestion(_fill(good[0], fields), good[1], True),
        Suggestion(_fill(tempting[0], fields), tempting[1], False),
        Suggestion(_fill(other[0], fields), other[1], False),
    ]
    shift = call.state.turn % 3
    rotated = picks[shift:] + picks[:shift]
    return rotated[0], rotated[1], rotated[2]


def _fields(call: Call) -> dict[str, str]:
    scenario = call.scenario
    language = scenario.language.value
    hidden = _hidden_need(call)
    need = _unanswered_need(call) or hidden or (scenario.needs[0] if scenario.needs else None)
    feature = _feature_for(scenario, need)
    objection = call.state.open_objection()
    phrase = scenario.objection(objection.id).resolved_by[0] if objection is not None else ""
    price = scenario.offer.price
    amount = f"{price.amount:g}"
    return {
        "name": scenario.customer.name,
        "seller": call.seller or ("Ihr Berater" if language == "de" else "your adviser"),
        "product": scenario.offer.product,
        "topic": _topic(hidden or need, language),
        "need": need.label if need is not None else "",
        "feature": _other_feature(scenario, need).name,
        "answer": feature.name,
        "price": " ".join(part for part in (amount, price.currency, price.unit) if part),
        "phrase": phrase,
    }


def _fill(template: str, fields: dict[str, str]) -> str:
    capitalised = {key.capitalize(): _cap(value) for key, value in fields.items()}
    return template.format(**fields, **capitalised)


def _topic(need: Need | None, language: str) -> str:
    """German nouns are capitalised; topic words are stored in lower case."""
    if need is None or not need.topics:
        return ""
    return _cap(need.topics[0]) if language == "de" else need.topics[0]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _hidden_need(call: Call) -> Need | None:
    found = call.state.needs_discovered
    return next((need for need in call.scenario.needs if need.id not in found), None)


def _unanswered_need(call: Call) -> Need | None:
    state = call.state
    return next(
        (call.scenario.need(need_id) for need_id in state.needs_discovered if need_id not in state.needs_answered),
        None,
    )


def _feature_for(scenario: Scenario, need: Need | None) -> Feature:
    features = scenario.offer.features
    if need is None:
        return features[0]
    return next((feature for feature in features if need.id in feature.needs), features[0])


def _other_feature(scenario: Scenario, need: Need | None) -> Feature:
    """A feature that does not answer the need at hand: the tempting, unrelated pitch."""
    features = scenario.offer.features
    if need is None:
        return features[-1]
    return next((feature for feature in reversed(features) if need.id not in feature.needs), features[-1])
