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
    """One setting: its key, type, default and words (the dialog, the file and the docs read it)."""

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


# Labels and descriptions are marked for translation and kept as ``Translated``: the settings
# dialog shows them ``localized`` (in the agent's language at the time), the README's table
# ``english`` (settings.docs). Hints in a type's messages are marked where the type is.
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
    Option("outbound.caller_id", PhoneNumber(), "", translate("Options", "Caller ID number"),
           translate("Options", "The agent's own number: presented on outgoing calls, and the "
                                "callback number of last resort when the callback pool is empty."),
           admin=True, fleet_wide=False),
    Option("carrier.adapter",
           EntryPointName("softphone.carriers",
                          translate("Options", "a carrier adapter name such as simulated")),
           "simulated", translate("Options", "Carrier adapter"),
           translate("Options", "Which carrier adapter places calls, by entry-point name (group "
                                "`softphone.carriers`)."),
           admin=True),
    Option("dialing.outside_line_prefix",
           Text(r"[0-9]{0,2}", translate("Options", "up to two digits, such as 9")), "",
           translate("Options", "Outside-line prefix"),
           translate("Options", "Digits dialled to reach an outside line (e.g. 9). Emergency "
                                "numbers work with and without it (Kari's Law)."), admin=True),
)

SIMULATED_CARRIER = (
    Option("carrier.simulated.answer_delay", Number(0.0, 30.0), 1.0,
           translate("Options", "Simulated answer delay (s)"),
           translate("Options", "Seconds the simulated answering point rings before it answers.")),
    Option("carrier.simulated.speak_greeting", Boolean(), True,
           translate("Options", "Simulated spoken greeting"),
           translate("Options", "Whether the simulated answering point speaks its greeting "
                                "(pyttsx3/espeak-ng).")),
    Option("carrier.simulated.can_hold", Boolean(), True,
           translate("Options", "Simulated carrier can hold"),
           translate("Options", "Whether the simulated carrier supports hold; without it, other "
                                "calls are ended when an emergency call starts.")),
)

_HOST_PORT = HostPort()

