"""The carrier interface every adapter implements, and the values that cross it.

Rules every adapter follows, because the emergency flow relies on them:

* ``place_call`` returns at once. It may queue work for the adapter's own thread or event loop,
  but it never waits on the network, DNS, a lock held by I/O, or the audio device. Progress comes
  back later through the listener.
* Listener methods may be called from any thread; the core moves them onto its own thread.
* Failures are reported, never swallowed: a call that cannot be placed ends in
  ``CallState.FAILED`` with a reason the agent can act on, and adapter-wide trouble (a lost
  registration, an unreachable proxy) goes to ``carrier_problem``.
* An emergency call is placed at most once per route: an adapter never re-sends it on its own
  to a route it already tried.

Adapters are found by name in the ``softphone.carriers`` entry-point group (see
``softphone.carrier_plugins``); the constructor receives the adapter's ``CarrierContext``.
"""

from __future__ import annotations

import enum
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from softphone.blocks.readiness import Check
from softphone.blocks.text import translate
from softphone.core.audio import AudioEngine
from softphone.core.calls import CallKind, CallState
from softphone.core.location import Location

if TYPE_CHECKING:
    from softphone.settings.store import Settings


class CarrierError(RuntimeError):
    """The adapter cannot do what was asked; the message tells the agent or admin what to do."""


@dataclass(frozen=True)
class OutboundCall:
    """What the core asks a carrier to dial, with everything an emergency call carries."""

    call_id: str
    number: str  # what the carrier must dial: "911", "112", "+15551234567"; prefix removed for emergencies
    kind: CallKind
    caller_id: str  # the agent's own number, may be empty
    callback_number: str | None  # asserted for emergency and test calls
    location: Location | None  # latest known location, for PIDF-LO and test read-back
    country: str  # the country whose dial plan made this an emergency call


@dataclass(frozen=True)
class InboundOffer:
    """A call a carrier offers the core, before the core decides what becomes of it."""

    call_id: str
    caller: str
    callee: str  # the number the caller dialled, e.g. a leased callback number
    marked_psap_callback: bool = False  # the carrier flagged it (SIP: Priority: psap-callback)


class Refusal(enum.Enum):
    """Why an inbound call is refused; SIP maps these to 486, 480, 603 and 480."""

    BUSY = "busy"
    DO_NOT_DISTURB = "do not disturb"
    DECLINED = "declined"
    UNAVAILABLE = "unavailable"


class CarrierListener(Protocol):
    def call_state_changed(self, call_id: str, state: CallState, reason: str = "") -> None: ...

    def incoming_call(self, offer: InboundOffer) -> None: ...

    def remote_speech(self, call_id: str, text: str) -> None:
        """What the far end said, when the adapter knows it (the simulated answering point)."""

    def carrier_problem(self, message: str) -> None: ...


class Scheduler(Protocol):
    """Runs a function on the core's thread after a delay; returns a function that cancels it."""

    def call_later(self, seconds: float, function: Callable[[], None]) -> Callable[[], None]: ...


@dataclass(frozen=True)
class CarrierContext:
    """What the core hands a carrier adapter it builds: the settings, its scheduler, the audio."""

    settings: Settings
    scheduler: Scheduler
    audio: AudioEngine


class Carrier(ABC):
    """One way of placing and receiving calls."""

    name: str = ""

    def __init__(self, context: CarrierContext) -> None:
        self.context = context

    @property
    def can_hold(self) -> bool:
        return True

    @abstractmethod
    def start(self, listener: CarrierListener) -> None:
        """Begin receiving calls; must not block (registration happens in the background)."""

    @abstractmethod
    def stop(self) -> None: ...

    @abstractmethod
    def place_call(self, call: OutboundCall) -> None:
        """Hand the call over and return at once (see the module's rules)."""

    @abstractmethod
    def alert(self, call_id: str) -> None:
        """Accept an inbound offer for ringing here (SIP: 180 Ringing)."""

    @abstractmethod
    def refuse(self, call_id: str, refusal: Refusal) -> None: ...

    @abstractmethod
    def answer(self, call_id: str) -> None: ...

    @abstractmethod
    def hangup(self, call_id: str) -> None: ...

    def hold(self, call_id: str, held: bool) -> None:
        raise CarrierError(translate("Carrier", "The {carrier} carrier cannot put calls on "
                                                "hold.").format(carrier=self.name))

    def transfer(self, call_id: str, target: str) -> None:
        raise CarrierError(translate("Carrier", "The {carrier} carrier cannot transfer calls.")
                           .format(carrier=self.name))

    def send_dtmf(self, call_id: str, digits: str) -> None:
        raise CarrierError(translate("Carrier", "The {carrier} carrier cannot send keypad "
                                                "tones.").format(carrier=self.name))

    def has_call(self, call_id: str) -> bool:
        """Whether the carrier still holds this call (a call it has forgotten can leave nothing
        open behind it)."""
        return False

    def emergency_reach_problem(self) -> str:
        """Why an emergency call placed now could not reach a real emergency service, in a
        sentence ("" when it can, as far as the adapter knows from its settings); from memory.
        While it is not empty the window and the tray say so permanently."""
        return ""

    def describe_emergency_route(self, number: str) -> str:
        """Which path an emergency call to ``number`` would take, for the readiness panel."""
        return self.name

    def readiness_checks(self) -> list[Check]:
        """The adapter's own prerequisites (settings complete, route known); from memory."""
        return []

    def secrets_changed(self) -> None:
        """Passwords in the keyring may have changed (the settings dialog saved): re-read them
        in the background. Returns at once. An adapter without passwords has nothing to do."""
        return None
