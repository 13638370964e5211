"""SRTP: what crosses the wire is encrypted, keys stay out of the logs, and bad keys or suites
from the far end are named while the call goes on through the next route."""

from __future__ import annotations

import logging
import socket
import struct
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from aiortp.codecs.g711 import PcmuCodec

from softphone.carriers.sip import srtp
from softphone.core.calls import CallKind, CallState
from softphone.core.carrier import OutboundCall
from tests.sip.baresip import tone_share
from tests.sip.conftest import free_udp_port, receive, reply, wait_until
from tests.sip.test_sip_calls import emergency
from tests.sip.test_sip_interop import baresip, ordinary, tone_decoded_there  # noqa: F401

pytestmark = pytest.mark.slow


class Capture:
    """Every UDP datagram on the loopback interface, as the kernel hands it to tcpdump
    (an AF_PACKET socket; root, as CI runs): (source port, destination port, payload)."""

    def __init__(self) -> None:
        self._sock = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.ntohs(0x0003))
        self._sock.bind(("lo", 0))
        self._sock.settimeout(0.2)
        self.packets: list[tuple[int, int, bytes]] = []
        self._running = True
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while self._running:
            try:
                frame = self._sock.recv(65535)
            except TimeoutError:
                continue
            ip = frame[14:]
            if len(ip) < 28 or ip[0] >> 4 != 4 or ip[9] != socket.IPPROTO_UDP:
                continue
            header = (ip[0] & 0x0F) * 4
            source, destination = struct.unpack("!HH", ip[header:header + 4])
            self.packets.append((source, destination, ip[header + 8:]))

    def stop(self) -> None:
        self._running = False
        self._thread.join()
        self._sock.close()

    def rtp_from(self, port: int) -> list[bytes]:
        """RTP packets (not RTCP) sent from ``port``."""
        return [data for source, _, data in self.packets
                if source == port and len(data) > 12 and data[0] >> 6 == 2
                and not 200 <= data[1] <= 204]


def as_pcmu(packets: list[bytes]) -> bytes:
    """The packets' payloads decoded as if they were PCMU audio."""
    codec = PcmuCodec()
    return b"".join(codec.decode(packet[12:]) for packet in packets if packet[1] & 0x7F == 0)


@pytest.mark.parametrize("policy", ["required", "off"])
def test_srtp_on_the_wire_cannot_be_decoded_as_pcmu_while_the_far_end_hears_the_tone(
        policy, baresip, start_carrier, recorder, engine) -> None:  # noqa: F811
    """With SRTP the captured payloads decoded as PCMU hold no tone; the same capture of a
    plain call (policy off) does, so the check can tell; baresip hears the tone both times."""
    peer = baresip(media_encryption="srtp-mand" if policy == "required" else "",
                   codecs="PCMU")
    carrier = start_carrier(proxy=f"127.0.0.1:{peer.port}", media_security=policy)
    capture = Capture()
    try:
        carrier.place_call(ordinary())
        recorder.wait_for(lambda: CallState.CONNECTED in recorder.state_of("call-1"))
        port = carrier.jobs.outbound.calls["call-1"].media.port
        recorder.wait_for(lambda: len(capture.rtp_from(port)) > 100)
    finally:
        capture.stop()
    carrier.hangup("call-1")
    tone_decoded_there(peer)
    share = tone_share(as_pcmu(capture.rtp_from(port)), 8000, 1000)
    if policy == "required":
        assert share < 0.05
    else:
        assert share > 0.5


