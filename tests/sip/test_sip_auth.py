"""Digest authentication against SIPp: REGISTER (401) and INVITE (407), with the password read
from the keyring through ``softphone.blocks.secrets``, and a wrong password reported in words.

SIPp checks the credentials itself (``verifyauth`` with the password given to the scenario); the
tests also recompute the digest from what crossed the wire (RFC 7616 §3.4.1, qop=auth).
"""

from __future__ import annotations

import hashlib
import logging
import socket
import threading

import pytest

from softphone.blocks import secrets
from softphone.core.calls import CallState
from tests.sip.conftest import receive, reply, wait_until
from tests.sip.test_sip_calls import emergency

pytestmark = pytest.mark.slow

USER, PASSWORD, DOMAIN = "alice", "correct horse battery", "sos.example.com"
SECRET = f"sip:{USER}@{DOMAIN}"
SETTINGS_HINT = "under Settings › Carrier › SIP password"


CREDENTIALS = ("-key", "user", USER, "-key", "password", PASSWORD)  # what SIPp accepts


def digest_params(request: str, header: str) -> dict[str, str]:
    line = next(line for line in request.splitlines()
                if line.lower().startswith(header.lower() + ":"))
    params = {}
    for part in line.split(":", 1)[1].strip().removeprefix("Digest ").split(","):
        name, _, value = part.strip().partition("=")
        params[name] = value.strip('"')
    return params


def expected_response(params: dict[str, str], method: str, password: str) -> str:
    def md5(text: str) -> str:
        return hashlib.md5(text.encode()).hexdigest()

    ha1 = md5(f"{params['username']}:{params['realm']}:{password}")
    ha2 = md5(f"{method}:{params['uri']}")
    return md5(f"{ha1}:{params['nonce']}:{params['nc']}:{params['cnonce']}:auth:{ha2}")


@pytest.mark.parametrize("transport", ["udp", "tcp"])
def test_register_answers_the_401_with_the_password_from_the_keyring(
        test_keyring, sipp, start_carrier, recorder, caplog, transport) -> None:
    caplog.set_level(logging.INFO, logger="carrier")
    secrets.set_secret(SECRET, PASSWORD)
    registrar = sipp("registrar.xml", extra=CREDENTIALS, transport=transport)
    carrier = start_carrier(proxy=f"127.0.0.1:{registrar.port}", user=USER, register=True,
                            transport=transport)
    wait_until(lambda: "Registered with the SIP registrar" in caplog.messages,
               "the registrar's 200 OK")  # SIPp's message log is written in blocks
    carrier.stop()  # un-REGISTER (Expires: 0), which the scenario waits for
    assert registrar.finish() == 0, registrar.log()
    first, second = registrar.received("REGISTER")[:2]
    assert "Authorization" not in first
    params = digest_params(second, "Authorization")
    assert params["username"] == USER and params["realm"] == DOMAIN
    assert params["response"] == expected_response(params, "REGISTER", PASSWORD)
    assert recorder.problems == []


def test_a_wrong_sip_password_is_refused_and_the_admin_is_told_what_to_fix(
        test_keyring, sipp, start_carrier, recorder) -> None:
    secrets.set_secret(SECRET, "a stale password")
    registrar = sipp("registrar.xml", extra=CREDENTIALS)
    start_carrier(proxy=f"127.0.0.1:{registrar.port}", user=USER, register=True)
    problem = recorder.wait_for(lambda: recorder.problems and recorder.problems[0])
    assert problem == (f"The registrar 127.0.0.1 refused the SIP password stored for {SECRET} "
                       f"(403 Forbidden): enter the right one {SETTINGS_HINT}. Until this is "
                       "fixed, inbound calls, PSAP callbacks too, may not reach this softphone.")
    assert registrar.finish() == 0, registrar.log()
    assert "a stale password" not in registrar.log()


def test_no_stored_password_says_which_keyring_entry_is_missing(
        test_keyring, sipp, start_carrier, recorder) -> None:
    registrar = sipp("registrar.xml", extra=CREDENTIALS)
    start_carrier(proxy=f"127.0.0.1:{registrar.port}", user=USER, register=True)
    recorder.wait_for(lambda: len(recorder.problems) >= 2)
    assert recorder.problems[0].startswith(f"No SIP password is stored for {SECRET}")
    assert recorder.problems[1].startswith(
        f"The registrar 127.0.0.1 wants a password (401 Unauthorized) and none is stored for "
        f"{SECRET}: enter it {SETTINGS_HINT}.")


@pytest.mark.parametrize(("scenario", "header"), [("proxy_auth.xml", "Proxy-Authorization"),
                                                  ("uas_auth.xml", "Authorization")])
