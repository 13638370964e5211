"""The whole softphone on the SIP carrier, against SIPp peers on loopback: the core decides.

Nothing here is a test listener: ``Application`` is built on a temporary profile exactly as the
composition root builds it, the agent acts through its widgets, and SIPp is the far end.
"""

from __future__ import annotations

import logging

from lxml import etree

from softphone.app import Application
from softphone.core.calls import CallKind, CallState
from softphone.qt import QtCore
from tests.sip.conftest import POOL, Sipp
from tests.sip.test_sip_auth import CREDENTIALS, PASSWORD, SECRET, USER
from tests.sip.test_sip_calls import SCHEMAS, body_parts

Click = QtCore.Qt.MouseButton.LeftButton
PSAP_CALLBACK = "Priority: psap-callback"
NO_PRIORITY = "X-Call-Kind: ordinary"  # a neutral header in the caller scenario's header slot


def port_of(app: Application) -> int:
    return int(app.settings.get("carrier.sip.local_port"))


def finished(qtbot, peer: Sipp) -> int:
    """SIPp's exit status, waited for with the GUI thread running (the core lives there)."""
    qtbot.waitUntil(lambda: peer.process.poll() is not None, timeout=15_000)
    return peer.finish()


def ringing_prompt(qtbot, app: Application):
    qtbot.waitUntil(lambda: bool(app.window.prompts), timeout=10_000)
    [prompt] = app.window.prompts.values()
    qtbot.waitExposed(prompt)
    return prompt


def emergency_view(qtbot, app: Application):
    qtbot.waitUntil(lambda: app.window.emergency_view is not None, timeout=10_000)
    return app.window.emergency_view


def place_911(qtbot, app: Application) -> None:
    """Dial 911 and wait until the answering point (answering_point.xml) hangs up."""
    app.location.os_fix(40.7128, -74.006, 12.0)  # New York
    app.window.dial("911")
    view = emergency_view(qtbot, app)
    qtbot.waitUntil(lambda: view.state_label.text() == "Connected", timeout=10_000)
    qtbot.waitUntil(lambda: app.window.emergency_view is None, timeout=10_000)


def test_a_psap_callback_rings_through_dnd_and_a_full_line_and_the_other_call_is_held(
        qtbot, sipp, sip_app) -> None:
    customer = sipp("held_call.xml")
    app = sip_app(proxy=f"127.0.0.1:{customer.port}")
    assert app.settings.get("routing.max_concurrent_calls") == 1
    other = app.window.dial("+15557654321")
    assert other is not None
    qtbot.waitUntil(lambda: other.state is CallState.CONNECTED, timeout=10_000)
    app.phone.presence.set("Do not disturb")

    psap = sipp("caller.xml", target=port_of(app),
                extra=("-key", "callee", POOL[0], "-key", "header", PSAP_CALLBACK))
    prompt = ringing_prompt(qtbot, app)
    assert prompt.call.psap_callback and not prompt.decline_button.isVisible()
    qtbot.mouseClick(prompt.answer_button, Click)
    view = emergency_view(qtbot, app)
    assert view.alert.text() == "⚠  EMERGENCY CALLBACK IN PROGRESS  ⚠"
    qtbot.waitUntil(lambda: view.state_label.text() == "Connected", timeout=10_000)
    assert other.state is CallState.ON_HOLD
    assert app.phone.presence.status == "Do not disturb"

    qtbot.mouseClick(view.end_button, Click)
    assert finished(qtbot, psap) == 0, psap.log()  # it got 180, 200 and the agent's BYE
    qtbot.waitUntil(lambda: app.window.emergency_view is None, timeout=10_000)
    app.phone.hangup(other.call_id)
    assert finished(qtbot, customer) == 0, customer.log()  # held with a=sendonly, then BYE
    [reinvite] = customer.received("INVITE")[1:]
    assert "a=sendonly" in reinvite


def test_an_ordinary_call_while_dnd_is_refused_with_480_by_the_core(
        qtbot, sipp, sip_app) -> None:
    app = sip_app()
    app.phone.presence.set("Do not disturb")
    caller = sipp("refused_call.xml", target=port_of(app))
    assert finished(qtbot, caller) == 0, caller.log()  # the scenario requires 480
    qtbot.waitUntil(lambda: app.window.history.numbers() == ["+15559990000"], timeout=5000)
    assert app.window.prompts == {} and app.phone.calls() == []


