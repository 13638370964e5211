"""What SRTP and TLS cost: the audio path with SRTP against plain RTP, and dial → INVITE over TLS
against UDP.

Run: .venv/bin/python bench/sip_security.py [--frames 500] [--calls 100]
     (targets: SRTP/plain ratios under 1.2 for latency and under 2 for CPU; TLS dial → INVITE
     under 10 ms median)

* **audio path**: two of the carrier's ``Media`` streams on loopback, one sending the call's 20 ms
  G.711 frames to the other as a call does (encode, SRTP protect, UDP, unprotect, jitter buffer,
  decode), first plain, then with SRTP (AES_CM_128_HMAC_SHA1_80 and AEAD_AES_128_GCM), each
  twice, interleaved. Latency: a frame handed to the sender → its audio out of the receiver.
  CPU: process time per frame, both ends.
* **dial**: ``SipCarrier`` alone placing emergency calls (with PIDF-LO), UDP against TLS (TLS 1.3
  to a local server with a certificate from a test CA, connection kept between calls as the
  carrier does); the server refuses each INVITE with 503 and stamps its arrival.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import ssl
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import trustme
from aiortp.port_allocator import PortAllocator

sys.path.insert(0, str(Path(__file__).parents[1]))

from bench.sip_dial import Listener, Scheduler, summary, time_dials  # noqa: E402
from softphone.carriers.sip import SipCarrier, srtp
from softphone.carriers.sip.media import Media
from softphone.core.carrier import CarrierContext
from softphone.settings.store import Settings

FRAME = b"\x10\x00" * 160  # 20 ms at 8 kHz
WAIT = 5.0


# ----- the audio path -----

async def audio_path(frames: int, suite: str | None) -> tuple[list[float], float]:
    ports = PortAllocator()
    sender = await Media.bind("127.0.0.1", ports)
    receiver = await Media.bind("127.0.0.1", ports)
    security: tuple[srtp.Srtp, srtp.Srtp] | None = None
    if suite is not None:
        a, b = (srtp.Crypto.fresh(1, srtp.BY_NAME[suite]) for _ in range(2))
        security = (srtp.Srtp(a, b), srtp.Srtp(b, a))
    await sender.connect(("127.0.0.1", receiver.port), 0, None,
                         security[0] if security else None)
    await receiver.connect(("127.0.0.1", sender.port), 0, None,
                           security[1] if security else None)
    sent: list[float] = []
    latencies: list[float] = []
    receiver.session.on_audio = lambda _pcm, _ts: latencies.append(
        time.perf_counter() - sent[len(latencies)]) if len(latencies) < len(sent) else None
    cpu = time.process_time()
    due = time.monotonic()
    for _ in range(frames):
        due += 0.02
        await asyncio.sleep(max(0.0, due - time.monotonic()))
        sent.append(time.perf_counter())
        sender.session.send_audio_pcm_auto(FRAME)
    await asyncio.sleep(0.2)
    cpu_per_frame = (time.process_time() - cpu) / frames
    await sender.close()
    await receiver.close()
    return latencies, cpu_per_frame


def bench_audio(frames: int) -> dict[str, tuple[list[float], list[float]]]:
    results: dict[str, tuple[list[float], list[float]]] = {}
    modes = [None, "AES_CM_128_HMAC_SHA1_80", "AEAD_AES_128_GCM"]
    for _ in range(2):
        for mode in modes:
            latencies, cpu = asyncio.run(audio_path(frames, mode))
            name = mode or "plain RTP"
            lat, cpus = results.setdefault(name, ([], []))
            lat.extend(latencies)
            cpus.append(cpu)
    return results


# ----- dial → INVITE -----

class Sbc:
    """A UDP socket or a TLS server that stamps each INVITE's arrival and answers 503."""

    def __init__(self, tls: ssl.SSLContext | None) -> None:
        self.arrivals: list[float] = []
        self.arrived = threading.Semaphore(0)
        kind = socket.SOCK_STREAM if tls else socket.SOCK_DGRAM
        self.sock = socket.socket(socket.AF_INET, kind)
        self.sock.bind(("127.0.0.1", 0))
        self.port = int(self.sock.getsockname()[1])
        self._tls = tls
        if tls:
            self.sock.listen()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        if self._tls is None:
            while True:
                try:
                    data, addr = self.sock.recvfrom(65535)
                except OSError:
                    return
                self._take(data, lambda reply, addr=addr: self.sock.sendto(reply, addr))
            return
        try:
            raw, _ = self.sock.accept()
        except OSError:
            return
        connection = self._tls.wrap_socket(raw, server_side=True)
        buffer = b""
        while True:
            try:
                chunk = connection.recv(65535)
            except OSError:
                return
            if not chunk:
                return
            buffer += chunk
            while b"\r\n\r\n" in buffer:
                head, _, rest = buffer.partition(b"\r\n\r\n")
                length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n")
                               if line.lower().startswith(b"content-length:")), 0)
                if len(rest) < length:
                    break
                self._take(head + b"\r\n\r\n" + rest[:length], connection.sendall)
                buffer = rest[length:]

    def _take(self, message: bytes, send) -> None:  # type: ignore[no-untyped-def]
        if not message.startswith(b"INVITE"):
            return
        self.arrivals.append(time.perf_counter())
        self.arrived.release()
        keep = [line for line in message.decode().split("\r\n")
                if line.split(":", 1)[0] in ("Via", "From", "To", "Call-ID", "CSeq")]
        send(("SIP/2.0 503 Service Unavailable\r\n" + "\r\n".join(keep)
              + "\r\nContent-Length: 0\r\n\r\n").encode())

    def wait(self) -> float:
        if not self.arrived.acquire(timeout=WAIT):
            sys.exit("no INVITE arrived within 5 s")
        return self.arrivals[-1]


