"""Reaction keys: the situations for which the customer has lines in `responses:`.

Every key has built-in defaults per language (`simulator/defaults/<lang>.yaml`); a scenario
overrides any of them per phase or for "any" phase.
"""

from __future__ import annotations

from enum import StrEnum


class Reaction(StrEnum):
    PICK_UP = "pick_up"
    GREETING = "greeting"
    OPEN_QUESTION = "open_question"
    CLOSED_QUESTION = "closed_question"
    PARAPHRASE = "paraphrase"
    EMPATHY = "empathy"
    FEATURE = "feature"
    BENEFIT = "benefit"
    BENEFIT_UNRELATED = "benefit_unrelated"
    COLD_PRESENTATION = "cold_presentation"
    PRICE = "price"
    CONCESSION = "concession"
    TRIAL_CLOSE_YES = "trial_close_yes"
    TRIAL_CLOSE_NOT_YET = "trial_close_not_yet"
    CLOSE_YES = "close_yes"
    ASK_PRICE = "ask_price"
    CLOSE_NOT_YET = "close_not_yet"
    NEED_UNANSWERED = "need_unanswered"
    FINAL_NO = "final_no"
    PREMATURE_CLOSE = "premature_close"
    OBJECTION_HEARD = "objection_heard"
    ARGUE = "argue"
    PRESSURE = "pressure"
    TALK_PAST = "talk_past"
    FRESH_DOUBT = "fresh_doubt"
    REPEAT = "repeat"
    MONOLOGUE = "monologue"
    OFF_TOPIC = "off_topic"
    NEXT_STEP = "next_step"
    THANKS = "thanks"
    GOODBYE = "goodbye"
    PUSHED_AFTER_YES = "pushed_after_yes"
    FOLLOW_UP = "follow_up"


DESCRIPTIONS: dict[Reaction, str] = {
    Reaction.PICK_UP: "the customer answers the phone as the call starts",
    Reaction.GREETING: "the trainee greets or makes small talk",
    Reaction.OPEN_QUESTION: "an open question that uncovers no hidden need",
    Reaction.CLOSED_QUESTION: "a closed question: a short factual answer",
    Reaction.PARAPHRASE: "the trainee summarised correctly: the customer confirms",
    Reaction.EMPATHY: "the trainee shows understanding while no objection is open",
    Reaction.FEATURE: "a bare feature without a benefit for this customer: lukewarm",
    Reaction.BENEFIT: "a benefit that answers one of the customer's needs: warm",
    Reaction.BENEFIT_UNRELATED: "a claimed benefit for something the customer does not care about",
    Reaction.COLD_PRESENTATION: "presenting before any need is known: the customer says so",
    Reaction.PRICE: "the trainee names the price and no objection follows",
    Reaction.CONCESSION: "the trainee gives a discount",
    Reaction.TRIAL_CLOSE_YES: "a trial close the customer confirms",
    Reaction.TRIAL_CLOSE_NOT_YET: "a trial close that comes too early",
    Reaction.CLOSE_YES: "the customer gives the order",
    Reaction.ASK_PRICE: "asked for the order before naming the price: the customer asks what it costs",
    Reaction.NEED_UNANSWERED: "a 'not yet' because a need the customer told you about was never answered",
    Reaction.CLOSE_NOT_YET: "a 'not yet' to the closing question",
    Reaction.FINAL_NO: "a friendly, final no",
    Reaction.PREMATURE_CLOSE: "asking for the order before anything is known",
    Reaction.OBJECTION_HEARD: "empathy on an open objection: the customer feels heard",
    Reaction.ARGUE: "the trainee contradicts the customer (no objection open)",
    Reaction.PRESSURE: "the trainee pushes with deadlines or insistence",
    Reaction.TALK_PAST: "the trainee keeps selling after a buying signal: the customer cools",
    Reaction.FRESH_DOUBT: "talking past the close raises a new doubt",
    Reaction.REPEAT: "the trainee repeats a line",
    Reaction.MONOLOGUE: "a very long trainee turn",
    Reaction.OFF_TOPIC: "a line that is none of the known moves",
    Reaction.NEXT_STEP: "next steps agreed after the order",
    Reaction.GOODBYE: "the trainee says goodbye before anything was decided",
    Reaction.THANKS: "the trainee thanks the customer mid-call, without saying goodbye",
    Reaction.PUSHED_AFTER_YES: "the trainee keeps persuading after the customer said yes",
    Reaction.FOLLOW_UP: "thanks or confirmation after the order",
}
