"""baresip (Debian's ``baresip``) as a real far end: another SIP phone, with SRTP and G.722.

Each instance gets its own folder (config, account, a tone to send, what it received), listens on
the address and port the test gives (UDP and TCP there, TLS on the next port), plays a sine tone
from a WAV file into every call and records what it decodes (the ``sndfile`` module writes
``dump-<call>-dec.wav``). It is driven through its ``ctrl_tcp`` socket: netstring-framed JSON
commands (``dial``, ``hangup``) and the events it reports (``CALL_ESTABLISHED``...).
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import threading
import time
import wave
from pathlib import Path
from typing import Any

import numpy as np

BARESIP = shutil.which("baresip")
WAIT = 15.0


def tone_wav(path: Path, hz: float, rate: int = 8000, seconds: float = 60.0) -> None:
    samples = np.arange(int(rate * seconds)) / rate
    pcm = (8000 * np.sin(2 * np.pi * hz * samples)).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(pcm.tobytes())


def tone_share(pcm: bytes, rate: int, hz: float) -> float:
    """How much of the signal's energy lies within 30 Hz of ``hz`` (0 to 1): a tone that came
    through decoded is near 1, noise (or ciphertext decoded as audio) near 0."""
    samples = np.frombuffer(pcm[: len(pcm) // 2 * 2], dtype="<i2").astype(float)
    if len(samples) < rate // 10 or not samples.any():
        return 0.0
    power = np.abs(np.fft.rfft(samples * np.hanning(len(samples)))) ** 2
    frequencies = np.fft.rfftfreq(len(samples), 1 / rate)
    return float(power[np.abs(frequencies - hz) <= 30].sum() / power.sum())


def free_port_pair(host: str) -> int:
    """A port free for UDP and TCP on ``host``, with the next one free for TCP (TLS)."""
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.bind((host, 0))
            port = probe.getsockname()[1]
        if port > 64000:
            continue
        try:
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as tcp, \
                    socket.socket(socket.AF_INET, socket.SOCK_STREAM) as tls:
                tcp.bind((host, port))
                tls.bind((host, port + 1))
        except OSError:
            continue
        return port


class Baresip:
    """One baresip process (see the module docstring)."""

    def __init__(self, folder: Path, *, host: str = "127.0.0.1", media_encryption: str = "",
                 codecs: str = "", tone_hz: float = 440.0, certificate: Path | None = None,
                 ca_file: Path | None = None) -> None:
        if BARESIP is None:
            raise AssertionError("baresip is missing: install the Debian package baresip "
                                 "(sh packaging/dev.sh test does)")
        folder.mkdir(parents=True, exist_ok=True)
        self.folder, self.host, self.tone_hz = folder, host, tone_hz
        self.port = free_port_pair(host)
        self.tls_port = self.port + 1
        control = free_port_pair("127.0.0.1")
        # aufile plays the WAV at the codec's rate (no resampling): G.722 unless told otherwise
        tone_wav(folder / "tone.wav", tone_hz, 16000 if "G722" in (codecs or "G722") else 8000)
        lines = [
            "poll_method epoll", f"sip_listen {host}:{self.port}",
            f"audio_source aufile,{folder / 'tone.wav'}", "audio_player alsa,null",
            "audio_alert alsa,null", "rtp_ports 40000-40999", "jitter_buffer_delay 1-10",
            "module_path /usr/lib/baresip/modules", "module g711.so", "module g722.so",
            "module alsa.so", "module aufile.so", "module sndfile.so", "module srtp.so",
            "module ctrl_tcp.so", "module_tmp account.so", "module_app menu.so",
            f"snd_path {folder}", f"ctrl_tcp_listen 127.0.0.1:{control}",
        ]
        if certificate is not None:
            lines.append(f"sip_certificate {certificate}")
        if ca_file is not None:
            lines.append(f"sip_cafile {ca_file}")
        (folder / "config").write_text("\n".join(lines) + "\n")
        account = f"<sip:psap@{host}>;regint=0;answermode=auto"
        if media_encryption:
            account += f";mediaenc={media_encryption}"
        if codecs:
            account += f";audio_codecs={codecs}"
        (folder / "accounts").write_text(account + "\n")
        self._log = (folder / "baresip.log").open("wb")
        self.process = subprocess.Popen([BARESIP, "-f", str(folder)], stdin=subprocess.DEVNULL,
                                        stdout=self._log, stderr=subprocess.STDOUT)
        self.events: list[dict[str, Any]] = []
        self._responses: list[dict[str, Any]] = []
        self._changed = threading.Condition()
        self._control = self._connect(control)
        threading.Thread(target=self._read, daemon=True).start()

    def _connect(self, port: int) -> socket.socket:
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"baresip exited at start:\n{self.log()}")
            try:
                return socket.create_connection(("127.0.0.1", port), timeout=WAIT)
            except OSError:
                threading.Event().wait(0.02)
        raise AssertionError(f"baresip did not open its control port:\n{self.log()}")

    def _read(self) -> None:
        buffer = b""
        while True:
            try:
                data = self._control.recv(65536)
            except OSError:
                return
            if not data:
                return
            buffer += data
            while b":" in buffer:
                length, _, rest = buffer.partition(b":")
                if len(rest) < int(length) + 1:
                    break
                message = json.loads(rest[: int(length)])
                buffer = rest[int(length) + 1:]
                with self._changed:
                    (self.events if message.get("event") else self._responses).append(message)
                    self._changed.notify_all()

    def command(self, name: str, params: str = "") -> dict[str, Any]:
        body = json.dumps({"command": name, "params": params, "token": name}).encode()
        self._control.sendall(b"%d:%s," % (len(body), body))
        with self._changed:
            if not self._changed.wait_for(lambda: self._responses, WAIT):
                raise AssertionError(f"baresip did not answer {name}:\n{self.log()}")
            return self._responses.pop(0)

    def wait_event(self, kind: str, timeout: float = WAIT) -> dict[str, Any]:
        with self._changed:
            if not self._changed.wait_for(
                    lambda: any(event.get("type") == kind for event in self.events), timeout):
                raise AssertionError(f"baresip reported no {kind}; events: {self.events}\n"
                                     f"{self.log()}")
            return next(event for event in self.events if event.get("type") == kind)

    def dial(self, uri: str) -> None:
        self.command("dial", uri)

    def received(self) -> tuple[bytes, int]:
        """The audio baresip decoded in its last call (PCM, sample rate)."""
        dumps = sorted(self.folder.glob("dump-*-dec.wav"), key=lambda path: path.stat().st_mtime)
        if not dumps:
            return b"", 8000
        with wave.open(str(dumps[-1])) as recording:
            return recording.readframes(recording.getnframes()), recording.getframerate()

    def log(self) -> str:
        self._log.flush()
        return (self.folder / "baresip.log").read_text(errors="replace")[-6000:]

    def stop(self) -> None:
        self._control.close()
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()
