"""What the audio engine costs while nothing happens: wake-ups per second, CPU, processes, memory.

Starts the engine alone in a fresh interpreter (as the app builds it, on a temporary profile),
waits until it has listed the devices and settled, then counts over ``--seconds``, for that
process and every process it started:

* wake-ups: voluntary plus involuntary context switches of every thread
  (``/proc/PID/task/*/status``), per second, each thread named;
* CPU: user plus system time, including helper processes that ended meanwhile, as a share of
  one core;
* processes, threads and resident memory at the end.

``--against PATH`` runs the same measurement on another checkout (e.g. a worktree of an older
commit) in the same run and prints the ratio. The sound system is the machine's own PulseAudio
or PipeWire when one answers; otherwise a private PulseAudio with a null sink (as the tests
use) when ``pulseaudio`` is installed, else none. Target (issue 14, the whole app idle): under
2 wake-ups per second, under 0.1 % CPU, one process.

    .venv/bin/python bench/audio_idle.py [--seconds 20] [--against ../softphone-old]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
TICKS = os.sysconf("SC_CLK_TCK")

ENGINE_ALONE = """
import inspect, sys, tempfile, time
from pathlib import Path
from softphone.audio.engine import Engine
from softphone.settings.store import Settings

settings = Settings(Path(tempfile.mkdtemp(prefix="audio-idle-")) / "settings.toml")
if "post" in inspect.signature(Engine).parameters:
    engine = Engine(settings, lambda event: event())  # events on the engine's own thread
else:
    engine = Engine(settings)  # before the engine took ``post``
engine.start()
deadline = time.monotonic() + 60
while not engine.state.loaded and time.monotonic() < deadline:
    time.sleep(0.05)
