"""Every option the softphone reads, defined once: key, type, default, description.

The settings file, the settings dialog and the README's settings table all come from this list,
so an option cannot be documented one way and behave another. Keys are ``section.name``; in
``settings.toml`` they are written as TOML tables (``[callback]`` then ``pool = [...]``).
Adding an option: append it to the right section; renaming one: add a migration in ``store``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from softphone.blocks.languages import LANGUAGES
from softphone.blocks.text import translate
from softphone.settings.notification_template import check_html_body, check_subject, check_text_body
from softphone.settings.types import (
    Boolean,
    CallbackSites,
    CallRoute,
    Choice,
    Country,
    EmailAddress,
    EmailList,
    EntryPointName,
    HostList,
    HostPort,
    Integer,
    IntegerChoice,
    Number,
    PhoneNumber,
    PhoneNumberList,
    RoutingRules,
    StoreUri,
    TemplateText,
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
    admin: bool = False  # for IT and supervisors: marked in the dialog, exported to a fleet file
    # False for a value that belongs to one workstation or one agent (its own number, its own
    # IP address): "Export as fleet file" leaves it out, so it is never copied to every desk.
    fleet_wide: bool = True

    @property
    def section(self) -> str:
        return self.key.rsplit(".", 1)[0]


# The agent's own options say themselves in the agent's language (the settings dialog shows
# them ``localized``); the admin's are still in English (issue 15, area by area).
AGENT = (
    Option("agent.name", Text(max_length=100), "", translate("Options", "Agent name"),
           translate("Options", "The agent's full name, used in notifications.")),
    Option("agent.user_id", Text(max_length=64), "", translate("Options", "User id"),
           translate("Options", "The agent's user id; empty means the operating-system login "
                                "name.")),
    Option("agent.workstation", Text(max_length=253), "", translate("Options", "Workstation"),
           translate("Options", "A name for this workstation; empty means the host name.")),
    Option("agent.country", Country(), "US", translate("Options", "Country"),
           translate("Options", "Where the agent works when no location is known; drives which "
                                "numbers are emergency numbers."),
           admin=True),
    Option("agent.help_contact", Text(), "", translate("Options", "Who to ask"),
           translate("Options", "Who agents ask about what only an admin can set: a name, a "
                                "phone extension or an email address, shown by the set-up "
                                "assistant beside what is missing."), admin=True),
    Option("ui.language", Choice(("", *LANGUAGES)), "", translate("Options", "Language"),
           translate("Options", "The language of the window, its messages and the command line: "
                                "en_US, da_DK, fr_CA or es_PR; empty follows the system's "
                                "language. A change applies at once, during a call too.")),
)

OUTBOUND = (
    Option("outbound.caller_id", PhoneNumber(), "", "Caller ID number",
           "The agent's own number: presented on outgoing calls, and the callback number of last "
           "resort when the callback pool is empty.", admin=True, fleet_wide=False),
    Option("carrier.adapter",
           EntryPointName("softphone.carriers", "a carrier adapter name such as simulated"),
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

_HOST_PORT = HostPort()

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
                                      "a SIP domain such as trunk.example.com", max_length=253), "",
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
           "reaches the proxy.", admin=True, fleet_wide=False),
    Option("carrier.sip.local_port", Integer(0, 65535), 5060, "Local SIP port",
           "The port inbound SIP arrives on (0 picks a free one).", admin=True),
    Option("carrier.sip.tls_ca_file", Text(max_length=4096), "", "TLS CA file",
           "A PEM file of certificate authorities to verify the proxy with; empty uses the "
           "system's.", admin=True),
    Option("carrier.sip.tls_certificate_file", Text(), "", "TLS certificate file",
           "With the tls transport: a PEM certificate (chain) for this softphone; when set, it "
           "also listens for TLS on the local SIP port, so a trunk can send calls (PSAP "
           "callbacks) without a registration.", admin=True),
    Option("carrier.sip.tls_key_file", Text(), "", "TLS key file",
           "The PEM private key of the TLS certificate; if it is encrypted, its password is "
           "read from the keyring as `sip-tls-key:<this path>`.", admin=True),
    Option("carrier.sip.media_security", Choice(("required", "preferred", "off")), "preferred",
           "Media security (SRTP)",
           "`required`: offer SRTP only (RTP/SAVP) and leave a route that cannot do it for the "
           "next; an emergency call's last route may still go plain, with a warning. "
           "`preferred`: offer SRTP keys on plain RTP/AVP and encrypt when the far end takes "
           "them. `off`: plain RTP.", admin=True),
    Option("carrier.sip.trusted_peers", HostList(), (), "Trusted SIP peers",
           "Addresses, networks (`192.0.2.0/24`) or host names that may call this softphone "
           "besides the proxies and the registrar, e.g. a trunk that sends PSAP callbacks. "
           "Requests from anywhere else are ignored.", admin=True),
    Option("carrier.sip.ring_timeout", Number(5.0, 600.0), 60.0, "Ring timeout (s)",
           "How long an inbound call may ring unanswered before the caller is told to try "
           "later (480).", admin=True),
)

CALLBACK = (
    Option("callback.pool", PhoneNumberList(), (), "Callback number pool",
           "Numbers that can be leased to an agent as a temporary emergency callback number.",
           admin=True),
    Option("callback.lease_minutes", Integer(5, 1440), 60, "Callback lease (minutes)",
           "How long a callback number stays leased after an emergency call.", admin=True),
    Option("callback.sites", CallbackSites(), (), "Sites and their callback numbers",
           "Where agents work: each site's civic address (its numbers are registered with it at "
           "the carrier), its callback pool and optionally the networks that identify it. An "
           "agent draws from the pool of the site they are at (confirmed address, else network), "
           "else from callback.pool.", admin=True),
    Option("callback.shared_store", StoreUri(), "", "Shared callback store",
           "PostgreSQL connection URI of the contact center's callback-number registry, shared "
           "by every agent (the password is kept in the keyring); empty keeps the leases on this "
           "workstation only.", admin=True),
    Option("callback.unassigned_route", CallRoute(), "", "Unassigned callback route",
           "Where a call to a pool number that no agent holds goes, e.g. the security desk "
           "(written to the shared store for the SIP proxy's routing).", admin=True),
    Option("callback.claim_deadline_ms", Integer(1, 50), 3, "Callback claim deadline (ms)",
           "How long an emergency call may wait for the shared store to hand out a number before "
           "it goes out with the number chosen in advance.", admin=True),
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
    Option("presence.custom_statuses", TextList(), (), translate("Options", "Custom statuses"),
           translate("Options", "Extra presence statuses the agent can pick, such as Lunch or "
                                "Training.")),
)

LOCATION = (
    Option("location.os_positioning", Boolean(), True, "Use the system's location",
           "Ask the operating system where the workstation is (Location Services, geoclue)."),
    Option("location.refresh_minutes", Integer(1, 60), 5, "Location refresh (minutes)",
           "How often the position is refreshed in the background; also on every network change."),
    Option("location.fix_max_age_minutes", Integer(1, 1440), 30, "Oldest usable fix (minutes)",
           "A system position older than this is no longer used; the next fallback is."),
    Option("location.ip_fallback", Boolean(), True, "Estimate location from the IP address",
           "When the system has no position, ask an IP geolocation service (needs a network; "
           "gives up after 2 s).", admin=True),
    Option("location.move_threshold_m", Integer(50, 10000), 300, "Moved-away distance (m)",
           "Ask the agent to confirm their address when the position is farther than this "
           "from where the address was confirmed (RAY BAUM's Act).", admin=True),
    Option("location.address.street", Text(max_length=100), "", "Registered address: street",
           "The site's registered street, offered to the agent to confirm.", admin=True),
    Option("location.address.house_number", Text(max_length=100), "", "Registered address: number",
           "The site's house or building number.", admin=True),
    Option("location.address.floor_room", Text(max_length=100), "", "Registered address: floor/room",
           "Floor, room or desk, so responders find the agent inside the building.", admin=True),
    Option("location.address.city", Text(max_length=100), "", "Registered address: city",
           "The site's city.", admin=True),
    Option("location.address.region", Text(max_length=100), "", "Registered address: state/region",
           "State, province or region (required in the US and Canada).", admin=True),
    Option("location.address.postcode", Text(max_length=100), "", "Registered address: postcode",
           "ZIP or postal code.", admin=True),
    Option("location.address.country", Country(optional=True), "", "Registered address: country",
           "ISO 3166-1 alpha-2 country of the site, e.g. US.", admin=True),
)

NOTIFY = (
    Option("notify.recipients", EmailList(), (), "Emergency Call Notification recipients",
           "Who is emailed the moment this agent places an emergency call (a supervisor, the "
           "security desk): addresses separated by semicolons.", admin=True),
    Option("notify.smtp.host",
           Text(r"[A-Za-z0-9._:\[\]-]*", "a host name such as mail.example.com", max_length=253),
           "",
           "Mail server (SMTP)", "The mail server that sends the notification.", admin=True),
    Option("notify.smtp.port", Integer(0, 65535), 0, "Mail server port",
           "0 means the standard port for the security chosen: 587 for STARTTLS, 465 for TLS, "
           "25 for none.", admin=True),
    Option("notify.smtp.security", Choice(("starttls", "tls", "none")), "starttls",
           "Connection security",
           "starttls (recommended), tls (implicit TLS, often port 465) or none (unencrypted: the "
           "message and the password cross the network readable).", admin=True),
    Option("notify.smtp.user", Text(max_length=254), "", "Mail server user name",
           "Empty to send without logging in. The password is kept in the system keyring.",
           admin=True),
    Option("notify.smtp.sender", EmailAddress(), "", "Sender address",
           "The From address of the notification, such as softphone@example.com.", admin=True),
    Option("notify.smtp.ca_file", Text(max_length=4096), "", "Extra CA certificates file",
           "A PEM file of CA certificates to trust for the mail server in addition to the "
           "system's (e.g. the company's internal CA); empty for the system's only.", admin=True),
    Option("notify.template.language", Choice(("", *LANGUAGES)), "", "Notification language",
           "The language of the email the emergency contacts receive: en_US, da_DK, fr_CA or "
           "es_PR (the shipped template exists in each); empty: the agent's language. A "
           "subject or body set here is sent as written.", admin=True),
    Option("notify.template.subject", TemplateText(check_subject, multiline=False), "",
           "Notification subject",
           "The subject line; {{placeholders}} are filled in when the call is placed. Empty: "
           "the shipped template's.", admin=True),
    Option("notify.template.html", TemplateText(check_html_body), "", "Notification body (HTML)",
           "The HTML body; placeholder values are escaped for HTML. Empty: the shipped "
           "template's (softphone/resources/templates).", admin=True),
    Option("notify.template.text", TemplateText(check_text_body), "",
           "Notification body (plain text)",
           "The plain-text alternative, for mail readers that do not show HTML. Empty: the "
           "shipped template's.", admin=True),
)

AUDIO = (
    Option("audio.microphone", Text(), "", "Microphone",
           "The microphone for calls, by its name as the device list shows it; empty means the "
           "system default. Used again whenever it is connected."),
    Option("audio.speaker", Text(), "", "Speaker",
           "Where call audio and the test tone play, by device name; empty means the system "
           "default."),
    Option("audio.ringer", Text(), "", "Ringer",
           "Where the ring tone of incoming calls plays, by device name; empty means the system "
           "default."),
    Option("audio.speaker_volume", Integer(10, 200), 100, "Speaker volume (%)",
           "Loudness of call audio and the test tone; above 100 boosts quiet calls."),
    Option("audio.microphone_volume", Integer(10, 200), 100, "Microphone volume (%)",
           "Gain applied to the microphone before it is sent."),
    Option("audio.ringer_volume", Integer(10, 100), 80, "Ringer volume (%)",
           "Loudness of the ring tone."),
    Option("audio.sample_rate", IntegerChoice((8000, 16000, 24000, 32000, 44100, 48000, 96000),
                                              "Hz"), 48000, "Device sample rate",
           "The rate audio devices are opened at first; a device that refuses it is opened at its "
           "own rate.", admin=True),
    Option("audio.rescan_seconds", Number(1.0, 60.0), 3.0, "Device re-scan interval (s)",
           "Where the sound system cannot announce devices plugged in or out (no PulseAudio or "
           "PipeWire), how often the list is re-read while no call is up.",
           admin=True),
)

DESKTOP = (
    Option("startup.at_login", Boolean(), False, "Start at login",
           "Start the softphone in the tray when the agent logs in, so that click-to-call and "
           "emergency callbacks work before anyone opens it (XDG autostart on Linux, the Run "
           "registry key on Windows, a LaunchAgent on macOS)."),
)

OPTIONS: tuple[Option, ...] = (AGENT + OUTBOUND + SIMULATED_CARRIER + SIP_CARRIER + CALLBACK
                               + ROUTING + PRESENCE + LOCATION + NOTIFY + AUDIO + DESKTOP)

BY_KEY: dict[str, Option] = {option.key: option for option in OPTIONS}
