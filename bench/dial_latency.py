"""Time from the dial action (Enter in the number field) to the carrier adapter holding the call.

Runs the real app offscreen on a temporary profile with the simulated carrier; the key press is
delivered to the real number field, and the clock stops inside the adapter's place_call. Each
emergency call is ended before the next, so every dial takes the full emergency path (lease,
DND, marker, notification queue, emergency view).

    .venv/bin/python bench/dial_latency.py [--dials 200]

``--against PATH`` (repeatable) measures other checkouts too (each with its ``.venv``),
alternating ``--rounds`` runs of each, and prints medians and p99 beside each other
(``side_by_side``): a figure of 1.6 ms moves with the load of a shared machine by more than any
change worth finding, so only a side-by-side run compares code.

    .venv/bin/python bench/dial_latency.py --against ../psap-base --rounds 6
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest  # noqa: E402

from softphone.app import Application  # noqa: E402
from softphone.blocks.profile import Profile  # noqa: E402
from softphone.qt import QtCore, QtWidgets  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from side_by_side import Samples, add_arguments, compare, emit, summary  # noqa: E402

EMERGENCY = "dial-to-carrier, emergency 911"
NORMAL = "dial-to-carrier, normal call"
REFERENCES = {EMERGENCY: "target median < 5 ms", NORMAL: "target median < 5 ms"}


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
        QtWidgets.QApplication.processEvents()  # and what deleteLater closed, as exec does:
        QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
        after_each(application)
    application.carrier.place_call = place_call  # type: ignore[method-assign]
    return samples


def run(dials: int) -> Samples:
    """Seconds from Enter to the carrier, per figure."""
    qt_app = QtWidgets.QApplication([])
    samples: Samples = {}
    with tempfile.TemporaryDirectory() as folder:
        profile = Profile.resolve(folder)
        profile.ensure()
        profile.settings_file.write_text(
            '[outbound]\ncaller_id = "+15551230000"\n[callback]\npool = ["+15551230001"]\n'
            '[carrier.simulated]\nspeak_greeting = false\n')
        application = Application(profile, configure_logging=False)
        application.start(show=True)
        measure(application, "911", 20)  # warm-up: first-use imports and widget styles
        for name, number in ((EMERGENCY, "911"), (NORMAL, "+15557654321")):
            samples[name] = [ms / 1000 for ms in measure(application, number, dials)]
        application.shutdown()
    del qt_app
    return samples


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dials", type=int, default=200)
    add_arguments(parser)
    args = parser.parse_args()
    if args.worker:
        emit(run(args.dials))
    elif args.against:
        compare(Path(__file__), args.against, args.rounds, ["--dials", str(args.dials)],
                REFERENCES)
    else:
        for name, samples in run(args.dials).items():
            print(f"{name}: {summary(samples)} ({REFERENCES[name]})")


if __name__ == "__main__":
    main()
