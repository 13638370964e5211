"""What an emergency call changes around it while it is up, and puts back when it ends.

Called only after the call has been handed to the carrier. Each step (holding other calls,
Do not disturb, saving the lease and the emergency marker, queueing the notification) may fail
on its own: the failure is added to the call's notes and shown to the agent, and the next step
still runs. Broad ``except Exception`` is deliberate here and nowhere else: no failure around an
emergency call may stop the rest of its safety steps. Nothing here is logged: a log line would
record that, and when, an emergency call happened (``softphone status --json`` shows the
problems while the softphone runs).

Events: ``started(call)`` when the first emergency call is up (the modal emergency view opens),
``ended()`` when the last one has ended and presence is back, ``problem(message)``.
"""

from __future__ import annotations

import getpass
import socket
import time
from collections.abc import Callable
from typing import Any

from softphone.blocks.events import Event
from softphone.blocks.text import translate
from softphone.core.calls import Call, CallKind, CallState, Direction
from softphone.core.coverage import SUPPORTED_EMERGENCY_COUNTRIES
from softphone.core.leases import CallbackLeases, Lease
from softphone.core.location import Location
from softphone.core.notification import EmergencyNotice, EmergencyNotifier
from softphone.core.presence import Presence
from softphone.core.state import StateStore
from softphone.core.storage import StorageError
from softphone.settings.store import Settings

_MARKER_KEY = "emergency.active"


class EmergencySession:
    def __init__(
        self,
        presence: Presence,
        leases: CallbackLeases,
        state: StateStore,
        notifier: EmergencyNotifier,
        settings: Settings,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.started: Event[[Call]] = Event()
        self.ended: Event[[]] = Event()
        self.problem: Event[[str]] = Event()
        self._presence = presence
        self._leases = leases
        self._state = state
        self._notifier = notifier
        self._settings = settings
        self._clock = clock
        self._calls: dict[str, Call] = {}

    @property
    def active(self) -> bool:
        return bool(self._calls)

    def is_emergency(self, call_id: str) -> bool:
        return call_id in self._calls

    def calls(self) -> list[Call]:
        return list(self._calls.values())

    def begin_outbound(self, call: Call, lease: Lease | None, warning: str,
                       location: Location | None, hold_others: Callable[[Call], None]) -> None:
        if warning:
            call.notes.append(warning)
            self.problem.emit(warning)
        self._begin(call, hold_others)
        self._leases.announce()
        self._step(call, translate("Emergency", "Saving the callback number"), self._leases.save)
        self._step(call, translate("Emergency", "Notifying your emergency contacts"),
                   lambda: self._notifier.notify(self._notice(call, lease, location, warning)))

    def notify_failed(self, call: Call, location: Location | None, failure: str) -> None:
        """The carrier refused an emergency call on the spot: nothing else changes (no Do not
        disturb, no emergency view), but the contacts hear of it, the moment they are needed
        most, and the email says the call failed and why."""
        self._step(call, translate("Emergency", "Notifying your emergency contacts"),
                   lambda: self._notifier.notify(self._notice(call, None, location,
                                                               failure=failure)))

    def _notice(self, call: Call, lease: Lease | None, location: Location | None,
                warning: str = "", failure: str = "") -> EmergencyNotice:
        return EmergencyNotice(
            occurred_at=call.started_at,
            agent_name=self._settings["agent.name"],
            user_id=self._settings["agent.user_id"] or getpass.getuser(),
            workstation=self._settings["agent.workstation"] or socket.gethostname(),
            number_dialled=call.remote,
            callback_number=lease.number if lease else None,
            callback_expires_at=lease.expires_at if lease else None,
            location=location,
            country_supported=(location.country in SUPPORTED_EMERGENCY_COUNTRIES
                               if location and location.country else None),
            callback_warning=warning,
            failure=failure,
        )

    def begin_callback(self, call: Call, hold_others: Callable[[Call], None]) -> None:
        """The agent answered a PSAP callback: the same protections as an outgoing call."""
        self._begin(call, hold_others)

    def _begin(self, call: Call, hold_others: Callable[[Call], None]) -> None:
        first = not self._calls
        self._calls[call.call_id] = call
        self._step(call, translate("Emergency", "Putting your other calls on hold"),
                   lambda: hold_others(call))
        self._step(call, translate("Emergency", "Switching presence to Do not disturb"),
                   self._presence.enter_emergency)
        self._step(call, translate("Emergency", "Pausing the callback countdown"),
                   self._leases.pause)
        self._step(call, translate("Emergency", "Remembering the emergency call across a restart"),
                   self._save_marker)
        if first:
            self.started.emit(call)

    def finish(self, call: Call) -> None:
        """The call ended (either side); once no emergency call is left, put everything back."""
        if self._calls.pop(call.call_id, None) is None:
            return
        if self._calls:
            self._step(call, translate("Emergency", "Updating the emergency marker"),
                       self._save_marker)
            return
        self._step(call, translate("Emergency", "Restoring your presence"),
                   self._presence.leave_emergency)
        self._step(call, translate("Emergency", "Starting the callback countdown"),
                   self._leases.resume)
        self._step(call, translate("Emergency", "Clearing the emergency marker"),
                   lambda: self._state.delete(_MARKER_KEY))
        self.ended.emit()

    def recover(self) -> list[Call]:
        """Emergency calls that were up when the softphone last stopped (killed, crashed).

        They come back as INTERRUPTED calls: presence stays on Do not disturb until the agent
        ends them, because the answering point may still be on the line.
        """
        try:
            marker: Any = self._state.get(_MARKER_KEY) or []
            calls = [
                Call(
                    call_id=str(item["call_id"]),
                    direction=Direction(item["direction"]),
                    kind=CallKind.EMERGENCY,
                    remote="",
                    state=CallState.INTERRUPTED,
                    started_at=float(item["started_at"]),
                    psap_callback=bool(item.get("psap_callback", False)),
                )
                for item in marker
            ]
        except (StorageError, KeyError, TypeError, ValueError) as error:
            self.problem.emit(translate(
                "Emergency", "Could not read the emergency marker ({error}); if an emergency "
                             "call was interrupted, set your presence again after it is over.")
                .format(error=str(error)))
            return []
        if not calls:
            return []
        for call in calls:
            call.notes.append(translate(
                "Emergency", "The softphone restarted during this emergency call. If the "
                             "answering point is still on the line, stay with them; press End "
                             "call when the call is over."))
            self._calls[call.call_id] = call
        self._step(calls[0], translate("Emergency", "Keeping presence on Do not disturb"),
                   self._presence.enter_emergency)
        self.started.emit(calls[0])
        return calls

    def _save_marker(self) -> None:
        # Only what recovery needs: never the number, the location or the callback number.
        self._state.put(_MARKER_KEY, [
            {"call_id": c.call_id, "direction": c.direction.value, "started_at": c.started_at,
             "psap_callback": c.psap_callback}
            for c in self._calls.values()
        ])

    def _step(self, call: Call, description: str, action: Callable[[], object]) -> None:
        try:
            action()
        except Exception as error:  # see the module docstring
            message = translate("Emergency", "{step} failed: {error}").format(
                step=description, error=str(error))
            call.notes.append(message)
            self.problem.emit(message)
