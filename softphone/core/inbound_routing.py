"""Decides what happens to an inbound call: ring with top priority, ring, queue, or refuse.

A PSAP callback (flagged by the carrier, or addressed to the leased callback number while the
lease runs) rings whatever the rules, the capacity limit and presence say. Every other call goes
through, in order: the routing rules, the capacity limit, presence.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from softphone.blocks.text import translate
from softphone.core.carrier import InboundOffer, Refusal
from softphone.core.leases import CallbackLeases
from softphone.core.presence import AWAY, DO_NOT_DISTURB, UNREACHABLE
from softphone.settings.types import RoutingRule


class Verdict(enum.Enum):
    PRIORITY = "ring with emergency priority"
    RING = "ring"
    QUEUE = "queue"
    REFUSE = "refuse"


@dataclass(frozen=True)
class Decision:
    """What happens to an inbound call, and why."""

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
            return Decision(Verdict.PRIORITY, translate(
                "InboundRouting", "emergency callback from the answering point"))
        for rule in self._rules():
            if rule.matches(offer.caller):
                if rule.action == "refuse":
                    return Decision(Verdict.REFUSE, translate(
                        "InboundRouting", "refused by the routing rule '{rule}'").format(
                        rule=rule.match), Refusal.DECLINED)
                break
        if lines_in_use >= self._capacity():
            if self._queue_when_busy():
                return Decision(Verdict.QUEUE, translate("InboundRouting",
                                                         "all lines busy: queued"))
            return Decision(Verdict.REFUSE, translate("InboundRouting", "all lines busy"),
                            Refusal.BUSY)
        if presence in UNREACHABLE:
            refusal = Refusal.DO_NOT_DISTURB if presence == DO_NOT_DISTURB else Refusal.UNAVAILABLE
            reason = (translate("InboundRouting", "refused: presence is do not disturb")
                      if presence == DO_NOT_DISTURB
                      else translate("InboundRouting", "refused: presence is away")
                      if presence == AWAY
                      else translate("InboundRouting", "refused: presence is offline"))
            return Decision(Verdict.REFUSE, reason, refusal)
        return Decision(Verdict.RING, translate("InboundRouting", "ringing"))
