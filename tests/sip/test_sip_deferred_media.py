"""The RTP library loads after the call has started (issue 14): a dial waits for nothing but a
port, and a library that cannot be loaded (a broken install) costs the call its audio, never
the call. Real calls with SIPp on loopback; the library is made unimportable for the test."""

from __future__ import annotations

import socket
import sys
import threading
from types import ModuleType

import pytest

from softphone.carriers.sip import media
from softphone.core.calls import CallState
from tests.sip.conftest import free_udp_port, wait_until
from tests.sip.test_sip_calls import carrier_port, emergency
from tests.sip.test_sip_in_call import EVENT_CODES, connected, media_keys, rtp_events

pytestmark = pytest.mark.slow


@pytest.fixture
def broken_rtp_library(monkeypatch: pytest.MonkeyPatch) -> None:
    """``import aiortp`` fails from now on, as on an install whose numpy or aiortp is broken."""
    monkeypatch.setitem(sys.modules, "aiortp", None)


def test_an_emergency_call_goes_out_and_connects_without_the_rtp_library_and_says_so(
        sipp, start_carrier, recorder, engine, broken_rtp_library) -> None:
    psap = sipp("answering_point.xml")
    carrier = start_carrier(proxy=f"127.0.0.1:{psap.port}")
    carrier.place_call(emergency())
    recorder.wait_for(lambda: CallState.ENDED in recorder.state_of("call-1"))
    assert recorder.state_of("call-1") == [CallState.RINGING, CallState.CONNECTED,
                                          CallState.ENDED]
    assert psap.finish() == 0, psap.log()
    invite, = psap.received("INVITE")
    port = next(line for line in invite.splitlines() if line.startswith("m=audio")).split()[1]
    assert int(port) >= 10000  # a real port was reserved and offered, not a placeholder
    assert any(problem.startswith("The call is connected but its audio failed: the RTP "
                                  "library could not be loaded") and "reinstall" in problem
               for problem in recorder.problems), recorder.problems
    assert engine.calls == {}  # no headset audio was started for a call without RTP


def test_a_psap_callback_is_answered_without_the_rtp_library_and_says_so(
        sipp, start_carrier, recorder, engine, broken_rtp_library) -> None:
    carrier = start_carrier()
    recorder.on_offer = lambda offer: carrier.alert(offer.call_id)
    recorder.on_state = lambda call_id, state, _reason: (
        carrier.answer(call_id) if state is CallState.RINGING else None)
    psap = sipp("psap_callback.xml", target=int(carrier_port(carrier)))
    offer = recorder.wait_for(lambda: recorder.offers and recorder.offers[0])
    recorder.wait_for(lambda: CallState.ENDED in recorder.state_of(offer.call_id))
    assert recorder.state_of(offer.call_id) == [CallState.RINGING, CallState.CONNECTED,
                                               CallState.ENDED]
    assert psap.finish() == 0, psap.log()
    assert any("audio failed: the RTP library could not be loaded" in problem
               for problem in recorder.problems), recorder.problems
    assert engine.calls == {}


def test_keys_pressed_while_the_rtp_library_still_loads_go_out_once_it_has(
        sipp, start_carrier, recorder, monkeypatch) -> None:
    """The call is connected as soon as the far end answers; keys pressed while the RTP
    library is still loading wait for the session instead of being refused or lost."""
    loaded = media.rtp_library()
    release = threading.Event()

    def slow_library() -> ModuleType:
        assert release.wait(10)
        return loaded

    monkeypatch.setattr(media, "rtp_library", slow_library)
    monkeypatch.setitem(sys.modules, "aiortp", None)  # not loaded yet, as in a fresh process
    rtp_port = free_udp_port()
    far_end = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    far_end.bind(("127.0.0.1", rtp_port))
    far_end.settimeout(5)
    with far_end:
        callee = sipp("media_callee.xml", extra=media_keys(rtp_port, 0, 101))
        carrier = start_carrier(proxy=f"127.0.0.1:{callee.port}")
        connected(carrier, recorder)  # while the library is still "loading"
        carrier.send_dtmf("call-1", "7")
        call_media = carrier.jobs.outbound.calls["call-1"].media
        wait_until(lambda: call_media.keys_waiting == "7", "the key to wait for the session")
        monkeypatch.setitem(sys.modules, "aiortp", loaded)
        release.set()
        events = rtp_events(far_end, 101, 1)
    assert [event for event, end in events if end][0] == EVENT_CODES["7"]
    assert recorder.problems == []
    carrier.hangup("call-1")
    assert callee.finish() == 0, callee.log()
