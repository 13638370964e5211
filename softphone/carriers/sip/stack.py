"""The SIP library (aiosipua) as the adapter needs it: what it lacks is added here, not in the core.

* ``DatagramTransport``: the library's UDP transport asserts on the transport class Python 3.11
  hands it (a logged traceback at every start) and keeps port 0 in Via/Contact when bound to an
  ephemeral port; this one binds cleanly and learns its real port.
* ``StreamTransport``: TCP, and TLS with certificate verification, to the proxy; requests carry
  the right transport in Via and Contact, responses go back on the connection the request came
  in on, and a connection the proxy closed is closed here too.
* ``Uac``: sends an INVITE built from ``InviteContent`` (the library only builds SDP bodies and
  puts the To URI in the Request-URI), keeps that content for the digest-auth retry (and says
  when one went out, so its timers start again; a late copy of the challenge is not taken for a
  refusal), ACKs
  non-2xx final responses (RFC 3261 §17.1.1.3, which the library skips), and learns the remote
  target and route set from the 2xx.
* ``Uas``: ignores retransmitted INVITEs instead of offering the same call twice, takes new
  requests only from trusted sources (see ``trust``), and forgets refused calls the caller never
  ACKs.
* ``retransmissions``: RFC 3261 Timer A for INVITEs over UDP, which the library does not do.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiosipua import (
    Dialog,
    DialogState,
    OutgoingCall,
    Registration,
    SipMessage,
    SipRequest,
    SipResponse,
    SipUAC,
    SipUAS,
)
from aiosipua.auth import SipDigestAuth
from aiosipua.headers import CSeq, Via, parse_via, stringify_cseq, stringify_uri, stringify_via
from aiosipua.sdp import SdpMessage
from aiosipua.transport import (
    SipTransport,
    TcpSipTransport,
    UdpSipTransport,
    _stamp_via_received,
)
from aiosipua.utils import format_addr, generate_branch, generate_call_id, generate_tag

from softphone.carriers.sip.invite import InviteContent
from softphone.carriers.sip.trust import Trust

log = logging.getLogger("carrier")

Address = tuple[str, int]


def address_towards(address: Address) -> str:
    """This computer's address on the way to ``address`` (no packet is sent)."""
    try:
        probe = socket.socket(socket.AF_INET6 if ":" in address[0] else socket.AF_INET,
                              socket.SOCK_DGRAM)
        with probe:
            probe.connect(address)
            return str(probe.getsockname()[0])
    except OSError:
        return "127.0.0.1"

KEEP_SENT = 256  # INVITEs remembered for ACKing retransmitted final responses
TIMER_A = 0.5  # RFC 3261: first INVITE retransmission over UDP, doubling after


class _Datagrams(asyncio.DatagramProtocol):
    def __init__(self, deliver: Callable[[bytes, Address], None]) -> None:
        self._deliver = deliver

    def datagram_received(self, data: bytes, addr: Any) -> None:
        self._deliver(data, (str(addr[0]), int(addr[1])))

    def error_received(self, exc: Exception) -> None:
        log.warning("SIP over UDP: %s", exc)


def parse_safely(data: bytes, transport: str) -> SipRequest | SipResponse | None:
    """The message, or ``None`` for bytes that are not one.

    The library's own error path logs a traceback quoting the start line, which may hold a
    dialled number; this logs one line that quotes nothing from the peer.
    """
    try:
        return SipMessage.parse(data)
    except (ValueError, IndexError, KeyError) as error:
        log.warning("Dropped an unreadable SIP message over %s (%s)", transport,
                    type(error).__name__)
        return None


def deliver(handler: Callable[[SipRequest | SipResponse, Address], None] | None,
            message: SipRequest | SipResponse, addr: Address) -> None:
    """Hand a parsed message to the stack; a message the stack chokes on is dropped, not fatal.

    Well-formed framing can still carry content the library cannot handle (an SDP it cannot
    parse, a header it cannot split): the peer then gets no answer and retries or gives up,
    and the adapter keeps serving everyone else.
    """
    if handler is None:
        return
    try:
        handler(message, addr)
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as error:
        log.warning("Dropped a SIP message the stack could not handle (%s)",
                    type(error).__name__)


