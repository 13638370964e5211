"""Where the shared store is: the parts of ``callback.shared_store`` the softphone needs to name
things (the keyring entry of the password, the host for messages), without the driver, so that
the embedded default never loads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlsplit

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
