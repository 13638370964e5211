"""The one owner of the PortAudio library in a process, through ``sounddevice``.

PortAudio is not thread-safe for (re)initialisation and stream set-up, so one thread uses an
instance: the engine's worker thread, the device-watcher process, or the ``devices`` command.
PortAudio only sees devices that were there when it was initialised; ``reinitialize`` closes
every stream of this process, which is why the app watches for changes in a separate process
(``softphone.audio.scan``) and re-initialises its own PortAudio only when it has to.

A missing PortAudio library or sound system is a normal state: ``load`` then returns an empty
snapshot whose ``problem`` says what to install.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from softphone.audio.devices import Device, DeviceSnapshot, build_snapshot
from softphone.audio.dsp import FRAME_SECONDS, frame_samples

log = logging.getLogger("audio")

INVALID_SAMPLE_RATE = -9997  # paInvalidSampleRate
SUGGESTED_LATENCY = 2 * FRAME_SECONDS  # device buffer: two frames


class AudioDeviceError(RuntimeError):
    """A device could not be opened; the message names it and says what to try."""


@dataclass
class OpenStream:
    """A started PortAudio stream with the device and rate it actually runs at."""

    device: Device
    rate: int
    stream: Any  # sounddevice.InputStream or OutputStream

    def close(self) -> None:
        try:
            self.stream.stop()
            self.stream.close()
        except Exception as error:  # a vanished device may fail to stop; it is closed either way
            log.info("closing the stream on %s: %s", self.device.name, error)


class PortAudio:
    def __init__(self) -> None:
        self._sd: Any = None
        self.snapshot = DeviceSnapshot(problem="PortAudio has not been loaded yet.")

    def load(self) -> DeviceSnapshot:
        """Load PortAudio and list the devices it sees now.

        Importing ``sounddevice`` initialises PortAudio once per process; a second owner in the
        same process (tests, the ``devices`` command after the app) restarts it to see today's
        devices rather than those of the first import.
        """
        already = "sounddevice" in sys.modules
        try:
            import sounddevice
        except OSError as error:
            self.snapshot = DeviceSnapshot(problem=(
                f"The PortAudio library is missing ({error}). Calls still go out, but without "
                "sound on this computer: install it (Debian/Ubuntu: apt install libportaudio2)."
            ))
            return self.snapshot
        self._sd = sounddevice
        return self.reinitialize() if already else self.refresh()

    def reinitialize(self) -> DeviceSnapshot:
        """Restart PortAudio so it sees devices plugged in or out since; closes all streams."""
        if self._sd is None:
            return self.load()
        try:
            self._sd._terminate()
            self._sd._initialize()
        except self._sd.PortAudioError as error:
            self.snapshot = DeviceSnapshot(problem=f"The sound system failed to restart ({error}).")
            return self.snapshot
        return self.refresh()

    def refresh(self) -> DeviceSnapshot:
        sd = self._sd
        try:
            devices = sd.query_devices()
            host_apis = list(sd.query_hostapis())
            default_api = int(sd._lib.Pa_GetDefaultHostApi())
        except sd.PortAudioError as error:
            self.snapshot = DeviceSnapshot(problem=f"The sound system cannot be queried ({error}).")
            return self.snapshot
        self.snapshot = build_snapshot(devices, host_apis, default_api)
        return self.snapshot

    @property
    def loaded(self) -> bool:
        return self._sd is not None

    def open(self, device: Device, output: bool, rates: Iterable[int],
             callback: Callable[..., None], finished: Callable[[], None]) -> OpenStream:
        """Open and start a mono float32 stream with 20 ms blocks at the first rate it accepts.

        ``device`` must come from this PortAudio session's snapshot (its index is used).
        """
        if self._sd is None:
            raise AudioDeviceError("There is no sound system to open devices with.")
        refused: list[str] = []
        for rate in rates:
            try:
                stream = self._create(device, output, rate, callback, finished)
            except self._sd.PortAudioError as error:
                if _error_code(error) == INVALID_SAMPLE_RATE:
                    refused.append(f"{rate} Hz")
                    continue
                raise AudioDeviceError(f"'{device.name}' could not be opened ({error}).") from error
            try:
                stream.start()
            except self._sd.PortAudioError as error:
                stream.close()
                raise AudioDeviceError(
                    f"'{device.name}' could not be started ({error}).") from error
            if refused:
                log.warning("%s refused %s; running at %d Hz",
                            device.name, ", ".join(refused), rate)
            return OpenStream(device, rate, stream)
        raise AudioDeviceError(
            f"'{device.name}' refused every sample rate tried ({', '.join(refused)})."
        )

    def _create(self, device: Device, output: bool, rate: int,
                callback: Callable[..., None], finished: Callable[[], None]) -> Any:
        """The hardware edge: build one PortAudio stream (tests wrap this to refuse a rate)."""
        kind = self._sd.OutputStream if output else self._sd.InputStream
        return kind(device=device.index, samplerate=rate, channels=1, dtype="float32",
                    blocksize=frame_samples(rate), latency=SUGGESTED_LATENCY,
                    callback=callback, finished_callback=finished)


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
