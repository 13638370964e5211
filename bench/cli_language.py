"""What speaking the agent's language costs the command line, and naming a country.

1. ``softphone status`` with no instance running (its human answer: a line on stdout and a
   sentence on stderr) as a new process, in each language, beside ``python -c pass``: English
   loads no translations; another language reads the ``ui.language`` setting and the compiled
   translations (``blocks.qm``). ``--against PATH`` adds another checkout's English figure (with
   its ``.venv``), e.g. main before the command line was translated, measured in the same run,
   the processes of each round interleaved so that the machine's load falls on all alike.
2. Naming a country in a fresh process: one of the five supported countries (the softphone's own
   translations) and, the first time, any other (CLDR through Babel: the import and one
   language's names), per language.

    .venv/bin/python bench/cli_language.py [--runs 30] [--against ../lead]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LANGUAGES = ("en_US", "da_DK", "fr_CA", "es_PR")
NAMING = """
import sys, time
from softphone.blocks import text
from softphone.blocks.languages import load_catalogue
from softphone.blocks.country_names import country_name
if sys.argv[1] != "en_US":
    text.install(load_catalogue(sys.argv[1]))
start = time.perf_counter()
country_name("DK")
supported = time.perf_counter()
country_name("SE")
first = time.perf_counter()
country_name("DE")
again = time.perf_counter()
print(f"{(supported - start) * 1e3} {(first - supported) * 1e3} {(again - first) * 1e3}")
"""


def median(samples: list[float]) -> str:
    return f"median {statistics.median(samples):5.1f} ms, min {min(samples):5.1f} ms"


def elapsed_ms(command: list[str], environment: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=environment, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, cwd=tempfile.gettempdir())
    return (time.perf_counter() - start) * 1e3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--against", type=Path, help="another checkout with its own .venv")
    options = parser.parse_args()
    base = {name: value for name, value in os.environ.items()
            if name not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "PYTHONPATH")}
    with tempfile.TemporaryDirectory() as folder:
        profile = str(Path(folder) / "profile")
        commands: dict[str, tuple[list[str], dict[str, str]]] = {
            "python -c pass": ([sys.executable, "-c", "pass"], base)}
        for code in LANGUAGES:
            commands[f"softphone status, {code}"] = (
                [sys.executable, "-m", "softphone", "--profile", profile, "status"],
                {**base, "LANG": f"{code}.UTF-8"})
        if options.against is not None:
            other = options.against.resolve()
            commands["other checkout's status, en_US"] = (
                [str(other / ".venv" / "bin" / "python"), "-m", "softphone", "--profile",
                 profile, "status"], {**base, "LANG": "en_US.UTF-8"})
        samples: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(options.runs):
            for name, (command, environment) in commands.items():
                samples[name].append(elapsed_ms(command, environment))
    floor = statistics.median(samples["python -c pass"])
    english = statistics.median(samples["softphone status, en_US"])
    print(f"new process, {options.runs} rounds interleaved:")
    for name, values in samples.items():
        ratio = statistics.median(values) / floor
        extra = ("" if name == "python -c pass" else
                 f"  (x{ratio:.2f} python -c pass, x{statistics.median(values) / english:.2f} "
                 "English)")
        print(f"  {name:32}: {median(values)}{extra}")
    print("naming a country in a fresh process (first use):")
    for code in LANGUAGES:
        figures = [json.loads("[" + ",".join(subprocess.run(
            [sys.executable, "-c", NAMING, code], capture_output=True, text=True, check=True,
            cwd=tempfile.gettempdir()).stdout.split()) + "]") for _ in range(5)]
        supported, first, again = (statistics.median(column) for column in zip(*figures,
                                                                               strict=True))
        print(f"  {code}: supported (own translations) {supported:6.2f} ms; another, first time "
              f"(CLDR via Babel) {first:6.1f} ms; then {again:5.2f} ms")


if __name__ == "__main__":
    main()
