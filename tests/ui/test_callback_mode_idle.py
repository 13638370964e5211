"""Callback mode costs an idle softphone only its countdown (issue 14): the number is written
once, when it can be seen, and a hidden window does not tick (the tray counts down). A
softphone that restarts in callback mode formats the number when it is shown, not before it
is ready to dial."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import phonenumbers
import pytest
from pytestqt.qtbot import QtBot

from softphone.app import Application
from softphone.blocks.profile import Profile
from softphone.core.lease_registry import Pool
from softphone.core.leases import CallbackLeases
from softphone.core.state import StateStore
from softphone.core.storage import Database
from softphone.settings.store import Settings
from softphone.widgets import formatting
from tests.helpers import POOL

VALID = "+12025550143"  # formatted as "(202) 555-0143" in the US


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every number the window and the tray format (parse) from here on; none is remembered
    from earlier tests."""
    seen: list[str] = []
    real = phonenumbers.parse

    def parse(text: str, region: str | None = None, *args: object, **kwargs: object) -> object:
        seen.append(text)
        return real(text, region, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(formatting.phonenumbers, "parse", parse)
    formatting._formatted.cache_clear()
    yield seen
    formatting._formatted.cache_clear()


def end_an_emergency_call(qtbot: QtBot, softphone: Application) -> None:
    call = softphone.window.dial("911")
    assert call is not None
    softphone.phone.hangup(call.call_id)
    qtbot.waitUntil(lambda: softphone.window.emergency_view is None)
    assert softphone.phone.leases.current() is not None


def test_a_tick_in_callback_mode_moves_the_countdown_and_nothing_else(
        qtbot: QtBot, ready_settings: Settings, start_app: Callable[..., Application],
        parsed: list[str]) -> None:
    softphone = start_app()
    end_an_emergency_call(qtbot, softphone)
    tray, banner = softphone.desktop.tray, softphone.window.callback_banner
    entries = tray.presence_menu.actions()
    counted = len(parsed)
    line, countdown = tray.callback_line.text(), banner.countdown.text()
    qtbot.waitUntil(lambda: tray.callback_line.text() != line
                    and banner.countdown.text() != countdown, timeout=3000)  # both ticked
    assert tray.callback_line.text().startswith(f"Callback mode: {POOL[0]}, ")
    assert POOL[0] in banner.title.text()
    assert len(parsed) == counted  # the number was not written again
    assert tray.presence_menu.actions() == entries  # nor the presence menu made again


def test_a_hidden_window_does_not_tick_in_callback_mode_and_catches_up_when_shown(
        qtbot: QtBot, ready_settings: Settings, start_app: Callable[..., Application]) -> None:
    softphone = start_app(show=False)
    end_an_emergency_call(qtbot, softphone)
    assert not softphone.window._ticker.isActive()  # nothing to see
    tray = softphone.desktop.tray
    first = tray.callback_line.text()
    qtbot.waitUntil(lambda: tray.callback_line.text() != first, timeout=3000)  # it counts
    softphone.show_window()
    qtbot.waitExposed(softphone.window)
    banner = softphone.window.callback_banner
    assert softphone.window._ticker.isActive()
    assert banner.isVisible() and POOL[0] in banner.title.text()
    assert banner.countdown.text().endswith(" left")


def test_a_softphone_restarted_in_callback_mode_formats_the_number_once_shown(
        qtbot: QtBot, ready_settings: Settings, profile: Profile,
        start_app: Callable[..., Application], parsed: list[str]) -> None:
    database = Database(profile.database)  # the lease an emergency call left before a restart
    try:
        leases = CallbackLeases(StateStore(database), pool=lambda: Pool("", (VALID,)),
                                own_number=lambda: "", minutes=lambda: 60)
        leases.acquire()
        leases.save()
        leases.resume()
    finally:
        database.close()
    softphone = start_app(show=True, in_turns=True)  # as the launcher starts it
    assert softphone.phone.leases.current() is not None and not softphone.started
    assert parsed == []  # ready to dial, and no number formatted yet
    qtbot.waitUntil(lambda: softphone.started)  # the rest of the start-up: the window shown
    qtbot.waitExposed(softphone.window)
    banner = softphone.window.callback_banner
    assert banner.isVisible()
    assert "(202) 555-0143" in banner.title.text()
    assert softphone.desktop.tray.callback_line.text().startswith(
        "Callback mode: (202) 555-0143, ")
