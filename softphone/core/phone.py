"""Places and receives calls, and runs the emergency flow around the carrier adapter.

The dial path (``dial``) is: classify the number, choose the callback number and read the latest
location (memory only), hand the call to the carrier. Everything else (holding other calls,
presence, saving, the notification, the emergency view) happens after the hand-off; see
``EmergencySession``. All methods run on the core's thread, the thread of the ``post`` it was
given (the rule in ``blocks.post``); carrier events arrive from any thread and are posted here.

Events: ``call_changed(call)`` for any change, including the end of a call;
``incoming(call)`` when an inbound call starts ringing here (a PSAP callback is a call with
``psap_callback`` set), posted after the carrier was told to ring, so that the caller's ringing
leaves before any observer runs; ``speech(call, text)`` what the far end said when the carrier
knows; ``problem(message)`` anything the agent must know that is not tied to one call.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable

from softphone.blocks.events import Event
from softphone.blocks.post import Post, run_now
from softphone.blocks.text import translate
from softphone.core.calls import Call, CallError, CallFailed, CallKind, CallState, Direction
from softphone.core.carrier import (
    Carrier,
    CarrierError,
    CarrierListener,
    InboundOffer,
    OutboundCall,
    Refusal,
    Scheduler,
)
from softphone.core.dialplan import DialPlan
from softphone.core.emergency import EmergencySession
from softphone.core.history import CallHistory
from softphone.core.inbound_routing import InboundRouter, Verdict
from softphone.core.leases import CallbackLeases
from softphone.core.location import Location, LocationSource
from softphone.core.presence import UNREACHABLE, Presence
from softphone.core.storage import StorageError
from softphone.settings.store import Settings


class _CarrierEvents(CarrierListener):
    """Moves carrier callbacks, which may come from any thread, onto the core's thread."""

    def __init__(self, phone: Phone, post: Post) -> None:
        self._phone = phone
        self._post = post

    def call_state_changed(self, call_id: str, state: CallState, reason: str = "") -> None:
        self._post(lambda: self._phone._on_call_state(call_id, state, reason))

    def incoming_call(self, offer: InboundOffer) -> None:
        self._post(lambda: self._phone._on_incoming(offer))

    def remote_speech(self, call_id: str, text: str) -> None:
        self._post(lambda: self._phone._on_speech(call_id, text))

    def carrier_problem(self, message: str) -> None:
        self._post(lambda: self._phone.problem.emit(message))


