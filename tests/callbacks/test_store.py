"""The shared store's SQL against a real PostgreSQL 15: the schema the app creates and upgrades,
the allocation, and the database's guarantee of one holder per number under concurrency."""

from __future__ import annotations

import threading
import uuid
from collections import Counter

import psycopg
import pytest

from softphone.callbacks import schema, store
from softphone.core.lease_registry import Holder, Lease, Pool, Reused
from softphone.core.sites import PoolNumber
from tests.callbacks.conftest import numbers
from tests.callbacks.servers import APP_PASSWORD, PostgresCluster


def connect(postgres: PostgresCluster) -> psycopg.Connection:
    return psycopg.connect(postgres.uri(), password=APP_PASSWORD, autocommit=True)


@pytest.fixture
def database(postgres: PostgresCluster):  # type: ignore[no-untyped-def]
    with connect(postgres) as connection:
        schema.migrate(connection)
        yield connection


def configure(connection: psycopg.Connection, pool: Pool) -> None:
    store.sync_numbers(connection, [PoolNumber(n, pool.site, pool.unassigned_route)
                                    for n in pool.numbers])


def test_the_app_creates_its_schema_once_and_records_its_version(postgres: PostgresCluster) -> None:
    with connect(postgres) as first, connect(postgres) as second:
        found: list[int] = []
        threads = [threading.Thread(target=lambda c=c: found.append(schema.migrate(c)))
                   for c in (first, second)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(found) == [0, schema.LATEST]  # the second found it done
        assert first.execute("SELECT version FROM softphone_schema WHERE component = %s",
                             (schema.COMPONENT,)).fetchone() == (schema.LATEST,)


def test_a_store_made_by_an_older_softphone_is_upgraded_with_its_leases_kept(
        postgres: PostgresCluster) -> None:
    with connect(postgres) as connection:
        with connection.transaction():
            connection.execute(schema.VERSION_1)
            connection.execute("CREATE TABLE softphone_schema (component text PRIMARY KEY, "
                               "version integer NOT NULL)")
            connection.execute("INSERT INTO softphone_schema VALUES (%s, 1)", (schema.COMPONENT,))
        pool = Pool("", numbers(1))
        configure(connection, pool)
        held = store.claim(connection, Holder("a", "wa"), pool, str(uuid.uuid4()), 600)
        assert schema.migrate(connection) == 1
        assert connection.execute("SELECT version FROM softphone_schema").fetchone() == (
            schema.LATEST,)
        assert connection.execute("SELECT number, agent FROM callback_lease").fetchall() == [
            (held.number if held else None, "a")]
        reused = store.claim(connection, Holder("b", "wb"), pool, str(uuid.uuid4()), 600)
        assert reused is not None and reused.reused == Reused("a", "wa")

def test_a_store_newer_than_the_app_is_refused_with_what_to_do(database) -> None:  # type: ignore[no-untyped-def]
    database.execute("UPDATE softphone_schema SET version = version + 1")
    with pytest.raises(schema.SchemaTooNew, match="update the softphone"):
        schema.migrate(database)


def test_a_free_number_is_given_least_recently_released_first(database) -> None:  # type: ignore[no-untyped-def]
    pool = Pool("", numbers(3))
    configure(database, pool)
    first = store.claim(database, Holder("a", "wa"), pool, str(uuid.uuid4()), 600)
    second = store.claim(database, Holder("b", "wb"), pool, str(uuid.uuid4()), 600)
    assert first == store.Claimed(pool.numbers[0]) and second == store.Claimed(pool.numbers[1])
    store.release(database, [token_of(database, pool.numbers[0])])  # released just now
    third = store.claim(database, Holder("c", "wc"), pool, str(uuid.uuid4()), 600)
    assert third == store.Claimed(pool.numbers[2])  # never released beats just released
    fourth = store.claim(database, Holder("d", "wd"), pool, str(uuid.uuid4()), 600)
    assert fourth == store.Claimed(pool.numbers[0])


def token_of(connection: psycopg.Connection, number: str) -> str:
    return str(connection.execute("SELECT token FROM callback_lease WHERE number = %s",
                                  (number,)).fetchone()[0])


def test_when_every_number_is_held_the_oldest_lease_is_reused_and_its_holder_named(database) -> None:  # type: ignore[no-untyped-def]
    pool = Pool("", numbers(2))
    configure(database, pool)
    for name in ("a", "b"):
        store.claim(database, Holder(name, f"w{name}"), pool, str(uuid.uuid4()), 600)
    third = store.claim(database, Holder("c", "wc"), pool, str(uuid.uuid4()), 600)
    fourth = store.claim(database, Holder("d", "wd"), pool, str(uuid.uuid4()), 600)
    assert third is not None and third.number == pool.numbers[0] and third.reused is not None
    assert (third.reused.agent, third.reused.workstation) == ("a", "wa")
    assert fourth is not None and fourth.number == pool.numbers[1]  # the next oldest
    assert fourth.reused is not None and fourth.reused.agent == "b"
    # The lease changes hands when the call that asserts it is recorded.
    for name, claimed in (("c", third), ("d", fourth)):
        mine = Lease(claimed.number, 0, 0, True, "", str(uuid.uuid4()))
        assert store.record(database, Holder(name, f"w{name}"), mine, 600, True,
                            []).outcome == "taken"
    holders = dict(database.execute("SELECT number, agent FROM callback_lease").fetchall())
    assert holders == {pool.numbers[0]: "c", pool.numbers[1]: "d"}


def test_an_expired_lease_is_deleted_and_its_number_given_again(database) -> None:  # type: ignore[no-untyped-def]
    pool = Pool("", numbers(1))
    configure(database, pool)
    store.claim(database, Holder("a", "wa"), pool, str(uuid.uuid4()), 600)
    database.execute("UPDATE callback_lease SET expires_at = now() - interval '1 second'")
    again = store.claim(database, Holder("b", "wb"), pool, str(uuid.uuid4()), 600)
    assert again == store.Claimed(pool.numbers[0])  # a free number, not a reuse
    assert database.execute("SELECT count(*) FROM callback_lease").fetchone() == (1,)


def test_a_reused_number_keeps_its_place_in_line_whatever_order_the_calls_are_recorded_in(
        database) -> None:  # type: ignore[no-untyped-def]
    """Records reach the store in any order (each agent's own connection, its own moment):
    the line of reuse is the order of the claims, so the number reused first is reused first
    again."""
    pool = Pool("", numbers(2))
    configure(database, pool)
    for name in ("a", "b"):
        store.claim(database, Holder(name, f"w{name}"), pool, str(uuid.uuid4()), 600)
    claims = {}
    for name in ("c", "d"):
        token = str(uuid.uuid4())
        claims[name] = (token, store.claim(database, Holder(name, f"w{name}"), pool, token, 600))
    for name in ("d", "c"):  # the later claim's call is recorded first
        token, claimed = claims[name]
        assert claimed is not None
        assert store.record(database, Holder(name, f"w{name}"),
                            Lease(claimed.number, 0, 0, True, "", token), 600, True,
                            []).outcome == "taken"
    again = store.claim(database, Holder("e", "we"), pool, str(uuid.uuid4()), 600)
    assert again is not None and again.number == pool.numbers[0]
    assert again.reused == Reused("c", "wc")


def test_a_number_asserted_without_a_claim_goes_to_the_back_of_the_line(database) -> None:  # type: ignore[no-untyped-def]
    """An emergency call that went out with an offer gone stale takes the number at once: it
    was handed out then, so it is the last to be reused."""
    pool = Pool("", numbers(2))
    configure(database, pool)
    for name in ("a", "b"):
        store.claim(database, Holder(name, f"w{name}"), pool, str(uuid.uuid4()), 600)
    stale_offer = Lease(pool.numbers[0], 0, 0, True, "", str(uuid.uuid4()))
    assert store.record(database, Holder("c", "wc"), stale_offer, 600, True,
                        []).outcome == "taken"
    next_reuse = store.claim(database, Holder("d", "wd"), pool, str(uuid.uuid4()), 600)
    assert next_reuse is not None and next_reuse.number == pool.numbers[1]

@pytest.mark.parametrize(("pool_size", "distinct", "reuses"), [(10, 10, 40), (60, 50, 0)])
def test_fifty_agents_claiming_at_once_never_share_a_number(
        postgres: PostgresCluster, database, pool_size: int, distinct: int,  # type: ignore[no-untyped-def]
        reuses: int) -> None:
    """50 separate connections claim in the same instant, then record the call that asserted
    what they were given: the database alone decides."""
    pool = Pool("", numbers(pool_size))
    configure(database, pool)
    connections = [connect(postgres) for _ in range(50)]
    start = threading.Barrier(50)
    results: dict[str, store.Claimed] = {}

    def agent(index: int) -> None:
        holder, token = Holder(f"agent{index}", f"ws{index}"), str(uuid.uuid4())
        start.wait()
        found = store.claim(connections[index], holder, pool, token, 3600)
        assert found is not None
        results[holder.agent] = found
        store.record(connections[index], holder, Lease(found.number, 0, 0, True, "", token),
                     3600, True, [])

    threads = [threading.Thread(target=agent, args=(index,)) for index in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for connection in connections:
        connection.close()
    live = database.execute("SELECT number, agent FROM callback_lease").fetchall()
    assert len(results) == 50
    assert len(live) == distinct and len({number for number, _ in live}) == distinct
    reported = [found.reused for found in results.values() if found.reused is not None]
    assert len(reported) == reuses
    # The reuses went round the pool oldest first: each number was reused equally often.
    per_number = Counter(found.number for found in results.values() if found.reused)
    assert set(per_number.values()) <= {reuses // pool_size}


def test_recording_a_lease_heartbeats_it_and_reports_a_number_taken_meanwhile(database) -> None:  # type: ignore[no-untyped-def]
    pool = Pool("", numbers(1))
    configure(database, pool)
    mine = Lease(pool.numbers[0], 0, 0, True, "", str(uuid.uuid4()))
    agent = Holder("a", "wa", "a")
    assert store.record(database, agent, mine, 600, True, []).outcome == "recorded"
    # Another agent's call reuses it (the pool is exhausted)...
    theirs = str(uuid.uuid4())
    reused = store.claim(database, Holder("b", "wb"), pool, theirs, 600)
    assert reused is not None and reused.reused is not None
    store.record(database, Holder("b", "wb"), Lease(reused.number, 0, 0, True, "", theirs), 600,
                 True, [])
    # ...so a heartbeat finds it lost, naming who has it now,
    lost = store.record(database, agent, mine, 600, False, [])
    assert lost.outcome == "lost" and lost.other is not None and lost.other.agent == "b"
    # while a new emergency call asserting it takes it back.
    taken = store.record(database, agent, mine, 600, True, [])
    assert taken.outcome == "taken" and taken.other is not None and taken.other.agent == "b"
    assert database.execute("SELECT agent FROM callback_lease").fetchall() == [("a",)]


def test_the_route_view_sends_a_live_lease_to_its_agent_and_a_free_number_to_the_desk(database) -> None:  # type: ignore[no-untyped-def]
    pool = Pool("", numbers(2), "sip:security@pbx.example.com")
    configure(database, pool)
    store.claim(database, Holder("a", "wa", "agent-a"), pool, str(uuid.uuid4()), 600)
    routes = dict((number, (agent, unassigned)) for number, agent, unassigned in
                  database.execute("SELECT number, agent, unassigned FROM callback_route"))
    assert routes == {pool.numbers[0]: ("agent-a", "sip:security@pbx.example.com"),
                      pool.numbers[1]: (None, "sip:security@pbx.example.com")}
    database.execute("UPDATE callback_lease SET expires_at = now() - interval '1 second'")
    assert database.execute("SELECT agent FROM callback_route WHERE number = %s",
                            (pool.numbers[0],)).fetchone() == (None,)


def test_connected_agents_are_offered_different_free_numbers_least_recently_released_first(
        database) -> None:  # type: ignore[no-untyped-def]
    pool = Pool("", numbers(3))
    configure(database, pool)
    offers = [store.offer(database, Holder(name, f"w{name}"), pool, 15) for name in "abcd"]
    assert offers == [*pool.numbers, None]  # three free numbers, three offers, then none
    assert store.offer(database, Holder("a", "wa"), pool, 15) == pool.numbers[0]  # kept
    # A claim by an agent without an offer takes a free number offered to someone else only
    # when there is no other, and the agent whose offer it was is offered nothing stale.
    claimed = store.claim(database, Holder("d", "wd"), pool, str(uuid.uuid4()), 600)
    assert claimed == store.Claimed(pool.numbers[0])
    assert store.offer(database, Holder("a", "wa"), pool, 15) is None  # nothing free is left


def test_a_claim_takes_the_agents_own_offer(database) -> None:  # type: ignore[no-untyped-def]
    pool = Pool("", numbers(3))
    configure(database, pool)
    store.offer(database, Holder("a", "wa"), pool, 15)
    offered = store.offer(database, Holder("b", "wb"), pool, 15)
    claimed = store.claim(database, Holder("b", "wb"), pool, str(uuid.uuid4()), 600)
    assert claimed is not None and claimed.number == offered == pool.numbers[1]


def test_a_claim_answered_too_late_takes_nothing_from_anyone(database) -> None:  # type: ignore[no-untyped-def]
    pool = Pool("", numbers(2))
    configure(database, pool)
    store.claim(database, Holder("a", "wa", "agent-a"), pool, str(uuid.uuid4()), 600)
    before = database.execute("SELECT * FROM callback_lease").fetchall()
    late_free = str(uuid.uuid4())
    free = store.claim(database, Holder("b", "wb"), pool, late_free, 600)
    assert free is not None and free.reused is None
    store.restore(database, "", late_free, free)
    store.claim(database, Holder("c", "wc"), pool, str(uuid.uuid4()), 600)
    before = database.execute("SELECT * FROM callback_lease ORDER BY number").fetchall()
    late_reuse = str(uuid.uuid4())
    oldest = store.claim(database, Holder("d", "wd"), pool, late_reuse, 600)
    assert oldest is not None and oldest.reused is not None
    store.restore(database, "", late_reuse, oldest)
    assert database.execute("SELECT * FROM callback_lease ORDER BY number").fetchall() == before
