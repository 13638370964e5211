"""The embedded default carrier: a simulated answering point for drills, with no account.

It rings, answers after ``carrier.simulated.answer_delay`` seconds and speaks a greeting through
the audio engine (synthesised with pyttsx3). Dialling 933 reaches a simulated address test line
that reads back the caller ID, callback number and location it received, as carriers' 933 lines
do. Trainers make it drop the emergency call (``drop``) and call back the callback number it was
given (``call_back``), so the whole flow can be drilled without dialling a real 911. Any other
number reaches a simulated colleague who answers silently.

Everything runs on the core's thread through the scheduler, except speech, which is synthesised
in the background and reaches the listener and the audio engine from the speech thread.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass

from softphone.blocks.languages import LANGUAGES
from softphone.blocks.speech import Speech
from softphone.blocks.text import current_language, translate
from softphone.core.audio import CallAudio
from softphone.core.calls import CallKind, CallState
from softphone.core.carrier import (
    Carrier,
    CarrierContext,
    CarrierError,
    CarrierListener,
    InboundOffer,
    OutboundCall,
    Refusal,
)

log = logging.getLogger("carrier")

SIMULATED_PSAP_NUMBER = "+15550100911"



def greeting() -> str:
    """What the simulated answering point says on answering, in the agent's language."""
    return translate("SimulatedCarrier", "Emergency services simulator. This is a drill: no "
                                         "real emergency service is connected. What is the "
                                         "address of your emergency?")


def callback_greeting() -> str:
    return translate("SimulatedCarrier", "This is the emergency services simulator calling you "
                                         "back. This is a drill. Are you still safe?")


def spell(number: str | None) -> str:
    """Digits one by one, so the synthesiser reads a number as a phone number."""
    return " ".join(number) if number else translate("SimulatedCarrier", "not provided")


def read_back(call: OutboundCall) -> str:
    """What the 933 line reads back, in the agent's language (the location as it was sent)."""
    where = call.location.describe() if call.location else translate("SimulatedCarrier",
                                                                     "not provided")
    return translate("SimulatedCarrier", "This is the address test line, not an emergency "
                                         "service. Your caller I D is {caller}. Your callback "
                                         "number is {callback}. Your location is {place}.").format(
        caller=spell(call.caller_id), callback=spell(call.callback_number), place=where)


@dataclass
class _SimulatedCall:
    call_id: str
    kind: CallKind
    inbound: bool
    state: CallState
    greeting: str
    callback_number: str | None = None