print("ready", len(engine.state.snapshot.devices), flush=True)
sys.stdin.read()  # idle until the bench closes our standard input
engine.close()
"""


@dataclass
class Sample:
    switches: Counter[str]  # thread name -> context switches so far
    cpu_seconds: float
    processes: int
    threads: int
    rss_kib: int


def descendants(root: int) -> list[int]:
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (FileNotFoundError, ProcessLookupError):
                continue
            parents.setdefault(parent, []).append(int(entry.name))
    found, queue = [], [root]
    while queue:
        pid = queue.pop()
        found.append(pid)
        queue.extend(parents.get(pid, []))
    return found


def sample(root: int) -> Sample:
    switches: Counter[str] = Counter()
    cpu = 0.0
    threads = rss = processes = 0
    for pid in descendants(root):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            ticks = int(fields[11]) + int(fields[12])
            if pid == root:
                ticks += int(fields[13]) + int(fields[14])  # helpers that ended and were reaped
            cpu += ticks / TICKS
            rss += int(fields[21]) * os.sysconf("SC_PAGE_SIZE") // 1024
            processes += 1
            for task in Path(f"/proc/{pid}/task").iterdir():
                status = dict(line.split(":", 1) for line in
                              (task / "status").read_text().splitlines() if ":" in line)
                name = f"{pid}/{status['Name'].strip()}"
                switches[name] += (int(status["voluntary_ctxt_switches"])
                                   + int(status["nonvoluntary_ctxt_switches"]))
                threads += 1
        except (FileNotFoundError, ProcessLookupError):
            continue
    return Sample(switches, cpu, processes, threads, rss)


@dataclass
class Result:
    wakeups: float
    cpu_percent: float
    processes: int
    threads: int
    rss_mib: float
    devices: int
    busiest: list[tuple[str, float]]


def measure(tree: Path, seconds: float, environment: dict[str, str]) -> Result:
    engine = subprocess.Popen([sys.executable, "-c", ENGINE_ALONE], cwd=tree, text=True,
                              env=dict(environment, PYTHONPATH=str(tree)),
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL)
    try:
        assert engine.stdout is not None and engine.stdin is not None
        ready = engine.stdout.readline().split()
        if not ready:
            raise SystemExit(f"the engine of {tree} did not start")
        time.sleep(3.0)  # let start-up work (first listings, the first connection) finish
        before = sample(engine.pid)
        time.sleep(seconds)
        after = sample(engine.pid)
    finally:
        if engine.stdin is not None:
            engine.stdin.close()
        try:
            engine.wait(timeout=30)
        except subprocess.TimeoutExpired:
            engine.kill()
    per_thread = {name: (after.switches[name] - before.switches.get(name, 0)) / seconds
                  for name in after.switches}
    busiest = sorted(((name, rate) for name, rate in per_thread.items() if rate > 0),
                     key=lambda item: -item[1])[:5]
    return Result(sum(per_thread.values()), 100 * (after.cpu_seconds - before.cpu_seconds)
                  / seconds, after.processes, after.threads, after.rss_kib / 1024,
                  int(ready[1]), busiest)


class SoundSystem:
    """The machine's sound server when one answers, else a private PulseAudio with a null sink."""

    def __init__(self) -> None:
        self.folder: Path | None = None
        self.environment = dict(os.environ)
        self.name = "none"

    def __enter__(self) -> SoundSystem:
        if shutil.which("pactl") and subprocess.run(["pactl", "info"], capture_output=True,
                                                    timeout=10).returncode == 0:
            self.name = "this machine's sound server"
        elif shutil.which("pulseaudio"):
            self._start_private()
        return self

    def _start_private(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="audio-idle-pulse-"))
        runtime = self.folder / "runtime"
        runtime.mkdir(mode=0o700)
        daemon = dict(os.environ, HOME=str(self.folder), XDG_RUNTIME_DIR=str(runtime))
        subprocess.run(["pulseaudio", "-D", "--exit-idle-time=-1", "--system=false", "-n",
                        "--load=module-native-protocol-unix auth-anonymous=1",
                        "--load=module-null-sink sink_name=vsink rate=48000",
                        "--load=module-always-sink"], env=daemon, check=True,
                       stderr=subprocess.DEVNULL, timeout=30)
        socket = runtime / "pulse" / "native"
        deadline = time.monotonic() + 10
        while not socket.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        self.environment["PULSE_SERVER"] = f"unix:{socket}"
        self.name = "a private PulseAudio with a null sink"

    def __exit__(self, *_exc: object) -> None:
        if self.folder is None:
            return
        pid_file = self.folder / "runtime" / "pulse" / "pid"
        if pid_file.exists():
            with contextlib.suppress(ProcessLookupError, ValueError):
                os.kill(int(pid_file.read_text().split()[0]), 15)
        shutil.rmtree(self.folder, ignore_errors=True)


def report(label: str, result: Result) -> None:
    print(f"{label:<28} {result.wakeups:8.2f} {result.cpu_percent:8.3f} {result.processes:9d} "
          f"{result.threads:8d} {result.rss_mib:8.1f} {result.devices:8d}")
    for name, rate in result.busiest:
        print(f"{'':<30}{rate:6.2f}/s  {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--against", type=Path, metavar="PATH",
                        help="another checkout to measure in the same run (e.g. an older commit)")
    args = parser.parse_args()
    with SoundSystem() as sound:
        print(f"Audio engine alone, idle for {args.seconds:g} s, on {sound.name}")
        print(f"{'':<28} {'wakeup/s':>8} {'CPU %':>8} {'processes':>9} {'threads':>8} "
              f"{'RSS MiB':>8} {'devices':>8}")
        ours = measure(HERE, args.seconds, sound.environment)
        report("this checkout", ours)
        if args.against is not None:
            theirs = measure(args.against.resolve(), args.seconds, sound.environment)
            report(str(args.against), theirs)
            print(f"ratio (this / that): wake-ups {ratio(ours.wakeups, theirs.wakeups)}, "
                  f"CPU {ratio(ours.cpu_percent, theirs.cpu_percent)}, "
                  f"RSS {ratio(ours.rss_mib, theirs.rss_mib)}")
    print("Target (issue 14, whole app idle): under 2 wake-ups/s, under 0.1 % CPU, one process.")


def ratio(ours: float, theirs: float) -> str:
    return f"{ours / theirs:.3f}" if theirs else "n/a"


if __name__ == "__main__":
    main()
