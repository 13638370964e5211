"""The PyInstaller bundle next to the source install: cold start, bundle size, .deb size.

Both are started alternately in one run on the same machine (offscreen, a fresh temporary
profile each time), from process start to the control socket answering ("ready to dial", as in
bench/cold_start.py).

    .venv/bin/python packaging/build_packages.py all          # or: sh packaging/dev.sh package
    .venv/bin/python bench/bundle_start.py [--build-dir build] [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cold_start import one_start  # noqa: E402  (bench/cold_start.py)

ROOT = Path(__file__).resolve().parent.parent


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*")
               if path.is_file() and not path.is_symlink())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--build-dir", type=Path, default=ROOT / "build")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    app = args.build_dir / "dist" / "softphone"
    binary = app / "softphone"
    if not binary.is_file():
        raise SystemExit(f"No bundle at {binary}: build it first with "
                         "`.venv/bin/python packaging/build_packages.py all`.")
    one_start(ROOT, False)  # warm the disk cache for both, so neither pays the first read
    one_start(ROOT, False, [str(binary)])
    source, bundle = [], []
    for _ in range(args.runs):
        source.append(one_start(ROOT, False)[0])
        bundle.append(one_start(ROOT, False, [str(binary)])[0])
    print(f"bundle folder: {folder_size(app) / 1e6:.0f} MB ({app})")
    for deb in sorted(args.build_dir.glob("softphone_*.deb")):
        print(f".deb: {deb.stat().st_size / 1e6:.0f} MB ({deb.name})")
    source_median, bundle_median = statistics.median(source), statistics.median(bundle)
    print(f"cold start to ready-to-dial over {args.runs} alternating runs:")
    print(f"  source install (python -m softphone): median {source_median:.3f} s, "
          f"max {max(source):.3f} s")
    print(f"  PyInstaller bundle:                   median {bundle_median:.3f} s, "
          f"max {max(bundle):.3f} s (ratio {bundle_median / source_median:.2f}x)")


if __name__ == "__main__":
    main()
