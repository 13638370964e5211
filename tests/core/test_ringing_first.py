"""The answering point hears ringing before the softphone does anything else about its callback.

The carrier sends the ringing from a thread of its own, which needs the interpreter the core's
thread holds while observers run: the prompt, the tray, saving the paused countdown. So the
core tells the carrier to ring and leaves everything else to the next turn of its thread.
Here the core's thread is a queue of turns that the test runs one at a time.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from softphone.blocks.profile import Profile
from softphone.core.storage import Database
from softphone.notify.notifier import Notifier
from softphone.settings.store import Settings
from tests.core.conftest import Rig, build
from tests.helpers import OWN, POOL, ManualClock, ManualScheduler, RecordingAudio


class Turns:
    """The core's thread: each posted function waits for its turn."""

    def __init__(self) -> None:
        self.pending: list[Callable[[], None]] = []

    def post(self, function: Callable[[], None]) -> None:
        self.pending.append(function)

    def next(self) -> None:
        self.pending.pop(0)()

    def run_all(self) -> None:
        while self.pending:
            self.next()


@pytest.fixture
def turns() -> Turns:
    return Turns()


@pytest.fixture
def queued_rig(profile: Profile, settings: Settings, scheduler: ManualScheduler,
               clock: ManualClock, turns: Turns) -> Rig:
    settings.update({"outbound.caller_id": OWN, "callback.pool": POOL,
                     "carrier.simulated.speak_greeting": False})
    settings.save()
    notifier = Notifier(settings, profile.root / "outbox.db", post=turns.post)
    made = build(settings, Database(profile.database), scheduler, clock, RecordingAudio(),
                 notifier, post=turns.post)
    yield made
    made.database.close()


def in_callback_mode(rig: Rig, turns: Turns) -> None:
    """An emergency call placed and ended: the callback number's countdown runs."""
    call = rig.phone.dial("911")
    rig.scheduler.advance(2)
    turns.run_all()
    rig.phone.hangup(call.call_id)
    turns.run_all()
    lease = rig.phone.leases.current()
    assert lease is not None and lease.paused_at is None


def test_the_answering_point_hears_ringing_before_any_observer_of_its_callback_runs(
        queued_rig: Rig, turns: Turns, monkeypatch: pytest.MonkeyPatch) -> None:
    rig = queued_rig
    in_callback_mode(rig, turns)
    rig.phone.presence.set("Do not disturb")
    order: list[str] = []
    alert = rig.carrier.alert
    monkeypatch.setattr(rig.carrier, "alert", lambda call_id: (order.append("ringing"),
                                                               alert(call_id)))
    rig.phone.leases.changed.connect(lambda _lease: order.append("countdown paused"))
    rig.phone.call_changed.connect(lambda _call: order.append("call shown"))
    rung = []
    rig.phone.incoming.connect(lambda call: (order.append("prompt"), rung.append(call)))
    rig.carrier.call_back()
    turns.next()  # the carrier's offer reaches the core
    assert order == ["ringing"]
    turns.run_all()
    assert order == ["ringing", "countdown paused", "call shown", "prompt"]
    [callback] = rung
    assert callback.psap_callback and rig.phone.call(callback.call_id) is callback
    lease = rig.phone.leases.current()
    assert lease is not None and lease.paused_at is not None


def test_a_callback_ended_before_its_turn_shows_no_prompt_and_keeps_the_countdown_running(
        queued_rig: Rig, turns: Turns) -> None:
    rig = queued_rig
    in_callback_mode(rig, turns)
    rung = []
    rig.phone.incoming.connect(rung.append)
    rig.carrier.call_back()
    turns.next()
    [callback] = rig.phone.calls()
    rig.phone.hangup(callback.call_id)
    turns.run_all()
    assert rung == [] and rig.phone.calls() == []
    lease = rig.phone.leases.current()
    assert lease is not None and lease.paused_at is None
