"""Opening a connection to the shared store: the URI from ``callback.shared_store``, the
password from the keyring, TLS as the URI asks, and errors that name the setting to fix.

Never called on the dial path: the keyring and the network may both block.
"""

from __future__ import annotations

import psycopg

from softphone.blocks.secrets import SecretStoreError, get_secret
from softphone.blocks.text import joined, translate, verbatim
from softphone.callbacks.address import SETTING, StoreAddress, StoreUnavailable


def explain(error: BaseException, address: StoreAddress, timeout_s: float) -> str:
    """A sentence for the agent and admin: what failed, and which setting or secret to fix."""
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    lowered = text.lower()
    if isinstance(error, psycopg.errors.ConnectionTimeout) or "timeout" in lowered:
        reason: str = translate("CallbackStore", "{where} did not answer within {seconds} s").format(
            where=address.where, seconds=f"{timeout_s:g}")
        fix = translate("CallbackStore", "check that the database server is up and reachable "
                                         "from this workstation")
    elif "connection refused" in lowered:
        reason = translate("CallbackStore", "nothing accepts connections at {host}:{port}").format(
            host=address.host, port=address.port)
        fix = translate("CallbackStore", "start the database server, or correct the host and "
                                         "port in {setting}").format(setting=SETTING)
    elif "password authentication failed" in lowered or "no password supplied" in lowered:
        reason = translate("CallbackStore", "the database refused the password of {user}").format(
            user=address.user)
        fix = translate("CallbackStore", "store the right password in the keyring as {secret} "
                                         "(Settings › Emergency › Callback numbers, 'Shared store "
                                         "password')").format(secret=address.secret_name)
    elif "does not exist" in lowered:
        reason = text
        fix = translate("CallbackStore", "check the user and database name in {setting}").format(
            setting=SETTING)
    elif "certificate" in lowered or "ssl" in lowered:
        reason = translate("CallbackStore", "the TLS connection to {where} failed ({error})").format(
            where=address.where, error=text)
        fix = translate("CallbackStore", "check the server certificate and sslrootcert in "
                                         "{setting}").format(setting=SETTING)
    elif "could not translate host name" in lowered or "name or service not known" in lowered:
        reason = translate("CallbackStore", "the host name {host} is not known").format(
            host=address.host)
        fix = translate("CallbackStore", "check the host in {setting}").format(setting=SETTING)
    else:
        reason = verbatim(f"{address.where}: {text}")
        fix = translate("CallbackStore", "check {setting} and that the database server is "
                                         "running").format(setting=SETTING)
    return translate("CallbackStore", "The shared callback store cannot be used: {reason}; "
                                      "{fix}.").format(reason=reason, fix=fix)


def read_password(address: StoreAddress) -> tuple[str | None, str]:
    """The password from the keyring, or ``None`` and why not. A keyring that cannot be used
    does not stop the attempt: the URI may not need a password (client certificates, .pgpass)."""
    try:
        return get_secret(address.secret_name), ""
    except SecretStoreError as error:
        return None, str(error)
    except Exception as error:  # a keyring back end may raise anything; it is a boundary
        return None, translate("CallbackStore", "the keyring failed ({error})").format(
            error=f"{type(error).__name__}: {error}")


def connect(address: StoreAddress, timeout_s: float) -> psycopg.Connection:
    """A connection in autocommit mode, or ``StoreUnavailable`` saying what to fix."""
    password, keyring_problem = read_password(address)
    try:
        connection = psycopg.connect(
            address.uri, password=password or None, connect_timeout=max(1, round(timeout_s)),
            application_name="softphone", autocommit=True,
            # A statement pooler (pgbouncer in transaction mode) cannot keep prepared statements.
            prepare_threshold=None,
            keepalives=1, keepalives_idle=10, keepalives_interval=5, keepalives_count=3)
    except (psycopg.Error, OSError) as error:
        message = explain(error, address, timeout_s)
        if keyring_problem:
            message = joined([message, translate(
                "CallbackStore", "The password could not be read from the keyring: {error}")
                .format(error=keyring_problem)])
        raise StoreUnavailable(message) from error
    return connection
