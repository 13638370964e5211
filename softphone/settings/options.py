"""Every option the softphone reads, defined once: key, type, default, description.

The settings file, the settings dialog and the README's settings table all come from this list,
so an option cannot be documented one way and behave another. Keys are ``section.name``; in
``settings.toml`` they are written as TOML tables (``[callback]`` then ``pool = [...]``).
Adding an option: append it to the right section; renaming one: add a migration in ``store``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from softphone.settings.types import (
    Boolean,
    Country,
    Integer,
    Number,
    PhoneNumber,
    PhoneNumberList,
    RoutingRules,
    Text,
    TextList,
    ValueType,
)


@dataclass(frozen=True)
class Option:
    key: str
    type: ValueType[Any]
    default: Any
    label: str
    description: str
    admin: bool = False  # shown only in the admin area of the settings dialog

    @property
    def section(self) -> str:
        return self.key.rsplit(".", 1)[0]


AGENT = (
    Option("agent.name", Text(), "", "Agent name", "The agent's full name, used in notifications."),
    Option("agent.user_id", Text(), "", "User id",
           "The agent's user id; empty means the operating-system login name."),
    Option("agent.workstation", Text(), "", "Workstation",
           "A name for this workstation; empty means the host name."),
    Option("agent.country", Country(), "US", "Country",
           "Where the agent works when no location is known; drives which numbers are emergency numbers.",
           admin=True),
)

OUTBOUND = (
    Option("outbound.caller_id", PhoneNumber(), "", "Caller ID number",
           "The agent's own number: presented on outgoing calls, and the callback number of last "
           "resort when the callback pool is empty.", admin=True),
    Option("carrier.adapter", Text(r"[a-z][a-z0-9_-]*", "a carrier adapter name such as simulated"),
           "simulated", "Carrier adapter",
           "Which carrier adapter places calls, by entry-point name (group `softphone.carriers`).",
           admin=True),
    Option("dialing.outside_line_prefix", Text(r"[0-9]{0,2}", "up to two digits, such as 9"), "",
           "Outside-line prefix",
           "Digits dialled to reach an outside line (e.g. 9). Emergency numbers work with and "
           "without it (Kari's Law).", admin=True),
)

SIMULATED_CARRIER = (
    Option("carrier.simulated.answer_delay", Number(0.0, 30.0), 1.0, "Simulated answer delay (s)",
           "Seconds the simulated answering point rings before it answers."),
    Option("carrier.simulated.speak_greeting", Boolean(), True, "Simulated spoken greeting",
           "Whether the simulated answering point speaks its greeting (pyttsx3/espeak-ng)."),
    Option("carrier.simulated.can_hold", Boolean(), True, "Simulated carrier can hold",
           "Whether the simulated carrier supports hold; without it, other calls are ended when "
           "an emergency call starts."),
)

CALLBACK = (
    Option("callback.pool", PhoneNumberList(), (), "Callback number pool",
           "Numbers that can be leased to an agent as a temporary emergency callback number.",
           admin=True),
    Option("callback.lease_minutes", Integer(5, 1440), 60, "Callback lease (minutes)",
           "How long a callback number stays leased after an emergency call.", admin=True),
)

ROUTING = (
    Option("routing.max_concurrent_calls", Integer(1, 8), 1, "Concurrent calls",
           "How many calls the agent can have at once; a PSAP callback is never refused by it."),
    Option("routing.queue_when_busy", Boolean(), False, "Queue calls when busy",
           "Hold inbound calls in a queue while at capacity instead of refusing them."),
    Option("routing.queue_timeout_seconds", Integer(5, 600), 60, "Queue timeout (s)",
           "How long a queued inbound call waits for a free line before it is refused."),
    Option("routing.rules", RoutingRules(), (), "Routing rules",
           "Inbound rules by caller number, first match wins; a PSAP callback bypasses them."),
)

PRESENCE = (
    Option("presence.custom_statuses", TextList(), (), "Custom statuses",
           "Extra presence statuses the agent can pick, such as Lunch or Training."),
)

AUDIO = (
    Option("audio.microphone", Text(), "", "Microphone",
           "The microphone for calls, by its name as the device list shows it; empty means the "
           "system default. Used again whenever it is connected."),
    Option("audio.speaker", Text(), "", "Speaker",
           "Where call audio and the test tone play, by device name; empty means the system "
           "default."),
    Option("audio.ringer", Text(), "", "Ringer",
           "Where the ring tone of incoming calls plays, by device name; empty means the system "
           "default."),
    Option("audio.speaker_volume", Integer(10, 200), 100, "Speaker volume (%)",
           "Loudness of call audio and the test tone; above 100 boosts quiet calls."),
    Option("audio.microphone_volume", Integer(10, 200), 100, "Microphone volume (%)",
           "Gain applied to the microphone before it is sent."),
    Option("audio.ringer_volume", Integer(10, 100), 80, "Ringer volume (%)",
           "Loudness of the ring tone."),
    Option("audio.sample_rate", Integer(8000, 192000), 48000, "Device sample rate (Hz)",
           "The rate audio devices are opened at first; a device that refuses it is opened at its "
           "own rate.", admin=True),
    Option("audio.rescan_seconds", Number(1.0, 60.0), 3.0, "Device re-scan interval (s)",
           "How often the list of audio devices is refreshed to notice headsets plugged in or out.",
           admin=True),
)

OPTIONS: tuple[Option, ...] = (AGENT + OUTBOUND + SIMULATED_CARRIER + CALLBACK + ROUTING + PRESENCE
                               + AUDIO)

BY_KEY: dict[str, Option] = {option.key: option for option in OPTIONS}
