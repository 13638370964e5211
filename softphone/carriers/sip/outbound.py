"""Outbound calls: the route walk, one INVITE transaction per route, and the far end's answers.

A call walks its route plan (see ``routing``): a route that answers 3xx–6xx, or stays silent for
``carrier.sip.no_answer_timeout`` seconds, is left and the next one is tried at once, and the
agent sees why. Each route gets one INVITE transaction (over UDP retransmitted per RFC 3261
Timer A, the same request, never a new call); a route that was left and answers late is
cancelled or hung up, so the answering point never gets two live emergency calls.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from aiosipua import OutgoingCall, SipResponse

from softphone.blocks.text import english, translate
from softphone.carriers.sip.account import Account
from softphone.carriers.sip.invite import InviteContent, build_invite_content
from softphone.carriers.sip.link import Link
from softphone.carriers.sip.media import (
    SECURE,
    Media,
    MediaError,
    Offer,
    answered_security,
    chosen_codec,
    offer_sdp,
    telephone_events,
    warm_up,
)
from softphone.carriers.sip.route_plan import Route, RoutePlan, plan_routes
from softphone.carriers.sip.srtp import CryptoError, Srtp
from softphone.carriers.sip.stack import (
    Address,
    StreamTransport,
    retransmissions,
    sent_credentials,
    use_credentials,
)
from softphone.core.calls import CallKind, CallState
from softphone.core.carrier import OutboundCall
from softphone.location.errors import LocationError
from softphone.location.pidf import build_pidf_lo

log = logging.getLogger("carrier")


@dataclass
class Outbound:
    """One outbound call as the agent sees it, across the routes it tries."""

    call: OutboundCall
    plan: RoutePlan
    pidf: str | None = None  # the location document, for emergency and test calls
    location_problem: str = ""  # why there is none
    media: Media | None = None
    attempt: Attempt | None = None  # the route being tried, or the one that answered
    tried: int = 0
    ringing: bool = False
    connected: bool = False
    ended: bool = False
    last_failure: str = ""


@dataclass
class Attempt:
    """One route's INVITE transaction for an ``Outbound`` call (its own SIP Call-ID)."""

    outbound: Outbound
    route: Route
    sip: OutgoingCall
    offer: Offer  # the media security this route was offered
    responded: bool = False
    abandoned: bool = False  # we moved on; a late answer is cancelled or hung up
    cancelled: bool = False
    timers: list[asyncio.TimerHandle] = field(default_factory=list)

    @property
    def current(self) -> bool:
        """Still the live attempt of a call that has not ended."""
        return not (self.abandoned or self.outbound.ended)

    def stop_timers(self) -> None:
        for timer in self.timers:
            timer.cancel()
        self.timers.clear()


