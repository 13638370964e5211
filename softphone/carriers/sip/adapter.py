"""The SIP carrier: calls through a proxy or SBC, with location, fallback routes and PSAP callbacks.

Threading: the adapter owns one thread running an asyncio loop; the SIP stack, RTP and every
timer live there. Public methods only queue work onto that loop (``call_soon_threadsafe``) and
return, so ``place_call`` never waits on the network. Listener callbacks come from the loop's
thread, as the carrier interface allows.

This class is the front door: it starts the loop and the stack and hands each request to the job
that does it, each in its own module:

* ``account``: the digest password and the registration;
* ``outbound``: the route walk of outgoing calls (fallback routes, Timer A, late answers);
* ``inbound``: incoming INVITEs offered to the core, which answers ``alert`` or ``refuse``;
* ``in_dialog``: hold, transfer and keypad tones on connected calls.

They share what ``link.Link`` holds (the stack, the listener, resolved routes, RTP ports).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl
import threading
from collections.abc import Coroutine
from dataclasses import dataclass
from typing import Any

from aiosipua import IncomingCall, SipResponse

from softphone.blocks.readiness import Check
from softphone.blocks.text import translate
from softphone.carriers.sip.account import Account
from softphone.carriers.sip.config import SipConfig
from softphone.carriers.sip.in_dialog import ConfirmedDialog, InDialogRequests
from softphone.carriers.sip.inbound import InboundCalls
from softphone.carriers.sip.link import Link
from softphone.carriers.sip.outbound import OutboundCalls
from softphone.carriers.sip.readiness import sip_checks
from softphone.carriers.sip.route_plan import plan_routes
from softphone.carriers.sip.stack import Address, DatagramTransport, StreamTransport, Uac, Uas
from softphone.carriers.sip.tls import client_context, server_context
from softphone.core.calls import CallState
from softphone.core.carrier import (
    Carrier,
    CarrierContext,
    CarrierError,
    CarrierListener,
    OutboundCall,
    Refusal,
)
from softphone.core.coverage import UNIVERSAL_EMERGENCY_NUMBER

log = logging.getLogger("carrier")

STOP_SECONDS = 3.0


@dataclass(frozen=True)
class Jobs:
    """The carrier's parts by job, made together when it starts (see the module docstring)."""

    link: Link
    account: Account
    outbound: OutboundCalls
    inbound: InboundCalls
    in_dialog: InDialogRequests


