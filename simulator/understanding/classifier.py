"""Rule-based classification of one trainee line into one move per sentence.

Deterministic on purpose: the trainee gets evidence ("these words made it a close") they can
argue with, and the same line always scores the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from simulator.moves import Move, MoveHit
from simulator.understanding.rules import RULES, Rules
from simulator.understanding.splitter import split
from simulator.understanding.text import Folded, fold, mentions, stems

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


def _hit(sentence: str, move: Move, evidence: Iterable[str], irritators: tuple[str, ...]) -> MoveHit:
    return MoveHit(sentence, move, tuple(e for e in evidence if e), irritators)


def classify_sentence(
    sentence: str, lang: str, topics: Iterable[str] = (), *, closing: bool = False
) -> MoveHit:
    """One sentence, one move. `closing` says it ends a multi-sentence line (bare "Danke" = goodbye)."""
    rules = RULES[lang]
    folded: Folded = fold(sentence)
    ft = folded.text.strip()
    shift = len(folded.text) - len(folded.text.lstrip())
    irritators = tuple(folded.source(m.start() + shift, m.end() + shift) for m in rules.irritators.finditer(ft))
    question = _question(ft, rules)
    for stage in rules.stages:
        if stage.statement_only and question:
            continue
        m = stage.regex.search(ft)
        if m:
            return _hit(sentence, stage.move, (folded.source(m.start() + shift, m.end() + shift),), irritators)
    if question:
        return _hit(sentence, question[0], (question[1],), irritators)
    if topics:
        sentence_stems = stems(sentence, lang)
        named = [t for t in topics if mentions(sentence_stems, t, lang)]
        if named:
            return _hit(sentence, Move.FEATURE, named, irritators)
    if irritators:
        return _hit(sentence, Move.PRICE, irritators, irritators)
    if closing and rules.bare_thanks.fullmatch(ft):
        return _hit(sentence, Move.FAREWELL, (sentence.strip(" .!,"),), irritators)
    return MoveHit(sentence, Move.OTHER, (), irritators)


def is_goodbye(sentence: str, lang: str) -> bool:
    """A farewell that says goodbye, not just thanks: only a goodbye ends the call."""
    return RULES[lang].goodbye.search(fold(sentence).text) is not None


def classify(text: str, lang: str, topics: Iterable[str] = ()) -> tuple[MoveHit, ...]:
    """Split a trainee line into sentences and classify each; empty text gives ()."""
    if lang not in RULES:
        raise ValueError(f"unsupported language {lang!r}; expected one of {tuple(RULES)}")
    if not isinstance(text, str) or not text.strip():
        return ()
    topics = tuple(topics)
    spans = split(text)
    last = len(spans) - 1
    return tuple(
        classify_sentence(text[a:b], lang, topics, closing=(i == last and last > 0)) for i, (a, b) in enumerate(spans)
    )