def connectable(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def answer_sdp(proto: str, crypto: str) -> str:
    return ("v=0\r\no=far 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
            f"m=audio {free_udp_port()} {proto} 0 101\r\na=rtpmap:101 telephone-event/8000\r\n"
            + (f"a=crypto:{crypto}\r\n" if crypto else ""))


GOOD_KEY = "WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz"


@pytest.mark.parametrize("crypto, why", [
    ("1 AEAD_AES_128_GCM inline:!!not-base64!!",
     "the AEAD_AES_128_GCM key is not valid base64"),
    (f"1 F8_128_HMAC_SHA1_80 inline:{GOOD_KEY}",
     "the crypto suite 'F8_128_HMAC_SHA1_80' is not supported (supported: AEAD_AES_128_GCM, "
     "AES_CM_128_HMAC_SHA1_80, AES_CM_128_HMAC_SHA1_32)"),
    ("1 AES_CM_128_HMAC_SHA1_80",
     "a malformed a=crypto line (RFC 4568 wants: tag suite inline:key)"),
])
def test_an_unusable_srtp_answer_is_hung_up_named_and_the_next_route_takes_the_call(
        crypto, why, sipp, start_carrier, recorder) -> None:
    psap = sipp("answering_point.xml")
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as first:
        first.bind(("127.0.0.1", 0))
        first.settimeout(10)
        here = first.getsockname()[1]
        carrier = start_carrier(proxy=f"127.0.0.1:{here}", fallback_proxy=f"127.0.0.1:{psap.port}",
                                media_security="required")
        carrier.place_call(emergency())
        invite, softphone = receive(first, "INVITE", "CSeq: 1 INVITE")
        assert " RTP/SAVP " in invite and "a=crypto:" in invite  # required: SRTP only
        first.sendto(reply(invite, "200 OK", f"Contact: <sip:127.0.0.1:{here}>\r\n"
                           "Content-Type: application/sdp\r\n",
                           answer_sdp("RTP/SAVP", crypto)), softphone)
        bye, _ = receive(first, "BYE", "CSeq: 2 BYE")  # left at once, never silently
        recorder.wait_for(lambda: CallState.CONNECTED in recorder.state_of("call-1"))
    reason = next(reason for _, state, reason in recorder.states if state is CallState.DIALING)
    assert reason == (f"The SBC 127.0.0.1 answered with SRTP that cannot be used ({why}); "
                      "trying the fallback SBC 127.0.0.1.")
    assert reason in recorder.problems
    # the last route of an emergency call may go plain, and the agent is told
    assert ("This emergency call's audio is not encrypted: no route could do SRTP, and an "
            "emergency call is never refused for it.") in recorder.problems
    psap.finish()
    [last] = psap.received("INVITE")
    assert " RTP/AVP " in last and "a=crypto:" in last  # still offered, best effort


def test_an_ordinary_call_refused_for_srtp_with_488_goes_to_the_next_route(
        baresip, start_carrier, recorder) -> None:  # noqa: F811
    peer = baresip(media_encryption="srtp-mand")
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as first:
        first.bind(("127.0.0.1", 0))
        first.settimeout(10)
        carrier = start_carrier(proxy=f"127.0.0.1:{first.getsockname()[1]}",
                                fallback_proxy=f"127.0.0.1:{peer.port}",
                                media_security="required")
        carrier.place_call(ordinary())
        invite, softphone = receive(first, "INVITE", "CSeq: 1 INVITE")
        first.sendto(reply(invite, "488 Not Acceptable Here"), softphone)
        peer.wait_event("CALL_ESTABLISHED")
    recorder.wait_for(lambda: CallState.CONNECTED in recorder.state_of("call-1"))
    assert any("answered 488 Not Acceptable Here; trying the fallback SBC" in reason
               for _, _, reason in recorder.states)
    carrier.hangup("call-1")


def test_a_caller_offering_only_an_unknown_srtp_suite_gets_488_and_the_agent_the_reason(
        start_carrier, recorder) -> None:
    carrier = start_carrier()
    recorder.on_offer = lambda offer: carrier.answer(offer.call_id)
    port = carrier.context.settings.get("carrier.sip.local_port")
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as caller:
        caller.bind(("127.0.0.1", 0))
        caller.settimeout(10)
        here = caller.getsockname()[1]
        sdp = answer_sdp("RTP/SAVP", f"1 F8_128_HMAC_SHA1_80 inline:{GOOD_KEY}")
        caller.sendto((f"INVITE sip:+15551230001@127.0.0.1:{port} SIP/2.0\r\n"
                       f"Via: SIP/2.0/UDP 127.0.0.1:{here};branch=z9hG4bKbadsuite\r\n"
                       "From: <sip:+15557770000@psap.example.com>;tag=bad\r\n"
                       "To: <sip:+15551230001@sos.example.com>\r\n"
                       "Call-ID: badsuite@psap.example.com\r\nCSeq: 1 INVITE\r\n"
                       f"Contact: <sip:psap@127.0.0.1:{here}>\r\n"
                       f"Content-Type: application/sdp\r\nContent-Length: {len(sdp)}\r\n\r\n"
                       f"{sdp}").encode(), ("127.0.0.1", port))
        answers = []
        while not any(text.startswith("SIP/2.0 488") for text in answers):
            answers.append(caller.recv(65535).decode())
    failed = recorder.wait_for(lambda: next(
        (reason for _, state, reason in recorder.states if state is CallState.FAILED), None))
    assert failed == ("The call could not be answered: the caller's SRTP keys cannot be used: "
                      "the crypto suite 'F8_128_HMAC_SHA1_80' is not supported (supported: "
                      "AEAD_AES_128_GCM, AES_CM_128_HMAC_SHA1_80, AES_CM_128_HMAC_SHA1_32).")


def test_srtp_keys_never_reach_a_log_line(start_carrier, recorder, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    ours = srtp.Crypto.fresh(1, srtp.BY_NAME["AES_CM_128_HMAC_SHA1_80"])
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as far:
        far.bind(("127.0.0.1", 0))
        far.settimeout(10)
        here = far.getsockname()[1]
        carrier = start_carrier(proxy=f"127.0.0.1:{here}", media_security="required")
        carrier.place_call(OutboundCall("call-1", "+15557654321", CallKind.NORMAL,
                                        "+15551230009", None, None, "US"))
        invite, softphone = receive(far, "INVITE", "CSeq: 1 INVITE")
        offered = [line.split("inline:")[1].split("|")[0] for line in invite.splitlines()
                   if line.startswith("a=crypto:")]
        tag = next(line for line in invite.splitlines()
                   if "AES_CM_128_HMAC_SHA1_80" in line).split(":")[1].split()[0]
        answer = srtp.Crypto(int(tag), ours.suite, ours.key)
        far.sendto(reply(invite, "200 OK", f"Contact: <sip:127.0.0.1:{here}>\r\n"
                         "Content-Type: application/sdp\r\n",
                         answer_sdp("RTP/SAVP", answer.attribute())), softphone)
        recorder.wait_for(lambda: CallState.CONNECTED in recorder.state_of("call-1"))
        assert carrier.jobs.outbound.calls["call-1"].media.srtp is not None
        carrier.hangup("call-1")
    keys = [*offered, answer.attribute().split("inline:")[1]]
    assert len(offered) == 3
    assert "key=" not in repr(answer) and keys[-1] not in repr(answer)
    logged = caplog.text + "".join(str(record.args) for record in caplog.records)
    assert not [key for key in keys if key in logged]
    assert "inline:" not in logged


def test_a_hold_reinvite_on_an_srtp_call_offers_the_same_key_again(
        start_carrier, recorder) -> None:
    """RFC 4568 §7.1.4: re-offering the key in use keeps the stream decryptable on both sides."""
    ours = srtp.Crypto.fresh(1, srtp.BY_NAME["AES_CM_128_HMAC_SHA1_80"])
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as far:
        far.bind(("127.0.0.1", 0))
        far.settimeout(10)
        here = far.getsockname()[1]
        carrier = start_carrier(proxy=f"127.0.0.1:{here}", media_security="required")
        carrier.place_call(ordinary())
        invite, softphone = receive(far, "INVITE", "CSeq: 1 INVITE")
        tag = next(line for line in invite.splitlines()
                   if "AES_CM_128_HMAC_SHA1_80" in line).split(":")[1].split()[0]
        chosen = next(line for line in invite.splitlines() if line.startswith(f"a=crypto:{tag} "))
        answer = srtp.Crypto(int(tag), ours.suite, ours.key)
        far.sendto(reply(invite, "200 OK", f"Contact: <sip:127.0.0.1:{here}>\r\n"
                         "Content-Type: application/sdp\r\n",
                         answer_sdp("RTP/SAVP", answer.attribute())), softphone)
        recorder.wait_for(lambda: CallState.CONNECTED in recorder.state_of("call-1"))
        carrier.hold("call-1", True)
        hold, _ = receive(far, "INVITE", "CSeq: 2 INVITE")
        carrier.hangup("call-1")
    assert [line for line in hold.splitlines() if line.startswith("a=crypto:")] == [chosen]
    assert " RTP/SAVP " in hold and "a=sendonly" in hold


def test_the_tls_listener_takes_a_trusted_caller_and_uses_an_encrypted_key(
        start_carrier, recorder, ca, ca_file, tmp_path: Path, test_keyring) -> None:
    from cryptography.hazmat.primitives import serialization

    issued = ca.issue_cert("127.0.0.1")
    key = serialization.load_pem_private_key(issued.private_key_pem.bytes(), None)
    key_file, certificate = tmp_path / "listener.key", tmp_path / "listener.pem"
    key_file.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"s3cret-key")))
    certificate.write_bytes(b"".join(pem.bytes() for pem in issued.cert_chain_pems))
    # as the README tells the admin: .venv/bin/keyring set softphone "sip-tls-key:<key file>"
    stored = subprocess.run([str(Path(sys.executable).parent / "keyring"), "set", "softphone",
                             f"sip-tls-key:{key_file}"], input="s3cret-key\n", text=True,
                            capture_output=True, timeout=30)
    assert stored.returncode == 0, stored.stderr
    assert test_keyring.get_password("softphone", f"sip-tls-key:{key_file}") == "s3cret-key"
    import ssl

    carrier = start_carrier(transport="tls", proxy="127.0.0.1:5999", tls_ca_file=str(ca_file),
                            tls_certificate_file=str(certificate), tls_key_file=str(key_file))
    port = carrier.context.settings.get("carrier.sip.local_port")
    client = ssl.create_default_context(cafile=str(ca_file))
    wait_until(lambda: connectable(port), "the TLS listener")  # it starts in the background
    with socket.create_connection(("127.0.0.1", port), timeout=10) as raw, \
            client.wrap_socket(raw, server_hostname="127.0.0.1") as tls:
        here = tls.getsockname()[1]
        tls.sendall(b"OPTIONS sip:127.0.0.1 SIP/2.0\r\n"
                    + f"Via: SIP/2.0/TLS 127.0.0.1:{here};branch=z9hG4bKtls\r\n".encode()
                    + b"From: <sip:probe@example.com>;tag=t\r\nTo: <sip:127.0.0.1>\r\n"
                      b"Call-ID: tls@example.com\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n")
        assert tls.recv(65535).startswith(b"SIP/2.0 200")
    assert not [problem for problem in recorder.problems if "TLS" in problem]


