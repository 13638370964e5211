"""The call's audio path and the devices it runs on: the softphone's ``AudioEngine``.

Three kinds of threads meet here, and each has one job:

* the carrier's threads call ``CallAudio.write_remote``/``read_local``: they only copy samples
  into or out of a call's jitter buffers and never wait for anything else;
* PortAudio's callback threads move one 20 ms block per callback between the devices and those
  buffers (resampling on the way), into buffers allocated when the stream opened;
* the engine's worker thread owns PortAudio: it loads it, opens and closes streams, applies the
  device policy (``softphone.audio.policy``) and emits the events. Whatever the GUI or a
  carrier asks for is posted to it, so no caller ever waits on a device.

A separate process watches for devices coming and going (``softphone.audio.scan``).

Events (emitted on the worker thread; Qt code re-emits them through queued signals):

* ``state_changed(AudioState)`` – the device list, each role's choice, the streams in use;
* ``notice(str)`` – a sentence for the agent: a device connected or disconnected, a fallback,
  no device at all.
"""

from __future__ import annotations

import collections
import logging
import queue
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import numpy as np

from softphone.audio.devices import Device, DeviceSnapshot, Role
from softphone.audio.dsp import FrameResampler, JitterBuffer, Tone, frame_samples
from softphone.audio.policy import Choice, announce_changes, choose
from softphone.audio.portaudio import AudioDeviceError, OpenStream, PortAudio, candidate_rates
from softphone.audio.watcher import DeviceWatcher
from softphone.blocks.events import Event
from softphone.blocks.readiness import Check

if TYPE_CHECKING:
    from softphone.settings.store import Settings

log = logging.getLogger("audio")

RING_CADENCE = ((2.0, 4.0),)  # North American ring: two seconds on, four off
RING_FREQUENCIES = (440.0, 480.0)
TEST_TONE_FREQUENCY = 440.0
TEST_TONE_SECONDS = 1.5
SETTING_KEYS = frozenset(role.setting for role in Role) | {
    "audio.speaker_volume", "audio.microphone_volume", "audio.ringer_volume",
    "audio.sample_rate", "audio.rescan_seconds",
}


@dataclass(frozen=True)
class ActiveStream:
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
    watching: bool = False
    loaded: bool = False  # PortAudio was tried (until then nothing is known)


