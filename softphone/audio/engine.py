"""Device control for the call's audio path: the softphone's ``AudioEngine``.

The real-time half (a call's buffers and the device callbacks) is ``softphone.audio.realtime``;
this half decides which devices run and opens and closes them. The real-time half, and numpy
with it, is loaded when a call's audio or a stream first needs it, not at start: an idle
softphone does without it (numpy is a sixth of the idle process's memory). Its threads:

* the engine's worker thread owns the decisions: it applies the device policy
  (``softphone.audio.policy``), opens and closes streams through ``PortAudio`` (whose calls run
  on PortAudio's own thread, each within a deadline), and publishes the events. Whatever the
  GUI or a carrier asks for is posted to it, so no caller ever waits on a device;
* the sound server's event thread (``softphone.audio.hotplug``) only hands "devices changed"
  to the worker, which re-lists them through the probe process (``softphone.audio.probe``) a
  moment later, once a burst of events has settled.

While nothing happens the worker sleeps without a timeout: no polling, no wake-ups.

Events, emitted on the thread of the ``post`` function given to the constructor (the rule in
``blocks.post``; the GUI thread in the app), never after ``close``:

* ``state_changed(AudioState)`` – the device list, each role's choice, the streams in use;
* ``notice(str)`` – a sentence for the agent: a device connected or disconnected, a fallback,
  no device at all, a sound system that does not answer.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from softphone.audio.devices import DeviceSnapshot, Role
from softphone.audio.portaudio import (
    AudioDeviceError,
    OpenStream,
    PortAudio,
    SoundSystemHung,
    candidate_rates,
)
from softphone.audio.probe import Probe
from softphone.blocks.events import Event
from softphone.blocks.post import Post
from softphone.blocks.readiness import Check
from softphone.blocks.text import english, translate

if TYPE_CHECKING:
    from softphone.audio.hotplug import DeviceEvents
    from softphone.audio.policy import Choice
    from softphone.audio.realtime import CallPath, RealtimePath
    from softphone.settings.store import Settings

log = logging.getLogger("audio")

SETTING_KEYS = frozenset(role.setting for role in Role) | {
    "audio.speaker_volume", "audio.microphone_volume", "audio.ringer_volume",
    "audio.sample_rate", "audio.rescan_seconds",
}
SETTLE_SECONDS = 0.3  # a device arriving sends a burst of events; list it once they stop
RETRY_SECONDS = 5.0  # while PortAudio does not answer, ask again this often
RECONNECT_SECONDS = (1.0, 60.0)  # first and longest pause before reconnecting to the server


@dataclass(frozen=True)
class ActiveStream:
    """A stream open for one role: on which device, at which rate."""

    device: str
    rate: int


@dataclass(frozen=True)
class AudioState:
    """What the agent's device panel shows; immutable, replaced as a whole on every change."""

    snapshot: DeviceSnapshot = field(default_factory=DeviceSnapshot)
    choices: MappingProxyType[Role, Choice] = field(
        default_factory=lambda: MappingProxyType({}))
    active: MappingProxyType[Role, ActiveStream] = field(
        default_factory=lambda: MappingProxyType({}))
    muted: bool = False
    watching: bool = False  # the sound server announces device changes (during calls too)
    loaded: bool = False  # PortAudio answered, or its deadline passed (until then nothing is known)


@dataclass
class _Stream:
    """The worker's record of a stream it opened, until it is closed."""

    role: Role
    opened: OpenStream
    alive: bool = True
    closing: bool = False


