"""A contact center's shared parts, started for real by the tests and the benchmark: a throw-away
PostgreSQL cluster, a TCP gate in front of it that can slow it down or blackhole it, and Kamailio.

PostgreSQL refuses to run as root, so as root its tools run through ``runuser -u postgres`` in
a folder the ``postgres`` user owns (``sh packaging/dev.sh test`` installs the Debian packages
``postgresql``, ``kamailio`` and ``kamailio-postgres-modules``).
"""

from __future__ import annotations

import asyncio
import contextlib
import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import trustme

APP_ROLE = "softphone"
APP_PASSWORD = "callback-store-test-password"
KAMAILIO_ROLE = "kamailio"
KAMAILIO_PASSWORD = "kamailio-test-password"
DATABASE = "callbacks"
WAIT = 30.0


# Run by a separate process: wait for the test run (argv[1]) to end, then run the stop command
# (argv[3:]) and remove the cluster's folder (argv[2]).
GUARD = """
import os, shutil, subprocess, sys, time
while True:
    try:
        os.kill(int(sys.argv[1]), 0)
    except ProcessLookupError:
        break
    time.sleep(1)
subprocess.run(sys.argv[3:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(sys.argv[2], ignore_errors=True)
"""


def die_with_this_process() -> None:
    """For ``preexec_fn``: the child gets SIGTERM when the test run dies (Linux), so a killed
    run leaves no Kamailio or softphone behind."""
    import ctypes

    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def free_tcp_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def postgres_bin(tool: str) -> str:
    """``initdb``, ``pg_ctl``...: Debian keeps them under /usr/lib/postgresql/<version>/bin."""
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{tool}"),
                   key=lambda path: int(Path(path).parts[4]))
    path = found[-1] if found else shutil.which(tool)
    if path is None:
        raise RuntimeError(f"PostgreSQL's {tool} is missing: install the Debian package "
                           "postgresql (sh packaging/dev.sh test does)")
    return path


