"""Drills make the answering point drop, call back or ring in: only ever the simulated one."""

from __future__ import annotations

import pytest

from softphone.carriers.drills import DrillError, Drills
from softphone.carriers.sip import SipCarrier
from softphone.core.carrier import CarrierContext
from softphone.core.leases import CallbackLeases
from softphone.core.state import StateStore
from softphone.core.storage import Database
from softphone.settings.store import Settings
from tests.helpers import ManualScheduler, RecordingAudio


@pytest.mark.parametrize("drill", [
    lambda drills: drills.drop(),
    lambda drills: drills.call_back(),
    lambda drills: drills.ring_in("+15559110000", marked_psap_callback=True),
], ids=["drop", "callback", "incoming"])
def test_a_drill_is_refused_on_a_carrier_that_may_reach_a_real_answering_point(
        drill, settings: Settings, scheduler: ManualScheduler, profile) -> None:
    settings.update({"carrier.adapter": "sip", "carrier.sip.proxy": "127.0.0.1:5999"})
    carrier = SipCarrier(CarrierContext(settings, scheduler, RecordingAudio()))
    database = Database(profile.database)
    try:
        leases = CallbackLeases(StateStore(database), pool=lambda: (), own_number=lambda: "",
                                minutes=lambda: 60)
        drills = Drills(carrier, leases)
        assert not drills.available
        with pytest.raises(DrillError, match="only on the simulated carrier.*real emergency"):
            drill(drills)
    finally:
        database.close()
