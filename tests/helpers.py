"""Test doubles for the true edges (time, the headset) and small helpers shared by tests."""

from __future__ import annotations


class ManualClock:
    """Wall-clock time the test moves forward: a lease runs for an hour, tests do not."""

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


class ManualScheduler:
    """The core's Scheduler driven by a ManualClock; ``advance`` runs what falls due, in order."""

    def __init__(self, clock: ManualClock) -> None:
        self.clock = clock
        self._pending: list[tuple[float, int, object]] = []
        self._sequence = 0

    def call_later(self, seconds, function):
        self._sequence += 1
        entry = (self.clock.now + seconds, self._sequence, function)
        self._pending.append(entry)

        def cancel() -> None:
            if entry in self._pending:
                self._pending.remove(entry)

        return cancel

    def advance(self, seconds: float = 0.0) -> None:
        target = self.clock.now + seconds
        while True:
            due = sorted(e for e in self._pending if e[0] <= target)
            if not due:
                break
            entry = due[0]
            self._pending.remove(entry)
            self.clock.now = max(self.clock.now, entry[0])
            entry[2]()
        self.clock.now = target


class RecordingCall:
    """The headset edge: what a carrier would have played to the agent."""

    def __init__(self, sample_rate: int) -> None:
        self.sample_rate = sample_rate
        self.received = bytearray()

    def write_remote(self, pcm: bytes) -> None:
        self.received.extend(pcm)

    def read_local(self) -> bytes:
        return bytes(self.sample_rate // 50 * 2)

    def close(self) -> None:
        pass


class RecordingAudio:
    def __init__(self) -> None:
        self.calls: dict[str, RecordingCall] = {}

    def open_call(self, call_id: str, sample_rate: int) -> RecordingCall:
        self.calls[call_id] = RecordingCall(sample_rate)
        return self.calls[call_id]