@dataclass
class DatagramTransport(UdpSipTransport):
    """UDP, bound without the library's start-up assertion, reporting its real port."""

    def _dispatch(self, data: bytes, addr: Address) -> None:
        message = parse_safely(data, "UDP")
        if message is None:
            return
        if isinstance(message, SipRequest):
            _stamp_via_received(message, addr)
        deliver(self.on_message, message, addr)

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        transport, _ = await loop.create_datagram_endpoint(
            lambda: _Datagrams(self._dispatch), local_addr=self.local_addr)
        self._udp_transport = transport
        self.local_addr = tuple(transport.get_extra_info("sockname")[:2])


@dataclass
class StreamTransport(TcpSipTransport):
    """TCP or TLS to the proxy. With ``tls`` set, connections verify the proxy's certificate."""

    tls: ssl.SSLContext | None = None
    trust: Trust | None = None  # connections from anyone else are closed at once
    # Connections whose peer showed a client certificate from carrier.sip.tls_ca_file
    authenticated: set[Address] = field(default_factory=set, init=False)
    # Readers of connections peers opened: the library leaves them running when it stops
    _accepted: set[asyncio.Task[Any]] = field(default_factory=set, init=False)
    _listening: bool = field(default=False, init=False)
    _reply_via: dict[tuple[str, str], Address] = field(default_factory=dict, init=False)

    @property
    def via_name(self) -> str:
        return "TLS" if self.tls is not None else "TCP"

    async def start(self) -> None:
        if self.tls is None:  # inbound TCP connections; over TLS see ``listen``
            await super().start()
            assert self._server is not None
            self.local_addr = tuple(self._server.sockets[0].getsockname()[:2])

    async def listen(self, server: ssl.SSLContext) -> None:
        """Accept TLS connections (inbound calls) on ``local_addr`` too; requests and replies
        then carry this address, not the port of the connection to the proxy."""
        self._server = await asyncio.start_server(self._handle_connection, host=self.local_addr[0],
                                                  port=self.local_addr[1], ssl=server)
        self.local_addr = tuple(self._server.sockets[0].getsockname()[:2])
        self._listening = True

    async def connect(self, remote_addr: Address, host: str | None = None,
                      ) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        """A connection to ``remote_addr``, opened once. Over TLS the certificate must name
        ``host`` (the proxy's name as configured; its address if not given)."""
        if remote_addr in self._connections:
            return self._connections[remote_addr]
        reader, writer = await asyncio.open_connection(
            remote_addr[0], remote_addr[1], ssl=self.tls,
            server_hostname=(host or remote_addr[0]) if self.tls is not None else None)
        if not self._listening and (self.tls is not None or self.local_addr[1] == 0):
            self.local_addr = tuple(writer.get_extra_info("sockname")[:2])
        self._connections[remote_addr] = (reader, writer)
        self._spawn(self._handle_incoming(reader, writer, remote_addr))
        return reader, writer

    async def _handle_connection(self, reader: asyncio.StreamReader,
                                 writer: asyncio.StreamWriter) -> None:
        peer = writer.get_extra_info("peername")
        address: Address = (str(peer[0]), int(peer[1])) if peer else ("0.0.0.0", 0)
        certified = bool(writer.get_extra_info("peercert"))
        if self.trust is not None and not (certified or self.trust.trusts(address[0])):
            self.trust.dropped("connections")
            writer.close()
            return
        if certified:
            self.authenticated.add(address)
        task = asyncio.current_task()
        if task is not None:
            self._accepted.add(task)
        try:
            await super()._handle_connection(reader, writer)
        finally:
            self.authenticated.discard(address)
            self._accepted.discard(task)

    async def stop(self) -> None:
        """Close the connections peers opened too (a far end that keeps its connection open,
        as phones do, would otherwise leave its reader and socket behind)."""
        for _reader, writer in list(self._connections.values()):
            writer.transport.abort()  # at once: a TLS goodbye could wait on the peer
        if self._accepted:  # their readers see the end and return (cancelling them logs errors)
            await asyncio.wait(list(self._accepted), timeout=1.0)
        await super().stop()

    async def _handle_incoming(self, reader: asyncio.StreamReader,
                               writer: asyncio.StreamWriter, addr: Address) -> None:
        """Read a connection we opened; when the proxy closes it, close our end too (the
        library forgets it without closing, leaving the socket to the garbage collector)."""
        try:
            await super()._handle_incoming(reader, writer, addr)
        finally:
            writer.close()

    def _dispatch(self, data: bytes, addr: Address) -> None:
        message = parse_safely(data, self.via_name)
        if message is None:
            return
        if isinstance(message, SipRequest):
            _stamp_via_received(message, addr)
            vias = message.via
            branch = vias[0].branch if vias else None
            if branch:
                self._reply_via[(message.call_id or "", branch)] = addr
                while len(self._reply_via) > KEEP_SENT:
                    del self._reply_via[next(iter(self._reply_via))]
        deliver(self.on_message, message, addr)

    def send(self, message: SipRequest | SipResponse, addr: Address) -> None:
        """Send on the open connection; with none (the peer closed it), drop and say so."""
        if isinstance(message, SipRequest):
            _set_via_transport(message, self.via_name)
        if addr not in self._connections:
            log.warning("SIP over %s: no connection to the peer any more; a message was dropped",
                        self.via_name)
            return
        super().send(message, addr)

    def send_reply(self, response: SipResponse) -> None:
        """Reply on the connection the request came in on, with a Contact that says how to
        reach us (the library's lacks ``;transport=``, so the caller's BYE would go over UDP)."""
        contact = response.headers.get_first("Contact")
        if contact and "transport=" not in contact.lower() and contact.endswith(">"):
            response.headers.set_single("Contact",
                                        f"{contact[:-1]};transport={self.via_name.lower()}>")
        vias = response.via
        branch = vias[0].branch if vias else None
        back = self._reply_via.get((response.call_id or "", branch or ""))
        if back is not None and back in self._connections:
            self.send(response, back)
        else:
            super().send_reply(response)


