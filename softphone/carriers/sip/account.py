"""The SIP account: the digest password from the keyring, and the registration with the registrar.

The password is read off the loop (a keyring may block on an unlock prompt). Calls never wait
for it: only a digest challenge does, for at most ``PASSWORD_WAIT_S``, so a locked keyring can
delay a route's answer to a challenge but never hold an emergency call. A password the admin
saves later is used from the next challenge on (``reload``), and a registration the registrar
refused is tried again with it.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
from collections.abc import Callable

from aiosipua import Registration, RegistrationState, SipResponse
from aiosipua.auth import SipDigestAuth

from softphone.blocks.secrets import SecretStoreError, get_secret
from softphone.blocks.text import translate
from softphone.carriers.sip.link import Link
from softphone.carriers.sip.stack import Address, StreamTransport, sent_credentials

log = logging.getLogger("carrier")

PASSWORD_WAIT_S = 3.0  # how long a digest challenge waits for a keyring still being read
UNREGISTER_SECONDS = 1.0  # at shutdown, within the adapter's STOP_SECONDS


class Account:
    """The credentials and the registration; lives on the adapter's loop."""

    def __init__(self, link: Link, call_is_live: Callable[[str], bool]) -> None:
        self._link = link
        self._call_is_live = call_is_live  # by SIP Call-ID: an outbound call still wants it
        self.auth: SipDigestAuth | None = None
        # Set once the keyring answered (or refused); a challenge that comes first waits for it.
        self._password_read: asyncio.Event | None = None
        self._registration: Registration | None = None

    async def start(self) -> None:
        config = self._link.config
        if config.user:
            await self._read_password()
        if config.register:
            await self._register()

    # ----- the password -----

    async def _read_password(self) -> None:
        """The digest password, read off the loop; only a challenge waits for it (see
        ``defer_challenge``)."""
        if self._password_read is None:
            self._password_read = asyncio.Event()
        self._password_read.clear()
        try:
            await self._fetch_password()
        finally:
            self._password_read.set()

    async def _fetch_password(self) -> None:
        config = self._link.config
        loop = asyncio.get_running_loop()
        try:
            password = await loop.run_in_executor(None, get_secret, config.secret_name)
        except SecretStoreError as error:
            self._link.problem(translate("Sip", "The SIP password cannot be read: {error}")
                               .format(error=str(error)))
            return
        if not password:
            self._link.problem(translate("Sip", "No SIP password is stored for {secret}: store "
                                                "it with the settings dialog, or clear "
                                                "carrier.sip.user for a trunk that authenticates "
                                                "by address.").format(secret=config.secret_name))
            return
        self.auth = SipDigestAuth(config.user, password)
        log.info("Read the SIP password from the keyring")

    async def reload(self) -> None:
        """The admin stored a (new) password: use it from the next challenge on, and register
        again if the registrar refused the old one. The keyring entry's name is the one the
        adapter started with; other SIP settings still take a restart."""
        config = self._link.config
        if not config.user:
            return
        await self._read_password()
        registration = self._registration
        if registration is not None:
            registration.auth = self.auth
        if config.register and self.auth is not None and (
                registration is None or registration.state is not RegistrationState.REGISTERED):
            await self._register()

    def defer_challenge(self, response: SipResponse, addr: Address) -> bool:
        """A digest challenge that came before the keyring gave the password (just after
        start-up, or a keyring waiting to be unlocked) waits for it instead of failing."""
        if self._password_read is None or self._password_read.is_set():
            return False
        self._link.spawn(self._answer_when_password_known(response, addr))
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
            self._link.problem(translate("Sip", "The keyring did not give the SIP password "
                                                "within {seconds} s (is it locked?).").format(
                seconds=f"{PASSWORD_WAIT_S:g}"))
        live = self._call_is_live(response.call_id or "")
        self._link.stack().resume_challenge(response, addr, self.auth if live else None)

    def answered_with(self, status: int, reason: str, sent_password: bool) -> str:
        """What a registrar's or proxy's refusal means, as a phrase that says what to do."""
        name, what = self._link.config.secret_name, f"{status} {reason}".rstrip()
        if status in (401, 403, 407) and sent_password:
            return translate("Sip", "refused the SIP password stored for {secret} ({status}): "
                                    "enter the right one under Settings › Carrier › SIP "
                                    "password").format(secret=name, status=what)
        if status in (401, 407):
            return translate("Sip", "wants a password ({status}) and none is stored for "
                                    "{secret}: enter it under Settings › Carrier › SIP "
                                    "password").format(secret=name, status=what)
        return translate("Sip", "answered {status}").format(status=what)

    # ----- the registration -----

    async def _register(self) -> None:
        link, config = self._link, self._link.config
        uac = link.stack()
        registrar = config.proxy or config.direct_offer_proxy
        if registrar is None:
            link.problem(translate("Sip", "Registration is on but no proxy is set; set "
                                          "carrier.sip.proxy."))
            return
        try:
            address = await link.resolve(registrar)
        except OSError as error:
            link.problem(translate("Sip", "Registration is on but the registrar {host} cannot "
                                          "be found ({error}); check carrier.sip.proxy and the "
                                          "network.").format(host=registrar.host,
                                                             error=str(error)))
            return
        if isinstance(uac.transport, StreamTransport):
            try:
                async with asyncio.timeout(config.no_answer_timeout):
                    await uac.transport.connect(address, registrar.host)
            except (OSError, ssl.SSLError, TimeoutError) as error:
                link.problem(translate("Sip", "The registrar {host} cannot be reached over "
                                              "{transport} ({error}); inbound calls, PSAP "
                                              "callbacks too, may not reach this softphone.")
                             .format(host=registrar.host, transport=config.transport.upper(),
                                     error=str(error) or translate("Sip", "timed out")))
                return
        registration = Registration(uac, f"sip:{config.user}@{config.sip_domain}",
                                    address, expires=config.register_expires, auth=self.auth,
                                    contact_uri=uac.contact(config.user)[1:-1])
        registration.on_registered = lambda _r: log.info("Registered with the SIP registrar")
        registration.on_failed = lambda r, status, reason: link.problem(translate(
            "Sip", "The registrar {host} {what}. Until this is fixed, inbound calls, PSAP "
                   "callbacks too, may not reach this softphone.").format(
            host=registrar.host, what=self.answered_with(status, reason, sent_credentials(r))))
        registration.on_expired = lambda _r: link.problem(translate(
            "Sip", "The registration with {host} lapsed; inbound calls may not arrive.").format(
            host=registrar.host))
        registration.register()
        self._registration = registration

    async def stop(self) -> None:
        """Remove the binding, and give the registrar a moment to confirm before the connection
        (TCP, TLS) closes under its answer."""
        registration = self._registration
        if registration is None:
            return
        registration.unregister()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + UNREGISTER_SECONDS
        while registration.state is not RegistrationState.UNREGISTERED and loop.time() < deadline:
            await asyncio.sleep(0.01)