class PostgresCluster:
    """One PostgreSQL server on 127.0.0.1 with TLS (a certificate from ``ca``) and password
    authentication, holding an empty database ``callbacks`` owned by the app's role.

    ``stop()`` and ``start()`` again keep the data: a database that goes away and comes back.
    """

    def __init__(self, ca: trustme.CA) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="softphone-pg-"))
        self.port = free_tcp_port()
        self._as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        owner = pwd.getpwnam("postgres") if os.geteuid() == 0 else None
        data = self.folder / "data"
        certificate = ca.issue_cert("127.0.0.1", "localhost")
        certificate.private_key_pem.write_to_path(str(self.folder / "server.key"))
        certificate.cert_chain_pems[0].write_to_path(str(self.folder / "server.crt"))
        self.ca_file = self.folder / "ca.pem"
        ca.cert_pem.write_to_path(str(self.ca_file))
        (self.folder / "server.key").chmod(0o600)
        if owner is not None:
            for path in (self.folder, self.folder / "server.key", self.folder / "server.crt"):
                os.chown(path, owner.pw_uid, owner.pw_gid)
        self.ca_file.chmod(0o644)
        self.folder.chmod(0o755)
        self._run(postgres_bin("initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
                  "-E", "UTF8", "--no-sync", "--no-instructions")
        with (data / "postgresql.conf").open("a") as conf:
            conf.write(f"port = {self.port}\nlisten_addresses = '127.0.0.1'\n"
                       f"unix_socket_directories = '{self.folder}'\nfsync = off\n"
                       "max_connections = 300\nssl = on\n"
                       f"ssl_cert_file = '{self.folder / 'server.crt'}'\n"
                       f"ssl_key_file = '{self.folder / 'server.key'}'\n")
        (data / "pg_hba.conf").write_text(
            "local all postgres trust\n"
            "host all all 127.0.0.1/32 scram-sha-256\n")
        self.data = data
        self.start()
        # PostgreSQL leaves its parent behind (pg_ctl daemonises it): a guard process stops the
        # cluster and removes its folder if this test run is killed before ``destroy``.
        self._guard = subprocess.Popen(
            [sys.executable, "-c", GUARD, str(os.getpid()), str(self.folder),
             *self._as_postgres, postgres_bin("pg_ctl"), "-D", str(data), "-m", "immediate",
             "stop"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)
        with self.admin() as connection:
            connection.execute(f"CREATE ROLE {APP_ROLE} LOGIN PASSWORD '{APP_PASSWORD}'")
            connection.execute(f"CREATE ROLE {KAMAILIO_ROLE} LOGIN PASSWORD '{KAMAILIO_PASSWORD}'")
            connection.execute(f"CREATE DATABASE {DATABASE} OWNER {APP_ROLE}")

    def _run(self, *command: str) -> None:
        subprocess.run([*self._as_postgres, *command], check=True, capture_output=True,
                       cwd=self.folder, timeout=WAIT)

    def start(self) -> None:
        self._run(postgres_bin("pg_ctl"), "-D", str(self.data), "-l",
                  str(self.folder / "server.log"), "-w", "-t", str(int(WAIT)), "start")

    def stop(self) -> None:
        """Stopped at once: connections drop, new ones are refused."""
        self._run(postgres_bin("pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def destroy(self) -> None:
        self._guard.kill()
        self._guard.wait()
        with contextlib.suppress(subprocess.CalledProcessError):
            self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)

    def admin(self, database: str = "postgres") -> psycopg.Connection:
        """A superuser connection over the Unix socket, for setting up and inspecting."""
        return psycopg.connect(host=str(self.folder), port=self.port, user="postgres",
                               dbname=database, autocommit=True)

    def uri(self, port: int | None = None, sslmode: str = "verify-full") -> str:
        """What an admin writes in ``callback.shared_store`` (no password: that is in the
        keyring)."""
        return (f"postgresql://{APP_ROLE}@127.0.0.1:{port or self.port}/{DATABASE}"
                f"?sslmode={sslmode}&sslrootcert={self.ca_file}")

    def kamailio_url(self) -> str:
        return f"postgres://{KAMAILIO_ROLE}:{KAMAILIO_PASSWORD}@127.0.0.1:{self.port}/{DATABASE}"

    def reset(self) -> None:
        """An empty database again: drop everything the app created."""
        with self.admin(DATABASE) as connection:
            connection.execute(f"DROP OWNED BY {APP_ROLE}")
            connection.execute(f"GRANT ALL ON SCHEMA public TO {APP_ROLE}")


class TcpGate:
    """A TCP relay in front of a server that a test can switch: ``open`` relays, ``slow``
    delays every answer from the server by ``delay`` seconds, ``blackhole`` accepts
    connections and relays nothing either way (the server looks alive and never answers).
    """

    def __init__(self, target_port: int, delay: float = 0.2) -> None:
        self.target_port = target_port
        self.delay = delay
        self.mode = "open"
        self.port = free_tcp_port()
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="tcp-gate", daemon=True)
        self._thread.start()
        if not self._ready.wait(WAIT):
            raise RuntimeError("the TCP gate did not start")

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)

        async def serve() -> None:
            self._server = await asyncio.start_server(self._client, "127.0.0.1", self.port)
            self._ready.set()

        self._loop.run_until_complete(serve())
        self._loop.run_forever()
        self._loop.close()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writers = [writer]
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
            writers.append(up_writer)
            await asyncio.gather(self._pump(reader, up_writer, slow=False),
                                 self._pump(up_reader, writer, slow=True))
        except (OSError, asyncio.CancelledError):
            pass
        finally:
            for stream in writers:
                stream.close()
                with contextlib.suppress(OSError, asyncio.CancelledError):
                    await stream.wait_closed()

    async def _pump(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                    slow: bool) -> None:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            while self.mode == "blackhole":  # swallowed: nothing goes either way
                await asyncio.sleep(0.05)
            if slow and self.mode == "slow":
                await asyncio.sleep(self.delay)
            writer.write(data)
            await writer.drain()
        writer.close()

    def close(self) -> None:
        async def stop() -> None:
            self._server.close()
            current = asyncio.current_task()
            tasks = [task for task in asyncio.all_tasks() if task is not current]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await self._server.wait_closed()

        asyncio.run_coroutine_threadsafe(stop(), self._loop).result(WAIT)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(WAIT)


@contextlib.contextmanager
def postgres_cluster(ca: trustme.CA) -> Iterator[PostgresCluster]:
    cluster = PostgresCluster(ca)
    try:
        yield cluster
    finally:
        cluster.destroy()


def wait_until(condition, what: str, timeout: float = WAIT):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")


KAMAILIO_CONFIG = Path(__file__).parents[2] / "packaging" / "kamailio" / "callbacks.cfg"


class Kamailio:
    """The shipped routing configuration (packaging/kamailio/callbacks.cfg) run by a real
    Kamailio on 127.0.0.1, reading the leases from ``store_url``; other calls go to ``carrier``,
    and callbacks go to ``fallback`` while the store cannot be read."""

    def __init__(self, folder: Path, store_url: str, carrier: str, fallback: str) -> None:
        kamailio = shutil.which("kamailio") or "/usr/sbin/kamailio"
        if not Path(kamailio).exists():
            raise RuntimeError("Kamailio is missing: install the Debian packages kamailio and "
                               "kamailio-postgres-modules (sh packaging/dev.sh test does)")
        self.port = free_udp_port()
        self.log = folder / f"kamailio-{self.port}.log"
        runtime = folder / f"kamailio-{self.port}"
        runtime.mkdir()
        self._log_file = self.log.open("wb")
        self.process = subprocess.Popen(
            [kamailio, "-f", str(KAMAILIO_CONFIG), "-DD", "-E", "-m", "32", "-M", "8",
             "-l", f"udp:127.0.0.1:{self.port}", "-Y", str(runtime), "-P", str(runtime / "pid"),
             "-A", f'STORE="leases=>{store_url}"', "-A", f'CARRIER="{carrier}"',
             "-A", f'FALLBACK="{fallback}"'],
            stdout=self._log_file, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            preexec_fn=die_with_this_process)
        wait_until(lambda: self.process.poll() is not None or self.answers(),
                   "Kamailio answering")
        if self.process.poll() is not None:
            raise RuntimeError(f"Kamailio did not start:\n{self.log.read_text()}")

    def options(self, user: str) -> str:
        """The status line Kamailio answers an OPTIONS for ``user`` with ('' if none)."""
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.bind(("127.0.0.1", 0))
            probe.settimeout(0.5)
            here = probe.getsockname()[1]
            tag = f"{time.monotonic_ns()}"
            probe.sendto((f"OPTIONS sip:{user}@127.0.0.1:{self.port} SIP/2.0\r\n"
                          f"Via: SIP/2.0/UDP 127.0.0.1:{here};branch=z9hG4bK{tag}\r\n"
                          f"From: <sip:probe@127.0.0.1>;tag={tag}\r\n"
                          f"To: <sip:{user}@127.0.0.1>\r\nCall-ID: {tag}@probe\r\n"
                          "CSeq: 1 OPTIONS\r\nMax-Forwards: 10\r\nContent-Length: 0\r\n\r\n"
                          ).encode(), ("127.0.0.1", self.port))
            try:
                while True:
                    data = probe.recv(65535).decode(errors="replace")
                    status = data.split("\r\n", 1)[0]
                    if not status.startswith("SIP/2.0 1"):
                        return status
            except OSError:
                return ""

    def answers(self) -> bool:
        return bool(self.options("nobody"))

    def registered(self, user: str) -> bool:
        """Whether ``user`` is registered: an OPTIONS for it reaches the softphone (200)."""
        return self.options(user).startswith("SIP/2.0 200")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(WAIT)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log_file.close()


def free_udp_port() -> int:
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.bind(("127.0.0.1", 0))
            port = int(probe.getsockname()[1])
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as stream:
            try:
                stream.bind(("127.0.0.1", port))
            except OSError:
                continue
        return port
