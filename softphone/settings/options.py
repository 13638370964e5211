"""Every option the softphone reads, defined once: key, type, default, description.

The settings file, the settings dialog and the README's settings table all come from this list,
so an option cannot be documented one way and behave another. Keys are ``section.name``; in
``settings.toml`` they are written as TOML tables (``[callback]`` then ``pool = [...]``).
Adding an option: append it to the right section; renaming one: add a migration in ``store``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from softphone.settings.types import (
    Boolean,
    Choice,
    Country,
    Integer,
    Number,
    PhoneNumber,
    PhoneNumberList,
    RoutingRules,
    Text,
    TextList,
    ValueType,
)


@dataclass(frozen=True)
class Option:
    key: str
    type: ValueType[Any]
    default: Any
    label: str
    description: str
    admin: bool = False  # shown only in the admin area of the settings dialog

    @property
    def section(self) -> str:
        return self.key.rsplit(".", 1)[0]


AGENT = (
    Option("agent.name", Text(), "", "Agent name", "The agent's full name, used in notifications."),
    Option("agent.user_id", Text(), "", "User id",
           "The agent's user id; empty means the operating-system login name."),
    Option("agent.workstation", Text(), "", "Workstation",
           "A name for this workstation; empty means the host name."),
    Option("agent.country", Country(), "US", "Country",
           "Where the agent works when no location is known; drives which numbers are emergency numbers.",
           admin=True),
)

OUTBOUND = (
    Option("outbound.caller_id", PhoneNumber(), "", "Caller ID number",
           "The agent's own number: presented on outgoing calls, and the callback number of last "
           "resort when the callback pool is empty.", admin=True),
    Option("carrier.adapter", Text(r"[a-z][a-z0-9_-]*", "a carrier adapter name such as simulated"),
           "simulated", "Carrier adapter",
           "Which carrier adapter places calls, by entry-point name (group `softphone.carriers`).",
           admin=True),
    Option("dialing.outside_line_prefix", Text(r"[0-9]{0,2}", "up to two digits, such as 9"), "",
           "Outside-line prefix",
           "Digits dialled to reach an outside line (e.g. 9). Emergency numbers work with and "
           "without it (Kari's Law).", admin=True),
)

SIMULATED_CARRIER = (
    Option("carrier.simulated.answer_delay", Number(0.0, 30.0), 1.0, "Simulated answer delay (s)",
           "Seconds the simulated answering point rings before it answers."),
    Option("carrier.simulated.speak_greeting", Boolean(), True, "Simulated spoken greeting",
           "Whether the simulated answering point speaks its greeting (pyttsx3/espeak-ng)."),
    Option("carrier.simulated.can_hold", Boolean(), True, "Simulated carrier can hold",
           "Whether the simulated carrier supports hold; without it, other calls are ended when "
           "an emergency call starts."),
)

# A host name or IPv4 address with an optional port, or empty for "not used".
_HOST_PORT = Text(r"(([A-Za-z0-9-]+\.)*[A-Za-z0-9-]+(:[0-9]{1,5})?)?",
                  "a host name or IP address with an optional port, such as sbc1.example.com:5060")

SIP_CARRIER = (
    Option("carrier.sip.transport", Choice(("udp", "tcp", "tls")), "udp", "SIP transport",
           "How SIP travels to the proxy: udp, tcp, or tls (TLS verifies the proxy's "
           "certificate against the system's or the configured CA file).", admin=True),
    Option("carrier.sip.proxy", _HOST_PORT, "", "SIP proxy / SBC",
           "The primary proxy or session border controller; direct-routing calls go here first.",
           admin=True),
    Option("carrier.sip.fallback_proxy", _HOST_PORT, "", "Fallback SBC",
           "A second SBC tried when the primary fails or does not answer in time.", admin=True),
    Option("carrier.sip.direct_offer_proxy", _HOST_PORT, "", "Calling-plan (direct offer) proxy",
           "The provider's own proxy for calling-plan numbers; the last fallback of a "
           "direct-routing call, and the path of a calling-plan call.", admin=True),
    Option("carrier.sip.domain", Text(r"(([A-Za-z0-9-]+\.)*[A-Za-z0-9-]+)?",
                                      "a SIP domain such as trunk.example.com"), "",
           "SIP domain", "The domain of the SIP account: in From, To and the Request-URI.",
           admin=True),
    Option("carrier.sip.user", Text(r"[A-Za-z0-9_.!~*'()&=+$,;?/%-]*", "a SIP user name"), "",
           "SIP user",
           "The SIP account's user name; its password is read from the keyring as "
           "`sip:<user>@<domain>`. Empty for trunks that authenticate by IP address.",
           admin=True),
    Option("carrier.sip.register", Boolean(), False, "Register with the proxy",
           "Send REGISTER to the proxy so that it knows where to send inbound calls; trunks "
           "that authenticate by IP address need no registration.", admin=True),
    Option("carrier.sip.register_expires", Integer(60, 3600), 600, "Registration interval (s)",
           "How long a registration lasts before it is refreshed.", admin=True),
    Option("carrier.sip.request_uri", Choice(("number@domain", "tel", "urn:service:sos")),
           "number@domain", "Emergency Request-URI",
           "How an emergency call addresses the answering point: `number@domain` "
           "(sip:911@domain), `tel` (tel:911) or `urn:service:sos` (RFC 5031).", admin=True),
    Option("carrier.sip.identity_header", Choice(("p-asserted-identity", "from")),
           "p-asserted-identity", "Callback identity header",
           "Where an emergency call asserts the callback number: a P-Asserted-Identity "
           "header, or the From header.", admin=True),
    Option("carrier.sip.priority_header", Boolean(), True, "Send Priority: emergency",
           "Whether emergency calls carry a `Priority: emergency` header.", admin=True),
    Option("carrier.sip.no_answer_timeout", Number(1.0, 30.0), 4.0, "Route answer timeout (s)",
           "How long a proxy may stay silent after an INVITE before the next route is tried.",
           admin=True),
    Option("carrier.sip.number_kind", Choice(("direct_routing", "calling_plan", "both")),
           "direct_routing", "Agent number kind",
           "Whether the agent's number is a direct-routing number (through the SBC), a "
           "calling-plan number (the provider's direct offer), or the account has both.",
           admin=True),
    Option("carrier.sip.direct_routing_patterns", TextList(), (), "Direct-routing numbers",
           "With both number kinds: dialled numbers (globs such as `+1*` or `911`) that go "
           "through direct routing; everything else, emergency calls included, takes the "
           "calling-plan path.", admin=True),
    Option("carrier.sip.local_address", Text(r"([0-9.]+|[0-9A-Fa-f:]+)?",
                                             "an IP address of this computer"), "",
           "Local SIP address",
           "The address this softphone binds and advertises; empty picks the one that "
           "reaches the proxy.", admin=True),
    Option("carrier.sip.local_port", Integer(0, 65535), 5060, "Local SIP port",
           "The port inbound SIP arrives on (0 picks a free one).", admin=True),
    Option("carrier.sip.tls_ca_file", Text(), "", "TLS CA file",
           "A PEM file of certificate authorities to verify the proxy with; empty uses the "
           "system's.", admin=True),
)

CALLBACK = (
    Option("callback.pool", PhoneNumberList(), (), "Callback number pool",
           "Numbers that can be leased to an agent as a temporary emergency callback number.",
           admin=True),
    Option("callback.lease_minutes", Integer(5, 1440), 60, "Callback lease (minutes)",
           "How long a callback number stays leased after an emergency call.", admin=True),
)

ROUTING = (
    Option("routing.max_concurrent_calls", Integer(1, 8), 1, "Concurrent calls",
           "How many calls the agent can have at once; a PSAP callback is never refused by it."),
    Option("routing.queue_when_busy", Boolean(), False, "Queue calls when busy",
           "Hold inbound calls in a queue while at capacity instead of refusing them."),
    Option("routing.queue_timeout_seconds", Integer(5, 600), 60, "Queue timeout (s)",
           "How long a queued inbound call waits for a free line before it is refused."),
    Option("routing.rules", RoutingRules(), (), "Routing rules",
           "Inbound rules by caller number, first match wins; a PSAP callback bypasses them."),
)

PRESENCE = (
    Option("presence.custom_statuses", TextList(), (), "Custom statuses",
           "Extra presence statuses the agent can pick, such as Lunch or Training."),
)

OPTIONS: tuple[Option, ...] = (AGENT + OUTBOUND + SIMULATED_CARRIER + SIP_CARRIER + CALLBACK
                              + ROUTING + PRESENCE)

BY_KEY: dict[str, Option] = {option.key: option for option in OPTIONS}
