"""The shared registry as each softphone runs it: many agents on one real PostgreSQL, the dial
path against a store that is down, slow or silent, and bad settings."""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import keyring.backend
import pytest
import trustme

from softphone.core.lease_registry import Lease, Pool
from tests.callbacks.conftest import Agent, numbers
from tests.callbacks.servers import PostgresCluster, TcpGate, wait_until


def live_leases(postgres: PostgresCluster) -> dict[str, str]:
    with postgres.admin("callbacks") as connection:
        return dict(connection.execute(
            "SELECT number, agent FROM callback_lease WHERE expires_at > now()").fetchall())


def settle(agents: list[Agent], seconds: float) -> None:
    """Let every worker run its next refresh (poll_s is short in these tests)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for agent in agents:
            agent.drain()
        time.sleep(0.05)


@pytest.mark.slow
@pytest.mark.parametrize("pool_size", [10, 60])
def test_fifty_agents_dialling_within_one_second(
        postgres: PostgresCluster, agents: Callable[..., Agent], pool_size: int) -> None:
    """Against a pool of 10: exactly 10 live leases, and the 40 agents whose number went to a
    later call each told so, as are the 40 whose call reused a number; against 60: 50 different
    numbers, none asserted twice."""
    pool = Pool("", numbers(pool_size))
    team = [agents(f"agent{index:02d}", pool, poll_s=0.5) for index in range(50)]
    wait_until(lambda: all(agent.connected for agent in team), "every agent connected")
    asserted: dict[str, str] = {}
    reused_at_dial: list[str] = []

    def dial(agent: Agent, delay: float) -> None:
        time.sleep(delay)
        lease, claim = agent.dial(pool)
        asserted[agent.holder.agent] = lease.number
        if claim.decided and claim.reused is not None:  # type: ignore[attr-defined]
            reused_at_dial.append(agent.holder.agent)  # the store gave it the oldest lease

    threads = [threading.Thread(target=dial, args=(agent, random.uniform(0, 1.0)))
               for agent in team]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    settle(team, 2.0)
    live = live_leases(postgres)
    duplicates = sum(count - 1 for count in Counter(asserted.values()).values())
    print(f"pool {pool_size}: {duplicates} of 50 dials asserted a number another agent "
          f"asserted too; {len(reused_at_dial)} reuses decided by the store at dial time")
    if pool_size == 60:
        assert duplicates == 0
        assert len(live) == 50 and set(live.values()) == set(asserted)
        assert not any(agent.lost or agent.notices for agent in team)
        return
    assert len(live) == 10  # every number held, each by one agent who asserted it
    assert all(asserted[agent] == number for number, agent in live.items())
    # 40 agents hold nothing now: each was told once that a later call took its number.
    told_lost = [agent for agent in team if agent.lost]
    assert len(told_lost) == 40 and all(len(agent.lost) == 1 for agent in told_lost)
    assert not {agent.holder.agent for agent in told_lost} & set(live.values())
    # Every agent whose number another agent also gave was told: by the store's answer at dial
    # time (the oldest lease reused), by a notice that its call took the number from another,
    # or that it lost it.
    sharing = Counter(asserted.values())
    for agent in team:
        if sharing[asserted[agent.holder.agent]] > 1:
            assert agent.lost or agent.notices or agent.holder.agent in reused_at_dial


def test_a_reuse_is_told_to_the_agent_who_lost_the_number(
        postgres: PostgresCluster, agents: Callable[..., Agent]) -> None:
    pool = Pool("", numbers(1))
    first = agents("first", pool, poll_s=0.3)
    second = agents("second", pool, poll_s=0.3)
    wait_until(lambda: first.connected and second.connected, "both connected")
    first.dial(pool)
    wait_until(lambda: live_leases(postgres) == {pool.numbers[0]: "first"}, "first's lease")
    lease, claim = second.dial(pool, )
    assert lease.number == pool.numbers[0]
    wait_until(lambda: live_leases(postgres) == {pool.numbers[0]: "second"}, "the reuse")
    wait_until(lambda: first.drain() or first.lost, "the first agent told")
    assert "second at ws-second" in first.lost[0] and "callback mode has ended" in first.lost[0]


def test_a_restarted_softphone_takes_its_lease_up_again(
        postgres: PostgresCluster, agents: Callable[..., Agent]) -> None:
    pool = Pool("", numbers(3))
    before = agents("dana", pool, poll_s=0.3)
    wait_until(lambda: before.connected, "connected")
    lease, _ = before.dial(pool)
    wait_until(lambda: live_leases(postgres) == {lease.number: "dana"}, "the lease recorded")
    before.registry.stop()  # as SIGKILL would leave it: the row stays, live
    assert live_leases(postgres) == {lease.number: "dana"}
    after = agents("dana", pool, poll_s=0.3)
    after.registry.record(after.holder, lease, asserted=False)  # from the profile's copy
    wait_until(lambda: after.connected, "connected again")
    settle([after], 1.0)
    assert live_leases(postgres) == {lease.number: "dana"} and not after.lost


@pytest.mark.slow
def test_a_blackholed_store_gives_a_number_at_once_and_records_it_when_back(
        postgres: PostgresCluster, gate: TcpGate, agents: Callable[..., Agent]) -> None:
    pool = Pool("", numbers(3))
    agent = agents("dana", pool, uri=postgres.uri(port=gate.port), poll_s=0.3,
                   operation_timeout_s=1.0, connect_timeout_s=1.0)
    wait_until(lambda: agent.connected, "connected")
    gate.mode = "blackhole"
    lease, claim = agent.dial(pool)
    assert lease.number in pool.numbers  # the offer, given without waiting for the store
    wait_until(lambda: agent.drain() or (agent.problems and agent.problems[-1]),
               "the store reported unreachable")
    assert "callback.shared_store" in str(agent.problems[-1])
    assert live_leases(postgres) == {}
    again = agent.registry.claim(agent.holder, pool, 3600)  # still at once, with a warning
    assert again is not None and "chosen in advance" in again.unconfirmed
    gate.mode = "open"
    wait_until(lambda: live_leases(postgres) == {lease.number: "dana"}, "the lease recorded",
               timeout=30)


@pytest.mark.slow
def test_a_stopped_store_gives_a_number_with_a_warning_and_records_it_when_back(
        postgres: PostgresCluster, agents: Callable[..., Agent]) -> None:
    pool = Pool("", numbers(3))
    agent = agents("dana", pool, poll_s=0.3, operation_timeout_s=1.0, connect_timeout_s=1.0)
    wait_until(lambda: agent.connected, "connected")
    postgres.stop()
    try:
        wait_until(lambda: agent.drain() or (agent.problems and agent.problems[-1]),
                   "the store reported lost")
        lease, claim = agent.dial(pool)
        assert lease.number in pool.numbers
        assert "chosen in advance" in claim.unconfirmed  # type: ignore[attr-defined]
    finally:
        postgres.start()
    wait_until(lambda: live_leases(postgres) == {lease.number: "dana"}, "the lease recorded",
               timeout=30)
    wait_until(lambda: agent.connected, "the problem cleared")


def test_a_slow_store_does_not_hold_up_the_number_and_the_lease_is_still_recorded(
        postgres: PostgresCluster, gate: TcpGate, agents: Callable[..., Agent]) -> None:
    pool = Pool("", numbers(1))  # one number, offered to the first agent: the second has none
    first = agents("first", pool, poll_s=0.5)
    wait_until(lambda: first.connected, "the first connected, with the offer")
    second = agents("second", pool, uri=postgres.uri(port=gate.port), poll_s=0.5)
    wait_until(lambda: second.connected, "the second connected")
    gate.mode = "slow"
    settle([second], 1.5)  # a refresh has seen a 200 ms round trip
    lease, claim = second.dial(pool)
    assert claim.decided is False  # type: ignore[attr-defined]  # not waited for: chosen here
    wait_until(lambda: live_leases(postgres) == {lease.number: "second"}, "the lease recorded")


def another_ca(folder: Path) -> str:
    path = folder / "another-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(path))
    return str(path)


@pytest.mark.parametrize(("uri_of", "expected"), [
    (lambda pg, _: pg.uri().replace("/callbacks?", "/nosuchdb?"), "does not exist"),
    (lambda pg, _: pg.uri(port=1), "nothing accepts connections at 127.0.0.1:1"),
    (lambda pg, folder: pg.uri().replace(str(pg.ca_file), another_ca(folder)), "certificate"),
])
def test_a_wrong_uri_is_reported_naming_the_setting_and_a_number_still_given(
        postgres: PostgresCluster, agents: Callable[..., Agent], tmp_path: Path,
        uri_of: Callable[[PostgresCluster, Path], str], expected: str) -> None:
    pool = Pool("", numbers(2))
    agent = agents("dana", pool, uri=uri_of(postgres, tmp_path), connect_timeout_s=1.0)
    wait_until(lambda: agent.drain() or (agent.problems and agent.problems[-1]), "a problem")
    problem = str(agent.problems[-1])
    assert expected in problem and "callback.shared_store" in problem
    assert agent.registry.claim(agent.holder, pool, 3600) is None  # nothing read: the core
    # falls back to the agent's own number (tests/callbacks/test_app.py)


def test_a_wrong_password_names_the_keyring_entry(
        postgres: PostgresCluster, agents: Callable[..., Agent], test_keyring) -> None:  # type: ignore[no-untyped-def]
    test_keyring.set_password("softphone", "postgresql:softphone@127.0.0.1", "wrong")
    agent = agents("dana", Pool("", numbers(2)), connect_timeout_s=1.0)
    wait_until(lambda: agent.drain() or (agent.problems and agent.problems[-1]), "a problem")
    assert "postgresql:softphone@127.0.0.1" in str(agent.problems[-1])


def test_a_lease_that_ends_is_deleted_from_the_store(
        postgres: PostgresCluster, agents: Callable[..., Agent]) -> None:
    pool = Pool("", numbers(2))
    agent = agents("dana", pool, poll_s=0.3)
    wait_until(lambda: agent.connected, "connected")
    lease, _ = agent.dial(pool)
    wait_until(lambda: live_leases(postgres) == {lease.number: "dana"}, "recorded")
    agent.registry.record(agent.holder, None, asserted=False)
    wait_until(lambda: live_leases(postgres) == {}, "deleted")
    with postgres.admin("callbacks") as connection:
        assert connection.execute("SELECT count(*) FROM callback_lease").fetchone() == (0,)


def test_a_paused_lease_is_kept_alive_while_the_call_lasts(
        postgres: PostgresCluster, agents: Callable[..., Agent]) -> None:
    pool = Pool("", numbers(1))
    agent = agents("dana", pool, poll_s=0.3)
    wait_until(lambda: agent.connected, "connected")
    claim = agent.registry.claim(agent.holder, pool, 3600)
    assert claim is not None
    now = time.time()
    # Paused with 2 s left: the heartbeat keeps pushing the expiry 2 s ahead of now.
    agent.registry.record(agent.holder, Lease(claim.number, now + 2, now, True, "", claim.token),
                          asserted=True)
    settle([agent], 3.0)
    assert live_leases(postgres) == {claim.number: "dana"}


def test_a_connection_that_does_not_verify_the_server_is_flagged_in_readiness(
        postgres: PostgresCluster, agents: Callable[..., Agent]) -> None:
    agent = agents("dana", Pool("", numbers(1)), uri=postgres.uri(sslmode="require"))
    wait_until(lambda: agent.connected, "connected")
    [check] = agent.registry.checks()
    assert check.passed and "not verified (sslmode=require)" in check.detail
    assert "verify-full" in check.fix
    verified = agents("erin", Pool("", numbers(1)))
    wait_until(lambda: verified.connected, "connected")
    [check] = verified.registry.checks()
    assert check.passed and "not verified" not in check.detail and not check.fix


class BrokenKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("the keyring daemon crashed")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError("the keyring daemon crashed")

    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError("the keyring daemon crashed")


def test_a_broken_keyring_is_reported_and_does_not_stop_the_registry(
        postgres: PostgresCluster, agents: Callable[..., Agent]) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(BrokenKeyring())
    try:
        agent = agents("dana", Pool("", numbers(1)), connect_timeout_s=1.0)
        wait_until(lambda: agent.drain() or (agent.problems and agent.problems[-1]), "a problem")
    finally:
        keyring.set_keyring(previous)
    problem = str(agent.problems[-1])
    assert "could not be read from the keyring" in problem and "daemon crashed" in problem
    wait_until(lambda: agent.connected, "connected once the keyring works again")
