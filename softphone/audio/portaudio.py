"""The one owner of the PortAudio library in a process, through ``sounddevice``, with deadlines.

PortAudio is not thread-safe for (re)initialisation and stream set-up, so every call into it
runs on one thread of its own (``portaudio``), and the caller waits for it at most a deadline.
A PortAudio call can block forever: starting PortAudio asks JACK's client library for its
metadata database, and a process killed while holding that database's lock (a stale JACK lock
in ``/dev/shm/jack_db-<uid>``) makes every later start wait for ever. Such a call cannot be
abandoned inside the process that made it (JACK's library holds a process-wide lock while it
waits, so every later start in that process waits too), so when a deadline passes this owner is
given up for good: ``hung`` says why, every later call answers at once with that, and the
caller stays free. The engine therefore asks a throw-away process first
(``softphone.audio.probe``) and starts PortAudio in its own process only once that answered;
when that process hangs, the engine removes the lock if it is provably abandoned
(``softphone.audio.jack_lock``).

PortAudio only sees devices that were there when it was initialised; ``reinitialize`` closes
every stream of this process, so the engine re-initialises only when it has to.

A missing PortAudio library or sound system is a normal state: ``load`` then returns an empty
snapshot whose ``problem`` says what to install.
"""

from __future__ import annotations

import atexit
import concurrent.futures
import contextlib
import logging
import os
import queue
import sys
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from softphone.audio.devices import Device, DeviceSnapshot, build_snapshot
from softphone.audio.frames import FRAME_SECONDS, frame_samples
from softphone.blocks.text import english, translate

log = logging.getLogger("audio")

INVALID_SAMPLE_RATE = -9997  # paInvalidSampleRate
SUGGESTED_LATENCY = 2 * FRAME_SECONDS  # device buffer: two frames
START_DEADLINE = 5.0  # PortAudio starts in about 0.1 s here; the rest is room for a busy machine
OPEN_DEADLINE = 10.0  # a stream on a PulseAudio sink that sat idle takes up to 2 s to start

T = TypeVar("T")


class AudioDeviceError(RuntimeError):
    """A device could not be opened; the message names it and says why, as a clause (the agent
    reads it in "Speaker 'X' cannot be used (...)")."""


class SoundSystemHung(AudioDeviceError):
    """PortAudio did not answer within its deadline; nothing more is asked of it here."""


def hang_fix() -> str:
    """What an admin does about a PortAudio that does not answer (named after the likely cause)."""
    from softphone.audio.jack_lock import jack_folder  # only once PortAudio does not answer

    folder = jack_folder()
    if folder is not None and folder.is_dir():
        return translate("Audio", "A program killed while it started its audio probably left a "
                                  "stale JACK lock in {folder}: close the programs that use sound "
                                  "and remove that folder (rm -rf {folder}).").format(folder=folder)
    return translate("Audio", "Restart the sound system (or the computer).")


def hung_snapshot(what: str, deadline: float) -> DeviceSnapshot:
    return DeviceSnapshot(
        problem=translate("Audio", "The sound system did not answer within {seconds} s (PortAudio "
                                   "{what} did not return). Calls still go out, but without sound "
                                   "on this computer.").format(seconds=f"{deadline:g}", what=what),
        fix=hang_fix(), hung=True)


@dataclass
class OpenStream:
    """A started PortAudio stream with the device and rate it actually runs at."""

    device: Device
    rate: int
    stream: Any  # sounddevice.InputStream or OutputStream
    portaudio: PortAudio | None = None  # whose thread closes it

    def close(self) -> None:
        if self.portaudio is None:
            self._stop()
            return
        try:
            self.portaudio.call(translate("Audio", "stream close"), self._stop, OPEN_DEADLINE)
        except SoundSystemHung as error:
            log.warning("closing the stream on %s: %s", self.device.name, english(str(error)))

    def _stop(self) -> None:
        try:
            self.stream.stop()
            self.stream.close()
        except Exception as error:  # a vanished device may fail to stop; it is closed either way
            log.info("closing the stream on %s: %s", self.device.name, error)


