"""SIP over TCP and TLS against SIPp: calls both ways over TCP; over TLS, the proxy's certificate
verified against the configured CA file, and an untrusted proxy left loudly for the fallback.

SIPp is built without TLS in Debian, so TLS is terminated in front of it (``tls_relay``): the
softphone's side is real TLS with real certificate verification; SIPp sees the same bytes over
TCP. The certificates come from trustme CAs made for the test.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable, Iterator

import pytest
import trustme

from softphone.core.calls import CallState
from softphone.core.carrier import InboundOffer
from tests.sip.conftest import Sipp
from tests.sip.test_sip_calls import emergency
from tests.sip.tls_relay import TlsRelay

pytestmark = pytest.mark.slow


@pytest.fixture
def tls_front() -> Iterator[Callable[[trustme.CA, Sipp], TlsRelay]]:
    """``tls_front(ca, peer)``: TLS with a certificate for 127.0.0.1 from ``ca``, in front of
    the SIPp ``peer`` (started with ``transport="tcp"``)."""
    relays: list[TlsRelay] = []

    def start(ca: trustme.CA, peer: Sipp) -> TlsRelay:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ca.issue_cert("127.0.0.1").configure_cert(context)
        relay = TlsRelay(context, peer.port).start()
        relays.append(relay)
        return relay

    yield start
    for relay in relays:
        relay.stop()


def via_transport(request: str) -> str:
    via = next(line for line in request.splitlines() if line.startswith("Via:"))
    return via.split()[1]


def test_an_emergency_call_over_tcp_connects_and_the_answering_point_hangs_up(
        sipp, start_carrier, recorder, engine) -> None:
    psap = sipp("answering_point.xml", transport="tcp", extra=("-rtp_echo",))
    carrier = start_carrier(transport="tcp", proxy=f"127.0.0.1:{psap.port}")
    carrier.place_call(emergency())
    recorder.wait_for(lambda: CallState.ENDED in recorder.state_of("call-1"))
    assert recorder.state_of("call-1") == [CallState.RINGING, CallState.CONNECTED,
                                          CallState.ENDED]
    assert psap.finish() == 0, psap.log()  # all its INVITE checks, over TCP
    [invite] = psap.received("INVITE")
    assert via_transport(invite) == "SIP/2.0/TCP"
    assert ";transport=tcp>" in next(line for line in invite.splitlines()
                                     if line.startswith("Contact:"))


def test_a_psap_callback_over_tcp_rings_and_is_answered(sipp, start_carrier, recorder) -> None:
    carrier = start_carrier(transport="tcp")
    recorder.on_offer = lambda offer: carrier.alert(offer.call_id)
    recorder.on_state = lambda call_id, state, _reason: (
        carrier.answer(call_id) if state is CallState.RINGING else None)
    psap = sipp("psap_callback.xml", transport="tcp",
                target=carrier.context.settings.get("carrier.sip.local_port"))
    offer = recorder.wait_for(lambda: recorder.offers and recorder.offers[0])
    assert offer == InboundOffer(offer.call_id, "+15557770000", "+15551230001",
                                 marked_psap_callback=True)
    recorder.wait_for(lambda: CallState.ENDED in recorder.state_of(offer.call_id))
    assert psap.finish() == 0, psap.log()


def test_an_emergency_call_over_tls_verifies_the_proxy_against_the_ca_file(
        sipp, start_carrier, recorder, ca, ca_file, tls_front) -> None:
    psap = sipp("answering_point.xml", transport="tcp")
    relay = tls_front(ca, psap)
    carrier = start_carrier(transport="tls", proxy=f"127.0.0.1:{relay.port}",
                            tls_ca_file=str(ca_file))
    carrier.place_call(emergency())
    recorder.wait_for(lambda: CallState.ENDED in recorder.state_of("call-1"))
    assert recorder.state_of("call-1") == [CallState.RINGING, CallState.CONNECTED,
                                          CallState.ENDED]
    assert psap.finish() == 0, psap.log()  # the PSAP's BYE came back through the TLS link
    [invite] = psap.received("INVITE")
    assert via_transport(invite) == "SIP/2.0/TLS"
    assert relay.handshake_failures == []


def test_an_untrusted_proxy_certificate_fails_loudly_and_the_fallback_takes_the_call(
        sipp, start_carrier, recorder, ca, ca_file, tls_front) -> None:
    impostor = sipp("answering_point.xml", transport="tcp")
    psap = sipp("answering_point.xml", transport="tcp")
    untrusted = tls_front(trustme.CA(), impostor)  # a CA the softphone was not told to trust
    trusted = tls_front(ca, psap)
    carrier = start_carrier(transport="tls", proxy=f"127.0.0.1:{untrusted.port}",
                            fallback_proxy=f"127.0.0.1:{trusted.port}",
                            tls_ca_file=str(ca_file))
    carrier.place_call(emergency())
    recorder.wait_for(lambda: CallState.ENDED in recorder.state_of("call-1"))
    reason = next(reason for _, state, reason in recorder.states if state is CallState.DIALING)
    assert reason.startswith("The SBC 127.0.0.1 could not be reached (")
    assert "CERTIFICATE_VERIFY_FAILED" in reason
    assert reason.endswith("; trying the fallback SBC 127.0.0.1.")
    assert reason in recorder.problems
    assert psap.finish() == 0, psap.log()
    assert impostor.received("INVITE") == []  # not one byte of the call reached it


def test_an_unreadable_ca_file_stops_the_adapter_with_what_to_fix(
        start_carrier, recorder, tmp_path) -> None:
    missing = tmp_path / "missing-ca.pem"
    carrier = start_carrier(transport="tls", proxy="127.0.0.1:5061", tls_ca_file=str(missing))
    carrier.place_call(emergency())
    reason = recorder.wait_for(lambda: next(
        (reason for _, state, reason in recorder.states if state is CallState.FAILED), None))
    assert reason.startswith(f"The CA file {missing} cannot be used to verify the SIP proxy")
    assert reason.endswith("fix carrier.sip.tls_ca_file or empty it to use the system's "
                           "certificate authorities.")
