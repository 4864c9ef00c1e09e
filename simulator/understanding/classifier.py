"""Rule-based classification of one trainee line into one move per sentence.

Deterministic on purpose: the trainee gets evidence ("these words made it a close") they can
argue with, and the same line always scores the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from simulator.moves import Move, MoveHit
from simulator.understanding.model import model
from simulator.understanding.rules import LEXICONS, Rules, rules_for
from simulator.understanding.splitter import split
from simulator.understanding.text import Folded, fold, mentions, stems

# Below this model probability a lexicon rule that fired wins; chosen on data from writers the
# rules were not tuned on (train on one corpus, test on another).
TRUST_RULES_BELOW = 0.3
SOCIAL = frozenset({Move.GREETING, Move.FAREWELL})
_CLAUSE = re.compile(r"[,;:(]\s*|\s[-–]\s*")


def _question(ft: str, rules: Rules) -> tuple[Move, str] | None:
    """Open/closed question form with its evidence, or None for a statement."""
    asked = "?" in ft
    m = rules.open_prompts.search(ft)
    if m:
        return Move.OPEN_QUESTION, m.group()
    starts = [0, *(c.end() for c in _CLAUSE.finditer(ft))] if asked else [0]
    for pos in starts:
        w = rules.clause_w.match(ft, pos)
        if w is None or (w.group("next") or "") in rules.pronouns:
            continue
        word = w.group("w")
        return (Move.CLOSED_QUESTION if rules.fact_w.fullmatch(word) else Move.OPEN_QUESTION), word
    lead = (rules.lead if asked else rules.conjunctions).match(ft)
    words = ft[lead.end() if lead else 0 :].split(None, 2)
    verb_first = len(words) >= 2 and words[0] in rules.verb_first and words[1].strip(",") in rules.subjects
    e = rules.embedded_w.search(ft) if asked or verb_first else None
    if e:
        word = e.group("w")
        return (Move.CLOSED_QUESTION if rules.fact_w.fullmatch(word) else Move.OPEN_QUESTION), e.group().strip()
    if verb_first:
        return Move.CLOSED_QUESTION, f"{words[0]} {words[1]}"
    if asked and len(words) >= 2:
        return Move.CLOSED_QUESTION, "?"
    return None


def model_input(ft: str, lang: str) -> str:
    """The folded sentence plus a token for its question form, which the model learns to weigh."""
    question = _question(ft, rules_for(lang))
    form = "qqnone" if question is None else ("qqopen" if question[0] is Move.OPEN_QUESTION else "qqclosed")
    return f"{ft} {form}"


def _hit(sentence: str, move: Move, evidence: Iterable[str], irritators: tuple[str, ...]) -> MoveHit:
    return MoveHit(sentence, move, tuple(e for e in evidence if e), irritators)


def _by_rules(ft: str, sentence: str, lang: str, topics: tuple[str, ...], closing: bool) -> tuple[Move, str, bool]:
    """The rules' move, its evidence, and whether a lexicon stage (not a fallback) decided it."""
    rules = rules_for(lang)
    question = _question(ft, rules)
    for stage in rules.stages:
        if stage.statement_only and question:
            continue
        m = stage.regex.search(ft)
        if m:
            return stage.move, m.group(), True
    if closing and rules.bare_thanks.fullmatch(ft):
        return Move.FAREWELL, sentence.strip(" .!,"), True
    if question:
        return question[0], question[1], False
    if topics:
        sentence_stems = stems(sentence, lang)
        named = [t for t in topics if mentions(sentence_stems, t, lang)]
        if named:
            return Move.FEATURE, named[0], False
    return Move.OTHER, "", False


def classify_sentence(
    sentence: str, lang: str, topics: Iterable[str] = (), *, closing: bool = False
) -> MoveHit:
    """One sentence, one move. `closing` says it ends a multi-sentence line (bare "Danke" = goodbye).

    The statistical model decides, except where a lexicon rule fired and the model is unsure:
    rules are precise on the phrasings they know, the model covers the many they don't.
    """
    rules = rules_for(lang)
    folded: Folded = fold(sentence)
    ft = folded.text.strip()
    shift = len(folded.text) - len(folded.text.lstrip())

    def original(fragment: str) -> str:
        start = ft.find(fragment)
        return fragment if start < 0 else folded.source(start + shift, start + shift + len(fragment))

    irritators = tuple(folded.source(m.start() + shift, m.end() + shift) for m in rules.irritators.finditer(ft))
    prediction = model(lang).predict(model_input(ft, lang))
    if prediction.probability < TRUST_RULES_BELOW or _social_formula_missed(prediction.label, ft):
        move, evidence, strong = _by_rules(ft, sentence, lang, tuple(topics), closing)
        if strong and (prediction.probability < TRUST_RULES_BELOW or move in SOCIAL):
            return _hit(sentence, move, (original(evidence),), irritators)
    move = Move(prediction.label)
    if move is Move.OTHER and irritators:
        return _hit(sentence, Move.PRICE, irritators, irritators)
    said = _lexicon_evidence(ft, move, rules) or _topic_evidence(sentence, move, lang, tuple(topics))
    if said:
        return _hit(sentence, move, (original(said),), irritators)
    return _hit(sentence, move, (original(w) for w in prediction.evidence() if "qq" not in w), irritators)


def _social_formula_missed(label: str, ft: str) -> bool:
    """"Hello Linda!" the model may call "other" (it learned "Hello? Are you there?"); a lexicon
    greeting or goodbye that is not a question is taken at its word."""
    return label == Move.OTHER and "?" not in ft


def _lexicon_evidence(ft: str, move: Move, rules: Rules) -> str | None:
    """The lexicon's words for the model's move, when it has some: they read better as feedback."""
    for stage in rules.stages:
        if stage.move is move:
            found = stage.regex.search(ft)
            if found:
                return found.group()
    return None


def _topic_evidence(sentence: str, move: Move, lang: str, topics: tuple[str, ...]) -> str | None:
    if move is not Move.FEATURE or not topics:
        return None
    sentence_stems = stems(sentence, lang)
    return next((topic for topic in topics if mentions(sentence_stems, topic, lang)), None)


def is_goodbye(sentence: str, lang: str) -> bool:
    """A farewell that says goodbye, not just thanks: only a goodbye ends the call."""
    return rules_for(lang).goodbye.search(fold(sentence).text) is not None


def classify(text: str, lang: str, topics: Iterable[str] = ()) -> tuple[MoveHit, ...]:
    """Split a trainee line into sentences and classify each; empty text gives ()."""
    if lang not in LEXICONS:
        raise ValueError(f"unsupported language {lang!r}; expected one of {tuple(LEXICONS)}")
    if not isinstance(text, str) or not text.strip():
        return ()
    topics = tuple(topics)
    spans = split(text)
    last = len(spans) - 1
    return tuple(
        classify_sentence(text[a:b], lang, topics, closing=(i == last and last > 0)) for i, (a, b) in enumerate(spans)
    )
