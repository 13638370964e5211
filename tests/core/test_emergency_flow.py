"""The emergency flow in the core, without a screen: each promise of the product, one test."""

from __future__ import annotations

import pytest

from softphone.core.calls import CallError, CallFailed, CallKind, CallState
from softphone.core.carrier import CarrierError, OutboundCall
from softphone.core.location import CivicAddress
from softphone.core.presence import PresenceError
from softphone.notify.notifier import NotifyState
from tests.core.conftest import Rig
from tests.helpers import OWN, POOL


def test_the_carrier_has_the_call_when_dial_returns(rig: Rig, monkeypatch) -> None:
    placed: list[OutboundCall] = []
    original = rig.carrier.place_call
    monkeypatch.setattr(rig.carrier, "place_call", lambda c: (placed.append(c), original(c)))
    call = rig.phone.dial("911")
    assert [p.call_id for p in placed] == [call.call_id]
    assert placed[0].kind is CallKind.EMERGENCY and placed[0].number == "911"
    assert placed[0].callback_number == POOL[0] and placed[0].caller_id == OWN


@pytest.mark.parametrize("before", ["Available", "Busy", "Away", "Offline", "Lunch"])
def test_presence_switches_to_dnd_whatever_it_was_and_comes_back(rig: Rig, before: str) -> None:
    rig.settings.set("presence.custom_statuses", ["Lunch"])
    rig.phone.presence.set(before)
    call = rig.phone.dial("911")
    assert rig.phone.presence.status == "Do not disturb"
    with pytest.raises(PresenceError, match="while an emergency call is up"):
        rig.phone.presence.set("Available")
    rig.phone.hangup(call.call_id)
    assert rig.phone.presence.status == before
    assert not rig.phone.presence.locked


def test_presence_comes_back_when_the_answering_point_hangs_up(rig: Rig) -> None:
    rig.phone.presence.set("Busy")
    rig.phone.dial("911")
    rig.scheduler.advance(2)
    assert rig.carrier.drop()
    assert rig.phone.presence.status == "Busy"
    assert not rig.phone.emergency.active


def test_other_calls_go_on_hold_and_the_emergency_call_cannot(rig: Rig) -> None:
    colleague = rig.phone.dial("+15557654321")
    rig.scheduler.advance(2)
    assert colleague.state is CallState.CONNECTED
    emergency = rig.phone.dial("911")
    assert colleague.state is CallState.ON_HOLD
    with pytest.raises(CallError, match="cannot be put on hold"):
        rig.phone.hold(emergency.call_id, True)
    with pytest.raises(CallError, match="cannot be transferred"):
        rig.phone.transfer(emergency.call_id, "+15557654321")
    with pytest.raises(CallError, match="stay on hold"):
        rig.phone.hold(colleague.call_id, False)


def test_other_calls_end_when_the_carrier_cannot_hold(rig: Rig) -> None:
    rig.settings.set("carrier.simulated.can_hold", False)
    colleague = rig.phone.dial("+15557654321")
    rig.scheduler.advance(2)
    rig.phone.dial("911")
    assert colleague.state is CallState.ENDED
    assert "emergency call started" in colleague.end_reason


def test_a_callback_number_is_leased_for_60_minutes_after_the_call(rig: Rig) -> None:
    call = rig.phone.dial("911")
    rig.scheduler.advance(600)  # a ten-minute emergency call: the countdown waits
    rig.phone.hangup(call.call_id)
    lease = rig.phone.leases.current()
    assert lease is not None and lease.number == POOL[0] and lease.paused_at is None
    assert lease.remaining(rig.clock()) == pytest.approx(3600)
    rig.scheduler.advance(3599)
    assert rig.phone.leases.current() is not None
    rig.scheduler.advance(2)
    assert rig.phone.leases.current() is None


def test_a_second_emergency_call_renews_the_same_number(rig: Rig) -> None:
    rig.phone.hangup(rig.phone.dial("911").call_id)
    rig.scheduler.advance(1800)
    second = rig.phone.dial("911")
    rig.phone.hangup(second.call_id)
    lease = rig.phone.leases.current()
    assert lease is not None and lease.number == POOL[0]
    assert lease.remaining(rig.clock()) == pytest.approx(3600)


