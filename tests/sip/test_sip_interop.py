"""The SIP carrier against another SIP phone, baresip (Debian's): calls both ways over UDP, TCP
and TLS with SRTP, a tone sent each way and detected on the other side, G.722 where both have it.

baresip plays a 440 Hz tone into every call and records what it decodes; the softphone's side
(``RecordingAudio``) plays 1 kHz and records what it receives.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import trustme

from softphone.core.calls import CallKind, CallState
from softphone.core.carrier import OutboundCall
from softphone.qt import QtCore
from tests.kamailio import stateful_proxy
from tests.sip.baresip import Baresip, tone_share
from tests.sip.conftest import Recorder, RecordingAudio, RecordingEngine, free_sip_port

pytestmark = pytest.mark.slow

TRANSPORTS = ("udp", "tcp", "tls")


@pytest.fixture
def baresip(tmp_path: Path, ca: trustme.CA, ca_file: Path) -> Iterator[Callable[..., Baresip]]:
    """``baresip(...)``: a baresip on 127.0.0.1 (see ``Baresip``), with a certificate from
    the company CA for TLS and that CA to verify the softphone's."""
    peers: list[Baresip] = []

    def start(**options: Any) -> Baresip:
        folder = tmp_path / f"baresip-{len(peers)}"
        folder.mkdir()
        certificate = folder / "certificate.pem"
        issued = ca.issue_cert(options.get("host", "127.0.0.1"))
        certificate.write_bytes(issued.private_key_pem.bytes()
                                + b"".join(pem.bytes() for pem in issued.cert_chain_pems))
        peer = Baresip(folder, certificate=certificate, ca_file=ca_file, **options)
        peers.append(peer)
        return peer

    yield start
    for peer in peers:
        peer.stop()


@pytest.fixture
def softphone_certificate(ca: trustme.CA, tmp_path: Path) -> dict[str, str]:
    """The TLS listener's settings: a certificate for 127.0.0.1 from the company CA."""
    issued = ca.issue_cert("127.0.0.1")
    certificate, key = tmp_path / "softphone.pem", tmp_path / "softphone.key"
    certificate.write_bytes(b"".join(pem.bytes() for pem in issued.cert_chain_pems))
    key.write_bytes(issued.private_key_pem.bytes())
    return {"tls_certificate_file": str(certificate), "tls_key_file": str(key)}


def ordinary(call_id: str = "call-1") -> OutboundCall:
    return OutboundCall(call_id=call_id, number="psap", kind=CallKind.NORMAL,
                        caller_id="+15551230009", callback_number=None, location=None,
                        country="US")


def tone_arrived(audio: RecordingAudio, recorder: Recorder, peer: Baresip) -> None:
    """Two seconds of the far end's tone arrived here."""
    recorder.wait_for(lambda: len(audio.received) > audio.sample_rate * 2 * 2)
    assert tone_share(bytes(audio.received), audio.sample_rate, peer.tone_hz) > 0.5


def tone_decoded_there(peer: Baresip) -> None:
    """Our tone was decoded by baresip (its recording is complete once the call closed)."""
    peer.wait_event("CALL_CLOSED")
    pcm, rate = peer.received()
    assert tone_share(pcm, rate, 1000) > 0.5, peer.log()