def test_the_emergency_call_goes_out_over_sip_with_location_and_presence_comes_back(
        qtbot, sipp, sip_app) -> None:
    psap = sipp("answering_point.xml")
    app = sip_app(proxy=f"127.0.0.1:{psap.port}")
    app.phone.presence.set("Busy")
    app.location.os_fix(40.7128, -74.006, 12.0)  # New York
    app.window.dial("911")
    view = emergency_view(qtbot, app)
    assert app.phone.presence.status == "Do not disturb"
    assert f"Your callback number: {POOL[0]}" in view.details.text()
    qtbot.waitUntil(lambda: view.state_label.text() == "Connected", timeout=10_000)
    # the answering point hangs up (BYE from SIPp)
    qtbot.waitUntil(lambda: app.window.emergency_view is None, timeout=10_000)
    assert app.phone.presence.status == "Busy"
    assert finished(qtbot, psap) == 0, psap.log()  # its checks: Request-URI, PAI, Geolocation…
    [invite] = psap.received("INVITE")
    pidf = etree.fromstring(body_parts(invite)["application/pidf+xml"].encode())
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / "pidf-lo.xsd")))
    assert schema.validate(pidf), schema.error_log
    assert b"40.7128" in etree.tostring(pidf)
    assert app.phone.leases.current() is not None  # callback mode follows


def test_a_call_to_the_leased_callback_number_rings_with_priority_without_a_priority_header(
        qtbot, sipp, sip_app) -> None:
    psap = sipp("answering_point.xml")
    app = sip_app(proxy=f"127.0.0.1:{psap.port}")
    app.phone.presence.set("Do not disturb")
    place_911(qtbot, app)
    assert finished(qtbot, psap) == 0, psap.log()
    lease = app.phone.leases.current()
    assert lease is not None and lease.number == POOL[0]

    callback = sipp("caller.xml", target=port_of(app),
                    extra=("-key", "callee", POOL[0], "-key", "header", NO_PRIORITY))
    prompt = ringing_prompt(qtbot, app)
    assert prompt.call.psap_callback and prompt.call.kind is CallKind.EMERGENCY
    qtbot.mouseClick(prompt.answer_button, Click)
    view = emergency_view(qtbot, app)
    assert view.alert.text() == "⚠  EMERGENCY CALLBACK IN PROGRESS  ⚠"
    qtbot.waitUntil(lambda: view.state_label.text() == "Connected", timeout=10_000)
    qtbot.mouseClick(view.end_button, Click)
    assert finished(qtbot, callback) == 0, callback.log()
    assert all("Priority" not in invite for invite in callback.sent("INVITE"))
    qtbot.waitUntil(lambda: app.window.emergency_view is None, timeout=10_000)
    assert app.phone.presence.status == "Do not disturb"


def test_a_sip_password_the_admin_stores_is_used_without_a_restart(
        qtbot, sipp, sip_app, test_keyring, caplog) -> None:
    caplog.set_level(logging.INFO, logger="carrier")
    sbc = sipp("uas_auth.xml", extra=CREDENTIALS)  # 401 on INVITE, checks the password
    app = sip_app(proxy=f"127.0.0.1:{sbc.port}", user=USER)
    qtbot.waitUntil(lambda: any(problem.startswith(f"No SIP password is stored for {SECRET}")
                                for problem in app.problems), timeout=5000)
    dialog = app.show_settings()
    qtbot.waitUntil(dialog.sip_password.password.isEnabled, timeout=5000)
    qtbot.keyClicks(dialog.sip_password.password, PASSWORD)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Click)
    qtbot.waitUntil(lambda: "Read the SIP password from the keyring" in caplog.messages,
                    timeout=5000)
    states: list[CallState] = []
    app.phone.call_changed.connect(lambda call: states.append(call.state))
    app.window.dial("911")  # challenged, answered with the new password, connected, hung up
    emergency_view(qtbot, app)
    qtbot.waitUntil(lambda: app.window.emergency_view is None, timeout=10_000)
    assert CallState.CONNECTED in states and CallState.FAILED not in states
    assert finished(qtbot, sbc) == 0, sbc.log()
