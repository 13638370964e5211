"""Who can reach the agent through the SIP port: only the proxies, the registrar and trusted
peers; a flood rings a bounded number of calls that time out; media listens only where the
settings say.

The stranger is a raw UDP (or TCP) socket on 127.0.0.2, another address of this machine: the
proxy is 127.0.0.1, as a contact center's SBC would be another host on the network.
"""

from __future__ import annotations

import socket
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from softphone.carriers.sip.inbound import ORDINARY_RINGING_LIMIT, RINGING_LIMIT
from softphone.core.calls import CallKind, CallState
from softphone.core.carrier import OutboundCall
from tests.sip.conftest import WAIT, options_request, wait_until

pytestmark = pytest.mark.slow

STRANGER = "127.0.0.2"
FLOOD = 200


def invite(index: int, port: int, host: str = "127.0.0.1", *, psap: bool = True,
           transport: str = "UDP") -> bytes:
    tag = f"flood{index}x{time.monotonic_ns()}"
    sdp = ("v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
           "m=audio 4000 RTP/AVP 0\r\n")
    return (f"INVITE sip:+15551230001@127.0.0.1 SIP/2.0\r\n"
            f"Via: SIP/2.0/{transport} {host}:{port};branch=z9hG4bK{tag}\r\n"
            f"From: <sip:+15557770000@psap.example.com>;tag={tag}\r\n"
            "To: <sip:+15551230001@sos.example.com>\r\n"
            f"Call-ID: {tag}@psap.example.com\r\nCSeq: 1 INVITE\r\n"
            f"Contact: <sip:psap@{host}:{port}>\r\n"
            + ("Priority: psap-callback\r\n" if psap else "")
            + f"Content-Type: application/sdp\r\nContent-Length: {len(sdp)}\r\n\r\n{sdp}").encode()


def udp_from(host: str) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 << 20)  # a flood's answers all fit
    sock.bind((host, 0))
    sock.settimeout(0.2)
    return sock


def responses(sock: socket.socket, quiet: float = 0.5) -> list[str]:
    """Every datagram that arrives until ``quiet`` seconds pass without one."""
    sock.settimeout(quiet)
    found = []
    while True:
        try:
            found.append(sock.recv(65535).decode(errors="replace"))
        except TimeoutError:
            return found


def inbound_state(carrier: Any) -> tuple[int, int, int]:
    """What the adapter and its SIP stack hold for inbound calls (calls, stack calls, server
    transactions): the memory a flood could grow."""
    uas = carrier._uas
    return len(carrier.jobs.inbound.calls), len(uas._calls), len(uas.transactions._server)


def test_invites_from_a_stranger_never_reach_the_agent_nor_grow_memory(
        start_carrier, recorder) -> None:
    carrier = start_carrier(proxy="127.0.0.1:5999", trusted_peers=[])
    port = carrier.context.settings.get("carrier.sip.local_port")
    stranger = udp_from(STRANGER)
    here = stranger.getsockname()[1]
    stranger.sendto(invite(0, here, STRANGER), ("127.0.0.1", port))  # warm the parser
    wait_until(lambda: recorder.problems, "the agent told of an ignored request")
    tracemalloc.start()
    try:
        before = tracemalloc.take_snapshot()
        for index in range(1, FLOOD + 1):
            stranger.sendto(invite(index, here, STRANGER), ("127.0.0.1", port))
        stranger.sendto(options_request(here, "UDP").replace(b"127.0.0.1:", f"{STRANGER}:".encode(),
                                                               1), ("127.0.0.1", port))
        answers = responses(stranger)
        grown = sum(stat.size_diff for stat in
                    tracemalloc.take_snapshot().compare_to(before, "filename"))
    finally:
        tracemalloc.stop()
    stranger.close()
    assert answers == []  # not even a 100 Trying: a scanner learns nothing
    assert recorder.offers == []  # the agent never saw one
    assert inbound_state(carrier) == (0, 0, 0)
    assert grown < 256 * 1024, f"{FLOOD} ignored INVITEs kept {grown} bytes"
    assert recorder.problems == [
        "This softphone ignored a SIP request from an address that is not its proxy, registrar "
        "or a trusted peer. If PSAP callbacks or other calls come from another address, add it "
        "to carrier.sip.trusted_peers."]


def test_the_proxy_and_a_trusted_peer_still_reach_the_agent_with_the_psap_mark(
        start_carrier, recorder) -> None:
    carrier = start_carrier(proxy="127.0.0.1:5999", trusted_peers=["127.0.0.2/32"])
    port = carrier.context.settings.get("carrier.sip.local_port")
    recorder.on_offer = lambda offer: carrier.alert(offer.call_id)
    for host in ("127.0.0.1", STRANGER):
        sock = udp_from(host)
        sock.sendto(invite(0, sock.getsockname()[1], host), ("127.0.0.1", port))
        assert any(text.startswith("SIP/2.0 180") for text in responses(sock))
        sock.close()
    assert [offer.marked_psap_callback for offer in recorder.offers] == [True, True]