class SimulatedCarrier(Carrier):
    name = "simulated"

    def __init__(self, context: CarrierContext) -> None:
        super().__init__(context)
        self._listener: CarrierListener | None = None
        self._calls: dict[str, _SimulatedCall] = {}
        self._last_callback_number: str | None = None
        self._speech = Speech()
        self._audio: dict[str, CallAudio] = {}  # open while the call lasts, then closed

    @property
    def can_hold(self) -> bool:
        return bool(self.context.settings["carrier.simulated.can_hold"])

    def start(self, listener: CarrierListener) -> None:
        self._listener = listener

    def emergency_reach_problem(self) -> str:
        return translate("SimulatedCarrier", "This softphone uses the simulated carrier: a training "
                                             "answering point answers instead of an emergency "
                                             "service.")

    def stop(self) -> None:
        self._speech.close()
        for call_id in list(self._calls):
            self._forget(call_id)

    def _forget(self, call_id: str) -> _SimulatedCall | None:
        """The call is over: drop it and close its audio, so the devices are released."""
        audio = self._audio.pop(call_id, None)
        if audio is not None:
            audio.close()
        return self._calls.pop(call_id, None)

    def _events(self) -> CarrierListener:
        if self._listener is None:
            raise CarrierError(translate("SimulatedCarrier", "The simulated carrier was not started."))
        return self._listener

    def place_call(self, call: OutboundCall) -> None:
        self._events()  # refuse at once when not started, rather than failing later
        if call.kind is CallKind.EMERGENCY:
            words = greeting()
            self._last_callback_number = call.callback_number
        elif call.kind is CallKind.TEST:
            words = read_back(call)
        else:
            words = ""
        simulated = _SimulatedCall(call.call_id, call.kind, False, CallState.DIALING, words)
        self._calls[call.call_id] = simulated
        later = self.context.scheduler.call_later
        later(0.0, lambda: self._progress(simulated, CallState.RINGING))
        later(float(self.context.settings["carrier.simulated.answer_delay"]),
              lambda: self._connect(simulated))

    def _progress(self, call: _SimulatedCall, state: CallState, reason: str = "") -> None:
        if self._calls.get(call.call_id) is not call:
            return  # hung up meanwhile
        call.state = state
        self._events().call_state_changed(call.call_id, state, reason)

    def _connect(self, call: _SimulatedCall) -> None:
        if self._calls.get(call.call_id) is not call or call.state is CallState.CONNECTED:
            return
        self._progress(call, CallState.CONNECTED)
        if call.greeting and self.context.settings["carrier.simulated.speak_greeting"]:
            self._say(call, call.greeting)
        elif call.greeting:
            self._events().remote_speech(call.call_id, call.greeting)

    def _say(self, call: _SimulatedCall, text: str) -> None:
        listener = self._events()
        listener.remote_speech(call.call_id, text)

        def play(pcm: bytes, rate: int) -> None:
            if call.call_id in self._calls:
                audio = self.context.audio.open_call(call.call_id, rate)
                self._audio[call.call_id] = audio
                audio.write_remote(pcm)

        def failed(message: str) -> None:
            listener.carrier_problem(translate(
                "SimulatedCarrier", "The simulated answering point cannot speak: {error}")
                .format(error=message))

        self._speech.speak(text, play, failed, LANGUAGES[current_language()].voice)

    # -- inbound -------------------------------------------------------------------------------

    def ring_in(self, caller: str, callee: str, marked_psap_callback: bool = False) -> str:
        """Make an inbound call arrive, as a remote party would; returns its call id."""
        call_id = uuid.uuid4().hex
        words = callback_greeting() if caller == SIMULATED_PSAP_NUMBER else ""
        self._calls[call_id] = _SimulatedCall(call_id, CallKind.NORMAL, True, CallState.DIALING,
                                              words)
        self._events().incoming_call(InboundOffer(call_id, caller, callee, marked_psap_callback))
        return call_id

    def alert(self, call_id: str) -> None:
        call = self._calls.get(call_id)
        if call is not None:
            call.state = CallState.RINGING

    def refuse(self, call_id: str, refusal: Refusal) -> None:
        self._forget(call_id)

    def answer(self, call_id: str) -> None:
        call = self._calls.get(call_id)
        if call is None or not call.inbound:
            raise CarrierError(translate("SimulatedCarrier", "That call is no longer ringing."))
        self.context.scheduler.call_later(0.0, lambda: self._connect(call))

    # -- both ------------------------------------------------------------------------------------

    def hangup(self, call_id: str) -> None:
        self._forget(call_id)

    def hold(self, call_id: str, held: bool) -> None:
        if not self.can_hold:
            raise CarrierError(translate("SimulatedCarrier", "The simulated carrier is set up without hold "
                                                        "(carrier.simulated.can_hold = false)."))

    def transfer(self, call_id: str, target: str) -> None:
        if self._forget(call_id) is not None:
            self._events().call_state_changed(call_id, CallState.ENDED, translate(
                "SimulatedCarrier", "transferred to {target}").format(target=target))

    def send_dtmf(self, call_id: str, digits: str) -> None:
        if call_id not in self._calls:
            raise CarrierError(translate("SimulatedCarrier", "That call has ended."))

    def describe_emergency_route(self, number: str) -> str:
        return translate("SimulatedCarrier", "the simulated answering point (a drill: no real emergency "
                                             "service is reached)")

    # -- drills ----------------------------------------------------------------------------------

    def drop(self) -> bool:
        """The answering point's side drops the emergency call; False when there is none."""
        for call in list(self._calls.values()):
            if call.kind is CallKind.EMERGENCY and not call.inbound:
                self._forget(call.call_id)
                self._events().call_state_changed(call.call_id, CallState.ENDED, translate(
                    "SimulatedCarrier", "the answering point's line dropped (drill)"))
                return True
        return False

    def call_back(self, fallback_number: str | None = None) -> str:
        """The answering point calls back the callback number it was given with the call.

        ``fallback_number`` is used when this carrier was restarted and no longer knows it.
        """
        number = self._last_callback_number or fallback_number
        if not number:
            raise CarrierError(translate("SimulatedCarrier", "The simulated answering point has no callback "
                                                        "number to call: place an emergency call "
                                                        "first."))
        return self.ring_in(SIMULATED_PSAP_NUMBER, number)
