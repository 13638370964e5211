"""Shared test set-up: offscreen Qt, one application for the session, a fresh profile per test."""

from __future__ import annotations

import gc
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("SOFTPHONE_PROFILE", None)
# The instances' control sockets and locks go to a private folder of this test run (mkdtemp
# makes it 0700), as the login manager's XDG_RUNTIME_DIR would be; tests of the fallbacks unset it.
os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="softphone-test-run-")
# The tests read English unless a test picks a language (ui.language): whatever this machine's
# own language, for the app (Qt reads LANGUAGE first) and the command line alike.
os.environ["LANGUAGE"] = "en_US"

import keyring
import pytest
import trustme

from softphone.app import Application
from softphone.blocks.profile import Profile
from softphone.launcher import run_in_turns
from softphone.qt import QtCore
from softphone.settings.store import Settings
from tests.helpers import OWN, POOL, ManualClock, ManualScheduler
from tests.kamailio import kamailio  # noqa: F401  (a fixture any test may use: a real SIP proxy)
from tests.keyring_backend import FILE_ENV, FileKeyring
from tests.notify.notify_helpers import MailServer, free_port
from tests.own_dev_shm import give_this_process_its_own_dev_shm

REPOSITORY = Path(__file__).parents[1]


DEV_SHM = pytest.StashKey[str]()


def pytest_configure(config: pytest.Config) -> None:
    config.stash[DEV_SHM] = give_this_process_its_own_dev_shm()  # before any test starts a thread


def pytest_report_header(config: pytest.Config) -> str:
    return f"/dev/shm: {config.stash[DEV_SHM]}"


@pytest.fixture(autouse=True, scope="session")
def garbage_collected_on_the_gui_thread() -> Iterator[None]:
    """Python's cycle collector runs on whichever thread happens to allocate (the audio
    watcher, the notifier, the SIP loop). Meeting a Qt object there (a dialog a test closed but
    nothing deleted), PySide destroys it off the GUI thread, which can deadlock with the GUI
    thread (seen: the audio watcher deleting a settings dialog's parts while the GUI thread
    deleted the dialog). So the tests collect on this thread only: after each test."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def collect_garbage_after_the_test() -> Iterator[None]:
    yield
    gc.collect()


@pytest.fixture
def profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Profile:
    """An empty profile folder; the fleet file points into the test folder and does not exist."""
    monkeypatch.setenv("SOFTPHONE_FLEET_SETTINGS", str(tmp_path / "fleet" / "settings.toml"))
    found = Profile.resolve(tmp_path / "profile")
    found.ensure()
    return found


@pytest.fixture
def settings(profile: Profile) -> Settings:
    return Settings(profile.settings_file, profile.fleet_file)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def scheduler(clock: ManualClock) -> ManualScheduler:
    return ManualScheduler(clock)


@pytest.fixture
def test_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FileKeyring]:
    """The test keyring (SMTP and SIP passwords), in-process and for subprocesses
    (``PYTHON_KEYRING_BACKEND``)."""
    (tmp_path / "keyring").mkdir()
    monkeypatch.setenv(FILE_ENV, str(tmp_path / "keyring" / "passwords.json"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.keyring_backend.FileKeyring")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(
        [str(REPOSITORY), *filter(None, [os.environ.get("PYTHONPATH")])]))
    previous = keyring.get_keyring()
    backend = FileKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def ready_settings(settings: Settings) -> Settings:
    """Settings an admin would have made: an outbound number and a callback pool; a quick
    simulated answering point that does not speak; no IP lookups from tests."""
    settings.update({"outbound.caller_id": OWN, "callback.pool": POOL,
                     "carrier.simulated.answer_delay": 0.1,
                     "carrier.simulated.speak_greeting": False,
                     "location.ip_fallback": False})
    settings.save()
    return settings


@pytest.fixture
def start_app(qtbot, profile: Profile) -> Iterator[Callable[..., Application]]:  # type: ignore[no-untyped-def]
    """``start_app(show=True, before_start=None, in_turns=False)``: the whole softphone built
    on the test profile's saved settings and started as ``softphone run`` would (``in_turns``:
    its start-up's steps each in a turn of the event loop, as the launcher runs them; the test
    waits for ``started``); shut down after the test."""
    made: list[Application] = []

    def start(show: bool = True,
              before_start: Callable[[Application], object] | None = None,
              in_turns: bool = False) -> Application:
        application = Application(profile, configure_logging=False)
        made.append(application)
        if before_start is not None:
            before_start(application)
        if in_turns:
            run_in_turns(application.steps(show), QtCore.QTimer.singleShot)
            return application
        application.start(show=show)
        if show:
            qtbot.waitExposed(application.window)
        return application

    yield start
    for application in made:
        application.shutdown()
    # Collect what the instances left in reference cycles now, on the GUI thread. Left to
    # itself, the collector runs in whichever thread allocates next: a worker thread that
    # destroys a Qt object takes Qt's connection lock and then waits for the GIL, which the GUI
    # thread holds while it waits for that lock (seen after a hundred instances in one run).
    gc.collect()


@pytest.fixture(scope="session")
def ca() -> trustme.CA:
    """A company certificate authority for TLS servers in tests (SMTP, SIP)."""
    return trustme.CA()

@pytest.fixture
def mail_server(ca: trustme.CA) -> Iterator[MailServer]:
    """A running server; ``mail_server.stop()``/``start()`` simulate an outage."""
    server = MailServer(ca, free_port())
    server.start()
    yield server
    server.stop()


@pytest.fixture
def ca_file(ca: trustme.CA, tmp_path: Path) -> Path:
    """The company CA as a file, as an admin would point the softphone at it."""
    path = tmp_path / "company-ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return path
