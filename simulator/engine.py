"""The call engine: one `Call` per conversation, one `say()` per trainee line.

Pure and deterministic: the scenario, the seed and the trainee's lines fully decide the
transcript and the event log. No I/O happens here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from simulator.conditions import holds
from simulator.customer import ClosingWindow, CustomerState, ObjectionState
from simulator.events import Event, EventKind
from simulator.moves import Move, MoveHit
from simulator.phases import Outcome, Phase, PhaseMachine
from simulator.reactions import Reaction
from simulator.reply import Reply
from simulator.scenario import Need, Objection, ObjectionKind, Scenario
from simulator.transcript import CustomerLine, Turn
from simulator.understanding import classify, is_goodbye, mentions, stems
from simulator.voice import Voice

# A trainee turn longer than this is a monologue: the customer stops listening.
MONOLOGUE_WORDS = 90
# Trust at which even a closed question opens the customer up.
OPEN_UP_TRUST = 70
# Below this trust the customer will not buy, whatever the interest.
MIN_TRUST_TO_BUY = 25
CONCESSION_STEP = 0.1

PUSHING_AFTER_YES = frozenset(
    {Move.FEATURE, Move.PRICE, Move.CONCESSION, Move.CLOSE, Move.TRIAL_CLOSE, Move.PRESSURE, Move.ARGUE}
)
CONFIRMING = frozenset({Move.BENEFIT, Move.EMPATHY, Move.PARAPHRASE, Move.GREETING})
# Naming the price when asked is an answer; commenting on it (an irritator) is talking past.
TALKING_PAST = frozenset({Move.FEATURE, Move.BENEFIT, Move.CONCESSION, Move.ARGUE})

# The method that handles each move; by name, so a copied call needs no re-binding.
_HANDLERS: dict[Move, str] = {
    Move.GREETING: "_greeting",
    Move.OPEN_QUESTION: "_open_question",
    Move.CLOSED_QUESTION: "_closed_question",
    Move.PARAPHRASE: "_paraphrase",
    Move.EMPATHY: "_empathy",
    Move.FEATURE: "_present",
    Move.BENEFIT: "_present",
    Move.PRICE: "_price",
    Move.CONCESSION: "_concession",
    Move.TRIAL_CLOSE: "_trial_close",
    Move.CLOSE: "_close",
    Move.ARGUE: "_argue",
    Move.PRESSURE: "_pressure",
    Move.NEXT_STEP: "_next_step",
    Move.FAREWELL: "_farewell",
}


class CallOverError(RuntimeError):
    """Raised when a line is said to a call that has already ended."""


class Call:
    """A sales call against one scenario's customer."""

    def __init__(self, scenario: Scenario, seed: int = 0, seller: str = "") -> None:
        self.scenario = scenario
        self.seed = seed
        self.seller = seller
        self.state = CustomerState(scenario.customer, price=scenario.offer.price.amount)
        self._machine = PhaseMachine()
        self._voice = Voice(scenario, seed, seller)
        self._events: list[Event] = []
        self._turns: list[Turn] = []
        self._said: set[str] = set()
        self._uses: Counter[Move] = Counter()
        self._last_hit: MoveHit | None = None
        self._closes_in_line = False
        self._topics = scenario.topic_words
        self._log(
            0,
            EventKind.CALL_STARTED,
            scenario=scenario.id,
            scenario_hash=scenario.content_hash,
            language=scenario.language.value,
            seed=seed,
            seller=seller,
            need_labels={need.id: need.label for need in scenario.needs},
            objections=[obj.id for obj in scenario.objections],
            signals=[signal.id for signal in scenario.signals],
            list_price=scenario.offer.price.amount,
            max_turns=scenario.rules.max_turns,
        )
        reply = Reply()
        reply.add(Reply.REACTION, self._line(Reaction.PICK_UP))
        self.opening = self._speak(0, reply)

    # -- public view ---------------------------------------------------------------------------

    @property
    def phase(self) -> str:
        return self._machine.state

    @property
    def ended(self) -> bool:
        return self._machine.ended

    @property
    def outcome(self) -> str | None:
        return self._machine.state if self.ended else None

    @property
    def events(self) -> tuple[Event, ...]:
        return tuple(self._events)

    @property
    def turns(self) -> tuple[Turn, ...]:
        return tuple(self._turns)

    @property
    def turn(self) -> int:
        return self.state.turn

    # -- one turn ------------------------------------------------------------------------------

    def say(self, line: str) -> Turn:
        """Take one trainee line; return what happened on this turn."""
        if self.ended:
            raise CallOverError("the call has ended")
        state = self.state
        state.turn += 1
        turn = state.turn
        first_event = len(self._events)
        text = line.strip()
        hits = classify(text, self.scenario.language.value, self._topics)
        words = len(text.split())
        state.last_moves = {hit.move.value for hit in hits}
        self._last_hit = hits[-1] if hits else None
        self._log(
            turn,
            EventKind.TRAINEE_SAID,
            text=text,
            words=words,
            moves=[hit.move.value for hit in hits],
            evidence=[list(hit.evidence) for hit in hits],
        )
        reply = Reply()
        fingerprint = " ".join(text.lower().split())
        repeated = bool(fingerprint) and fingerprint in self._said
        self._said.add(fingerprint)
        if repeated:
            self._log(turn, EventKind.REPEATED)
            state.add(patience=-8)
            reply.add(Reply.REACTION, self._line(Reaction.REPEAT))
        if words > MONOLOGUE_WORDS:
            self._log(turn, EventKind.MONOLOGUE, words=words)
            state.add(patience=-10)
            reply.add(Reply.FILLER, self._line(Reaction.MONOLOGUE))
        if not hits or all(hit.move is Move.OTHER for hit in hits):
            self._log(turn, EventKind.OFF_TOPIC)
            state.add(patience=-5)
            reply.add(Reply.FILLER, self._line(Reaction.OFF_TOPIC))
        language = self.scenario.language.value
        sentence_stems = [stems(hit.sentence, language) for hit in hits]
        line_stems = frozenset().union(*sentence_stems)
        # Answering in a sentence and then closing in the same line is the right technique.
        self._closes_in_line = any(hit.move in (Move.CLOSE, Move.TRIAL_CLOSE) for hit in hits)
        for hit, words_of_hit in zip(hits, sentence_stems, strict=True):
            if self.ended:
                break
            self._uses[hit.move] += 1
            factor = 0.0 if repeated else 1.0 / self._uses[hit.move]
            for irritator in hit.irritators:
                self._log(turn, EventKind.IRRITATOR, phrase=irritator)
                state.add(trust=-state.hurt(3))
            self._handle(hit, words_of_hit, factor, reply)
        if not self.ended:
            self._after_moves(hits, line_stems, reply)
        return self._finish_turn(turn, text, hits, reply, first_event)

    def end(self) -> Turn:
        """The trainee hangs up: a won order stays won, anything else ends undecided."""
        if self.ended:
            raise CallOverError("the call has ended")
        first_event = len(self._events)
        if self.state.said_yes:
            self._finish(Outcome.WON, "trainee")
        else:
            self._finish(Outcome.TRAINEE_ENDED, "trainee")
        return self._record(self.state.turn, "", (), (), first_event)

    # -- move handlers ---------------------------------------------------------------------------

    def _handle(self, hit: MoveHit, sentence_stems: frozenset[str], factor: float, reply: Reply) -> None:
        state = self.state
        if state.final_no:
            self._after_final_no(hit, reply)
            return
        if state.said_yes:
            self._after_yes(hit, reply)
            return
        talking_past = hit.move in TALKING_PAST or (hit.move is Move.PRICE and bool(hit.irritators))
        if (
            state.window is not None
            and talking_past
            and not self._closes_in_line
            and state.open_objection() is None
        ):
            # The customer has stopped listening to more selling: the move has no other effect.
            self._talk_past(reply)
            return
        name = _HANDLERS.get(hit.move)
        if name is not None:
            getattr(self, name)(hit, sentence_stems, factor, reply)

    def _greeting(self, hit: MoveHit, words: frozenset[str], factor: float, reply: Reply) -> None:
        if self.phase == Phase.RAPPORT:
            self.state.add(trust=self.state.gain(4 * factor))
        reply.add(Reply.FILLER, self._line(Reaction.GREETING))

    def _open_question(self, hit: MoveHit, words: frozenset[str], factor: float, reply: Reply) -> None:
        state = self.state
        objection = state.open_objection()
        if objection is not None:
            objection.asked_turn = state.turn
            if objection.acknowledged and not objection.revealed:
                self._reveal_real_reason(objection, reply)
                return
        found = self._uncover(words, reply)
        if found:
            if self.phase == Phase.PRESENTATION:
                self._move_phase("find_gap")
            return
        self._raise_topic()
        hidden = [need for need in self.scenario.needs if need.id not in state.needs_discovered]
        hinted = next((need for need in hidden if need.hints), None)
        if hinted is not None and self.phase == Phase.ANALYSIS:
            self._log(state.turn, EventKind.NEED_HINTED, need=hinted.id)
            reply.add(Reply.REACTION, self._line_from(hinted.hints, need=hinted.label))
        else:
            reply.add(Reply.REACTION, self._line(Reaction.OPEN_QUESTION))

    def _closed_question(self, hit: MoveHit, words: frozenset[str], factor: float, reply: Reply) -> None:
        if self.state.trust >= OPEN_UP_TRUST and self._uncover(words, reply):
            return
        self._raise_topic()
        reply.add(Reply.FILLER, self._line(Reaction.CLOSED_QUESTION))

    def _paraphrase(self, hit: MoveHit, words: frozenset[str], factor: float, reply: Reply) -> None:
        state = self.state
        self._log(state.turn, EventKind.PARAPHRASED)
        if state.needs_discovered or state.objections:
            state.add(trust=state.gain(4 * factor), interest=state.gain(2 * factor))
        objection = state.open_objection()
        if objection is not None and not objection.acknowledged:
            self._acknowledge(objection, reply)
            return
        reply.add(Reply.FILLER, self._line(Reaction.PARAPHRASE))

    def _empathy(self, hit: MoveHit, words: frozenset[str], factor: float, reply: Reply) -> None:
        state = self.state
        objection = state.open_objection()
        if objection is not None and not objection.acknowledged:
            self._acknowledge(objection, reply)
            return
        state.add(trust=state.gain(3 * factor))
        reply.add(Reply.FILLER, self._line(Reaction.EMPATHY))

    def _present(self, hit: MoveHit, words: frozenset[str], factor: float, reply: Reply) -> None:
        state = self.state
        if not state.needs_discovered:
            self._log(state.turn, EventKind.PRESENTED_COLD, move=hit.move.value)
            state.add(patience=-3)
            self._raise_topic()
            reply.add(Reply.REACTION, self._line(Reaction.COLD_PRESENTATION))
            return
        if self.phase in (Phase.RAPPORT, Phase.ANALYSIS):
            if not state.interest_confirmed:
                self._log(state.turn, EventKind.PRESENTED_WITHOUT_TRIAL_CLOSE)
            self._move_phase("raise_topic")
            self._move_phase("confirm_interest")
        answered = self._answered_needs(words) if hit.move is Move.BENEFIT else []
        if answered:
            for need in answered:
                first = need.id not in state.needs_answered
                state.needs_answered.add(need.id)
                self._log(state.turn, EventKind.NEED_ANSWERED, need=need.id, first=first)
                state.add(interest=state.gain(15 if first else 3 * factor), trust=state.gain(3 if first else 0))
            reply.add(Reply.REACTION, self._line(Reaction.BENEFIT, need=answered[0].label))
            return
        if self._answers_objection(words):
            return
        feature = self._feature_named(words)
        if hit.move is Move.BENEFIT and feature is None:
            self._log(state.turn, EventKind.BENEFIT_UNRELATED)
            reply.add(Reply.REACTION, self._line(Reaction.BENEFIT_UNRELATED))
            return
        state.features_presented += 1
        self._log(state.turn, EventKind.FEATURE_PRESENTED, feature=feature, bare=True)
        state.add(interest=state.gain(2 * factor))
        reply.add(Reply.FILLER, self._line(Reaction.FEATURE))

    def _price(self, hit: MoveHit, words: frozenset[str], factor: float, reply: Reply) -> None:
        state = self.state
        state.price_stated = True
        self._log(state.turn, EventKind.PRICE_STATED, price=state.price, commented=bool(hit.irritators))
        self._move_phase("negotiate")
        reply.add(Reply.FILLER, self._line(Reaction.PRICE))

    def _concession(self, hit: MoveHit, words: frozenset[str], factor: float, reply: Reply) -> None:
        state = self.state
        price = self.scenario.offer.price
        objection = state.open_objection()
        if objection is not None and objection.asked_turn is None and not objection.revealed:
            self._log(state.turn, EventKind.COUNTER_WITHOUT_ASKING, objection=objection.id)
        before = state.price
        state.price = max(price.lowest, round(state.price - price.amount * CONCESSION_STEP, 2))
        self._log(
            state.turn,
            EventKind.CONCESSION,
            price_before=before,
            price_after=state.price,
            list_price=price.amount,
            at_floor=state.price <= price.lowest,
        )
        self._move_phase("negotiate")
        state.add(interest=state.gain(4 * factor))
        if objection is not None and self.scenario.objection(objection.id).kind is ObjectionKind.PRICE:
            if not objection.eased:
                objection.eased = True
                self._log(state.turn, EventKind.OBJECTION_EASED, objection=objection.id)
        reply.add(Reply.REACTION, self._line(Reaction.CONCESSION))

    def _trial_close(self, hit: MoveHit, words: frozenset[str], factor: float, reply: Reply) -> None:
        state = self.state
        caught = self._catch_signal()
        ready = bool(state.needs_discovered) and state.interest >= self.scenario.rules.trial_close_at
        if self.phase not in (Phase.RAPPORT, Phase.ANALYSIS):
            ready = ready and self._blocking_objection() is None
        self._log(state.turn, EventKind.TRIAL_CLOSE, confirmed=ready, caught=caught)
        if ready:
            state.interest_confirmed = True
            state.add(interest=state.gain(3 * factor))
            self._move_phase("raise_topic")
            self._move_phase("confirm_interest")
            reply.add(Reply.REACTION, self._line(Reaction.TRIAL_CLOSE_YES))
        else:
            reply.add(Reply.REACTION, self._line(Reaction.TRIAL_CLOSE_NOT_YET))

    def _close(self, hit: MoveHit, words: frozenset[str], factor: float, reply: Reply) -> None:
        state = self.state
        if not state.needs_discovered and self.phase in (Phase.RAPPORT, Phase.ANALYSIS):
            self._log(state.turn, EventKind.CLOSE_PREMATURE)
            state.add(trust=-state.hurt(3))
            self._raise_topic()
            reply.add(Reply.REACTION, self._line(Reaction.PREMATURE_CLOSE))
            return
        caught = self._catch_signal()
        self._log(state.turn, EventKind.CLOSE_ASKED, caught=caught, interest=state.interest, trust=state.trust)
        self._move_phase("ask_for_order")
        if not state.price_stated:
            self._log(state.turn, EventKind.ORDER_DECLINED, reason="price_unknown", refusals=state.refusals)
            self._move_phase("not_yet")
            reply.add(Reply.DECISIVE, self._line(Reaction.ASK_PRICE))
            return
        self._raise_due_objection(reply)
        blocking = self._blocking_objection()
        if blocking is None and state.interest >= state.persona.buys_at and state.trust >= MIN_TRUST_TO_BUY:
            state.said_yes = True
            self._log(state.turn, EventKind.ORDER_WON, price=state.price)
            self._move_phase("win")
            reply.add(Reply.DECISIVE, self._line(Reaction.CLOSE_YES))
            return
        state.refusals += 1
        reason = blocking.id if blocking is not None else ("trust" if state.trust < MIN_TRUST_TO_BUY else "interest")
        if state.refusals > state.persona.max_refusals:
            state.final_no = True
            self._log(state.turn, EventKind.FINAL_NO, reason=reason)
            reply.add(Reply.DECISIVE, self._line(Reaction.FINAL_NO))
            return
        self._log(state.turn, EventKind.ORDER_DECLINED, reason=reason, refusals=state.refusals)
        self._move_phase("not_yet")
        if blocking is None:
            reply.add(Reply.DECISIVE, self._not_yet())
        else:
            reply.add(Reply.DECISIVE, self._line_from(self.scenario.objection(blocking.id).says, objection=blocking.id))

    def _not_yet(self) -> str:
        """A "no" usually means "not yet": the customer says what is missing when she knows."""
        unanswered = [n for n in self.state.needs_discovered if n not in self.state.needs_answered]
        if unanswered and self.state.trust >= MIN_TRUST_TO_BUY:
            return self._line(Reaction.NEED_UNANSWERED, need=self.scenario.need(unanswered[0]).label)
        return self._line(Reaction.CLOSE_NOT_YET)

    def _argue(self, hit: MoveHit, words: frozenset[str], factor: float, reply: Reply) -> None:
        state = self.state
        state.offences += 1
        state.add(trust=-state.hurt(12), interest=-state.hurt(5))
        objection = state.open_objection()
        self._log(state.turn, EventKind.ARGUED, objection=objection.id if objection else None)
        if objection is not None:
            objection.hardened += 1
            objection.acknowledged = False
            self._log(state.turn, EventKind.OBJECTION_HARDENED, objection=objection.id)
            data = self.scenario.objection(objection.id)
            reply.add(Reply.REACTION, self._line_from(data.argued_says, objection=objection.id) if data.argued_says else self._line(Reaction.ARGUE))
        else:
            reply.add(Reply.REACTION, self._line(Reaction.ARGUE))
        self._check_offences(reply)

    def _pressure(self, hit: MoveHit, words: frozenset[str], factor: float, reply: Reply) -> None:
        state = self.state
        state.offences += 1
        state.add(trust=-state.hurt(8), interest=-state.hurt(3))
        self._log(state.turn, EventKind.PRESSURED)
        reply.add(Reply.REACTION, self._line(Reaction.PRESSURE))
        self._check_offences(reply)

    def _next_step(self, hit: MoveHit, words: frozenset[str], factor: float, reply: Reply) -> None:
        reply.add(Reply.FILLER, self._line(Reaction.NEXT_STEP))

    def _farewell(self, hit: MoveHit, words: frozenset[str], factor: float, reply: Reply) -> None:
        if not self._says_goodbye(hit):
            reply.add(Reply.FILLER, self._line(Reaction.THANKS))
            return
        self._finish(Outcome.TRAINEE_ENDED, "farewell")
        reply.add(Reply.DECISIVE, self._line(Reaction.GOODBYE))

    def _says_goodbye(self, hit: MoveHit) -> bool:
        """Only a goodbye at the end of a line ends the call; thanks alone do not."""
        return hit is self._last_hit and is_goodbye(hit.sentence, self.scenario.language.value)

    # -- after a decision -------------------------------------------------------------------------

    def _after_yes(self, hit: MoveHit, reply: Reply) -> None:
        state = self.state
        if hit.move in PUSHING_AFTER_YES:
            self._log(state.turn, EventKind.PUSHED_AFTER_YES, move=hit.move.value)
            state.add(trust=-state.hurt(5))
            reply.add(Reply.REACTION, self._line(Reaction.PUSHED_AFTER_YES))
        elif hit.move is Move.NEXT_STEP:
            self._log(state.turn, EventKind.FOLLOW_UP, step="next_step")
            reply.add(Reply.REACTION, self._line(Reaction.NEXT_STEP))
        elif hit.move in CONFIRMING:
            self._log(state.turn, EventKind.FOLLOW_UP, step="confirm")
            reply.add(Reply.FILLER, self._line(Reaction.FOLLOW_UP))
        elif hit.move is Move.FAREWELL:
            self._log(state.turn, EventKind.FOLLOW_UP, step="thanks")
            if self._says_goodbye(hit):
                self._finish(Outcome.WON, "farewell")
                reply.add(Reply.DECISIVE, self._line_from(self.scenario.endings.won))
        else:
            reply.add(Reply.FILLER, self._line(Reaction.FOLLOW_UP))

    def _after_final_no(self, hit: MoveHit, reply: Reply) -> None:
        state = self.state
        if hit.move in (Move.ARGUE, Move.PRESSURE, Move.CLOSE):
            self._log(state.turn, EventKind.SCORCHED_EARTH, move=hit.move.value)
            self._finish(Outcome.CUSTOMER_ENDED, "scorched_earth")
            reply.add(Reply.DECISIVE, self._line_from(self.scenario.endings.customer_ended))
        elif hit.move is Move.FAREWELL and self._says_goodbye(hit):
            self._finish(Outcome.LOST, "farewell")
            reply.add(Reply.DECISIVE, self._line_from(self.scenario.endings.lost))
        elif hit.move is Move.NEXT_STEP:
            self._log(state.turn, EventKind.FOLLOW_UP, step="door_open")
            reply.add(Reply.REACTION, self._line(Reaction.NEXT_STEP))
        elif hit.move is not Move.FAREWELL:
            state.add(patience=-10)
            reply.add(Reply.FILLER, self._line(Reaction.FINAL_NO))

    # -- shared steps ----------------------------------------------------------------------------

    def _uncover(self, words: frozenset[str], reply: Reply) -> list[Need]:
        state = self.state
        found = [
            need
            for need in self.scenario.needs
            if need.id not in state.needs_discovered and self._mentioned(words, need.topics)
        ][:2]
        for need in found:
            state.needs_discovered.append(need.id)
            state.add(interest=state.gain(5), trust=state.gain(2))
            self._log(state.turn, EventKind.NEED_DISCOVERED, need=need.id)
            reply.add(Reply.CONTENT, self._line_from(need.reveal, need=need.label))
        if found:
            self._raise_topic()
        return found

    def _answered_needs(self, words: frozenset[str]) -> list[Need]:
        features = [f for f in self.scenario.offer.features if self._mentioned(words, f.keywords)]
        named = {need_id for feature in features for need_id in feature.needs}
        return [
            need
            for need in self.scenario.needs
            if need.id in self.state.needs_discovered
            and (need.id in named or self._mentioned(words, need.benefits))
        ]

    def _answers_objection(self, words: frozenset[str]) -> bool:
        return any(
            self._mentioned(words, self.scenario.objection(state.id).resolved_by)
            for state in self.state.objections.values()
            if state.open
        )

    def _feature_named(self, words: frozenset[str]) -> str | None:
        return next((f.id for f in self.scenario.offer.features if self._mentioned(words, f.keywords)), None)

    def _mentioned(self, words: frozenset[str], phrases: Iterable[str]) -> bool:
        language = self.scenario.language.value
        return any(mentions(words, phrase, language) for phrase in phrases)

    def _acknowledge(self, objection: ObjectionState, reply: Reply) -> None:
        objection.acknowledged = True
        self.state.add(trust=self.state.gain(3))
        self._log(self.state.turn, EventKind.OBJECTION_ACKNOWLEDGED, objection=objection.id)
        reply.add(Reply.FILLER, self._line(Reaction.OBJECTION_HEARD))

    def _reveal_real_reason(self, objection: ObjectionState, reply: Reply) -> None:
        objection.revealed = True
        self._log(self.state.turn, EventKind.REAL_REASON_REVEALED, objection=objection.id)
        data = self.scenario.objection(objection.id)
        reply.add(Reply.CONTENT, self._line_from(data.real_reason, objection=objection.id))

    def _blocking_objection(self) -> ObjectionState | None:
        """An unresolved objection stands in the way; an eased one only if interest is short."""
        for state in self.state.objections.values():
            if state.resolved:
                continue
            if state.eased and state.hardened == 0 and self.state.interest >= self.state.persona.buys_at:
                continue
            return state
        return None

    def _raise_topic(self) -> None:
        self._move_phase("raise_topic")

    def _catch_signal(self) -> bool:
        window = self.state.window
        if window is None:
            return False
        self._log(self.state.turn, EventKind.SIGNAL_CAUGHT, signal=window.signal, strength=window.strength,
                  after_turns=self.state.turn - window.opened_turn, talked_past=window.talked_past)
        self.state.window = None
        return True

    def _talk_past(self, reply: Reply) -> None:
        state = self.state
        window = state.window
        assert window is not None
        window.talked_past += 1
        state.add(interest=-state.hurt(6), patience=-2)
        self._log(state.turn, EventKind.TALKED_PAST_CLOSE, signal=window.signal, count=window.talked_past)
        if window.talked_past == 2:
            reply.add(Reply.CONTENT, self._line(Reaction.FRESH_DOUBT))
        elif window.talked_past == 1:
            reply.add(Reply.CONTENT, self._line(Reaction.TALK_PAST))
        if window.talked_past >= self.scenario.rules.window_moves:
            self._miss_signal("talked_past")

    def _miss_signal(self, why: str) -> None:
        window = self.state.window
        assert window is not None
        self._log(self.state.turn, EventKind.SIGNAL_MISSED, signal=window.signal, strength=window.strength, why=why)
        self.state.window = None

    def _check_offences(self, reply: Reply) -> None:
        state = self.state
        if state.offences >= state.persona.tolerance or state.trust <= 5:
            self._finish(Outcome.CUSTOMER_ENDED, "offended")
            reply.add(Reply.DECISIVE, self._line_from(self.scenario.endings.customer_ended))

    def _after_moves(self, hits: Sequence[MoveHit], line_stems: frozenset[str], reply: Reply) -> None:
        state = self.state
        if not state.said_yes and not state.final_no:
            self._resolve_objections(hits, line_stems, reply)
            window = state.window
            expired = window is not None and state.turn - window.opened_turn >= self.scenario.rules.window_turns
            if expired and state.open_objection() is None:
                self._miss_signal("expired")
            if not self._raise_due_objection(reply):
                self._send_due_signal(reply)
        state.add(patience=-1)
        if state.patience <= 0:
            self._finish(Outcome.CUSTOMER_ENDED, "patience")
            reply.add(Reply.DECISIVE, self._line_from(self.scenario.endings.customer_ended))
        elif state.turn >= self.scenario.rules.max_turns:
            if state.said_yes:
                self._finish(Outcome.WON, "max_turns")
                reply.add(Reply.DECISIVE, self._line_from(self.scenario.endings.won))
            else:
                self._finish(Outcome.OUT_OF_TURNS, "max_turns")
                reply.add(Reply.DECISIVE, self._line_from(self.scenario.endings.out_of_turns))

    def _resolve_objections(self, hits: Sequence[MoveHit], line_stems: frozenset[str], reply: Reply) -> None:
        if not hits or any(hit.move in (Move.ARGUE, Move.PRESSURE) for hit in hits):
            return
        state = self.state
        for objection in list(state.objections.values()):
            if objection.resolved or objection.raised_turn == state.turn:
                continue
            data = self.scenario.objection(objection.id)
            if not self._mentioned(line_stems, data.resolved_by):
                continue
            if objection.revealed:
                objection.resolved = True
                state.add(interest=state.gain(8), trust=state.gain(4))
                self._log(state.turn, EventKind.OBJECTION_RESOLVED, objection=objection.id)
                reply.add(Reply.CONTENT, self._line_from(data.resolved_says, objection=objection.id))
            elif not objection.eased and not objection.hardened:
                objection.eased = True
                self._log(state.turn, EventKind.OBJECTION_EASED, objection=objection.id)

    def _raise_due_objection(self, reply: Reply) -> bool:
        state = self.state
        state.phase = self.phase
        for objection in self.scenario.objections:
            if objection.id in state.objections or not holds(state, objection.trigger):
                continue
            self._raise(objection, reply)
            return True
        return False

    def _raise(self, objection: Objection, reply: Reply) -> None:
        state = self.state
        state.objections[objection.id] = ObjectionState(objection.id, state.turn)
        self._log(state.turn, EventKind.OBJECTION_RAISED, objection=objection.id, kind=objection.kind.value)
        if self.phase in (Phase.ANALYSIS, Phase.PRESENTATION):
            self._move_phase("negotiate")
        reply.add(Reply.CONTENT, self._line_from(objection.says, objection=objection.id))

    def _send_due_signal(self, reply: Reply) -> None:
        """A customer with an open objection or an open window sends no new signal."""
        state = self.state
        if state.window is not None or state.open_objection() is not None:
            return
        state.phase = self.phase
        for signal in self.scenario.signals:
            if signal.id in state.signals_sent or not holds(state, signal.when):
                continue
            state.signals_sent.add(signal.id)
            state.window = ClosingWindow(signal.id, signal.strength.value, state.turn)
            self._log(state.turn, EventKind.SIGNAL_SENT, signal=signal.id, strength=signal.strength.value)
            reply.add(Reply.SIGNAL, self._line_from(signal.says))
            return

    # -- bookkeeping -------------------------------------------------------------------------------

    def _move_phase(self, trigger: str) -> None:
        change = self._machine.fire(trigger)
        if change is not None:
            self.state.phase = self.phase
            self._log(self.state.turn, EventKind.PHASE_CHANGED, source=change[0], dest=change[1], trigger=trigger)

    def _finish(self, outcome: Outcome, reason: str) -> None:
        self.state.window = None
        trigger = {
            Outcome.WON: "end_won",
            Outcome.LOST: "end_lost",
            Outcome.CUSTOMER_ENDED: "customer_ends",
            Outcome.OUT_OF_TURNS: "run_out",
            Outcome.TRAINEE_ENDED: "trainee_ends",
        }[outcome]
        phase = self.phase
        self._machine.fire(trigger)
        self._log(self.state.turn, EventKind.CALL_ENDED, outcome=outcome.value, reason=reason, phase=phase)

    def _line(self, reaction: Reaction, need: str = "", objection: str = "") -> str:
        return self._line_from(self.scenario.responses.lines(self.phase, reaction.value), need, objection)

    def _line_from(self, variants: Sequence[str], need: str = "", objection: str = "") -> str:
        return self._voice.say(variants, self.state, need=need, objection=objection)

    def _log(self, turn: int, kind: EventKind, /, **data: object) -> None:
        self._events.append(Event(turn, kind, data))

    def _speak(self, turn: int, reply: Reply) -> tuple[CustomerLine, ...]:
        lines = reply.compose()
        for line in lines:
            self._log(turn, EventKind.CUSTOMER_SAID, text=line.text, stage=line.stage, words=len(line.text.split()))
        return lines

    def _finish_turn(self, turn: int, text: str, hits: Sequence[MoveHit], reply: Reply, first_event: int) -> Turn:
        customer = self._speak(turn, reply)
        return self._record(turn, text, tuple(hits), customer, first_event)

    def _record(
        self, turn: int, text: str, hits: tuple[MoveHit, ...], customer: tuple[CustomerLine, ...], first_event: int
    ) -> Turn:
        record = Turn(turn, text, hits, customer, tuple(self._events[first_event:]), self.phase, self.outcome)
        if text or hits:
            self._turns.append(record)
        return record