def retransmissions(transport: SipTransport, limit: float,
                    resend: Callable[[], None]) -> list[asyncio.TimerHandle]:
    """RFC 3261 Timer A: over UDP, ``resend`` the INVITE after 0.5 s, then 1 s, 2 s... later,
    until ``limit`` seconds (the caller's own silence limit) have passed. Over TCP and TLS the
    connection delivers it, so nothing is scheduled. Cancel the timers on the first answer."""
    if not isinstance(transport, DatagramTransport):
        return []
    loop = asyncio.get_running_loop()
    timers = []
    delay = interval = TIMER_A
    while delay < limit:
        timers.append(loop.call_later(delay, resend))
        interval *= 2
        delay += interval
    return timers


def sent_credentials(request_owner: OutgoingCall | Registration) -> bool:
    """Whether a call's INVITE or a registration already answered a digest challenge.

    The library counts its retries privately; a refusal after one means a wrong password.
    """
    return int(getattr(request_owner, "_auth_attempts", 0)) > 0


def use_credentials(call: OutgoingCall, auth: SipDigestAuth) -> None:
    """Answer this call's next digest challenge with ``auth`` (the library keeps it per call)."""
    call._auth = auth


def _set_via_transport(request: SipRequest, name: str) -> None:
    vias = request.headers.get("via")
    if not vias:
        return
    top = parse_via(vias[0])
    if top.transport.upper() != name:
        top.transport = name
        request.headers.remove("Via")
        for value in [stringify_via(top), *vias[1:]]:
            request.headers.append("Via", value)


