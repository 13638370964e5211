"""In-call actions against SIPp: hold and resume (re-INVITE), blind transfer (REFER), and keypad
tones as RFC 4733 events on the wire."""

from __future__ import annotations

import socket
import struct
import time

import pytest

from softphone.core.calls import CallKind, CallState
from softphone.core.carrier import CarrierError, OutboundCall
from tests.sip.conftest import free_udp_port, receive, reply, wait_until

pytestmark = pytest.mark.slow

EVENT_CODES = {**{str(digit): digit for digit in range(10)}, "*": 10, "#": 11}


def ordinary(call_id: str = "call-1") -> OutboundCall:
    return OutboundCall(call_id=call_id, number="+15557654321", kind=CallKind.NORMAL,
                        caller_id="+15551230009", callback_number=None, location=None,
                        country="US")


def connected(carrier, recorder) -> None:
    carrier.place_call(ordinary())
    recorder.wait_for(lambda: CallState.CONNECTED in recorder.state_of("call-1"))


def test_hold_sends_a_sendonly_reinvite_and_resume_a_sendrecv_one(
        sipp, start_carrier, recorder) -> None:
    callee = sipp("hold_resume.xml")
    carrier = start_carrier(proxy=f"127.0.0.1:{callee.port}")
    connected(carrier, recorder)
    carrier.hold("call-1", True)
    recorder.wait_for(lambda: CallState.ON_HOLD in recorder.state_of("call-1"))
    carrier.hold("call-1", False)
    recorder.wait_for(lambda: recorder.state_of("call-1")[-1] is CallState.CONNECTED)
    carrier.hangup("call-1")
    assert callee.finish() == 0, callee.log()  # its checks: a=sendonly, then a=sendrecv
    _initial, hold, resume = callee.received("INVITE")
    assert "a=sendonly" in hold and "a=sendrecv" in resume
    # in the dialog: to the callee's Contact, not the first Request-URI
    assert hold.lstrip().startswith(f"INVITE sip:127.0.0.1:{callee.port};transport=UDP SIP/2.0")
    cseqs = [line for invite in (hold, resume) for line in invite.splitlines()
             if line.startswith("CSeq:")]
    assert cseqs == ["CSeq: 2 INVITE", "CSeq: 3 INVITE"]  # in the same dialog, in order


def test_a_blind_transfer_refers_the_call_and_ends_it_when_the_target_answers(
        sipp, start_carrier, recorder) -> None:
    callee = sipp("transfer.xml")
    carrier = start_carrier(proxy=f"127.0.0.1:{callee.port}")
    connected(carrier, recorder)
    carrier.transfer("call-1", "+15550001111")
    reason = recorder.wait_for(lambda: next(
        (reason for cid, state, reason in recorder.states if state is CallState.ENDED), None))
    assert reason == "The call was transferred."
    assert callee.finish() == 0, callee.log()  # REFER checked, NOTIFY answered, BYE received
    assert not carrier.has_call("call-1")


def test_a_transfer_needs_a_target(start_carrier) -> None:
    carrier = start_carrier()
    with pytest.raises(CarrierError, match="Enter the number or SIP address to transfer"):
        carrier.transfer("call-1", "  ")


def rtp_events(sock: socket.socket, payload_type: int, digits: int) -> list[tuple[int, bool]]:
    """(event, end) of the RFC 4733 packets arriving on ``sock`` until ``digits`` ended."""
    seen: list[tuple[int, bool]] = []
    ended: set[tuple[int, int]] = set()  # (event, RTP timestamp): one per digit
    deadline = time.monotonic() + 5
    while len(ended) < digits:
        assert time.monotonic() < deadline, f"only these events arrived: {seen}"
        packet = sock.recv(2048)
        if packet[1] & 0x7F != payload_type:
            continue
        timestamp = struct.unpack("!I", packet[4:8])[0]
        event, flags = packet[12], packet[13]
        end = bool(flags & 0x80)
        seen.append((event, end))
        if end:
            ended.add((event, timestamp))
    return seen


@pytest.mark.parametrize("payload_type", [101, 96])
def test_keypad_tones_go_out_as_rfc_4733_events_with_the_far_ends_payload_type(
        sipp, start_carrier, recorder, payload_type) -> None:
    rtp_port = free_udp_port()
    media = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    media.bind(("127.0.0.1", rtp_port))
    media.settimeout(5)
    with media:
        callee = sipp("media_callee.xml", extra=media_keys(rtp_port, 0, payload_type))
        carrier = start_carrier(proxy=f"127.0.0.1:{callee.port}")
        connected(carrier, recorder)
        carrier.send_dtmf("call-1", "19#")
        events = rtp_events(media, payload_type, 3)
    ends = [event for event, end in events if end]
    assert list(dict.fromkeys(ends)) == [EVENT_CODES[digit] for digit in "19#"]
    assert [event for event, _ in events][0] == 1
    carrier.hangup("call-1")
    assert callee.finish() == 0, callee.log()  # the offer carried telephone-event/8000


