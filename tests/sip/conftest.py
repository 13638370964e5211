"""Fixtures for the SIP carrier: real SIPp peers on loopback, a recording listener, and the adapter.

SIPp is started by the tests themselves (CI installs the Debian package ``sip-tester``); each
peer gets its own free port and writes what crossed the wire to a message log the tests read.
The only double is ``RecordingAudio``: the headset is a hardware edge (the real audio engine has
its own tests).
"""

from __future__ import annotations

import contextlib
import random
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from softphone.app import Application
from softphone.carriers.sip import SipCarrier
from softphone.core.calls import CallState
from softphone.core.carrier import CarrierContext, InboundOffer
from softphone.settings.store import Settings

SCENARIOS = Path(__file__).parent / "scenarios"
SIPP = shutil.which("sipp")
WAIT = 15.0


def free_udp_port(span: int = 2) -> int:
    """A port free now for UDP, with the ``span - 1`` ports after it (RTP needs a pair; SIPp's
    media port ``-mp`` takes four: audio and video, each with its RTCP), and for TCP (SIP over
    TCP)."""
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        if port % 2 == 0 and port < 65000:
            try:
                with contextlib.ExitStack() as held:
                    for following in range(port + 1, port + span):
                        held.enter_context(socket.socket(socket.AF_INET, socket.SOCK_DGRAM)).bind(
                            ("127.0.0.1", following))
                    held.enter_context(socket.socket(socket.AF_INET, socket.SOCK_STREAM)).bind(
                        ("127.0.0.1", port))
            except OSError:
                continue
            return port


def free_sip_port() -> int:
    """A port for the adapter, outside the range the system hands out for port 0 (where SIPp's
    ports come from) and outside aiortp's RTP range (10000–20000), so that a port chosen now
    and bound later cannot be taken meanwhile by a SIPp this test starts."""
    while True:
        port = random.randrange(20000, 30000, 2)
        try:
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as datagram, \
                    socket.socket(socket.AF_INET, socket.SOCK_STREAM) as stream:
                datagram.bind(("127.0.0.1", port))
                stream.bind(("127.0.0.1", port))
        except OSError:
            continue
        return port


@dataclass
class Sipp:
    """One SIPp process; ``finish()`` waits for it and returns what it logged."""

    process: subprocess.Popen[bytes]
    port: int
    messages: Path
    errors: Path

    def finish(self, timeout: float = WAIT) -> int:
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise AssertionError(f"SIPp did not finish in {timeout} s:\n{self.log()}") from None

    def log(self) -> str:
        parts = [path.read_text(errors="replace") for path in (self.messages, self.errors)
                 if path.exists()]
        return "\n".join(parts)

    def received(self, method: str) -> list[str]:
        """The requests of ``method`` SIPp received, as text (retransmissions included)."""
        return self._messages("received", method)

    def sent(self, method: str) -> list[str]:
        """The requests of ``method`` SIPp sent, as text (retransmissions included)."""
        return self._messages("sent", method)

    def sent_responses(self) -> list[str]:
        """The responses SIPp sent, as text."""
        return self._messages("sent", "SIP/2.0")

    def _messages(self, direction: str, start: str) -> list[str]:
        if not self.messages.exists():
            return []
        chunks = self.messages.read_text(errors="replace").split("----------------------------")
        return [chunk.split("\n", 2)[2] for chunk in chunks
                if f"message {direction}" in chunk and f"\n{start} " in chunk]


class SippPeers:
    """The SIPp processes one test started from the scenarios in ``scenarios``, logging into
    ``folder``; ``stop()`` kills those still running."""

    def __init__(self, scenarios: Path, folder: Path) -> None:
        if SIPP is None:
            pytest.fail("SIPp is missing: install the Debian package sip-tester "
                        "(sh packaging/dev.sh test does)")
        self.scenarios, self.folder = scenarios, folder
        self.started: list[Sipp] = []

    def start(self, scenario: str, *, target: int | None = None, extra: tuple[str, ...] = (),
              transport: str = "udp", calls: int = 1, timeout: str = "20s") -> Sipp:
        assert SIPP is not None
        port = free_udp_port()
        name = f"{scenario.removesuffix('.xml')}-{port}"
        messages, errors = self.folder / f"{name}.msg", self.folder / f"{name}.err"
        command = [SIPP, "-sf", str(self.scenarios / scenario), "-i", "127.0.0.1",
                   "-p", str(port), "-mp", str(free_udp_port(span=4)), "-m", str(calls),
                   "-timeout", timeout, "-nostdin",
                   "-trace_msg", "-message_file", str(messages),
                   "-trace_err", "-error_file", str(errors),
                   "-t", {"udp": "u1", "tcp": "t1"}[transport], *extra]
        if target is not None:
            command.append(f"127.0.0.1:{target}")
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   cwd=self.folder)
        peer = Sipp(process, port, messages, errors)
        self.started.append(peer)
        wait_until_listening(port, process, socket.SOCK_DGRAM if transport == "udp"
                             else socket.SOCK_STREAM)
        return peer

    def stop(self) -> None:
        for peer in self.started:
            if peer.process.poll() is None:
                peer.process.kill()
                peer.process.wait()


