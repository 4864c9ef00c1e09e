"""Abstract trainee moves and example lines for them, built from the scenario's own words.

The explorer thinks in moves ("ask about phone calls", "answer need X with a benefit"); the engine
hears lines. Each move has a few wordings so that trying it twice is not a copy-pasted repeat.
"""

from __future__ import annotations

from dataclasses import dataclass

from simulator.authoring.feasible import has_words
from simulator.customer import CustomerState
from simulator.scenario import Need, Scenario

PHRASES: dict[str, dict[str, tuple[str, ...]]] = {
    "greet": {
        "en": ("Good morning {name}, this is Sam from {product}. Thanks for taking my call.",
               "Hello {name}, Sam here from {product}. Thank you for your time."),
        "de": ("Guten Tag, hier ist Sam von {product}. Danke, dass Sie sich Zeit nehmen.",
               "Hallo, Sam von {product} hier. Vielen Dank für Ihre Zeit."),
    },
    "ask": {
        "en": ("What matters to you about {topic}?", "How do you handle {topic} today?",
               "What is your experience with {topic} so far?"),
        "de": ("Was ist Ihnen beim Thema {topic} wichtig?", "Wie gehen Sie heute mit dem Thema {topic} um?",
               "Welche Erfahrungen haben Sie bisher mit {topic} gemacht?"),
    },
    "ask_reason": {
        "en": ("What exactly is behind that for you?", "What makes you say that?"),
        "de": ("Was genau steckt für Sie dahinter?", "Was bringt Sie zu diesem Eindruck?"),
    },
    "paraphrase": {
        "en": ("So if I understand you correctly, {labels}.", "Let me check I understood you: {labels}."),
        "de": ("Wenn ich Sie richtig verstehe, geht es um Folgendes: {labels}.",
               "Habe ich Sie richtig verstanden: {labels}."),
    },
    "empathy": {
        "en": ("I understand, that is a real concern.", "I can see why that worries you."),
        "de": ("Das verstehe ich gut, das ist ein berechtigtes Anliegen.", "Ich kann gut nachvollziehen, dass Sie das beschäftigt."),
    },
    "trial_close": {
        "en": ("Would a solution for that be worth a closer look for you?",
               "Would it be worth looking at a solution for that together?"),
        "de": ("Wäre eine Lösung dafür für Sie einen genaueren Blick wert?",
               "Wäre es für Sie interessant, sich dafür eine Lösung anzusehen?"),
    },
    "benefit": {
        "en": ("{feature}, which means for you: {benefit}.", "With {feature} that means for you: {benefit}."),
        "de": ("{feature} – das bedeutet für Sie: {benefit}.", "Mit {feature} heißt das für Sie: {benefit}."),
    },
    "feature": {
        "en": ("{product} includes {feature}.", "It comes with {feature}."),
        "de": ("{product} bietet {feature}.", "Dazu gehört {feature}."),
    },
    "price": {
        "en": ("It costs {price}.", "The price is {price}."),
        "de": ("Der Preis liegt bei {price}.", "Das kostet {price}."),
    },
    "resolve": {
        "en": ("What if {word} is part of it for you?", "How would it be for you if {word} were part of it?"),
        "de": ("Was wäre, wenn {word} Teil der Lösung wäre?", "Wie wäre es für Sie, wenn {word} dazugehört?"),
    },
    "concession": {
        "en": ("I can give you a discount of ten percent.", "I can offer you a lower price."),
        "de": ("Ich kann Ihnen zehn Prozent Nachlass anbieten.", "Ich kann Ihnen beim Preis entgegenkommen."),
    },
    "close": {
        "en": ("Shall we get you started next Monday?", "Shall we go ahead with it?"),
        "de": ("Sollen wir das so festmachen?", "Wollen wir das so vereinbaren?"),
    },
    "next_step": {
        "en": ("Thank you, I'll send you the confirmation today and our team will call you on Monday.",),
        "de": ("Vielen Dank, ich schicke Ihnen heute die Auftragsbestätigung und unser Team meldet sich am Montag.",),
    },
    "farewell": {"en": ("Goodbye!",), "de": ("Auf Wiederhören!",)},
    "argue": {
        "en": ("That's simply not true, you're wrong.", "No, that's wrong, the numbers clearly prove it."),
        "de": ("Das stimmt einfach nicht, Sie irren sich.", "Nein, da liegen Sie falsch, die Zahlen beweisen es."),
    },
    "apologise": {
        "en": ("I'm sorry, you are right, I understand.", "I apologise, I understand your concern."),
        "de": ("Entschuldigen Sie, ich verstehe Ihre Bedenken.", "Entschuldigung, Sie haben recht, ich verstehe das."),
    },
    "stuffing": {
        "en": ("That means for you: {words}.",), "de": ("Das bedeutet für Sie: {words}.",),
    },
}


