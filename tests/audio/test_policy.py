"""The device policy, on hand-made device lists."""

from __future__ import annotations

import json

from softphone.audio.devices import Device, DeviceSnapshot, Role, build_snapshot, human_name
from softphone.audio.policy import announce_changes, choose
from softphone.blocks.text import Translated


def device(name: str, inputs: int = 2, outputs: int = 2) -> Device:
    return Device(name, name, "ALSA", inputs, outputs, 48000.0, -1)


HEADSET = device("Jabra EVOLVE 20")
DEFAULT = device("default")
LIST = DeviceSnapshot((HEADSET, DEFAULT), "default", "default")


def test_the_picked_device_is_used_when_present() -> None:
    choice = choose(Role.SPEAKER, "Jabra EVOLVE 20", LIST)
    assert choice.device == HEADSET and not choice.is_fallback


def test_a_missing_pick_falls_back_to_the_system_default_and_says_so() -> None:
    choice = choose(Role.MICROPHONE, "Old Headset", LIST)
    assert choice.device == DEFAULT
    assert choice.reason == "Microphone 'Old Headset' is not connected; using 'default' instead."


def test_a_pick_that_failed_to_open_falls_back_with_the_reason() -> None:
    choice = choose(Role.SPEAKER, "Jabra EVOLVE 20", LIST, {"Jabra EVOLVE 20": "it is busy"})
    assert choice.device == DEFAULT and "cannot be used (it is busy)" in choice.reason


def test_with_nothing_usable_the_role_has_no_device_and_calls_still_connect() -> None:
    nothing = DeviceSnapshot(problem="No audio devices found.")
    choice = choose(Role.MICROPHONE, "", nothing)
    assert choice.device is None
    assert "calls still connect, but the other party hears silence" in choice.reason


def test_an_output_only_device_is_not_offered_as_a_microphone() -> None:
    speaker = device("Desk Speaker", inputs=0)
    snapshot = DeviceSnapshot((speaker, DEFAULT), "default", "default")
    assert choose(Role.MICROPHONE, "Desk Speaker", snapshot).device == DEFAULT
    assert choose(Role.RINGER, "Desk Speaker", snapshot).device == speaker


def test_appearing_and_disappearing_devices_are_announced() -> None:
    after = DeviceSnapshot((DEFAULT, device("Desk Speaker")), "default", "default")
    assert announce_changes(LIST, after) == ["Audio device connected: Desk Speaker.",
                                             "Audio device disconnected: Jabra EVOLVE 20."]


def test_alsa_card_positions_are_not_part_of_the_remembered_name() -> None:
    assert human_name("Jabra EVOLVE 20: USB Audio (hw:2,0)") == "Jabra EVOLVE 20: USB Audio"
    raw = [{"name": "Jabra EVOLVE 20: USB Audio (hw:1,0)", "hostapi": 0, "index": 0,
            "max_input_channels": 1, "max_output_channels": 2, "default_samplerate": 48000.0},
           {"name": "Jabra EVOLVE 20: USB Audio (hw:3,0)", "hostapi": 0, "index": 1,
            "max_input_channels": 1, "max_output_channels": 2, "default_samplerate": 48000.0},
           {"name": "Headset (Jabra)", "hostapi": 1, "index": 2,
            "max_input_channels": 1, "max_output_channels": 0, "default_samplerate": 16000.0}]
    apis = [{"name": "ALSA", "default_input_device": 0, "default_output_device": 1},
            {"name": "OSS", "default_input_device": -1, "default_output_device": -1}]
    snapshot = build_snapshot(raw, apis, 0)
    assert [d.name for d in snapshot.devices] == ["Jabra EVOLVE 20: USB Audio",
                                                  "Jabra EVOLVE 20: USB Audio #2"]
    assert snapshot.default_output == "Jabra EVOLVE 20: USB Audio #2"
    assert [d.name for d in snapshot.other_host_apis] == ["Headset (Jabra)"]
    assert DeviceSnapshot.from_json(snapshot.as_json()) == snapshot


def test_a_snapshot_listed_by_the_probe_process_keeps_its_problem_translatable() -> None:
    listed = build_snapshot([], [{"name": "ALSA"}], 0)
    again = DeviceSnapshot.from_json(json.loads(json.dumps(listed.as_json())))
    assert again.problem == listed.problem
    assert isinstance(again.problem, Translated) and again.problem.source == listed.problem.source
