"""How fast the SIP carrier acts: dial → INVITE on the wire, PSAP callback INVITE → ringing.

Run: .venv/bin/python bench/sip_dial.py [--calls 100]   (targets: under 10 ms median for each)

Two levels, each over ``--calls`` calls after a warm-up:

* **app**: the whole softphone as the composition root builds it, offscreen, on the SIP carrier.
  Dial: Enter in the number field with 911 typed → the emergency INVITE (with its PIDF-LO)
  arriving at the SBC. Callback: a PSAP's INVITE with ``Priority: psap-callback`` leaving → the
  180 Ringing arriving back at the PSAP, i.e. the adapter's read, the core's routing decision on
  the GUI thread (through DND, as the agent is set to Do not disturb) and the alert.
* **adapter**: ``SipCarrier`` alone, its listener answering every offer with ``alert`` at once,
  to show what the adapter itself costs; each call is hung up after its sample.

The "wire" is UDP sockets on loopback playing the SBC and the PSAP. The kernel stamps each
datagram as it arrives (``SO_TIMESTAMPNS``, on the clock of ``time.time``): a thread of this
process reading the socket would need the interpreter the app's GUI thread holds, and would
count the app's work after the datagram left. The SBC refuses every INVITE with 503 so calls do
not pile up. The app's event loop is pumped here as its own loop runs it, closed windows
included (``deleteLater``); each callback sample waits until the ringing prompt is up, then
hangs the call up, so every sample does the whole of a callback's work.

``--against PATH`` runs the app figures on another checkout too (its ``.venv``), alternating
``--rounds`` runs of each, and prints medians and p99 beside each other (``side_by_side``):

    .venv/bin/python bench/sip_dial.py --against ../psap-base --rounds 6 --calls 100
"""

from __future__ import annotations

import argparse
import os
import socket
import struct
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest  # noqa: E402

from softphone.app import Application  # noqa: E402
from softphone.blocks.profile import Profile  # noqa: E402
from softphone.carriers.sip import SipCarrier  # noqa: E402
from softphone.core.calls import CallKind, CallState  # noqa: E402
from softphone.core.carrier import CarrierContext, InboundOffer, OutboundCall  # noqa: E402
from softphone.core.location import CivicAddress, Location  # noqa: E402
from softphone.qt import QtCore, QtWidgets, Signal  # noqa: E402
from softphone.settings.store import Settings  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from side_by_side import Samples, add_arguments, compare, emit, summary  # noqa: E402

LOCATION = Location(source="civic", obtained_at=time.time(), latitude=40.7128,
                    longitude=-74.006, accuracy_m=10.0,
                    civic=CivicAddress(street="Main Street", house_number="100", city="New York",
                                       region="NY", postcode="10001", country="US"))
WAIT = 5.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def refuse(sock: socket.socket, invite: bytes, addr: tuple[str, int]) -> None:
    lines = invite.decode().split("\r\n")
    keep = [line for line in lines if line.split(":", 1)[0] in ("Via", "From", "To", "Call-ID",
                                                                 "CSeq")]
    reply = "SIP/2.0 503 Service Unavailable\r\n" + "\r\n".join(keep) + \
        "\r\nContent-Length: 0\r\n\r\n"
    sock.sendto(reply.encode(), addr)


SO_TIMESTAMPNS = getattr(socket, "SO_TIMESTAMPNS", 35)  # Linux's value; Python lacks the name
TIMESPEC = struct.Struct("qq")


class Wire:
    """A UDP socket on which the kernel stamps each datagram's arrival; a reader thread
    collects the stamps of those that start with ``prefix``."""

    def __init__(self, prefix: bytes, answer: Callable[[socket.socket, bytes, tuple[str, int]],
                                                        None] | None = None) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = int(self.sock.getsockname()[1])
        self.arrivals: list[float] = []
        self.arrived = threading.Semaphore(0)
        self._prefix, self._answer = prefix, answer
        self.notify: Callable[[], None] | None = None  # called (reader thread) after each arrival
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        while True:
            try:
                data, ancillary, _flags, addr = self.sock.recvmsg(65535, 64)
            except OSError:
                return
            if data.startswith(self._prefix):
                stamps = [TIMESPEC.unpack(payload[:TIMESPEC.size])
                          for level, kind, payload in ancillary
                          if level == socket.SOL_SOCKET and kind == SO_TIMESTAMPNS]
                seconds, nanoseconds = stamps[0] if stamps else divmod(time.time_ns(), 10**9)
                self.arrivals.append(seconds + nanoseconds / 1e9)
                self.arrived.release()
                if self.notify is not None:
                    self.notify()
                if self._answer is not None:
                    self._answer(self.sock, data, addr)

    def wait(self, pump: Callable[[], None] = lambda: None) -> float:
        """The next arrival's time (``time.time``'s clock); ``pump`` runs meanwhile."""
        deadline = time.monotonic() + WAIT
        while not self.arrived.acquire(timeout=0.0005):
            pump()
            if time.monotonic() > deadline:
                sys.exit(f"nothing starting with {self._prefix!r} arrived within {WAIT} s")
        return self.arrivals[-1]

    def close(self) -> None:
        self.sock.close()