class SipCarrier(Carrier):
    """Calls over a SIP trunk (aiosipua signalling, aiortp media). See the module docstring."""

    name = "sip"

    def __init__(self, context: CarrierContext) -> None:
        super().__init__(context)
        self._config: SipConfig | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready: asyncio.Event | None = None
        self._broken = ""  # why the adapter cannot place calls at all, once known
        self._uas: Uas | None = None
        self._jobs: Jobs | None = None

    # ----- the carrier interface (any thread; each only queues work) -----

    def start(self, listener: CarrierListener) -> None:
        config = self._config = SipConfig.from_settings(self.context.settings)
        # The library logs URIs at INFO (the dialled number, the callback number): keep its
        # chatter out of the log files; its warnings and errors still arrive.
        for name in ("aiosipua", "aiortp"):
            logging.getLogger(name).setLevel(logging.WARNING)
        link = Link(config, listener, self.context.audio)
        account = Account(link, self._call_is_live)
        self._jobs = Jobs(link, account, OutboundCalls(link, account, self._dialog_ended),
                          InboundCalls(link, listener, self._inbound_forgotten,
                                       self._source_trusted),
                          InDialogRequests(link, self._dialog_of, self._call_of,
                                           self._end_transferred))
        loop = asyncio.new_event_loop()
        self._loop, self._ready = loop, asyncio.Event()
        loop.call_soon(link.spawn, self._boot())  # the first thing the loop runs
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
        loop, jobs = self._running()
        loop.call_soon_threadsafe(jobs.inbound.alert, call_id)

    def refuse(self, call_id: str, refusal: Refusal) -> None:
        loop, jobs = self._running()
        loop.call_soon_threadsafe(jobs.inbound.refuse, call_id, refusal)

    def answer(self, call_id: str) -> None:
        self._submit(self._answer(call_id), call_id)

    def hangup(self, call_id: str) -> None:
        self._submit(self._hangup(call_id), call_id)

    def hold(self, call_id: str, held: bool) -> None:
        loop, jobs = self._running()
        loop.call_soon_threadsafe(jobs.in_dialog.hold, call_id, held)

    def transfer(self, call_id: str, target: str) -> None:
        if not target.strip():
            raise CarrierError(translate("Sip", "Enter the number or SIP address to transfer "
                                                "the call to."))
        loop, jobs = self._running()
        loop.call_soon_threadsafe(jobs.in_dialog.transfer, call_id, target.strip())

    def send_dtmf(self, call_id: str, digits: str) -> None:
        bad = sorted({digit for digit in digits.upper() if digit not in "0123456789*#ABCD"})
        if bad:
            raise CarrierError(translate("Sip", "Keypad tones are 0–9, *, # and A–D; remove "
                                                "{digits}.").format(digits=" ".join(bad)))
        loop, jobs = self._running()
        loop.call_soon_threadsafe(jobs.in_dialog.dtmf, call_id, digits)

    def has_call(self, call_id: str) -> bool:
        jobs = self._jobs
        return jobs is not None and (call_id in jobs.outbound.calls or call_id in jobs.inbound.calls)

    def describe_emergency_route(self, number: str) -> str:
        config = self._config or SipConfig.from_settings(self.context.settings)
        return plan_routes(config, number).describe()

    def readiness_checks(self) -> list[Check]:
        return sip_checks(self.context.settings)

    def emergency_reach_problem(self) -> str:
        config = self._config or SipConfig.from_settings(self.context.settings)
        if plan_routes(config, UNIVERSAL_EMERGENCY_NUMBER).routes:
            return ""
        return translate("Sip", "The SIP carrier has no route for emergency calls: set "
                                "carrier.sip.proxy (or the calling-plan proxy).")

    def secrets_changed(self) -> None:
        loop, jobs = self._loop, self._jobs
        if loop is not None and jobs is not None and not loop.is_closed():
            loop.call_soon_threadsafe(jobs.link.spawn, self._reload_password())

    # ----- the loop thread -----

    def _run(self, loop: asyncio.AbstractEventLoop) -> None:
        asyncio.set_event_loop(loop)
        try:
            loop.run_forever()
        finally:
            loop.close()

    def _running(self) -> tuple[asyncio.AbstractEventLoop, Jobs]:
        loop, jobs = self._loop, self._jobs
        if loop is None or jobs is None:
            raise CarrierError(translate("Sip", "The SIP carrier is not running; restart the "
                                                "softphone."))
        return loop, jobs

    def _submit(self, coroutine: Coroutine[Any, Any, None], call_id: str) -> None:
        loop, jobs = self._loop, self._jobs
        if loop is None or jobs is None or loop.is_closed():
            coroutine.close()
            if jobs is not None:
                jobs.link.state(call_id, CallState.FAILED,
                                translate("Sip", "The SIP carrier is not running; restart the "
                                                 "softphone."))
            return
        loop.call_soon_threadsafe(jobs.link.spawn, coroutine)

    @property
    def jobs(self) -> Jobs:
        """The parts, for code on the loop (which only runs once ``start`` made them)."""
        assert self._jobs is not None
        return self._jobs

    # ----- start-up and shutdown -----

    async def _boot(self) -> None:
        link, config = self.jobs.link, self._config
        assert config is not None and self._ready is not None
        try:
            tls = client_context(config)
        except CarrierError as error:
            self._fail_start(str(error))
            return
        try:
            await self._open_transport(config, tls)
        except (OSError, ValueError) as error:
            self._fail_start(translate("Sip", "The SIP carrier cannot listen on port {port} "
                                              "({error}); set carrier.sip.local_port to a free "
                                              "port.").format(port=config.local_port,
                                                              error=str(error)))
            return
        for problem in config.problems():
            link.problem(problem)
        self._ready.set()
        link.spawn(link.resolve_routes())
        link.spawn(self._listen_tls(config))
        await self.jobs.account.start()

    def _fail_start(self, why: str) -> None:
        assert self._ready is not None
        self._broken = why
        self.jobs.link.problem(why)
        self._ready.set()

    async def _open_transport(self, config: SipConfig, tls: ssl.SSLContext | None) -> None:
        jobs = self.jobs
        link, account, outbound, inbound = jobs.link, jobs.account, jobs.outbound, jobs.inbound
        link.bind_to(config.local_address or await link.address_towards_proxy())
        local = (link.local_ip, config.local_port)
        transport: DatagramTransport | StreamTransport
        if config.transport == "udp":
            transport = DatagramTransport(local_addr=local)
            uac = Uac(transport, via_name="UDP")
        else:
            transport = StreamTransport(local_addr=local, tls=tls, trust=link.trust)
            uac = Uac(transport, via_name=transport.via_name,
                      contact_params=f";transport={config.transport}")
        uas = Uas(transport, uac=uac, trust=link.trust)
        uac.on_invite_response = self._invite_response
        uac.on_invite_retried = outbound.retried
        uac.defer_challenge = account.defer_challenge
        uas.on_invite = inbound.incoming
        uas.on_cancel = inbound.caller_cancelled
        uas.on_bye = self._far_end_hung_up
        uas.on_ack_timeout = inbound.no_ack
        uas.on_transfer_progress = jobs.in_dialog.transfer_progress
        await uas.start()
        link.uac, self._uas = uac, uas

    async def _listen_tls(self, config: SipConfig) -> None:
        """The TLS listener for inbound calls, when a certificate is set (see ``tls``); in the
        background, as its key's password may wait on the keyring."""
        assert self._uas is not None
        transport = self._uas.transport
        if not config.tls_certificate_file or not isinstance(transport, StreamTransport) \
                or transport.tls is None:
            return
        try:
            await transport.listen(await server_context(config))
        except CarrierError as error:
            self.jobs.link.problem(translate("Sip", "{error} Until then inbound TLS calls arrive "
                                                    "only over the connection to the proxy.")
                                   .format(error=str(error)))
        except OSError as error:
            self.jobs.link.problem(translate("Sip", "The TLS listener cannot open port {port} "
                                                    "({error}); set carrier.sip.local_port to a "
                                                    "free port.").format(
                port=config.local_port, error=str(error)))
        else:
            log.info("Listening for SIP over TLS")

    def _source_trusted(self, address: Address) -> bool:
        return self._uas is not None and self._uas.trusted(address)

    async def _reload_password(self) -> None:
        assert self._ready is not None
        await self._ready.wait()
        if not self._broken:
            await self.jobs.account.reload()

    async def _shutdown(self) -> None:
        jobs = self.jobs
        for call_id in list(jobs.outbound.calls) + list(jobs.inbound.calls):
            await self._hangup(call_id, report=False)
        await jobs.account.stop()
        # Let media close (sockets released) before the loop ends; give up on anything stuck
        pending = [task for task in jobs.link.tasks if task is not asyncio.current_task()]
        if pending:
            await asyncio.wait(pending, timeout=1.0)
        for task in pending:
            task.cancel()
        if self._uas is not None:
            await self._uas.stop()

    # ----- work that spans jobs -----

    async def _dial(self, call: OutboundCall) -> None:
        assert self._ready is not None
        await self._ready.wait()
        if self._broken:
            self.jobs.link.state(call.call_id, CallState.FAILED, self._broken)
            return
        await self.jobs.outbound.dial(call)

    async def _answer(self, call_id: str) -> None:
        await self.jobs.inbound.answer(call_id)

    async def _hangup(self, call_id: str, report: bool = True) -> None:
        jobs = self.jobs
        out = jobs.outbound.calls.get(call_id)
        if out is not None:
            jobs.outbound.hang_up(out)
        elif call_id in jobs.inbound.calls:
            jobs.inbound.hang_up(call_id)
        else:
            return
        if report:
            jobs.link.state(call_id, CallState.ENDED, translate("Sip", "You hung up."))

    async def _end_transferred(self, call_id: str) -> None:
        await self._hangup(call_id, report=False)

    def _invite_response(self, response: SipResponse) -> None:
        self.jobs.in_dialog.response(response)
        self.jobs.outbound.response(response)

    def _far_end_hung_up(self, sip: IncomingCall, _request: Any) -> None:
        """A BYE, on a call we placed or one we took."""
        jobs = self.jobs
        attempt = jobs.outbound.find(sip.call_id)
        if attempt is not None:
            jobs.outbound.far_end_hung_up(attempt)
            return
        call_id = jobs.inbound.find(sip.call_id)
        if call_id is not None:
            jobs.inbound.caller_hung_up(call_id)

    def _call_is_live(self, sip_call_id: str) -> bool:
        return self.jobs.outbound.is_live(sip_call_id)

    def _dialog_of(self, call_id: str) -> ConfirmedDialog | None:
        """The confirmed dialog of a connected call, where in-dialog requests go."""
        jobs = self.jobs
        out = jobs.outbound.calls.get(call_id)
        if out is not None and out.connected and out.attempt is not None:
            sip = out.attempt.sip
            return ConfirmedDialog(sip.dialog, sip.remote_addr, out.media, outbound=True)
        entry = jobs.inbound.calls.get(call_id)
        if entry is not None and entry.connected:
            return ConfirmedDialog(entry.sip.dialog, entry.sip.source_addr, entry.media,
                                   outbound=False)
        return None

    def _call_of(self, sip_call_id: str) -> str | None:
        """The core's call id for a SIP Call-ID, placed or taken."""
        attempt = self.jobs.outbound.find(sip_call_id)
        if attempt is not None:
            return attempt.outbound.call.call_id
        return self.jobs.inbound.find(sip_call_id)

    def _dialog_ended(self, sip_call_id: str) -> None:
        self.jobs.in_dialog.drop(sip_call_id)

    def _inbound_forgotten(self, sip_call_id: str) -> None:
        self.jobs.in_dialog.drop(sip_call_id)
        if self.jobs.link.uac is not None:
            self.jobs.link.uac.forget_inbound(sip_call_id)
        if self._uas is not None:
            self._uas.release(sip_call_id)
