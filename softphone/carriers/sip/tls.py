"""TLS for SIP: verifying the proxy (client side), and this softphone's own certificate for the
TLS listener that takes inbound calls (server side).

The listener's key may be encrypted; its password is never a setting: it is read from the
keyring (``sip-tls-key:<key file>``) off the loop, in the background, so a keyring waiting to be
unlocked delays the listener, never a call. Without a certificate there is no listener, and
inbound calls over TLS arrive only on the softphone's own connection to the proxy.

A peer that connects to the listener is taken if its address is trusted (see ``trust``) or if
it shows a client certificate signed by ``carrier.sip.tls_ca_file`` (a company CA; the system's
CAs would let any web server's certificate in, so they are never used for this).
"""

from __future__ import annotations

import asyncio
import ssl
from pathlib import Path

from softphone.blocks.secrets import SecretStoreError, get_secret
from softphone.blocks.text import translate
from softphone.carriers.sip.config import SipConfig
from softphone.core.carrier import CarrierError


def client_context(config: SipConfig) -> ssl.SSLContext | None:
    """The proxy's certificate is verified against the system's CAs or the configured file."""
    if config.transport != "tls":
        return None
    try:
        return ssl.create_default_context(cafile=config.tls_ca_file or None)
    except (OSError, ssl.SSLError) as error:
        raise CarrierError(translate("Sip", "The CA file {file} cannot be used to verify the SIP "
                                            "proxy ({error}); fix carrier.sip.tls_ca_file or "
                                            "empty it to use the system's certificate "
                                            "authorities.").format(
            file=config.tls_ca_file, error=str(error))) from error


def _encrypted(key_file: str) -> bool:
    try:
        return b"ENCRYPTED" in Path(key_file).read_bytes()[:4096]
    except OSError:
        return False  # reported when the key is loaded


async def server_context(config: SipConfig) -> ssl.SSLContext:
    """The listener's TLS context; ``CarrierError`` says which file or password to fix."""
    certificate, key = config.tls_certificate_file, config.tls_key_file or None
    password = ""
    if key is not None and _encrypted(key):
        try:
            found = await asyncio.get_running_loop().run_in_executor(
                None, get_secret, config.tls_key_secret_name)
        except SecretStoreError as error:
            raise CarrierError(translate("Sip", "The TLS listener's key password cannot be read: "
                                                "{error}").format(error=str(error))) from None
        if not found:
            raise CarrierError(translate("Sip", "The TLS key {file} is encrypted and no password "
                                                "is stored as {secret}: store it in the keyring "
                                                "(see the README), or use an unencrypted key.")
                               .format(file=key, secret=config.tls_key_secret_name))
        password = found
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    try:
        context.load_cert_chain(certificate, key, password=lambda: password.encode())
    except ssl.SSLError as error:  # before OSError, which it is a kind of
        if "KEY_VALUES_MISMATCH" in str(error):
            why: str = translate("Sip", "the key does not belong to the certificate")
        elif password and ("BAD_DECRYPT" in str(error) or "bad decrypt" in str(error)):
            why = translate("Sip", "the password stored as {secret} does not open the key")\
                .format(secret=config.tls_key_secret_name)
        else:
            why = translate("Sip", "they are not a PEM certificate and key ({error})").format(
                error=str(error.reason or error))
        raise CarrierError(translate("Sip", "The TLS listener cannot use its certificate: "
                                            "{error}. Fix carrier.sip.tls_certificate_file and "
                                            "carrier.sip.tls_key_file.").format(error=why)
                           ) from None
    except OSError as error:
        raise CarrierError(translate("Sip", "The TLS certificate or key cannot be read "
                                            "({error}); fix carrier.sip.tls_certificate_file and "
                                            "carrier.sip.tls_key_file.").format(
            error=str(error.strerror or error))) from None
    if config.tls_ca_file:
        context.verify_mode = ssl.CERT_OPTIONAL  # a client certificate is a way in, not a must
        try:
            context.load_verify_locations(config.tls_ca_file)
        except (OSError, ssl.SSLError) as error:
            raise CarrierError(translate("Sip", "The CA file {file} cannot be used to check "
                                                "callers' certificates ({error}); fix "
                                                "carrier.sip.tls_ca_file.").format(
                file=config.tls_ca_file, error=str(error))) from None
    return context