def callback_invite(index: int, psap_port: int, softphone_port: int) -> bytes:
    tag = f"cb{index}-{time.monotonic_ns()}"
    return (f"INVITE sip:+15551230001@127.0.0.1:{softphone_port} SIP/2.0\r\n"
            f"Via: SIP/2.0/UDP 127.0.0.1:{psap_port};branch=z9hG4bK{tag}\r\n"
            f"From: <sip:+15557770000@psap.example.com>;tag={tag}\r\n"
            "To: <sip:+15551230001@sos.example.com>\r\n"
            f"Call-ID: {tag}@psap.example.com\r\nCSeq: 1 INVITE\r\n"
            f"Contact: <sip:psap@127.0.0.1:{psap_port}>\r\nPriority: psap-callback\r\n"
            "Content-Type: application/sdp\r\n\r\n"
            "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
            "m=audio 4000 RTP/AVP 0\r\n").encode()


# ----- the whole app -----

def bench_app(calls: int) -> tuple[list[float], list[float]]:
    sbc, psap = Wire(b"INVITE", refuse), Wire(b"SIP/2.0 180")
    port = free_port()
    with tempfile.TemporaryDirectory() as folder:
        profile = Profile.resolve(folder)
        profile.ensure()
        profile.settings_file.write_text(
            '[outbound]\ncaller_id = "+15551230000"\n[callback]\npool = ["+15551230001"]\n'
            '[location]\nip_fallback = false\n'
            f'[carrier]\nadapter = "sip"\n[carrier.sip]\nproxy = "127.0.0.1:{sbc.port}"\n'
            f'domain = "sos.example.com"\nlocal_address = "127.0.0.1"\nlocal_port = {port}\n')
        app = Application(profile, configure_logging=False)
        app.start(show=True)
        app.location.os_fix(40.7128, -74.006, 10.0)
        try:
            dial = [sample for _ in range(2) for sample in app_dials(app, sbc, calls)][calls:]
            app.phone.presence.set("Do not disturb")
            ring = [sample for _ in range(2)
                    for sample in app_callbacks(app, psap, port, calls)][calls:]
        finally:
            app.shutdown()
            sbc.close()
            psap.close()
    return dial, ring


def pump() -> None:
    """One turn of the app's event loop, as ``exec`` runs it: ``processEvents`` alone never
    deletes what ``deleteLater`` closed (every emergency view would stay, and every modal
    prompt would then block each of them)."""
    QtWidgets.QApplication.processEvents()
    QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)


def app_dials(app: Application, sbc: Wire, calls: int) -> list[float]:
    field = app.window.dialpad.number
    samples = []
    for _ in range(calls):
        field.setText("911")
        started = time.time()
        QTest.keyClick(field, QtCore.Qt.Key.Key_Return)
        samples.append(sbc.wait(pump) - started)
        if app.phone.emergency.active:
            app.phone.hangup()
        pump()
    return samples


class Arrival(QtCore.QObject):
    """Carries "the wire saw a datagram" from the wire's reader thread to the GUI thread."""

    came = Signal()


def app_callbacks(app: Application, psap: Wire, port: int, calls: int) -> list[float]:
    """The app's own event loop runs (``QEventLoop.exec``) from each INVITE until its 180 has
    arrived and the ringing prompt is up, as in the running app: the GUI thread sleeps in Qt's
    dispatcher, wakes for each post, and runs what was posted next at once (a pumped loop would
    leave the carrier's thread the interpreter between turns)."""
    samples = []
    loop, arrival = QtCore.QEventLoop(), Arrival()
    psap.notify = arrival.came.emit  # from the reader thread: queued to this one
    recheck = QtCore.QTimer()
    recheck.setInterval(1)
    deadline = QtCore.QTimer()
    deadline.setSingleShot(True)
    deadline.setInterval(int(WAIT * 1000))
    deadline.timeout.connect(lambda: sys.exit(f"no 180 or no ringing prompt within {WAIT} s"))

    def check() -> None:  # after the 180: is the agent's side (the prompt) up too?
        if app.window.prompts:
            recheck.stop()
            loop.quit()
        else:
            recheck.start()

    arrival.came.connect(check)
    recheck.timeout.connect(check)
    for index in range(calls):
        started = time.time()
        psap.sock.sendto(callback_invite(index, psap.port, port), ("127.0.0.1", port))
        deadline.start()
        loop.exec()
        deadline.stop()
        psap.arrived.acquire()
        samples.append(psap.arrivals[-1] - started)
        for call in app.phone.calls():
            app.phone.hangup(call.call_id)
        pump()
    psap.notify = None
    return samples


