"""Run an in-process benchmark on this checkout and another, alternating, and print each
figure's median and p99 beside the other's.

A figure of a millisecond or two moves by tens of percent with the load of a shared 2-core
machine: two runs one after the other compare the load as much as the code. Here each round
runs one process per checkout, in turn, and the samples of all rounds are pooled per checkout,
so both see the same spread of load.

The benchmark script is this checkout's, run by the other checkout's interpreter (its
``.venv``, whose editable install is that checkout's package) from a neutral folder, with
``--worker``: it then prints its samples as one JSON object (figure name → seconds) on the last
line of its output. The app's API the benches use has not changed since 9b55653.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent

Samples = dict[str, list[float]]


def summary(samples: list[float]) -> str:
    ms = sorted(sample * 1000 for sample in samples)
    p99 = ms[min(len(ms) - 1, round(0.99 * len(ms)) - 1)]
    return f"median {statistics.median(ms):.3f} ms, p99 {p99:.3f} ms, max {ms[-1]:.3f} ms over {len(ms)}"


def worker(tree: Path, script: Path, arguments: list[str]) -> Samples:
    """One run of ``script --worker`` with ``tree``'s interpreter and package."""
    python = tree / ".venv" / "bin" / "python"
    if not python.exists():
        sys.exit(f"{python} is missing: run `sh packaging/dev.sh test --co -q` in {tree} first")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as neutral:  # python looks in the current folder first
        done = subprocess.run([str(python), str(script), "--worker", *arguments], cwd=neutral,
                              env=env, capture_output=True, text=True, check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        sys.exit(f"the run on {tree} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    result: Samples = json.loads(lines[-1])
    return result


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``--against`` and ``--rounds`` for the one who runs the bench, ``--worker`` for
    ``worker``."""
    parser.add_argument("--against", type=Path, metavar="PATH", action="append", default=[],
                        help="another checkout (with its .venv) to measure in the same run; "
                             "may be repeated")
    parser.add_argument("--rounds", type=int, default=4,
                        help="with --against: alternating runs per checkout")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)


def compare(script: Path, against: list[Path], rounds: int, arguments: list[str],
            references: dict[str, str]) -> None:
    """Alternate ``rounds`` runs per checkout (this one and each of ``against``); print every
    figure (with its reference) per checkout and the ratio of this one's median to each other's."""
    trees = [HERE, *(tree.resolve() for tree in against)]
    pooled: dict[Path, Samples] = {tree: {} for tree in trees}
    for index in range(rounds):
        for tree in trees if index % 2 == 0 else trees[::-1]:  # none always goes first
            for name, values in worker(tree, script, arguments).items():
                pooled[tree].setdefault(name, []).extend(values)
    load = os.getloadavg()
    print(f"{rounds} round(s) per checkout, alternating; load average {load[0]:.2f} "
          f"{load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} CPUs")
    for name, reference in references.items():
        print(f"{name} (reference: {reference})")
        for tree in trees:
            print(f"  {tree.name:>12s}: {summary(pooled[tree][name])}")
        ours = statistics.median(pooled[HERE][name])
        for tree in trees[1:]:
            print(f"  ratio {HERE.name} / {tree.name}: x{ours / statistics.median(pooled[tree][name]):.2f}")


def emit(samples: Samples) -> None:
    """The worker's answer: its samples, on the last line of its output."""
    print(json.dumps(samples), flush=True)
