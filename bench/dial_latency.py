"""Time from the dial action (Enter in the number field) to the carrier adapter holding the call.

Runs the real app offscreen on a temporary profile with the simulated carrier; the key press is
delivered to the real number field, and the clock stops inside the adapter's place_call. Each
emergency call is ended before the next, so every dial takes the full emergency path (lease,
DND, marker, notification queue, emergency view).

    .venv/bin/python bench/dial_latency.py [--dials 200]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest  # noqa: E402

from softphone.app import Application  # noqa: E402
from softphone.blocks.profile import Profile  # noqa: E402
from softphone.qt import QtCore, QtWidgets  # noqa: E402


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def measure(application: Application, number: str, dials: int,
            after_each: Callable[[Application], None] = lambda _app: None) -> list[float]:
    """Milliseconds from Enter to the adapter's place_call, one per dial; ``after_each`` runs
    after each call has been ended."""
    received: list[float] = []
    place_call = application.carrier.place_call

    def timed(call):  # type: ignore[no-untyped-def]
        received.append(time.perf_counter())
        place_call(call)

    application.carrier.place_call = timed  # type: ignore[method-assign]
    field = application.window.dialpad.number
    samples = []
    for _ in range(dials):
        field.setText(number)
        started = time.perf_counter()
        QTest.keyClick(field, QtCore.Qt.Key.Key_Return)
        samples.append((received[-1] - started) * 1000)
        application.phone.hangup()
        QtWidgets.QApplication.processEvents()
        after_each(application)
    application.carrier.place_call = place_call  # type: ignore[method-assign]
    return samples


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dials", type=int, default=200)
    args = parser.parse_args()
    qt_app = QtWidgets.QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        profile = Profile.resolve(folder)
        profile.ensure()
        profile.settings_file.write_text(
            '[outbound]\ncaller_id = "+15551230000"\n[callback]\npool = ["+15551230001"]\n'
            '[carrier.simulated]\nspeak_greeting = false\n')
        application = Application(profile, configure_logging=False)
        application.start(show=True)
        measure(application, "911", 20)  # warm-up: first-use imports and widget styles
        for label, number in (("emergency 911", "911"), ("normal call", "+15557654321")):
            samples = measure(application, number, args.dials)
            print(f"dial-to-carrier, {label:13s}: median {statistics.median(samples):.3f} ms, "
                  f"p99 {percentile(samples, 0.99):.3f} ms, max {max(samples):.3f} ms "
                  f"over {len(samples)} dials (target: median < 5 ms)")
        application.shutdown()
    del qt_app


if __name__ == "__main__":
    main()
