"""Where the product's shipped files are: the top-level ``resources/`` folder.

In a checkout (the editable install the set-up script makes) it sits beside the package; in the
PyInstaller bundle it is unpacked next to the executable's modules.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
