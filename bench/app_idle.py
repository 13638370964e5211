"""What the whole softphone costs while the agent waits: CPU, wake-ups, processes, memory.

Starts ``softphone run --hidden`` (offscreen, the simulated carrier) on a fresh profile that an
agent has settled: the address confirmed for this network, a callback pool, no IP lookups; waits
until it answers and has finished starting, lets it settle, then counts over ``--seconds``, for
the process and every process it started:

* CPU: user plus system time of the tree (helpers that ended included), as a share of one core;
* wake-ups: voluntary plus involuntary context switches of every thread, per second
  (``/proc/PID/task/*/status``), the busiest threads named;
* processes, threads, resident memory (RSS) and proportional memory (PSS, shared libraries
  divided among their users: what 30-60 agents on one server really add each).

Beside it, the same figures for baresip 1.0 idle on a loopback account, when installed (the
issue's reference), and ``--against PATH``: the same softphone measurement on another checkout
(its ``.venv``), e.g. a worktree of an older commit, in the same run. The sound system is the
one ``audio_idle.SoundSystem`` picks (the machine's, else a private PulseAudio null sink).
Target (issue 14): one process, under 2 wake-ups per second, under 0.1 % CPU, RSS under 120 MiB.
``--callback-mode`` measures the hour after an emergency call instead: 911 dialled and hung up
first, so the callback number's countdown runs (in the tray; the window is hidden).

    .venv/bin/python bench/app_idle.py [--seconds 30] [--callback-mode] [--against ../perf-base]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from audio_idle import SoundSystem, descendants, sample
from cli_dial import free_port

HERE = Path(__file__).resolve().parents[1]
SETTLE_S = 5.0

# Run with the measured checkout's interpreter: confirm an address for this network, as the
# agent does once, so that no prompt waits on screen.
CONFIRM_ADDRESS = """
import sys, time
from softphone.blocks.profile import Profile
from softphone.core.location import CivicAddress
from softphone.core.storage import Database
from softphone.location.confirmed_addresses import Confirmed, ConfirmedAddresses
from softphone.location.network import current_fingerprint
profile = Profile.resolve(sys.argv[1])
profile.ensure()
database = Database(profile.database)
ConfirmedAddresses(database).save(Confirmed(current_fingerprint(), CivicAddress(
    street="Main Street", house_number="1", floor_room="2", city="Springfield", region="IL",
    postcode="62701", country="US"), None, None, time.time()))