class PortAudio:
    """``load``, ``reinitialize`` and ``refresh`` answer with a snapshot (``hung`` when PortAudio
    did not answer); ``open`` raises ``AudioDeviceError`` (``SoundSystemHung`` likewise)."""

    def __init__(self, start_deadline: float = START_DEADLINE,
                 open_deadline: float = OPEN_DEADLINE) -> None:
        self.start_deadline = start_deadline
        self.open_deadline = open_deadline
        self._sd: Any = None
        self.snapshot = DeviceSnapshot(problem=translate("Audio", "PortAudio has not been loaded "
                                                                  "yet."))
        self.hung = ""  # why PortAudio was given up in this process; "" while it answers
        self._jobs: queue.SimpleQueue[tuple[Callable[[], Any], concurrent.futures.Future[Any]]] \
            = queue.SimpleQueue()
        self._owner: threading.Thread | None = None

    # -- the owner thread ---------------------------------------------------------------------

    def call(self, what: str, function: Callable[[], T], deadline: float) -> T:
        """Run ``function`` on PortAudio's thread; ``SoundSystemHung`` after ``deadline``."""
        if self.hung:
            raise SoundSystemHung(self.hung)
        if self._owner is None:
            self._owner = threading.Thread(target=self._serve, name="portaudio", daemon=True)
            self._owner.start()
        result: concurrent.futures.Future[T] = concurrent.futures.Future()
        stderr = _keep_stderr()
        self._jobs.put((function, result))
        try:
            return result.result(timeout=deadline)
        except concurrent.futures.TimeoutError:
            self._give_up(what, deadline, stderr)
            raise SoundSystemHung(self.hung) from None
        finally:
            if stderr is not None:
                os.close(stderr)

    def close(self) -> None:
        """End PortAudio's thread (streams must be closed first); not one that hangs."""
        if self._owner is not None and not self.hung:
            self._jobs.put((_STOP, concurrent.futures.Future()))
            self._owner = None

    def _serve(self) -> None:
        while True:
            function, result = self._jobs.get()
            if function is _STOP:
                return
            if result.set_running_or_notify_cancel():
                try:
                    result.set_result(function())
                except BaseException as error:  # handed to the caller, raised there
                    result.set_exception(error)

    def _give_up(self, what: str, deadline: float, stderr: int | None) -> None:
        self.hung = translate("Audio", "PortAudio {what} did not return within {seconds} s; "
                                            "it is not asked again in this process").format(
            what=what, seconds=f"{deadline:g}")
        log.error("%s", english(self.hung))
        if stderr is not None:  # sounddevice points stderr at /dev/null while PortAudio starts
            os.dup2(stderr, 2)
        module = sys.modules.get("sounddevice")
        if module is not None and hasattr(module, "_exit_handler"):
            atexit.unregister(module._exit_handler)  # it would wait on PortAudio at exit
        self.snapshot = hung_snapshot(what, deadline)

    # -- starting and listing -----------------------------------------------------------------

    def load(self) -> DeviceSnapshot:
        """Load PortAudio and list the devices it sees now.

        Importing ``sounddevice`` initialises PortAudio once per process; a second owner in the
        same process (tests, the ``devices`` command after the app) restarts it to see today's
        devices rather than those of the first import.
        """
        return self._answer(translate("Audio", "start"), self._load)

    def _answer(self, what: str, function: Callable[[], DeviceSnapshot]) -> DeviceSnapshot:
        with contextlib.suppress(SoundSystemHung):  # when it is raised, self.snapshot says so
            self.snapshot = self.call(what, function, self.start_deadline)
        return self.snapshot

    def _load(self) -> DeviceSnapshot:
        already = "sounddevice" in sys.modules
        try:
            import sounddevice
        except OSError as error:
            return DeviceSnapshot(problem=translate(
                "Audio", "The PortAudio library is missing ({error}). Calls still go out, but "
                         "without sound on this computer: install it (Debian/Ubuntu: apt install "
                         "libportaudio2).").format(error=str(error)))
        self._sd = sounddevice
        return self._restart() if already else self._list()

    def reinitialize(self) -> DeviceSnapshot:
        """Restart PortAudio so it sees devices plugged in or out since; closes all streams."""
        if self._sd is None:
            return self.load()
        return self._answer(translate("Audio", "restart"), self._restart)

    def _restart(self) -> DeviceSnapshot:
        try:
            self._sd._terminate()
            self._sd._initialize()
        except self._sd.PortAudioError as error:
            return DeviceSnapshot(problem=translate(
                "Audio", "The sound system failed to restart ({error}).").format(error=str(error)))
        return self._list()

    def refresh(self) -> DeviceSnapshot:
        return self._answer(translate("Audio", "device list"), self._list)

    def _list(self) -> DeviceSnapshot:
        sd = self._sd
        try:
            devices = sd.query_devices()
            host_apis = list(sd.query_hostapis())
            default_api = int(sd._lib.Pa_GetDefaultHostApi())
        except sd.PortAudioError as error:
            return DeviceSnapshot(problem=translate(
                "Audio", "The sound system cannot be queried ({error}).").format(error=str(error)))
        return build_snapshot(devices, host_apis, default_api)

    @property
    def loaded(self) -> bool:
        return self._sd is not None and not self.hung

    # -- streams ------------------------------------------------------------------------------

    def open(self, device: Device, output: bool, rates: Iterable[int],
             callback: Callable[..., None], finished: Callable[[], None],
             prepare: Callable[[int, float], None]) -> OpenStream:
        """Open and start a mono float32 stream with 20 ms blocks at the first rate it accepts.

        ``prepare(rate, latency)`` runs once the rate and the stream's latency (seconds) are
        known and before the stream starts, so that the callback's first block finds its buffers
        made for that rate. ``device`` must come from
        this PortAudio session's snapshot (its index is used).
        """
        if self._sd is None:
            raise AudioDeviceError(translate("Audio", "there is no sound system to open devices "
                                                      "with"))
        candidates = list(rates)
        return self.call(
            translate("Audio", "opening '{device}'").format(device=device.name),
            lambda: self._open(device, output, candidates, callback, finished, prepare),
            self.open_deadline)

    def _open(self, device: Device, output: bool, rates: list[int],
              callback: Callable[..., None], finished: Callable[[], None],
              prepare: Callable[[int, float], None]) -> OpenStream:
        refused: list[str] = []
        for rate in rates:
            try:
                stream = self._create(device, output, rate, callback, finished)
            except self._sd.PortAudioError as error:
                if _error_code(error) == INVALID_SAMPLE_RATE:
                    refused.append(f"{rate} Hz")
                    continue
                raise AudioDeviceError(translate("Audio", "'{device}' could not be opened "
                                                          "({error})").format(
                    device=device.name, error=str(error))) from error
            prepare(rate, float(getattr(stream, "latency", SUGGESTED_LATENCY)))
            try:
                stream.start()
            except self._sd.PortAudioError as error:
                stream.close()
                raise AudioDeviceError(translate(
                    "Audio", "'{device}' could not be started ({error})").format(
                    device=device.name, error=str(error))) from error
            if refused:
                log.warning("%s refused %s; running at %d Hz",
                            device.name, ", ".join(refused), rate)
            return OpenStream(device, rate, stream, self)
        raise AudioDeviceError(translate(
            "Audio", "'{device}' refused every sample rate tried ({rates})").format(
            device=device.name, rates=", ".join(refused)))

    def _create(self, device: Device, output: bool, rate: int,
                callback: Callable[..., None], finished: Callable[[], None]) -> Any:
        """The hardware edge: build one PortAudio stream (tests wrap this to refuse a rate)."""
        kind = self._sd.OutputStream if output else self._sd.InputStream
        return kind(device=device.index, samplerate=rate, channels=1, dtype="float32",
                    blocksize=frame_samples(rate), latency=SUGGESTED_LATENCY,
                    callback=callback, finished_callback=finished)


def _STOP() -> None:
    """Tells PortAudio's thread to end."""


def _keep_stderr() -> int | None:
    try:
        return os.dup(2)
    except OSError:
        return None


def _error_code(error: Exception) -> int | None:
    args: tuple[Any, ...] = error.args
    return args[1] if len(args) > 1 and isinstance(args[1], int) else None


def candidate_rates(preferred: int, device: Device) -> list[int]:
    """The rates to try, best first: the configured rate, the device's own, then common ones."""
    rates = [preferred, round(device.default_sample_rate), 48000, 44100, 32000, 16000, 8000]
    usable: list[int] = []
    for rate in rates:
        if rate > 0 and rate % 50 == 0 and rate not in usable:
            usable.append(rate)
    return usable