def test_without_a_pool_the_own_number_is_used_with_a_warning(rig: Rig) -> None:
    rig.settings.set("callback.pool", [])
    call = rig.phone.dial("911")
    assert call.callback_number == OWN
    assert any("own number" in note for note in call.notes)


def test_the_lease_and_dnd_survive_a_restart_during_the_call(rig: Rig) -> None:
    rig.phone.presence.set("Away")
    rig.phone.dial("911")
    rig.scheduler.advance(2)
    again = rig.restart()
    assert again.phone.presence.status == "Do not disturb" and again.phone.presence.locked
    [interrupted] = again.phone.calls()
    assert interrupted.state is CallState.INTERRUPTED and interrupted.is_emergency
    assert again.phone.leases.current() is not None
    again.phone.hangup()
    assert again.phone.presence.status == "Away"
    lease = again.phone.leases.current()
    assert lease is not None and lease.number == POOL[0] and lease.paused_at is None


def test_a_psap_callback_to_the_leased_number_rings_through_dnd_capacity_and_rules(rig: Rig) -> None:
    rig.settings.update({"routing.rules": [{"match": "*", "action": "refuse"}]})
    rig.phone.hangup(rig.phone.dial("911").call_id)
    rig.phone.presence.set("Do not disturb")
    colleague = rig.phone.dial("+15557654321")  # the single line is now in use
    rig.scheduler.advance(2)
    rung = []
    rig.phone.incoming.connect(rung.append)
    rig.carrier.call_back()
    assert len(rung) == 1 and rung[0].psap_callback and rung[0].state is CallState.RINGING
    rig.phone.answer(rung[0].call_id)
    assert colleague.state is CallState.ON_HOLD
    assert rig.phone.emergency.active
    rig.scheduler.advance(1)
    assert rung[0].state is CallState.CONNECTED
    rig.phone.hangup(rung[0].call_id)
    assert rig.phone.presence.status == "Do not disturb" and not rig.phone.presence.locked


def test_a_call_marked_as_psap_callback_by_the_carrier_rings_without_a_lease(rig: Rig) -> None:
    rig.phone.presence.set("Offline")
    rung = []
    rig.phone.incoming.connect(rung.append)
    rig.carrier.ring_in("+15559110000", "+15550009999", marked_psap_callback=True)
    assert rung and rung[0].psap_callback


def test_the_callback_countdown_pauses_while_the_callback_is_up(rig: Rig) -> None:
    rig.phone.hangup(rig.phone.dial("911").call_id)
    rig.scheduler.advance(600)
    rig.carrier.call_back()
    [callback] = rig.phone.calls()
    rig.phone.answer(callback.call_id)
    rig.scheduler.advance(1200)
    rig.phone.hangup(callback.call_id)
    lease = rig.phone.leases.current()
    assert lease is not None and lease.remaining(rig.clock()) == pytest.approx(3000)


def test_after_the_lease_the_callback_number_gets_ordinary_routing(rig: Rig) -> None:
    rig.phone.hangup(rig.phone.dial("911").call_id)
    rig.scheduler.advance(3601)
    rig.phone.presence.set("Do not disturb")
    rung = []
    rig.phone.incoming.connect(rung.append)
    rig.carrier.ring_in("+15550100911", POOL[0])
    assert rung == []
    entry = rig.phone.history.recent()[0]
    assert entry.outcome == "refused: presence is do not disturb"


def test_ordinary_inbound_calls_follow_rules_then_capacity_then_presence(rig: Rig) -> None:
    rig.settings.update({"routing.rules": [{"match": "+1900*", "action": "refuse"}]})
    rung = []
    rig.phone.incoming.connect(rung.append)
    rig.carrier.ring_in("+19005550000", "+15550000001")
    rig.carrier.ring_in("+15553334444", "+15550000001")
    assert [c.remote for c in rung] == ["+15553334444"]
    rig.carrier.ring_in("+15556667777", "+15550000001")  # the one line is ringing: busy
    outcomes = [entry.outcome for entry in rig.phone.history.recent()]
    assert outcomes == ["all lines busy", "refused by the routing rule '+1900*'"]