@pytest.mark.parametrize("case, message", [
    ("no password", "is encrypted and no password is stored as sip-tls-key:"),
    ("wrong key", "The TLS listener cannot use its certificate: the key does not belong to "
                  "the certificate. Fix carrier.sip.tls_certificate_file and "
                  "carrier.sip.tls_key_file."),
    ("missing", "The TLS certificate or key cannot be read (No such file or directory); fix "
                "carrier.sip.tls_certificate_file and carrier.sip.tls_key_file."),
])
def test_a_tls_listener_that_cannot_start_says_what_to_fix(
        case, message, start_carrier, recorder, ca, tmp_path: Path, test_keyring) -> None:
    from cryptography.hazmat.primitives import serialization

    issued, other = ca.issue_cert("127.0.0.1"), ca.issue_cert("127.0.0.1")
    certificate, key_file = tmp_path / "listener.pem", tmp_path / "listener.key"
    certificate.write_bytes(b"".join(pem.bytes() for pem in issued.cert_chain_pems))
    if case == "no password":
        key = serialization.load_pem_private_key(issued.private_key_pem.bytes(), None)
        key_file.write_bytes(key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(b"unknown")))
    elif case == "wrong key":
        key_file.write_bytes(other.private_key_pem.bytes())
    else:
        certificate = tmp_path / "missing.pem"
    start_carrier(transport="tls", proxy="127.0.0.1:5999", tls_certificate_file=str(certificate),
                  tls_key_file=str(key_file))
    problem = recorder.wait_for(lambda: next(
        (problem for problem in recorder.problems if "TLS" in problem), None))
    assert message in problem
    assert problem.endswith("Until then inbound TLS calls arrive only over the connection to "
                            "the proxy.")
