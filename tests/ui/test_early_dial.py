"""A call placed before the window exists (a click-to-dial that started the softphone places it
before Qt is loaded: ``softphone.early``) gets everything a call from the open window gets: Do
not disturb, the callback number leased and paused, the contacts' email, the modal emergency
view with its alert and the notification's status, and presence back when it ends. The same
parts as the launcher's, in this process, with a real SMTP server."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from softphone.app import Application
from softphone.blocks import secrets
from softphone.blocks.profile import Profile
from softphone.early import EarlyLoop
from softphone.parts import Parts
from softphone.settings.store import Settings
from tests.helpers import POOL
from tests.keyring_backend import FileKeyring
from tests.notify.notify_helpers import (
    RECIPIENTS,
    SECRET_NAME,
    SMTP_PASSWORD,
    MailServer,
    configure,
)


@pytest.fixture
def early_parts(profile: Profile, ready_settings: Settings, mail_server: MailServer,
                ca_file: Path, test_keyring: FileKeyring) -> Iterator[tuple[Parts, EarlyLoop]]:
    """The parts a click-to-dial's instance builds before Qt, on an early loop, carrier
    started; stopped after the test unless an Application took them over."""
    configure(ready_settings, mail_server, ca_file=ca_file)
    secrets.set_secret(SECRET_NAME, SMTP_PASSWORD)
    loop = EarlyLoop()
    parts = Parts(profile, loop.post, loop, networks=tuple, configure_logging=False)
    parts.build()
    parts.start_carrier()
    yield parts, loop
    if parts.running:
        parts.stop()


@pytest.fixture
def window_around(qtbot: QtBot, profile: Profile) -> Iterator[Callable[[Parts, EarlyLoop],
                                                                        Application]]:
    """Builds the window around early parts as the launcher does; shut down after the test."""
    made: list[Application] = []

    def build(parts: Parts, loop: EarlyLoop) -> Application:
        application = Application(profile, configure_logging=False, parts=parts)
        made.append(application)
        loop.hand_over(application.gui_thread.post, application.scheduler)
        application.start(show=True)
        return application

    yield build
    for application in made:
        application.shutdown()


def test_a_call_placed_before_the_window_gets_the_view_the_email_and_dnd(
        qtbot: QtBot, early_parts: tuple[Parts, EarlyLoop], mail_server: MailServer,
        window_around: Callable[[Parts, EarlyLoop], Application]) -> None:
    parts, loop = early_parts
    answer = parts.handle({"command": "dial", "args": {"number": "911"}})
    assert answer["ok"] and answer["result"]["carrier_has_it"]
    parts.listen()
    parts.start_notifier()
    [call] = parts.phone.calls()
    assert parts.phone.presence.status == "Do not disturb" and parts.phone.presence.locked
    lease = parts.phone.leases.current()
    assert lease is not None and lease.number == POOL[0] and lease.paused_at is not None
    assert set(mail_server.wait_for(1)[0].rcpt_tos) == set(RECIPIENTS)  # before any window

    application = window_around(parts, loop)
    view = application.window.emergency_view
    assert view is not None and view.call is call
    qtbot.waitExposed(view)
    assert view.isModal() and view.alert.text()
    qtbot.waitUntil(lambda: view.notification.text() == "Contacts notified", timeout=10_000)
    qtbot.waitUntil(lambda: application.started)

    application.phone.hangup(call.call_id)
    qtbot.waitUntil(lambda: application.window.emergency_view is None)
    assert application.phone.presence.status == "Available"
    assert not application.phone.presence.locked
    lease = application.phone.leases.current()
    assert lease is not None and lease.paused_at is None
    assert len(mail_server.messages) == 1


def test_what_the_carrier_said_before_the_window_reaches_it_in_order(
        qtbot: QtBot, early_parts: tuple[Parts, EarlyLoop],
        window_around: Callable[[Parts, EarlyLoop], Application]) -> None:
    """The simulated answering point answers (0.1 s) while nothing runs the early loop: the
    answer waits there and reaches the call once the window's loop runs."""
    parts, loop = early_parts
    answer = parts.handle({"command": "dial", "args": {"number": "+15557654321"}})
    assert answer["ok"] and answer["result"]["state"] == "dialing"
    [call] = parts.phone.calls()
    application = window_around(parts, loop)
    assert application.window.emergency_view is None  # a normal call: no view, no DND
    qtbot.waitUntil(lambda: call.state.value == "connected", timeout=10_000)
    assert application.phone.presence.status == "Available"
    assert application.phone.leases.current() is None
    application.phone.hangup(call.call_id)


def test_networks_that_cannot_be_read_before_qt_do_not_stop_the_call(
        profile: Profile, ready_settings: Settings) -> None:
    """A site recognised by its networks needs the subnets, which an instance started for a
    click-to-dial reads through Qt's network module on the dial path: if that fails, the call
    still goes out, from the default pool, and the agent is told."""
    ready_settings.update({"callback.sites": [{
        "name": "Denver", "pool": ["+13035550101"], "networks": ["10.20.0.0/16"],
        "address": {"street": "Main Street", "city": "Denver", "country": "US"}}]})
    ready_settings.save()

    def broken() -> list[str]:
        raise ImportError("Qt's network module could not be loaded")

    loop = EarlyLoop()
    parts = Parts(profile, loop.post, loop, networks=broken, configure_logging=False)
    parts.build()
    parts.start_carrier()
    try:
        answer = parts.handle({"command": "dial", "args": {"number": "911"}})
        assert answer["ok"] and answer["result"]["carrier_has_it"], answer
        assert any("networks could not be read (ImportError)" in problem
                   for problem in parts.problems)
        parts.phone.hangup()
    finally:
        parts.stop()
