"""Benchmark: from the dial action to the notification accepted by a local SMTP server.

Run: .venv/bin/python bench/notify_dial_to_inbox.py [--calls 30]

Builds the core exactly as the app does (``core.assembly.assemble``, simulated carrier, SQLite
profile in a temporary folder) with the real ``Notifier`` and a real aiosmtpd server on loopback
with STARTTLS and AUTH (trustme certificate). Prints:

* dial → message accepted by the server (target: median under 1 s);
* the time ``Phone.dial("911")`` takes with the notifier and with a notifier that does nothing,
  to show the dial path is not slowed by it (and ``Notifier.notify`` alone).
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import trustme

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the tests' SMTP server helpers

from softphone.blocks.profile import Profile
from softphone.carrier_plugins import load_carrier
from softphone.core.assembly import assemble
from softphone.core.audio import CallAudio
from softphone.core.carrier import CarrierContext
from softphone.core.notification import EmergencyNotice, EmergencyNotifier
from softphone.core.storage import Database
from softphone.notify.notifier import Notifier
from softphone.settings.store import Settings
from tests.notify.notify_helpers import SMTP_PASSWORD, MailServer, configure, free_port


class _NeverScheduler:
    """The carrier's timers never fire: calls stay handed off, which is all the dial path does."""

    def call_later(self, seconds: float, function: Callable[[], None]) -> Callable[[], None]:
        return lambda: None


class _Silent:
    sample_rate = 8000

    def write_remote(self, pcm: bytes) -> None:
        pass

    def read_local(self) -> bytes:
        return bytes(320)

    def close(self) -> None:
        pass


class _NoAudio:
    def open_call(self, call_id: str, sample_rate: int) -> CallAudio:
        return _Silent()


class _DoNothing:
    def notify(self, notice: EmergencyNotice) -> None:
        pass


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def _show(name: str, seconds: list[float], unit: float = 1e3, label: str = "ms") -> float:
    median = statistics.median(seconds)
    print(f"{name:<48} median {median * unit:8.3f} {label}   p99 {_percentile(seconds, 0.99) * unit:8.3f} "
          f"{label}   (n={len(seconds)})")
    return median


def _core(root: Path, notifier: EmergencyNotifier, settings: Settings):  # type: ignore[no-untyped-def]
    carrier = load_carrier(CarrierContext(settings, _NeverScheduler(), _NoAudio()), problems=[])
    return assemble(settings, Database(root / "softphone.db"), carrier, _NeverScheduler(),
                    _NoLocation(), notifier)


class _NoLocation:
    def latest(self) -> None:
        return None


def _dial_once(phone) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    call = phone.dial("911")
    elapsed = time.perf_counter() - start
    phone.hangup(call.call_id)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=30)
    calls = parser.parse_args().calls
    logging.getLogger("mail.log").setLevel(logging.ERROR)  # aiosmtpd's per-login deprecation note

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        ca = trustme.CA()
        ca_file = root / "ca.pem"
        ca.cert_pem.write_to_path(str(ca_file))
        server = MailServer(ca, free_port())
        server.start()
        profile = Profile(root / "profile", root / "fleet.toml")
        profile.ensure()
        settings = Settings(profile.settings_file)
        settings.update({"callback.pool": ["+15551230001"], "outbound.caller_id": "+15551230000",
                         "carrier.simulated.speak_greeting": False})
        configure(settings, server, ca_file=ca_file)

        notifier = Notifier(settings, profile.root / "outbox.db", post=lambda function: function(),
                            secret=lambda name: SMTP_PASSWORD)
        notifier.start()
        core = _core(profile.root, notifier, settings)
        core.phone.start()

        end_to_end: list[float] = []
        for count in range(1, calls + 1):
            start = time.perf_counter()
            call = core.phone.dial("911")
            arrived = server.wait_for(count, timeout=30)[-1].at
            end_to_end.append(arrived - start)
            core.phone.hangup(call.call_id)

        quiet_root = root / "quiet"
        quiet_root.mkdir()
        quiet_settings = Settings(quiet_root / "settings.toml")
        quiet_settings.update({"callback.pool": ["+15551230001"],
                               "outbound.caller_id": "+15551230000",
                               "carrier.simulated.speak_greeting": False})
        quiet = _core(quiet_root, _DoNothing(), quiet_settings)
        quiet.phone.start()
        with_notifier: list[float] = []
        without_notifier: list[float] = []
        for _ in range(calls * 5):  # interleaved, so load from elsewhere hits both alike
            with_notifier.append(_dial_once(core.phone))
            without_notifier.append(_dial_once(quiet.phone))
        server.wait_for(calls * 6, timeout=120)

        notice = EmergencyNotice(time.time(), "A", "a", "W", "911", None, None, None, None)
        notify_alone: list[float] = []
        for _ in range(calls * 5):
            start = time.perf_counter()
            notifier.notify(notice)
            notify_alone.append(time.perf_counter() - start)
        server.wait_for(calls * 11, timeout=120)

        print(f"Notifier benchmark: aiosmtpd on loopback, STARTTLS + AUTH, {threading.active_count()}"
              " threads")
        median = _show("dial -> message accepted by the SMTP server", end_to_end)
        print(f"{'':<48} target: median under 1000 ms -> {'met' if median < 1 else 'NOT met'}")
        slow = _show("Phone.dial('911') with the real notifier", with_notifier)
        fast = _show("Phone.dial('911') with a do-nothing notifier", without_notifier)
        print(f"{'':<48} ratio of medians: {slow / fast:.2f}")
        _show("Notifier.notify() alone", notify_alone, unit=1e6, label="us")
        notifier.stop()
        server.stop()


if __name__ == "__main__":
    main()