SIP_CARRIER = (
    Option("carrier.sip.transport", Choice(("udp", "tcp", "tls")), "udp",
           translate("Options", "SIP transport"),
           translate("Options", "How SIP travels to the proxy: udp, tcp, or tls (TLS verifies the "
                                "proxy's certificate against the system's or the configured CA "
                                "file)."), admin=True),
    Option("carrier.sip.proxy", _HOST_PORT, "", translate("Options", "SIP proxy / SBC"),
           translate("Options", "The primary proxy or session border controller; direct-routing "
                                "calls go here first."),
           admin=True),
    Option("carrier.sip.fallback_proxy", _HOST_PORT, "", translate("Options", "Fallback SBC"),
           translate("Options", "A second SBC tried when the primary fails or does not answer in "
                                "time."), admin=True),
    Option("carrier.sip.direct_offer_proxy", _HOST_PORT, "",
           translate("Options", "Calling-plan (direct offer) proxy"),
           translate("Options", "The provider's own proxy for calling-plan numbers; the last "
                                "fallback of a direct-routing call, and the path of a calling-plan "
                                "call."), admin=True),
    Option("carrier.sip.domain", Text(r"(([A-Za-z0-9-]+\.)*[A-Za-z0-9-]+)?",
                                      translate("Options", "a SIP domain such as "
                                                           "trunk.example.com"), max_length=253), "",
           translate("Options", "SIP domain"),
           translate("Options", "The domain of the SIP account: in From, To and the Request-URI."),
           admin=True),
    Option("carrier.sip.user",
           Text(r"[A-Za-z0-9_.!~*'()&=+$,;?/%-]*", translate("Options", "a SIP user name")), "",
           translate("Options", "SIP user"),
           translate("Options", "The SIP account's user name; its password is read from the "
                                "keyring as `sip:<user>@<domain>`. Empty for trunks that "
                                "authenticate by IP address."),
           admin=True),
    Option("carrier.sip.register", Boolean(), False, translate("Options", "Register with the proxy"),
           translate("Options", "Send REGISTER to the proxy so that it knows where to send inbound "
                                "calls; trunks that authenticate by IP address need no "
                                "registration."), admin=True),
    Option("carrier.sip.register_expires", Integer(60, 3600), 600,
           translate("Options", "Registration interval (s)"),
           translate("Options", "How long a registration lasts before it is refreshed."), admin=True),
    Option("carrier.sip.request_uri", Choice(("number@domain", "tel", "urn:service:sos")),
           "number@domain", translate("Options", "Emergency Request-URI"),
           translate("Options", "How an emergency call addresses the answering point: "
                                "`number@domain` (sip:911@domain), `tel` (tel:911) or "
                                "`urn:service:sos` (RFC 5031)."), admin=True),
    Option("carrier.sip.identity_header", Choice(("p-asserted-identity", "from")),
           "p-asserted-identity", translate("Options", "Callback identity header"),
           translate("Options", "Where an emergency call asserts the callback number: a "
                                "P-Asserted-Identity header, or the From header."), admin=True),
    Option("carrier.sip.priority_header", Boolean(), True,
           translate("Options", "Send Priority: emergency"),
           translate("Options", "Whether emergency calls carry a `Priority: emergency` header."), admin=True),
    Option("carrier.sip.no_answer_timeout", Number(1.0, 30.0), 4.0,
           translate("Options", "Route answer timeout (s)"),
           translate("Options", "How long a proxy may stay silent after an INVITE before the next "
                                "route is tried."),
           admin=True),
    Option("carrier.sip.number_kind", Choice(("direct_routing", "calling_plan", "both")),
           "direct_routing", translate("Options", "Agent number kind"),
           translate("Options", "Whether the agent's number is a direct-routing number (through "
                                "the SBC), a calling-plan number (the provider's direct offer), or "
                                "the account has both."),
           admin=True),
    Option("carrier.sip.direct_routing_patterns", TextList(), (),
           translate("Options", "Direct-routing numbers"),
           translate("Options", "With both number kinds: dialled numbers (globs such as `+1*` or "
                                "`911`) that go through direct routing; everything else, emergency "
                                "calls included, takes the calling-plan path."), admin=True),
    Option("carrier.sip.local_address", Text(r"([0-9.]+|[0-9A-Fa-f:]+)?",
                                             translate("Options", "an IP address of this computer")), "",
           translate("Options", "Local SIP address"),
           translate("Options", "The address this softphone binds and advertises; empty picks the "
                                "one that reaches the proxy."), admin=True, fleet_wide=False),
    Option("carrier.sip.local_port", Integer(0, 65535), 5060, translate("Options", "Local SIP port"),
           translate("Options", "The port inbound SIP arrives on (0 picks a free one)."), admin=True),
    Option("carrier.sip.tls_ca_file", Text(max_length=4096), "", translate("Options", "TLS CA file"),
           translate("Options", "A PEM file of certificate authorities to verify the proxy with; "
                                "empty uses the system's."), admin=True),
    Option("carrier.sip.tls_certificate_file", Text(), "",
           translate("Options", "TLS certificate file"),
           translate("Options", "With the tls transport: a PEM certificate (chain) for this "
                                "softphone; when set, it also listens for TLS on the local SIP "
                                "port, so a trunk can send calls (PSAP callbacks) without a "
                                "registration."), admin=True),
    Option("carrier.sip.tls_key_file", Text(), "", translate("Options", "TLS key file"),
           translate("Options", "The PEM private key of the TLS certificate; if it is encrypted, "
                                "its password is read from the keyring as `sip-tls-key:<this "
                                "path>`."), admin=True),
    Option("carrier.sip.media_security", Choice(("required", "preferred", "off")), "preferred",
           translate("Options", "Media security (SRTP)"),
           translate("Options", "`required`: offer SRTP only (RTP/SAVP) and leave a route that "
                                "cannot do it for the next; an emergency call's last route may "
                                "still go plain, with a warning. `preferred`: offer SRTP keys on "
                                "plain RTP/AVP and encrypt when the far end takes them. `off`: "
                                "plain RTP."), admin=True),
    Option("carrier.sip.trusted_peers", HostList(), (), translate("Options", "Trusted SIP peers"),
           translate("Options", "Addresses, networks (`192.0.2.0/24`) or host names that may call "
                                "this softphone besides the proxies and the registrar, e.g. a "
                                "trunk that sends PSAP callbacks. Requests from anywhere else are "
                                "ignored."), admin=True),
    Option("carrier.sip.ring_timeout", Number(5.0, 600.0), 60.0,
           translate("Options", "Ring timeout (s)"),
           translate("Options", "How long an inbound call may ring unanswered before the caller is "
                                "told to try later (480)."), admin=True),
)

