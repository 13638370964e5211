"""An idle softphone is not woken for nothing: no timer of its own fires more often than every
few seconds while no call and no callback countdown is up (issue 14: contact centers run 30-60
agents on one server, and every wake-up is multiplied). ``bench/app_idle.py`` measures the whole
process from outside; this proves where its timers come from."""

from __future__ import annotations

import gc

from softphone.app import Application
from softphone.qt import QtCore

IDLE_MIN_INTERVAL_MS = 5_000
# Qt's own timers that are not the softphone's to stop, each with why it is allowed.
ALLOWED = {
    # The text cursor blinks in the focused field of the active window (the address prompt,
    # the number field): the desktop stops it when the agent works in another window.
    "QWidgetLineControl",
}


def armed_timers() -> list[tuple[str, int]]:
    """(owner's class, interval in ms) of every timer armed on this thread's event loop."""
    dispatcher = QtCore.QAbstractEventDispatcher.instance()
    owners: dict[int, QtCore.QObject] = {}  # by address: some QObjects are not hashable
    for thing in gc.get_objects():
        try:
            if isinstance(thing, QtCore.QObject):
                owners.update((id(found), found) for found in
                              [thing, *thing.findChildren(QtCore.QObject)])
        except (RuntimeError, ReferenceError):  # its C++ side, or its referent, is gone
            continue
    found = []
    for owner in owners.values():
        try:
            timers = dispatcher.registeredTimers(owner)
        except RuntimeError:
            continue
        found.extend((owner.metaObject().className(), timer.interval) for timer in timers)
    return found


def frequent(timers: list[tuple[str, int]]) -> list[tuple[str, int]]:
    return [(owner, interval) for owner, interval in timers
            if interval < IDLE_MIN_INTERVAL_MS and owner not in ALLOWED]


def test_an_idle_softphone_arms_no_frequent_timer(qtbot, ready_settings, start_app) -> None:  # type: ignore[no-untyped-def]
    start_app()
    try:
        qtbot.waitUntil(lambda: not frequent(armed_timers()), timeout=5000)
    except qtbot.TimeoutError:
        assert frequent(armed_timers()) == []


def test_the_window_ticks_only_while_a_call_or_the_callback_countdown_is_up(
        qtbot, ready_settings, start_app) -> None:  # type: ignore[no-untyped-def]
    softphone: Application = start_app()
    ticker = softphone.window._ticker
    assert not ticker.isActive()
    call = softphone.window.dial("+15557654321")
    assert ticker.isActive()  # the call's duration moves
    softphone.phone.hangup(call.call_id)
    qtbot.waitUntil(lambda: not ticker.isActive())
    softphone.phone.hangup(softphone.window.dial("911").call_id)
    qtbot.waitUntil(lambda: softphone.window.emergency_view is None)
    assert softphone.phone.leases.current() is not None
    assert ticker.isActive()  # the callback countdown moves
    softphone.phone.leases.end_early()
    qtbot.waitUntil(lambda: not ticker.isActive())
    try:
        qtbot.waitUntil(lambda: not frequent(armed_timers()), timeout=5000)
    except qtbot.TimeoutError:
        assert frequent(armed_timers()) == []
