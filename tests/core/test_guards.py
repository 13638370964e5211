"""The safety guards that nothing else exercises: each test fails if its guard is removed."""

from __future__ import annotations

import pytest

from softphone.core.calls import CallError, CallKind, CallState
from softphone.core.carrier import OutboundCall
from softphone.core.location import Location
from tests.core.conftest import Rig


def test_a_psap_callback_cannot_be_declined_and_keeps_ringing(rig: Rig, monkeypatch) -> None:
    refused = []
    monkeypatch.setattr(rig.carrier, "refuse", lambda call_id, refusal: refused.append(call_id))
    rig.phone.hangup(rig.phone.dial("911").call_id)
    rung = []
    rig.phone.incoming.connect(rung.append)
    rig.carrier.call_back()
    [callback] = rung
    with pytest.raises(CallError, match="cannot be declined"):
        rig.phone.decline(callback.call_id)
    assert refused == [] and callback.state is CallState.RINGING
    assert rig.phone.call(callback.call_id) is callback
    rig.phone.answer(callback.call_id)
    assert rig.phone.emergency.active


def test_the_dial_plan_uses_the_country_the_agent_is_in(rig: Rig, monkeypatch) -> None:
    """An agent configured for the US who is in the UK dials 999: an emergency call there."""
    placed: list[OutboundCall] = []
    original = rig.carrier.place_call
    monkeypatch.setattr(rig.carrier, "place_call", lambda c: (placed.append(c), original(c)))
    assert rig.settings["agent.country"] == "US"
    rig.location.os_fix(51.5072, -0.1276, 20.0)  # London
    located = rig.location.latest()
    assert isinstance(located, Location) and located.country == "GB"
    call = rig.phone.dial("999")
    assert call.kind is CallKind.EMERGENCY and rig.phone.emergency.active
    assert [(c.number, c.kind, c.country) for c in placed] == [("999", CallKind.EMERGENCY, "GB")]