class _Call:
    """One call's side of the audio path (``softphone.core.audio.CallAudio``).

    Live audio (a frame or a few at a time, as RTP delivers it) goes through the jitter buffer,
    which keeps the delay short. A long write (a synthesised prompt handed over whole) is
    queued instead and fed to the jitter buffer as it plays, so it is heard in full, in real
    time; later writes queue behind it until it has played.
    """

    MAX_QUEUED_SECONDS = 120

    def __init__(self, engine: Engine, call_id: str, sample_rate: int) -> None:
        self.call_id = call_id
        self.sample_rate = sample_rate
        self.frame = frame_samples(sample_rate)
        self.playback = JitterBuffer(self.frame)  # far end → speaker
        self.capture = JitterBuffer(self.frame)  # microphone → far end
        self._engine = engine
        self._read_lock = threading.Lock()
        self._queue_lock = threading.Lock()
        self._queued: collections.deque[np.ndarray] = collections.deque()
        self._queued_samples = 0
        self._outgoing = np.zeros(self.frame, dtype=np.int16)
        self.closed = False

    def write_remote(self, pcm: bytes) -> None:
        if self.closed:
            return
        samples = np.frombuffer(pcm, dtype=np.int16, count=len(pcm) // 2)
        with self._queue_lock:
            if self._queued or len(samples) > self.playback.max_frames * self.frame:
                if self._queued_samples + len(samples) > self.MAX_QUEUED_SECONDS * self.sample_rate:
                    self.playback.dropped += len(samples)
                    return
                self._queued.append(samples.copy())
                self._queued_samples += len(samples)
                return
            self.playback.write(samples)

    def pull(self, out: np.ndarray) -> None:
        """Speaker callback: the next frame of far-end audio into ``out`` (int16)."""
        if self._queued:
            self._feed_queued()
        self.playback.read_frame(out)

    def _feed_queued(self) -> None:
        with self._queue_lock:
            wanted = max(self.playback.target, 1) * self.frame
            while self._queued and self.playback.level < wanted:
                chunk = self._queued[0]
                take = min(len(chunk), wanted - self.playback.level)
                self.playback.write(chunk[:take])
                self._queued_samples -= take
                if take == len(chunk):
                    self._queued.popleft()
                else:
                    self._queued[0] = chunk[take:]

    def read_local(self) -> bytes:
        with self._read_lock:
            self.capture.read_frame(self._outgoing)
            return self._outgoing.tobytes()

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self._engine._post(lambda: self._engine._remove_call(self))


class _Playback:
    """One call's far-end audio rendered at one speaker stream's rate."""

    def __init__(self, call: _Call, device_rate: int) -> None:
        self.call = call
        self.resampler = FrameResampler(call.sample_rate, device_rate)
        self.pcm = np.zeros(call.frame, dtype=np.int16)
        self.frame = np.zeros(self.resampler.n_out, dtype=np.float32)

    def render(self) -> np.ndarray:
        self.call.pull(self.pcm)
        self.resampler.process(self.pcm, self.frame)
        return self.frame


class _Capture:
    """The microphone stream's blocks, resampled to one call's rate and queued for it."""

    def __init__(self, call: _Call, device_rate: int) -> None:
        self.call = call
        self.resampler = FrameResampler(device_rate, call.sample_rate)
        self.frame = np.zeros(call.frame, dtype=np.float32)
        self.pcm = np.zeros(call.frame, dtype=np.int16)

    def feed(self, block: np.ndarray, gain: float) -> None:
        if gain == 0.0:
            self.pcm.fill(0)
        else:
            self.resampler.process(block, self.frame)
            np.multiply(self.frame, gain * 32767.0, out=self.frame)
            np.clip(self.frame, -32768.0, 32767.0, out=self.frame)
            np.copyto(self.pcm, self.frame, casting="unsafe")
        self.call.capture.write(self.pcm)


@dataclass
class _Stream:
    role: Role
    opened: OpenStream
    alive: bool = True
    closing: bool = False
    xruns: int = 0


class Engine:
    """Implements ``AudioEngine`` and the agent's device controls; see the module docstring.

    ``portaudio`` and ``watcher_command`` are seams for tests and packaging; ``watch=False``
    skips the watcher process (device changes are then seen between calls only).
    """

    def __init__(self, settings: Settings, *, portaudio: PortAudio | None = None,
                 watch: bool = True, watcher_command: Sequence[str] | None = None) -> None:
        self.state_changed: Event[[AudioState]] = Event()
        self.notice: Event[[str]] = Event()
        self._settings = settings
        self._portaudio = portaudio or PortAudio()
        self._queue: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._watch = watch
        self._watcher_command = watcher_command
        self._watcher: DeviceWatcher | None = None
        self._state = AudioState()
        self.latest_notice = (0, "")  # (how many so far, the newest): for widgets that poll
        self._closed = False
        # worker-thread state
        self._snapshot = DeviceSnapshot(problem="The audio devices have not been listed yet.")
        self._unusable: dict[str, str] = {}
        self._stale = False  # PortAudio must restart before the next stream opens
        self._restarted_for: tuple[Any, ...] = ()  # the device list of the last restart
        self._streams: dict[Role, _Stream] = {}
        self._calls: list[_Call] = []
        self._open: dict[str, _Call] = {}  # by call id, for open_call (any thread)
        self._calls_lock = threading.Lock()
        self._monitoring = 0
        self._ringing = False
        self._tone_until = 0.0
        self._last_idle_scan = 0.0
        self._preferences: dict[Role, str] = {}
        self._sample_rate = 48000
        self._rescan_seconds = 3.0
        # read by the PortAudio callbacks: replaced whole, never mutated
        self._playbacks: tuple[_Playback, ...] = ()
        self._captures: tuple[_Capture, ...] = ()
        self._speaker_gain = 1.0
        self._microphone_gain = 1.0
        self._ringer_gain = 0.8
        self._muted = False
        self._test_tone: Tone | None = None
        self._tone_left = 0
        self._ring_tone: Tone | None = None
        self._level = 0.0
        self._read_settings()
        settings.changed.connect(self._setting_changed)

    # -- life cycle ---------------------------------------------------------------------------

    def start(self) -> None:
        """Start the worker (which loads PortAudio) and the watcher; returns at once."""
        self._thread = threading.Thread(target=self._run, name="audio-engine", daemon=True)
        self._thread.start()
        if self._watch:
            self._watcher = DeviceWatcher(self._rescan_seconds, self._watched,
                                          self._watcher_failed, self._watcher_command)
            self._watcher.start()

    def close(self) -> None:
        """Stop the watcher, close every stream and end the worker (at application exit)."""
        if self._closed:
            return
        self._closed = True
        self._settings.changed.disconnect(self._setting_changed)
        if self._watcher is not None:
            self._watcher.stop()
        self._queue.put(None)
        if self._thread is not None:
            self._thread.join(timeout=5)

    # -- what carriers use --------------------------------------------------------------------

    def open_call(self, call_id: str, sample_rate: int) -> _Call:
        """Start a call's audio at ``sample_rate``; devices follow, the caller never waits.

        Asking again for a call that is open at the same rate returns the same ``CallAudio``
        (an adapter may open it per prompt). Raises ``AudioFormatError`` for a rate that does
        not divide into 20 ms frames.
        """
        with self._calls_lock:
            call = self._open.get(call_id)
            if call is None or call.closed or call.sample_rate != sample_rate:
                call = _Call(self, call_id, sample_rate)
                self._open[call_id] = call
                self._post(lambda: self._add_call(call))
            return call

    # -- what the agent's controls use --------------------------------------------------------

    @property
    def state(self) -> AudioState:
        return self._state

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
        self._muted = muted
        self._post(self._publish)

    @property
    def input_level(self) -> float:
        """Peak of the latest microphone block, 0.0–1.0 (0.0 when no microphone is open)."""
        return self._level if Role.MICROPHONE in self._state.active else 0.0

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
        """Readiness: is there a microphone and a speaker? Answers from memory."""
        state = self._state
        if not state.loaded:
            return []
        checks = []
        for role in (Role.MICROPHONE, Role.SPEAKER):
            choice = state.choices.get(role)
            device = choice.device if choice else None
            checks.append(Check(
                key=f"audio.{role.value}", title=f"{role.label} available",
                passed=device is not None,
                detail=f"Using '{device.name}'." if device else (choice.reason if choice else ""),
                fix="" if device else "Plug in a headset, or check that the sound system runs.",
            ))
        return checks

    # -- worker thread ------------------------------------------------------------------------

    def _post(self, job: Callable[[], None]) -> None:
        self._queue.put(job)

    def _run(self) -> None:
        self._snapshot = self._portaudio.load()
        self._announce_problem()
        self._publish()
        while True:
            try:
                job = self._queue.get(timeout=0.25)
            except queue.Empty:
                job = self._tick
            if job is None:
                break
            try:
                job()
                self._reconcile()
            except Exception:  # the audio path must survive any single failure
                log.exception("audio engine step failed; carrying on")
        for role in list(self._streams):
            self._close_stream(role)

    def _tick(self) -> None:
        now = time.monotonic()
        if self._tone_until and now >= self._tone_until:
            self._tone_until = 0.0
        watching = self._watcher is not None and self._watcher.running
        if not watching and not self._streams and now - self._last_idle_scan > self._rescan_seconds:
            self._rescan_in_process()

    def _rescan_in_process(self) -> None:
        if self._streams and self._watcher is not None and self._watcher.running:
            return  # the watcher sees changes without disturbing the streams
        if self._streams:
            return  # re-initialising would cut the audio; the watcher or a failure will tell
        self._last_idle_scan = time.monotonic()
        self._new_snapshot(self._portaudio.reinitialize())

    def _watched(self, snapshot: DeviceSnapshot) -> None:
        self._post(lambda: self._new_snapshot(snapshot))

    def _watcher_failed(self, message: str) -> None:
        log.warning("%s", message)
        self._post(self._publish)

    def _new_snapshot(self, snapshot: DeviceSnapshot) -> None:
        snapshot = self._keep_busy_devices(snapshot)
        before = self._snapshot
        if _signature(snapshot) == _signature(before) and snapshot.problem == before.problem:
            return
        self._snapshot = snapshot
        self._unusable.clear()  # policy rule 5: retry failed devices once the list changes
        for message in announce_changes(before, snapshot):
            self._tell(message)
        if snapshot.problem != before.problem:
            self._announce_problem()

    def _keep_busy_devices(self, snapshot: DeviceSnapshot) -> DeviceSnapshot:
        """An ALSA hardware device we hold open cannot be probed by another process, so the
        watcher omits it: it counts as present while our stream on it is alive (it would die
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

    def _choices(self) -> dict[Role, Choice]:
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
            if opening and outdated and not restarted:
                # PortAudio's own list is out of date: restart it (closing every stream), once
                # per new device list, even if this process still sees it a little differently
                for role in list(self._streams):
                    self._close_stream(role)
                self._portaudio.reinitialize()
                self._stale, restarted, self._restarted_for = False, True, listed
                if self._watcher is None or not self._watcher.running:
                    self._new_snapshot(self._portaudio.snapshot)
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
            self._mark_unusable(name, "it is no longer listed by the sound system")
            return False
        output = not role.is_input
        callback: Callable[..., None] = {
            Role.MICROPHONE: self._microphone_callback,
            Role.SPEAKER: self._speaker_callback,
            Role.RINGER: self._ringer_callback,
        }[role]
        holder: list[_Stream] = []
        try:
            opened = self._portaudio.open(
                device, output, candidate_rates(self._sample_rate, device),
                callback, lambda: self._finished(holder))
        except AudioDeviceError as error:
            self._mark_unusable(name, str(error).rstrip("."))
            return False
        stream = _Stream(role, opened)
        holder.append(stream)
        self._streams[role] = stream
        self._prepare(role, opened)
        log.info("%s open on %s at %d Hz", role.value, device.name, opened.rate)
        return True

    def _prepare(self, role: Role, opened: OpenStream) -> None:
        """Build the per-rate buffers the new stream's callback uses (never allocated later)."""
        rate, block = opened.rate, frame_samples(opened.rate)
        if role is Role.SPEAKER:
            self._test_tone = Tone(rate, (TEST_TONE_FREQUENCY,), 0.5, ((TEST_TONE_SECONDS, 0.0),))
            self._playbacks = tuple(_Playback(call, rate) for call in self._calls)
        elif role is Role.MICROPHONE:
            self._magnitude = np.zeros(block, dtype=np.float32)
            self._captures = tuple(_Capture(call, rate) for call in self._calls)
        else:
            self._ring_tone = Tone(rate, RING_FREQUENCIES, 0.5, RING_CADENCE)

    def _mark_unusable(self, name: str, why: str) -> None:
        self._unusable[name] = why
        log.warning("audio device %s unusable: %s", name, why)

    def _close_stream(self, role: Role) -> None:
        stream = self._streams.pop(role)
        stream.closing = True
        if role is Role.SPEAKER:
            self._playbacks = ()
        elif role is Role.MICROPHONE:
            self._captures = ()
            self._level = 0.0
        stream.opened.close()

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
        self._mark_unusable(name, "it stopped working")
        self._tell(f"Audio device '{name}' stopped working.")
        self._stale = True  # PortAudio may still list it: restart it before opening again
        # _reconcile (after this job) reopens what is needed on the fallback device

    def _add_call(self, call: _Call) -> None:
        if call.closed:
            return
        if not self._calls and self._muted:
            self._muted = False  # every call after an idle moment starts unmuted
        self._calls.append(call)
        speaker = self._streams.get(Role.SPEAKER)
        if speaker:
            self._playbacks = (*self._playbacks, _Playback(call, speaker.opened.rate))
        microphone = self._streams.get(Role.MICROPHONE)
        if microphone:
            self._captures = (*self._captures, _Capture(call, microphone.opened.rate))
        self._publish()

    def _remove_call(self, call: _Call) -> None:
        with self._calls_lock:
            if self._open.get(call.call_id) is call:
                del self._open[call.call_id]
        if call in self._calls:
            self._calls.remove(call)
        self._playbacks = tuple(p for p in self._playbacks if p.call is not call)
        self._captures = tuple(c for c in self._captures if c.call is not call)

    def _monitor(self, on: bool) -> None:
        self._monitoring = max(0, self._monitoring + (1 if on else -1))

    def _start_test_tone(self) -> None:
        self._tone_until = time.monotonic() + TEST_TONE_SECONDS + 0.5
        self._tone_left = -1  # the speaker callback starts the tone once the stream runs

    def _set_ringing(self, on: bool) -> None:
        self._ringing = on

    def _setting_changed(self, key: str) -> None:
        if key in SETTING_KEYS:
            self._read_settings()
            self._post(lambda: None)  # reconcile with the new choices

    def _read_settings(self) -> None:
        get = self._settings.get
        self._preferences = {role: get(role.setting) for role in Role}
        self._speaker_gain = get("audio.speaker_volume") / 100
        self._microphone_gain = get("audio.microphone_volume") / 100
        self._ringer_gain = get("audio.ringer_volume") / 100
        self._sample_rate = get("audio.sample_rate")
        self._rescan_seconds = get("audio.rescan_seconds")

    def _tell(self, message: str) -> None:
        log.info("%s", message)
        self.latest_notice = (self.latest_notice[0] + 1, message)
        self.notice.emit(message)

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
            watching=self._watcher is not None and self._watcher.running,
            loaded=True,
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
                self._tell(f"{role.label}: back on '{choice.device.name}'.")
        self.state_changed.emit(state)

    # -- PortAudio callback threads: no allocation, no waiting --------------------------------

    def _speaker_callback(self, outdata: np.ndarray, frames: int, _time: Any, status: Any) -> None:
        out = outdata[:, 0]
        out.fill(0.0)
        for playback in self._playbacks:
            np.add(out, playback.render(), out=out)
        np.multiply(out, 1.0 / 32768.0, out=out)
        if self._tone_left and self._test_tone is not None:
            if self._tone_left < 0:
                self._tone_left = len(self._test_tone.table)
                self._test_tone.position = 0
            self._test_tone.add_to(out)
            self._tone_left = max(0, self._tone_left - frames)
        np.multiply(out, self._speaker_gain, out=out)
        np.clip(out, -1.0, 1.0, out=out)

    def _microphone_callback(self, indata: np.ndarray, frames: int, _time: Any,
                             status: Any) -> None:
        block = indata[:, 0]
        np.abs(block, out=self._magnitude)
        self._level = float(self._magnitude.max())
        gain = 0.0 if self._muted else self._microphone_gain
        for capture in self._captures:
            capture.feed(block, gain)

    def _ringer_callback(self, outdata: np.ndarray, frames: int, _time: Any, status: Any) -> None:
        out = outdata[:, 0]
        out.fill(0.0)
        if self._ring_tone is not None:
            self._ring_tone.add_to(out)
        np.multiply(out, self._ringer_gain, out=out)


def _device_name(choice: Choice) -> str | None:
    return choice.device.name if choice.device else None


def _signature(snapshot: DeviceSnapshot) -> tuple[Any, ...]:
    """What makes two device lists the same for our purposes (indices differ between processes)."""
    return (tuple((d.name, d.input_channels, d.output_channels) for d in snapshot.devices),
            snapshot.default_input, snapshot.default_output)


__all__ = ["ActiveStream", "AudioState", "Device", "Engine"]