def test_a_challenged_invite_goes_again_with_credentials_and_connects(
        test_keyring, sipp, start_carrier, recorder, scenario, header) -> None:
    secrets.set_secret(SECRET, PASSWORD)
    proxy = sipp(scenario, extra=CREDENTIALS)
    carrier = start_carrier(proxy=f"127.0.0.1:{proxy.port}", user=USER)
    carrier.place_call(emergency())
    recorder.wait_for(lambda: CallState.ENDED in recorder.state_of("call-1"))
    assert recorder.state_of("call-1") == [CallState.CONNECTED, CallState.ENDED]
    assert proxy.finish() == 0, proxy.log()
    first, second = proxy.received("INVITE")
    assert header not in first
    params = digest_params(second, header)
    assert params["response"] == expected_response(params, "INVITE", PASSWORD)
    assert params["uri"] == "sip:911@sos.example.com"
    call_ids = {line for invite in (first, second) for line in invite.splitlines()
                if line.startswith("Call-ID:")}
    assert len(call_ids) == 1  # the same call, authenticated: never a second 911 call
    assert "application/pidf+xml" in second and "CSeq: 2 INVITE" in second


def test_an_invite_refused_after_credentials_fails_with_the_password_named(
        test_keyring, sipp, start_carrier, recorder) -> None:
    secrets.set_secret(SECRET, "a stale password")
    proxy = sipp("uas_auth.xml", extra=CREDENTIALS)
    carrier = start_carrier(proxy=f"127.0.0.1:{proxy.port}", user=USER)
    carrier.place_call(emergency())
    reason = recorder.wait_for(lambda: next(
        (reason for _, state, reason in recorder.states if state is CallState.FAILED), None))
    assert reason == (f"The SBC 127.0.0.1 refused the SIP password stored for {SECRET} "
                      f"(403 Forbidden): enter the right one {SETTINGS_HINT}.")
    assert proxy.finish() == 0, proxy.log()  # it got the ACK of its 403
    assert not carrier.has_call("call-1")


def test_a_late_copy_of_the_challenge_is_not_taken_for_a_refused_password(
        test_keyring, start_carrier, recorder) -> None:
    """A UDP server retransmits its 401 when our INVITE was retransmitted; a copy arriving after
    the INVITE went again with credentials must not end the call. SIPp cannot order this
    reliably (it aborts on the crossing ACK), so a plain socket plays the SBC here."""
    secrets.set_secret(SECRET, PASSWORD)
    sbc = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sbc.bind(("127.0.0.1", 0))
    sbc.settimeout(5)
    with sbc:
        carrier = start_carrier(proxy=f"127.0.0.1:{sbc.getsockname()[1]}", user=USER)
        carrier.place_call(emergency())
        first, softphone = receive(sbc, "INVITE", "CSeq: 1 INVITE")
        challenge = reply(first, "401 Unauthorized", 'WWW-Authenticate: Digest realm="sos.'
                          'example.com", nonce="n1", qop="auth", algorithm=MD5\r\n')
        sbc.sendto(challenge, softphone)
        second, _ = receive(sbc, "INVITE", "CSeq: 2 INVITE")
        sbc.sendto(challenge, softphone)  # the late copy
        receive(sbc, "ACK", "CSeq: 1 ACK")  # it is still acknowledged
        sdp = ("v=0\r\no=sbc 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
               "m=audio 4000 RTP/AVP 0\r\n")
        sbc.sendto(reply(second, "200 OK", f"Contact: <sip:127.0.0.1:{sbc.getsockname()[1]}>\r\n"
                         "Content-Type: application/sdp\r\n", sdp), softphone)
        recorder.wait_for(lambda: CallState.CONNECTED in recorder.state_of("call-1"))
        assert CallState.FAILED not in recorder.state_of("call-1")
        carrier.hangup("call-1")



def test_a_challenge_that_comes_before_the_keyring_answered_waits_for_the_password(
        test_keyring, sipp, start_carrier, recorder, monkeypatch) -> None:
    secrets.set_secret(SECRET, PASSWORD)
    read = test_keyring.get_password
    answered = threading.Event()

    def slow_keyring(service: str, username: str) -> str | None:
        answered.wait(10)  # a keyring still unlocking when 911 is dialled
        return read(service, username)

    monkeypatch.setattr(test_keyring, "get_password", slow_keyring)
    proxy = sipp("uas_auth.xml", extra=CREDENTIALS)
    carrier = start_carrier(proxy=f"127.0.0.1:{proxy.port}", user=USER)
    carrier.place_call(emergency())  # goes out at once, without waiting for the keyring
    threading.Timer(0.5, answered.set).start()
    recorder.wait_for(lambda: CallState.ENDED in recorder.state_of("call-1"))
    assert recorder.state_of("call-1") == [CallState.CONNECTED, CallState.ENDED]
    assert proxy.finish() == 0, proxy.log()