class OutboundCalls:
    """Places calls and follows them until they end; lives on the adapter's loop."""

    def __init__(self, link: Link, account: Account,
                 on_released: Callable[[str], None]) -> None:
        self._link = link
        self._account = account
        self._on_released = on_released  # by SIP Call-ID: anything else kept for the dialog
        self.calls: dict[str, Outbound] = {}
        self._attempts: dict[str, Attempt] = {}  # by SIP Call-ID

    def find(self, sip_call_id: str) -> Attempt | None:
        return self._attempts.get(sip_call_id)

    def is_live(self, sip_call_id: str) -> bool:
        attempt = self._attempts.get(sip_call_id)
        return attempt is not None and attempt.current

    # ----- dialling -----

    async def dial(self, call: OutboundCall) -> None:
        link = self._link
        plan = plan_routes(link.config, call.number)
        if not plan.routes:
            link.state(call.call_id, CallState.FAILED,
                       translate("Sip", "No SIP route is configured ({why}); set "
                                        "carrier.sip.proxy.").format(why=plan.why))
            return
        out = Outbound(call, plan)
        self.calls[call.call_id] = out
        try:
            out.media = await Media.bind(link.local_ip, link.ports)
        except (OSError, RuntimeError) as error:
            link.problem(translate("Sip", "No audio port could be opened ({error}); the call "
                                          "goes out without audio.").format(error=str(error)))
        out.pidf, out.location_problem = self._pidf(call)
        await self._try_next_route(out)

    def _pidf(self, call: OutboundCall) -> tuple[str | None, str]:
        if call.kind not in (CallKind.EMERGENCY, CallKind.TEST):
            return None, ""
        if call.location is None:
            return None, ""  # the note says so, once the INVITE has left
        config = self._link.config
        identity = call.callback_number or call.caller_id or config.user or "agent"
        try:
            return build_pidf_lo(call.location,
                                 entity=f"pres:{identity}@{config.sip_domain}"), ""
        except LocationError as error:
            return None, translate("Sip", "the location could not be encoded ({error})").format(
                error=str(error))

    def _content(self, out: Outbound, offer: Offer) -> InviteContent:
        """The INVITE for the next route: the same call, with that route's media offer."""
        link = self._link
        port = out.media.port if out.media is not None else 9
        return build_invite_content(link.config, out.call,
                                    offer_sdp(link.local_ip, port, offer), out.pidf,
                                    out.location_problem)

    def _offer(self, out: Outbound) -> Offer:
        """The media security offered to the route being tried (``carrier.sip.media_security``):
        "required" offers RTP/SAVP only, except on an emergency call's last route, which may go
        plain: the first rule outranks encryption."""
        policy = self._link.config.media_security
        if policy == "off":
            return Offer.plain()
        last = out.tried >= len(out.plan.routes)
        if policy == "required" and not (last and out.call.kind is CallKind.EMERGENCY):
            return Offer.mandatory()
        return Offer.best_effort()

    async def _try_next_route(self, out: Outbound) -> None:
        link = self._link
        uac = link.stack()
        while out.tried < len(out.plan.routes) and not out.ended:
            route = out.plan.routes[out.tried]
            out.tried += 1
            try:
                address = await link.resolve(route.endpoint)
                if isinstance(uac.transport, StreamTransport):
                    async with asyncio.timeout(link.config.no_answer_timeout):
                        await uac.transport.connect(address, route.endpoint.host)
            except (OSError, ssl.SSLError, TimeoutError) as error:
                self._route_failed(out, route, translate(
                    "Sip", "could not be reached ({error})").format(
                    error=str(error) or translate("Sip", "timed out")))
                continue
            if out.ended:
                return
            offer = self._offer(out)
            content = self._content(out, offer)
            sip = uac.send_content(content, address, self._account.auth)
            if out.tried == 1:  # said once the INVITE has left
                for note in content.notes:
                    link.problem(note())
            attempt = Attempt(out, route, sip, offer)
            out.attempt = attempt
            self._attempts[sip.call_id] = attempt
            sip.on_ringing = lambda _sip, attempt=attempt: self._ringing(attempt)
            sip.on_answer = lambda _sip, attempt=attempt: link.spawn(self._answered(attempt))
            sip.on_rejected = lambda _sip, status, reason, attempt=attempt: \
                self._rejected(attempt, status, reason)
            self._arm_timers(attempt, address)
            if out.media is not None:
                link.spawn(warm_up())  # the INVITE is out: the answer will need the RTP library
            return
        if not out.ended:
            out.ended = True
            link.state(out.call.call_id, CallState.FAILED, translate(
                "Sip", "Every configured SIP route failed (last: {failure}); call again, and if "
                       "it fails again use another phone.").format(failure=out.last_failure))
            self.release(out)

    def _arm_timers(self, attempt: Attempt, address: Address) -> None:
        """Timer A (UDP retransmission) and the route's silence limit."""
        uac, timeout = self._link.stack(), self._link.config.no_answer_timeout
        attempt.timers = retransmissions(uac.transport, timeout,
                                         partial(self._retransmit, attempt, address))
        attempt.timers.append(asyncio.get_running_loop().call_later(
            timeout, self._silent, attempt))

    def _retransmit(self, attempt: Attempt, address: Address) -> None:
        if not attempt.responded and not attempt.abandoned:
            self._link.stack().transport.send(attempt.sip.invite, address)

    def _silent(self, attempt: Attempt) -> None:
        if attempt.responded or not attempt.current:
            return
        self._leave(attempt)
        self._route_failed(attempt.outbound, attempt.route, translate(
            "Sip", "did not answer within {seconds} s").format(
            seconds=f"{self._link.config.no_answer_timeout:g}"))
        self._link.spawn(self._try_next_route(attempt.outbound))

    @staticmethod
    def _leave(attempt: Attempt) -> None:
        attempt.abandoned = True
        attempt.stop_timers()

    def _route_failed(self, out: Outbound, route: Route, what: str) -> None:
        remaining = out.plan.routes[out.tried:]
        if remaining:
            reason = translate("Sip", "{route} {what}; trying {next}.").format(
                route=route.subject(), what=what, next=remaining[0].describe())
            self._link.state(out.call.call_id, CallState.DIALING, reason)
        else:
            reason = translate("Sip", "{route} {what}; no other route is configured.").format(
                route=route.subject(), what=what)
        out.last_failure = translate("Sip", "{route} {what}").format(route=route.describe(),
                                                                     what=what)
        log.warning("SIP route %s failed: %s", route.endpoint.host, english(what))
        self._link.problem(reason)

    # ----- the far end's answers -----

    def response(self, response: SipResponse) -> None:
        """Any response to one of our INVITEs: the route is alive; stop retransmitting."""
        attempt = self._attempts.get(response.call_id or "")
        if attempt is None:
            return
        auth = self._account.auth
        if response.status_code in (401, 407) and auth is not None:
            use_credentials(attempt.sip, auth)  # the latest, should it be new since
        if not attempt.responded:
            attempt.responded = True
            attempt.stop_timers()
        if response.status_code < 200 and not attempt.current and not attempt.cancelled:
            attempt.cancelled = True  # a route we left (or a call hung up) came back
            attempt.sip.cancel(self._link.stack())

    def retried(self, sip: OutgoingCall) -> None:
        """The INVITE went again with credentials: a new transaction, retransmitted and timed
        like the first, so a proxy that goes silent after its challenge is still left in time."""
        attempt = self._attempts.get(sip.call_id)
        if attempt is not None and attempt.current:
            attempt.responded = False
            self._arm_timers(attempt, sip.remote_addr)

    def _ringing(self, attempt: Attempt) -> None:
        out = attempt.outbound
        if not attempt.current or out.ringing:
            return
        out.ringing = True
        self._link.state(out.call.call_id, CallState.RINGING)

    def _security(self, attempt: Attempt) -> Srtp | None:
        """The answer's SRTP, or ``CryptoError`` when a route cannot do what it was offered."""
        security = answered_security(attempt.offer, attempt.sip.sdp_answer)
        if security is None and attempt.offer.proto == SECURE:
            raise CryptoError(translate("Sip", "the far end answered without an SRTP key"))
        return security

    async def _answered(self, attempt: Attempt) -> None:
        out = attempt.outbound
        uac = self._link.stack()
        if not attempt.current:
            attempt.sip.hangup(uac)  # never two live calls to the answering point
            return
        try:
            security = self._security(attempt)
        except CryptoError as error:
            if out.tried < len(out.plan.routes) or out.call.kind is not CallKind.EMERGENCY:
                attempt.sip.hangup(uac)  # no audio is possible on it: leave it for the next
                self._leave(attempt)
                what = translate("Sip", "answered with SRTP that cannot be used ({error})")\
                    .format(error=str(error))
                if out.tried < len(out.plan.routes):
                    self._route_failed(out, attempt.route, what)
                    self._link.spawn(self._try_next_route(out))
                else:
                    out.ended = True
                    self._link.state(out.call.call_id, CallState.FAILED,
                                     translate("Sip", "{route} {what}.").format(
                                         route=attempt.route.subject(), what=what))
                    self.release(out)
                return
            # The emergency call's last route answered: keep the call (location and callback
            # number went with it) even though its audio cannot be decrypted.
            self._link.problem(translate(
                "Sip", "The emergency call is connected but has no audio: {route} answered with "
                       "SRTP that cannot be used ({error}). Stay on the line; the answering "
                       "point has your location and callback number.").format(
                route=attempt.route.describe(), error=str(error)))
            await self._connected(attempt, audio=False)
            return
        if security is None and attempt.offer.cryptos \
                and self._link.config.media_security == "required":
            self._link.problem(translate("Sip", "This emergency call's audio is not encrypted: "
                                                "no route could do SRTP, and an emergency call is "
                                                "never refused for it."))
        await self._connected(attempt, audio=True, security=security)

    async def _connected(self, attempt: Attempt, *, audio: bool,
                         security: Srtp | None = None) -> None:
        out = attempt.outbound
        out.connected = True
        # Connected at once: the RTP library may still be loading (see ``media``); keys pressed
        # meanwhile are sent once the session is made.
        self._link.state(out.call.call_id, CallState.CONNECTED)
        media = out.media
        if media is None or not audio:
            return
        try:
            payload_type, remote = chosen_codec(attempt.sip.sdp_answer)
            media.offer = Offer(attempt.offer.proto, (security.ours,)) \
                if security is not None else Offer.plain()
            await media.connect(remote, payload_type, telephone_events(attempt.sip.sdp_answer),
                                security)
        except (MediaError, OSError) as error:
            media.failure = str(error)
            self._link.problem(translate("Sip", "The call is connected but its audio failed: "
                                                "{error}.").format(error=str(error)))
            return
        if not (out.ended or media.closed):  # not hung up while the session was being made
            media.start_audio(self._link.audio, out.call.call_id, self._link.problem)

    def _rejected(self, attempt: Attempt, status: int, reason: str) -> None:
        attempt.stop_timers()
        if not attempt.current:
            return
        out = attempt.outbound
        self._leave(attempt)
        what = self._account.answered_with(status, reason, sent_credentials(attempt.sip))
        fall_back = out.call.kind in (CallKind.EMERGENCY, CallKind.TEST) or status >= 500 \
            or status in (401, 403, 407, 408) or (status == 488 and attempt.offer.proto == SECURE)
        if fall_back and out.tried < len(out.plan.routes):
            self._route_failed(out, attempt.route, what)
            self._link.spawn(self._try_next_route(out))
            return
        out.ended = True
        busy = status in (486, 600)
        self._link.state(out.call.call_id, CallState.FAILED,
                         translate("Sip", "The number is busy.") if busy else
                         translate("Sip", "{route} {what}.").format(
                             route=attempt.route.subject(), what=what))
        self.release(out)

    def far_end_hung_up(self, attempt: Attempt) -> None:
        out = attempt.outbound
        if out.attempt is attempt and not out.ended:
            out.ended = True
            self._link.state(out.call.call_id, CallState.ENDED,
                             translate("Sip", "The far end hung up."))
            self.release(out)

    # ----- ending -----

    def hang_up(self, out: Outbound) -> None:
        """The agent ended the call: BYE if connected, CANCEL if the route answered, else the
        route is left and cancelled when it does answer."""
        out.ended = True
        attempt = out.attempt
        if attempt is not None:
            uac = self._link.stack()
            if out.connected:
                attempt.sip.hangup(uac)
            elif attempt.responded and not attempt.cancelled:
                attempt.cancelled = True
                attempt.sip.cancel(uac)
            self._leave(attempt)
        self.release(out)

    def release(self, out: Outbound) -> None:
        """Forget the call at once (``has_call`` turns false); its media closes on the loop."""
        self.calls.pop(out.call.call_id, None)
        if out.attempt is not None:
            self._on_released(out.attempt.sip.call_id)
        if out.media is not None:
            self._link.spawn(out.media.close())
