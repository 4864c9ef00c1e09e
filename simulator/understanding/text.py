"""Shared normalisation and stemming: the classifier, topic matching and the lexicons all see
text through this one pipeline, so "Lösung", "Loesung" and "LÖSUNG" meet in the same place."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer
from rapidfuzz import fuzz, process

from simulator.understanding import lexicon_de, lexicon_en

LANGS = ("de", "en")
_STEMMERS = {"de": snowballstemmer.stemmer("german"), "en": snowballstemmer.stemmer("english")}
_STOPWORDS = {"de": lexicon_de.STOPWORDS, "en": lexicon_en.STOPWORDS}

# Multi-character foldings; everything else maps one character to one character.
_EXPAND = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "œ": "oe", "…": "...", "ﬁ": "fi", "ﬂ": "fl"}
_ONE = dict(zip("’‘`´‚„“”«»–—‑\u00a0\u2009\u202fàáâãåçèéêëìíîïñòóôõøùúûýÿ", "'''',\"\"\"\"\"---   aaaaaceeeeiiiinooooouuuyy", strict=True))
_TABLE = str.maketrans({**{chr(c): " " for c in [*range(32), 127, *range(0x80, 0xA0)]}, **_ONE, **_EXPAND})
# ANSI escape sequences and Rich/BBCode-style markup tags are not words.
_MARKUP = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-_]|\[/?[a-z#@][^\[\]\n]{0,40}\]", re.IGNORECASE)
_UMLAUT_TABLE = str.maketrans({k: _EXPAND[k] for k in "äöüß"})
_TOKEN = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class Folded:
    """Lower-cased, folded text plus the way back to the original for evidence spans."""

    text: str
    original: str
    expanded: bool

    def source(self, start: int, end: int) -> str:
        """The original characters behind folded[start:end] (evidence must quote the trainee)."""
        if not self.expanded:
            return self.original[start:end].strip()
        pos = 0
        first = last = None
        for i, ch in enumerate(self.original):
            width = len(ch.lower().translate(_TABLE)) or 1
            if first is None and pos + width > start:
                first = i
            if pos < end:
                last = i
            pos += width
            if pos >= end and first is not None:
                break
        if first is None or last is None:
            return ""
        return self.original[first : last + 1].strip()


def _fold_char_len_safe(text: str) -> bool:
    """Whether lower() keeps every character at length one (true except for rare letters like İ)."""
    return len(text.lower()) == len(text)


def fold(text: str) -> Folded:
    """Lower-case, fold umlauts to ae/oe/ue/ss, quotes to ASCII, markup and control chars to spaces."""
    clean = _MARKUP.sub(lambda m: " " * len(m.group()), text) if ("[" in text or "\x1b" in text) else text
    if not _fold_char_len_safe(clean):
        clean = "".join(c if len(c.lower()) == 1 else " " for c in clean)
    folded = clean.lower().translate(_TABLE)
    return Folded(folded, text, len(folded) != len(text))


def fold_pattern(pattern: str) -> str:
    """Apply the text's umlaut folding to a lexicon fragment, leaving regex syntax untouched."""
    return pattern.translate(_UMLAUT_TABLE)


def _check(lang: str) -> str:
    if lang not in _STEMMERS:
        raise ValueError(f"unsupported language {lang!r}; expected one of {LANGS}")
    return lang


def tokens(text: str, lang: str) -> tuple[str, ...]:
    """Folded word tokens; apostrophes are dropped so "don't" is one token, hyphens split compounds."""
    _check(lang)
    return tuple(_TOKEN.findall(fold(text).text.replace("'", "")))


@lru_cache(maxsize=8192)
def _stem(word: str, lang: str) -> str:
    return _STEMMERS[lang].stemWord(word)


def stems(text: str, lang: str) -> frozenset[str]:
    """All word stems of a text (stop words included; `mentions` drops them from the phrase side)."""
    return frozenset(_stem(t, lang) for t in tokens(text, lang))


@lru_cache(maxsize=4096)
def _phrase_stems(phrase: str, lang: str) -> tuple[str, ...]:
    words = [t for t in tokens(phrase, lang) if t not in _STOPWORDS[lang]]
    return tuple(_stem(t, lang) for t in words)


@lru_cache(maxsize=256)
def _joined(text_stems: frozenset[str]) -> str:
    """The stems as one string, so prefix and infix checks run in C, not in a Python loop."""
    return "".join(f"\x00{stem}" for stem in text_stems)


def _present(stem: str, text_stems: frozenset[str]) -> bool:
    """Exact stem, an inflected form starting with it (stems ≥ 4 chars: "kumm" ~ "kümmert"), a compound
    containing it (stems ≥ 5 chars), or a near miss (typo) for stems ≥ 6."""
    if stem in text_stems:
        return True
    if len(stem) < 4:
        return False
    joined = _joined(text_stems)
    if f"\x00{stem}" in joined or (len(stem) >= 5 and stem in joined):
        return True
    return len(stem) >= 6 and process.extractOne(stem, text_stems, scorer=fuzz.ratio, score_cutoff=85) is not None


def mentions(text_stems: frozenset[str], phrase: str, lang: str) -> bool:
    """Whether every content word of `phrase` occurs in the stemmed text ("Sicherung" ⊂ "Datensicherung")."""
    need = _phrase_stems(phrase, _check(lang))
    return bool(need) and all(_present(s, text_stems) for s in need)
