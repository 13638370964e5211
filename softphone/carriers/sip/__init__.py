"""The production carrier: a SIP trunk through a proxy or session border controller.

Library choice. Three Python SIP stacks were tried against SIPp here:

* ``aiosipua`` 0.7.1 + ``aiortp`` 0.8.0 (chosen): pure Python on asyncio, typed, MIT, wheels for
  every platform the softphone ships on. Calls both ways, custom headers, digest auth, REGISTER,
  REFER, re-INVITE, RFC 4733 events and G.711 with numpy tables. What it lacks is wrapped in
  ``stack``: arbitrary (multipart) INVITE bodies and Request-URIs other than the To URI, ACKs for
  non-2xx final responses, UDP INVITE retransmission (Timer A), the remote
  target from a 2xx, a clean UDP start on Python 3.11, TLS, and ignoring retransmitted INVITEs.
* ``baresip-python`` 0.5.2a3: a C stack in alpha; its ``dial`` takes headers but no request body
  (so no PIDF-LO beside the SDP), inbound headers must be allow-listed in advance, it bundles
  OpenSSL 1.1.1k (out of support) and has no Windows wheels.
* ``pyVoIP`` 1.6.8: UDP only, and it sends every reply to the configured server instead of the
  Via address, so inbound calls from a trunk fail.

TLS: SIP over TLS to the proxy with the proxy's certificate verified against the system's CAs
or ``carrier.sip.tls_ca_file`` (Python's ``ssl``), and a TLS listener for inbound calls when a
certificate is configured (``tls``).
SRTP: aiortp has none, so ``srtp`` adds it under aiortp's sockets with libsrtp (``pylibsrtp``,
the binding aiortc uses), keyed by SDES; G.722 comes from aiortp's optional ``g722`` codec.

Importing this package is cheap: ``SipCarrier`` (and with it the SIP and RTP libraries, ~0.3 s)
loads on first use, so the settings dialog can read ``config`` without slowing the app's start on
another carrier.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from softphone.carriers.sip.adapter import SipCarrier

__all__ = ["SipCarrier"]


def __getattr__(name: str) -> Any:
    if name == "SipCarrier":
        from softphone.carriers.sip.adapter import SipCarrier

        return SipCarrier
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
