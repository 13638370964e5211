"""What an instance's start does without: the plain-Python parts (``softphone.parts``, all a
click-to-dial needs before its INVITE) import no module that only later work uses. Each
entry is a saving of issue 14 that one top-level import would quietly undo; the module is
imported where it is first used, off the dial path (the audio engine's worker, a drill, a
settings key or placeholder that does not exist), never by the call."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

# Imported when first needed, not by the start; why each waits.
DEFERRED = {
    "PySide6": "the window, after the call (softphone.early)",
    "softphone.audio.hotplug": "the audio engine's worker opens the sound server's events",
    "softphone.audio.policy": "the audio engine's worker chooses the devices",
    "ctypes": "the sound server's events and the probe process",
    "softphone.carriers.simulated": "a drill, on the simulated carrier only",
    "wave": "a drill's spoken prompts",
    "platformdirs": "nothing: blocks.profile_folder names the platform's folders",
    "difflib": "a settings key or a placeholder that does not exist",
}

BUILD = """
import json, sys
from softphone.blocks.profile import Profile
from softphone.early import EarlyLoop
from softphone.parts import Parts

loop = EarlyLoop()
parts = Parts(Profile.resolve(sys.argv[1]), loop.post, loop, networks=tuple,
              configure_logging=False)
parts.build()
undocumented = sorted(  # dataclasses' own docstring: the class's signature, made at import
    f"{module.__name__}.{name}" for module in list(sys.modules.values())
    if module.__name__.startswith("softphone.") for name, value in vars(module).items()
    if isinstance(value, type) and value.__module__ == module.__name__
    and hasattr(value, "__dataclass_fields__") and (value.__doc__ or "").startswith(name + "("))
print(json.dumps({"carrier": parts.carrier.name, "modules": sorted(sys.modules),
                  "undocumented": undocumented}))
"""


def build_sip_parts(folder: Path) -> dict[str, Any]:
    """What a fresh interpreter holds once it has built the parts of a SIP softphone."""
    (folder / "settings.toml").write_text(
        '[carrier]\nadapter = "sip"\n[carrier.sip]\nproxy = "127.0.0.1:5060"\n'
        'domain = "sos.example.com"\nlocal_address = "127.0.0.1"\n')
    environment = dict(os.environ, SOFTPHONE_FLEET_SETTINGS=str(folder / "no-fleet.toml"))
    done = subprocess.run([sys.executable, "-c", BUILD, str(folder)], env=environment,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    built: dict[str, Any] = json.loads(done.stdout)
    assert built["carrier"] == "sip"
    return built


def test_the_plain_python_parts_of_a_sip_softphone_import_nothing_the_dial_does_not_need(
        tmp_path: Path) -> None:
    built = build_sip_parts(tmp_path)
    modules = built["modules"]
    assert "softphone.carriers.sip.adapter" in modules and "softphone.audio.engine" in modules
    imported = {name: why for name, why in DEFERRED.items()
                if any(module == name or module.startswith(name + ".") for module in modules)}
    assert imported == {}, imported


def test_every_record_class_on_the_way_to_a_call_has_a_docstring(tmp_path: Path) -> None:
    """A dataclass without one gets one made from ``inspect.signature`` as it is defined, at
    every start: a docstring that says what the record is costs nothing."""
    assert build_sip_parts(tmp_path)["undocumented"] == []
