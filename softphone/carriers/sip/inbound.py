"""Inbound calls: reading the INVITE, offering it to the core, and carrying out its answer.

The adapter does not decide routing: it reports every inbound INVITE to the core as an
``InboundOffer`` and the core answers with ``alert`` or ``refuse``. The only judgement made here
is the carrier's own mark: ``Priority: psap-callback`` (RFC 7090) flags a PSAP calling back.
Whether the call is addressed to a leased callback number is the core's check (it holds the
lease), so ``callee`` carries the dialled number.

A ringing call is one the core was offered and nobody answered yet. At most
``RINGING_LIMIT`` ring at once, and ordinary calls only up to ``ORDINARY_RINGING_LIMIT`` so that
room stays for PSAP callbacks; a call beyond that gets 486 Busy Here without reaching the core.
A call left ringing for ``carrier.sip.ring_timeout`` seconds gets 480 and ends. The PSAP mark
counts only from a trusted source (see ``trust``; the stack drops new calls from anyone else).

Refusals: busy → 486 Busy Here; do not disturb → 480 Temporarily Unavailable, because RFC 3261
reserves 486 for "the callee's end system was contacted but is busy", and a DND agent is
reachable later rather than busy now, which lets the carrier's voicemail or queue take over
the same way as for an absent agent; declined → 603 Decline; unavailable → 480.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aiosipua import IncomingCall, parse_sdp

from softphone.blocks.text import translate
from softphone.carriers.sip.link import Link
from softphone.carriers.sip.media import Media, MediaError, warm_up
from softphone.carriers.sip.stack import Address
from softphone.core.calls import CallState
from softphone.core.carrier import CarrierListener, InboundOffer, Refusal

log = logging.getLogger("carrier")

RINGING_LIMIT = 8
ORDINARY_RINGING_LIMIT = 4

REFUSAL_STATUS: dict[Refusal, tuple[int, str]] = {
    Refusal.BUSY: (486, "Busy Here"),
    Refusal.DO_NOT_DISTURB: (480, "Temporarily Unavailable"),
    Refusal.DECLINED: (603, "Decline"),
    Refusal.UNAVAILABLE: (480, "Temporarily Unavailable"),
}


@dataclass(frozen=True)
class InviteFacts:
    """What an inbound INVITE says about who calls whom, and whether a PSAP calls back."""

    caller: str
    callee: str
    psap_callback: bool


def user_part(uri_or_address: str) -> str:
    """``"PSAP" <sip:+15551230000@psap.example;user=phone>;tag=x`` → ``+15551230000``.

    Peer-supplied text: anything unexpected yields what can be read, never an exception.
    """
    text = uri_or_address.strip()
    text = text.split("<", 1)[1].split(">", 1)[0] if "<" in text else text.split(";", 1)[0]
    for scheme in ("sips:", "sip:", "tel:"):
        if text.lower().startswith(scheme):
            text = text[len(scheme):]
            break
    user = text.split("@", 1)[0] if "@" in text else text
    return user.split(";", 1)[0].strip()


def is_psap_callback(priority: str | None) -> bool:
    """RFC 7090: the ``psap-callback`` priority value, compared case-insensitively."""
    return priority is not None and priority.strip().lower() == "psap-callback"


def read_invite(from_header: str, to_header: str, asserted: str | None,
                priority: str | None) -> InviteFacts:
    """The caller (network-asserted identity first), the dialled number, and the PSAP mark."""
    caller = user_part(asserted) if asserted else ""
    return InviteFacts(caller or user_part(from_header), user_part(to_header),
                       is_psap_callback(priority))


@dataclass
class Inbound:
    """One inbound call, from its INVITE until it ends."""

    sip: IncomingCall
    media: Media | None = None
    alerted: bool = False
    connected: bool = False
    ring_timer: asyncio.TimerHandle | None = None


class InboundCalls:
    """Offers inbound INVITEs to the core and carries out its answer; lives on the adapter's
    loop."""

    def __init__(self, link: Link, listener: CarrierListener | None,
                 on_forgotten: Callable[[str], None],
                 trusted: Callable[[Address], bool]) -> None:
        self._trusted = trusted  # the source is a proxy, a trusted peer, or authenticated
        self._link = link
        self._listener = listener
        self._on_forgotten = on_forgotten  # by SIP Call-ID: anything else kept for the dialog
        self.calls: dict[str, Inbound] = {}
        self._by_sip: dict[str, str] = {}  # SIP Call-ID → the core's call id
        self._counter = itertools.count(1)

    def find(self, sip_call_id: str) -> str | None:
        """The core's call id for a SIP Call-ID, if the call is still here."""
        return self._by_sip.get(sip_call_id)

    def incoming(self, sip: IncomingCall) -> None:
        facts = read_invite(sip.invite.get_header("from") or "", sip.invite.get_header("to") or "",
                            sip.invite.get_header("p-asserted-identity"),
                            sip.invite.get_header("priority"))
        psap_callback = facts.psap_callback and self._trusted(sip.source_addr)
        ringing = sum(1 for entry in self.calls.values() if not entry.connected)
        if ringing >= (RINGING_LIMIT if psap_callback else ORDINARY_RINGING_LIMIT):
            log.warning("Refused an inbound call: %d calls are already ringing", ringing)
            sip.reject(486, "Busy Here")
            self._on_forgotten(sip.call_id)
            return
        call_id = f"sip-in-{next(self._counter)}-{uuid.uuid4().hex[:8]}"
        entry = self.calls[call_id] = Inbound(sip)
        self._by_sip[sip.call_id] = call_id
        entry.ring_timer = asyncio.get_running_loop().call_later(
            self._link.config.ring_timeout, self._unanswered, call_id)
        if self._listener is None:
            return
        try:
            self._listener.incoming_call(InboundOffer(call_id, facts.caller, facts.callee,
                                                      marked_psap_callback=psap_callback))
        except Exception:  # the core failed: refuse now rather than leave the caller hanging
            log.exception("the core could not take an inbound call")
            sip.reject(500, "Server Internal Error")
            self.forget(call_id)

    def alert(self, call_id: str) -> None:
        entry = self.calls.get(call_id)
        if entry is None or entry.alerted or entry.connected:
            return
        entry.alerted = True
        entry.sip.ringing()
        self._link.state(call_id, CallState.RINGING)
        self._link.spawn(warm_up())  # the 180 is out: answering will need the RTP library

    def refuse(self, call_id: str, refusal: Refusal) -> None:
        entry = self.calls.get(call_id)
        if entry is None or entry.connected:
            return
        status, phrase = REFUSAL_STATUS[refusal]
        entry.sip.reject(status, phrase)
        self.forget(call_id)

    async def answer(self, call_id: str) -> None:
        link = self._link
        entry = self.calls.get(call_id)
        if entry is None:
            link.state(call_id, CallState.FAILED, translate("Sip", "The caller has already "
                                                                   "hung up."))
            return
        if entry.connected:
            return
        policy = link.config.media_security
        try:
            media, answer = await Media.answering(link.local_ip, link.ports, entry.sip.sdp_offer,
                                                  use_srtp=policy != "off")
        except (MediaError, OSError, RuntimeError) as error:
            entry.sip.reject(488, "Not Acceptable Here")
            self.forget(call_id)
            link.state(call_id, CallState.FAILED, translate(
                "Sip", "The call could not be answered: {error}.").format(error=str(error)))
            return
        if call_id not in self.calls:  # the caller gave up while the port was opening
            await media.close()
            return
        entry.media, entry.connected = media, True
        if entry.ring_timer is not None:
            entry.ring_timer.cancel()
        entry.sip.accept(parse_sdp(answer))
        link.state(call_id, CallState.CONNECTED)
        if media.srtp is None and policy == "required":
            link.problem(translate("Sip", "This call's audio is not encrypted: the caller "
                                          "offered no usable SRTP key (an inbound call is never "
                                          "refused for it: it may be a PSAP calling back)."))
        try:  # after the 200 OK: the RTP library may still be loading (see ``media``)
            await media.connect_answered()
        except (MediaError, OSError) as error:  # a call without audio beats none: it may be
            link.problem(translate("Sip", "The call is connected but its audio failed: "  # a PSAP
                                          "{error}.").format(error=str(error)))
            return
        if not media.closed:
            media.start_audio(link.audio, call_id, link.problem)

    def _unanswered(self, call_id: str) -> None:
        entry = self.calls.get(call_id)
        if entry is None or entry.connected:
            return
        entry.sip.reject(480, "Temporarily Unavailable")
        self.forget(call_id)
        self._link.state(call_id, CallState.ENDED, translate(
            "Sip", "Nobody answered within {seconds} s; the caller was told to try later.")
            .format(seconds=f"{self._link.config.ring_timeout:g}"))

    def caller_cancelled(self, request: Any, _addr: Address) -> None:
        call_id = self._by_sip.get(request.call_id or "")
        if call_id is not None:
            self.forget(call_id)
            self._link.state(call_id, CallState.ENDED,
                             translate("Sip", "The caller hung up before the call was "
                                              "answered."))

    def no_ack(self, sip: IncomingCall) -> None:
        call_id = self._by_sip.get(sip.call_id)
        if call_id is not None:
            self.close(call_id)
            self._link.state(call_id, CallState.FAILED,
                             translate("Sip", "The caller's network never confirmed the answer; "
                                              "the call was lost."))

    def caller_hung_up(self, call_id: str) -> None:
        self.close(call_id)
        self._link.state(call_id, CallState.ENDED, translate("Sip", "The caller hung up."))

    def hang_up(self, call_id: str) -> None:
        """The agent ended the call: BYE once answered, 603 Decline while it rings."""
        entry = self.calls.get(call_id)
        if entry is None:
            return
        if entry.connected:
            entry.sip.hangup()
        else:
            entry.sip.reject(603, "Decline")
        self.close(call_id)

    def close(self, call_id: str) -> None:
        entry = self.calls.get(call_id)
        self.forget(call_id)
        if entry is not None and entry.media is not None:
            self._link.spawn(entry.media.close())

    def forget(self, call_id: str) -> None:
        entry = self.calls.pop(call_id, None)
        if entry is not None:
            if entry.ring_timer is not None:
                entry.ring_timer.cancel()
            self._by_sip.pop(entry.sip.call_id, None)
            self._on_forgotten(entry.sip.call_id)
