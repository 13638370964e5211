"""How fast the SIP adapter acts: dial → INVITE on the wire, and PSAP callback INVITE → ringing.

Run: .venv/bin/python bench/sip_dial.py   (targets: under 10 ms median for each)

The "wire" is a UDP socket on loopback playing the SBC (and, for callbacks, the PSAP): a thread
blocked in recv timestamps each datagram as it arrives, on the same monotonic clock as the dial.
Each dialled call is refused with 503 by the SBC, so calls do not pile up.
"""

from __future__ import annotations

import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from softphone.carriers.base import CarrierContext, InboundOffer, OutboundCall
from softphone.carriers.sip import SipCarrier
from softphone.core.calls import CallKind, CallState
from softphone.core.location import CivicAddress, Location
from softphone.settings.store import Settings

CALLS = 100
LOCATION = Location(source="civic", obtained_at=time.time(), latitude=40.7128,
                    longitude=-74.006, accuracy_m=10.0,
                    civic=CivicAddress(street="Main Street", house_number="100", city="New York",
                                       region="NY", postcode="10001", country="US"))


class Listener:
    def __init__(self) -> None:
        self.carrier: SipCarrier | None = None
        self.ringing_at: dict[str, float] = {}
        self.offered = threading.Event()
        self.rang = threading.Event()

    def call_state_changed(self, call_id: str, state: CallState, reason: str = "") -> None:
        if state is CallState.RINGING:
            self.ringing_at[call_id] = time.perf_counter()
            self.rang.set()

    def incoming_call(self, offer: InboundOffer) -> None:
        assert self.carrier is not None
        self.carrier.alert(offer.call_id)  # what the core does for a PSAP callback

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


def summary(name: str, samples: list[float]) -> str:
    ms = sorted(sample * 1000 for sample in samples)
    p99 = ms[min(len(ms) - 1, round(0.99 * len(ms)) - 1)]
    return (f"{name}: median {statistics.median(ms):.2f} ms, p99 {p99:.2f} ms, "
            f"min {ms[0]:.2f} ms, max {ms[-1]:.2f} ms over {len(ms)}")


def refuse(sock: socket.socket, invite: bytes, addr: tuple[str, int]) -> None:
    lines = invite.decode().split("\r\n")
    keep = [line for line in lines if line.split(":", 1)[0] in ("Via", "From", "To", "Call-ID",
                                                                 "CSeq")]
    reply = "SIP/2.0 503 Service Unavailable\r\n" + "\r\n".join(keep) + \
        "\r\nContent-Length: 0\r\n\r\n"
    sock.sendto(reply.encode(), addr)


def bench_dial(carrier: SipCarrier, sbc: socket.socket) -> list[float]:
    arrivals: list[float] = []
    got = threading.Semaphore(0)

    def receive() -> None:
        while len(arrivals) < CALLS:
            data, addr = sbc.recvfrom(65535)
            if data.startswith(b"INVITE"):
                arrivals.append(time.perf_counter())
                got.release()
                refuse(sbc, data, addr)

    threading.Thread(target=receive, daemon=True).start()
    samples = []
    for index in range(CALLS):
        call = OutboundCall(f"bench-{index}", "911", CallKind.EMERGENCY, "+15551230009",
                            "+15551230001", LOCATION, "US")
        started = time.perf_counter()
        carrier.place_call(call)
        if not got.acquire(timeout=5):
            sys.exit("no INVITE arrived within 5 s")
        samples.append(arrivals[index] - started)
    return samples


def bench_callback(carrier: SipCarrier, listener: Listener, port: int) -> list[float]:
    psap = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    psap.bind(("127.0.0.1", 0))
    here = psap.getsockname()[1]
    samples = []
    for index in range(CALLS):
        tag = f"cb{index}"
        invite = (f"INVITE sip:+15551230001@127.0.0.1:{port} SIP/2.0\r\n"
                  f"Via: SIP/2.0/UDP 127.0.0.1:{here};branch=z9hG4bK{tag}\r\n"
                  f"From: <sip:+15557770000@psap.example.com>;tag={tag}\r\n"
                  "To: <sip:+15551230001@sos.example.com>\r\n"
                  f"Call-ID: {tag}@psap.example.com\r\nCSeq: 1 INVITE\r\n"
                  f"Contact: <sip:psap@127.0.0.1:{here}>\r\nPriority: psap-callback\r\n"
                  "Content-Type: application/sdp\r\n\r\n"
                  "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                  "m=audio 4000 RTP/AVP 0\r\n").encode()
        listener.rang.clear()
        started = time.perf_counter()
        psap.sendto(invite, ("127.0.0.1", port))
        if not listener.rang.wait(5):
            sys.exit("the callback did not ring within 5 s")
        call_id = next(reversed(listener.ringing_at))
        samples.append(listener.ringing_at[call_id] - started)
        carrier.hangup(call_id)
    psap.close()
    return samples


def main() -> None:
    sbc = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sbc.bind(("127.0.0.1", 0))
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    folder = Path(tempfile.mkdtemp(prefix="sip-bench-"))
    settings = Settings(folder / "settings.toml", folder / "fleet.toml")
    settings.update({"carrier.sip.proxy": f"127.0.0.1:{sbc.getsockname()[1]}",
                     "carrier.sip.domain": "sos.example.com",
                     "carrier.sip.local_address": "127.0.0.1", "carrier.sip.local_port": port})
    listener = Listener()
    carrier = SipCarrier(CarrierContext(settings, Scheduler(), NoAudio()))  # type: ignore[arg-type]
    listener.carrier = carrier
    carrier.start(listener)
    try:
        bench_dial(carrier, sbc)  # warm-up: imports, first port allocation
        dial = bench_dial(carrier, sbc)
        callback = bench_callback(carrier, listener, port)
    finally:
        carrier.stop()
        sbc.close()
    print(summary("dial -> emergency INVITE on the wire (with PIDF-LO)", dial))
    print(summary("PSAP callback INVITE -> ringing state", callback))
    print("target: under 10 ms median each")


if __name__ == "__main__":
    main()
