"""Click-to-dial from a new process: ``softphone dial 911`` started → the INVITE on the wire.

A CRM's tel: link runs a new ``softphone dial`` process each time; this measures that whole
path against a running softphone (offscreen, SIP carrier, fresh temporary profile): process
start, the command line's imports, the control socket, the instance's dial, the SIP adapter's
INVITE arriving at a UDP socket playing the proxy (which refuses each call with 503, and the
call is hung up, before the next). Beside it, the floor: ``python -c pass`` with the same
interpreter, the ratio (target: within 2x), the same dial straight over the control socket from
this process, and, when baresip is installed (apt ``baresip``), baresip's figures on the same
loopback proxy: a new process (bash writing the command to baresip's ctrl_tcp socket) and a
command on an open control connection. ``--against PATH`` adds the same new-process figure for
another checkout (with its ``.venv``), e.g. a worktree of main before a change, in the same run,
and the ratio.

    .venv/bin/python bench/cli_dial.py [--dials 30] [--against ../perf-base]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from softphone.blocks.profile import Profile
from softphone.control.client import send
from softphone.control.endpoint import Endpoint

WAIT_S = 10.0


class Proxy:
    """A UDP socket that timestamps each INVITE as it arrives and refuses it with 503."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.port = int(self.sock.getsockname()[1])
        self.arrivals: list[float] = []
        self.arrived = threading.Semaphore(0)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        seen: set[bytes] = set()
        while True:
            try:
                data, address = self.sock.recvfrom(65535)
            except OSError:
                return
            if not data.startswith(b"INVITE "):
                continue
            call_id = next((line for line in data.split(b"\r\n")
                            if line.lower().startswith((b"call-id:", b"i:"))), b"")
            if call_id not in seen:  # the first copy, not a retransmission
                seen.add(call_id)
                self.arrivals.append(time.perf_counter())
                self.arrived.release()
            self._refuse(data, address)

    def _refuse(self, invite: bytes, address: tuple[str, int]) -> None:
        keep = [line for line in invite.split(b"\r\n")
                if line.split(b":", 1)[0].lower() in (b"via", b"v", b"from", b"f", b"to", b"t",
                                                       b"call-id", b"i", b"cseq")]
        self.sock.sendto(b"SIP/2.0 503 Service Unavailable\r\n" + b"\r\n".join(keep)
                         + b"\r\nContent-Length: 0\r\n\r\n", address)

    def next_arrival(self) -> float:
        if not self.arrived.acquire(timeout=WAIT_S):
            sys.exit(f"no INVITE reached the proxy within {WAIT_S} s")
        return self.arrivals[-1]


def free_port(kind: int = socket.SOCK_DGRAM) -> int:
    with socket.socket(socket.AF_INET, kind) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def summary(name: str, samples: list[float], reference: float | None = None) -> str:
    ms = sorted(sample * 1000 for sample in samples)
    p90 = ms[min(len(ms) - 1, round(0.9 * (len(ms) - 1)))]
    text = (f"{name}: median {statistics.median(ms):.1f} ms, p90 {p90:.1f} ms, "
            f"min {ms[0]:.1f} ms over {len(ms)}")
    if reference:
        text += f"  (x{statistics.median(samples) / reference:.2f} python -c pass)"
    return text


def python_floor(runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        samples.append(time.perf_counter() - started)
    return samples


def softphone_figures(dials: int, checkout: Path | None = None
                      ) -> tuple[list[float], list[float]]:
    """(new process, over the socket from here) dial → INVITE, on a running softphone; with
    ``checkout``, that checkout's (its .venv) and the new-process figure only (its control
    channel may differ: it is driven through its own command line)."""
    proxy = Proxy()
    python = str(checkout / ".venv" / "bin" / "python") if checkout else sys.executable
    softphone = str(Path(python).with_name("softphone"))
    with tempfile.TemporaryDirectory() as folder, tempfile.TemporaryDirectory() as run:
        environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=run,
                           SOFTPHONE_FLEET_SETTINGS=os.path.join(folder, "no-fleet.toml"))
        os.chmod(run, 0o700)
        Path(folder, "settings.toml").write_text(
            '[outbound]\ncaller_id = "+15551230000"\n[callback]\npool = ["+15551230001"]\n'
            '[carrier]\nadapter = "sip"\n[carrier.sip]\n'
            f'proxy = "127.0.0.1:{proxy.port}"\ndomain = "sos.example.com"\n'
            f'local_address = "127.0.0.1"\nlocal_port = {free_port()}\n'
            'trusted_peers = ["127.0.0.1"]\n[location]\nip_fallback = false\n')

        def command(*arguments: str) -> subprocess.CompletedProcess[bytes]:
            return subprocess.run([softphone, "--profile", folder, *arguments], env=environment,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                  timeout=60, cwd=folder)

        # From the profile's folder: `python -m` looks in the current folder first, and a
        # checkout there (this one) would be run instead of the one measured.
        instance = subprocess.Popen([python, "-m", "softphone", "--profile", folder, "run",
                                     "--hidden"], env=environment, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL, cwd=folder)
        try:
            deadline = time.monotonic() + 60
            # An older checkout's `status` starts an instance itself, which may win the profile's
            # lock: this one then hands over and exits 0.
            while command("status", "--json").returncode != 0:
                if time.monotonic() > deadline or instance.poll() not in (None, 0):
                    sys.exit(f"the softphone of {checkout or 'this checkout'} did not start")
                time.sleep(0.1)

            def end_call() -> None:
                time.sleep(0.05)  # the 503 comes back and the call ends
                command("hangup")

            def new_process() -> float:
                started = time.perf_counter()
                process = subprocess.Popen([softphone, "--profile", folder, "dial", "911"],
                                           env=environment, stdout=subprocess.DEVNULL, cwd=folder)
                arrived = proxy.next_arrival()
                process.wait()
                end_call()
                return arrived - started

            def over_socket() -> float:
                endpoint = Endpoint(run, Profile.resolve(folder).server_name)
                started = time.perf_counter()
                answer = send(endpoint, {"command": "dial", "args": {"number": "911"}})
                assert answer["ok"], answer
                arrived = proxy.next_arrival()
                end_call()
                return arrived - started

            for _ in range(3):  # warm-up: first-use imports in the instance, the disk cache
                new_process()
            processes = [new_process() for _ in range(dials)]
            sockets = [] if checkout else [over_socket() for _ in range(dials)]
        finally:
            command("quit")
            try:
                instance.wait(timeout=30)
            except subprocess.TimeoutExpired:
                instance.kill()
                instance.wait()
    return processes, sockets


