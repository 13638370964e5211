"""What an outbound INVITE says: Request-URI, identity, priority and location (RFC 6442).

An emergency call addresses the answering point in the form the carrier expects (``911@domain``,
``tel:911`` or the RFC 5031 service URN), asserts the callback number (P-Asserted-Identity or
From), may carry ``Priority: emergency``, and takes its location along: a ``Geolocation`` header
pointing by Content-ID at a PIDF-LO body part beside the SDP in a ``multipart/mixed`` body, plus
``Geolocation-Routing: yes`` so that proxies may route on it. The PIDF-LO itself comes from the
location subsystem; this module only places it.

Everything here is pure: the adapter turns an ``InviteContent`` into the SIP library's request.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from softphone.blocks.text import translate
from softphone.carriers.sip.config import SipConfig
from softphone.core.calls import CallKind
from softphone.core.carrier import OutboundCall
from softphone.location.pidf import CONTENT_TYPE as PIDF_CONTENT_TYPE

SOS_URN = "urn:service:sos"

# What the agent must know about an INVITE, as a function that says it: called once the INVITE
# has left, so that no words are made while the call is dialled.
Note = Callable[[], str]


@dataclass(frozen=True)
class InviteContent:
    """An INVITE's addresses, headers and body, built before it is sent."""

    request_uri: str
    from_uri: str
    to_uri: str
    headers: tuple[tuple[str, str], ...]
    content_type: str
    body: bytes
    notes: tuple[Note, ...] = field(default=())  # what the agent must know about this INVITE


def _sip_uri(user: str, domain: str, *, phone: bool = False) -> str:
    return f"sip:{user}@{domain}" + (";user=phone" if phone else "")


def request_uri(config: SipConfig, call: OutboundCall) -> str:
    """The Request-URI (and To) for ``call``: the configured form for emergency calls only."""
    if call.kind is CallKind.EMERGENCY:
        if config.request_uri == "tel":
            return f"tel:{call.number}"
        if config.request_uri == SOS_URN:
            return SOS_URN
    return _sip_uri(call.number, config.sip_domain)


def multipart_mixed(sdp: str, pidf_lo: str, content_id: str) -> tuple[str, bytes]:
    """The RFC 6442 body: SDP first, then the PIDF-LO part named by ``content_id``."""
    boundary = f"loc-{uuid.uuid4().hex}"
    parts = (
        f"--{boundary}\r\nContent-Type: application/sdp\r\n\r\n{sdp.rstrip()}\r\n"
        f"--{boundary}\r\nContent-Type: {PIDF_CONTENT_TYPE}\r\n"
        f"Content-ID: <{content_id}>\r\n\r\n{pidf_lo.strip()}\r\n"
        f"--{boundary}--\r\n"
    )
    return f"multipart/mixed;boundary={boundary}", parts.encode("utf-8")


def build_invite_content(config: SipConfig, call: OutboundCall, sdp: str,
                         pidf_lo: str | None, location_problem: str = "") -> InviteContent:
    """Everything call-specific in the INVITE for ``call``.

    ``pidf_lo`` is the location document for emergency and test calls, or ``None`` when there is
    none; ``location_problem`` then says why ("" when no location is known), and becomes a note
    for the agent.
    """
    domain = config.sip_domain
    own = call.caller_id or config.caller_id or config.user or "anonymous"
    target = request_uri(config, call)
    headers: list[tuple[str, str]] = []
    notes: list[Note] = []
    from_user = own
    asserts_callback = call.kind in (CallKind.EMERGENCY, CallKind.TEST)
    if asserts_callback and call.callback_number:
        if config.identity_header == "from":
            from_user = call.callback_number
        else:
            headers.append(("P-Asserted-Identity",
                            f"<{_sip_uri(call.callback_number, domain, phone=True)}>"))
    elif asserts_callback:
        notes.append(_no_callback_number)
    if call.kind is CallKind.EMERGENCY and config.priority_header:
        headers.append(("Priority", "emergency"))

    content_type, body = "application/sdp", sdp.encode("utf-8")
    if asserts_callback:
        if pidf_lo is not None:
            content_id = f"loc-{uuid.uuid4().hex}@{domain}"
            headers.append(("Geolocation", f"<cid:{content_id}>"))
            headers.append(("Geolocation-Routing", "yes"))
            content_type, body = multipart_mixed(sdp, pidf_lo, content_id)
        else:
            notes.append(partial(_no_location, location_problem))
    return InviteContent(target, _sip_uri(from_user, domain), target, tuple(headers),
                         content_type, body, tuple(notes))


def _no_callback_number() -> str:
    return translate("Sip", "No callback number was available to assert on the call.")


def _no_location(problem: str) -> str:
    return translate("Sip", "The call went without a location: {reason}.").format(
        reason=problem or translate("Sip", "no location is known yet"))
