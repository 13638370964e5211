"""Opening a connection to the shared store: the URI from ``callback.shared_store``, the
password from the keyring, TLS as the URI asks, and errors that name the setting to fix.

Never called on the dial path: the keyring and the network may both block.
"""

from __future__ import annotations

import psycopg

from softphone.blocks.secrets import SecretStoreError, get_secret
from softphone.callbacks.address import SETTING, StoreAddress, StoreUnavailable


def explain(error: BaseException, address: StoreAddress, timeout_s: float) -> str:
    """A sentence for the agent and admin: what failed, and which setting or secret to fix."""
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    lowered = text.lower()
    if isinstance(error, psycopg.errors.ConnectionTimeout) or "timeout" in lowered:
        reason = f"{address.where} did not answer within {timeout_s:g} s"
        fix = "check that the database server is up and reachable from this workstation"
    elif "connection refused" in lowered:
        reason = f"nothing accepts connections at {address.host}:{address.port}"
        fix = f"start the database server, or correct the host and port in {SETTING}"
    elif "password authentication failed" in lowered or "no password supplied" in lowered:
        reason = f"the database refused the password of {address.user}"
        fix = (f"store the right password in the keyring as {address.secret_name} "
               "(Settings › Emergency › Callback numbers, 'Shared store password')")
    elif "does not exist" in lowered:
        reason = text
        fix = f"check the user and database name in {SETTING}"
    elif "certificate" in lowered or "ssl" in lowered:
        reason = f"the TLS connection to {address.where} failed ({text})"
        fix = f"check the server certificate and sslrootcert in {SETTING}"
    elif "could not translate host name" in lowered or "name or service not known" in lowered:
        reason = f"the host name {address.host} is not known"
        fix = f"check the host in {SETTING}"
    else:
        reason = f"{address.where}: {text}"
        fix = f"check {SETTING} and that the database server is running"
    return f"The shared callback store cannot be used: {reason}; {fix}."


def read_password(address: StoreAddress) -> tuple[str | None, str]:
    """The password from the keyring, or ``None`` and why not. A keyring that cannot be used
    does not stop the attempt: the URI may not need a password (client certificates, .pgpass)."""
    try:
        return get_secret(address.secret_name), ""
    except SecretStoreError as error:
        return None, str(error)
    except Exception as error:  # a keyring back end may raise anything; it is a boundary
        return None, f"the keyring failed ({type(error).__name__}: {error})"


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
            message += f" The password could not be read from the keyring: {keyring_problem}"
        raise StoreUnavailable(message) from error
    return connection
