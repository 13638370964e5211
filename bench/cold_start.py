"""Cold start to ready-to-dial: from starting the process to its control socket answering.

"Ready to dial" means the carrier started and the instance accepts commands (a CRM's
click-to-dial): a dial sent now goes out at once. The window, the audio devices and the location
sources follow (``Application.start``). Offscreen, on a fresh temporary profile each time, with
the simulated carrier, or the SIP carrier bound to a port with ``--sip``.

Beside it, measured in the same run with the same interpreter: ``python -c pass`` and the floor
of any Qt widgets app, ``python -c "import PySide6.QtWidgets"`` (target: within 2x of it);
``--against PATH`` measures another checkout (its ``.venv``), e.g. a worktree of an older
commit, interleaved with this one, and prints the ratio. Bytecode is cached as an installed
softphone's is (``PYTHONDONTWRITEBYTECODE`` is dropped for the processes measured).

    .venv/bin/python bench/cold_start.py [--runs 11] [--sip] [--against ../perf-base]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]

# Run by the measured checkout's own interpreter, so that each is asked through its own control
# channel; the clock (perf_counter, monotonic) is the machine's, shared by every process.
POLLER = """
import sys, time
from softphone.blocks.profile import Profile
name = Profile.resolve(sys.argv[1]).server_name
try:
    from softphone.control.client import send
    from softphone.control.endpoint import Endpoint
    from softphone.control.errors import ControlUnavailable
    target = Endpoint.for_instance(name)
except ImportError:  # a checkout from before the Qt-free control channel
    from softphone.control.ipc import ControlUnavailable, send
    target = name
print("ready", flush=True)
sys.stdin.readline()
while True:
    try:
        send(target, {"command": "status", "args": {}})
        break
    except ControlUnavailable:
        time.sleep(0.002)
print(time.perf_counter(), flush=True)
"""


def free_udp_port() -> int:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def one_start(tree: Path, sip: bool) -> float:
    """Seconds from starting ``tree``'s ``python -m softphone run`` to its first answer."""
    python = tree / ".venv" / "bin" / "python"
    with tempfile.TemporaryDirectory() as folder, tempfile.TemporaryDirectory() as run:
        os.chmod(run, 0o700)
        environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=run,
                           SOFTPHONE_FLEET_SETTINGS=os.path.join(folder, "no-fleet.toml"))
        environment.pop("PYTHONDONTWRITEBYTECODE", None)
        if sip:
            Path(folder, "settings.toml").write_text(
                '[outbound]\ncaller_id = "+15551230000"\n[carrier]\nadapter = "sip"\n'
                f'[carrier.sip]\nproxy = "127.0.0.1:{free_udp_port()}"\n'
                f'domain = "sos.example.com"\nlocal_address = "127.0.0.1"\n'
                f'local_port = {free_udp_port()}\n[location]\nip_fallback = false\n')
        # From the profile folder: run from a checkout, ``-c`` and ``-m`` would import the
        # checkout's softphone (the current folder comes first), whichever tree was asked for.
        poller = subprocess.Popen([python, "-c", POLLER, folder], env=environment, text=True,
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=folder)
        assert poller.stdin is not None and poller.stdout is not None
        poller.stdout.readline()  # its imports done: polling starts with the instance
        started = time.perf_counter()
        process = subprocess.Popen([python, "-m", "softphone", "--profile", folder, "run"],
                                   env=environment, cwd=folder, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        poller.stdin.write("go\n")
        poller.stdin.flush()
        answered = float(poller.stdout.readline())
        poller.wait(timeout=30)
        subprocess.run([tree / ".venv" / "bin" / "softphone", "--profile", folder, "quit"],
                       env=environment, timeout=60, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:  # never leave it behind
            process.kill()
            process.wait()
        return answered - started


def floor(code: str, runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True,
                       env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        samples.append(time.perf_counter() - started)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--sip", action="store_true", help="the SIP carrier, bound to a port")
    parser.add_argument("--against", type=Path, metavar="PATH",
                        help="another checkout (with its .venv) to measure in the same run")
    args = parser.parse_args()
    trees = [HERE] + ([args.against.resolve()] if args.against else [])
    for tree in trees:  # warm-up: bytecode written, the disk cache filled
        one_start(tree, args.sip)
    python, qt = floor("pass", args.runs), floor("from PySide6 import QtWidgets", args.runs)
    samples: dict[Path, list[float]] = {tree: [] for tree in trees}
    for _ in range(args.runs):  # interleaved: the machine's load moves
        for tree in trees:
            samples[tree].append(one_start(tree, args.sip))
    python += floor("pass", args.runs)
    qt += floor("from PySide6 import QtWidgets", args.runs)
    qt_floor = statistics.median(qt)
    print(f"python -c pass: median {statistics.median(python) * 1000:.0f} ms; "
          f"python -c 'import PySide6.QtWidgets' (the floor): median {qt_floor * 1000:.0f} ms")
    for tree in trees:
        median = statistics.median(samples[tree])
        print(f"cold start to ready-to-dial{' (SIP port bound)' if args.sip else ''} "
              f"({tree.name}): median {median * 1000:.0f} ms, max "
              f"{max(samples[tree]) * 1000:.0f} ms over {args.runs} runs; x{median / qt_floor:.2f} "
              "the QtWidgets floor (target: within x2)")
    if args.against:
        ours, theirs = (statistics.median(samples[tree]) for tree in trees)
        print(f"ratio {HERE.name} / {trees[1].name}: {ours / theirs:.2f}")


if __name__ == "__main__":
    main()
