"""The SIP adapter's settings, read once into one immutable value.

The adapter reads ``carrier.sip.*`` through ``Settings`` (never the file itself) when it starts,
so the dial path works from this snapshot and never touches the settings store.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from softphone.blocks.text import translate
from softphone.settings.store import Settings

DEFAULT_PORT = {"udp": 5060, "tcp": 5060, "tls": 5061}


@dataclass(frozen=True)
class Endpoint:
    """A proxy or SBC as configured: host name or address, and port."""

    host: str
    port: int

    def __str__(self) -> str:
        return f"{self.host}:{self.port}"


def parse_endpoint(text: str, transport: str) -> Endpoint | None:
    """``"sbc1.example.com:5070"`` → ``Endpoint``; empty text → ``None``."""
    text = text.strip()
    if not text:
        return None
    host, _, port = text.rpartition(":") if ":" in text else (text, "", "")
    return Endpoint(host, int(port) if port else DEFAULT_PORT[transport])


@dataclass(frozen=True)
class SipConfig:
    """The SIP carrier's settings, read from the settings and checked together."""

    transport: str
    proxy: Endpoint | None
    fallback_proxy: Endpoint | None
    direct_offer_proxy: Endpoint | None
    domain: str
    user: str
    register: bool
    register_expires: int
    request_uri: str  # "number@domain", "tel" or "urn:service:sos"
    identity_header: str  # "p-asserted-identity" or "from"
    priority_header: bool
    no_answer_timeout: float
    number_kind: str  # "direct_routing", "calling_plan" or "both"
    direct_routing_patterns: tuple[str, ...]
    local_address: str
    local_port: int
    tls_ca_file: str
    tls_certificate_file: str
    tls_key_file: str
    trusted_peers: tuple[str, ...]
    media_security: str  # "required", "preferred" or "off"
    ring_timeout: float
    caller_id: str

    @classmethod
    def from_settings(cls, settings: Settings) -> SipConfig:
        return cls.from_values(settings.get)

    @classmethod
    def from_values(cls, value: Callable[[str], Any]) -> SipConfig:
        """From any reader of option values: the settings, or a dialog's edited values."""
        def get(name: str) -> Any:
            return value(f"carrier.sip.{name}")

        transport = get("transport")
        return cls(
            transport=transport,
            proxy=parse_endpoint(get("proxy"), transport),
            fallback_proxy=parse_endpoint(get("fallback_proxy"), transport),
            direct_offer_proxy=parse_endpoint(get("direct_offer_proxy"), transport),
            domain=get("domain"),
            user=get("user"),
            register=get("register"),
            register_expires=get("register_expires"),
            request_uri=get("request_uri"),
            identity_header=get("identity_header"),
            priority_header=get("priority_header"),
            no_answer_timeout=get("no_answer_timeout"),
            number_kind=get("number_kind"),
            direct_routing_patterns=get("direct_routing_patterns"),
            local_address=get("local_address"),
            local_port=get("local_port"),
            tls_ca_file=get("tls_ca_file"),
            tls_certificate_file=get("tls_certificate_file"),
            tls_key_file=get("tls_key_file"),
            trusted_peers=get("trusted_peers"),
            media_security=get("media_security"),
            ring_timeout=get("ring_timeout"),
            caller_id=value("outbound.caller_id"),
        )

    @property
    def sip_domain(self) -> str:
        """The domain used in URIs: the configured one, else the first proxy's host."""
        if self.domain:
            return self.domain
        first = self.proxy or self.direct_offer_proxy or self.fallback_proxy
        return first.host if first else "localhost"

    @property
    def secret_name(self) -> str:
        """The keyring entry holding the digest password (see ``softphone.blocks.secrets``)."""
        return f"sip:{self.user}@{self.sip_domain}"

    @property
    def tls_key_secret_name(self) -> str:
        """The keyring entry holding the TLS key's password, if the key is encrypted."""
        return f"sip-tls-key:{self.tls_key_file}"

    def problems(self) -> list[str]:
        """What is missing for calls to go out, each as a sentence that says what to set."""
        found: list[str] = []
        if self.number_kind == "calling_plan":
            if self.direct_offer_proxy is None:
                found.append(translate("Sip", "Set carrier.sip.direct_offer_proxy: a "
                                              "calling-plan number's calls go through the "
                                              "provider's proxy."))
        elif self.proxy is None:
            found.append(translate("Sip", "Set carrier.sip.proxy to the SBC or proxy that "
                                          "places calls."))
        if self.number_kind == "both" and self.direct_offer_proxy is None:
            found.append(translate("Sip", "The account has both number kinds: set "
                                          "carrier.sip.direct_offer_proxy for the calling-plan "
                                          "path emergency calls take."))
        if self.register and not self.user:
            found.append(translate("Sip", "Registration is on but carrier.sip.user is empty: "
                                          "set the SIP user."))
        return found