def bench_dial(transport: str, calls: int, ca: trustme.CA, folder: Path) -> list[float]:
    server = None
    settings = Settings(folder / f"{transport}.toml", folder / "fleet.toml")
    values = {"carrier.sip.domain": "sos.example.com", "carrier.sip.local_address": "127.0.0.1",
              "carrier.sip.local_port": 0, "carrier.sip.transport": transport}
    if transport == "tls":
        server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ca.issue_cert("127.0.0.1").configure_cert(server)
        ca.cert_pem.write_to_path(str(folder / "ca.pem"))
        values["carrier.sip.tls_ca_file"] = str(folder / "ca.pem")
    sbc = Sbc(server)
    settings.update({**values, "carrier.sip.proxy": f"127.0.0.1:{sbc.port}"})
    carrier = SipCarrier(CarrierContext(settings, Scheduler(), None))  # type: ignore[arg-type]
    carrier.start(Listener())
    try:
        samples = time_dials(carrier, sbc.wait, 2 * calls)
    finally:
        carrier.stop()
        sbc.sock.close()
    return samples[calls:]  # the first half warms up (and opens the TLS connection)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--frames", type=int, default=500)
    parser.add_argument("--calls", type=int, default=100)
    arguments = parser.parse_args()
    audio = bench_audio(arguments.frames)
    plain_latency = statistics.median(audio["plain RTP"][0])
    plain_cpu = statistics.median(audio["plain RTP"][1])
    for name, (latencies, cpus) in audio.items():
        print(summary(f"audio path, {name}: frame in -> audio out", latencies)
              + f"; CPU {statistics.median(cpus) * 1e6:.0f} us per frame")
    for name in ("AES_CM_128_HMAC_SHA1_80", "AEAD_AES_128_GCM"):
        latencies, cpus = audio[name]
        print(f"{name} / plain RTP: latency x{statistics.median(latencies) / plain_latency:.2f}, "
              f"CPU x{statistics.median(cpus) / plain_cpu:.2f}  (targets: under 1.2 and 2)")
    ca = trustme.CA()
    with tempfile.TemporaryDirectory() as folder:
        udp = bench_dial("udp", arguments.calls, ca, Path(folder))
        tls = bench_dial("tls", arguments.calls, ca, Path(folder))
    print(summary("dial -> emergency INVITE on the wire, UDP", udp))
    print(summary("dial -> emergency INVITE on the wire, TLS", tls))
    print(f"TLS / UDP: x{statistics.median(tls) / statistics.median(udp):.2f}  "
          "(target: TLS under 10 ms median)")
    os._exit(0)  # the carriers' loop threads are daemons; nothing is left to flush


if __name__ == "__main__":
    main()
