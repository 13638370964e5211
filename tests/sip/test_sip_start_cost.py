"""What a SIP softphone loads before it can dial, and while it waits (issue 14): neither numpy,
nor the RTP library (aiortp builds its G.711 tables when imported), nor the country boundary
data, until a call or a position needs them. ``bench/cold_start.py``, ``bench/closed_dial.py``
and ``bench/app_idle.py`` measure what that saves; this proves where it comes from, on the real
``softphone run`` in its own process."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from softphone.blocks.profile import Profile
from softphone.settings.store import Settings
from tests.helpers import quit_instance, run_cli, wait_for_audio, wait_until_started
from tests.sip.conftest import free_sip_port

pytestmark = pytest.mark.slow

DEFERRED = ("numpy", "aiortp", "timezonefinder", "softphone.audio.realtime")


def imported(log: Path) -> set[str]:
    """The modules ``python -X importtime`` reported in ``log`` so far."""
    return {line.rsplit("|", 1)[1].strip() for line in log.read_text().splitlines()
            if line.startswith("import time:") and "|" in line}


def test_a_sip_softphone_dials_and_waits_without_numpy_the_rtp_library_or_the_boundaries(
        profile: Profile, settings: Settings, tmp_path: Path) -> None:
    proxy = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    proxy.bind(("127.0.0.1", 0))
    proxy.settimeout(30)
    settings.update({"outbound.caller_id": "+15551230000", "callback.pool": ["+15551230001"],
                     "carrier.adapter": "sip", "carrier.sip.domain": "sos.example.com",
                     "carrier.sip.proxy": f"127.0.0.1:{proxy.getsockname()[1]}",
                     "carrier.sip.local_address": "127.0.0.1",
                     "carrier.sip.local_port": free_sip_port(),
                     "carrier.sip.trusted_peers": ["127.0.0.1"],
                     "location.ip_fallback": False})
    settings.save()
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                       SOFTPHONE_FLEET_SETTINGS=str(profile.fleet_file))
    log = tmp_path / "importtime.log"
    with proxy, log.open("w") as stderr:
        instance = subprocess.Popen(
            [sys.executable, "-X", "importtime", "-m", "softphone", "--profile",
             str(profile.root), "run", "--hidden"], env=environment,
            stdout=subprocess.DEVNULL, stderr=stderr, start_new_session=True)
        try:
            wait_until_started(profile)  # ready to dial long before: the rest done too
            loaded = imported(log)
            assert "softphone.carriers.sip.adapter" in loaded
            assert [name for name in loaded if name.startswith(DEFERRED)] == []
            wait_for_audio(profile)  # else an import ending while it starts is not logged
            dialled = run_cli(profile, "dial", "911", environment=environment)
            assert dialled.returncode == 0, dialled.stderr
            invite = proxy.recv(65535).decode()
            audio = next(line for line in invite.splitlines() if line.startswith("m=audio"))
            assert int(audio.split()[1]) >= 10000  # the reserved RTP port, offered
            deadline = time.monotonic() + 30  # the call started: the library is warmed now
            while "aiortp" not in imported(log):
                assert time.monotonic() < deadline, (
                    "the RTP library was not loaded after the dial: "
                    f"{sorted(name for name in imported(log) if 'aiortp' in name)}")
                time.sleep(0.05)
        finally:
            quit_instance(profile, instance, environment, hang_up=True)
