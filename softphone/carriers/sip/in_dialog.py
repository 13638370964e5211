"""Requests inside a connected call's dialog: hold and resume (re-INVITE), blind transfer (REFER)
and keypad tones (RFC 4733, on the media).

Hold sends one re-INVITE at a time (RFC 3261 §14.1): a change the agent asks for while one is
in flight is sent once it is answered. Over UDP the re-INVITE is retransmitted (Timer A), and a
far end silent for ``carrier.sip.no_answer_timeout`` gets it abandoned, so hold and resume never
get stuck behind a lost request.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from aiosipua import Dialog, SipRequest, SipResponse, parse_sdp

from softphone.blocks.text import translate
from softphone.carriers.sip.link import Link
from softphone.carriers.sip.media import Media, MediaError, offer_sdp
from softphone.carriers.sip.stack import Address, retransmissions
from softphone.core.calls import CallState


@dataclass(frozen=True)
class ConfirmedDialog:
    """Where a connected call's in-dialog requests go."""

    dialog: Dialog
    address: Address  # the far end's address for requests in this dialog
    media: Media | None
    outbound: bool  # we placed the call (else the far end did: requests go the other way)


@dataclass
class Reinvite:
    """A hold re-INVITE in flight on one dialog."""

    call_id: str  # the core's call id
    sent: bool  # the hold state the re-INVITE in flight asks for
    cseq: int  # its CSeq number
    wanted: bool  # the hold state the agent wants once it is answered
    timers: list[asyncio.TimerHandle] = field(default_factory=list)


