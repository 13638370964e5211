"""Offline country decision: time of one decision and what the boundary data costs in memory.

Run: .venv/bin/python bench/location_country.py
Prints the load time, the median and p99 of one decision (target: median under 1 ms) over
border and coastal places and over random points, and the resident memory the data adds on top
of numpy (which the app loads anyway for audio).
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

import numpy  # noqa: F401  # loaded first: the app already has it, so it is not the data's cost

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from softphone.location.countries import CountryLocator  # noqa: E402

PLACES = [(55.6050, 13.0038), (55.6761, 12.5683), (42.3149, -83.0364), (42.3314, -83.0458),
          (18.4655, -66.1057), (18.3419, -64.9307), (36.1408, -5.3536), (54.9966, -7.3086),
          (32.5149, -117.0382), (54.8260, 9.3600), (44.9400, -66.9400), (48.9850, -123.0640)]


def resident_mb() -> float:
    """Resident set size, including the boundary files' pages mapped in so far."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4096 / 1e6


def timed(locator: CountryLocator, points: list[tuple[float, float]]) -> list[float]:
    times = []
    for latitude, longitude in points:
        start = time.perf_counter()
        locator.country_at(latitude, longitude)
        times.append(time.perf_counter() - start)
    return times


def report(name: str, times: list[float]) -> None:
    ordered = sorted(times)
    p99 = ordered[int(len(ordered) * 0.99) - 1]
    print(f"{name:34s} median {statistics.median(times) * 1e6:7.1f} µs   "
          f"p99 {p99 * 1e6:7.1f} µs   max {ordered[-1] * 1e6:8.1f} µs   (n={len(times)})")


def main() -> None:
    before = resident_mb()
    locator = CountryLocator()
    start = time.perf_counter()
    locator.load()
    load_s = time.perf_counter() - start
    loaded = resident_mb()
    first = timed(locator, PLACES[:1])[0]
    generator = random.Random(7)
    random_points = [(generator.uniform(-60, 75), generator.uniform(-180, 180))
                     for _ in range(20_000)]
    land_times = timed(locator, PLACES * 500)
    after_places = resident_mb()
    random_times = timed(locator, random_points)
    after = resident_mb()
    print(f"load (imports + opening the data)  {load_s * 1e3:7.1f} ms, first decision "
          f"{first * 1e6:.0f} µs")
    report("border and coastal places", land_times)
    report("random points worldwide", random_times)
    print(f"resident memory: +{loaded - before:.1f} MB after loading, "
          f"+{after_places - before:.1f} MB after deciding at {len(PLACES)} places, "
          f"+{after - before:.1f} MB after {len(random_times)} random points worldwide")
    print("  (beyond the loading cost these are boundary-file pages mapped in on use: shared, "
          "clean page cache the system can drop, not heap)")
    target = statistics.median(land_times + random_times) < 1e-3
    print(f"target median < 1 ms: {'met' if target else 'MISSED'}")


if __name__ == "__main__":
    main()