database.close()
"""


@dataclass
class Figures:
    label: str
    cpu_percent: float
    wakeups: float
    processes: int
    threads: int
    rss_mib: float
    pss_mib: float
    busiest: list[tuple[str, float]]


def pss_kib(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        with contextlib.suppress(FileNotFoundError, ProcessLookupError, PermissionError):
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
    return total


def measure(label: str, root: int, seconds: float) -> Figures:
    before = sample(root)
    time.sleep(seconds)
    after = sample(root)
    pss = pss_kib(descendants(root))
    rates = {name: (after.switches[name] - before.switches.get(name, 0)) / seconds
             for name in after.switches}
    busiest = sorted(((name, rate) for name, rate in rates.items() if rate > 0),
                     key=lambda item: -item[1])[:5]
    return Figures(label, 100 * (after.cpu_seconds - before.cpu_seconds) / seconds,
                   sum(rates.values()), after.processes, after.threads, after.rss_kib / 1024,
                   pss / 1024, busiest)


def softphone_idle(tree: Path, seconds: float, environment: dict[str, str],
                   callback_mode: bool = False) -> Figures:
    python, softphone = tree / ".venv" / "bin" / "python", tree / ".venv" / "bin" / "softphone"
    with tempfile.TemporaryDirectory() as folder, tempfile.TemporaryDirectory() as run:
        os.chmod(run, 0o700)
        env = dict(environment, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=run,
                   SOFTPHONE_FLEET_SETTINGS=os.path.join(folder, "no-fleet.toml"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode cached, as installed
        Path(folder, "settings.toml").write_text(
            '[outbound]\ncaller_id = "+15551230000"\n[callback]\npool = ["+15551230001"]\n'
            '[location]\nip_fallback = false\n[carrier.simulated]\nspeak_greeting = false\n')
        subprocess.run([python, "-c", CONFIRM_ADDRESS, folder],
                       env=env, check=True, cwd=folder)
        instance = subprocess.Popen([softphone, "--profile", folder, "run", "--hidden"],
                                    env=env, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 60
            while not started(softphone, folder, env):
                if time.monotonic() > deadline or instance.poll() is not None:
                    raise SystemExit(f"the softphone of {tree} did not start")
                time.sleep(0.2)
            time.sleep(SETTLE_S)  # the rest of the start-up, the first device listing
            if callback_mode:
                for command in ("dial", "911"), ("hangup",):
                    subprocess.run([softphone, "--profile", folder, *command], env=env,
                                   check=True, stdout=subprocess.DEVNULL, timeout=60)
                time.sleep(SETTLE_S)  # the emergency view closing, the lease announced
            return measure(f"softphone ({tree.name})", instance.pid, seconds)
        finally:
            subprocess.run([softphone, "--profile", folder, "quit"], env=env, timeout=60,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                instance.wait(timeout=30)
            except subprocess.TimeoutExpired:
                instance.kill()


def started(softphone: Path, folder: str, env: dict[str, str]) -> bool:
    """Whether the instance answers and has finished starting (the window built: it answers
    before; a checkout from before ``started`` was reported counts as started once it
    answers)."""
    done = subprocess.run([softphone, "--profile", folder, "status", "--json"], env=env,
                          capture_output=True, text=True)
    return done.returncode == 0 and json.loads(done.stdout).get("started", True)


def baresip_idle(seconds: float) -> Figures | None:
    if shutil.which("baresip") is None:
        return None
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "config").write_text(
            f"poll_method epoll\nsip_listen 127.0.0.1:{free_port()}\n"
            "module_path /usr/lib/baresip/modules\nmodule g711.so\nmodule alsa.so\n"
            "module_tmp account.so\nmodule_app menu.so\naudio_source alsa,null\n"
            "audio_player alsa,null\naudio_alert alsa,null\n")
        Path(folder, "accounts").write_text("<sip:bench@127.0.0.1>;regint=0\n")
        Path(folder, "contacts").write_text("")
        process = subprocess.Popen(["baresip", "-f", folder], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, stdin=subprocess.PIPE)
        try:
            time.sleep(SETTLE_S)
            if process.poll() is not None:
                return None
            return measure("baresip 1.0", process.pid, seconds)
        finally:
            process.terminate()
            process.wait(timeout=10)


def report(figures: Figures) -> None:
    print(f"{figures.label:<28} {figures.cpu_percent:7.3f} {figures.wakeups:9.2f} "
          f"{figures.processes:9d} {figures.threads:8d} {figures.rss_mib:8.1f} "
          f"{figures.pss_mib:8.1f}")
    for name, rate in figures.busiest:
        print(f"{'':<30}{rate:6.2f}/s  {name}")


def ratio(ours: float, theirs: float) -> str:
    return f"{ours / theirs:.2f}" if theirs else "n/a"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--against", type=Path, metavar="PATH",
                        help="another checkout (with its .venv) to measure in the same run")
    parser.add_argument("--callback-mode", action="store_true",
                        help="after an emergency call: the callback countdown running")
    args = parser.parse_args()
    with SoundSystem() as sound:
        print(f"Idle for {args.seconds:g} s after start-up"
              f"{' in callback mode' if args.callback_mode else ''}, offscreen, "
              f"sound: {sound.name}")
        print(f"{'':<28} {'CPU %':>7} {'wakeup/s':>9} {'processes':>9} {'threads':>8} "
              f"{'RSS MiB':>8} {'PSS MiB':>8}")
        ours = softphone_idle(HERE, args.seconds, sound.environment, args.callback_mode)
        report(ours)
        if args.against is not None:
            theirs = softphone_idle(args.against.resolve(), args.seconds, sound.environment,
                                    args.callback_mode)
            report(theirs)
            print(f"ratio (this / that): CPU {ratio(ours.cpu_percent, theirs.cpu_percent)}, "
                  f"wake-ups {ratio(ours.wakeups, theirs.wakeups)}, "
                  f"RSS {ratio(ours.rss_mib, theirs.rss_mib)}, "
                  f"PSS {ratio(ours.pss_mib, theirs.pss_mib)}")
        baresip = baresip_idle(args.seconds)
        if baresip is None:
            print("baresip: not installed (apt install baresip) or did not start; no figure")
        else:
            report(baresip)
    print("Target (issue 14): one process, under 2 wake-ups/s, under 0.1 % CPU, RSS under "
          "120 MiB.")


if __name__ == "__main__":
    main()
