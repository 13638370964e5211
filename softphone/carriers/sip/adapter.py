"""The SIP carrier: calls through a proxy or SBC, with location, fallback routes and PSAP callbacks.

Threading: the adapter owns one thread running an asyncio loop; the SIP stack, RTP and every
timer live there. Public methods only queue work onto that loop (``call_soon_threadsafe``) and
return, so ``place_call`` never waits on the network. Listener callbacks come from the loop's
thread, as the carrier interface allows.

Outbound calls walk their route plan (see ``routing``): a route that answers 3xx–6xx, or stays
silent for ``carrier.sip.no_answer_timeout`` seconds, is left and the next one is tried at once,
and the agent sees why. Each route gets one INVITE transaction (over UDP retransmitted per
RFC 3261 Timer A, the same request, never a new call); a route that was left and answers late
is cancelled or hung up, so the answering point never gets two live emergency calls.

Inbound calls are all offered to the core, which answers ``alert`` or ``refuse``.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import socket
import ssl
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiortp.port_allocator import PortAllocator
from aiosipua import (
    IncomingCall,
    OutgoingCall,
    Registration,
    RegistrationState,
    SipResponse,
    parse_sdp,
)
from aiosipua.auth import SipDigestAuth

from softphone.blocks.readiness import Check
from softphone.blocks.secrets import SecretStoreError, get_secret
from softphone.carriers.sip.config import Endpoint, SipConfig
from softphone.carriers.sip.inbound import REFUSAL_STATUS, read_invite
from softphone.carriers.sip.invite import InviteContent, build_invite_content
from softphone.carriers.sip.media import (
    Media,
    MediaError,
    chosen_codec,
    offer_sdp,
    telephone_events,
)
from softphone.carriers.sip.readiness import sip_checks
from softphone.carriers.sip.route_plan import Route, RoutePlan, plan_routes
from softphone.carriers.sip.stack import (
    Address,
    DatagramTransport,
    StreamTransport,
    Uac,
    Uas,
    sent_credentials,
    use_credentials,
)
from softphone.core.calls import CallKind, CallState
from softphone.core.carrier import (
    Carrier,
    CarrierContext,
    CarrierError,
    CarrierListener,
    InboundOffer,
    OutboundCall,
    Refusal,
)
from softphone.location.errors import LocationError
from softphone.location.pidf import build_pidf_lo

log = logging.getLogger("carrier")

PASSWORD_WAIT_S = 3.0  # how long a digest challenge waits for a keyring still being read

TIMER_A = 0.5  # RFC 3261: first INVITE retransmission over UDP, doubling after
STOP_SECONDS = 3.0
UNREGISTER_SECONDS = 1.0  # at shutdown, within STOP_SECONDS


@dataclass
class Attempt:
    route: Route
    sip: OutgoingCall
    responded: bool = False
    abandoned: bool = False  # we moved on; a late answer is cancelled or hung up
    cancelled: bool = False
    cancel_timers: list[asyncio.TimerHandle] = field(default_factory=list)


@dataclass
class Outbound:
    call: OutboundCall
    plan: RoutePlan
    content: InviteContent | None = None
    media: Media | None = None
    attempt: Attempt | None = None
    tried: int = 0
    ringing: bool = False
    connected: bool = False
    ended: bool = False
    last_failure: str = ""


@dataclass(frozen=True)
class Reinvite:
    call_id: str
    sent: bool  # the hold state the re-INVITE in flight asks for
    cseq: int  # its CSeq number
    wanted: bool  # the hold state the agent wants once it is answered


@dataclass
class Inbound:
    sip: IncomingCall
    media: Media | None = None
    alerted: bool = False
    connected: bool = False


def tls_context(config: SipConfig) -> ssl.SSLContext | None:
    """The proxy's certificate is verified against the system's CAs or the configured file."""
    if config.transport != "tls":
        return None
    try:
        return ssl.create_default_context(cafile=config.tls_ca_file or None)
    except (OSError, ssl.SSLError) as error:
        raise CarrierError(f"The CA file {config.tls_ca_file} cannot be used to verify the SIP "
                           f"proxy ({error}); fix carrier.sip.tls_ca_file or empty it to use "
                           "the system's certificate authorities.") from error


def sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


class SipCarrier(Carrier):
    """Calls over a SIP trunk (aiosipua signalling, aiortp media). See the module docstring."""

    name = "sip"

    def __init__(self, context: CarrierContext) -> None:
        super().__init__(context)
        self._listener: CarrierListener | None = None
        self._config: SipConfig | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready: asyncio.Event | None = None
        self._broken = ""  # why the adapter cannot place calls at all, once known
        self._uac: Uac | None = None
        self._uas: Uas | None = None
        self._local_ip = "127.0.0.1"
        self._ports = PortAllocator()
        self._auth: SipDigestAuth | None = None
        # Set once the keyring answered (or refused); a challenge that comes first waits for it.
        self._password_read: asyncio.Event | None = None
        self._registration: Registration | None = None
        self._addresses: dict[Endpoint, Address] = {}
        self._outbound: dict[str, Outbound] = {}
        self._inbound: dict[str, Inbound] = {}
        self._by_sip: dict[str, tuple[Outbound, Attempt]] = {}
        self._inbound_by_sip: dict[str, str] = {}
        self._reinviting: dict[str, Reinvite] = {}  # by SIP Call-ID: a hold re-INVITE in flight
        self._reinvite_timers: dict[str, list[asyncio.TimerHandle]] = {}
        self._tasks: set[asyncio.Task[Any]] = set()
        self._counter = itertools.count(1)

    # ----- the carrier interface (any thread; each only queues work) -----

    def start(self, listener: CarrierListener) -> None:
        self._listener = listener
        self._config = SipConfig.from_settings(self.context.settings)
        # The library logs URIs at INFO (the dialled number, the callback number): keep its
        # chatter out of the log files; its warnings and errors still arrive.
        for name in ("aiosipua", "aiortp"):
            logging.getLogger(name).setLevel(logging.WARNING)
        loop = asyncio.new_event_loop()
        self._loop, self._ready = loop, asyncio.Event()
        loop.call_soon(self._spawn, self._boot())  # the first thing the loop runs
        self._thread = threading.Thread(target=self._run, args=(loop,), name="sip-carrier",
                                        daemon=True)
        self._thread.start()

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        with contextlib.suppress(RuntimeError):  # the loop already ended
            asyncio.run_coroutine_threadsafe(self._shutdown(), loop).result(STOP_SECONDS)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(STOP_SECONDS)
        self._loop = self._thread = None

    def place_call(self, call: OutboundCall) -> None:
        self._submit(self._dial(call), call.call_id)

    def alert(self, call_id: str) -> None:
        self._queue(self._alert, call_id)

    def refuse(self, call_id: str, refusal: Refusal) -> None:
        self._queue(self._refuse, call_id, refusal)

    def answer(self, call_id: str) -> None:
        self._submit(self._answer(call_id), call_id)

    def hangup(self, call_id: str) -> None:
        self._submit(self._hangup(call_id), call_id)

    def hold(self, call_id: str, held: bool) -> None:
        self._queue(self._hold, call_id, held)

    def transfer(self, call_id: str, target: str) -> None:
        if not target.strip():
            raise CarrierError("Enter the number or SIP address to transfer the call to.")
        self._queue(self._transfer, call_id, target.strip())

    def send_dtmf(self, call_id: str, digits: str) -> None:
        bad = sorted({digit for digit in digits.upper() if digit not in "0123456789*#ABCD"})
        if bad:
            raise CarrierError(f"Keypad tones are 0–9, *, # and A–D; remove {' '.join(bad)}.")
        self._queue(self._dtmf, call_id, digits)

    def has_call(self, call_id: str) -> bool:
        return call_id in self._outbound or call_id in self._inbound

    def describe_emergency_route(self, number: str) -> str:
        config = self._config or SipConfig.from_settings(self.context.settings)
        return plan_routes(config, number).describe()

    def readiness_checks(self) -> list[Check]:
        return sip_checks(self.context.settings)

    def secrets_changed(self) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._spawn, self._reload_password())

    # ----- the loop thread -----

    def _run(self, loop: asyncio.AbstractEventLoop) -> None:
        asyncio.set_event_loop(loop)
        try:
            loop.run_forever()
        finally:
            loop.close()

    def _queue(self, function: Callable[..., None], *args: Any) -> None:
        loop = self._loop
        if loop is None:
            raise CarrierError("The SIP carrier is not running; restart the softphone.")
        loop.call_soon_threadsafe(function, *args)

    def _submit(self, coroutine: Any, call_id: str) -> None:
        loop = self._loop
        if loop is None or loop.is_closed():
            coroutine.close()
            self._state(call_id, CallState.FAILED,
                        "The SIP carrier is not running; restart the softphone.")
            return
        loop.call_soon_threadsafe(self._spawn, coroutine)

    def _spawn(self, coroutine: Any) -> None:
        task = asyncio.get_running_loop().create_task(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("SIP carrier task failed", exc_info=task.exception())
            self._problem(f"The SIP carrier hit an internal error ({task.exception()}); "
                          "the call may need to be placed again.")

    def _state(self, call_id: str, state: CallState, reason: str = "") -> None:
        if self._listener is not None:
            self._listener.call_state_changed(call_id, state, reason)

    def _problem(self, message: str) -> None:
        if self._listener is not None:
            self._listener.carrier_problem(message)

    # ----- start-up -----

    async def _boot(self) -> None:
        config = self._config
        assert config is not None and self._ready is not None
        try:
            tls = tls_context(config)
        except CarrierError as error:
            self._broken = str(error)
            self._problem(self._broken)
            self._ready.set()
            return
        try:
            await self._open_transport(config, tls)
        except (OSError, ValueError) as error:
            self._broken = (f"The SIP carrier cannot listen on port {config.local_port} "
                            f"({error}); set carrier.sip.local_port to a free port.")
            self._problem(self._broken)
            self._ready.set()
            return
        for problem in config.problems():
            self._problem(problem)
        self._ready.set()
        self._spawn(self._resolve_routes(config))
        if config.user:
            await self._read_password(config)
        if config.register:
            await self._register(config)

    async def _open_transport(self, config: SipConfig, tls: ssl.SSLContext | None) -> None:
        self._local_ip = config.local_address or await self._address_towards(config)
        local = (self._local_ip, config.local_port)
        transport: DatagramTransport | StreamTransport
        if config.transport == "udp":
            transport = DatagramTransport(local_addr=local)
            uac = Uac(transport, via_name="UDP")
        else:
            transport = StreamTransport(local_addr=local, tls=tls)
            uac = Uac(transport, via_name=transport.via_name,
                      contact_params=f";transport={config.transport}")
        uas = Uas(transport, uac=uac, advertised_addr=None)
        uac.on_invite_response = self._invite_response
        uac.on_invite_retried = self._invite_retried
        uac.defer_challenge = self._defer_challenge
        uas.on_invite = self._incoming
        uas.on_cancel = self._caller_cancelled
        uas.on_bye = self._far_end_hung_up
        uas.on_ack_timeout = self._no_ack
        uas.on_transfer_progress = self._transfer_progress
        await uas.start()
        self._uac, self._uas = uac, uas

    async def _address_towards(self, config: SipConfig) -> str:
        """This computer's address on the way to the first proxy (no packet is sent)."""
        first = config.proxy or config.direct_offer_proxy or config.fallback_proxy
        if first is None:
            return "127.0.0.1"
        try:
            address = await self._resolve(first)
            probe = socket.socket(socket.AF_INET6 if ":" in address[0] else socket.AF_INET,
                                  socket.SOCK_DGRAM)
            with probe:
                probe.connect(address)
                return str(probe.getsockname()[0])
        except OSError:
            return "127.0.0.1"

    async def _resolve(self, endpoint: Endpoint) -> Address:
        known = self._addresses.get(endpoint)
        if known is not None:
            return known
        loop = asyncio.get_running_loop()
        found = await loop.getaddrinfo(endpoint.host, endpoint.port, type=socket.SOCK_DGRAM)
        address = (str(found[0][4][0]), int(found[0][4][1]))
        self._addresses[endpoint] = address
        return address

    async def _resolve_routes(self, config: SipConfig) -> None:
        """Look every route up ahead of the first call, so dialling needs no DNS."""
        for endpoint in {config.proxy, config.fallback_proxy, config.direct_offer_proxy} - {None}:
            assert endpoint is not None
            try:
                await self._resolve(endpoint)
            except OSError as error:
                self._problem(f"The SIP route {endpoint.host} cannot be found ({error}); check "
                              "its name in the carrier settings and the network.")

    async def _read_password(self, config: SipConfig) -> None:
        """The digest password, read off the loop: a keyring may block on an unlock prompt.
        Calls do not wait for it; only a digest challenge does (see ``_rejected``)."""
        if self._password_read is None:
            self._password_read = asyncio.Event()
        self._password_read.clear()
        try:
            await self._fetch_password(config)
        finally:
            self._password_read.set()

    async def _fetch_password(self, config: SipConfig) -> None:
        loop = asyncio.get_running_loop()
        try:
            password = await loop.run_in_executor(None, get_secret, config.secret_name)
        except SecretStoreError as error:
            self._problem(f"The SIP password cannot be read: {error}")
            return
        if not password:
            self._problem(f"No SIP password is stored for {config.secret_name}: store it with "
                          "the settings dialog, or clear carrier.sip.user for a trunk that "
                          "authenticates by address.")
            return
        self._auth = SipDigestAuth(config.user, password)
        log.info("Read the SIP password from the keyring")

    async def _reload_password(self) -> None:
        """The admin stored a (new) password: use it from the next challenge on, and register
        again if the registrar refused the old one. The keyring entry's name is the one the
        adapter started with; other SIP settings still take a restart."""
        config = self._config
        assert config is not None and self._ready is not None
        await self._ready.wait()
        if self._broken or not config.user:
            return
        await self._read_password(config)
        registration = self._registration
        if registration is not None:
            registration.auth = self._auth
        if config.register and self._auth is not None and (
                registration is None or registration.state is not RegistrationState.REGISTERED):
            await self._register(config)

    async def _register(self, config: SipConfig) -> None:
        assert self._uac is not None
        registrar = config.proxy or config.direct_offer_proxy
        if registrar is None:
            self._problem("Registration is on but no proxy is set; set carrier.sip.proxy.")
            return
        try:
            address = await self._resolve(registrar)
        except OSError as error:
            self._problem(f"Registration is on but the registrar {registrar.host} cannot be "
                          f"found ({error}); check carrier.sip.proxy and the network.")
            return
        if isinstance(self._uac.transport, StreamTransport):
            try:
                async with asyncio.timeout(config.no_answer_timeout):
                    await self._uac.transport.connect(address)
            except (OSError, ssl.SSLError, TimeoutError) as error:
                self._problem(f"The registrar {registrar.host} cannot be reached over "
                              f"{config.transport.upper()} ({error or 'timed out'}); inbound "
                              "calls, PSAP callbacks too, may not reach this softphone.")
                return
        registration = Registration(self._uac, f"sip:{config.user}@{config.sip_domain}",
                                    address, expires=config.register_expires, auth=self._auth,
                                    contact_uri=self._uac.contact(config.user)[1:-1])
        registration.on_registered = lambda _r: log.info("Registered with the SIP registrar")
        registration.on_failed = lambda r, status, reason: self._problem(
            f"The registrar {registrar.host} "
            f"{self._answered_with(status, reason, sent_credentials(r))}. Until this is fixed, "
            "inbound calls, PSAP callbacks too, may not reach this softphone.")
        registration.on_expired = lambda _r: self._problem(
            f"The registration with {registrar.host} lapsed; inbound calls may not arrive.")
        registration.register()
        self._registration = registration

    def _answered_with(self, status: int, reason: str, sent_password: bool) -> str:
        """What a registrar's or proxy's refusal means, as a phrase that says what to do."""
        assert self._config is not None
        name, what = self._config.secret_name, f"{status} {reason}".rstrip()
        if status in (401, 403, 407) and sent_password:
            return (f"refused the SIP password stored for {name} ({what}): enter the right one "
                    "under Settings › Carrier › SIP password")
        if status in (401, 407):
            return (f"wants a password ({what}) and none is stored for {name}: enter it under "
                    "Settings › Carrier › SIP password")
        return f"answered {what}"

    async def _shutdown(self) -> None:
        for call_id in list(self._outbound) + list(self._inbound):
            await self._hangup(call_id, report=False)
        if self._registration is not None:
            await self._unregister(self._registration)
        # Let media close (sockets released) before the loop ends; give up on anything stuck
        pending = [task for task in self._tasks if task is not asyncio.current_task()]
        if pending:
            await asyncio.wait(pending, timeout=1.0)
        for task in pending:
            task.cancel()
        if self._uas is not None:
            await self._uas.stop()

    @staticmethod
    async def _unregister(registration: Registration) -> None:
        """Remove the binding, and give the registrar a moment to confirm before the connection
        (TCP, TLS) closes under its answer."""
        registration.unregister()
        deadline = asyncio.get_running_loop().time() + UNREGISTER_SECONDS
        while registration.state is not RegistrationState.UNREGISTERED \
                and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(0.01)

    # ----- outbound -----

    async def _dial(self, call: OutboundCall) -> None:
        assert self._ready is not None and self._config is not None
        await self._ready.wait()
        if self._broken:
            self._state(call.call_id, CallState.FAILED, self._broken)
            return
        plan = plan_routes(self._config, call.number)
        if not plan.routes:
            self._state(call.call_id, CallState.FAILED,
                        f"No SIP route is configured ({plan.why}); set carrier.sip.proxy.")
            return
        out = Outbound(call, plan)
        self._outbound[call.call_id] = out
        try:
            out.media = await Media.bind(self._local_ip, self._ports)
        except (OSError, RuntimeError) as error:
            self._problem(f"No audio port could be opened ({error}); the call goes out "
                          "without audio.")
        port = out.media.port if out.media is not None else 9
        pidf, location_problem = self._pidf(call)
        out.content = build_invite_content(self._config, call, offer_sdp(self._local_ip, port),
                                           pidf, location_problem)
        for note in out.content.notes:
            self._problem(note)
        await self._try_next_route(out)

    def _pidf(self, call: OutboundCall) -> tuple[str | None, str]:
        if call.kind not in (CallKind.EMERGENCY, CallKind.TEST):
            return None, ""
        if call.location is None:
            return None, "no location is known yet"
        assert self._config is not None
        identity = call.callback_number or call.caller_id or self._config.user or "agent"
        try:
            return build_pidf_lo(call.location,
                                 entity=f"pres:{identity}@{self._config.sip_domain}"), ""
        except LocationError as error:
            return None, f"the location could not be encoded ({error})"

    async def _try_next_route(self, out: Outbound) -> None:
        assert self._uac is not None and self._config is not None and out.content is not None
        while out.tried < len(out.plan.routes) and not out.ended:
            route = out.plan.routes[out.tried]
            out.tried += 1
            try:
                address = await self._resolve(route.endpoint)
                if isinstance(self._uac.transport, StreamTransport):
                    async with asyncio.timeout(self._config.no_answer_timeout):
                        await self._uac.transport.connect(address)
            except (OSError, ssl.SSLError, TimeoutError) as error:
                self._route_failed(out, route, f"could not be reached ({error or 'timed out'})")
                continue
            if out.ended:
                return
            sip = self._uac.send_content(out.content, address, self._auth)
            attempt = Attempt(route, sip)
            out.attempt = attempt
            self._by_sip[sip.call_id] = (out, attempt)
            sip.on_ringing = lambda _sip, out=out, attempt=attempt: self._ringing(out, attempt)
            sip.on_answer = lambda _sip, out=out, attempt=attempt: self._spawn(
                self._answered(out, attempt))
            sip.on_rejected = lambda _sip, status, reason, out=out, attempt=attempt: \
                self._rejected(out, attempt, status, reason)
            self._arm_timers(out, attempt, address)
            return
        if not out.ended:
            out.ended = True
            self._state(out.call.call_id, CallState.FAILED,
                        f"Every configured SIP route failed (last: {out.last_failure}); call "
                        "again, and if it fails again use another phone.")
            self._release(out)

    def _arm_timers(self, out: Outbound, attempt: Attempt, address: Address) -> None:
        """Timer A (UDP retransmission) and the route's silence limit."""
        assert self._loop is not None and self._config is not None and self._uac is not None
        timeout = self._config.no_answer_timeout
        if isinstance(self._uac.transport, DatagramTransport):
            delay, interval = TIMER_A, TIMER_A
            while delay < timeout:
                attempt.cancel_timers.append(self._loop.call_later(
                    delay, self._retransmit, attempt, address))
                interval *= 2
                delay += interval
        attempt.cancel_timers.append(self._loop.call_later(
            timeout, self._silent, out, attempt))

    def _retransmit(self, attempt: Attempt, address: Address) -> None:
        if not attempt.responded and not attempt.abandoned and self._uac is not None:
            self._uac.transport.send(attempt.sip.invite, address)

    def _silent(self, out: Outbound, attempt: Attempt) -> None:
        if attempt.responded or attempt.abandoned or out.ended:
            return
        assert self._config is not None
        self._leave(attempt)
        self._route_failed(out, attempt.route,
                           f"did not answer within {self._config.no_answer_timeout:g} s")
        self._spawn(self._try_next_route(out))

    def _leave(self, attempt: Attempt) -> None:
        attempt.abandoned = True
        for timer in attempt.cancel_timers:
            timer.cancel()

    def _route_failed(self, out: Outbound, route: Route, what: str) -> None:
        remaining = out.plan.routes[out.tried:]
        if remaining:
            reason = f"{sentence(route.describe())} {what}; trying {remaining[0].describe()}."
            self._state(out.call.call_id, CallState.DIALING, reason)
        else:
            reason = f"{sentence(route.describe())} {what}; no other route is configured."
        out.last_failure = f"{route.describe()} {what}"
        log.warning("SIP route %s failed: %s", route.endpoint.host, what)
        self._problem(reason)

    def _invite_response(self, response: SipResponse) -> None:
        """Any response to one of our INVITEs: the route is alive; stop retransmitting."""
        self._reinvite_answered(response)
        found = self._by_sip.get(response.call_id or "")
        if found is None:
            return
        out, attempt = found
        if response.status_code in (401, 407) and self._auth is not None:
            use_credentials(attempt.sip, self._auth)  # the latest, should it be new since
        if not attempt.responded:
            attempt.responded = True
            for timer in attempt.cancel_timers:
                timer.cancel()
        if response.status_code < 200 and (attempt.abandoned or out.ended) \
                and self._uac is not None and not attempt.cancelled:
            attempt.cancelled = True  # a route we left (or a call hung up) came back
            attempt.sip.cancel(self._uac)

    def _invite_retried(self, sip: OutgoingCall) -> None:
        """The INVITE went again with credentials: a new transaction, retransmitted and timed
        like the first, so a proxy that goes silent after its challenge is still left in time."""
        found = self._by_sip.get(sip.call_id)
        if found is None:
            return
        out, attempt = found
        if not (attempt.abandoned or out.ended):
            attempt.responded = False
            self._arm_timers(out, attempt, sip.remote_addr)

    def _ringing(self, out: Outbound, attempt: Attempt) -> None:
        if attempt.abandoned or out.ended or out.ringing:
            return
        out.ringing = True
        self._state(out.call.call_id, CallState.RINGING)

    async def _answered(self, out: Outbound, attempt: Attempt) -> None:
        assert self._uac is not None
        if attempt.abandoned or out.ended:
            attempt.sip.hangup(self._uac)  # never two live calls to the answering point
            return
        out.connected = True
        media_ok = False
        if out.media is not None:  # pointed at the far end before the agent can press keys
            try:
                payload_type, remote = chosen_codec(attempt.sip.sdp_answer)
                await out.media.connect(remote, payload_type,
                                        telephone_events(attempt.sip.sdp_answer))
                media_ok = True
            except (MediaError, OSError) as error:
                self._problem(f"The call is connected but its audio failed: {error}.")
        if out.ended:  # hung up while the media was being connected
            return
        self._state(out.call.call_id, CallState.CONNECTED)
        if media_ok and out.media is not None:
            out.media.start_audio(self.context.audio, out.call.call_id, self._problem)

    def _rejected(self, out: Outbound, attempt: Attempt, status: int, reason: str) -> None:
        for timer in attempt.cancel_timers:
            timer.cancel()
        if attempt.abandoned or out.ended:
            return
        self._leave(attempt)
        assert self._config is not None
        what = self._answered_with(status, reason, sent_credentials(attempt.sip))
        fall_back = out.call.kind in (CallKind.EMERGENCY, CallKind.TEST) or status >= 500 \
            or status in (401, 403, 407, 408)
        if fall_back and out.tried < len(out.plan.routes):
            self._route_failed(out, attempt.route, what)
            self._spawn(self._try_next_route(out))
            return
        out.ended = True
        busy = status in (486, 600)
        self._state(out.call.call_id, CallState.FAILED,
                    "The number is busy." if busy else
                    f"{sentence(attempt.route.describe())} {what}.")
        self._release(out)

    def _defer_challenge(self, response: SipResponse, addr: Address) -> bool:
        """A digest challenge that came before the keyring gave the password (just after
        start-up, or a keyring waiting to be unlocked) waits for it instead of failing."""
        if self._password_read is None or self._password_read.is_set():
            return False
        self._spawn(self._answer_when_password_known(response, addr))
        return True

    async def _answer_when_password_known(self, response: SipResponse, addr: Address) -> None:
        """Answer the held challenge on the same call (same Call-ID, next CSeq) once the password
        is read; never wait longer than ``PASSWORD_WAIT_S``: a locked keyring must not hold an
        emergency call, whose route then fails and the next one is tried."""
        assert self._password_read is not None
        try:
            async with asyncio.timeout(PASSWORD_WAIT_S):
                await self._password_read.wait()
        except TimeoutError:
            self._problem(f"The keyring did not give the SIP password within {PASSWORD_WAIT_S:g} "
                          "s (is it locked?).")
        found = self._by_sip.get(response.call_id or "")
        ended = found is None or found[0].ended or found[1].abandoned
        if self._uac is not None:
            self._uac.resume_challenge(response, addr, None if ended else self._auth)

    def _release(self, out: Outbound) -> None:
        """Forget the call at once (``has_call`` turns false); its media closes on the loop."""
        self._outbound.pop(out.call.call_id, None)
        if out.attempt is not None:
            self._drop_reinvite(out.attempt.sip.call_id)
        if out.media is not None:
            self._spawn(out.media.close())

    # ----- inbound -----

    def _incoming(self, sip: IncomingCall) -> None:
        facts = read_invite(sip.invite.get_header("from") or "", sip.invite.get_header("to") or "",
                            sip.invite.get_header("p-asserted-identity"),
                            sip.invite.get_header("priority"))
        call_id = f"sip-in-{next(self._counter)}-{uuid.uuid4().hex[:8]}"
        self._inbound[call_id] = Inbound(sip)
        self._inbound_by_sip[sip.call_id] = call_id
        if self._listener is None:
            return
        try:
            self._listener.incoming_call(InboundOffer(call_id, facts.caller, facts.callee,
                                                      marked_psap_callback=facts.psap_callback))
        except Exception:  # the core failed: refuse now rather than leave the caller hanging
            log.exception("the core could not take an inbound call")
            sip.reject(500, "Server Internal Error")
            self._forget_inbound(call_id)

    def _alert(self, call_id: str) -> None:
        entry = self._inbound.get(call_id)
        if entry is None or entry.alerted or entry.connected:
            return
        entry.alerted = True
        entry.sip.ringing()
        self._state(call_id, CallState.RINGING)

    def _refuse(self, call_id: str, refusal: Refusal) -> None:
        entry = self._inbound.get(call_id)
        if entry is None or entry.connected:
            return
        status, phrase = REFUSAL_STATUS[refusal]
        entry.sip.reject(status, phrase)
        self._forget_inbound(call_id)

    async def _answer(self, call_id: str) -> None:
        entry = self._inbound.get(call_id)
        if entry is None:
            self._state(call_id, CallState.FAILED, "The caller has already hung up.")
            return
        if entry.connected:
            return
        try:
            media, answer = await Media.answering(self._local_ip, self._ports, entry.sip.sdp_offer)
        except (MediaError, OSError, RuntimeError) as error:
            entry.sip.reject(488, "Not Acceptable Here")
            self._forget_inbound(call_id)
            self._state(call_id, CallState.FAILED, f"The call could not be answered: {error}.")
            return
        if call_id not in self._inbound:  # the caller gave up while the port was opening
            await media.close()
            return
        entry.media, entry.connected = media, True
        entry.sip.accept(parse_sdp(answer))
        self._state(call_id, CallState.CONNECTED)
        media.start_audio(self.context.audio, call_id, self._problem)

    def _caller_cancelled(self, request: Any, _addr: Address) -> None:
        call_id = self._inbound_by_sip.get(request.call_id or "")
        if call_id is not None:
            self._forget_inbound(call_id)
            self._state(call_id, CallState.ENDED,
                        "The caller hung up before the call was answered.")

    def _no_ack(self, sip: IncomingCall) -> None:
        call_id = self._inbound_by_sip.get(sip.call_id)
        if call_id is not None:
            self._close_inbound(call_id)
            self._state(call_id, CallState.FAILED,
                        "The caller's network never confirmed the answer; the call was lost.")

    def _far_end_hung_up(self, sip: IncomingCall, _request: Any) -> None:
        found = self._by_sip.get(sip.call_id)
        if found is not None:
            out, attempt = found
            if out.attempt is attempt and not out.ended:
                out.ended = True
                self._state(out.call.call_id, CallState.ENDED, "The far end hung up.")
                self._release(out)
            return
        call_id = self._inbound_by_sip.get(sip.call_id)
        if call_id is not None:
            self._close_inbound(call_id)
            self._state(call_id, CallState.ENDED, "The caller hung up.")

    def _close_inbound(self, call_id: str) -> None:
        entry = self._inbound.get(call_id)
        self._forget_inbound(call_id)
        if entry is not None and entry.media is not None:
            self._spawn(entry.media.close())

    def _forget_inbound(self, call_id: str) -> None:
        entry = self._inbound.pop(call_id, None)
        if entry is not None:
            self._inbound_by_sip.pop(entry.sip.call_id, None)
            self._drop_reinvite(entry.sip.call_id)
            if self._uac is not None:
                self._uac.forget_inbound(entry.sip.call_id)

    # ----- in-call actions -----

    async def _hangup(self, call_id: str, report: bool = True) -> None:
        assert self._uac is not None or not (self._outbound or self._inbound)
        out = self._outbound.get(call_id)
        if out is not None:
            out.ended = True
            attempt = out.attempt
            if attempt is not None and self._uac is not None:
                if out.connected:
                    attempt.sip.hangup(self._uac)
                elif attempt.responded and not attempt.cancelled:
                    attempt.cancelled = True
                    attempt.sip.cancel(self._uac)
                self._leave(attempt)  # no response yet: cancelled when one comes
            self._release(out)
        else:
            entry = self._inbound.get(call_id)
            if entry is None:
                return
            if entry.connected:
                entry.sip.hangup()
            else:
                entry.sip.reject(603, "Decline")
            self._close_inbound(call_id)
        if report:
            self._state(call_id, CallState.ENDED, "You hung up.")

    def _dialog(self, call_id: str) -> tuple[Any, Address, Media | None, bool] | None:
        """The confirmed dialog of a call, where in-dialog requests go, its media, and direction."""
        out = self._outbound.get(call_id)
        if out is not None and out.connected and out.attempt is not None:
            return out.attempt.sip.dialog, out.attempt.sip.remote_addr, out.media, True
        entry = self._inbound.get(call_id)
        if entry is not None and entry.connected:
            return entry.sip.dialog, entry.sip.source_addr, entry.media, False
        return None

    def _hold(self, call_id: str, held: bool) -> None:
        found = self._dialog(call_id)
        if found is None or found[2] is None or self._uac is None:
            self._problem("Only a connected call can be put on hold.")
            return
        pending = self._reinviting.get(found[0].call_id)
        if pending is not None:  # one INVITE at a time (RFC 3261 §14.1): send it after this one
            self._reinviting[found[0].call_id] = Reinvite(call_id, pending.sent, pending.cseq,
                                                          held)
            return
        self._send_hold(call_id, held)

    def _send_hold(self, call_id: str, held: bool) -> None:
        """A re-INVITE offering a=sendonly (hold) or a=sendrecv (resume), RFC 3264 §8.4."""
        found = self._dialog(call_id)
        assert found is not None and self._uac is not None
        dialog, address, media, outbound = found
        assert media is not None
        sdp = parse_sdp(offer_sdp(self._local_ip, media.port))
        assert sdp.audio is not None
        sdp.audio.attributes.pop("sendrecv", None)
        sdp.audio.attributes["sendonly" if held else "sendrecv"] = []
        if outbound:
            request = self._uac.send_reinvite(dialog, sdp, address)
        else:
            request = self._uac.reinvite_inbound(dialog, sdp, address)
        cseq = request.cseq
        self._reinviting[dialog.call_id] = Reinvite(call_id, held, cseq.seq if cseq else 0, held)
        media.held = held  # no audio leaves while held, from now
        self._arm_reinvite_timers(dialog.call_id, request, address)

    def _arm_reinvite_timers(self, sip_call_id: str, request: Any, address: Address) -> None:
        """Over UDP, retransmit (the library does not, RFC 3261 Timer A); and never wait for
        ever: a far end silent for ``no_answer_timeout`` gets the request abandoned, so hold
        and resume stay usable."""
        assert self._loop is not None and self._config is not None and self._uac is not None
        timeout, timers = self._config.no_answer_timeout, []
        if isinstance(self._uac.transport, DatagramTransport):
            delay = interval = TIMER_A
            while delay < timeout:
                timers.append(self._loop.call_later(delay, self._uac.transport.send, request,
                                                    address))
                interval *= 2
                delay += interval
        cseq = request.cseq.seq if request.cseq else 0
        timers.append(self._loop.call_later(timeout, self._reinvite_unanswered, sip_call_id,
                                            cseq))
        self._reinvite_timers[sip_call_id] = timers

    def _drop_reinvite(self, sip_call_id: str) -> Reinvite | None:
        for timer in self._reinvite_timers.pop(sip_call_id, []):
            timer.cancel()
        return self._reinviting.pop(sip_call_id, None)

    def _reinvite_unanswered(self, sip_call_id: str, cseq: int) -> None:
        pending = self._reinviting.get(sip_call_id)
        if pending is None or pending.cseq != cseq:
            return
        self._drop_reinvite(sip_call_id)
        found = self._dialog(pending.call_id)
        if found is None or found[2] is None:
            return
        found[2].held = not pending.sent
        assert self._config is not None
        self._problem(f"The far end did not answer the request to "
                      f"{'hold' if pending.sent else 'resume'} the call within "
                      f"{self._config.no_answer_timeout:g} s; it stays "
                      f"{'on hold' if found[2].held else 'connected'}.")
        self._state(pending.call_id, CallState.ON_HOLD if found[2].held else CallState.CONNECTED)

    def _reinvite_answered(self, response: SipResponse) -> None:
        """A hold re-INVITE got its final answer: report the state the far end agreed to, then
        send the state the agent asked for meanwhile, if it moved."""
        cseq = response.cseq
        pending = self._reinviting.get(response.call_id or "")
        if pending is None or cseq is None or cseq.seq != pending.cseq \
                or response.status_code < 200:
            return
        self._drop_reinvite(response.call_id or "")
        found = self._dialog(pending.call_id)
        if found is None or found[2] is None:
            return
        media = found[2]
        if response.status_code < 300:
            self._state(pending.call_id,
                        CallState.ON_HOLD if pending.sent else CallState.CONNECTED)
        else:
            media.held = not pending.sent
            self._problem(f"The far end refused to {'hold' if pending.sent else 'resume'} the "
                          f"call ({response.status_code} {response.reason_phrase}); it stays "
                          f"{'on hold' if media.held else 'connected'}.")
            self._state(pending.call_id,
                        CallState.ON_HOLD if media.held else CallState.CONNECTED)
        if media.held != pending.wanted:
            self._send_hold(pending.call_id, pending.wanted)

    def _transfer(self, call_id: str, target: str) -> None:
        found = self._dialog(call_id)
        if found is None or self._uac is None or self._config is None:
            self._problem("Only a connected call can be transferred.")
            return
        uri = target if ":" in target else f"sip:{target}@{self._config.sip_domain}"
        self._uac.send_refer(found[0], uri, found[1])

    def _transfer_progress(self, sip_call_id: str, status: int, reason: str) -> None:
        found = self._by_sip.get(sip_call_id)
        call_id = found[0].call.call_id if found else self._inbound_by_sip.get(sip_call_id)
        if call_id is None or status < 200:
            return
        if status < 300:
            self._spawn(self._hangup(call_id, report=False))
            self._state(call_id, CallState.ENDED, "The call was transferred.")
        else:
            self._problem(f"The transfer failed ({status} {reason}); the call is still yours.")

    def _dtmf(self, call_id: str, digits: str) -> None:
        found = self._dialog(call_id)
        if found is None or found[2] is None:
            self._problem("Keypad tones need a connected call with audio.")
            return
        try:
            found[2].send_dtmf(digits)
        except MediaError as error:
            self._problem(f"The keypad tones were not sent: {error}.")
