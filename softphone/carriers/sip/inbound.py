"""Reading an inbound INVITE, and answering the core's refusals with the right SIP status.

The adapter does not decide routing: it reports every inbound INVITE to the core as an
``InboundOffer`` and the core answers with ``alert`` or ``refuse``. The only judgement made here
is the carrier's own mark: ``Priority: psap-callback`` (RFC 7090) flags a PSAP calling back.
Whether the call is addressed to a leased callback number is the core's check (it holds the
lease), so ``callee`` carries the dialled number.

Refusals: busy → 486 Busy Here; do not disturb → 480 Temporarily Unavailable, because RFC 3261
reserves 486 for "the callee's end system was contacted but is busy", and a DND agent is
reachable later rather than busy now, which lets the carrier's voicemail or queue take over
the same way as for an absent agent; declined → 603 Decline; unavailable → 480.
"""

from __future__ import annotations

from dataclasses import dataclass

from softphone.core.carrier import Refusal

REFUSAL_STATUS: dict[Refusal, tuple[int, str]] = {
    Refusal.BUSY: (486, "Busy Here"),
    Refusal.DO_NOT_DISTURB: (480, "Temporarily Unavailable"),
    Refusal.DECLINED: (603, "Decline"),
    Refusal.UNAVAILABLE: (480, "Temporarily Unavailable"),
}


@dataclass(frozen=True)
class InviteFacts:
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
