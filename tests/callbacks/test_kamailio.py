"""A contact center end to end: two real softphone processes on the SIP carrier, registered to a
real Kamailio running the shipped configuration, which reads who holds which callback number from
the real PostgreSQL store; SIPp plays the answering point, and the security desk."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
import tomli_w

from softphone.blocks.profile import Profile
from softphone.callbacks import schema
from tests.callbacks.conftest import numbers
from tests.callbacks.servers import (
    APP_PASSWORD,
    KAMAILIO_ROLE,
    Kamailio,
    PostgresCluster,
    die_with_this_process,
    free_udp_port,
    wait_until,
)
from tests.helpers import run_cli, wait_for_instance
from tests.sip.conftest import Sipp, SippPeers

SCENARIOS = Path(__file__).parent / "scenarios"
DOMAIN = "sos.example.com"

pytestmark = pytest.mark.slow


@pytest.fixture
def sipp(tmp_path: Path) -> Iterator[Callable[..., Sipp]]:
    """``sipp("desk.xml")`` as a server, or ``sipp("caller.xml", target=port, callee=n)``."""
    peers = SippPeers(SCENARIOS, tmp_path)

    def start(scenario: str, target: int | None = None, calls: int = 1, **keys: str) -> Sipp:
        extra = tuple(part for key, value in keys.items() for part in ("-key", key, value))
        return peers.start(scenario, target=target, extra=extra, calls=calls, timeout="60s")

    yield start
    peers.stop()


@dataclass
class Agent:
    """One softphone process on its own profile, driven through the real command line."""

    name: str
    profile: Profile
    environment: dict[str, str]
    process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "softphone", "--profile", str(self.profile.root), "run",
             "--hidden"], env=self.environment, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
            preexec_fn=die_with_this_process)
        wait_for_instance(self.profile, timeout=60)

    def cli(self, *arguments: str) -> subprocess.CompletedProcess[str]:
        return run_cli(self.profile, *arguments, environment=self.environment)

    def status(self) -> dict[str, Any]:
        done = self.cli("status", "--json")
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    def wait_for_store(self) -> None:
        """Until the softphone has reached the shared store (its readiness check passes)."""
        wait_until(lambda: any(check["key"] == "callback.store" and check["passed"]
                               for check in self.status()["readiness"]),
                   f"{self.name} connected to the shared store", timeout=60)

    def callback_number(self) -> str | None:
        callback = self.status()["callback"]
        return callback["number"] if callback else None

    def kill(self) -> None:
        assert self.process is not None
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def _answers(self) -> bool:
        from softphone.control.client import send
        from softphone.control.endpoint import Endpoint
        from softphone.control.errors import ControlNoAnswer, ControlUnavailable

        try:
            send(Endpoint.for_instance(self.profile.server_name),
                 {"command": "status", "args": {}}, timeout=0.5)
            return True
        except (ControlUnavailable, ControlNoAnswer):
            return False

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        for call in self.status()["calls"]:
            self.cli("hangup", "--call", call["id"])
        if self.cli("quit").returncode != 0:
            self.kill()
        self.process.wait(60)


@pytest.fixture
def contact_center(tmp_path: Path, postgres: PostgresCluster, sipp: Callable[..., Sipp],
                   monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """The store (schema created, the proxy's role granted as a DBA would), the answering point,
    the security desk, Kamailio, and a fleet file for the agents."""
    with psycopg.connect(postgres.uri(), password=APP_PASSWORD, autocommit=True) as connection:
        schema.migrate(connection)
        connection.execute(f"GRANT SELECT ON callback_route TO {KAMAILIO_ROLE}")
    psap = sipp("answering_point.xml", calls=2)
    desk = sipp("desk.xml")
    kamailio = Kamailio(tmp_path, postgres.kamailio_url(), carrier=f"sip:127.0.0.1:{psap.port}",
                        fallback=f"sip:fallback@127.0.0.1:{desk.port}")
    pool = numbers(2)
    fleet = tmp_path / "fleet" / "settings.toml"
    fleet.parent.mkdir(parents=True, exist_ok=True)
    fleet.write_text(tomli_w.dumps({"version": 1, "callback": {
        "pool": list(pool), "shared_store": postgres.uri(),
        "unassigned_route": f"sip:security@127.0.0.1:{desk.port}"}, "carrier": {
        "adapter": "sip", "sip": {"proxy": f"127.0.0.1:{kamailio.port}", "domain": DOMAIN,
                                  "register": True, "register_expires": 60,
                                  "trusted_peers": ["127.0.0.1"]}},
        "location": {"ip_fallback": False}}))
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                       SOFTPHONE_FLEET_SETTINGS=str(fleet))
    agents: list[Agent] = []

    def agent(name: str, own: str) -> Agent:
        profile = Profile.resolve(tmp_path / name)
        profile.ensure()
        profile.settings_file.write_text(tomli_w.dumps({"version": 1, "agent": {
            "name": name, "user_id": name, "workstation": f"ws-{name}"},
            "outbound": {"caller_id": own},
            "carrier": {"sip": {"user": name, "local_port": free_udp_port()}}}))
        made = Agent(name, profile, environment)
        agents.append(made)
        made.start()
        made.wait_for_store()
        return made

    yield {"pool": pool, "psap": psap, "desk": desk, "kamailio": kamailio, "agent": agent}
    for made in agents:
        made.stop()
    kamailio.stop()


def asserted_numbers(psap: Sipp) -> list[str]:
    found = []
    for invite in psap.received("INVITE"):
        match = re.search(r"^P-Asserted-Identity:.*sip:(\+[0-9]+)@", invite, re.MULTILINE)
        assert match, invite
        found.append(match.group(1))
    return found


def holders(postgres: PostgresCluster) -> dict[str, str]:
    with postgres.admin("callbacks") as connection:
        return dict(connection.execute(
            "SELECT number, agent FROM callback_lease WHERE expires_at > now()").fetchall())


def ringing_callback(agent: Agent) -> dict[str, Any] | None:
    for call in agent.status()["calls"]:
        if call["direction"] == "inbound" and call["psap_callback"]:
            return call
    return None


def test_two_agents_get_different_numbers_and_a_callback_finds_the_right_one_until_the_lease_ends(
        contact_center: dict[str, Any], postgres: PostgresCluster,
        sipp: Callable[..., Sipp]) -> None:
    kamailio: Kamailio = contact_center["kamailio"]
    psap: Sipp = contact_center["psap"]
    ann = contact_center["agent"]("ann", "+15559990001")
    bob = contact_center["agent"]("bob", "+15559990002")
    for agent in (ann, bob):
        wait_until(lambda agent=agent: kamailio.registered(agent.name), f"{agent.name} registered")
        assert agent.cli("presence", "DND").returncode == 0
    for agent in (ann, bob):
        done = agent.cli("dial", "911")
        assert done.returncode == 0, done.stderr
    assert psap.finish(60) == 0, psap.log()  # both calls answered, then ended by the PSAP
    ann_number, bob_number = ann.callback_number(), bob.callback_number()
    assert ann_number and bob_number and ann_number != bob_number
    assert sorted(asserted_numbers(psap)) == sorted([ann_number, bob_number])
    wait_until(lambda: holders(postgres) == {ann_number: "ann", bob_number: "bob"},
               "both leases recorded")

    # The answering point calls Ann's number back: Kamailio finds Ann, through Do not disturb.
    callback = sipp("caller.xml", target=kamailio.port, callee=ann_number)
    ringing = wait_until(lambda: ringing_callback(ann), "the callback ringing at Ann")
    assert ann.status()["presence"] == "Do not disturb" and not bob.status()["calls"]
    assert ann.cli("answer", "--call", ringing["id"]).returncode == 0
    assert callback.finish(60) == 0, callback.log()

    # Once Ann's lease ends, the same call reaches the unassigned route: the security desk.
    wait_until(lambda: not ann.status()["calls"], "Ann's callback over")
    assert ann.cli("end-callback").returncode == 0
    wait_until(lambda: holders(postgres) == {bob_number: "bob"}, "Ann's lease row deleted")
    again = sipp("caller.xml", target=kamailio.port, callee=ann_number)
    assert again.finish(60) == 0, again.log()
    desk: Sipp = contact_center["desk"]
    assert desk.finish(30) == 0, desk.log()
    [invite] = desk.received("INVITE")
    assert f"To: <sip:{ann_number}@{DOMAIN}>" in invite
    assert not ann.status()["calls"]


def test_an_agent_killed_keeps_the_lease_and_takes_it_up_again_when_restarted(
        contact_center: dict[str, Any], postgres: PostgresCluster,
        sipp: Callable[..., Sipp]) -> None:
    kamailio: Kamailio = contact_center["kamailio"]
    ann = contact_center["agent"]("ann", "+15559990001")
    wait_until(lambda: kamailio.registered("ann"), "Ann registered")
    assert ann.cli("dial", "911").returncode == 0
    number = wait_until(ann.callback_number, "a callback number")
    wait_until(lambda: holders(postgres) == {number: "ann"}, "the lease recorded")
    wait_until(lambda: not ann.status()["calls"], "the PSAP ended the call")

    ann.kill()
    # The answering point may still call: the lease stays live. Ann's softphone is gone, so the
    # callback, unanswered, goes on to the security desk.
    assert holders(postgres) == {number: "ann"}
    callback = sipp("caller.xml", target=kamailio.port, callee=number)
    desk: Sipp = contact_center["desk"]
    assert desk.finish(60) == 0, desk.log()
    assert callback.finish(60) == 0, callback.log()

    ann.start()  # the restarted softphone takes the lease up again
    ann.wait_for_store()
    assert ann.callback_number() == number
    wait_until(lambda: kamailio.registered("ann"), "Ann registered again")
    again = sipp("caller.xml", target=kamailio.port, callee=number)
    ringing = wait_until(lambda: ringing_callback(ann), "the callback ringing at Ann")
    assert ann.cli("answer", "--call", ringing["id"]).returncode == 0
    assert again.finish(60) == 0, again.log()
    assert holders(postgres) == {number: "ann"}
