"""``softphone devices``: what PortAudio sees on this computer and what the profile selects.

For support staff, so it runs in its own process and does not need the app to be running: it
loads PortAudio itself (which never disturbs the app's streams) and reads the profile's
settings through the settings store. PortAudio gets the same deadline as in the app: when it
does not answer, the report says so, and what to do, instead of waiting for ever.
"""

from __future__ import annotations

from typing import Any

from softphone.audio.devices import Role
from softphone.audio.policy import choose
from softphone.audio.portaudio import PortAudio
from softphone.settings.store import Settings


def devices_report(settings: Settings, portaudio: PortAudio | None = None) -> dict[str, Any]:
    """Every device with its host API, channels and default rate, marked with the roles that
    select it, plus each role's choice and, when it is a fallback, why."""
    snapshot = (portaudio or PortAudio()).load()
    choices = {role: choose(role, str(settings.get(role.setting)), snapshot) for role in Role}
    devices = []
    for device in snapshot.devices + snapshot.other_host_apis:
        entry = device.as_json()
        entry["selected_for"] = [role.value for role, choice in choices.items()
                                 if choice.device is not None and choice.device == device]
        devices.append(entry)
    return {
        "devices": devices,
        "default_input": snapshot.default_input,
        "default_output": snapshot.default_output,
        "selected": {
            role.value: {
                "preferred": choice.preferred,
                "device": choice.device.name if choice.device else None,
                "reason": choice.reason,
            } for role, choice in choices.items()
        },
        "problem": snapshot.problem,
        "fix": snapshot.fix,
        "answered": not snapshot.hung,
    }


def format_report(report: dict[str, Any]) -> str:
    """The same, readable in a terminal."""
    lines = []
    for device in report["devices"]:
        roles = ", ".join(device["selected_for"])
        lines.append(f"{device['name']}  [{device['host_api']}, in {device['input_channels']}, "
                     f"out {device['output_channels']}, {device['default_sample_rate']:g} Hz]"
                     + (f"  <- {roles}" if roles else ""))
    for role, selected in report["selected"].items():
        lines.append(f"{role}: {selected['device'] or 'none'}"
                     + (f" ({selected['reason']})" if selected["reason"] else ""))
    if report["problem"]:
        lines.append(report["problem"])
    if report["fix"]:
        lines.append(f"Fix: {report['fix']}")
    return "\n".join(lines)
