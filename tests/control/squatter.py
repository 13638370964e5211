"""Another local account's program that tries to stand in for the agent's softphone.

Run as that account (``runuser``) with the system's Python: ``squatter.py LOG PATH...``. For
each PATH it tries to take the name first: a path ending in ``.lock`` becomes a lock file that
names a live process (this one), any other path a listening Unix socket that answers every
request as the softphone would if it had placed the call. It prints ``took PATH`` or
``refused PATH: why`` for each, then ``ready``, and records every request it receives in LOG.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import threading

FAKE_CALL = {"ok": True, "result": {"id": "00000000-fake", "direction": "outbound",
                                     "kind": "emergency", "state": "dialing", "remote": "911",
                                     "psap_callback": False, "carrier_has_it": True,
                                     "running": True, "pid": os.getpid()}}


def serve(listener: socket.socket, log_path: str) -> None:
    while True:
        connection, _ = listener.accept()
        with connection:
            data = connection.recv(65536)
            with open(log_path, "ab") as log:
                log.write(data)
            connection.sendall(json.dumps(FAKE_CALL).encode() + b"\n")


def main() -> None:
    log_path, *paths = sys.argv[1:]
    for path in paths:
        try:
            if path.endswith(".lock"):
                with open(path, "x") as lock:  # the form Qt's QLockFile writes
                    lock.write(f"{os.getpid()}\nsoftphone\n{socket.gethostname()}\n")
            else:
                listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                listener.bind(path)
                os.chmod(path, 0o777)
                listener.listen(16)
                threading.Thread(target=serve, args=(listener, log_path), daemon=True).start()
        except OSError as error:
            print(f"refused {path}: {error.strerror}", flush=True)
        else:
            print(f"took {path}", flush=True)
    print("ready", flush=True)
    sys.stdin.read()  # until the test closes it


if __name__ == "__main__":
    main()
