"""Trainee-utterance classifier: dev-set quality, splitting, evidence, irritators, robustness."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.moves import Move, MoveHit
from simulator.understanding import classify, mentions, stems, tokens
from simulator.understanding.report import score
from simulator.understanding.splitter import split

DATA = Path(__file__).parent / "data"


def _dev_set(lang: str) -> list[tuple[Move, str]]:
    rows = []
    for line in (DATA / f"moves_{lang}.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, utterance = line.split("\t", 1)
            rows.append((Move(label), utterance))
    return rows


@pytest.mark.parametrize("lang", ["de", "en"])
def test_dev_set_micro_f1(lang: str) -> None:
    rows = _dev_set(lang)
    assert len(rows) >= 250
    pairs = []
    for gold, utterance in rows:
        hits = classify(utterance, lang)
        assert len(hits) == 1, f"dev utterances are single sentences: {utterance!r} -> {hits}"
        pairs.append((gold, hits[0].move))
    report = score(pairs)
    print(f"\n[{lang}]\n{report.table()}")
    misses = [(g.value, p.value, u) for (g, p), (_, u) in zip(pairs, rows, strict=True) if g != p]
    for miss in misses:
        print("  miss:", *miss)
    assert all(n >= 12 for n in [sum(1 for g, _ in rows if g == m) for m in Move])
    assert report.micro_f1 >= 0.90


def test_score_counts_precision_and_recall() -> None:
    report = score([(Move.PRICE, Move.PRICE), (Move.PRICE, Move.FEATURE), (Move.FEATURE, Move.FEATURE)])
    by_move = {s.move: s for s in report.per_move}
    assert by_move[Move.PRICE].precision == 1.0 and by_move[Move.PRICE].recall == 0.5
    assert by_move[Move.FEATURE].precision == 0.5 and by_move[Move.FEATURE].recall == 1.0
    assert report.micro_f1 == pytest.approx(2 / 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wir bieten z.B. tägliche Backups. Das kostet ca. 189,50 € im Monat.", 2),
        ("Guten Tag, Dr. Meier! Wie geht es Ihnen?", 2),
        ("Wollen Sie am 1. oder am 15. starten?", 1),
        ("Version 1.5 is out, e.g. with restores. Mrs. Smith liked it.", 2),
        ("Hmm… ok; let's see\nwhat else", 4),
        ("   ", 0),
    ],
)
def test_sentence_splitting(text: str, expected: int) -> None:
    assert len(split(text)) == expected


def test_moves_come_back_in_order_with_original_sentences() -> None:
    hits = classify(
        "Guten Tag, Frau Hofmann, hier ist Max von DataSafe. Was ist Ihnen bei der Datensicherung wichtig? "
        "Das Paket kostet 189 € im Monat. Sollen wir das so festmachen?",
        "de",
    )
    assert [h.move for h in hits] == [Move.GREETING, Move.OPEN_QUESTION, Move.PRICE, Move.CLOSE]
    assert hits[2].sentence == "Das Paket kostet 189 € im Monat."


def test_english_line_in_order() -> None:
    hits = classify("I understand that this worries you. That means you'll never lose data again! Shall we go ahead?", "en")
    assert [h.move for h in hits] == [Move.EMPATHY, Move.BENEFIT, Move.CLOSE]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_evidence_is_present_for_every_non_other_move(lang: str) -> None:
    for _, utterance in _dev_set(lang):
        for hit in classify(utterance, lang):
            if hit.move is not Move.OTHER:
                assert hit.evidence and all(hit.evidence), hit


def test_evidence_quotes_the_original_spelling() -> None:
    (hit,) = classify("Das kann ich gut nachvollziehen, Frau Müller.", "de")
    assert hit.move is Move.EMPATHY
    assert "nachvollziehen" in hit.evidence[0]
    (hit,) = classify("Ich komme Ihnen beim Preis gerne entgegen.", "de")
    assert hit.move is Move.CONCESSION and hit.evidence[0] in hit.sentence


@pytest.mark.parametrize(
    ("text", "lang", "irritator"),
    [
        ("Das ist ein wirklich fairer Preis.", "de", "fairer Preis"),
        ("Das ist ein echt günstiges Angebot.", "de", "echt günstiges Angebot"),
        ("Zu diesem Preis ist das unschlagbar.", "de", "unschlagbar"),
        ("Ein echtes Schnäppchen!", "de", "Schnäppchen"),
        ("Sie bekommen das zu einem Spottpreis.", "de", "Spottpreis"),
        ("That's a really fair price.", "en", "fair price"),
        ("This is a generous offer.", "en", "generous offer"),
        ("It's really cheap for what you get.", "en", "really cheap"),
        ("Our pricing is unbeatable.", "en", "unbeatable"),
    ],
)
def test_irritators(text: str, lang: str, irritator: str) -> None:
    (hit,) = classify(text, lang)
    assert any(irritator.lower() in found.lower() for found in hit.irritators), hit
    assert hit.move is not Move.OTHER


def test_no_irritators_in_neutral_price() -> None:
    (hit,) = classify("Das Paket kostet 189 Euro im Monat.", "de")
    assert hit.move is Move.PRICE and hit.irritators == ()


@pytest.mark.parametrize(
    ("text", "lang", "move"),
    [
        ("was ist ihnen wichtig", "de", Move.OPEN_QUESTION),
        ("Haben Sie schon ein Backup", "de", Move.CLOSED_QUESTION),
        ("Was halten Sie davon?", "de", Move.TRIAL_CLOSE),
        ("Habe ich Sie richtig verstanden, dass Sie zwei Standorte haben?", "de", Move.PARAPHRASE),
        ("Hast du schon mal einen Datenverlust gehabt?", "de", Move.CLOSED_QUESTION),
        ("Waere das fuer Sie grundsaetzlich interessant?", "de", Move.TRIAL_CLOSE),
        ("How many employees do you have?", "en", Move.CLOSED_QUESTION),
        ("how do you back up your data today", "en", Move.OPEN_QUESTION),
        ("You dont have to worry about updates anymore.", "en", Move.BENEFIT),
    ],
)
def test_tricky_forms(text: str, lang: str, move: Move) -> None:
    (hit,) = classify(text, lang)
    assert hit.move is move, hit


def test_thanks_at_the_end_of_a_line_is_a_farewell() -> None:
    assert [h.move for h in classify("Ich rufe Sie nächste Woche an, um zu hören, wie es läuft. Danke!", "de")] == [
        Move.NEXT_STEP,
        Move.FAREWELL,
    ]


def test_topics_turn_plain_statements_into_features() -> None:
    (hit,) = classify("Ransomware wird sofort erkannt.", "de", topics=["Ransomware"])
    assert hit.move is Move.FEATURE and hit.evidence == ("Ransomware",)


def test_stems_tokens_and_mentions() -> None:
    text_stems = stems("Wir haben keine Datensicherung und verlieren ständig Daten.", "de")
    assert mentions(text_stems, "Sicherung", "de")
    assert mentions(text_stems, "daten verlieren", "de")
    assert not mentions(text_stems, "backup", "de")
    assert mentions(stems("Die Loesung ist gut", "de"), "Lösung", "de")
    assert mentions(stems("We lost all our backups", "en"), "backup", "en")
    assert mentions(stems("our encrpytion is strong", "en"), "encryption", "en")
    assert tokens("Don't PANIC – Cloud-Lösung!", "de") == ("dont", "panic", "cloud", "loesung")
    assert not mentions(text_stems, "", "de")


def test_empty_and_unsupported() -> None:
    assert classify("", "de") == ()
    assert classify(" \n\t ", "en") == ()
    with pytest.raises(ValueError):
        classify("Hallo", "fr")


def test_markup_and_escapes_do_not_break_anything() -> None:
    hits = classify("[bold]Guten Tag[/bold], \x1b[31mFrau Hofmann\x1b[0m! 😀 Das kostet 99 €.", "de")
    assert [h.move for h in hits] == [Move.GREETING, Move.PRICE]


@settings(max_examples=300, deadline=None)
@given(text=st.text(), lang=st.sampled_from(["de", "en"]), topics=st.lists(st.text(max_size=20), max_size=3))
def test_classify_never_raises(text: str, lang: str, topics: list[str]) -> None:
    hits = classify(text, lang, topics)
    assert isinstance(hits, tuple)
    for hit in hits:
        assert isinstance(hit, MoveHit) and isinstance(hit.move, Move)
        assert hit.sentence and hit.sentence in text and hit.sentence == hit.sentence.strip()


@settings(max_examples=30, deadline=None)
@given(
    text=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=2000, max_size=10_000),
    lang=st.sampled_from(["de", "en"]),
)
def test_long_texts(text: str, lang: str) -> None:
    for hit in classify(text, lang):
        assert hit.sentence in text