class Uac(SipUAC):
    """Sends INVITEs whose every line the adapter chose (see the module docstring)."""

    def __init__(self, transport: UdpSipTransport | StreamTransport, *, via_name: str,
                 contact_params: str = "") -> None:
        super().__init__(transport)
        self.via_name = via_name
        self.contact_params = contact_params
        self._contents: dict[str, InviteContent] = {}
        # Request-URI and destination of every INVITE sent, to ACK even a late final response
        self._sent: dict[str, tuple[str, Address]] = {}
        # Re-INVITEs (hold) sent on inbound calls' dialogs, which the library does not track
        self._reinvites: dict[str, tuple[Dialog, Address]] = {}
        self.on_invite_response: Callable[[SipResponse], None] | None = None
        # The library re-sent an INVITE with credentials after a 401/407 (a new transaction)
        self.on_invite_retried: Callable[[OutgoingCall], None] | None = None
        # Asked about a 401/407 the call has no credentials for yet; True: it will come back
        # through ``resume_challenge`` (the adapter's password is still being read).
        self.defer_challenge: Callable[[SipResponse, Address], bool] | None = None

    def contact(self, user: str = "") -> str:
        host, port = self._local_addr()
        at = f"{user}@" if user else ""
        return f"<sip:{at}{format_addr(host, port)}{self.contact_params}>"

    def send_content(self, content: InviteContent, remote_addr: Address,
                     auth: SipDigestAuth | None) -> OutgoingCall:
        """Send the INVITE ``content`` describes to ``remote_addr``; returns the library's call."""
        call_id = generate_call_id(self._local_addr()[0])
        dialog = Dialog(call_id=call_id, local_tag=generate_tag(), remote_tag="",
                        local_uri=content.from_uri, remote_uri=content.to_uri,
                        remote_target=content.request_uri, state=DialogState.EARLY)
        self._contents[call_id] = content
        self._sent[call_id] = (content.request_uri, remote_addr)
        while len(self._sent) > KEEP_SENT:  # bounded: an agent's shift must not grow it
            oldest = next(iter(self._sent))
            del self._sent[oldest]
            self._contents.pop(oldest, None)
        invite = self._build_invite(dialog, sdp_offer=None, user_agent=None)
        self.transactions.create_client(invite)
        self.transport.send(invite, remote_addr)
        call = OutgoingCall(dialog=dialog, invite=invite, transport=self.transport,
                            remote_addr=remote_addr)
        if auth is not None:
            use_credentials(call, auth)
        self._calls[call_id] = call
        return call

    def _build_invite(self, dialog: Dialog, *, sdp_offer: SdpMessage | None,
                      user_agent: str | None) -> SipRequest:
        content = self._contents.get(dialog.call_id)
        if content is None:  # a re-INVITE the library builds for its own reasons
            return super()._build_invite(dialog, sdp_offer=sdp_offer, user_agent=user_agent)
        host, port = self._local_addr()
        invite = SipRequest(method="INVITE", uri=content.request_uri)
        via = Via(transport=self.via_name, host=host, port=port,
                  params={"branch": generate_branch(), "rport": None})
        invite.headers.append("Via", stringify_via(via))
        invite.headers.set_single("From", f"<{content.from_uri}>;tag={dialog.local_tag}")
        invite.headers.set_single("To", f"<{content.to_uri}>")
        invite.headers.set_single("Call-ID", dialog.call_id)
        invite.headers.set_single("CSeq", stringify_cseq(CSeq(seq=dialog.next_cseq(),
                                                              method="INVITE")))
        invite.headers.set_single("Max-Forwards", "70")
        invite.headers.set_single("Contact", self.contact())
        for name, value in content.headers:
            invite.headers.append(name, value)
        invite.headers.set_single("Content-Type", content.content_type)
        invite.body = content.body
        return invite

    def handle_response(self, response: SipResponse, addr: Address) -> None:
        cseq = response.cseq
        if cseq is None or cseq.method.upper() != "INVITE":
            super().handle_response(response, addr)
            return
        call = self._calls.get(response.call_id or "")
        status = response.status_code
        if status >= 300:
            self._ack_failure(response)
        current = call.invite.cseq if call is not None else None
        if current is not None and cseq.seq < current.seq:
            # An answer to an INVITE this call already re-sent with credentials: typically the
            # challenge again, retransmitted because our first INVITE was. ACKed above, and
            # otherwise ignored: the library would take it as a refusal of the password.
            return
        if self.on_invite_response is not None:
            self.on_invite_response(response)
        if (status in (401, 407) and call is not None and call._auth is None
                and self.defer_challenge is not None and self.defer_challenge(response, addr)):
            return
        if call is None:
            if 200 <= status < 300 and (response.call_id or "") in self._reinvites:
                self._ack_reinvite(response)
            return
        if 200 <= status < 300:
            contacts = response.contact
            if contacts:
                call.dialog.remote_target = stringify_uri(contacts[0].uri)
            if not call.dialog.route_set:
                call.dialog.route_set = list(response.headers.get("record-route"))
        sent = call.invite
        super().handle_response(response, addr)
        if call.invite is not sent and self.on_invite_retried is not None:
            self.on_invite_retried(call)

    def resume_challenge(self, response: SipResponse, addr: Address,
                         auth: SipDigestAuth | None) -> None:
        """Process a deferred challenge: answered with ``auth``, or a refusal without it."""
        call = self._calls.get(response.call_id or "")
        if call is None:
            return
        if auth is not None:
            use_credentials(call, auth)
        sent = call.invite
        super().handle_response(response, addr)
        if call.invite is not sent and self.on_invite_retried is not None:
            self.on_invite_retried(call)

    def _ack_failure(self, response: SipResponse) -> None:
        """ACK a 3xx–6xx on the INVITE's own transaction (same branch and CSeq number)."""
        sent = self._sent.get(response.call_id or "")
        vias = response.headers.get("via")
        cseq = response.cseq
        if sent is None or not vias or cseq is None:
            return
        uri, target = sent
        ack = SipRequest(method="ACK", uri=uri)
        ack.headers.append("Via", vias[0])
        for name in ("From", "To", "Call-ID"):
            value = response.headers.get_first(name)
            if value:
                ack.headers.set_single(name, value)
        ack.headers.set_single("CSeq", stringify_cseq(CSeq(seq=cseq.seq, method="ACK")))
        ack.headers.set_single("Max-Forwards", "70")
        self.transport.send(ack, target)


    def reinvite_inbound(self, dialog: Dialog, sdp: SdpMessage,
                         remote_addr: Address) -> SipRequest:
        """A re-INVITE on a dialog the caller opened; its 2xx is ACKed by ``_ack_reinvite``."""
        self._reinvites[dialog.call_id] = (dialog, remote_addr)
        return self.send_reinvite(dialog, sdp, remote_addr)

    def _ack_reinvite(self, response: SipResponse) -> None:
        dialog, target = self._reinvites[response.call_id or ""]
        cseq = response.cseq
        ack = dialog.create_request("ACK", via_host=self._local_addr()[0],
                                    via_port=self._local_addr()[1], via_transport=self.via_name)
        dialog.local_cseq -= 1  # an ACK reuses its INVITE's number and consumes none
        if cseq is not None:
            ack.headers.set_single("CSeq", stringify_cseq(CSeq(seq=cseq.seq, method="ACK")))
        self.transport.send(ack, target)

    def forget_inbound(self, call_id: str) -> None:
        self._reinvites.pop(call_id, None)


