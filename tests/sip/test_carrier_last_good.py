"""A broken setting never demotes a real carrier: the carrier settings that last worked stay in
use, the problem is reported at start and with the call, and 911 still reaches the carrier.

Each case starts the whole softphone on the SIP carrier (SIPp as the answering point), so the
copy is written as the app writes it; then breaks the agent's settings file the way an editor, a
script or a slip of the hand does, and starts the softphone again.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from softphone.app import Application
from softphone.blocks.profile import Profile
from softphone.qt import QtWidgets
from softphone.settings.store import Settings
from tests.sip.conftest import OWN, POOL, Sipp, wait_until_serving

LAST_WORKED = "the carrier settings that last worked are in use"


def retype(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def folder_in_its_place(path: Path) -> None:
    path.unlink()
    path.mkdir()


def symlink_loop(path: Path) -> None:
    path.unlink()
    path.symlink_to(path.name)


def duplicate_key(path: Path) -> None:
    path.write_text(path.read_text() + '\n[agent]\nname = "Dana"\nname = "Dana Agent"\n')


def latin1_name(path: Path) -> None:
    path.write_bytes(path.read_bytes() + '\n[agent]\nname = "Renée"\n'.encode("latin-1"))


BREAKAGES: dict[str, Callable[[Path, int], None]] = {
    "a typo in the adapter's name": lambda path, port: retype(
        path, 'adapter = "sip"', 'adapter = "spi"'),
    "a typo in the adapter's key": lambda path, port: retype(
        path, 'adapter = "sip"', 'adaptor = "sip"'),
    "a typo in the section": lambda path, port: retype(path, "[carrier]", "[carier]"),
    "duplicate keys": lambda path, port: duplicate_key(path),
    "a folder in its place": lambda path, port: folder_in_its_place(path),
    "a symbolic link loop in its place": lambda path, port: symlink_loop(path),
    "a proxy with a port above 65535": lambda path, port: retype(
        path, f'proxy = "127.0.0.1:{port}"', f'proxy = "127.0.0.1:{port + 65536}"'),
    "one Latin-1 byte": lambda path, port: latin1_name(path),
}


def stop(application: Application) -> None:
    """Shut down once what its threads posted has run (a second instance starts next)."""
    QtWidgets.QApplication.processEvents()
    application.shutdown()
    gc.collect()  # on the GUI thread: see the start_app fixture


@pytest.fixture
def make_app(qtbot, profile: Profile) -> Iterator[Callable[[], Application]]:
    made: list[Application] = []

    def start() -> Application:
        application = Application(profile, configure_logging=False)
        made.append(application)
        application.start(show=True)
        qtbot.waitExposed(application.window)
        return application

    yield start
    for application in made:
        if application._running:
            application.shutdown()
    gc.collect()


@pytest.mark.slow
@pytest.mark.parametrize("breakage", list(BREAKAGES), ids=list(BREAKAGES))
def test_a_broken_settings_file_keeps_the_real_carrier_and_911_reaches_it(
        qtbot, breakage: str, sipp: Callable[..., Sipp], sip_settings: Settings, profile: Profile,
        make_app: Callable[[], Application]) -> None:
    answering_point = sipp("answering_point.xml")
    sip_settings.update({"callback.pool": POOL, "outbound.caller_id": OWN,
                         "location.ip_fallback": False,
                         "carrier.sip.proxy": f"127.0.0.1:{answering_point.port}"})
    sip_settings.save()
    port = sip_settings["carrier.sip.local_port"]
    working = make_app()
    assert working.carrier.name == "sip" and not working.settings.problems
    assert profile.last_good_carrier_file.exists()  # the copy: valid settings, carrier started
    stop(working)

    BREAKAGES[breakage](profile.settings_file, answering_point.port)
    broken = os.path.lexists(profile.settings_file) and (
        profile.settings_file.is_symlink() or profile.settings_file.is_dir()
        or profile.settings_file.read_bytes())

    app = make_app()
    wait_until_serving(port)
    assert app.carrier.name == "sip"
    [notice] = [problem for problem in app.problems if LAST_WORKED in problem]
    assert f"proxy 127.0.0.1:{answering_point.port}" in notice and "restart" in notice
    assert not app.window.reach_banner.isVisible()  # the real carrier has its route

    app.location.os_fix(40.7128, -74.006, 12.0)
    call = app.window.dial("911")
    assert call is not None and any(LAST_WORKED in note for note in call.notes)  # and at dial
    qtbot.waitUntil(lambda: app.window.emergency_view is not None, timeout=10_000)
    view = app.window.emergency_view
    qtbot.waitUntil(lambda: view.state_label.text() == "Connected", timeout=10_000)
    qtbot.waitUntil(lambda: answering_point.process.poll() is not None, timeout=15_000)
    assert answering_point.finish() == 0, answering_point.log()  # the INVITE reached the SBC
    # Nothing the admin wrote was touched.
    assert not os.path.lexists(profile.settings_file) or broken == (
        profile.settings_file.is_symlink() or profile.settings_file.is_dir()
        or profile.settings_file.read_bytes())


def test_a_deliberate_switch_to_the_simulated_carrier_is_obeyed_and_shown(
        qtbot, sip_settings: Settings, profile: Profile,
        make_app: Callable[[], Application]) -> None:
    sip_settings.update({"carrier.sip.proxy": "127.0.0.1:5999", "location.ip_fallback": False})
    sip_settings.save()
    stop(make_app())
    assert profile.last_good_carrier_file.exists()
    settings = Settings(profile.settings_file)
    settings.set("carrier.adapter", "simulated")
    settings.save()
    app = make_app()
    assert app.carrier.name == "simulated" and not any(LAST_WORKED in p for p in app.problems)
    banner = app.window.reach_banner
    assert banner.isVisible() and ("Emergency calls from this softphone do not reach emergency "
                                   "services: use another phone.") in banner.text()


def test_the_copy_is_written_only_from_valid_carrier_settings_that_loaded(
        qtbot, sip_settings: Settings, profile: Profile,
        make_app: Callable[[], Application]) -> None:
    sip_settings.update({"location.ip_fallback": False, "carrier.sip.proxy": "127.0.0.1:5999"})
    sip_settings.save()
    retype(profile.settings_file, 'adapter = "sip"', 'adapter = "spi"')
    app = make_app()
    assert app.carrier.name == "unavailable"
    assert not profile.last_good_carrier_file.exists()
    stop(app)
    retype(profile.settings_file, 'adapter = "spi"', 'adapter = "sip"')
    retype(profile.settings_file, "127.0.0.1:5999", "127.0.0.1:99999")
    app = make_app()
    assert any("port '99999' is outside 1–65535" in p for p in app.problems)
    assert not profile.last_good_carrier_file.exists()
