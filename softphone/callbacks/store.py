"""The statements the softphone runs against the shared store, one function each.

Every function takes an open psycopg connection in autocommit mode and does one round trip
(the allocation and the recording are functions in the schema), so a slow network costs one
delay per operation and a connection lost half-way leaves nothing half-done.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from softphone.core.lease_registry import Holder, Lease, LiveLease, Pool, Reused
from softphone.core.sites import PoolNumber


@dataclass(frozen=True)
class PoolState:
    """A pool as the store last showed it: the basis of the number chosen in advance."""

    numbers: tuple[str, ...]
    free: tuple[str, ...]  # least recently released first
    held: tuple[tuple[str, str, str], ...]  # (number, agent, workstation), oldest lease first
    offer: str | None = None  # the free number offered to this softphone


@dataclass(frozen=True)
class Recorded:
    outcome: str  # "recorded", "taken" (from another agent), "lost" (to another), "unknown"
    other: Reused | None = None


def sync_numbers(connection: Any, numbers: Sequence[PoolNumber]) -> None:
    """Upsert the configured numbers with their site and unassigned route; numbers no longer
    configured here stay (another workstation may still list them: the DBA removes them)."""
    if not numbers:
        return
    connection.execute(
        "INSERT INTO callback_number (number, site, unassigned_route) "
        "SELECT * FROM unnest(%s::text[], %s::text[], %s::text[]) "
        "ON CONFLICT (number) DO UPDATE SET site = EXCLUDED.site, "
        "unassigned_route = EXCLUDED.unassigned_route "
        "WHERE (callback_number.site, callback_number.unassigned_route) "
        "IS DISTINCT FROM (EXCLUDED.site, EXCLUDED.unassigned_route)",
        ([n.number for n in numbers], [n.site for n in numbers],
         [n.unassigned_route for n in numbers]))


@dataclass(frozen=True)
class Claimed:
    """What ``callback_claim`` gave: a number leased at once, or (``reused``) the oldest lease,
    which changes hands when the call asserting it is recorded; ``taken_at`` is its place in
    line before, to put back if the claim came too late."""

    number: str
    reused: Reused | None = None
    taken_at: Any = None


def claim(connection: Any, holder: Holder, pool: Pool, token: str,
          seconds: float) -> Claimed | None:
    row = connection.execute(
        "SELECT number, reused_agent, reused_workstation, reused_taken_at "
        "FROM callback_claim(%s, %s, %s, %s, %s, %s, %s)",
        (list(pool.numbers), pool.site, token, holder.agent, holder.workstation,
         holder.address, seconds)).fetchone()
    if row is None:
        return None
    number, agent, workstation, taken_at = row
    if agent is None:
        return Claimed(number)
    return Claimed(number, Reused(agent, workstation), taken_at)


def restore(connection: Any, site: str, token: str, claimed: Claimed) -> None:
    """Undo a claim answered too late: delete the lease it made, or put the oldest lease it
    pointed at back in its place in line."""
    connection.execute("SELECT callback_restore(%s, %s, %s, %s)",
                       (site, token, claimed.number, claimed.taken_at))


def offer(connection: Any, holder: Holder, pool: Pool, seconds: float) -> str | None:
    """The free number this softphone would take next, kept for it for ``seconds``."""
    row = connection.execute("SELECT callback_offer(%s, %s, %s, %s, %s)",
                             (list(pool.numbers), pool.site, holder.agent, holder.workstation,
                              seconds)).fetchone()
    return row[0] if row else None


def record(connection: Any, holder: Holder, lease: Lease, seconds: float, asserted: bool,
           stale: Sequence[str]) -> Recorded:
    row = connection.execute(
        "SELECT outcome, other_agent, other_workstation "
        "FROM callback_record(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s::uuid[])",
        (lease.number, lease.site, lease.token, holder.agent, holder.workstation,
         holder.address, seconds, lease.paused_at is not None, asserted, list(stale))
    ).fetchone()
    outcome, agent, workstation = row
    return Recorded(outcome, Reused(agent, workstation) if agent is not None else None)


def release(connection: Any, tokens: Sequence[str]) -> None:
    if tokens:
        connection.execute("DELETE FROM callback_lease WHERE token = ANY (%s::uuid[])",
                           (list(tokens),))


def pool_state(connection: Any, pool: Pool) -> PoolState:
    rows = connection.execute(
        "SELECT n.number, l.agent, l.workstation "
        "FROM unnest(%s::text[]) WITH ORDINALITY AS p (number, position) "
        "JOIN callback_number n ON n.number = p.number "
        "LEFT JOIN callback_lease l ON l.number = n.number AND l.expires_at > now() "
        "ORDER BY l.taken_at NULLS FIRST, n.released, p.position",
        (list(pool.numbers),)).fetchall()
    free = tuple(number for number, agent, _ in rows if agent is None)
    held = tuple((number, agent, workstation) for number, agent, workstation in rows
                 if agent is not None)
    return PoolState(pool.numbers, free, held)


def live(connection: Any) -> list[LiveLease]:
    rows = connection.execute(
        "SELECT l.number, n.site, l.agent, l.workstation, "
        "extract(epoch FROM l.expires_at)::float8, l.paused "
        "FROM callback_lease l JOIN callback_number n ON n.number = l.number "
        "WHERE l.expires_at > now() ORDER BY n.site, l.number").fetchall()
    return [LiveLease(number, site, agent, workstation, None if paused else expires)
            for number, site, agent, workstation, expires, paused in rows]
