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
from importlib.machinery import ModuleSpec, PathFinder
from pathlib import Path
from types import ModuleType


class Gate(importlib.abc.MetaPathFinder):
    """Finds PySide6 as the interpreter would and holds its loading back. It waits in the
    loader, not here: the interpreter holds its global import lock while it asks a finder,
    and waiting with it would hold back every import of every thread (the carrier's too)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def find_spec(self, name: str, path: object, target: object = None) -> ModuleSpec | None:
        if name != "PySide6":
            return None
        (self.folder / "asked").touch()
        if (self.folder / "broken").exists():
            raise ImportError("PySide6 could not be loaded (the test's damaged install)")
        spec = PathFinder.find_spec(name)
        if spec is not None and spec.loader is not None:
            spec.loader = GatedLoader(spec.loader, self.folder)
        return spec


class GatedLoader(importlib.abc.Loader):
    def __init__(self, loader: importlib.abc.Loader, folder: Path) -> None:
        self.loader = loader
        self.folder = folder

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return self.loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        while not (self.folder / "open").exists():
            time.sleep(0.01)
        self.loader.exec_module(module)


sys.meta_path.insert(0, Gate(Path(os.environ["SOFTPHONE_TEST_QT_GATE"])))

from softphone.cli import main  # noqa: E402  (after the gate)

raise SystemExit(main())
