"""Trainer drills on the simulated answering point: drop the emergency call, call back, ring in.

Shared by the trainer menu and ``softphone drill ...``; refused with a clear message when the
softphone is not on the simulated carrier, so no drill can ever reach a real answering point.
The simulated carrier's module is imported when a drill is asked about, not at every start:
on any other carrier it is not needed at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from softphone.blocks.text import translate
from softphone.core.carrier import Carrier, CarrierError
from softphone.core.leases import CallbackLeases

if TYPE_CHECKING:
    from softphone.carriers.simulated import SimulatedCarrier


class DrillError(RuntimeError):
    pass


class Drills:
    def __init__(self, carrier: Carrier, leases: CallbackLeases) -> None:
        self._carrier = carrier
        self._leases = leases

    @property
    def available(self) -> bool:
        from softphone.carriers.simulated import SimulatedCarrier

        return isinstance(self._carrier, SimulatedCarrier)

    def _simulator(self) -> SimulatedCarrier:
        from softphone.carriers.simulated import SimulatedCarrier

        if not isinstance(self._carrier, SimulatedCarrier):
            raise DrillError(translate("Drills", "Drills run only on the simulated carrier; this "
                                            "softphone uses '{carrier}', which may reach real "
                                            "emergency services.").format(
                carrier=self._carrier.name))
        return self._carrier

    def drop(self) -> str:
        if not self._simulator().drop():
            raise DrillError(translate("Drills", "There is no emergency call to drop: dial 911 first."))
        return translate("Drills", "The answering point dropped the emergency call.")

    def call_back(self) -> str:
        lease = self._leases.current()
        try:
            self._simulator().call_back(lease.number if lease else None)
        except CarrierError as error:
            raise DrillError(str(error)) from error
        return translate("Drills", "The answering point is calling back.")

    def ring_in(self, caller: str, callee: str = "", marked_psap_callback: bool = False) -> str:
        self._simulator().ring_in(caller, callee, marked_psap_callback)
        return translate("Drills", "An inbound call from {caller} arrived.").format(caller=caller)