class InDialogRequests:
    """Hold, transfer and keypad tones on connected calls; lives on the adapter's loop."""

    def __init__(self, link: Link, dialog_of: Callable[[str], ConfirmedDialog | None],
                 call_of: Callable[[str], str | None],
                 end_transferred: Callable[[str], Coroutine[Any, Any, None]]) -> None:
        self._link = link
        self._dialog_of = dialog_of  # the core's call id → its confirmed dialog
        self._call_of = call_of  # SIP Call-ID → the core's call id
        self._end_transferred = end_transferred  # hang up without reporting (we say why)
        self._reinviting: dict[str, Reinvite] = {}  # by SIP Call-ID

    # ----- hold -----

    def hold(self, call_id: str, held: bool) -> None:
        found = self._dialog_of(call_id)
        if found is None or found.media is None:
            self._link.problem(translate("Sip", "Only a connected call can be put on hold."))
            return
        pending = self._reinviting.get(found.dialog.call_id)
        if pending is not None:  # one INVITE at a time: send it after this one
            pending.wanted = held
            return
        self._send_hold(call_id, found, held)

    def _send_hold(self, call_id: str, found: ConfirmedDialog, held: bool) -> None:
        """A re-INVITE offering a=sendonly (hold) or a=sendrecv (resume), RFC 3264 §8.4."""
        link, uac, media = self._link, self._link.stack(), found.media
        assert media is not None
        sdp = parse_sdp(offer_sdp(link.local_ip, media.port, media.offer))
        assert sdp.audio is not None
        sdp.audio.attributes.pop("sendrecv", None)
        sdp.audio.attributes["sendonly" if held else "sendrecv"] = []
        if found.outbound:
            request = uac.send_reinvite(found.dialog, sdp, found.address)
        else:
            request = uac.reinvite_inbound(found.dialog, sdp, found.address)
        cseq = request.cseq.seq if request.cseq else 0
        pending = Reinvite(call_id, held, cseq, held)
        self._reinviting[found.dialog.call_id] = pending
        media.held = held  # no audio leaves while held, from now
        self._arm_timers(found.dialog.call_id, pending, request, found.address)

    def _arm_timers(self, sip_call_id: str, pending: Reinvite, request: SipRequest,
                    address: Address) -> None:
        """Over UDP, retransmit (Timer A); and never wait for ever: a far end silent for
        ``no_answer_timeout`` gets the request abandoned, so hold and resume stay usable."""
        transport, timeout = self._link.stack().transport, self._link.config.no_answer_timeout
        pending.timers = retransmissions(transport, timeout,
                                         partial(transport.send, request, address))
        pending.timers.append(asyncio.get_running_loop().call_later(
            timeout, self._unanswered, sip_call_id, pending))

    def drop(self, sip_call_id: str) -> Reinvite | None:
        """The dialog ended (or its re-INVITE was answered): stop its timers and forget it."""
        pending = self._reinviting.pop(sip_call_id, None)
        if pending is not None:
            for timer in pending.timers:
                timer.cancel()
        return pending

    def _unanswered(self, sip_call_id: str, pending: Reinvite) -> None:
        if self._reinviting.get(sip_call_id) is not pending:
            return
        self.drop(sip_call_id)
        found = self._dialog_of(pending.call_id)
        if found is None or found.media is None:
            return
        media = found.media
        media.held = not pending.sent
        seconds = f"{self._link.config.no_answer_timeout:g}"
        self._link.problem(translate("Sip", "The far end did not answer the request to hold the "
                                            "call within {seconds} s; it stays connected.")
                           .format(seconds=seconds) if pending.sent else
                           translate("Sip", "The far end did not answer the request to resume "
                                            "the call within {seconds} s; it stays on hold.")
                           .format(seconds=seconds))
        self._link.state(pending.call_id, CallState.ON_HOLD if media.held else CallState.CONNECTED)

    def response(self, response: SipResponse) -> None:
        """A hold re-INVITE got its final answer: report the state the far end agreed to, then
        send the state the agent asked for meanwhile, if it moved."""
        cseq = response.cseq
        pending = self._reinviting.get(response.call_id or "")
        if pending is None or cseq is None or cseq.seq != pending.cseq \
                or response.status_code < 200:
            return
        self.drop(response.call_id or "")
        found = self._dialog_of(pending.call_id)
        if found is None or found.media is None:
            return
        media = found.media
        if response.status_code < 300:
            self._link.state(pending.call_id,
                             CallState.ON_HOLD if pending.sent else CallState.CONNECTED)
        else:
            media.held = not pending.sent
            status = f"{response.status_code} {response.reason_phrase}"
            self._link.problem(translate("Sip", "The far end refused to hold the call ({status}); "
                                                "it stays connected.").format(status=status)
                               if pending.sent else
                               translate("Sip", "The far end refused to resume the call "
                                                "({status}); it stays on hold.").format(
                                   status=status))
            self._link.state(pending.call_id,
                             CallState.ON_HOLD if media.held else CallState.CONNECTED)
        if media.held != pending.wanted:
            self._send_hold(pending.call_id, found, pending.wanted)

    # ----- transfer -----

    def transfer(self, call_id: str, target: str) -> None:
        found = self._dialog_of(call_id)
        if found is None:
            self._link.problem(translate("Sip", "Only a connected call can be transferred."))
            return
        uri = target if ":" in target else f"sip:{target}@{self._link.config.sip_domain}"
        self._link.stack().send_refer(found.dialog, uri, found.address)

    def transfer_progress(self, sip_call_id: str, status: int, reason: str) -> None:
        call_id = self._call_of(sip_call_id)
        if call_id is None or status < 200:
            return
        if status < 300:
            self._link.spawn(self._end_transferred(call_id))
            self._link.state(call_id, CallState.ENDED, translate("Sip", "The call was "
                                                                        "transferred."))
        else:
            self._link.problem(translate("Sip", "The transfer failed ({status}); the call is "
                                                "still yours.").format(
                status=f"{status} {reason}"))

    # ----- keypad tones -----

    def dtmf(self, call_id: str, digits: str) -> None:
        found = self._dialog_of(call_id)
        if found is None or found.media is None:
            self._link.problem(translate("Sip", "Keypad tones need a connected call with "
                                                "audio."))
            return
        try:
            found.media.send_dtmf(digits)
        except MediaError as error:
            self._link.problem(translate("Sip", "The keypad tones were not sent: {error}.")
                               .format(error=str(error)))
