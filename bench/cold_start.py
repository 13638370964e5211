"""Cold start to ready-to-dial: from starting the process to its control socket answering.

"Ready to dial" means the carrier started and the instance accepts commands (a CRM's
click-to-dial): a dial sent now goes out at once. Qt, the window, the audio devices and the
location sources follow, while the instance goes on answering; the second figure is the whole
start-up: until ``softphone status`` says ``started`` (the window built, the rest started),
asked every 10 ms from ready on, with the longest any of those answers took (what a dial sent
during the rest of the start-up would wait). A checkout from before ``started`` existed gives
only the first figure. Offscreen, on a fresh temporary profile each time, with the simulated
carrier, or the SIP carrier bound to a port with ``--sip``.

Beside it, measured in the same run with the same interpreter: ``python -c pass`` and the floor
of any Qt widgets app, ``python -c "import PySide6.QtWidgets"`` (target: within 2x of it);
each as wall time and as CPU time (the instance's threads up to its answer, from
``/proc/PID/task/*/schedstat``; the floor's whole process): on a machine busy with other work
the CPU time moves much less than the wall time.
``--against PATH`` measures another checkout (its ``.venv``), e.g. a worktree of an older
commit, interleaved with this one, and prints the ratio. Bytecode is cached as an installed
softphone's is (``PYTHONDONTWRITEBYTECODE`` is dropped for the processes measured).

    .venv/bin/python bench/cold_start.py [--runs 11] [--sip] [--against ../perf-base]
"""

from __future__ import annotations

import argparse
import math
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parents[1]

# Run by the measured checkout's own interpreter, so that each is asked through its own control
# channel; the clock (perf_counter, monotonic) is the machine's, shared by every process.
POLLER = """
import os, sys, time
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
pid = int(sys.stdin.readline())
while True:
    try:
        send(target, {"command": "status", "args": {}})
        break
    except ControlUnavailable:
        time.sleep(0.002)
answered = time.perf_counter()
cpu_ns = 0
for task in os.listdir(f"/proc/{pid}/task"):
    try:
        with open(f"/proc/{pid}/task/{task}/schedstat") as stat:
            cpu_ns += int(stat.read().split()[0])
    except (FileNotFoundError, ProcessLookupError):  # a thread that ended meanwhile
        pass
started, longest = "nan", 0.0
while True:
    asked = time.perf_counter()
    status = send(target, {"command": "status", "args": {}})["result"]
    took = time.perf_counter() - asked
    longest = max(longest, took)
    if "started" not in status:  # a checkout from before it was reported
        break
    if status["started"]:
        started = repr(time.perf_counter() - took / 2)
        break
    time.sleep(0.01)
print(answered, cpu_ns / 1e9, started, longest, flush=True)
"""


def free_udp_port() -> int:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Start(NamedTuple):
    ready: float  # seconds from starting the process to its first answer
    cpu: float  # CPU seconds its threads used until then
    started: float  # seconds to the whole start-up done (nan: not reported)
    longest: float  # the longest answer between the two, in seconds


def one_start(tree: Path, sip: bool, command: list[str] | None = None) -> Start:
    """One start of ``tree``'s ``python -m softphone run`` (or ``command``, e.g. a bundle's
    executable, with ``run``); a thread that ended before the first answer is not counted in
    its CPU time (none does here)."""
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
        process = subprocess.Popen([*(command or [python, "-m", "softphone"]), "--profile",
                                    folder, "run"],
                                   env=environment, cwd=folder, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        poller.stdin.write(f"{process.pid}\n")
        poller.stdin.flush()
        answered, cpu, started_at, longest = (
            float(word) for word in poller.stdout.readline().split())
        poller.wait(timeout=30)
        subprocess.run([tree / ".venv" / "bin" / "softphone", "--profile", folder, "quit"],
                       env=environment, timeout=60, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:  # never leave it behind
            process.kill()
            process.wait()
        return Start(answered - started, cpu, started_at - started, longest)


def floor(code: str, runs: int) -> list[tuple[float, float]]:
    """Wall and CPU seconds of ``python -c code``, ``runs`` times."""
    samples = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True,
                       env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        samples.append((wall, after.ru_utime + after.ru_stime
                        - before.ru_utime - before.ru_stime))
    return samples


def medians(samples: list[tuple[float, float]]) -> tuple[float, float]:
    return (statistics.median(wall for wall, _ in samples),
            statistics.median(cpu for _, cpu in samples))


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
    samples: dict[Path, list[Start]] = {tree: [] for tree in trees}
    for _ in range(args.runs):  # interleaved: the machine's load moves
        for tree in trees:
            samples[tree].append(one_start(tree, args.sip))
    python += floor("pass", args.runs)
    qt += floor("from PySide6 import QtWidgets", args.runs)
    (python_wall, python_cpu), (qt_wall, qt_cpu) = medians(python), medians(qt)
    print(f"python -c pass: median {python_wall * 1000:.0f} ms (CPU {python_cpu * 1000:.0f} ms); "
          f"python -c 'import PySide6.QtWidgets' (the floor): median {qt_wall * 1000:.0f} ms "
          f"(CPU {qt_cpu * 1000:.0f} ms)")
    for tree in trees:
        wall, cpu = medians([(start.ready, start.cpu) for start in samples[tree]])
        print(f"cold start to ready-to-dial{' (SIP port bound)' if args.sip else ''} "
              f"({tree.name}): median {wall * 1000:.0f} ms, max "
              f"{max(start.ready for start in samples[tree]) * 1000:.0f} ms over {args.runs} "
              f"runs; x{wall / qt_wall:.2f} the QtWidgets floor (target: within x2); CPU "
              f"{cpu * 1000:.0f} ms, x{cpu / qt_cpu:.2f} the floor's CPU")
        done = [start.started for start in samples[tree] if not math.isnan(start.started)]
        longest = [start.longest for start in samples[tree]]
        if done:
            print(f"  whole start-up (window built, 'started') ({tree.name}): median "
                  f"{statistics.median(done) * 1000:.0f} ms, max {max(done) * 1000:.0f} ms; "
                  f"x{statistics.median(done) / qt_wall:.2f} the QtWidgets floor; a request "
                  f"meanwhile waited at most {statistics.median(longest) * 1000:.0f} ms (median "
                  f"of each run's longest; max {max(longest) * 1000:.0f} ms)")
        else:
            print(f"  whole start-up ({tree.name}): not reported by this checkout")
    if args.against:
        (ours, ours_cpu), (theirs, theirs_cpu) = (
            medians([(start.ready, start.cpu) for start in samples[tree]]) for tree in trees)
        print(f"ratio {HERE.name} / {trees[1].name}: {ours / theirs:.2f} "
              f"(CPU {ours_cpu / theirs_cpu:.2f})")


if __name__ == "__main__":
    main()
