"""A real Kamailio (Debian's ``kamailio``) for tests: started with a configuration the test gives,
on a free port, in its own folder, and stopped with its whole process group.

    proxy = kamailio(stateful_proxy(forward_to="127.0.0.1:5070", headers="Priority: x\\r\\n"))
    proxy.port, proxy.log()

``kamailio(config)`` puts the port in place of ``{port}`` (and Kamailio's module folder in place
of ``{modules}``) in the configuration text, so any test can bring its own (a registrar, a
database-backed location service...); ``stateful_proxy`` writes a small record-routing proxy.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

KAMAILIO = shutil.which("kamailio") or ("/usr/sbin/kamailio" if Path("/usr/sbin/kamailio").exists()
                                        else None)
MODULES = "/usr/lib/x86_64-linux-gnu/kamailio/modules/"
WAIT = 15.0


def free_port(host: str = "127.0.0.1") -> int:
    """A port free on ``host`` for UDP and TCP alike."""
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as datagram:
            datagram.bind((host, 0))
            port = datagram.getsockname()[1]
        try:
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as stream:
                stream.bind((host, port))
        except OSError:
            continue
        return int(port)


def stateful_proxy(forward_to: str, *, host: str = "127.0.0.1", headers: str = "") -> str:
    """A transaction-stateful, record-routing proxy on ``host``:``{port}`` (UDP and TCP) that
    sends every new request to ``forward_to`` (``host:port``), adding ``headers`` (CRLF-ended
    lines) to it; in-dialog requests follow their route set."""
    add = f'append_hf("{headers}");' if headers else ""
    return f'''#!KAMAILIO
debug=2
log_stderror=yes
children=1
tcp_children=1
listen=udp:{host}:{{port}}
listen=tcp:{host}:{{port}}
mpath="{{modules}}"
loadmodule "tm.so"
loadmodule "sl.so"
loadmodule "rr.so"
loadmodule "pv.so"
loadmodule "siputils.so"
loadmodule "textops.so"
loadmodule "maxfwd.so"
request_route {{
  if (!mf_process_maxfwd_header("10")) {{ sl_send_reply("483", "Too Many Hops"); exit; }}
  if (has_totag()) {{
    if (loose_route()) {{ t_relay(); exit; }}
    if (is_method("ACK")) {{ if (t_check_trans()) {{ t_relay(); }} exit; }}
    sl_send_reply("404", "Not here"); exit;
  }}
  if (is_method("CANCEL")) {{ if (t_check_trans()) {{ t_relay(); }} exit; }}
  record_route();
  {add}
  $du = "sip:{forward_to}";
  t_relay();
}}
'''


class Kamailio:
    """One Kamailio process in the foreground (``-DD -E``), logging to ``kamailio.log``."""

    def __init__(self, config: str, folder: Path, port: int | None = None) -> None:
        if KAMAILIO is None:
            raise AssertionError("kamailio is missing: install the Debian package kamailio "
                                 "(sh packaging/dev.sh test does)")
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.port = port or free_port()
        (folder / "kamailio.cfg").write_text(config.replace("{port}", str(self.port))
                                             .replace("{modules}", MODULES))
        self._log = (folder / "kamailio.log").open("wb")
        self.process = subprocess.Popen(
            [KAMAILIO, "-f", str(folder / "kamailio.cfg"), "-DD", "-E", "-Y", str(folder),
             "-w", str(folder)], stdin=subprocess.DEVNULL, stdout=self._log,
            stderr=subprocess.STDOUT, start_new_session=True)
        self._wait_listening()

    def _wait_listening(self) -> None:
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"kamailio exited at start:\n{self.log()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                threading.Event().wait(0.02)
        raise AssertionError(f"kamailio did not listen on {self.port}:\n{self.log()}")

    def log(self) -> str:
        self._log.flush()
        return (self.folder / "kamailio.log").read_text(errors="replace")[-8000:]

    def stop(self) -> None:
        """Stop the main process and its children (Kamailio forks one per worker)."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self._log.close()


@pytest.fixture
def kamailio(tmp_path: Path) -> Iterator[Callable[..., Kamailio]]:
    """``kamailio(config, port=None)``: start one (see the module docstring); stopped after."""
    started: list[Kamailio] = []

    def start(config: str, port: int | None = None) -> Kamailio:
        proxy = Kamailio(config, tmp_path / f"kamailio-{len(started)}", port)
        started.append(proxy)
        return proxy

    yield start
    for proxy in started:
        proxy.stop()
