"""Where callback numbers are handed out and recorded: the interface the core owns, and the
embedded default that implements it on one workstation.

Two back ends implement ``LeaseRegistry``:

* ``LocalRegistry`` (here, the default): one agent, nothing to install. The numbers come from the
  pool in the settings; the lease itself is kept in the profile's SQLite file by
  ``CallbackLeases``, as on every back end.
* the shared store of a contact center (``softphone.callbacks``, PostgreSQL): every agent's
  softphone claims from the same table, and the SIP proxy routes a callback to the agent holding
  the number.

What a back end promises, because ``claim`` runs on the dial path:

* ``claim`` returns within its deadline (a few milliseconds), whatever the network does; past it,
  it answers with a number chosen in advance (``Claim.unconfirmed`` says why) or ``None``.
* ``record`` and ``prepare`` return at once; the work happens on the back end's own thread.
* Events reach the core through ``RegistryEvents`` on the core's thread (the back end is given
  the core's ``post``).
"""

from __future__ import annotations

import hashlib
import uuid
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Protocol

from softphone.blocks.readiness import Check
from softphone.blocks.text import translate


@dataclass(frozen=True)
class Lease:
    """This agent's callback number and how long it stays theirs.

    ``token`` names this lease in a shared store (a number leased again is a new token), so a
    softphone can tell its own row from the one of an agent who took the number later.
    """

    number: str
    expires_at: float
    paused_at: float | None
    from_pool: bool
    site: str = ""
    token: str = ""

    def remaining(self, now: float) -> float:
        return max(0.0, self.expires_at - (self.paused_at if self.paused_at is not None else now))


@dataclass(frozen=True)
class Holder:
    """Who holds a lease: shown to admins, and ``address`` is where the SIP proxy sends a call
    to the leased number (the agent's SIP user; empty when the carrier has none)."""

    agent: str
    workstation: str
    address: str = ""


@dataclass(frozen=True)
class Pool:
    """The numbers this agent draws from now: a site's pool, or the default (``site`` empty)."""

    site: str
    numbers: tuple[str, ...]
    unassigned_route: str = ""

    @property
    def label(self) -> str:
        return (translate("Leases", "the {site} pool").format(site=self.site) if self.site
                else translate("Leases", "the callback pool"))


@dataclass(frozen=True)
class Reused:
    """Every number of the pool was held: the oldest lease was given to this call."""

    agent: str
    workstation: str


@dataclass(frozen=True)
class Claim:
    """A number for an emergency call starting now.

    ``unconfirmed`` is empty when the registry decided (the number is recorded as this agent's);
    otherwise it is the sentence for the agent saying why the number was chosen in advance and
    not yet recorded (the shared store was unreachable). A claim that missed its deadline on a
    reachable store is confirmed right after the hand-off without troubling the agent.
    """

    number: str
    token: str
    reused: Reused | None = None
    unconfirmed: str = ""
    # The registry chose this number for this agent (at dial time, or in advance as its offer
    # from a reachable store); False: picked from the pool as last read, not yet confirmed.
    decided: bool = True


@dataclass(frozen=True)
class LiveLease:
    """One live lease as admins see it (``softphone leases``, the admin settings)."""

    number: str
    site: str
    agent: str
    workstation: str
    expires_at: float | None  # None while paused (an emergency call is up)


class RegistryEvents(Protocol):
    """What a back end tells the core, on the core's thread."""

    def lease_lost(self, token: str, message: str) -> None:
        """The lease ``token`` now belongs to another agent (a later call reused it)."""

    def registry_problem(self, message: str | None) -> None:
        """The store cannot be used (``message`` says why and what to fix), or works again."""

    def registry_notice(self, message: str) -> None:
        """Something the agent must know about their lease, e.g. a number two agents gave."""


class LeaseRegistry(ABC):
    """Hands out callback numbers and records who holds them (see the module docstring)."""

    shared = False

    def start(self, events: RegistryEvents) -> None:
        """Begin background work (connecting, refreshing); returns at once."""
        return None

    def stop(self) -> None:
        """Stop background work; a lease already recorded stays recorded."""
        return None

    @abstractmethod
    def claim(self, holder: Holder, pool: Pool, window_s: float) -> Claim | None:
        """A number of ``pool`` for a new lease of ``window_s`` seconds (paused until the call
        ends), within the deadline; ``None`` if there is none to give."""

    @abstractmethod
    def preview(self, holder: Holder, pool: Pool) -> str | None:
        """The number a claim would most likely give now, from memory (the 933 test line)."""

    def record(self, holder: Holder, lease: Lease | None, asserted: bool) -> None:
        """Make the store hold ``lease`` for ``holder`` (``None``: this agent holds nothing).

        ``asserted`` is true when an emergency call has just given the number to an answering
        point: if another agent took it meanwhile, this later call takes it back. Without it, a
        number another agent took is lost to this one (``RegistryEvents.lease_lost``).
        """
        return None

    def live(self) -> list[LiveLease]:
        """Every live lease the store knows; may wait on the network (admins only)."""
        return []

    def checks(self) -> list[Check]:
        """Readiness checks of the back end, from memory."""
        return []


def new_token() -> str:
    return str(uuid.uuid4())


def spread_index(holder: Holder, count: int) -> int:
    """A position in a list of ``count`` that differs between agents: agents who must choose
    without the store seldom choose the same number."""
    digest = hashlib.sha256(f"{holder.agent}\n{holder.workstation}".encode()).digest()
    return int.from_bytes(digest[:4], "big") % count


class LocalRegistry(LeaseRegistry):
    """The embedded default: one agent, the pool from the settings, nothing shared.

    Each new lease takes the number after the one leased last, so a number just released (which
    the answering point may still call) is the last to come round again. Kept in memory only: a
    stored "last number used" would outlive the lease as a trace that an emergency call was made.
    """

    def __init__(self) -> None:
        self._last: str | None = None

    def claim(self, holder: Holder, pool: Pool, window_s: float) -> Claim | None:
        number = self.preview(holder, pool)
        if number is None:
            return None
        self._last = number
        return Claim(number, new_token())

    def preview(self, holder: Holder, pool: Pool) -> str | None:
        numbers = pool.numbers
        if not numbers:
            return None
        last = self._last
        return numbers[(numbers.index(last) + 1) % len(numbers) if last in numbers else 0]