@pytest.fixture
def sipp(tmp_path: Path) -> Iterator[Callable[..., Sipp]]:
    """Start SIPp with a scenario: ``sipp("answering_point.xml")`` or, as a caller,
    ``sipp("psap_callback.xml", target=port)``."""
    peers = SippPeers(SCENARIOS, tmp_path)
    yield peers.start
    peers.stop()


def wait_until(condition: Callable[[], Any], what: str, timeout: float = WAIT) -> Any:
    """Poll ``condition`` (e.g. what SIPp logged) until it holds; fail saying ``what``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        threading.Event().wait(0.02)
    raise AssertionError(f"timed out waiting for {what}")


def wait_until_listening(port: int, process: subprocess.Popen[bytes], kind: int) -> None:
    """Until SIPp has bound its port (binding it ourselves fails then)."""
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return
        with socket.socket(socket.AF_INET, kind) as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                return
        threading.Event().wait(0.01)
    raise AssertionError(f"SIPp did not bind port {port}")


def wait_until_serving(port: int, transport: str = "udp") -> None:
    """Until the adapter answers an OPTIONS on ``port`` (it binds in the background).

    Over TLS the adapter has no listening port (inbound calls ride its connection to the proxy).
    """
    if transport == "tls":
        return
    if transport == "tcp":
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1) as probe:
                    here = probe.getsockname()[1]
                    probe.sendall(options_request(here, "TCP"))
                    if probe.recv(65535).startswith(b"SIP/2.0 200"):
                        return
            except OSError:
                threading.Event().wait(0.02)
        raise AssertionError(f"the SIP adapter did not start serving TCP on port {port}")
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        probe.settimeout(0.1)
        here = probe.getsockname()[1]
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            probe.sendto(options_request(here, "UDP"), ("127.0.0.1", port))
            try:
                probe.recv(65535)
                return
            except (TimeoutError, ConnectionRefusedError):
                continue
    raise AssertionError(f"the SIP adapter did not start serving on port {port}")


def receive(sock: socket.socket, method: str, cseq: str) -> tuple[str, tuple[str, int]]:
    """For a test playing the far end on a plain socket (where SIPp cannot order events as
    needed): the next request of ``method`` with ``cseq``; others are skipped."""
    while True:
        data, sender = sock.recvfrom(65535)
        text = data.decode()
        if text.startswith(f"{method} ") and f"\r\n{cseq}\r\n" in text:
            return text, sender


def reply(request: str, status: str, headers: str = "", body: str = "") -> bytes:
    """A response to ``request`` (its Via, From, Call-ID, CSeq; To with a tag)."""
    kept = [line for line in request.split("\r\n\r\n", 1)[0].split("\r\n")[1:]
            if line.split(":", 1)[0] in ("Via", "From", "Call-ID", "CSeq")]
    to = next(line for line in request.split("\r\n") if line.startswith("To:"))
    return (f"SIP/2.0 {status}\r\n" + "\r\n".join(kept) + f"\r\n{to};tag=sbc\r\n{headers}"
            f"Content-Length: {len(body)}\r\n\r\n{body}").encode()


def options_request(port: int, transport: str) -> bytes:
    return (f"OPTIONS sip:127.0.0.1 SIP/2.0\r\n"
            f"Via: SIP/2.0/{transport} 127.0.0.1:{port};branch=z9hG4bKready\r\n"
            "From: <sip:ready@example.com>;tag=ready\r\nTo: <sip:127.0.0.1>\r\n"
            "Call-ID: ready@example.com\r\nCSeq: 1 OPTIONS\r\n"
            "Content-Length: 0\r\n\r\n").encode()


@dataclass
class Recorder:
    """A carrier listener that records everything and lets a test wait for it."""

    states: list[tuple[str, CallState, str]] = field(default_factory=list)
    offers: list[InboundOffer] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    on_offer: Callable[[InboundOffer], None] | None = None
    on_state: Callable[[str, CallState, str], None] | None = None
    _changed: threading.Condition = field(default_factory=threading.Condition)

    def call_state_changed(self, call_id: str, state: CallState, reason: str = "") -> None:
        with self._changed:
            self.states.append((call_id, state, reason))
            self._changed.notify_all()
        if self.on_state is not None:
            self.on_state(call_id, state, reason)

    def incoming_call(self, offer: InboundOffer) -> None:
        with self._changed:
            self.offers.append(offer)
            self._changed.notify_all()
        if self.on_offer is not None:
            self.on_offer(offer)

    def remote_speech(self, call_id: str, text: str) -> None:
        pass

    def carrier_problem(self, message: str) -> None:
        with self._changed:
            self.problems.append(message)
            self._changed.notify_all()

    def wait_for(self, condition: Callable[[], Any], timeout: float = WAIT) -> Any:
        with self._changed:
            if not self._changed.wait_for(condition, timeout):
                raise AssertionError(f"timed out; states={self.states} offers={self.offers} "
                                     f"problems={self.problems}")
            return condition()

    def state_of(self, call_id: str) -> list[CallState]:
        return [state for cid, state, _ in self.states if cid == call_id]


class RecordingAudio:
    """The headset for one call: plays a 1 kHz tone into the call and records what comes back."""

    def __init__(self, sample_rate: int) -> None:
        self.sample_rate = sample_rate
        self.received = bytearray()
        self.closed = threading.Event()
        tone = 8000 * np.sin(2 * np.pi * 1000 * np.arange(sample_rate // 50) / sample_rate)
        self._frame = tone.astype("<i2").tobytes()
        self._lock = threading.Lock()

    def write_remote(self, pcm: bytes) -> None:
        with self._lock:
            self.received.extend(pcm)

    def read_local(self) -> bytes:
        return self._frame

    def close(self) -> None:
        self.closed.set()


class RecordingEngine:
    def __init__(self) -> None:
        self.calls: dict[str, RecordingAudio] = {}

    def open_call(self, call_id: str, sample_rate: int) -> RecordingAudio:
        audio = RecordingAudio(sample_rate)
        self.calls[call_id] = audio
        return audio


class CoreScheduler:
    def call_later(self, seconds: float, function: Callable[[], None]) -> Callable[[], None]:
        timer = threading.Timer(seconds, function)
        timer.start()
        return timer.cancel


@pytest.fixture
def engine() -> RecordingEngine:
    return RecordingEngine()


@pytest.fixture
def sip_settings(settings: Settings) -> Settings:
    """The SIP adapter on a free loopback port, pointed at nothing yet. Its peers (SIPp, the
    tests' sockets) all run on 127.0.0.1, which is trusted; the tests of who may call the
    softphone set ``trusted_peers`` themselves and call from 127.0.0.2."""
    settings.update({
        "carrier.sip.trusted_peers": ["127.0.0.1"],
        "carrier.adapter": "sip",
        "carrier.sip.domain": "sos.example.com",
        "carrier.sip.local_address": "127.0.0.1",
        "carrier.sip.local_port": free_sip_port(),
        "carrier.sip.no_answer_timeout": 2.0,
        "outbound.caller_id": "+15551230009",
    })
    return settings


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def start_carrier(sip_settings: Settings, engine: RecordingEngine,
                  recorder: Recorder) -> Iterator[Callable[..., SipCarrier]]:
    """Build and start the adapter once the test has set the routes."""
    carriers: list[SipCarrier] = []

    def start(**values: Any) -> SipCarrier:
        sip_settings.update({f"carrier.sip.{key}": value for key, value in values.items()})
        carrier = SipCarrier(CarrierContext(sip_settings, CoreScheduler(), engine))
        carrier.start(recorder)
        carriers.append(carrier)
        wait_until_serving(sip_settings.get("carrier.sip.local_port"),
                           sip_settings.get("carrier.sip.transport"))
        return carrier

    yield start
    for carrier in carriers:
        carrier.stop()


POOL = ["+15551230001", "+15551230002"]
OWN = "+15551230009"


@pytest.fixture
def sip_app(qtbot: Any, profile: Any, sip_settings: Settings,
            ) -> Iterator[Callable[..., Application]]:
    """The whole softphone, as the composition root builds it, on the SIP carrier: the test sets
    the routes, then ``sip_app(proxy=...)`` starts it and waits until its SIP port answers."""
    made: list[Application] = []

    def start(**values: Any) -> Application:
        sip_settings.update({"callback.pool": POOL, "outbound.caller_id": OWN,
                             "location.ip_fallback": False,  # no network here
                             **{f"carrier.sip.{key}": value for key, value in values.items()}})
        sip_settings.save()
        application = Application(profile, configure_logging=False)
        made.append(application)
        application.start(show=True)
        qtbot.waitExposed(application.window)
        wait_until_serving(sip_settings.get("carrier.sip.local_port"))
        return application

    yield start
    for application in made:
        application.shutdown()
