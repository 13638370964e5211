"""Every user-visible string in softphone/ is marked for translation (tests/i18n/scan.py says
how it looks), and the scan itself finds what it must."""

from __future__ import annotations

from tests.i18n.scan import scan, scan_source

# What stays as written, each with its reason: (module under softphone/, the text).
ALLOWED: dict[tuple[str, str], str] = {
    ("blocks/languages.py", "English (United States)"): "a language is named in itself",
    ("blocks/languages.py", "Dansk (Danmark)"): "a language is named in itself",
    ("blocks/languages.py", "Français (Canada)"): "a language is named in itself",
    ("blocks/languages.py", "Español (Puerto Rico)"): "a language is named in itself",
    ("blocks/text.py", "a translated message takes named arguments only, e.g. {error}"):
        "a programming error, raised to the developer who wrote the call",
    ("core/history.py", "emergency and test calls are never written to the call history"):
        "a programming error, raised to the developer who wrote the call",
    ("control/client.py", "a request holds only JSON values with text keys, not {…}"):
        "a programming error, raised to the developer who wrote the call",
    ("notify/notifier.py", "not configured"): "an identifier, never shown",
    ("launcher.py", "Qt's main thread is not the process's main thread"):
        "a programming error (Qt used on another thread first); the agent is told the window "
        "could not be shown, with the error's type",
    ("notify/placeholders.py", "{…} {…}"): "a date and a time zone's name",
    ("notify/placeholders.py", "{…} {…} (UTC{…}:{…})"): "a date, a time zone and its offset",
    ("notify/placeholders.py", "Sam Sample"): "a made-up name in the preview's sample",
    ("notify/placeholders.py", "Example Avenue"): "a made-up address in the preview's sample",
    ("notify/placeholders.py", "Floor 2"): "a made-up address in the preview's sample",
    ("notify/placeholders.py", "New York"): "a made-up address in the preview's sample",
    ("location/address.py", "K1A 0B1"): "a postcode shown as an example",
    ("location/address.py", "SW1A 1AA"): "a postcode shown as an example",
    ("widgets/address_dialog.py", "US, CA, PR, GB, DK …"): "country codes, as typed",
    ("widgets/assistant_pages.py", "{…} {…}\n{…} {…}"): "marks, then the checks' translated words",
    ("widgets/settings_pages.py", "{…} ({…})"): "a page's translated title and a count",
    ("widgets/settings_dialog.py", "toml"): "a file name's suffix",
    ("audio/portaudio.py", "{…} Hz"): "a number and its unit, in a list of rates tried",
    ("carriers/sip/__init__.py", "module {…} has no attribute {…}"):
        "Python's own AttributeError, raised to the developer who wrote the import",
    ("carriers/sip/account.py", "{…} {…}"): "a SIP status code and the server's reason phrase",
    ("carriers/sip/in_dialog.py", "{…} {…}"): "a SIP status code and the server's reason phrase",
    ("carriers/sip/probe.py", "{…} {…}"): "a SIP status code and the server's reason phrase",
    ("carriers/sip/inbound.py", "Busy Here"): "a SIP reason phrase, on the wire (RFC 3261)",
    ("carriers/sip/inbound.py", "Temporarily Unavailable"):
        "a SIP reason phrase, on the wire (RFC 3261)",
    ("carriers/sip/inbound.py", "Server Internal Error"):
        "a SIP reason phrase, on the wire (RFC 3261)",
    ("carriers/sip/inbound.py", "Not Acceptable Here"):
        "a SIP reason phrase, on the wire (RFC 3261)",
    ("carriers/sip/route_plan.py", "direct routing"):
        "a routing path's identifier; RoutePlan.describe says it in the agent's language",
    ("carriers/sip/route_plan.py", "direct offer"):
        "a routing path's identifier; RoutePlan.describe says it in the agent's language",
    ("carriers/sip/srtp.py", "{…} {…} inline:{…}"):
        "an SDP a=crypto attribute (RFC 4568), on the wire",
    ("carriers/sip/media.py", "connect_answered follows answering"):
        "an assertion, for the developer who calls it out of order",
    ("widgets/option_editors.py", "{…} {…}"): "a number and its unit (settings.types)",
    ("settings/files.py", "chmod o-w '{…}'"): "a shell command, as typed",
    ("settings/options.py", "US"): "a default value, as settings.toml writes it",
    ("settings/options.py", "simulated"): "a default value, as settings.toml writes it",
    ("settings/options.py", "udp"): "a default value, as settings.toml writes it",
    ("settings/options.py", "number@domain"): "a default value, as settings.toml writes it",
    ("settings/options.py", "p-asserted-identity"): "a default value, as settings.toml writes it",
    ("settings/options.py", "direct_routing"): "a default value, as settings.toml writes it",
    ("settings/options.py", "preferred"): "a default value, as settings.toml writes it",
    ("settings/options.py", "starttls"): "a default value, as settings.toml writes it",
    ("settings/types.py", "text ({…}; port 1–65535)"):
        "the README's settings table, which stays English (settings.docs)",
    ("settings/types.py", "true or false"):
        "the README's settings table, which stays English (settings.docs)",
    ("settings/types.py", "integer {…}–{…}"):
        "the README's settings table, which stays English (settings.docs)",
    ("settings/types.py", "number {…}–{…}"):
        "the README's settings table, which stays English (settings.docs)",
    ("settings/types.py", "list of E.164 numbers"):
        "the README's settings table, which stays English (settings.docs)",
    ("settings/types.py", "list of texts"):
        "the README's settings table, which stays English (settings.docs)",
    ("settings/types.py", "list of IP addresses, networks (CIDR) or host names"):
        "the README's settings table, which stays English (settings.docs)",
    ("settings/types.py", "ISO 3166-1 alpha-2 country code, e.g. `US`"):
        "the README's settings table, which stays English (settings.docs)",
    ("settings/types.py", "ISO 3166-1 alpha-2 country code, e.g. `US`, or empty"):
        "the README's settings table, which stays English (settings.docs)",
    ("settings/types.py", "list of `{match = \"<glob>\", action = \"accept\"|\"refuse\"}`, first match wins"):
        "the README's settings table, which stays English (settings.docs)",
    ("settings/types.py", "email address such as `softphone@example.com`, or empty"):
        "the README's settings table, which stays English (settings.docs)",
    ("settings/types.py", "email addresses separated by semicolons, or a list of them"):
        "the README's settings table, which stays English (settings.docs)",
    ("settings/types.py", "template text with `{{placeholders}}`, or empty for the shipped one"):
        "the README's settings table, which stays English (settings.docs)",
    ("settings/types.py", "text ({…})"):
        "the README's settings table, which stays English (settings.docs)",
    ("settings/types.py", "one of "):
        "the README's settings table, which stays English (settings.docs)",
    ("settings/types.py", ("list of `[[callback.sites]]`: `name`, `address` (street, house_number, "
                           "floor_room, city, region, postcode, country), `pool`, optional "
                           "`networks` and `unassigned_route`")):
        "the README's settings table and the TOML editor's hint: TOML, as written (settings.docs)",
    ("settings/types.py", ("PostgreSQL URI such as "
                           "`postgresql://softphone@db.example.com/callbacks?sslmode=verify-full`, "
                           "or empty")):
        "the README's settings table, which stays English (settings.docs)",
    ("app.py", "the launcher makes the QApplication before the Application"):
        "a programming error, raised to the developer who wrote the call",
    ("core/calls.py", "on hold"): "a stored identifier; widgets show calls_panel.state_label",
    ("core/inbound_routing.py", "ring with emergency priority"): "an identifier, never shown",
    ("core/carrier.py", "do not disturb"): "an identifier that carriers map to a SIP code",
    ("core/presence.py", "Do not disturb"):
        "the stored status; widgets show presence_box.status_label",
    ("widgets/calls_panel.py", "{…} {…} — {…} {…}"): "an arrow, then translated words and a time",
    ("widgets/readiness_indicator.py", "{…} {…}: {…}"): "a mark, then the check's translated words",
    ("widgets/readiness_panel.py", "{…} {…}"): "a mark, then the check's translated title",
    ("blocks/speech.py", "apt install espeak-ng"): "a command, typed as written",
    ("location/network.py", "subnet {…}"): "hashed into the network's fingerprint, never shown",
    ("location/network.py", "gateway {…} via {…}"):
        "hashed into the network's fingerprint, never shown",
    ("location/network.py", "gateway hardware {…}"):
        "hashed into the network's fingerprint, never shown",
    ("location/pidf.py", "{…} {…}"): "a GML position (PIDF-LO), protocol text",
}


def test_every_user_visible_string_in_the_softphone_is_marked_for_translation() -> None:
    unmarked = [str(finding) for finding in scan()
                if (finding.path, finding.text) not in ALLOWED]
    assert unmarked == []


def test_every_string_allowed_to_stay_as_written_is_still_there() -> None:
    found = {(finding.path, finding.text) for finding in scan()}
    assert set(ALLOWED) - found == set()


def test_the_scan_finds_words_shown_or_kept_without_translation() -> None:
    source = '''
def build(label, error, minutes):
    label.setText("Call")
    label.setToolTip(f"Dial {error}")
    message = "The carrier could not start."
    raise CallError(f"{error} is not a number")
    ok = translate("Phone", "End the emergency call first.")
    wrong = translate("Phone", f"{error} is wrong")
    count = translate("Banner", "%n minute(s) left", None, minutes)
    log.warning("Logged in English for whoever reads the log: %s", error)
    return "callback.pool" in error, {"A key with words": 1}
'''
    found = sorted((finding.line, finding.why.split(" ")[0])
                   for finding in scan_source(source, "x.py"))
    assert found == [(3, "shown"), (4, "shown"), (5, "words"), (6, "words"),
                     (8, "translate()"), (9, "a")]