CALLBACK = (
    Option("callback.pool", PhoneNumberList(), (), translate("Options", "Callback number pool"),
           translate("Options", "Numbers that can be leased to an agent as a temporary emergency "
                                "callback number."),
           admin=True),
    Option("callback.lease_minutes", Integer(5, 1440), 60,
           translate("Options", "Callback lease (minutes)"),
           translate("Options", "How long a callback number stays leased after an emergency call."),
           admin=True),
    Option("callback.sites", CallbackSites(), (),
           translate("Options", "Sites and their callback numbers"),
           translate("Options", "Where agents work: each site's civic address (its numbers are "
                                "registered with it at the carrier), its callback pool and "
                                "optionally the networks that identify it. An agent draws from the "
                                "pool of the site they are at (confirmed address, else network), "
                                "else from callback.pool."), admin=True),
    Option("callback.shared_store", StoreUri(), "", translate("Options", "Shared callback store"),
           translate("Options", "PostgreSQL connection URI of the contact center's callback-number "
                                "registry, shared by every agent (the password is kept in the "
                                "keyring); empty keeps the leases on this workstation only."), admin=True),
    Option("callback.unassigned_route", CallRoute(), "",
           translate("Options", "Unassigned callback route"),
           translate("Options", "Where a call to a pool number that no agent holds goes, e.g. the "
                                "security desk (written to the shared store for the SIP proxy's "
                                "routing)."), admin=True),
    Option("callback.claim_deadline_ms", Integer(1, 50), 3,
           translate("Options", "Callback claim deadline (ms)"),
           translate("Options", "How long an emergency call may wait for the shared store to hand "
                                "out a number before it goes out with the number chosen in advance."),
           admin=True),
)

ROUTING = (
    Option("routing.max_concurrent_calls", Integer(1, 8), 1, translate("Options", "Concurrent calls"),
           translate("Options", "How many calls the agent can have at once; a PSAP callback is "
                                "never refused by it.")),
    Option("routing.queue_when_busy", Boolean(), False, translate("Options", "Queue calls when busy"),
           translate("Options", "Hold inbound calls in a queue while at capacity instead of "
                                "refusing them.")),
    Option("routing.queue_timeout_seconds", Integer(5, 600), 60,
           translate("Options", "Queue timeout (s)"),
           translate("Options", "How long a queued inbound call waits for a free line before it is "
                                "refused.")),
    Option("routing.rules", RoutingRules(), (), translate("Options", "Routing rules"),
           translate("Options", "Inbound rules by caller number, first match wins; a PSAP callback "
                                "bypasses them.")),
)

PRESENCE = (
    Option("presence.custom_statuses", TextList(), (), translate("Options", "Custom statuses"),
           translate("Options", "Extra presence statuses the agent can pick, such as Lunch or "
                                "Training.")),
)

