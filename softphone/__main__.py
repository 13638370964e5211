"""``python -m softphone``, and the entry point of the PyInstaller bundle.

A frozen bundle has no Python interpreter to run the app's helper processes with (the audio
engine lists devices through ``<executable> -m softphone.audio.probe``), so the bundle's
executable runs ``-m softphone.<module>`` itself, as ``python -m`` would.
"""

import runpy
import sys

if getattr(sys, "frozen", False) and sys.argv[1:2] == ["-m"] and len(sys.argv) > 2:
    module = sys.argv[2]
    if module != "softphone" and not module.startswith("softphone."):
        raise SystemExit(f"{sys.argv[0]} -m runs only the softphone's own modules, not {module}.")
    sys.argv = [sys.argv[0], *sys.argv[3:]]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
    raise SystemExit(0)

from softphone.cli import main  # noqa: E402  (after the helper-process dispatch)

raise SystemExit(main())