class Phone:
    def __init__(
        self,
        *,
        settings: Settings,
        carrier: Carrier,
        dial_plan: DialPlan,
        presence: Presence,
        leases: CallbackLeases,
        router: InboundRouter,
        history: CallHistory,
        emergency: EmergencySession,
        location: LocationSource,
        scheduler: Scheduler,
        post: Post = run_now,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.call_changed: Event[[Call]] = Event()
        self.incoming: Event[[Call]] = Event()
        self.speech: Event[[Call, str]] = Event()
        self.problem: Event[[str]] = Event()
        self.settings = settings
        self.carrier = carrier
        self.dial_plan = dial_plan
        self.presence = presence
        self.leases = leases
        self.router = router
        self.history = history
        self.emergency = emergency
        self._location = location
        self._scheduler = scheduler
        self._post = post
        self._clock = clock
        self._calls: dict[str, Call] = {}
        self._queue: list[str] = []
        emergency.problem.connect(self.problem.emit)
        leases.problem.connect(self.problem.emit)

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> bool:
        """Start the carrier and bring back emergency calls interrupted by a restart; ``False``
        if the carrier could not start (the problem is reported)."""
        for call in self.emergency.recover():
            self._calls[call.call_id] = call
        self.leases.start()
        try:
            self.carrier.start(_CarrierEvents(self, self._post))
        except CarrierError as error:
            self.problem.emit(translate("Phone", "The carrier could not start: {error}").format(
                error=str(error)))
            return False
        return True

    def stop(self) -> None:
        self.carrier.stop()
        self.leases.stop()

    # -- queries ---------------------------------------------------------------------------

    def calls(self) -> list[Call]:
        return list(self._calls.values())

    def call(self, call_id: str) -> Call:
        try:
            return self._calls[call_id]
        except KeyError:
            raise CallError(translate("Phone", "That call has already ended.")) from None

    def lines_in_use(self) -> int:
        return sum(1 for call in self._calls.values() if call.active)

    # -- outbound --------------------------------------------------------------------------

    def dial(self, text: str) -> Call:
        """Place a call to what the agent typed; returns the call once the carrier has it.

        Every failure raises ``CallError`` with a sentence for the agent, and only that: what
        was typed is not a number (``DialPlanError``), the call is refused here (another call
        during an emergency call), or the carrier refused it on the spot (``CallFailed``, which
        carries the failed call; observers also see it through ``call_changed``). Callers show
        the message; none has to look into a returned call for a failure.

        For an emergency number nothing is refused and nothing slow happens before the carrier
        has the call. One the carrier refuses still notifies the contacts, saying it failed.
        """
        target = self.dial_plan.classify(text)
        kind = target.kind
        if kind is not CallKind.EMERGENCY and self.emergency.active:
            raise CallError(translate("Phone", "End the emergency call before placing another call."))
        lease, warning = self.leases.acquire() if kind is CallKind.EMERGENCY else (None, "")
        callback = (lease.number if lease else None) if kind is CallKind.EMERGENCY else (
            self.leases.preview() if kind is CallKind.TEST else None)
        location, location_problem = (self._latest_location() if kind is not CallKind.NORMAL
                                      else (None, ""))
        call = Call(uuid.uuid4().hex, Direction.OUTBOUND, kind, target.number,
                    CallState.DIALING, self._clock(), callback_number=callback, location=location)
        self._calls[call.call_id] = call
        try:
            self.carrier.place_call(OutboundCall(
                call_id=call.call_id, number=target.number, kind=kind,
                caller_id=self.settings["outbound.caller_id"], callback_number=callback,
                location=location, country=target.country,
            ))
        except CarrierError as error:
            self._calls.pop(call.call_id)
            call.state = CallState.FAILED
            call.end_reason = str(error)
            if kind is CallKind.EMERGENCY:
                call.end_reason = translate(
                    "Phone", "The emergency call could not be placed: {error} Use another phone "
                             "to call emergency services now.").format(error=str(error))
                self.problem.emit(call.end_reason)
                self.emergency.notify_failed(call, location, str(error))
            self.call_changed.emit(call)
            raise CallFailed(call) from error
        if kind is not CallKind.NORMAL:
            # Said again with the call, not only at start: the carrier settings may not be the
            # files' (a broken file) or may be broken themselves.
            call.notes.extend(self.settings.carrier_problems)
            if location_problem:
                call.notes.append(location_problem)
        if kind is CallKind.EMERGENCY:
            self.emergency.begin_outbound(call, lease, warning, location, self._hold_others)
        elif kind is CallKind.TEST:
            call.notes.append(translate("Phone", "Test call to the address test line: no "
                                                 "emergency services, no Do not disturb, no "
                                                 "notification."))
        self.call_changed.emit(call)
        return call

    def _latest_location(self) -> tuple[Location | None, str]:
        """The location to send, and what went wrong reading it (for the call's notes, not the
        log: a log line would record when an emergency call was placed)."""
        try:
            return self._location.latest(), ""
        except Exception as error:  # the location source must never stop an emergency call
            return None, translate("Phone", "No location was sent with the call: the location "
                                            "source failed ({error}).").format(
                error=type(error).__name__)

    def _hold_others(self, emergency_call: Call) -> None:
        """Hold every other call (or end it, if the carrier cannot hold) for an emergency call."""
        for call in list(self._calls.values()):
            if call is emergency_call or self.emergency.is_emergency(call.call_id):
                continue
            if call.state is CallState.CONNECTED and self.carrier.can_hold:
                self.carrier.hold(call.call_id, True)
                call.state = CallState.ON_HOLD
                call.notes.append(translate("Phone", "Put on hold because an emergency call started."))
                self.call_changed.emit(call)
            elif call.state in (CallState.CONNECTED, CallState.DIALING, CallState.RINGING):
                if call.direction is Direction.INBOUND and call.state is CallState.RINGING:
                    self.carrier.refuse(call.call_id, Refusal.BUSY)
                else:
                    self.carrier.hangup(call.call_id)
                self._finish(call, translate("Phone", "ended because an emergency call started"))

    # -- controls --------------------------------------------------------------------------

    def hangup(self, call_id: str | None = None) -> Call:
        """End a call at once (the emergency call first when no id is given)."""
        call = self._pick(call_id)
        try:
            self.carrier.hangup(call.call_id)
        except CarrierError as error:
            call.notes.append(translate("Phone", "The carrier reported a problem hanging up: "
                                                 "{error}").format(error=str(error)))
        self._finish(call, translate("Phone", "ended by you"))
        return call

    def answer(self, call_id: str | None = None) -> Call:
        call = self._pick(call_id, ringing=True)
        if call.state is not CallState.RINGING or call.direction is not Direction.INBOUND:
            raise CallError(translate("Phone", "Only a ringing inbound call can be answered."))
        if call.psap_callback:
            self.emergency.begin_callback(call, self._hold_others)
        elif self.emergency.active:
            raise CallError(translate("Phone", "End the emergency call before answering another call."))
        self.carrier.answer(call.call_id)
        return call

    def decline(self, call_id: str, refusal: Refusal = Refusal.DECLINED) -> None:
        """Refuse a ringing normal call; a PSAP callback cannot be declined."""
        call = self.call(call_id)
        if call.psap_callback:
            raise CallError(translate("Phone", "An emergency callback cannot be declined: answer it."))
        if call.state not in (CallState.RINGING, CallState.QUEUED):
            raise CallError(translate("Phone", "Only a ringing call can be declined; hang up instead."))
        self.carrier.refuse(call_id, refusal)
        self._finish(call, translate("Phone", "declined by you"))

    def hold(self, call_id: str, held: bool) -> None:
        call = self.call(call_id)
        if call.is_emergency:
            raise CallError(translate("Phone", "An emergency call cannot be put on hold."))
        if not held and self.emergency.active:
            raise CallError(translate("Phone", "Other calls stay on hold while an emergency call is up."))
        self.carrier.hold(call_id, held)
        call.state = CallState.ON_HOLD if held else CallState.CONNECTED
        self.call_changed.emit(call)

    def transfer(self, call_id: str, target: str) -> None:
        call = self.call(call_id)
        if call.is_emergency:
            raise CallError(translate("Phone", "An emergency call cannot be transferred."))
        self.carrier.transfer(call_id, self.dial_plan.classify(target).number)

    def send_dtmf(self, call_id: str, digits: str) -> None:
        self.carrier.send_dtmf(self.call(call_id).call_id, digits)

    def _pick(self, call_id: str | None, ringing: bool = False) -> Call:
        if call_id is not None:
            return self.call(call_id)
        candidates = [c for c in self._calls.values() if c.state is not CallState.QUEUED]
        if ringing:
            candidates = [c for c in candidates if c.state is CallState.RINGING]
        candidates.sort(key=lambda c: (not c.is_emergency, -c.started_at))
        if not candidates:
            raise CallError(translate("Phone", "There is no call to act on."))
        return candidates[0]

    # -- carrier events --------------------------------------------------------------------

    def _on_call_state(self, call_id: str, state: CallState, reason: str) -> None:
        call = self._calls.get(call_id)
        if call is None:
            return  # a late event for a call already ended here
        if state.finished:
            self._finish(call, reason or state.value, failed=state is CallState.FAILED)
            return
        if state is CallState.CONNECTED and call.connected_at is None:
            call.connected_at = self._clock()
        if reason:
            call.notes.append(reason)
        call.state = state
        self.call_changed.emit(call)

    def _on_speech(self, call_id: str, text: str) -> None:
        call = self._calls.get(call_id)
        if call is not None:
            self.speech.emit(call, text)

    def _on_incoming(self, offer: InboundOffer) -> None:
        decision = self.router.decide(offer, self.lines_in_use(), self.presence.status)
        psap = decision.verdict is Verdict.PRIORITY
        call = Call(offer.call_id, Direction.INBOUND,
                    CallKind.EMERGENCY if psap else CallKind.NORMAL, offer.caller,
                    CallState.RINGING, self._clock(), psap_callback=psap)
        if decision.verdict is Verdict.REFUSE:
            assert decision.refusal is not None
            self.carrier.refuse(offer.call_id, decision.refusal)
            call.state = CallState.ENDED
            self._record(call, decision.reason)
            return
        self._calls[call.call_id] = call
        self.carrier.alert(offer.call_id)
        if decision.verdict is Verdict.QUEUE:
            call.state = CallState.QUEUED
            self._queue.append(call.call_id)
            self._scheduler.call_later(self.settings["routing.queue_timeout_seconds"],
                                       lambda: self._queue_timeout(call.call_id))
            self.call_changed.emit(call)
            return
        # The caller hears ringing first. The carrier sends it from its own thread, which needs
        # the interpreter this thread holds while it runs observers (the prompt, the tray, the
        # countdown's save): they run on the next turn of this thread's loop instead.
        self._post(lambda: self._ring(call))

    def _ring(self, call: Call) -> None:
        """Tell the observers of a call that rings here, unless it ended meanwhile."""
        if self._calls.get(call.call_id) is not call:
            return  # the caller gave up first: nothing to show, the countdown never paused
        if call.psap_callback:
            try:
                self.leases.pause()
            except StorageError as error:
                self.problem.emit(translate("Phone", "Pausing the callback countdown failed: "
                                                     "{error}").format(error=str(error)))
        self.call_changed.emit(call)
        self.incoming.emit(call)

    def _queue_timeout(self, call_id: str) -> None:
        if call_id in self._queue:
            self._queue.remove(call_id)
            call = self._calls[call_id]
            self.carrier.refuse(call_id, Refusal.BUSY)
            self._finish(call, translate("Phone", "no line became free in time"))

    def _serve_queue(self) -> None:
        while (self._queue and self.lines_in_use() < self.settings["routing.max_concurrent_calls"]
               and self.presence.status not in UNREACHABLE and not self.emergency.active):
            call = self._calls[self._queue.pop(0)]
            call.state = CallState.RINGING
            self.call_changed.emit(call)
            self.incoming.emit(call)

    # -- endings ---------------------------------------------------------------------------

    def _finish(self, call: Call, reason: str, failed: bool = False) -> None:
        if self._calls.pop(call.call_id, None) is None:
            return
        if call.call_id in self._queue:
            self._queue.remove(call.call_id)
        answered = call.connected_at is not None
        call.state = CallState.FAILED if failed else CallState.ENDED
        call.end_reason = reason
        if call.kind is CallKind.NORMAL:
            self._record(call, translate("Phone", "answered, {reason}").format(reason=reason)
                         if answered else reason)
        elif call.psap_callback and not self.emergency.is_emergency(call.call_id):
            self._resume_countdown()  # a callback that rang out, unanswered
        if failed and call.is_emergency:
            self.problem.emit(translate("Phone", "The emergency call failed: {reason} Dial again, "
                                                 "or use another phone to call emergency "
                                                 "services.").format(reason=reason))
        self.emergency.finish(call)
        self.call_changed.emit(call)
        self._serve_queue()

    def _resume_countdown(self) -> None:
        if self.emergency.active:
            return
        try:
            self.leases.resume()
        except StorageError as error:
            self.problem.emit(translate("Phone", "Restarting the callback countdown failed: "
                                                 "{error}").format(error=str(error)))

    def _record(self, call: Call, outcome: str) -> None:
        if call.kind is not CallKind.NORMAL:
            return
        try:
            self.history.record(call, outcome, self._clock())
        except StorageError as error:
            self.problem.emit(translate("Phone", "The call history could not be saved: {error}")
                              .format(error=str(error)))
