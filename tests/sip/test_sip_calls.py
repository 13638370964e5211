"""Real calls between the SIP adapter and SIPp on loopback."""

from __future__ import annotations

import email.parser
import email.policy
import time
from pathlib import Path

import pytest
from lxml import etree

from softphone.core.calls import CallKind, CallState
from softphone.core.carrier import InboundOffer, OutboundCall, Refusal
from softphone.core.location import CivicAddress, Location

pytestmark = pytest.mark.slow

SCHEMAS = Path(__file__).parents[1] / "location" / "data" / "pidf-lo"
LOCATION = Location(source="civic", obtained_at=time.time(), latitude=40.7128, longitude=-74.006,
                    accuracy_m=12.0,
                    civic=CivicAddress(street="Main Street", house_number="100", floor_room="4",
                                       city="New York", region="NY", postcode="10001",
                                       country="US"))


def emergency(call_id: str = "call-1", location: Location | None = LOCATION) -> OutboundCall:
    return OutboundCall(call_id=call_id, number="911", kind=CallKind.EMERGENCY,
                        caller_id="+15551230009", callback_number="+15551230001",
                        location=location, country="US")


def body_parts(invite: str) -> dict[str, str]:
    """The INVITE's multipart body, by part content type (parsed as MIME, like a PSAP would)."""
    head, _, body = invite.partition("\n\n") if "\r\n\r\n" not in invite \
        else invite.partition("\r\n\r\n")
    content_type = next(line.split(":", 1)[1].strip() for line in head.splitlines()
                        if line.lower().startswith("content-type:"))
    message = email.parser.Parser(policy=email.policy.default).parsestr(
        f"Content-Type: {content_type}\r\n\r\n{body}")
    return {part.get_content_type(): part.get_payload(decode=True).decode()
            for part in message.iter_parts()}


def test_emergency_invite_reaches_the_answering_point_with_location_and_exchanges_audio(
        sipp, start_carrier, recorder, engine) -> None:
    psap = sipp("answering_point.xml", extra=("-rtp_echo",))
    carrier = start_carrier(proxy=f"127.0.0.1:{psap.port}")
    carrier.place_call(emergency())
    recorder.wait_for(lambda: CallState.CONNECTED in recorder.state_of("call-1"))
    recorder.wait_for(lambda: "call-1" in engine.calls
                      and len(engine.calls["call-1"].received) >= 1600)
    recorder.wait_for(lambda: CallState.ENDED in recorder.state_of("call-1"))
    assert psap.finish() == 0, psap.log()
    assert recorder.state_of("call-1") == [CallState.RINGING, CallState.CONNECTED,
                                          CallState.ENDED]

    invite, = psap.received("INVITE")
    parts = body_parts(invite)
    assert "m=audio" in parts["application/sdp"]
    pidf = etree.fromstring(parts["application/pidf+xml"].encode())
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / "pidf-lo.xsd")))
    assert schema.validate(pidf), schema.error_log
    assert b"Main Street" in etree.tostring(pidf)
    content_id = next(line for line in invite.splitlines() if line.startswith("Geolocation:"))
    assert content_id.split("cid:")[1].rstrip(">\r") in invite.split("application/pidf+xml")[1]
    assert engine.calls["call-1"].closed.wait(5)


def test_a_proxy_answering_503_sends_the_call_to_the_fallback_route_once(
        sipp, start_carrier, recorder) -> None:
    failing = sipp("unavailable.xml")
    psap = sipp("answering_point.xml")
    carrier = start_carrier(proxy=f"127.0.0.1:{failing.port}",
                            fallback_proxy=f"127.0.0.1:{psap.port}")
    carrier.place_call(emergency())
    recorder.wait_for(lambda: CallState.CONNECTED in recorder.state_of("call-1"))
    reason = next(reason for _, state, reason in recorder.states if state is CallState.DIALING)
    assert reason == ("The SBC 127.0.0.1 answered 503 Service Unavailable; trying the fallback "
                      "SBC 127.0.0.1.")
    assert reason in recorder.problems
    assert failing.finish() == 0, failing.log()  # it got the ACK of its 503
    assert psap.finish() == 0, psap.log()
    assert len(failing.received("INVITE")) == 1
    assert len(psap.received("INVITE")) == 1


