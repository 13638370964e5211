"""Who may send this softphone SIP requests: its proxies, its registrar and the peers it trusts.

Anyone who can reach the SIP port could otherwise ring the agent, and ring through Do not disturb
with ``Priority: psap-callback``. So a request that opens something (a call, a REFER, an OPTIONS)
is taken only from the address of a configured proxy (``carrier.sip.proxy``, ``fallback_proxy``,
``direct_offer_proxy``; the registrar is the proxy) or of a trusted peer
(``carrier.sip.trusted_peers``: addresses, networks such as ``192.0.2.0/24``, or host names).
Requests inside a dialog the softphone already has (a BYE, a re-INVITE: Call-ID and tags match)
are taken from anywhere, because only the dialog's parties know those values. Responses match
only transactions the softphone started. Everything else is dropped without an answer, so a
scanner learns nothing and a flood costs one parse per packet; the drops are counted and logged
once a minute, and the agent is told once that requests were ignored.

Trust is by source address, checked per packet over UDP and per connection over TCP and TLS.
Over UDP a source address can be forged on the local network; the ringing-call cap and the ring
timeout (see ``inbound``) bound what a forged flood can do.
"""

from __future__ import annotations

import ipaddress
import logging
import time
from collections.abc import Callable

log = logging.getLogger("carrier")

REPORT_EVERY_S = 60.0

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_peer(text: str) -> Network | str:
    """An address or network (as a network), or a host name to resolve (as text)."""
    try:
        return ipaddress.ip_network(text.strip(), strict=False)
    except ValueError:
        return text.strip()


def _address(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        address = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


class Trust:
    """The set of trusted sources; grows as configured host names resolve."""

    def __init__(self, peers: tuple[str, ...], on_first_drop: Callable[[], None]) -> None:
        self._networks: list[Network] = []
        self.names: list[str] = []  # host names still to resolve (``learn`` their addresses)
        for peer in peers:
            parsed = parse_peer(peer)
            if isinstance(parsed, str):
                self.names.append(parsed)
            else:
                self._networks.append(parsed)
        self._on_first_drop = on_first_drop
        self._dropped = 0  # since the last log line
        self._told = False
        self._last_report = 0.0

    def learn(self, host: str) -> None:
        """Trust ``host`` (a resolved proxy, registrar or trusted peer) from now on."""
        address = _address(host)
        if address is not None and not self.trusts(host):
            self._networks.append(ipaddress.ip_network(address))

    def trusts(self, host: str) -> bool:
        address = _address(host)
        return address is not None and any(address in network for network in self._networks)

    def dropped(self, what: str) -> None:
        """A request (or connection) from an untrusted source was dropped: count it, log at most
        once a minute, and tell the agent the first time."""
        self._dropped += 1
        now = time.monotonic()
        if now - self._last_report >= REPORT_EVERY_S:
            log.warning("Ignored %d SIP %s from addresses that are not a configured proxy, "
                        "registrar or trusted peer (carrier.sip.trusted_peers)", self._dropped,
                        what)
            self._dropped, self._last_report = 0, now
        if not self._told:
            self._told = True
            self._on_first_drop()
