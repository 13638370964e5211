"""Where the product's shipped files are: ``softphone/resources/``, package data of ``softphone``.

Found the same way everywhere, beside the package's own modules: in a checkout (the editable
install the set-up script makes), in a wheel installed with pip or pipx (``pyproject.toml``
lists the folder as package data), and in the PyInstaller bundle (the spec copies it to
``softphone/resources`` beside the frozen modules, whose ``__file__`` points there).
"""

from __future__ import annotations

from pathlib import Path


def resources_dir() -> Path:
    return Path(__file__).resolve().parents[1] / "resources"
