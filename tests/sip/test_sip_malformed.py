"""Malformed SIP sent straight at the adapter's port: answered or dropped, never a crash or a
call left behind."""

from __future__ import annotations

import socket

import pytest

from softphone.core.carrier import Refusal

pytestmark = pytest.mark.slow

HEAD = ("INVITE sip:+15551230001@127.0.0.1 SIP/2.0\r\n"
        "Via: SIP/2.0/UDP 127.0.0.1:{port};branch=z9hG4bK{tag}\r\n"
        "From: <sip:+15559990000@example.com>;tag={tag}\r\n"
        "To: <sip:+15551230001@sos.example.com>\r\n"
        "Call-ID: {tag}@example.com\r\nCSeq: 1 INVITE\r\n"
        "Contact: <sip:caller@127.0.0.1:{port}>\r\n")
SDP = ("v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
       "m=audio 4000 RTP/AVP 0\r\n")


def malformed(port: int) -> dict[str, bytes]:
    def head(tag: str) -> str:
        return HEAD.format(port=port, tag=tag)

    return {
        "truncated": (head("trunc") + "Content-Type: application/sdp\r\nContent-Len").encode(),
        "content length too long": (head("long") + "Content-Type: application/sdp\r\n"
                                    "Content-Length: 900\r\n\r\n" + SDP).encode(),
        "content length too short": (head("short") + "Content-Type: application/sdp\r\n"
                                     "Content-Length: 12\r\n\r\n" + SDP).encode(),
        "content length not a number": (head("nan") + "Content-Type: application/sdp\r\n"
                                        "Content-Length: lots\r\n\r\n" + SDP).encode(),
        "garbage headers": (head("garbage") + "\x00\x01\x02: \xff\r\nno colon here\r\n"
                            "CSeq: banana\r\nFrom: <<<>>>\r\nContent-Type: application/sdp\r\n"
                            "\r\n" + SDP).encode("utf-8", "surrogateescape"),
        "garbage sdp": (head("badsdp") + "Content-Type: application/sdp\r\n\r\n"
                        "m=audio notaport RTP/AVP x\r\nc=IN\r\n").encode(),
        "huge headers": (head("huge") + "".join(f"X-Filler-{i}: {'x' * 100}\r\n"
                                                for i in range(300)) + "\r\n").encode(),
        "one huge header": (head("hugeone") + f"Subject: {'y' * 60000}\r\n\r\n").encode(),
        "missing call-id": (head("nocallid").replace("Call-ID: nocallid@example.com\r\n", "")
                            + "\r\n").encode(),
        "not sip at all": bytes(range(256)) * 4,
        "empty": b"",
        "only a request line": b"INVITE sip:x SIP/2.0",
        "bad status line": b"SIP/2.0 abc Whatever\r\nVia: SIP/2.0/UDP 127.0.0.1:1\r\n\r\n",
    }


def options(port: int, tag: str) -> bytes:
    return ("OPTIONS sip:127.0.0.1 SIP/2.0\r\n"
            f"Via: SIP/2.0/UDP 127.0.0.1:{port};branch=z9hG4bK{tag}\r\n"
            f"From: <sip:probe@example.com>;tag={tag}\r\nTo: <sip:127.0.0.1>\r\n"
            f"Call-ID: {tag}@example.com\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n").encode()


def test_malformed_messages_are_answered_or_dropped_and_the_adapter_keeps_serving(
        start_carrier, recorder) -> None:
    carrier = start_carrier()
    recorder.on_offer = lambda offer: carrier.refuse(offer.call_id, Refusal.BUSY)
    target = ("127.0.0.1", carrier.context.settings.get("carrier.sip.local_port"))
    peer = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    peer.bind(("127.0.0.1", 0))
    peer.settimeout(5)
    port = peer.getsockname()[1]
    with peer:
        for index, (name, data) in enumerate(malformed(port).items()):
            peer.sendto(data, target)
            peer.sendto(options(port, f"probe{index}"), target)
            # the adapter still answers: read until the probe's 200 (earlier answers may come)
            while True:
                try:
                    reply = peer.recv(65535).decode(errors="replace")
                except TimeoutError:
                    raise AssertionError(f"no answer to a probe after {name}") from None
                if f"probe{index}@example.com" in reply:
                    assert reply.startswith("SIP/2.0 200"), (name, reply)
                    break
    assert len(recorder.offers) >= 4  # the readable INVITEs reached the core and were refused
    for offer in recorder.offers:
        recorder.wait_for(lambda offer=offer: not carrier.has_call(offer.call_id))
    assert [state for _, state, _ in recorder.states] == []  # nothing rang, nothing connected
