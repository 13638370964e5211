"""A real PostgreSQL cluster for the whole test run (started once, emptied before each test), and
agents that talk to it through the real shared registry."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
import trustme

from softphone.callbacks.registry import SharedRegistry
from softphone.core.lease_registry import Holder, Lease, Pool
from softphone.core.sites import PoolNumber
from tests.callbacks.servers import APP_PASSWORD, PostgresCluster, TcpGate, postgres_cluster
from tests.keyring_backend import FileKeyring


@pytest.fixture(scope="session")
def postgres_server(ca: trustme.CA) -> Iterator[PostgresCluster]:
    with postgres_cluster(ca) as cluster:
        yield cluster


@pytest.fixture
def postgres(postgres_server: PostgresCluster, test_keyring: FileKeyring) -> PostgresCluster:
    """The cluster with an empty ``callbacks`` database and the app's password in the keyring,
    as the admin stored it (``postgresql:softphone@127.0.0.1``)."""
    postgres_server.reset()
    test_keyring.set_password("softphone", "postgresql:softphone@127.0.0.1", APP_PASSWORD)
    return postgres_server


@pytest.fixture
def gate(postgres: PostgresCluster) -> Iterator[TcpGate]:
    """A switchable TCP relay in front of the database: open, slow or blackhole."""
    made = TcpGate(postgres.port)
    yield made
    made.close()


def numbers(count: int, start: int = 1) -> tuple[str, ...]:
    return tuple(f"+1555123{index:04d}" for index in range(start, start + count))


@dataclass
class Agent:
    """One softphone's view of the shared registry: what a core would do, without the rest."""

    holder: Holder
    registry: SharedRegistry
    posted: queue.Queue[Callable[[], None]] = field(default_factory=queue.Queue)
    lost: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    problems: list[str | None] = field(default_factory=list)

    # RegistryEvents, delivered by ``drain`` as the core's thread would
    def lease_lost(self, token: str, message: str) -> None:
        self.lost.append(message)
        self.registry.record(self.holder, None, asserted=False)  # as CallbackLeases does

    def registry_problem(self, message: str | None) -> None:
        self.problems.append(message)

    def registry_notice(self, message: str) -> None:
        self.notices.append(message)

    def drain(self) -> None:
        while True:
            try:
                self.posted.get_nowait()()
            except queue.Empty:
                return

    @property
    def connected(self) -> bool:
        self.drain()
        return bool(self.problems) and self.problems[-1] is None

    def dial(self, pool: Pool, minutes: int = 60, now: float = 1e9) -> tuple[Lease, object]:
        """What ``CallbackLeases.acquire`` then ``save`` do around the hand-off."""
        claim = self.registry.claim(self.holder, pool, minutes * 60.0)
        assert claim is not None
        lease = Lease(claim.number, now + minutes * 60.0, now, True, pool.site, claim.token)
        self.registry.record(self.holder, lease, asserted=True)
        return lease, claim


@pytest.fixture
def agents(postgres: PostgresCluster) -> Iterator[Callable[..., Agent]]:
    """``agents(name, pool, uri=None, **registry_options)``: a started registry of its own."""
    made: list[Agent] = []

    def make(name: str, pool: Pool, uri: str | None = None, deadline_ms: int = 3,
             **options: object) -> Agent:
        holder = Holder(name, f"ws-{name}", name)
        agent_box: list[Agent] = []
        directory = [PoolNumber(number, pool.site, pool.unassigned_route)
                     for number in pool.numbers]
        registry = SharedRegistry(uri or postgres.uri(), lambda: directory, lambda: pool,
                                  lambda: holder, lambda: deadline_ms,
                                  post=lambda event: agent_box[0].posted.put(event),
                                  **options)  # type: ignore[arg-type]
        agent = Agent(holder, registry)
        agent_box.append(agent)
        made.append(agent)
        registry.start(agent)
        return agent

    yield make
    stoppers = [threading.Thread(target=agent.registry.stop) for agent in made]
    for stopper in stoppers:
        stopper.start()
    for stopper in stoppers:
        stopper.join()
