"""What a call is, as the core sees it, independent of any carrier."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from softphone.core.location import Location


class CallKind(enum.Enum):
    NORMAL = "normal"
    EMERGENCY = "emergency"  # an emergency number, or a PSAP calling back
    TEST = "test"  # the 933 address test line: a labelled test, none of the emergency side effects


class Direction(enum.Enum):
    OUTBOUND = "outbound"
    INBOUND = "inbound"


class CallState(enum.Enum):
    DIALING = "dialing"  # handed to the carrier, no answer from the far end yet
    RINGING = "ringing"  # outbound: the far end rings; inbound: ringing here
    QUEUED = "queued"  # inbound, waiting for a free line
    CONNECTED = "connected"
    ON_HOLD = "on hold"
    ENDED = "ended"
    FAILED = "failed"
    INTERRUPTED = "interrupted"  # the softphone restarted while the call was up

    @property
    def finished(self) -> bool:
        return self in (CallState.ENDED, CallState.FAILED)


@dataclass
class Call:
    """One call as the core tracks it from dialling or ringing to its end (mutable: the
    phone updates it in place and emits ``call_changed``)."""

    call_id: str
    direction: Direction
    kind: CallKind
    remote: str
    state: CallState
    started_at: float
    connected_at: float | None = None
    psap_callback: bool = False
    callback_number: str | None = None  # asserted with an emergency or test call
    location: Location | None = None  # sent with an emergency or test call
    end_reason: str = ""
    notes: list[str] = field(default_factory=list)  # what the agent must know about this call

    @property
    def is_emergency(self) -> bool:
        return self.kind is CallKind.EMERGENCY

    @property
    def active(self) -> bool:
        """Occupies a line: counts against the capacity limit."""
        return self.state in (CallState.DIALING, CallState.RINGING, CallState.CONNECTED,
                              CallState.ON_HOLD, CallState.INTERRUPTED)


class CallError(RuntimeError):
    """An operation on a call was refused; the message says why and what the agent can do."""


class CallFailed(CallError):
    """The carrier refused a call on the spot. ``call`` is the failed call; the message is its
    ``end_reason`` (for an emergency call: use another phone)."""

    def __init__(self, call: Call) -> None:
        super().__init__(call.end_reason)
        self.call = call
