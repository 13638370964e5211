"""Cold start to ready-to-dial: from starting the process to its control socket answering.

"Ready to dial" means the window is built, the carrier started and the instance accepts
commands (a CRM's click-to-dial). Offscreen, on a fresh temporary profile each time.

    .venv/bin/python bench/cold_start.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

from softphone.blocks.profile import Profile
from softphone.control.client import send
from softphone.control.endpoint import Endpoint
from softphone.control.errors import ControlUnavailable


def one_start(environment: dict[str, str], command: list[str] | None = None) -> float:
    """Seconds from starting ``command`` (default: this Python's ``-m softphone``) to ready."""
    with tempfile.TemporaryDirectory() as folder:
        endpoint = Endpoint.for_instance(Profile.resolve(folder).server_name)
        started = time.perf_counter()
        process = subprocess.Popen([*(command or [sys.executable, "-m", "softphone"]),
                                    "--profile", folder, "run"],
                                   env=environment, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        while True:
            try:
                send(endpoint, {"command": "status", "args": {}})
                break
            except ControlUnavailable:
                time.sleep(0.005)
        elapsed = time.perf_counter() - started
        send(endpoint, {"command": "quit", "args": {}})
        process.wait(timeout=30)
        return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    reference = []
    for _ in range(args.runs):  # the floor: an interpreter that imports Qt widgets and exits
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "from PySide6 import QtWidgets"], check=True)
        reference.append(time.perf_counter() - started)
    samples = [one_start(environment) for _ in range(args.runs)]
    median, floor = statistics.median(samples), statistics.median(reference)
    print(f"cold start to ready-to-dial: median {median:.3f} s, max {max(samples):.3f} s over "
          f"{args.runs} runs (target < 1.5 s); python+QtWidgets import alone: {floor:.3f} s "
          f"(ratio {median / floor:.1f}x)")


if __name__ == "__main__":
    main()