class Uas(SipUAS):
    """The library's UAS, minus offering a retransmitted INVITE as a second call, and behind
    ``trust``: a request that is not part of a dialog the softphone has is taken only from a
    trusted source."""

    def __init__(self, transport: SipTransport, *, uac: Uac, trust: Trust) -> None:
        super().__init__(transport, uac=uac, advertised_addr=None)
        self.trust = trust

    def _on_message(self, msg: SipRequest | SipResponse, addr: Address) -> None:
        if isinstance(msg, SipRequest) and not self._admits(msg, addr):
            self.trust.dropped("requests")
            return
        super()._on_message(msg, addr)

    def trusted(self, addr: Address) -> bool:
        """A trusted address, or a TLS connection that showed a certificate from our CA."""
        return self.trust.trusts(addr[0]) or (isinstance(self.transport, StreamTransport)
                                              and addr in self.transport.authenticated)

    def _admits(self, request: SipRequest, addr: Address) -> bool:
        if self.trusted(addr):
            return True
        call_id = request.call_id or ""
        return call_id in self._calls or (self.uac is not None and call_id in self.uac._calls)

    def release(self, call_id: str) -> None:
        """Forget a call we refused (or gave up on) without waiting for the caller's ACK, which
        a flood never sends: the library would keep it, and its transaction, until then."""
        call = self._calls.get(call_id)
        if call is not None and call.dialog.state is DialogState.TERMINATED:
            call._stop_retransmissions()
            del self._calls[call_id]
            self._remove_invite_transaction(call.invite)

    def _handle_invite(self, request: SipRequest, addr: Address) -> None:
        existing = self._calls.get(request.call_id or "")
        if existing is not None and existing.dialog.state is DialogState.EARLY:
            old, new = existing.invite.via, request.via
            if old and new and old[0].branch == new[0].branch:
                return  # a retransmission: the 100 Trying already went out
        super()._handle_invite(request, addr)
