"""Which device each role uses, and what happens to a running call when devices change.

This is the one place that states the policy; the engine only carries it out.

The policy for the active call
------------------------------
1. A device never ends a call. While streams are reopened the call stays up; the far end hears
   silence for that moment, and the agent hears nothing of it.
2. Each role (microphone, speaker, ringer) uses the device the agent picked, remembered by its
   human name. Nothing picked means the system default.
3. The picked device disappears (unplugged, Bluetooth out of range, docking station undocked):
   the role switches at once to the system default, during a call too, and the agent is told.
   The pick itself is kept, not overwritten.
4. The picked device comes back: the role switches back to it at once, during a call too
   (an agent who plugs the headset back in wants to hear through it), and the agent is told.
5. A device that cannot be opened (busy, refuses every sample rate, vanished between two scans)
   is treated as absent until the device list changes again: the system default is used and
   the agent is told why.
6. No usable device at all (a server, CI, a broken sound system): calls still go out and come
   in; the far end receives silence, far-end audio is discarded, the ringer is silent, and the
   agent and the readiness panel say so. As soon as a device appears, it is used.
7. Other devices appearing or disappearing are announced and change nothing else.
8. A pick made by the agent applies at once, to the running call too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from softphone.audio.devices import Device, DeviceSnapshot, Role
from softphone.blocks.text import joined, translate


@dataclass(frozen=True)
class Choice:
    """The device a role uses right now, and, when it is not the one wanted, why."""

    role: Role
    device: Device | None  # None: no device for this role (rule 6)
    preferred: str  # the remembered human name; "" means the system default
    reason: str = ""  # why ``device`` is not what was preferred, for the agent

    @property
    def is_fallback(self) -> bool:
        return bool(self.reason)


def choose(role: Role, preferred: str, snapshot: DeviceSnapshot,
           unusable: Mapping[str, str] | None = None) -> Choice:
    """Apply rules 2, 3, 5 and 6: ``unusable`` maps device names to why they failed to open."""
    unusable = unusable or {}
    wanted = snapshot.find(preferred, role) if preferred else None
    if wanted is not None and wanted.name not in unusable:
        return Choice(role, wanted, preferred)
    fallback = _fallback(role, snapshot, unusable)
    if preferred and wanted is None:
        why = _not_connected(role, preferred)
    elif preferred:
        why = _cannot_be_used(role, preferred, unusable[preferred])
    elif snapshot.default_for(role) is not None and fallback is not snapshot.default_for(role):
        default = snapshot.default_for(role)
        assert default is not None
        why = _default_cannot_be_used(role, default.name, unusable.get(
            default.name, translate("Audio", "it failed to open")))
    else:
        why = ""
    if fallback is None:
        return Choice(role, None, preferred, _nothing(role, why, snapshot))
    if not why:
        return Choice(role, fallback, preferred)
    return Choice(role, fallback, preferred, translate(
        "Audio", "{why}; using '{device}' instead.").format(why=why, device=fallback.name))


def _not_connected(role: Role, name: str) -> str:
    if role is Role.MICROPHONE:
        return translate("Audio", "Microphone '{device}' is not connected").format(device=name)
    if role is Role.SPEAKER:
        return translate("Audio", "Speaker '{device}' is not connected").format(device=name)
    return translate("Audio", "Ringer '{device}' is not connected").format(device=name)


def _cannot_be_used(role: Role, name: str, why: str) -> str:
    if role is Role.MICROPHONE:
        message = translate("Audio", "Microphone '{device}' cannot be used ({why})")
    elif role is Role.SPEAKER:
        message = translate("Audio", "Speaker '{device}' cannot be used ({why})")
    else:
        message = translate("Audio", "Ringer '{device}' cannot be used ({why})")
    return message.format(device=name, why=why)


def _default_cannot_be_used(role: Role, name: str, why: str) -> str:
    if role is Role.MICROPHONE:
        message = translate("Audio", "The system default microphone '{device}' cannot be used "
                                     "({why})")
    elif role is Role.SPEAKER:
        message = translate("Audio", "The system default speaker '{device}' cannot be used "
                                     "({why})")
    else:
        message = translate("Audio", "The system default ringer '{device}' cannot be used "
                                     "({why})")
    return message.format(device=name, why=why)


def _fallback(role: Role, snapshot: DeviceSnapshot, unusable: Mapping[str, str]) -> Device | None:
    default = snapshot.default_for(role)
    if default is not None and default.name not in unusable:
        return default
    for device in snapshot.for_role(role):
        if device.name not in unusable:
            return device
    return None


def _nothing(role: Role, why: str, snapshot: DeviceSnapshot) -> str:
    """Rule 6 in words: what is wrong, what the call loses, and the fix."""
    if role is Role.MICROPHONE:
        alone = translate("Audio", "There is no other microphone to use{detail}: calls still "
                                   "connect, but the other party hears silence. {fix}")
        after = translate("Audio", "{why}, and there is no other microphone to use{detail}: "
                                   "calls still connect, but the other party hears silence. {fix}")
    elif role is Role.SPEAKER:
        alone = translate("Audio", "There is no other speaker to use{detail}: calls still "
                                   "connect, but you will not hear the other party. {fix}")
        after = translate("Audio", "{why}, and there is no other speaker to use{detail}: calls "
                                   "still connect, but you will not hear the other party. {fix}")
    else:
        alone = translate("Audio", "There is no other ringer to use{detail}: calls still "
                                   "connect, but incoming calls ring on screen only. {fix}")
        after = translate("Audio", "{why}, and there is no other ringer to use{detail}: calls "
                                   "still connect, but incoming calls ring on screen only. {fix}")
    detail = joined([" (", snapshot.problem, ")"], "") if snapshot.problem else ""
    fix = snapshot.fix or translate("Audio", "Plug in a headset to fix this.")
    return (after.format(why=why) if why else alone).format(detail=detail, fix=fix)


def announce_changes(before: DeviceSnapshot, after: DeviceSnapshot) -> list[str]:
    """Rule 7: one sentence per device that appeared or disappeared, for the agent."""
    added, removed = sorted(after.names - before.names), sorted(before.names - after.names)
    messages: list[str] = [translate("Audio", "Audio device connected: {device}.").format(
        device=name) for name in added]
    messages += [translate("Audio", "Audio device disconnected: {device}.").format(device=name)
                 for name in removed]
    return messages