def test_keypad_tones_other_than_the_keypad_are_refused_with_the_bad_ones_named(
        start_carrier) -> None:
    carrier = start_carrier()
    with pytest.raises(CarrierError, match="remove X Z"):
        carrier.send_dtmf("call-1", "12XZ")


@pytest.mark.parametrize("codec", [0, 8])
def test_the_headsets_audio_goes_out_in_the_codec_the_far_end_chose(
        sipp, start_carrier, recorder, engine, codec) -> None:
    rtp_port = free_udp_port()
    media = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    media.bind(("127.0.0.1", rtp_port))
    media.settimeout(5)
    with media:
        callee = sipp("media_callee.xml", extra=media_keys(rtp_port, codec, 101))
        carrier = start_carrier(proxy=f"127.0.0.1:{callee.port}")
        connected(carrier, recorder)
        packets = wait_until(lambda: [p for p in iter_packets(media, 10)
                                      if p[1] & 0x7F == codec], "G.711 packets")
    assert all(len(packet) == 12 + 160 for packet in packets)  # 20 ms of G.711 at 8 kHz
    assert recorder.problems == []
    carrier.hangup("call-1")
    assert callee.finish() == 0, callee.log()


def media_keys(rtp_port: int, codec: int, dtmf_payload_type: int) -> tuple[str, ...]:
    return ("-key", "rtp_port", str(rtp_port), "-key", "codec", str(codec),
            "-key", "codec_name", {0: "PCMU", 8: "PCMA"}[codec],
            "-key", "dtmf_pt", str(dtmf_payload_type))


def iter_packets(sock: socket.socket, count: int) -> list[bytes]:
    return [sock.recv(2048) for _ in range(count)]


def test_an_answered_inbound_call_is_held_on_the_callers_dialog(
        sipp, start_carrier, recorder) -> None:
    carrier = start_carrier()
    recorder.on_offer = lambda offer: carrier.alert(offer.call_id)
    recorder.on_state = lambda call_id, state, _reason: (
        carrier.answer(call_id) if state is CallState.RINGING else None)
    caller = sipp("caller_held.xml", target=carrier.context.settings.get("carrier.sip.local_port"))
    offer = recorder.wait_for(lambda: recorder.offers and recorder.offers[0])
    recorder.wait_for(lambda: CallState.CONNECTED in recorder.state_of(offer.call_id))
    carrier.hold(offer.call_id, True)
    recorder.wait_for(lambda: CallState.ON_HOLD in recorder.state_of(offer.call_id))
    carrier.hangup(offer.call_id)
    assert caller.finish() == 0, caller.log()  # a=sendonly, our ACK of its 200, then BYE


def test_a_hold_request_the_far_end_never_answers_is_retransmitted_then_abandoned(
        start_carrier, recorder) -> None:
    """Over UDP a lost re-INVITE must neither hang nor block the next hold: SIPp would answer,
    so a plain socket plays a far end that stops answering after the call is up."""
    far = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    far.bind(("127.0.0.1", 0))
    far.settimeout(5)
    here = far.getsockname()[1]
    with far:
        carrier = start_carrier(proxy=f"127.0.0.1:{here}", no_answer_timeout=1.5)
        carrier.place_call(ordinary())
        invite, softphone = receive(far, "INVITE", "CSeq: 1 INVITE")
        sdp = ("v=0\r\no=far 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
               f"m=audio {free_udp_port()} RTP/AVP 0 101\r\na=rtpmap:101 telephone-event/8000\r\n")
        far.sendto(reply(invite, "200 OK", f"Contact: <sip:127.0.0.1:{here}>\r\n"
                         "Content-Type: application/sdp\r\n", sdp), softphone)
        recorder.wait_for(lambda: CallState.CONNECTED in recorder.state_of("call-1"))
        carrier.hold("call-1", True)
        copies = [receive(far, "INVITE", "CSeq: 2 INVITE")[0] for _ in range(2)]
        problem = recorder.wait_for(lambda: next(
            (p for p in recorder.problems if "did not answer the request" in p), None))
        assert problem == ("The far end did not answer the request to hold the call within "
                           "1.5 s; it stays connected.")
        assert len({line for copy in copies for line in copy.splitlines()
                    if line.startswith("Via:")}) == 1  # retransmissions of one transaction
        carrier.hold("call-1", True)  # not stuck behind the abandoned one
        again, _ = receive(far, "INVITE", "CSeq: 3 INVITE")
        assert "a=sendonly" in again
        carrier.hangup("call-1")