def netstring(command: str, params: str) -> bytes:
    body = json.dumps({"command": command, "params": params, "token": "bench"}).encode()
    return str(len(body)).encode() + b":" + body + b","


def baresip_figures(dials: int) -> tuple[list[float], list[float]] | None:
    """baresip 1.0 on the same kind of proxy, driven through its ctrl_tcp module."""
    if shutil.which("baresip") is None or shutil.which("bash") is None:
        return None
    proxy = Proxy()
    control_port = free_port(socket.SOCK_STREAM)
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "config").write_text(
            f"poll_method epoll\nsip_listen 127.0.0.1:{free_port()}\n"
            "module_path /usr/lib/baresip/modules\nmodule g711.so\nmodule alsa.so\n"
            "module ctrl_tcp.so\nmodule_tmp account.so\nmodule_app menu.so\n"
            f"ctrl_tcp_listen 127.0.0.1:{control_port}\naudio_source alsa,null\n"
            "audio_player alsa,null\naudio_alert alsa,null\n")
        Path(folder, "accounts").write_text("<sip:bench@127.0.0.1>;regint=0\n")
        Path(folder, "contacts").write_text("")
        process = subprocess.Popen(["baresip", "-f", folder], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + WAIT_S
            while True:  # ready once ctrl_tcp takes connections
                try:
                    socket.create_connection(("127.0.0.1", control_port), timeout=5).close()
                    break
                except OSError:
                    if time.monotonic() > deadline or process.poll() is not None:
                        return None
                    time.sleep(0.05)
            target = f"sip:911@127.0.0.1:{proxy.port}"
            dial = netstring("dial", target)

            def hang_up() -> None:
                time.sleep(0.05)  # the 503 ends baresip's call ("hangup" now would close ctrl_tcp)

            def new_process() -> float:
                started = time.perf_counter()
                subprocess.Popen(["bash", "-c", f"printf '%s' '{dial.decode()}' > "
                                  f"/dev/tcp/127.0.0.1/{control_port}"]).wait()
                arrived = proxy.next_arrival()
                hang_up()
                return arrived - started

            def over_socket(control: socket.socket) -> float:
                started = time.perf_counter()
                control.sendall(dial)
                arrived = proxy.next_arrival()
                hang_up()
                return arrived - started

            for _ in range(3):
                new_process()
            processes = [new_process() for _ in range(dials)]
            # Opened only now: ctrl_tcp keeps one connection, a new one drops the one before.
            with socket.create_connection(("127.0.0.1", control_port), timeout=5) as control:
                return processes, [over_socket(control) for _ in range(dials)]
        finally:
            process.terminate()
            process.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dials", type=int, default=30)
    parser.add_argument("--against", type=Path, metavar="PATH",
                        help="another checkout (with its .venv) to measure in the same run")
    args = parser.parse_args()
    floor = python_floor(args.dials)
    processes, sockets = softphone_figures(args.dials)
    baseline = softphone_figures(args.dials, args.against.resolve())[0] if args.against else None
    floor += python_floor(args.dials)  # before and after: the machine's load moves
    reference = statistics.median(floor)
    print(summary("python -c pass (the floor)            ", floor))
    print(summary("softphone dial 911, new process→INVITE", processes, reference)
          + "  target: within x2")
    if baseline is not None:
        print(summary(f"{args.against.name} dial 911, new process→INVITE", baseline, reference)
              + f"  (this one is x{statistics.median(processes) / statistics.median(baseline):.2f}"
              " that)")
    print(summary("softphone, over the control socket    ", sockets))
    baresip = baresip_figures(args.dials)
    if baresip is None:
        print("baresip: not installed (apt install baresip) or did not start; no figure")
    else:
        print(summary("baresip, new process (bash)→INVITE    ", baresip[0], reference))
        print(summary("baresip, over its control socket      ", baresip[1]))


if __name__ == "__main__":
    main()
