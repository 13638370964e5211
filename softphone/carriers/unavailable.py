"""Stands in when the configured carrier adapter cannot be loaded.

Falling back to the simulated carrier would let an agent believe a 911 call reached someone;
instead every call fails at once, loudly, with the reason and what to do.
"""

from __future__ import annotations

from softphone.core.carrier import (
    Carrier,
    CarrierContext,
    CarrierError,
    CarrierListener,
    OutboundCall,
    Refusal,
)


class UnavailableCarrier(Carrier):
    name = "unavailable"

    def __init__(self, context: CarrierContext, reason: str) -> None:
        super().__init__(context)
        self.reason = reason

    def start(self, listener: CarrierListener) -> None:
        listener.carrier_problem(self.reason)

    def stop(self) -> None:
        pass

    def place_call(self, call: OutboundCall) -> None:
        raise CarrierError(self.reason)

    def alert(self, call_id: str) -> None:
        raise CarrierError(self.reason)

    def refuse(self, call_id: str, refusal: Refusal) -> None:
        raise CarrierError(self.reason)

    def answer(self, call_id: str) -> None:
        raise CarrierError(self.reason)

    def hangup(self, call_id: str) -> None:
        pass

    def emergency_reach_problem(self) -> str:
        return self.reason

    def describe_emergency_route(self, number: str) -> str:
        return f"nowhere: {self.reason}"
