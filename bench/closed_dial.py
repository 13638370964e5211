"""Click-to-dial with the softphone closed: ``softphone dial 911`` started → the INVITE on the wire.

A CRM's tel: link clicked while no softphone runs: the command line starts the instance and
hands it the request, and the instance places the call before it loads what the call does not
need (Qt and the window, the audio devices, the location sources, the tray). Each run starts
from nothing on a fresh temporary profile (SIP carrier, offscreen) against a UDP socket playing
the proxy (``cli_dial.Proxy``: it refuses each INVITE with 503); the instance is told to quit
and waited for before the next run.

Beside it, the floors, measured in the same run with the same interpreter: ``python -c pass``
and ``python -c "import PySide6.QtWidgets"`` (a process that merely loads Qt's widgets).
``--against PATH`` runs the same on another checkout (its ``.venv``), e.g. a worktree of an
older commit, and prints the ratio. Target (issue 14): under 300 ms median.

Bytecode is cached as an installed softphone's is (``PYTHONDONTWRITEBYTECODE`` is dropped for
the processes measured): compiling every module at each start is not what agents run.

    .venv/bin/python bench/closed_dial.py [--runs 15] [--against ../perf-base]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from cli_dial import Proxy, free_port, summary
from cold_start import floor

HERE = Path(__file__).resolve().parents[1]
WAIT_S = 30.0


def environment(run: str, folder: str) -> dict[str, str]:
    found = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=run,
                 SOFTPHONE_FLEET_SETTINGS=os.path.join(folder, "no-fleet.toml"))
    found.pop("PYTHONDONTWRITEBYTECODE", None)
    return found


def sip_profile(folder: str, proxy_port: int) -> None:
    """Settings of a SIP softphone sending to ``proxy_port`` on this machine, no IP lookups."""
    Path(folder, "settings.toml").write_text(
        '[outbound]\ncaller_id = "+15551230000"\n[callback]\npool = ["+15551230001"]\n'
        '[carrier]\nadapter = "sip"\n[carrier.sip]\n'
        f'proxy = "127.0.0.1:{proxy_port}"\ndomain = "sos.example.com"\n'
        f'local_address = "127.0.0.1"\nlocal_port = {free_port()}\n'
        'trusted_peers = ["127.0.0.1"]\n[location]\nip_fallback = false\n')


def one_dial(tree: Path, proxy: Proxy) -> float | None:
    """Seconds from starting ``softphone dial 911`` with nothing running to the INVITE; None
    (and why, on stderr) when none came."""
    softphone = tree / ".venv" / "bin" / "softphone"
    with tempfile.TemporaryDirectory() as folder, tempfile.TemporaryDirectory() as run:
        os.chmod(run, 0o700)
        sip_profile(folder, proxy.port)
        env = environment(run, folder)
        started = time.perf_counter()
        dial = subprocess.Popen([softphone, "--profile", folder, "dial", "911"], env=env,
                                cwd=folder,  # as a CRM runs it: never from inside a checkout
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            if not proxy.arrived.acquire(timeout=WAIT_S):  # a loaded machine: give it time
                print(f"no INVITE from {tree.name} within {WAIT_S:.0f} s: "
                      f"{dial.communicate(timeout=WAIT_S)[1].strip()}", file=sys.stderr)
                return None
            arrived = proxy.arrivals[-1]
            dial.communicate(timeout=WAIT_S)
        finally:
            stop(softphone, folder, env)
        return arrived - started


def stop(softphone: Path, folder: str, env: dict[str, str]) -> None:
    """Hang up and quit the instance the dial started (quit is refused while the emergency
    call is still up); one that will not go is ended by its process id."""
    deadline = time.monotonic() + WAIT_S
    try:
        while time.monotonic() < deadline:
            for command in ("hangup", "quit"):
                done = subprocess.run([softphone, "--profile", folder, command], env=env,
                                      cwd=folder, timeout=10, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL)
            if done.returncode == 0:
                return
            time.sleep(0.2)
    except subprocess.TimeoutExpired:
        pass
    for pid in instance_pids(folder):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


def instance_pids(folder: str) -> list[int]:
    """The processes started on this run's own temporary profile folder."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if folder.encode() in (entry / "cmdline").read_bytes().split(b"\0"):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def walls(code: str, runs: int) -> list[float]:
    """Wall seconds of ``python -c code``, ``runs`` times (the floor)."""
    return [wall for wall, _cpu in floor(code, runs)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--against", type=Path, metavar="PATH",
                        help="another checkout (with its .venv) to measure in the same run")
    args = parser.parse_args()
    proxy = Proxy()
    trees = [HERE] + ([args.against.resolve()] if args.against else [])
    for tree in trees:  # warm-up: bytecode written, the disk cache filled
        one_dial(tree, proxy)
    samples: dict[Path, list[float]] = {tree: [] for tree in trees}
    python, qt = walls("pass", args.runs), walls("import PySide6.QtWidgets", args.runs)
    failed: dict[Path, int] = {tree: 0 for tree in trees}
    for _ in range(args.runs):  # interleaved: the machine's load moves
        for tree in trees:
            sample = one_dial(tree, proxy)
            if sample is None:
                failed[tree] += 1
            else:
                samples[tree].append(sample)
    python += walls("pass", args.runs)
    qt += walls("import PySide6.QtWidgets", args.runs)
    python_floor, qt_floor = statistics.median(python), statistics.median(qt)
    print(f"load average {' '.join(f'{load:.2f}' for load in os.getloadavg())} on "
          f"{os.cpu_count()} CPUs")
    print(summary("python -c pass                        ", python))
    print(summary("python -c 'import PySide6.QtWidgets'  ", qt))
    for tree in trees:
        if failed[tree]:
            print(f"closed softphone ({tree.name}): {failed[tree]} of {args.runs} dials sent no "
                  f"INVITE within {WAIT_S:.0f} s")
        if not samples[tree]:
            return
        print(summary(f"closed softphone: dial 911→INVITE ({tree.name})", samples[tree])
              + f"  x{statistics.median(samples[tree]) / qt_floor:.2f} the QtWidgets floor, "
              f"x{statistics.median(samples[tree]) / python_floor:.1f} python -c pass")
    if args.against:
        ours, theirs = (statistics.median(samples[tree]) for tree in trees)
        print(f"ratio {HERE.name} / {trees[1].name}: {ours / theirs:.2f}")
    print("target (issue 14): under 300 ms median")


if __name__ == "__main__":
    main()