def srtp_suite(peer: Baresip) -> str:
    """The suite baresip reports for the call's audio (its CALL_MENC event)."""
    return str(peer.wait_event("CALL_MENC")["param"]).split(",")[-1]


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_a_call_to_baresip_with_srtp_carries_audio_both_ways(
        transport, baresip, start_carrier, recorder, engine: RecordingEngine,
        ca_file) -> None:
    peer = baresip(media_encryption="srtp-mand")
    port = peer.tls_port if transport == "tls" else peer.port
    carrier = start_carrier(proxy=f"127.0.0.1:{port}", transport=transport,
                            tls_ca_file=str(ca_file), media_security="required")
    carrier.place_call(ordinary())
    peer.wait_event("CALL_ESTABLISHED")
    recorder.wait_for(lambda: CallState.CONNECTED in recorder.state_of("call-1"))
    assert srtp_suite(peer) == "AEAD_AES_128_GCM"
    audio = recorder.wait_for(lambda: engine.calls.get("call-1"))
    assert audio.sample_rate == 16000  # G.722, offered first and taken
    tone_arrived(audio, recorder, peer)
    carrier.hangup("call-1")
    tone_decoded_there(peer)


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_a_call_from_baresip_with_srtp_rings_is_answered_and_carries_audio(
        transport, baresip, start_carrier, recorder, engine, ca_file,
        softphone_certificate) -> None:
    carrier = start_carrier(transport=transport, tls_ca_file=str(ca_file),
                            media_security="required", **softphone_certificate)
    recorder.on_offer = lambda offer: carrier.alert(offer.call_id)
    recorder.on_state = lambda call_id, state, _reason: (
        carrier.answer(call_id) if state is CallState.RINGING else None)
    peer = baresip(media_encryption="srtp-mand", codecs="PCMU")
    local_port = carrier.context.settings.get("carrier.sip.local_port")
    peer.dial(f"sip:+15551230001@127.0.0.1:{local_port};transport={transport}")
    offer = recorder.wait_for(lambda: recorder.offers and recorder.offers[0])
    peer.wait_event("CALL_ESTABLISHED")
    assert srtp_suite(peer) == "AES_CM_128_HMAC_SHA1_80"  # baresip offers it first
    audio = recorder.wait_for(lambda: engine.calls.get(offer.call_id))
    assert audio.sample_rate == 8000  # the caller offered PCMU only
    tone_arrived(audio, recorder, peer)
    peer.command("hangup")
    recorder.wait_for(lambda: CallState.ENDED in recorder.state_of(offer.call_id))
    tone_decoded_there(peer)
    assert not [problem for problem in recorder.problems if "encrypted" in problem]


def test_a_psap_callback_from_baresip_through_kamailio_rings_through_dnd_with_srtp(
        qtbot, tmp_path, kamailio, baresip, sip_app) -> None:
    """The answering point (baresip, on another address) calls back through the ESInet's
    proxy (Kamailio), which marks the call ``Priority: psap-callback`` (RFC 7090); the agent is
    in Do not disturb and the number called is not a leased one, so only the mark, trusted
    because it came through the proxy, makes it ring."""
    softphone_port = free_sip_port()
    proxy = kamailio(stateful_proxy(f"127.0.0.1:{softphone_port}",
                                    headers="Priority: psap-callback\\r\\n"))
    app = sip_app(proxy=f"127.0.0.1:{proxy.port}", local_port=softphone_port,
                  trusted_peers=[], media_security="required")
    app.phone.presence.set("Do not disturb")
    psap = baresip(host="127.0.0.3", media_encryption="srtp-mand")
    psap.dial(f"sip:+15559998888@127.0.0.1:{proxy.port}")
    qtbot.waitUntil(lambda: bool(app.window.prompts), timeout=15_000)
    [prompt] = app.window.prompts.values()
    assert prompt.call.psap_callback
    psap.wait_event("CALL_RINGING")
    qtbot.mouseClick(prompt.answer_button, QtCore.Qt.MouseButton.LeftButton)
    psap.wait_event("CALL_ESTABLISHED")
    assert srtp_suite(psap) == "AES_CM_128_HMAC_SHA1_80"
    assert app.phone.presence.status == "Do not disturb"
    psap.command("hangup")
    qtbot.waitUntil(lambda: app.window.emergency_view is None, timeout=15_000)


def test_baresip_calling_the_softphone_directly_from_another_address_is_ignored(
        baresip, start_carrier, recorder) -> None:
    carrier = start_carrier(proxy="127.0.0.1:5999", trusted_peers=[])
    stranger = baresip(host="127.0.0.3")
    local_port = carrier.context.settings.get("carrier.sip.local_port")
    stranger.dial(f"sip:+15551230001@127.0.0.1:{local_port}")
    recorder.wait_for(lambda: recorder.problems)  # its INVITE was dropped, and the agent told
    stranger.command("hangup")
    assert recorder.offers == []
    assert "ignored a SIP request from an address that is not its proxy" in recorder.problems[0]
