"""Helpers shared by the audio tests: a stand-in carrier media thread and engine start-up."""

from __future__ import annotations

import threading
import time
from typing import Any

import numpy as np

from softphone.audio.devices import Role
from softphone.audio.engine import Engine
from softphone.qtbridge import GuiThread
from softphone.settings.store import Settings

TIMEOUT = 10_000  # ms; device changes are announced by the sound server within a second


class Carrier(threading.Thread):
    """Stands in for a carrier's media thread: every 20 ms it sends a 1 kHz tone frame to the
    far-end side of the call and takes one microphone frame, keeping what it received.

    Like a real media loop it keeps to a clock (frame n at start + n × 20 ms) rather than
    sleeping 20 ms after each frame's work: on a busy machine the latter runs slower than real
    time, which starves the playback buffer and overfills the capture buffer, and the test
    then measures glitches it caused itself."""

    def __init__(self, engine: Engine, rate: int = 8000, send: bool = True) -> None:
        super().__init__(daemon=True)
        self.audio = engine.open_call("call-1", rate)
        self.send = send
        self.rate = rate
        self.frame = rate // 50
        self.received: list[np.ndarray] = []
        self.positions: list[int] = []  # the capture buffer's read position after each frame
        self.stopping = threading.Event()
        self.lock = threading.Lock()

    def run(self) -> None:
        sent = 0
        start = time.monotonic()
        frames = 0
        while not self.stopping.wait(max(0.0, start + (frames + 1) * 0.02 - time.monotonic())):
            frames += 1
            if not self.send:
                with self.lock:  # only listen
                    self.received.append(np.frombuffer(self.audio.read_local(), dtype="<i2"))
                    self.positions.append(self.audio.capture.read)
                continue
            t = (sent + np.arange(self.frame)) / self.rate
            self.audio.write_remote((8000 * np.sin(2 * np.pi * 1000 * t)).astype("<i2").tobytes())
            sent += self.frame
            frame = np.frombuffer(self.audio.read_local(), dtype="<i2")
            assert len(frame) == self.frame
            with self.lock:
                self.received.append(frame)
                self.positions.append(self.audio.capture.read)

    def peak_since(self, start: int) -> int:
        with self.lock:
            frames = self.received[start:]
        return int(max((np.abs(f.astype(int)).max() for f in frames), default=0))

    def levels(self, start: int, frames: int = 25) -> list[float]:
        """The tone's amplitude in each of ``frames`` frames from ``start`` that carry sound
        (the gaps of a busy machine are left out), from each frame's RMS: a frame holds 20
        whole cycles, so this does not depend on where the samples fall on the wave, as a
        sample peak does (up to 8 % for 1 kHz at 8 kHz)."""
        with self.lock:
            chosen = self.received[start:start + frames]
        rms = [float(np.sqrt(np.mean(f.astype(float) ** 2))) for f in chosen]
        return [level * np.sqrt(2) for level in rms if level > 100]

    def count(self) -> int:
        with self.lock:
            return len(self.received)

    def hears_the_tone_again(self, qtbot: Any) -> int:
        """Wait until frames received from now on carry the tone back (through the loopback);
        the index of the first that does."""
        start = self.count()
        qtbot.waitUntil(lambda: self.peak_since(start) > 2000, timeout=TIMEOUT)
        with self.lock:
            return next(index for index in range(start, len(self.received))
                        if np.abs(self.received[index].astype(int)).max() > 2000)

    def first_frame_from(self, qtbot: Any, position: int) -> int:
        """The index of the first frame received that holds only samples the microphone side
        wrote at or after ``position`` (of the call's capture buffer), once it has come: what
        was already on its way before arrives first, however deep the buffer is just then."""
        def found() -> int | None:
            with self.lock:
                return next((index for index, read in enumerate(self.positions)
                             if read - self.frame >= position), None)
        qtbot.waitUntil(lambda: found() is not None, timeout=TIMEOUT)
        index = found()
        assert index is not None
        return index

    def dominant_frequency(self, qtbot: Any, returned: int, frames: int = 25) -> float:
        """The strongest frequency over the ``frames`` frames that follow frame ``returned``
        (where the tone came back, see ``hears_the_tone_again``).

        Measured where the tone plays, not over the frames that led up to its return: those
        are silence, so such a window held only the tone's first samples, at the end where a
        Hann window is near zero, and its spectrum was that of the onset (the resampler's
        ringing, a step): 780 or 3050 Hz, depending on where in a frame the tone began. The
        frame it returns in is such an onset and is left out too."""
        qtbot.waitUntil(lambda: self.count() > returned + frames, timeout=TIMEOUT)
        with self.lock:
            heard = self.received[returned + 1:returned + 1 + frames]
        samples = np.concatenate(heard).astype(float)
        spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples))))
        return float(np.fft.rfftfreq(len(samples), 1 / self.rate)[spectrum.argmax()])

    def stop(self) -> None:
        self.stopping.set()
        self.join()
        self.audio.close()


_GUI_THREAD: list[GuiThread] = []


def gui_post() -> Any:
    """The GUI thread's ``post``, from one bridge that lives as long as the test session.

    A bridge per engine would die whenever the garbage collector gets to it, on whichever
    thread triggered the collection; a QObject destroyed off the GUI thread while the GUI
    thread destroys widgets deadlocks (each waits for the lock the other holds)."""
    if not _GUI_THREAD:
        _GUI_THREAD.append(GuiThread())
    return _GUI_THREAD[0].post


def start_engine(settings: Settings, **kwargs: Any) -> tuple[Engine, list[str]]:
    """The engine as the app builds it: its events arrive on this (the GUI) thread."""
    engine = Engine(settings, gui_post(), **kwargs)
    notices: list[str] = []
    engine.notice.connect(notices.append)
    engine.start()
    return engine, notices


def active(engine: Engine, role: Role) -> str | None:
    stream = engine.state.active.get(role)
    return stream.device if stream else None


def use_headset(engine: Engine, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: "Test Headset" in engine.state.snapshot.names, timeout=TIMEOUT)
    engine.select(Role.SPEAKER, "Test Headset")
    engine.select(Role.MICROPHONE, "Test Headset")
