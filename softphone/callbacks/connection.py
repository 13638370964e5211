"""Opening a connection to the shared store: the URI from ``callback.shared_store``, the
password from the keyring, TLS as the URI asks, and errors that name the setting to fix.

Never called on the dial path: the keyring and the network may both block.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlsplit

import psycopg

from softphone.blocks.secrets import SecretStoreError, get_secret

SETTING = "callback.shared_store"
CONNECT_TIMEOUT_S = 3.0
VERIFIED_MODES = ("verify-ca", "verify-full")


class StoreUnavailable(RuntimeError):
    """The shared store cannot be used now; the message says why and what to fix."""


@dataclass(frozen=True)
class StoreAddress:
    uri: str
    user: str
    host: str
    port: int
    database: str
    sslmode: str  # as the URI asks; libpq's default ("prefer") when it does not

    @classmethod
    def parse(cls, uri: str) -> StoreAddress:
        parts = urlsplit(uri)
        query = parse_qs(parts.query)
        return cls(uri, unquote(parts.username or ""), parts.hostname or "", parts.port or 5432,
                   unquote(parts.path.lstrip("/")), query.get("sslmode", ["prefer"])[0])

    @property
    def secret_name(self) -> str:
        """The keyring entry holding the password: ``postgresql:<user>@<host>``."""
        return f"postgresql:{self.user}@{self.host}"

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}/{self.database}"

    @property
    def verified(self) -> bool:
        return self.sslmode in VERIFIED_MODES


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


def connect(address: StoreAddress, timeout_s: float) -> psycopg.Connection:
    """A connection in autocommit mode, or ``StoreUnavailable`` saying what to fix."""
    try:
        password = get_secret(address.secret_name)
    except SecretStoreError as error:
        raise StoreUnavailable(f"The shared callback store's password cannot be read: {error}") \
            from error
    try:
        connection = psycopg.connect(
            address.uri, password=password or None, connect_timeout=max(1, round(timeout_s)),
            application_name="softphone", autocommit=True,
            # A statement pooler (pgbouncer in transaction mode) cannot keep prepared statements.
            prepare_threshold=None,
            keepalives=1, keepalives_idle=10, keepalives_interval=5, keepalives_count=3)
    except (psycopg.Error, OSError) as error:
        raise StoreUnavailable(explain(error, address, timeout_s)) from error
    return connection