LOCATION = (
    Option("location.os_positioning", Boolean(), True,
           translate("Options", "Use the system's location"),
           translate("Options", "Ask the operating system where the workstation is (Location "
                                "Services, geoclue).")),
    Option("location.refresh_minutes", Integer(1, 60), 5,
           translate("Options", "Location refresh (minutes)"),
           translate("Options", "How often the position is refreshed in the background; also on "
                                "every network change.")),
    Option("location.fix_max_age_minutes", Integer(1, 1440), 30,
           translate("Options", "Oldest usable fix (minutes)"),
           translate("Options", "A system position older than this is no longer used; the next "
                                "fallback is.")),
    Option("location.ip_fallback", Boolean(), True,
           translate("Options", "Estimate location from the IP address"),
           translate("Options", "When the system has no position, ask an IP geolocation service "
                                "(needs a network; gives up after 2 s)."), admin=True),
    Option("location.move_threshold_m", Integer(50, 10000), 300,
           translate("Options", "Moved-away distance (m)"),
           translate("Options", "Ask the agent to confirm their address when the position is "
                                "farther than this from where the address was confirmed (RAY "
                                "BAUM's Act)."), admin=True),
    Option("location.address.street", Text(max_length=100), "",
           translate("Options", "Registered address: street"),
           translate("Options", "The site's registered street, offered to the agent to confirm."),
           admin=True),
    Option("location.address.house_number", Text(max_length=100), "",
           translate("Options", "Registered address: number"),
           translate("Options", "The site's house or building number."), admin=True),
    Option("location.address.floor_room", Text(max_length=100), "",
           translate("Options", "Registered address: floor/room"),
           translate("Options", "Floor, room or desk, so responders find the agent inside the "
                                "building."), admin=True),
    Option("location.address.city", Text(max_length=100), "",
           translate("Options", "Registered address: city"),
           translate("Options", "The site's city."), admin=True),
    Option("location.address.region", Text(max_length=100), "",
           translate("Options", "Registered address: state/region"),
           translate("Options", "State, province or region (required in the US and Canada)."), admin=True),
    Option("location.address.postcode", Text(max_length=100), "",
           translate("Options", "Registered address: postcode"),
           translate("Options", "ZIP or postal code."), admin=True),
    Option("location.address.country", Country(optional=True), "",
           translate("Options", "Registered address: country"),
           translate("Options", "ISO 3166-1 alpha-2 country of the site, e.g. US."), admin=True),
)

NOTIFY = (
    Option("notify.recipients", EmailList(), (),
           translate("Options", "Emergency Call Notification recipients"),
           translate("Options", "Who is emailed the moment this agent places an emergency call (a "
                                "supervisor, the security desk): addresses separated by semicolons."),
           admin=True),
    Option("notify.smtp.host",
           Text(r"[A-Za-z0-9._:\[\]-]*", translate("Options", "a host name such as mail.example.com"),
                max_length=253),
           "",
           translate("Options", "Mail server (SMTP)"),
           translate("Options", "The mail server that sends the notification."),
           admin=True),
    Option("notify.smtp.port", Integer(0, 65535), 0, translate("Options", "Mail server port"),
           translate("Options", "0 means the standard port for the security chosen: 587 for "
                                "STARTTLS, 465 for TLS, 25 for none."), admin=True),
    Option("notify.smtp.security", Choice(("starttls", "tls", "none")), "starttls",
           translate("Options", "Connection security"),
           translate("Options", "starttls (recommended), tls (implicit TLS, often port 465) or "
                                "none (unencrypted: the message and the password cross the network "
                                "readable)."), admin=True),
    Option("notify.smtp.user", Text(max_length=254), "", translate("Options", "Mail server user "
                                                                              "name"),
           translate("Options", "Empty to send without logging in. The password is kept in the "
                                "system keyring."),
           admin=True),
    Option("notify.smtp.sender", EmailAddress(), "", translate("Options", "Sender address"),
           translate("Options", "The From address of the notification, such as "
                                "softphone@example.com."), admin=True),
    Option("notify.smtp.ca_file", Text(max_length=4096), "",
           translate("Options", "Extra CA certificates file"),
           translate("Options", "A PEM file of CA certificates to trust for the mail server in "
                                "addition to the system's (e.g. the company's internal CA); empty "
                                "for the system's only."), admin=True),
    Option("notify.template.language", Choice(("", *LANGUAGES)), "",
           translate("Options", "Notification language"),
           translate("Options", "The language of the email the emergency contacts receive: en_US, "
                                "da_DK, fr_CA or es_PR (the shipped template exists in each); "
                                "empty: the agent's language. A subject or body set here is sent "
                                "as written."), admin=True),
    Option("notify.template.subject", TemplateText(check_subject, multiline=False), "",
           translate("Options", "Notification subject"),
           translate("Options", "The subject line; {{placeholders}} are filled in when the call is "
                                "placed. Empty: the shipped template's."), admin=True),
    Option("notify.template.html", TemplateText(check_html_body), "",
           translate("Options", "Notification body (HTML)"),
           translate("Options", "The HTML body; placeholder values are escaped for HTML. Empty: "
                                "the shipped template's (softphone/resources/templates)."), admin=True),
    Option("notify.template.text", TemplateText(check_text_body), "",
           translate("Options", "Notification body (plain text)"),
           translate("Options", "The plain-text alternative, for mail readers that do not show "
                                "HTML. Empty: the shipped template's."), admin=True),
)