# ----- the adapter alone -----

class Listener:
    def __init__(self) -> None:
        self.carrier: SipCarrier | None = None
        self.offers: list[str] = []

    def call_state_changed(self, call_id: str, state: CallState, reason: str = "") -> None:
        pass

    def incoming_call(self, offer: InboundOffer) -> None:
        assert self.carrier is not None
        self.carrier.alert(offer.call_id)
        self.offers.append(offer.call_id)

    def remote_speech(self, call_id: str, text: str) -> None:
        pass

    def carrier_problem(self, message: str) -> None:
        pass


class NoAudio:
    def open_call(self, call_id: str, sample_rate: int) -> None:
        raise RuntimeError("the benchmark has no headset")


class Scheduler:
    def call_later(self, seconds, function):  # type: ignore[no-untyped-def]
        timer = threading.Timer(seconds, function)
        timer.start()
        return timer.cancel


def time_dials(carrier: SipCarrier, arrival: Callable[[], float], count: int) -> list[float]:
    """Seconds from ``place_call`` of an emergency call to ``arrival()`` of its INVITE."""
    samples = []
    for index in range(count):
        call = OutboundCall(f"bench-{index}", "911", CallKind.EMERGENCY, "+15551230009",
                            "+15551230001", LOCATION, "US")
        started = time.time()
        carrier.place_call(call)
        samples.append(arrival() - started)
    return samples


def bench_adapter(calls: int) -> tuple[list[float], list[float]]:
    sbc, psap = Wire(b"INVITE", refuse), Wire(b"SIP/2.0 180")
    port = free_port()
    folder = Path(tempfile.mkdtemp(prefix="sip-bench-"))
    settings = Settings(folder / "settings.toml", folder / "fleet.toml")
    settings.update({"carrier.sip.proxy": f"127.0.0.1:{sbc.port}",
                     "carrier.sip.domain": "sos.example.com",
                     "carrier.sip.local_address": "127.0.0.1", "carrier.sip.local_port": port})
    listener = Listener()
    carrier = SipCarrier(CarrierContext(settings, Scheduler(), NoAudio()))  # type: ignore[arg-type]
    listener.carrier = carrier
    carrier.start(listener)
    ring = []
    try:
        dial = time_dials(carrier, sbc.wait, 2 * calls)
        for index in range(2 * calls):
            started = time.time()
            psap.sock.sendto(callback_invite(index, psap.port, port), ("127.0.0.1", port))
            ring.append(psap.wait() - started)
            carrier.hangup(listener.offers[-1])  # no more than a few calls ring at once
    finally:
        carrier.stop()
        sbc.close()
        psap.close()
    return dial[calls:], ring[calls:]  # the first half warms up


APP_DIAL = "app: Enter on 911 -> emergency INVITE (PIDF-LO) on the wire"
APP_RING = "app: PSAP callback INVITE -> 180 Ringing on the wire (DND)"
ADAPTER_DIAL = "adapter: place_call -> emergency INVITE on the wire"
ADAPTER_RING = "adapter: PSAP callback INVITE -> 180 Ringing on the wire"
REFERENCES = {APP_DIAL: "target under 10 ms median; 9b55653 as measured beside it",
              APP_RING: "target under 10 ms median; 1.04-1.41 ms median at 9b55653",
              ADAPTER_DIAL: "target under 10 ms median", ADAPTER_RING: "target under 10 ms median"}


def measure(calls: int, adapter: bool) -> Samples:
    qt_app = QtWidgets.QApplication([])
    app_dial, app_ring = bench_app(calls)
    samples = {APP_DIAL: app_dial, APP_RING: app_ring}
    if adapter:
        samples[ADAPTER_DIAL], samples[ADAPTER_RING] = bench_adapter(calls)
    qt_app.shutdown()
    return samples


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=100, help="samples per figure and run")
    add_arguments(parser)
    args = parser.parse_args()
    if args.worker:
        emit(measure(args.calls, adapter=False))
        return
    if args.against:
        compare(Path(__file__), args.against, args.rounds, ["--calls", str(args.calls)],
                {name: REFERENCES[name] for name in (APP_DIAL, APP_RING)})
        return
    for name, samples in measure(args.calls, adapter=True).items():
        print(f"{name}: {summary(samples)} ({REFERENCES[name]})")


if __name__ == "__main__":
    main()
