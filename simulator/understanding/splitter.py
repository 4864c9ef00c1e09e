"""Sentence splitting on the original text, so every sentence is a verbatim slice of the line.

A full stop ends a sentence only when followed by whitespace or the end and not part of an
abbreviation ("z.B.", "Dr.", "e.g."), a number ("189,50", "1.5") or a German ordinal
("zum 1. oder 15."); "!", "?", ";", "…" and newlines always end one.
"""

from __future__ import annotations

import re

_ABBREVIATIONS = frozenset(
    "z b d h u a o s e g i v n ca bzw usw etc evtl ggf inkl exkl zzgl vgl nr str tel fr hr dr prof dipl ing "
    "mr mrs ms vs bspw sog mio mrd tsd approx dept inc ltd corp jr sr abt allg anm bzgl "
    "ebd eigtl einschl gem ggü jh jhd kap mtl stk tägl resp nos".split()
)
_MONTHS = frozenset(
    "januar jänner februar märz april mai juni juli august september oktober november dezember "
    "jan feb mär apr jun jul aug sep sept okt nov dez".split()
)
_BOUNDARY = re.compile(r"[.!?;…\n\r\u2028\u2029]+")
_CLOSERS = "\"'»«“”’)]}"
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_WORD_AFTER = re.compile(r"\s*([\w]+)")
_CONTENT = re.compile(r"[^\s.!?;…,:\-–—\"'»«“”’()\[\]{}*_#/\\|]")


def _keeps_going(text: str, dot: int) -> bool:
    """Whether a single full stop at `dot` belongs to the sentence instead of ending it."""
    after = text[dot + 1 : dot + 2]
    if after and not after.isspace() and after not in _CLOSERS:
        return True  # 1.5, z.B., www.example.com
    before = _WORD_BEFORE.search(text, 0, dot)
    if before is None:
        return False
    word = before.group(1).lower()
    nxt = _WORD_AFTER.match(text, dot + 1)
    following = nxt.group(1) if nxt else ""
    if word.isdigit():
        return bool(following) and (following[0].islower() or following.lower() in _MONTHS)
    if "." in word.strip("."):
        return True  # dotted abbreviation: "z.B." "e.g." "d.h."
    if word in _ABBREVIATIONS:
        if len(word) == 1:
            return bool(following) and (following[0].islower() or following[0].isdigit() or len(following) == 1)
        return True
    return False


def split(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) spans of the stripped sentences of `text`; spans without words are dropped."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        mark = m.group()
        if mark == "." and _keeps_going(text, m.start()):
            continue
        end = m.end()
        while end < len(text) and text[end] in _CLOSERS:
            end += 1
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b and _CONTENT.search(text, a, b):
            out.append((a, b))
    return tuple(out)