AUDIO = (
    Option("audio.microphone", Text(), "", translate("Options", "Microphone"),
           translate("Options", "The microphone for calls, by its name as the device list shows "
                                "it; empty means the system default. Used again whenever it is "
                                "connected.")),
    Option("audio.speaker", Text(), "", translate("Options", "Speaker"),
           translate("Options", "Where call audio and the test tone play, by device name; empty "
                                "means the system default.")),
    Option("audio.ringer", Text(), "", translate("Options", "Ringer"),
           translate("Options", "Where the ring tone of incoming calls plays, by device name; "
                                "empty means the system default.")),
    Option("audio.speaker_volume", Integer(10, 200), 100, translate("Options", "Speaker volume (%)"),
           translate("Options", "Loudness of call audio and the test tone; above 100 boosts quiet "
                                "calls.")),
    Option("audio.microphone_volume", Integer(10, 200), 100,
           translate("Options", "Microphone volume (%)"),
           translate("Options", "Gain applied to the microphone before it is sent.")),
    Option("audio.ringer_volume", Integer(10, 100), 80, translate("Options", "Ringer volume (%)"),
           translate("Options", "Loudness of the ring tone.")),
    Option("audio.sample_rate", IntegerChoice((8000, 16000, 24000, 32000, 44100, 48000, 96000),
                                              "Hz"), 48000, translate("Options", "Device sample "
                                                                                 "rate"),
           translate("Options", "The rate audio devices are opened at first; a device that refuses "
                                "it is opened at its own rate."), admin=True),
    Option("audio.rescan_seconds", Number(1.0, 60.0), 3.0,
           translate("Options", "Device re-scan interval (s)"),
           translate("Options", "Where the sound system cannot announce devices plugged in or out "
                                "(no PulseAudio or PipeWire), how often the list is re-read while "
                                "no call is up."),
           admin=True),
)

DESKTOP = (
    Option("startup.at_login", Boolean(), False, translate("Options", "Start at login"),
           translate("Options", "Start the softphone in the tray when the agent logs in, so that "
                                "click-to-call and emergency callbacks work before anyone opens it "
                                "(XDG autostart on Linux, the Run registry key on Windows, a "
                                "LaunchAgent on macOS).")),
)

OPTIONS: tuple[Option, ...] = (AGENT + OUTBOUND + SIMULATED_CARRIER + SIP_CARRIER + CALLBACK
                               + ROUTING + PRESENCE + LOCATION + NOTIFY + AUDIO + DESKTOP)

BY_KEY: dict[str, Option] = {option.key: option for option in OPTIONS}
