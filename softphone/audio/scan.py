"""The device-watcher process: re-initialises PortAudio periodically and reports changes.

Run by ``DeviceWatcher`` as ``python -m softphone.audio.scan SECONDS``. PortAudio only notices
devices plugged in or out when it is re-initialised, and re-initialising closes every stream of
the process, so this is done here, in a process without streams, never on the audio path.

Protocol: one JSON line (``DeviceSnapshot.as_json``) at start and whenever the list changes.
The process ends when its standard input closes, so it never outlives the softphone.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time

from softphone.audio.portaudio import PortAudio


def _exit_when_parent_goes() -> None:
    sys.stdin.read()
    os._exit(0)


def main(argv: list[str]) -> int:
    interval = float(argv[0]) if argv else 3.0
    threading.Thread(target=_exit_when_parent_goes, daemon=True).start()
    portaudio = PortAudio()
    snapshot = portaudio.load()
    last = ""
    while True:
        line = json.dumps(snapshot.as_json(), sort_keys=True)
        if line != last:
            sys.stdout.write(line + "\n")
            sys.stdout.flush()
            last = line
        time.sleep(interval)
        snapshot = portaudio.reinitialize()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
