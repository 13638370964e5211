"""The cycle collector runs on the GUI thread only, in the running softphone too."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from softphone.blocks.profile import Profile
from softphone.collector import GuiThreadCollector

# Run as ``softphone run --hidden`` runs, with a worker thread that allocates cycles once the
# instance answers, then quits it; prints how many collections ran off and on the GUI thread
# while the app ran (until its collector gives automatic collection back: then the app's
# threads still finishing, an IP lookup importing its HTTP library, may collect, as it should).
IN_THE_APP = """
import gc, sys, threading, time
import softphone.collector
from softphone.blocks.profile import Profile
from softphone.control.client import send
from softphone.control.endpoint import Endpoint
from softphone.control.errors import ControlUnavailable
from softphone.launcher import run_app

softphone.collector.CHECK_MS = 100
on_gui, off_gui, running = [], [], [True]
gc.callbacks.append(lambda phase, _info: phase == "start" and running[0] and (
    on_gui if threading.current_thread() is threading.main_thread() else off_gui).append(1))
stop = softphone.collector.GuiThreadCollector.stop

def stopped(collector):
    running[0] = False  # from here the app gives collection back: any thread may run it
    stop(collector)

softphone.collector.GuiThreadCollector.stop = stopped
profile = Profile.resolve(sys.argv[1])

def worker():
    endpoint = Endpoint.for_instance(profile.server_name)
    while True:
        try:
            send(endpoint, {"command": "status", "args": {}})
            break
        except ControlUnavailable:
            time.sleep(0.05)
    before = len(on_gui)
    for _ in range(20 * gc.get_threshold()[0]):
        cycle = []
        cycle.append(cycle)
    deadline = time.monotonic() + 10
    while len(on_gui) == before and time.monotonic() < deadline:
        time.sleep(0.05)
    send(endpoint, {"command": "quit", "args": {}})

threading.Thread(target=worker, daemon=True).start()
code = run_app(profile, show=False)
print(len(off_gui), len(on_gui), gc.isenabled())
sys.exit(code)
"""


# ``softphone run --hidden`` in a fresh interpreter, quit once its start-up is done; prints the
# collections (on any thread) up to the point where what the start-up made is set aside for
# good (the window built), how many objects were set aside, how many lines of the composition
# root's source ``linecache`` keeps (PySide6 reads it, imported after Qt), and whether automatic
# collection is on again once the instance has ended.
AT_START = """
import gc, linecache, sys, threading, time
from softphone.blocks.profile import Profile
from softphone.control.client import send
from softphone.control.endpoint import Endpoint
from softphone.control.errors import ControlUnavailable
from softphone.launcher import run_app

collections, seen = [], []
gc.callbacks.append(lambda phase, _info: phase == "start" and collections.append(1))
freeze = gc.freeze

def frozen():
    freeze()
    seen.extend([len(collections), gc.get_freeze_count()])

gc.freeze = frozen
profile = Profile.resolve(sys.argv[1])

def worker():
    endpoint = Endpoint.for_instance(profile.server_name)
    while True:
        try:
            if send(endpoint, {"command": "status", "args": {}})["result"]["started"]:
                break
        except ControlUnavailable:
            pass
        time.sleep(0.05)
    entry = linecache.cache.get(sys.modules["softphone.app"].__file__) or ()
    seen.append(len(entry[2]) if len(entry) == 4 else 0)
    send(endpoint, {"command": "quit", "args": {}})

threading.Thread(target=worker, daemon=True).start()
code = run_app(profile, show=False)
print(*seen, gc.isenabled())
sys.exit(code)
"""


@pytest.fixture
def automatic_collection() -> Iterator[None]:
    """Automatic collection on, as in a plain interpreter (the test session turns it off)."""
    gc.enable()
    yield
    gc.disable()


def test_cycles_made_on_a_worker_thread_are_collected_on_the_gui_thread(
        qtbot, automatic_collection: None) -> None:  # type: ignore[no-untyped-def]
    collections: list[threading.Thread] = []

    def record(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(threading.current_thread())

    gc.callbacks.append(record)
    collector = GuiThreadCollector(interval_ms=50)
    try:
        def make_cycles() -> None:
            for _ in range(20 * gc.get_threshold()[0]):
                cycle: list[object] = []
                cycle.append(cycle)

        worker = threading.Thread(target=make_cycles)
        worker.start()
        worker.join()
        assert worker not in collections
        qtbot.waitUntil(lambda: threading.current_thread() in collections, timeout=5000)
        assert all(thread is threading.current_thread() for thread in collections)
    finally:
        gc.callbacks.remove(record)
        collector.stop()
    assert gc.isenabled()  # given back as it was


def test_the_running_softphone_collects_garbage_only_on_its_gui_thread(
        profile: Profile, tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", IN_THE_APP, str(profile.root)],
                          capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    off_gui, on_gui, enabled_after = done.stdout.split()
    assert int(off_gui) == 0
    assert int(on_gui) > 0
    assert enabled_after == "True"  # the app gives automatic collection back when it ends


def test_the_start_up_runs_no_collection_sets_aside_what_it_made_and_forgets_sources(
        profile: Profile, tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", AT_START, str(profile.root)],
                          capture_output=True, text=True, timeout=120, cwd=tmp_path,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr
    collections, frozen, source_lines, enabled = done.stdout.split()
    assert int(collections) == 0  # some 70 before, ~18 ms of CPU before the softphone is ready
    assert int(frozen) > 10_000  # what the start-up made: no collection scans it again
    assert int(source_lines) == 0  # read by PySide6 at import, some 4 MiB in all: forgotten
    assert enabled == "True"  # collection goes on as it was, once the instance has ended
