"""Decides what happens to an inbound call: ring with top priority, ring, queue, or refuse.

A PSAP callback (flagged by the carrier, or addressed to the leased callback number while the
lease runs) rings whatever the rules, the capacity limit and presence say. Every other call goes
through, in order: the routing rules, the capacity limit, presence.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from softphone.core.carrier import InboundOffer, Refusal
from softphone.core.leases import CallbackLeases
from softphone.core.presence import DO_NOT_DISTURB, UNREACHABLE
from softphone.settings.types import RoutingRule


class Verdict(enum.Enum):
    PRIORITY = "ring with emergency priority"
    RING = "ring"
    QUEUE = "queue"
    REFUSE = "refuse"


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    reason: str  # for the agent and the history: why this happened
    refusal: Refusal | None = None


class InboundRouter:
    def __init__(
        self,
        leases: CallbackLeases,
        rules: Callable[[], Sequence[RoutingRule]],
        capacity: Callable[[], int],
        queue_when_busy: Callable[[], bool],
    ) -> None:
        self._leases = leases
        self._rules = rules
        self._capacity = capacity
        self._queue_when_busy = queue_when_busy

    def is_psap_callback(self, offer: InboundOffer) -> bool:
        return offer.marked_psap_callback or self._leases.is_callback_number(offer.callee)

    def decide(self, offer: InboundOffer, lines_in_use: int, presence: str) -> Decision:
        if self.is_psap_callback(offer):
            return Decision(Verdict.PRIORITY, "emergency callback from the answering point")
        for rule in self._rules():
            if rule.matches(offer.caller):
                if rule.action == "refuse":
                    return Decision(Verdict.REFUSE, f"refused by the routing rule '{rule.match}'",
                                    Refusal.DECLINED)
                break
        if lines_in_use >= self._capacity():
            if self._queue_when_busy():
                return Decision(Verdict.QUEUE, "all lines busy: queued")
            return Decision(Verdict.REFUSE, "all lines busy", Refusal.BUSY)
        if presence in UNREACHABLE:
            refusal = Refusal.DO_NOT_DISTURB if presence == DO_NOT_DISTURB else Refusal.UNAVAILABLE
            return Decision(Verdict.REFUSE, f"refused: presence is {UNREACHABLE[presence]}", refusal)
        return Decision(Verdict.RING, "ringing")