@dataclass(frozen=True)
class Move:
    """An abstract trainee move; `target` names the need, objection, topic or feature it is about."""

    kind: str
    target: str = ""

    def __str__(self) -> str:
        return f"{self.kind}({self.target})" if self.target else self.kind


class Phrasebook:
    """Renders moves as lines in the scenario's language, from its topics, features and benefits."""

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self.language = scenario.language.value

    def line(self, move: Move, state: CustomerState, variant: int = 0) -> str:
        templates = PHRASES[move.kind][self.language]
        template = templates[variant % len(templates)]
        return template.format(**self._slots(move, state))

    def moves(self, state: CustomerState) -> list[Move]:
        """The moves worth trying now: questions about hidden needs, benefits for known ones, …"""
        s = self.scenario
        if state.said_yes:
            return [Move("next_step"), Move("farewell")]
        found: list[Move] = [Move("greet")] if state.turn == 0 else []
        found += [Move("ask", n.id) for n in s.needs if n.id not in state.needs_discovered and self.topic(n)]
        found += [Move("paraphrase"), Move("empathy"), Move("trial_close")]
        found += [Move("benefit", n) for n in state.needs_discovered if n not in state.needs_answered]
        found += [Move("feature", f.id) for f in s.offer.features if not f.needs]
        open_objections = [o for o in state.objections.values() if o.open]
        if open_objections:
            found.append(Move("ask_reason"))
            found += [Move("resolve", o.id) for o in open_objections]
        if not state.price_stated:
            found.append(Move("price"))
        elif any(o.open and s.objection(o.id).kind.value == "price" for o in open_objections):
            found.append(Move("concession"))
        found.append(Move("close"))
        return found

    def topic(self, need: Need) -> str:
        return next((t for t in need.topics if has_words(t, self.language)), "")

    def all_words(self) -> list[str]:
        """Every keyword a stuffer would paste: topics, feature keywords, benefits, resolutions."""
        s = self.scenario
        words = [t for n in s.needs for t in (*n.topics, *n.benefits)]
        words += [k for f in s.offer.features for k in f.keywords]
        words += [w for o in s.objections for w in o.resolved_by]
        return list(dict.fromkeys(words))

    def _slots(self, move: Move, state: CustomerState) -> dict[str, str]:
        s = self.scenario
        price = s.offer.price
        slots = {
            "name": s.customer.name.split()[-1] if self.language == "de" else s.customer.name.split()[0],
            "product": s.offer.product,
            "price": f"{state.price:g} {price.currency} {price.unit}".strip(),
            "labels": "; ".join(s.need(n).label for n in state.needs_discovered) or s.briefing.goal,
            "topic": "", "feature": "", "benefit": "", "word": "", "words": ", ".join(self.all_words()),
        }
        if move.kind == "ask":
            slots["topic"] = self.topic(s.need(move.target))
        elif move.kind == "benefit":
            need = s.need(move.target)
            feature = next((f for f in s.offer.features if need.id in f.needs), None)
            slots["feature"] = feature.name if feature else s.offer.product
            slots["benefit"] = next((b for b in need.benefits if has_words(b, self.language)), need.label)
        elif move.kind == "feature":
            slots["feature"] = next(f.name for f in s.offer.features if f.id == move.target)
        elif move.kind == "resolve":
            words = s.objection(move.target).resolved_by
            slots["word"] = next((w for w in words if has_words(w, self.language)), words[0])
        return slots
