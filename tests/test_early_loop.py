"""The main thread's loop before Qt's (``softphone.early``): what is posted to it from any thread
runs in order, and at the hand-over to Qt's loop nothing is lost, nothing runs twice, posts keep
their order and timers keep their time and can still be cancelled."""

from __future__ import annotations

import threading
import time

from pytestqt.qtbot import QtBot

from softphone.early import EarlyLoop
from softphone.qtbridge import GuiThread, QtScheduler


def test_posts_from_other_threads_run_here_in_order() -> None:
    loop = EarlyLoop()
    ran: list[tuple[int, int, str]] = []

    def post_fifty(n: int) -> None:
        for i in range(50):
            loop.post(lambda i=i: ran.append(  # type: ignore[misc]
                (n, i, threading.current_thread().name)))

    workers = [threading.Thread(target=post_fifty, args=(n,)) for n in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    loop.run_once()
    assert {name for _, _, name in ran} == {"MainThread"}
    for n in range(3):
        assert [i for m, i, _ in ran if m == n] == list(range(50))


def test_timers_run_when_due_and_not_when_cancelled() -> None:
    now = [100.0]
    loop = EarlyLoop(clock=lambda: now[0])
    ran: list[str] = []
    loop.call_later(1.0, lambda: ran.append("late"))
    loop.call_later(0.5, lambda: ran.append("soon"))
    cancel = loop.call_later(0.7, lambda: ran.append("cancelled"))
    cancel()
    loop.run_once()
    assert ran == []
    now[0] = 101.0
    loop.run_once()
    assert ran == ["soon", "late"]
    loop.run_once()
    assert ran == ["soon", "late"]


def test_what_fails_is_logged_and_the_loop_goes_on(caplog) -> None:  # type: ignore[no-untyped-def]
    loop = EarlyLoop()
    ran: list[str] = []

    def broken() -> None:
        raise RuntimeError("a bug in an observer")

    loop.post(broken)
    loop.post(lambda: ran.append("next"))
    loop.call_later(0, broken)
    loop.run_once()
    assert ran == ["next"]
    assert [record.name for record in caplog.records] == ["crash", "crash"]
    assert "a bug in an observer" in caplog.text


def test_run_serves_until_stopped_from_another_thread() -> None:
    loop = EarlyLoop()
    served = threading.Event()

    def stop_once_served() -> None:
        served.wait(10)
        loop.stop()

    def serve_later() -> None:
        loop.call_later(0.01, served.set)

    loop.post(serve_later)
    threading.Thread(target=stop_once_served).start()
    started = time.monotonic()
    loop.run()
    assert served.is_set() and time.monotonic() - started < 10


def test_the_hand_over_to_qt_keeps_order_and_loses_nothing(qtbot: QtBot) -> None:
    loop = EarlyLoop()
    ran: list[str] = []
    loop.post(lambda: ran.append("first"))
    loop.post(lambda: ran.append("second"))
    gui = GuiThread()
    loop.hand_over(gui.post, QtScheduler(gui))
    loop.post(lambda: ran.append("after"))
    threading.Thread(target=lambda: loop.post(lambda: ran.append("from a thread"))).start()
    qtbot.waitUntil(lambda: len(ran) == 4)
    assert ran[:3] == ["first", "second", "after"] and ran[3] == "from a thread"
    loop.run_once()
    assert len(ran) == 4  # nothing ran twice


def test_timers_move_to_qt_with_their_time_left_and_can_still_be_cancelled(
        qtbot: QtBot) -> None:
    loop = EarlyLoop()
    ran: list[str] = []
    started = time.monotonic()
    loop.call_later(0.2, lambda: ran.append("kept"))
    cancel = loop.call_later(0.1, lambda: ran.append("cancelled after the move"))
    gui = GuiThread()
    loop.hand_over(gui.post, QtScheduler(gui))
    cancel()
    loop.call_later(0.0, lambda: ran.append("new"))
    loop.call_later(0.3, lambda: ran.append("past the cancelled one's time"))
    qtbot.waitUntil(lambda: len(ran) == 3, timeout=5_000)
    assert ran == ["new", "kept", "past the cancelled one's time"]
    assert time.monotonic() - started >= 0.2