def test_a_silent_proxy_is_left_after_the_timeout_and_only_ever_sees_one_transaction(
        sipp, start_carrier, recorder) -> None:
    import socket

    silent = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    silent.bind(("127.0.0.1", 0))
    silent.settimeout(0.1)
    psap = sipp("answering_point.xml")
    carrier = start_carrier(proxy=f"127.0.0.1:{silent.getsockname()[1]}",
                            fallback_proxy=f"127.0.0.1:{psap.port}", no_answer_timeout=1.5)
    started = time.monotonic()
    carrier.place_call(emergency())
    reason = recorder.wait_for(lambda: next(
        (reason for _, state, reason in recorder.states if state is CallState.DIALING), None))
    assert reason.startswith("The SBC 127.0.0.1 did not answer within 1.5 s; trying the "
                             "fallback SBC")
    assert 1.4 < time.monotonic() - started < 3
    recorder.wait_for(lambda: CallState.CONNECTED in recorder.state_of("call-1"))
    assert psap.finish() == 0, psap.log()
    datagrams = []
    while True:
        try:
            datagrams.append(silent.recv(65535).decode())
        except TimeoutError:
            break
    silent.close()
    branches = {line for text in datagrams for line in text.splitlines()
                if line.startswith("Via:")}
    assert len(datagrams) >= 2  # retransmitted (Timer A), as one transaction
    assert len(branches) == 1


def test_an_emergency_call_without_a_location_goes_out_and_says_so(
        sipp, start_carrier, recorder) -> None:
    psap = sipp("answering_point.xml")
    carrier = start_carrier(proxy=f"127.0.0.1:{psap.port}")
    carrier.place_call(emergency(location=None))
    recorder.wait_for(lambda: recorder.state_of("call-1"))
    assert "The call went without a location: no location is known yet." in recorder.problems
    psap.finish()
    invite, = psap.received("INVITE")
    assert "Geolocation" not in invite  # and SIPp's check for the header failed the call


def test_a_psap_callback_rings_and_is_answered(sipp, start_carrier, recorder, engine) -> None:
    carrier = start_carrier()
    recorder.on_offer = lambda offer: carrier.alert(offer.call_id)
    recorder.on_state = lambda call_id, state, _reason: (
        carrier.answer(call_id) if state is CallState.RINGING else None)
    psap = sipp("psap_callback.xml", target=int(carrier_port(carrier)),
                extra=("-rtp_echo",))
    offer = recorder.wait_for(lambda: recorder.offers and recorder.offers[0])
    assert offer == InboundOffer(offer.call_id, "+15557770000", "+15551230001",
                                 marked_psap_callback=True)
    recorder.wait_for(lambda: CallState.ENDED in recorder.state_of(offer.call_id))
    assert recorder.state_of(offer.call_id) == [CallState.RINGING, CallState.CONNECTED,
                                               CallState.ENDED]
    assert psap.finish() == 0, psap.log()
    assert not carrier.has_call(offer.call_id)


def test_an_ordinary_call_refused_for_do_not_disturb_gets_480(
        sipp, start_carrier, recorder) -> None:
    carrier = start_carrier()
    recorder.on_offer = lambda offer: carrier.refuse(offer.call_id, Refusal.DO_NOT_DISTURB)
    caller = sipp("refused_call.xml", target=int(carrier_port(carrier)))
    assert caller.finish() == 0, caller.log()
    offer, = recorder.offers
    assert not offer.marked_psap_callback and offer.caller == "+15559990000"
    assert not carrier.has_call(offer.call_id)


def carrier_port(carrier) -> int:
    return carrier.context.settings.get("carrier.sip.local_port")
