"""``python gated_instance.py ARGS``: the softphone's own command line (``softphone ARGS``) in a
process whose import of Qt a test controls, through the folder in ``SOFTPHONE_TEST_QT_GATE``:

* ``asked`` appears there when the process first imports PySide6;
* with ``broken`` there, that import fails, as with a damaged installation;
* otherwise it waits until ``open`` appears there.

So a test can prove that something (the INVITE of a click-to-dial) happened before Qt was
loaded, deterministically: with the gate shut, it happens or the test fails."""

from __future__ import annotations

import importlib.abc
import os
import sys
import time
from pathlib import Path


class Gate(importlib.abc.MetaPathFinder):
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def find_spec(self, name: str, path: object, target: object = None) -> None:
        if name == "PySide6":
            (self.folder / "asked").touch()
            if (self.folder / "broken").exists():
                raise ImportError("PySide6 could not be loaded (the test's damaged install)")
            while not (self.folder / "open").exists():
                time.sleep(0.01)
        return None  # the real finders load it


sys.meta_path.insert(0, Gate(Path(os.environ["SOFTPHONE_TEST_QT_GATE"])))

from softphone.cli import main  # noqa: E402  (after the gate)

raise SystemExit(main())
