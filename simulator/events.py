"""The call's event log: everything that happened, in order, as plain data.

Scoring, the review screen and the store read only this log, so each event carries what they
need and nothing that is not serialisable.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType


class EventKind(StrEnum):
    CALL_STARTED = "call_started"
    TRAINEE_SAID = "trainee_said"
    CUSTOMER_SAID = "customer_said"
    PHASE_CHANGED = "phase_changed"
    NEED_DISCOVERED = "need_discovered"
    NEED_HINTED = "need_hinted"
    NEED_ANSWERED = "need_answered"
    FEATURE_PRESENTED = "feature_presented"
    BENEFIT_UNRELATED = "benefit_unrelated"
    PRESENTED_COLD = "presented_cold"
    PRESENTED_WITHOUT_TRIAL_CLOSE = "presented_without_trial_close"
    TRIAL_CLOSE = "trial_close"
    SIGNAL_SENT = "signal_sent"
    SIGNAL_CAUGHT = "signal_caught"
    TALKED_PAST_CLOSE = "talked_past_close"
    SIGNAL_MISSED = "signal_missed"
    OBJECTION_RAISED = "objection_raised"
    OBJECTION_ACKNOWLEDGED = "objection_acknowledged"
    REAL_REASON_REVEALED = "real_reason_revealed"
    OBJECTION_RESOLVED = "objection_resolved"
    OBJECTION_EASED = "objection_eased"
    OBJECTION_HARDENED = "objection_hardened"
    COUNTER_WITHOUT_ASKING = "counter_without_asking"
    PRICE_STATED = "price_stated"
    CONCESSION = "concession"
    IRRITATOR = "irritator"
    ARGUED = "argued"
    PRESSURED = "pressured"
    CLOSE_ASKED = "close_asked"
    CLOSE_PREMATURE = "close_premature"
    ORDER_WON = "order_won"
    ORDER_DECLINED = "order_declined"
    FINAL_NO = "final_no"
    PUSHED_AFTER_YES = "pushed_after_yes"
    FOLLOW_UP = "follow_up"
    PARAPHRASED = "paraphrased"
    REPEATED = "repeated"
    MONOLOGUE = "monologue"
    OFF_TOPIC = "off_topic"
    SCORCHED_EARTH = "scorched_earth"
    CALL_ENDED = "call_ended"


@dataclass(frozen=True)
class Event:
    turn: int
    kind: EventKind
    data: Mapping[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "data", MappingProxyType(dict(self.data)))

    def to_dict(self) -> dict[str, object]:
        return {"turn": self.turn, "kind": self.kind.value, **self.data}
