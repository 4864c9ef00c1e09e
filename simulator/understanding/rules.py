"""Compile the per-language lexicons once at import into ordered rule stages.

Precedence lives here, in one list, because the moves overlap: a paraphrase phrased as a
question is still a paraphrase, "Was halten Sie davon?" is a trial close and not an open
question, a price inside a question is not a price statement.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass
from types import ModuleType

from simulator.moves import Move
from simulator.understanding import lexicon_de, lexicon_en
from simulator.understanding.text import fold_pattern

_CONTRACTIONS = (
    ("can't", "(?:can'?t|can ?not)"),
    ("won't", "(?:won'?t|will not)"),
    ("n't", "(?:n'?t| not)"),
    ("'ll", "(?:'?ll| will)"),
    ("'re", "(?:'?re| are)"),
    ("'ve", "(?:'?ve| have)"),
    ("'m", "(?:'?m| am)"),
    ("'s", "(?:'?s| is| has)"),
    ("'d", "(?:'?d| would| had)"),
)


@dataclass(frozen=True, slots=True)
class Stage:
    """One rule stage: if `regex` matches (and the sentence is a statement when required), it wins."""

    move: Move
    regex: re.Pattern[str]
    statement_only: bool


@dataclass(frozen=True, slots=True)
class Rules:
    """Everything the classifier needs for one language, compiled."""

    stages: tuple[Stage, ...]
    irritators: re.Pattern[str]
    open_prompts: re.Pattern[str]
    clause_w: re.Pattern[str]
    fact_w: re.Pattern[str]
    embedded_w: re.Pattern[str]
    lead: re.Pattern[str]
    conjunctions: re.Pattern[str]
    verb_first: frozenset[str]
    subjects: frozenset[str]
    pronouns: frozenset[str]
    bare_thanks: re.Pattern[str]
    goodbye: re.Pattern[str]


def _prepare(fragment: str, lang: str) -> str:
    if lang == "en":
        for short, long in _CONTRACTIONS:
            fragment = fragment.replace(short, long)
    else:
        fragment = fold_pattern(fragment)
    return fragment.replace(" ?", r"\s*").replace(" ", r"\s+")


def _compile(fragments: tuple[str, ...], lang: str) -> re.Pattern[str]:
    """One alternation per stage; the shared left word boundary is checked once per position."""
    body = "|".join(f"(?:{_prepare(f, lang)})" for f in fragments)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


def _words(words: tuple[str, ...], lang: str) -> str:
    ordered = sorted((_prepare(w, lang) for w in words), key=len, reverse=True)
    return "|".join(ordered)


def _build(lex: ModuleType, lang: str) -> Rules:
    thanks = "|".join(f"(?:{_prepare(f, lang)})" for f in lex.FAREWELL_THANKS)
    thanks_object = "|".join(f"(?:{_prepare(f, lang)})" for f in lex.FAREWELL_THANKS_OBJECT)
    stages = (
        (Move.PARAPHRASE, lex.PARAPHRASE, False),
        (Move.GREETING, lex.GREETING, False),
        (Move.FAREWELL, lex.FAREWELL, False),
        (Move.FAREWELL, (rf"(?:{thanks})(?:\s+\S+){{0,4}}?\s+(?:{thanks_object})",), False),
        (Move.CLOSE, lex.CLOSE, False),
        (Move.TRIAL_CLOSE, lex.TRIAL_CLOSE, False),
        (Move.ARGUE, lex.ARGUE, False),
        (Move.PRESSURE, lex.PRESSURE, False),
        (Move.CONCESSION, lex.CONCESSION, False),
        (Move.NEXT_STEP, lex.NEXT_STEP, False),
        (Move.EMPATHY, lex.EMPATHY, False),
        (Move.BENEFIT, lex.BENEFIT_STRONG, True),
        (Move.PRICE, lex.PRICE, True),
        (Move.BENEFIT, lex.BENEFIT, True),
        (Move.FEATURE, lex.FEATURE, True),
    )
    w_any = _words(lex.OPEN_W, lang)
    fact = "|".join(f"(?:{_prepare(f, lang)})" for f in lex.FACT_W)
    lead = _words(lex.LEAD_WORDS, lang)
    return Rules(
        stages=tuple(Stage(move, _compile(frags, lang), stmt) for move, frags, stmt in stages),
        irritators=_compile(lex.IRRITATORS, lang),
        open_prompts=_compile(lex.OPEN_PROMPTS, lang),
        clause_w=re.compile(rf"(?:(?:{lead}),?\s+)*(?P<w>(?:{fact})|(?:{w_any}))(?!\w)(?:\s+(?P<next>[\w']+))?"),
        fact_w=re.compile(rf"(?:{fact})(?!\w)"),
        embedded_w=re.compile(rf"(?<!\w){_prepare(lex.EMBED_LEAD, lang)}(?P<w>(?:{fact})|(?:{w_any}))(?!\w)"),
        lead=re.compile(rf"(?:(?:{lead}),?\s+)+"),
        conjunctions=re.compile(rf"(?:(?:{_words(lex.CONJUNCTIONS, lang)}),?\s+)+"),
        verb_first=frozenset(map(fold_pattern, lex.VERB_FIRST)),
        subjects=frozenset(map(fold_pattern, lex.SUBJECTS)),
        pronouns=frozenset(map(fold_pattern, lex.PRONOUNS)),
        bare_thanks=re.compile(rf"{_prepare(lex.BARE_THANKS, lang)}[\s.!,]*"),
        goodbye=_compile(lex.FAREWELL, lang),
    )


LEXICONS: dict[str, ModuleType] = {"de": lexicon_de, "en": lexicon_en}


@lru_cache(maxsize=None)
def rules_for(lang: str) -> Rules:
    """Compiled on first use: the lexicons are large, and a command that never classifies pays nothing."""
    return _build(LEXICONS[lang], lang)
