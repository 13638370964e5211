"""What PortAudio sees, as plain immutable values: devices, one snapshot of them, the three roles.

Devices are identified by their human name, never by PortAudio's index (which changes whenever
anything is plugged in). ALSA appends the card position to hardware names (``Jabra EVOLVE 20:
USB Audio (hw:2,0)``); that part moves when a headset is replugged into another port, so it is
dropped from the human name and a remembered headset is found again wherever it reappears.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from softphone.blocks.text import Translated, message_from_json, message_json, translate

_ALSA_POSITION = re.compile(r"\s*\(hw:\d+,\d+\)$")


def human_name(portaudio_name: str) -> str:
    return _ALSA_POSITION.sub("", portaudio_name).strip() or portaudio_name


class Role(enum.Enum):
    """What a device is used for; each role is chosen and remembered separately."""

    MICROPHONE = "microphone"
    SPEAKER = "speaker"  # call audio, test tone
    RINGER = "ringer"  # ring tone for inbound calls

    @property
    def is_input(self) -> bool:
        return self is Role.MICROPHONE

    @property
    def setting(self) -> str:
        return f"audio.{self.value}"

    @property
    def label(self) -> Translated:
        if self is Role.MICROPHONE:
            return translate("Audio", "Microphone")
        if self is Role.SPEAKER:
            return translate("Audio", "Speaker")
        return translate("Audio", "Ringer")


@dataclass(frozen=True)
class Device:
    """One audio device PortAudio lists, by the name the settings remember."""

    name: str  # human name, unique within a snapshot; what settings remember
    portaudio_name: str
    host_api: str
    input_channels: int
    output_channels: int
    default_sample_rate: float
    index: int = field(compare=False)  # PortAudio's index, valid only in the session that listed it

    def serves(self, role: Role) -> bool:
        return self.input_channels > 0 if role.is_input else self.output_channels > 0

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "portaudio_name": self.portaudio_name,
            "host_api": self.host_api,
            "input_channels": self.input_channels,
            "output_channels": self.output_channels,
            "default_sample_rate": self.default_sample_rate,
        }


@dataclass(frozen=True)
class DeviceSnapshot:
    """The devices of the default host API at one moment, plus the system defaults.

    ``problem`` is set when there is no usable sound system at all (no PortAudio library, no
    devices, PortAudio not answering); it says so in words an agent can act on, and ``fix``,
    when set, says what an admin does about it. ``hung`` means PortAudio did not answer in time.
    """

    devices: tuple[Device, ...] = ()
    default_input: str | None = None
    default_output: str | None = None
    problem: str = ""
    other_host_apis: tuple[Device, ...] = field(default=(), compare=False)
    fix: str = ""
    hung: bool = False

    def find(self, name: str, role: Role) -> Device | None:
        for device in self.devices:
            if device.name == name and device.serves(role):
                return device
        return None

    def for_role(self, role: Role) -> tuple[Device, ...]:
        return tuple(device for device in self.devices if device.serves(role))

    def default_for(self, role: Role) -> Device | None:
        name = self.default_input if role.is_input else self.default_output
        return self.find(name, role) if name else None

    @property
    def names(self) -> frozenset[str]:
        return frozenset(device.name for device in self.devices)

    @property
    def host_api(self) -> str:
        return self.devices[0].host_api if self.devices else ""

    def as_json(self) -> dict[str, Any]:
        """The snapshot as JSON; ``problem`` and ``fix`` in words, and again as messages
        (``blocks.text.message_json``) so that the probe process's English can be said in the
        agent's language by the softphone that reads them."""
        return {
            "host_api": self.host_api,
            "devices": [device.as_json() for device in self.devices + self.other_host_apis],
            "default_input": self.default_input,
            "default_output": self.default_output,
            "problem": self.problem,
            "fix": self.fix,
            "problem_message": message_json(self.problem),
            "fix_message": message_json(self.fix),
            "hung": self.hung,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DeviceSnapshot:
        """Rebuild a snapshot listed by the probe process (``softphone.audio.probe``)."""
        devices = [Device(index=-1, **item) for item in data["devices"]]
        return cls(
            devices=tuple(d for d in devices if d.host_api == data["host_api"]),
            default_input=data["default_input"],
            default_output=data["default_output"],
            problem=message_from_json(data.get("problem_message"), data["problem"]),
            other_host_apis=tuple(d for d in devices if d.host_api != data["host_api"]),
            fix=message_from_json(data.get("fix_message"), data["fix"]),
            hung=data["hung"],
        )


def build_snapshot(raw_devices: Iterable[dict[str, Any]], host_apis: list[dict[str, Any]],
                   default_host_api: int) -> DeviceSnapshot:
    """Turn ``sounddevice.query_devices()``/``query_hostapis()`` output into a snapshot.

    Only the default host API's devices are offered for selection (on Windows every device is
    listed once per host API); the others are kept for ``softphone devices --json``.
    """
    chosen: list[Device] = []
    others: list[Device] = []
    seen: dict[str, int] = {}
    for raw in raw_devices:
        host = raw["hostapi"]
        name = human_name(raw["name"])
        if host == default_host_api:
            seen[name] = seen.get(name, 0) + 1
            if seen[name] > 1:
                name = f"{name} #{seen[name]}"
        device = Device(
            name=name,
            portaudio_name=raw["name"],
            host_api=host_apis[host]["name"],
            input_channels=int(raw["max_input_channels"]),
            output_channels=int(raw["max_output_channels"]),
            default_sample_rate=float(raw["default_samplerate"]),
            index=int(raw["index"]),
        )
        (chosen if host == default_host_api else others).append(device)
    api = host_apis[default_host_api] if 0 <= default_host_api < len(host_apis) else {}
    by_index = {device.index: device.name for device in chosen}
    default_input = by_index.get(api.get("default_input_device", -1))
    default_output = by_index.get(api.get("default_output_device", -1))
    problem = "" if chosen else translate(
        "Audio", "No audio devices found. Calls still go out, but without sound on this "
                 "computer: plug in a headset, or check that the sound system is running.")
    return DeviceSnapshot(tuple(chosen), default_input, default_output, problem, tuple(others))
