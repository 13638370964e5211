"""A one-off registration with SIP settings an admin is editing: the round trip that proves the
proxy, the transport, the TLS certificate, the user and the password together.

It runs beside the running carrier without touching it: its own event loop (on the caller's
thread, a background thread of the settings dialog), its own ephemeral port, a REGISTER with a
short expiry, and at once the un-REGISTER of that test binding, so inbound calls keep going to
the running softphone. The outcome is a sentence that says what to fix.

The SIP stack is imported when a test runs, not with this module: the settings dialog imports
it, and a softphone on another carrier must not load the SIP stack at start (cold start).
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
from dataclasses import dataclass
from typing import TYPE_CHECKING

from softphone.blocks.text import translate
from softphone.carriers.sip.config import SipConfig
from softphone.core.carrier import CarrierError

if TYPE_CHECKING:
    from softphone.carriers.sip.stack import Address, Uac

PROBE_EXPIRES = 60  # the shortest binding most registrars accept
UNREGISTER_WAIT = 2.0


@dataclass(frozen=True)
class ProbeResult:
    registered: bool
    message: str


def try_registration(config: SipConfig, password: str | None,
                     timeout: float = 5.0) -> ProbeResult:
    """Register once with ``config`` and ``password`` (``None``: none stored) and unregister.
    Blocks for at most about ``timeout`` plus the un-REGISTER; never raises."""
    try:
        return asyncio.run(_probe(config, password, timeout))
    except CarrierError as error:
        return ProbeResult(False, str(error))
    except (OSError, ValueError) as error:
        return ProbeResult(False, translate("Sip", "The registration test could not start "
                                                   "({error}).").format(error=str(error)))


async def _probe(config: SipConfig, password: str | None, timeout: float) -> ProbeResult:
    from aiosipua import SipResponse

    from softphone.carriers.sip.stack import DatagramTransport, StreamTransport, Uac, address_towards
    from softphone.carriers.sip.tls import client_context

    registrar = config.proxy or config.direct_offer_proxy
    if registrar is None:
        return ProbeResult(False, translate("Sip", "No proxy is set: enter the SIP proxy / SBC "
                                                   "first."))
    if not config.user:
        return ProbeResult(False, translate("Sip", "No SIP user is set: a registration needs one "
                                                   "(trunks that authenticate by address do not "
                                                   "register)."))
    tls = client_context(config)
    loop = asyncio.get_running_loop()
    try:
        found = await loop.getaddrinfo(registrar.host, registrar.port, type=socket.SOCK_DGRAM)
    except OSError as error:
        return ProbeResult(False, translate("Sip", "The proxy {host} cannot be found ({error}); "
                                                   "check its name and the network.").format(
            host=registrar.host, error=str(error)))
    address = (str(found[0][4][0]), int(found[0][4][1]))
    local = (config.local_address or address_towards(address), 0)
    transport: DatagramTransport | StreamTransport
    if config.transport == "udp":
        transport = DatagramTransport(local_addr=local)
        uac = Uac(transport, via_name="UDP")
    else:
        transport = StreamTransport(local_addr=local, tls=tls)
        uac = Uac(transport, via_name=transport.via_name,
                  contact_params=f";transport={config.transport}")
    transport.on_message = lambda message, addr: (
        uac.handle_response(message, addr) if isinstance(message, SipResponse) else None)
    await transport.start()
    where = translate("Sip", "{registrar} over {transport}").format(
        registrar=str(registrar), transport=config.transport.upper())
    try:
        if isinstance(transport, StreamTransport):
            try:
                async with asyncio.timeout(timeout):
                    await transport.connect(address, registrar.host)
            except (OSError, TimeoutError) as error:
                return ProbeResult(False, translate(
                    "Sip", "{where} cannot be reached ({error}); check the proxy, the transport "
                           "and the firewall.").format(
                    where=where, error=str(error) or translate("Sip", "timed out")))
        return await _register(uac, config, address, password, where, timeout)
    finally:
        uac.close()
        with contextlib.suppress(OSError):
            await transport.stop()


async def _register(uac: Uac, config: SipConfig, address: Address, password: str | None,
                    where: str, timeout: float) -> ProbeResult:
    from aiosipua import Registration, RegistrationState
    from aiosipua.auth import SipDigestAuth

    outcome: asyncio.Future[tuple[int, str]] = asyncio.get_running_loop().create_future()
    auth = SipDigestAuth(config.user, password) if password else None
    registration = Registration(uac, f"sip:{config.user}@{config.sip_domain}", address,
                                expires=PROBE_EXPIRES, auth=auth,
                                contact_uri=uac.contact(config.user)[1:-1])

    def answered(status: int, reason: str) -> None:
        if not outcome.done():
            outcome.set_result((status, reason))

    registration.on_registered = lambda _r: answered(200, "OK")
    registration.on_failed = lambda _r, status, reason: answered(status, reason)
    registration.register()
    try:
        status, reason = await asyncio.wait_for(outcome, timeout)
    except TimeoutError:
        registration.unregister()  # stops its retransmissions and refreshes
        return ProbeResult(False, translate("Sip", "{where} did not answer within {seconds} s; "
                                                   "check the proxy, the transport and the "
                                                   "firewall.").format(
            where=where, seconds=f"{timeout:g}"))
    if status < 300:
        registration.unregister()
        deadline = asyncio.get_running_loop().time() + UNREGISTER_WAIT
        while (registration.state is not RegistrationState.UNREGISTERED
               and asyncio.get_running_loop().time() < deadline):
            await asyncio.sleep(0.01)
        return ProbeResult(True, translate("Sip", "Registered as {user} with {where}, then "
                                                  "removed the test registration.").format(
            user=f"{config.user}@{config.sip_domain}", where=where))
    what = f"{status} {reason}".rstrip()
    if status in (401, 403, 407) and auth is not None:
        return ProbeResult(False, translate("Sip", "{where} refused the password ({status}); "
                                                   "check the SIP user and type the password "
                                                   "again.").format(where=where, status=what))
    if status in (401, 407):
        return ProbeResult(False, translate("Sip", "{where} wants a password ({status}); type it "
                                                   "in SIP password.").format(where=where,
                                                                             status=what))
    return ProbeResult(False, translate("Sip", "{where} answered {status}.").format(
        where=where, status=what))