def test_a_queued_call_rings_when_the_line_frees(rig: Rig) -> None:
    rig.settings.update({"routing.queue_when_busy": True})
    first = rig.phone.dial("+15557654321")
    rung = []
    rig.phone.incoming.connect(rung.append)
    rig.carrier.ring_in("+15553334444", "+15550000001")
    assert rung == [] and rig.phone.calls()[-1].state is CallState.QUEUED
    rig.phone.hangup(first.call_id)
    assert [c.remote for c in rung] == ["+15553334444"]


def test_emergency_calls_never_reach_the_call_history(rig: Rig) -> None:
    rig.phone.hangup(rig.phone.dial("911").call_id)
    rig.carrier.call_back()
    rig.phone.answer()
    rig.phone.hangup()
    rig.phone.hangup(rig.phone.dial("933").call_id)
    rig.phone.hangup(rig.phone.dial("+15557654321").call_id)
    assert [entry.remote for entry in rig.phone.history.recent()] == ["+15557654321"]


def test_933_is_a_labelled_test_without_dnd_email_or_lease(rig: Rig) -> None:
    rig.location.confirm(CivicAddress(street="Main St", house_number="1", city="Springfield",
                                      region="IL", postcode="62701", country="US"))
    heard = []
    rig.phone.speech.connect(lambda call, text: heard.append(text))
    call = rig.phone.dial("933")
    rig.scheduler.advance(2)
    assert call.kind is CallKind.TEST and any("Test call" in n for n in call.notes)
    assert rig.phone.presence.status == "Available"
    assert rig.notifier.status.state is NotifyState.IDLE  # never asked to notify
    assert rig.phone.leases.current() is None
    assert "5 5 5 1 2 3 0 0 0 1" in heard[0] and "Springfield" in heard[0]


def test_an_emergency_call_asks_the_notifier_at_once(rig: Rig) -> None:
    rig.phone.dial("911")
    assert rig.notifier.status.text == "No emergency contacts configured"


def test_a_failing_carrier_fails_loudly_and_changes_nothing(rig: Rig, monkeypatch) -> None:
    def refuse(call: OutboundCall) -> None:
        raise CarrierError("The SBC is unreachable.")

    monkeypatch.setattr(rig.carrier, "place_call", refuse)
    problems = []
    rig.phone.problem.connect(problems.append)
    with pytest.raises(CallFailed) as raised:
        rig.phone.dial("911")
    call = raised.value.call
    assert str(raised.value) == call.end_reason
    assert call.state is CallState.FAILED
    assert "Use another phone" in call.end_reason and problems
    assert not rig.phone.emergency.active


def test_failures_after_the_hand_off_are_shown_and_the_call_goes_on(rig: Rig, monkeypatch) -> None:
    def broken(notice: object) -> None:
        raise OSError("outbox full")

    monkeypatch.setattr(rig.notifier, "notify", broken)
    rig.database.close()  # every write now fails
    call = rig.phone.dial("911")
    assert call.state is CallState.DIALING and rig.phone.emergency.active
    assert rig.phone.presence.status == "Do not disturb"
    assert any("outbox full" in note for note in call.notes)
    assert any("Saving the callback number failed" in note for note in call.notes)


def test_nothing_observes_the_lease_before_the_carrier_has_the_call(rig: Rig, monkeypatch) -> None:
    events: list[str] = []
    original = rig.carrier.place_call
    monkeypatch.setattr(rig.carrier, "place_call", lambda c: (events.append("carrier"), original(c)))
    rig.phone.leases.changed.connect(lambda lease: events.append("lease"))
    rig.phone.presence.changed.connect(lambda status: events.append("presence"))
    rig.phone.emergency.started.connect(lambda call: events.append("view"))
    rig.phone.dial("911")
    assert events[0] == "carrier" and {"lease", "presence", "view"} <= set(events)
