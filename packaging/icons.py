"""Render the icon's PNG sizes from its SVG at build time, with Qt's own SVG renderer.

    .venv/bin/python packaging/icons.py OUTDIR      # OUTDIR/16x16/softphone.png ... 256x256

The PNGs are not committed: they are generated from the one drawing, so they cannot drift from
it, and Qt (already a dependency) renders them the same on every build machine.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 22, 24, 32, 48, 64, 128, 256)  # the freedesktop hicolor theme's usual sizes


def svg_icon() -> Path:
    return Path(__file__).resolve().parent.parent / "softphone" / "resources" / "icons" / "softphone.svg"


def render(svg: Path, out: Path, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    """Write ``out/NxN/softphone.png`` for each size; returns the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from softphone.qt import QtGui, QtSvg  # deferred: the environment must be set first

    _application = QtGui.QGuiApplication.instance() or QtGui.QGuiApplication([])  # for painting
    renderer = QtSvg.QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG file")
    written = []
    for size in sizes:
        image = QtGui.QImage(size, size, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)  # transparent
        painter = QtGui.QPainter(image)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out / f"{size}x{size}" / "softphone.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"could not write {target}")
        written.append(target)
    return written


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit("usage: python packaging/icons.py OUTDIR")
    for path in render(svg_icon(), Path(sys.argv[1])):
        print(path)


if __name__ == "__main__":
    main()