def test_a_stranger_over_tcp_is_disconnected_without_an_answer(start_carrier, recorder) -> None:
    carrier = start_carrier(proxy="127.0.0.1:5999", trusted_peers=[], transport="tcp")
    port = carrier.context.settings.get("carrier.sip.local_port")
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as stranger:
        stranger.bind((STRANGER, 0))
        stranger.settimeout(WAIT)
        stranger.connect(("127.0.0.1", port))
        stranger.sendall(invite(0, stranger.getsockname()[1], STRANGER, transport="TCP"))
        try:
            said = stranger.recv(65535)
        except ConnectionResetError:  # closed before it read what was sent
            said = b""
        assert said == b""  # closed, nothing said
    assert recorder.offers == []


def test_a_flood_from_the_proxy_rings_a_bounded_number_of_calls_that_time_out(
        start_carrier, recorder) -> None:
    carrier = start_carrier(proxy="127.0.0.1:5999", trusted_peers=[], ring_timeout=5.0)
    port = carrier.context.settings.get("carrier.sip.local_port")
    proxy = udp_from("127.0.0.1")
    proxy.settimeout(WAIT)
    here = proxy.getsockname()[1]
    answers = []
    for index in range(FLOOD):  # in lockstep, so the kernel drops none of them
        proxy.sendto(invite(index, here, psap=index >= FLOOD // 2), ("127.0.0.1", port))
        while sum(text.startswith("SIP/2.0 100") for text in answers) <= index:
            answers.append(proxy.recv(65535).decode())
    answers += responses(proxy)
    busy = [text for text in answers if text.startswith("SIP/2.0 486")]
    assert len(recorder.offers) == RINGING_LIMIT  # the core was offered no more than the cap
    assert sum(not offer.marked_psap_callback for offer in recorder.offers) == \
        ORDINARY_RINGING_LIMIT  # room was kept for PSAP callbacks
    assert len(busy) == FLOOD - RINGING_LIMIT
    assert inbound_state(carrier)[:2] == (RINGING_LIMIT, RINGING_LIMIT)
    started = time.monotonic()
    ended = recorder.wait_for(lambda: [reason for _, state, reason in recorder.states
                                       if state is CallState.ENDED][RINGING_LIMIT - 1:])
    assert 3.5 < time.monotonic() - started < 7
    assert ended == ["Nobody answered within 5 s; the caller was told to try later."]
    unavailable = [text for text in responses(proxy) if text.startswith("SIP/2.0 480")]
    assert len(unavailable) == RINGING_LIMIT
    assert inbound_state(carrier) == (0, 0, 0)
    # and the next PSAP callback rings again
    proxy.sendto(invite(FLOOD, here), ("127.0.0.1", port))
    recorder.wait_for(lambda: len(recorder.offers) == RINGING_LIMIT + 1)
    proxy.close()


# ----- media ports bound where the settings say -----

def own_udp_sockets() -> list[tuple[str, int]]:
    """(address, port) of this process's UDP sockets, read from /proc as ``ss -uap`` does."""
    inodes = set()
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = fd.readlink().as_posix()
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = []
    for table in ("/proc/net/udp", "/proc/net/udp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[9] not in inodes:
                continue
            address, port = fields[1].split(":")
            if len(address) == 8:
                host = socket.inet_ntoa(bytes.fromhex(address)[::-1])
            else:
                host = socket.inet_ntop(socket.AF_INET6, b"".join(
                    bytes.fromhex(address[i:i + 8])[::-1] for i in range(0, 32, 8)))
            found.append((host, int(port, 16)))
    return found


@pytest.fixture
def binds() -> Any:
    """Every address a socket of this process is bound to while the test runs (Python's audit
    event ``socket.bind``, so a bind that lasts a moment is seen too)."""
    seen: list[Any] = []
    listening = [True]

    def hook(event: str, args: tuple[Any, ...]) -> None:
        if event == "socket.bind" and listening[0]:
            seen.append(args[1])

    sys.addaudithook(hook)  # hooks cannot be removed; this one goes quiet after the test
    yield seen
    listening[0] = False


def test_media_ports_are_bound_only_on_the_configured_address(
        sipp, start_carrier, recorder, engine, binds) -> None:
    psap = sipp("answering_point.xml", extra=("-rtp_echo",))
    carrier = start_carrier(proxy=f"127.0.0.1:{psap.port}")
    carrier.place_call(OutboundCall("call-1", "911", CallKind.EMERGENCY, "+15551230009",
                                    "+15551230001", None, "US"))
    recorder.wait_for(lambda: CallState.CONNECTED in recorder.state_of("call-1"))
    wait_until(lambda: "call-1" in engine.calls, "the call's audio (its RTP session made)")
    media = [(host, port) for host, port in own_udp_sockets() if 10000 <= port < 20000]
    invite_text, = psap.received("INVITE")
    offered = int(invite_text.split("m=audio ", 1)[1].split()[0])
    assert ("127.0.0.1", offered) in media and ("127.0.0.1", offered + 1) in media
    assert {host for host, _ in media} == {"127.0.0.1"}
    everywhere = [address for address in binds
                  if isinstance(address, tuple) and address[0] in ("", "0.0.0.0", "::")]
    assert everywhere == []
    psap.finish()