class Engine:
    """Implements ``AudioEngine`` and the agent's device controls; see the module docstring.

    ``portaudio``, ``probe`` and ``device_events`` are seams for tests and packaging;
    ``device_events`` makes the event source (``None`` from it: re-read on a timer), on the
    worker thread; by default the platform's (``hotplug.events_for_platform``).

    The device policy and the sound server's event source are imported by the worker, which
    alone uses them: a start-up (a click-to-dial) does not wait for them (``ctypes`` and
    its helpers with them).
    """

    def __init__(self, settings: Settings, post: Post, *, portaudio: PortAudio | None = None,
                 probe: Probe | None = None,
                 device_events: Callable[[], DeviceEvents | None] | None = None) -> None:
        self.state_changed: Event[[AudioState]] = Event()
        self.notice: Event[[str]] = Event()
        self._settings = settings
        self._post_event = post
        self._portaudio = portaudio or PortAudio()
        self._probe = probe or Probe(self._portaudio.start_deadline)
        self._make_events = device_events or _platform_events
        self._jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._state = AudioState()  # the worker's latest
        self._shown = self._state  # the latest delivered through ``post``: what ``state`` says
        self._closed = False
        self._rt: RealtimePath | None = None  # made by ``_realtime`` when first needed
        self._rt_lock = threading.Lock()  # making it against the GUI's mute and volumes
        self._gains = (1.0, 1.0, 0.8)  # speaker, microphone, ringer
        # worker-thread state
        self._events: DeviceEvents | None = None
        self._watching = False
        self._connected_before = False
        self._reconnect_pause = RECONNECT_SECONDS[0]
        self._snapshot = DeviceSnapshot(problem=translate("Audio", "The audio devices have not "
                                                                   "been listed yet."))
        self._listed = False
        self._probe_hung = False  # the probe hangs while PortAudio here still works
        self._cured = False  # JACK's lock was removed (or left alone for good) in this hang
        self._unusable: dict[str, str] = {}
        self._stale = False  # PortAudio must restart before the next stream opens
        self._restarted_for: tuple[Any, ...] = ()  # the device list of the last restart
        self._streams: dict[Role, _Stream] = {}
        self._calls: list[CallPath] = []
        self._open: dict[str, CallPath] = {}  # by call id, for open_call (any thread)
        self._calls_lock = threading.Lock()  # carriers' threads only; never the callbacks
        self._monitoring = 0
        self._ringing = False
        self._tone_until = 0.0  # when the speaker may close after a test tone
        self._rescan_at = 0.0  # when to list the devices again (0: not planned)
        self._reconnect_at = 0.0  # when to reconnect to the sound server (0: not planned)
        self._retry_at = 0.0  # when to try again devices PortAudio here did not see yet
        self._retrying: set[str] = set()  # those devices (once per device list)
        self._preferences: dict[Role, str] = {}
        self._sample_rate = 48000
        self._rescan_seconds = 3.0
        self._muted = False
        self._read_settings()
        settings.changed.connect(self._setting_changed)

    # -- life cycle ---------------------------------------------------------------------------

    def start(self) -> None:
        """Start the worker, which starts PortAudio and the device events; returns at once."""
        self._thread = threading.Thread(target=self._run, name="audio-engine", daemon=True)
        self._thread.start()

    def close(self) -> None:
        """Close every stream, stop the device events and end the worker (at application exit).
        No event is emitted after this returns."""
        if self._closed:
            return
        self._closed = True
        self._settings.changed.disconnect(self._setting_changed)
        self._probe.cancel()
        self._jobs.put(None)
        if self._thread is not None:
            self._thread.join(timeout=self._portaudio.open_deadline)

    # -- what carriers use --------------------------------------------------------------------

    def open_call(self, call_id: str, sample_rate: int) -> CallPath:
        """Start a call's audio at ``sample_rate``; devices follow, the caller never waits.

        Asking again for a call that is open at the same rate returns the same ``CallAudio``
        (an adapter may open it per prompt). Raises ``AudioFormatError`` for a rate that does
        not divide into 20 ms frames.
        """
        with self._calls_lock:
            call = self._open.get(call_id)
            if call is None or call.closed or call.sample_rate != sample_rate:
                from softphone.audio.realtime import CallPath

                call = CallPath(call_id, sample_rate, self._call_closed)
                self._open[call_id] = call
                self._post(lambda: self._add_call(call))
            return call

    def _call_closed(self, call: CallPath) -> None:
        self._post(lambda: self._remove_call(call))

    # -- what the agent's controls use --------------------------------------------------------

    @property
    def state(self) -> AudioState:
        """The latest state delivered on the ``post`` thread (after the notices explaining it)."""
        return self._shown

    def select(self, role: Role, name: str) -> None:
        """Use and remember device ``name`` for ``role`` ("" = system default); applies at once.

        Raises ``SettingError`` (e.g. locked by the fleet file: nothing changes) or
        ``SettingsFileError`` (applied now, but not remembered after a restart), each with a
        message for the agent.
        """
        self._settings.set(role.setting, name)
        self._post(lambda: self._forget_failure(name))
        self._settings.save()

    def _forget_failure(self, name: str) -> None:
        self._unusable.pop(name, None)

    def preferred(self, role: Role) -> str:
        """The remembered device name for ``role``; "" means the system default."""
        return str(self._settings.get(role.setting))

    def volume(self, role: Role) -> int:
        return int(self._settings.get(f"audio.{role.value}_volume"))

    def set_volume(self, role: Role, percent: int) -> None:
        """Change a volume at once (call ``remember`` to keep it after a restart)."""
        self._settings.set(f"audio.{role.value}_volume", percent)

    def remember(self) -> None:
        """Save the audio settings changed since the last save (``SettingsFileError``)."""
        self._settings.save()

    @property
    def muted(self) -> bool:
        return self._muted

    def set_muted(self, muted: bool) -> None:
        """Mute the microphone of every call; a new call after an idle moment starts unmuted."""
        with self._rt_lock:
            self._muted = muted
            if self._rt is not None:
                self._rt.muted = muted
        self._post(self._publish)

    @property
    def input_level(self) -> float:
        """Peak of the latest microphone block, 0.0–1.0 (0.0 when no microphone is open)."""
        rt = self._rt
        return rt.level if rt is not None and Role.MICROPHONE in self._shown.active else 0.0

    def set_monitoring(self, on: bool) -> None:
        """Keep the microphone open while a level meter is shown, even without a call."""
        self._post(lambda: self._monitor(on))

    def play_test_tone(self) -> None:
        """Play a short 440 Hz tone on the speaker, mixed over any call audio."""
        self._post(self._start_test_tone)

    def start_ringing(self) -> None:
        self._post(lambda: self._set_ringing(True))

    def stop_ringing(self) -> None:
        self._post(lambda: self._set_ringing(False))

    def checks(self) -> list[Check]:
        """Readiness: is there a microphone and a speaker? Answers from memory; present as soon
        as PortAudio answered or its deadline passed."""
        state = self._shown
        if not state.loaded:
            return []
        checks = []
        for role in (Role.MICROPHONE, Role.SPEAKER):
            choice = state.choices.get(role)
            device = choice.device if choice else None
            title = (translate("Audio", "Microphone available") if role is Role.MICROPHONE
                     else translate("Audio", "Speaker available"))
            checks.append(Check(
                key=f"audio.{role.value}", title=title,
                passed=device is not None,
                detail=translate("Audio", "Using '{device}'.").format(device=device.name)
                if device else (choice.reason if choice else ""),
                fix="" if device else (state.snapshot.fix or translate(
                    "Audio", "Plug in a headset, or check that the sound system runs.")),
            ))
        return checks

    # -- worker thread ------------------------------------------------------------------------

    def _realtime(self) -> RealtimePath:
        """The real-time half, made on first use (a stream opening, a call's audio, a tone)."""
        if self._rt is None:
            from softphone.audio.realtime import RealtimePath

            with self._rt_lock:
                rt = RealtimePath()
                rt.muted = self._muted
                rt.speaker_gain, rt.microphone_gain, rt.ringer_gain = self._gains
                self._rt = rt
        return self._rt

    def _post(self, job: Callable[[], None]) -> None:
        self._jobs.put(job)

    def _run(self) -> None:
        self._events = self._make_events()
        self._start_events()  # first: a change while the devices are listed is not missed
        self._rescan()
        self._publish()
        while True:
            job = self._next_job()
            if job is None or self._closed:  # closing: what is still queued no longer matters
                break
            try:
                job()
                self._reconcile()
            except Exception:  # the audio path must survive any single failure
                log.exception("audio engine step failed; carrying on")
        for role in list(self._streams):
            self._close_stream(role)
        self._stop_events()
        self._portaudio.close()
        with self._calls_lock:  # calls refer back to the engine: let both go
            self._open.clear()
        self._calls.clear()

    def _next_job(self) -> Callable[[], None] | None:
        """The next job; when one of the timers is due first, the timers. Sleeps without a
        timeout while no timer is set."""
        if self._events is None and not self._streams and not self._rescan_at:
            self._rescan_at = time.monotonic() + self._rescan_seconds  # nothing tells us: a timer
        due = [moment for moment in (self._tone_until, self._rescan_at, self._reconnect_at,
                                     self._retry_at) if moment]
        timeout = max(0.0, min(due) - time.monotonic()) if due else None
        try:
            return self._jobs.get(timeout=timeout)
        except queue.Empty:
            return self._timers

    def _timers(self) -> None:
        now = time.monotonic()
        if self._tone_until and now >= self._tone_until:
            self._tone_until = 0.0
        if self._reconnect_at and now >= self._reconnect_at:
            self._reconnect_at = 0.0
            self._start_events()
        if self._rescan_at and now >= self._rescan_at:
            self._rescan_at = 0.0
            self._rescan()
        if self._retry_at and now >= self._retry_at:
            self._retry_at = 0.0
            for name in self._retrying:
                self._unusable.pop(name, None)
            self._stale = True  # restart PortAudio here before opening them

    # -- the device list ----------------------------------------------------------------------

    def _rescan(self) -> None:
        """List the devices through the probe process; start PortAudio here once it answered
        there, and restart it here while no stream is open and it lists something else. When
        the probe hangs, an abandoned JACK lock is removed (``_cure_hang``)."""
        if self._portaudio.hung:
            return  # given up in this process; the checks say what to do
        listed = self._probe.run()
        log.debug("the probe listed %s%s", sorted(listed.names), f" ({english(listed.problem)})"
                  if listed.problem else "")
        if listed.hung:
            listed = self._cure_hang(listed)
        if listed.hung:
            self._rescan_at = time.monotonic() + RETRY_SECONDS
            fix = translate("Audio", "{fix} The softphone notices within {seconds} s once it "
                                     "answers again.").format(fix=listed.fix,
                                                              seconds=f"{RETRY_SECONDS:g}")
            if self._portaudio.loaded:
                # PortAudio here started before and still works: keep the devices it knows
                # (and their streams), but a new start would hang, so it is not restarted
                if not self._probe_hung:
                    self._probe_hung = True
                    self._tell(translate("Audio", "The sound system does not answer new starts: "
                                                  "the devices in use keep working, devices "
                                                  "plugged in now are not seen. {fix}").format(
                        fix=fix))
                return
            self._new_snapshot(replace(listed, fix=fix))
            return
        self._cured = False  # a new hang is a new episode
        if self._probe_hung:
            self._probe_hung = False
            self._tell(translate("Audio", "The sound system answers new starts again."))
        if not self._portaudio.loaded:
            self._portaudio.load()
        elif not self._streams and _signature(self._portaudio.snapshot) != _signature(listed):
            self._portaudio.reinitialize()
        if not self._given_up():
            self._new_snapshot(listed if self._streams else self._portaudio.snapshot)

    def _cure_hang(self, listed: DeviceSnapshot) -> DeviceSnapshot:
        """The probe did not answer (and has ended): remove JACK's metadata lock when no process
        uses it and ask the probe again at once, once per hang (until the probe answers); when
        processes use it, the fix names them, at every try. Otherwise the probe's answer
        stands. On this worker thread: it reads ``/proc``, never on the GUI's or a dial's."""
        if self._cured:
            return listed
        from softphone.audio.jack_lock import Outcome, remove_if_abandoned

        cure = remove_if_abandoned()
        if cure.outcome is Outcome.REMOVED:
            self._cured = True
            log.warning("removed an abandoned JACK lock (%s): no program used it; asking the "
                        "sound system again", cure.folder)
            return self._probe.run()
        if cure.outcome is Outcome.IN_USE:
            programs = ", ".join(
                translate("Audio", "this softphone (process {pid})").format(pid=user.pid)
                if user.pid == os.getpid() else
                translate("Audio", "{name} (process {pid})").format(name=user.name, pid=user.pid)
                for user in cure.users)
            return replace(listed, fix=translate(
                "Audio", "Running programs use the JACK lock in {folder}, so the softphone leaves "
                         "it alone: close {programs}.").format(folder=cure.folder,
                                                               programs=programs))
        if cure.outcome is not Outcome.NOTHING_THERE:  # that will not change by itself
            self._cured = True
            log.warning("left the JACK lock %s alone (%s, owner %d%s)", cure.folder,
                        cure.outcome.name, cure.owner, f": {cure.error}" if cure.error else "")
        return listed

    def _given_up(self) -> bool:
        """PortAudio stopped answering inside this process: say so, for good."""
        if not self._portaudio.hung:
            return False
        hung = self._portaudio.snapshot
        self._new_snapshot(replace(hung, fix=translate(
            "Audio", "{fix} Then restart the softphone: PortAudio cannot be restarted inside it.")
            .format(fix=hung.fix)))
        return True

    def _start_events(self) -> None:
        if self._events is not None:
            self._events.start(self._device_event)

    def _stop_events(self) -> None:
        if self._events is not None:
            self._events.stop()

    def _device_event(self, event: str) -> None:
        """The event source's thread: hand the event to the worker."""
        self._post(lambda: self._on_device_event(event))

    def _on_device_event(self, event: str) -> None:
        log.debug("sound server: %s", event)
        if event == "lost":
            log.info("the sound server does not announce device changes; reconnecting in %g s",
                     self._reconnect_pause)
            self._watching = False
            self._stop_events()
            self._reconnect_at = time.monotonic() + self._reconnect_pause
            self._reconnect_pause = min(self._reconnect_pause * 2, RECONNECT_SECONDS[1])
            self._publish_if_changed()
            return
        if event == "ready":
            self._reconnect_pause = RECONNECT_SECONDS[0]
            self._watching = True
            if not self._connected_before:
                self._connected_before = True
                self._publish_if_changed()
                return  # the first connection: the list is made at start
        # a change, or a reconnection after which anything may have changed
        if not self._rescan_at or self._rescan_at > time.monotonic() + SETTLE_SECONDS:
            self._rescan_at = time.monotonic() + SETTLE_SECONDS
        self._publish_if_changed()

    def _new_snapshot(self, snapshot: DeviceSnapshot) -> None:
        snapshot = self._keep_busy_devices(snapshot)
        before, first = self._snapshot, not self._listed
        self._listed = True
        if _signature(snapshot) == _signature(before) and snapshot.problem == before.problem \
                and snapshot.fix == before.fix:
            return
        self._snapshot = snapshot
        self._unusable.clear()  # policy rule 5: retry failed devices once the list changes
        self._retrying.clear()
        if before.hung and not snapshot.hung:
            self._tell(translate("Audio", "The sound system answers again."))
        elif not first:  # the first list, or the first after a silence, is not news
            from softphone.audio.policy import announce_changes

            for message in announce_changes(before, snapshot):
                self._tell(message)
        if snapshot.problem != before.problem:
            self._announce_problem()

    def _keep_busy_devices(self, snapshot: DeviceSnapshot) -> DeviceSnapshot:
        """An ALSA hardware device we hold open cannot be probed by another process, so the
        probe omits it: it counts as present while our stream on it is alive (it would die
        if the device were really unplugged)."""
        held = [stream.opened.device for stream in self._streams.values()
                if stream.alive and "(hw:" in stream.opened.device.portaudio_name
                and stream.opened.device.name not in snapshot.names]
        if not held:
            return snapshot
        unique = {device.name: device for device in held}
        return replace(snapshot, devices=snapshot.devices + tuple(unique.values()))

    def _announce_problem(self) -> None:
        if self._snapshot.problem:
            self._tell(self._snapshot.problem)

    # -- streams ------------------------------------------------------------------------------

    def _choices(self) -> dict[Role, Choice]:
        from softphone.audio.policy import choose

        return {role: choose(role, self._preferences.get(role, ""), self._snapshot, self._unusable)
                for role in Role}

    def _needed(self) -> dict[Role, bool]:
        return {
            Role.MICROPHONE: bool(self._calls) or self._monitoring > 0,
            Role.SPEAKER: bool(self._calls) or bool(self._tone_until),
            Role.RINGER: self._ringing,
        }

    def _reconcile(self) -> None:
        """Make the open streams match the policy's choices; at most a few rounds, because
        every failure marks a device unusable and so changes the choices."""
        restarted = False
        for _ in range(4):
            choices = self._choices()
            needed = self._needed()
            wanted = {role: _device_name(choices[role]) if needed[role] else None
                      for role in Role}
            changing = [role for role in Role if wanted[role] != self._open_device(role)]
            if not changing:
                break
            opening = [role for role in changing if wanted[role]]
            listed = _signature(self._snapshot)
            outdated = self._stale or (_signature(self._portaudio.snapshot) != listed
                                       and listed != self._restarted_for)
            if opening and outdated and not restarted and not self._probe_hung:
                # PortAudio's own list is out of date: restart it (closing every stream), once
                # per new device list, even if the probe saw it a little differently
                for role in list(self._streams):
                    self._close_stream(role)
                self._portaudio.reinitialize()
                self._stale, restarted, self._restarted_for = False, True, listed
                self._given_up()
                continue
            failed = False
            for role in changing:
                if role in self._streams:
                    self._close_stream(role)
                name = wanted[role]
                if name and not self._open_stream(role, name):
                    failed = True
            if not failed:
                break
        self._publish_if_changed()

    def _open_device(self, role: Role) -> str | None:
        stream = self._streams.get(role)
        return stream.opened.device.name if stream and stream.alive else None

    def _open_stream(self, role: Role, name: str) -> bool:
        device = self._portaudio.snapshot.find(name, role)
        if device is None:
            self._mark_unusable(name, translate("Audio", "it is no longer listed by the sound "
                                                         "system"))
            if self._snapshot.find(name, role) is not None and name not in self._retrying:
                # the probe saw it a moment ago: the sound server was probably still setting it
                # up when PortAudio here restarted; try once more shortly
                self._retrying.add(name)
                self._retry_at = time.monotonic() + SETTLE_SECONDS
            return False
        rt = self._realtime()
        callback: Callable[..., None] = {
            Role.MICROPHONE: rt.microphone,
            Role.SPEAKER: rt.speaker,
            Role.RINGER: rt.ringer,
        }[role]
        holder: list[_Stream] = []
        try:
            opened = self._portaudio.open(
                device, not role.is_input, candidate_rates(self._sample_rate, device),
                callback, lambda: self._finished(holder),
                lambda rate, latency: self._prepare(role, rate, latency))  # the worker waits
        except SoundSystemHung:
            self._given_up()
            return False
        except AudioDeviceError as error:
            self._mark_unusable(name, str(error))
            return False
        stream = _Stream(role, opened)
        holder.append(stream)
        self._streams[role] = stream
        log.info("%s open on %s at %d Hz", role.value, device.name, opened.rate)
        return True

    def _prepare(self, role: Role, rate: int, latency: float) -> None:
        """Build the per-rate buffers the new stream's callback uses (never allocated later),
        before the stream starts."""
        rt = self._realtime()
        if role is Role.SPEAKER:
            rt.prepare_speaker(rate, self._calls, latency)
        elif role is Role.MICROPHONE:
            rt.prepare_microphone(rate, self._calls)
        else:
            rt.prepare_ringer(rate)

    def _mark_unusable(self, name: str, why: str) -> None:
        self._unusable[name] = why
        log.warning("audio device %s unusable: %s", name, english(why))

    def _close_stream(self, role: Role) -> None:
        stream = self._streams.pop(role)
        stream.closing = True
        stream.opened.close()  # PortAudio returns once the callback will not run again
        rt = self._realtime()
        if role is Role.SPEAKER:
            rt.playbacks = ()
        elif role is Role.MICROPHONE:
            rt.captures = ()
            rt.level = 0.0

    def _finished(self, holder: list[_Stream]) -> None:
        """PortAudio thread: a stream ended. Unless we closed it, its device failed."""
        if holder and not holder[0].closing:
            self._post(lambda: self._stream_died(holder[0]))

    def _stream_died(self, stream: _Stream) -> None:
        if self._streams.get(stream.role) is not stream:
            return
        stream.alive = False
        name = stream.opened.device.name
        self._close_stream(stream.role)
        self._mark_unusable(name, translate("Audio", "it stopped working"))
        self._tell(translate("Audio", "Audio device '{device}' stopped working.").format(
            device=name))
        self._stale = True  # PortAudio may still list it: restart it before opening again
        # _reconcile (after this job) reopens what is needed on the fallback device

    def _add_call(self, call: CallPath) -> None:
        if call.closed:
            return
        from softphone.audio.realtime import Capture, Playback

        rt = self._realtime()
        if not self._calls and self._muted:
            with self._rt_lock:  # every call after an idle moment starts unmuted
                self._muted = rt.muted = False
        self._calls.append(call)
        speaker = self._streams.get(Role.SPEAKER)
        if speaker:
            rt.playbacks = (*rt.playbacks, Playback(call, speaker.opened.rate))
        microphone = self._streams.get(Role.MICROPHONE)
        if microphone:
            rt.captures = (*rt.captures, Capture(call, microphone.opened.rate))
        self._publish()

    def _remove_call(self, call: CallPath) -> None:
        with self._calls_lock:
            if self._open.get(call.call_id) is call:
                del self._open[call.call_id]
        if call in self._calls:
            self._calls.remove(call)
        rt = self._rt
        if rt is not None:
            rt.playbacks = tuple(p for p in rt.playbacks if p.call is not call)
            rt.captures = tuple(c for c in rt.captures if c.call is not call)

    def _monitor(self, on: bool) -> None:
        self._monitoring = max(0, self._monitoring + (1 if on else -1))

    def _start_test_tone(self) -> None:
        from softphone.audio.realtime import TEST_TONE_SECONDS

        self._tone_until = time.monotonic() + TEST_TONE_SECONDS + 0.5
        self._realtime().tone_requests += 1  # the speaker callback starts it once it runs

    def _set_ringing(self, on: bool) -> None:
        self._ringing = on

    def _setting_changed(self, key: str) -> None:
        if key in SETTING_KEYS:
            self._read_settings()
            self._post(lambda: None)  # reconcile with the new choices

    def _read_settings(self) -> None:
        get = self._settings.get
        self._preferences = {role: get(role.setting) for role in Role}
        with self._rt_lock:
            self._gains = (get("audio.speaker_volume") / 100, get("audio.microphone_volume") / 100,
                           get("audio.ringer_volume") / 100)
            if self._rt is not None:
                self._rt.speaker_gain, self._rt.microphone_gain, self._rt.ringer_gain = \
                    self._gains
        self._sample_rate = get("audio.sample_rate")
        self._rescan_seconds = get("audio.rescan_seconds")

    # -- events, on the thread of ``post`` ----------------------------------------------------

    def _emit(self, deliver: Callable[[], None]) -> None:
        if self._closed:
            return

        def delivered() -> None:
            if not self._closed:
                deliver()

        self._post_event(delivered)

    def _tell(self, message: str) -> None:
        log.info("%s", english(message))
        self._emit(lambda: self.notice.emit(message))

    def _publish(self) -> None:
        self._publish_if_changed(force=True)

    def _publish_if_changed(self, force: bool = False) -> None:
        choices = self._choices()
        state = AudioState(
            snapshot=self._snapshot,
            choices=MappingProxyType(choices),
            active=MappingProxyType({
                role: ActiveStream(stream.opened.device.name, stream.opened.rate)
                for role, stream in self._streams.items()}),
            muted=self._muted,
            watching=self._watching,
            loaded=self._listed,
        )
        if state == self._state and not force:
            return
        previous = self._state
        self._state = state
        for role, choice in choices.items():
            old = previous.choices.get(role)
            if choice.reason and (old is None or old.reason != choice.reason) and \
                    choice.preferred:
                self._tell(choice.reason)
            elif old is not None and old.is_fallback and not choice.is_fallback and choice.device:
                self._tell(translate("Audio", "{role}: back on '{device}'.").format(
                    role=role.label, device=choice.device.name))
        self._emit(lambda: self._deliver(state))

    def _deliver(self, state: AudioState) -> None:
        self._shown = state
        self.state_changed.emit(state)


def _platform_events() -> DeviceEvents | None:
    from softphone.audio.hotplug import events_for_platform

    return events_for_platform()


def _device_name(choice: Choice) -> str | None:
    return choice.device.name if choice.device else None


def _signature(snapshot: DeviceSnapshot) -> tuple[Any, ...]:
    """What makes two device lists the same for our purposes (indices differ between processes)."""
    return (tuple((d.name, d.input_channels, d.output_channels) for d in snapshot.devices),
            snapshot.default_input, snapshot.default_output)


__all__ = ["ActiveStream", "AudioState", "Engine"]

