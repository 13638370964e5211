"""Logs in the platform's log folder; unexpected errors logged (scrubbed) and shown, not fatal."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from softphone.blocks import logs
from softphone.blocks.profile import Profile
from softphone.blocks.profile_folder import default_log_folder, default_profile_folder
from softphone.crash import CrashReporter
from softphone.qt import QtCore, QtWidgets
from softphone.qtbridge import GuiThread
from softphone.widgets.crash_dialog import CrashDialogs
from tests.helpers import wait_for_instance

LOG_TIME = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} ", re.MULTILINE)


@pytest.fixture
def log_folder(tmp_path: Path):
    folder = tmp_path / "logs"
    assert logs.configure(folder) is None
    yield folder
    logs.configure(None)


@pytest.fixture
def reporter(qtbot, log_folder):
    dialogs = CrashDialogs(log_folder)
    installed = CrashReporter(dialogs.show, GuiThread().post)
    installed.install()
    yield dialogs
    installed.uninstall()
    if dialogs.box is not None:
        dialogs.box.close()


def log_text(folder: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return (folder / "softphone.log").read_text(encoding="utf-8")


def test_the_default_profile_logs_in_the_platform_log_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("SOFTPHONE_PROFILE", raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert Profile.resolve(None).logs_dir == tmp_path / "state" / "softphone" / "log"


@pytest.mark.parametrize("state", [None, "/srv/agent-state", "relative/state", ""])
def test_the_default_log_folder_is_the_one_platformdirs_names(monkeypatch, state):
    """Named without platformdirs (an instance's start does without it and its ``tempfile``),
    and held to it here, XDG_STATE_HOME unset, absolute, relative (ignored) and empty."""
    import platformdirs

    if state is None:
        monkeypatch.delenv("XDG_STATE_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_STATE_HOME", state)
    assert default_log_folder() == platformdirs.user_log_dir("softphone", appauthor=False)


@pytest.mark.parametrize("data", [None, "/srv/agent-data"])
def test_the_default_profile_folder_is_the_one_platformdirs_names(monkeypatch, data):
    import platformdirs

    if data is None:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_DATA_HOME", data)
    assert default_profile_folder() == platformdirs.user_data_dir("softphone", appauthor=False)


def test_an_explicit_profile_keeps_its_logs_inside_it(tmp_path):
    assert Profile.resolve(tmp_path / "agent-7").logs_dir == tmp_path / "agent-7" / "logs"


def test_the_app_on_the_default_profile_writes_its_log_where_the_platform_keeps_logs(tmp_path):
    environment = {key: value for key, value in os.environ.items() if key != "SOFTPHONE_PROFILE"}
    environment.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"),
                       XDG_DATA_HOME=str(tmp_path / "data"), XDG_STATE_HOME=str(tmp_path / "state"),
                       XDG_CONFIG_HOME=str(tmp_path / "config"),
                       SOFTPHONE_FLEET_SETTINGS=str(tmp_path / "no-fleet.toml"))
    process = subprocess.Popen([sys.executable, "-m", "softphone", "run"], env=environment,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        default = Profile(tmp_path / "data" / "softphone", tmp_path / "no-fleet.toml", default=True)
        wait_for_instance(default)
        quit_ = subprocess.run([sys.executable, "-m", "softphone", "quit"], env=environment,
                               capture_output=True, text=True, timeout=60)
        assert quit_.returncode == 0, quit_.stderr
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
    assert (tmp_path / "state" / "softphone" / "log" / "softphone.log").is_file()
    assert not (tmp_path / "data" / "softphone" / "logs").exists()


def test_logs_rotate_and_keep_five_old_files(log_folder):
    [handler] = [h for h in logging.getLogger().handlers
                 if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert handler.maxBytes == 1_000_000 and handler.backupCount == 5
    line = "x" * 200
    for _ in range(6_000):  # 1.2 MB
        logging.getLogger("core").warning(line)
    assert (log_folder / "softphone.log.1").is_file()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_scrubbed_and_shown_and_the_app_goes_on(qtbot, reporter,
                                                                           log_folder):
    def broken() -> None:
        raise ValueError("could not ring back +15551230001 after 911")

    QtCore.QTimer.singleShot(0, broken)
    qtbot.waitUntil(lambda: reporter.box is not None and reporter.box.isVisible())
    box = reporter.box
    assert not box.isModal()
    assert "keeps running" in box.text() and "ValueError" in box.text()
    assert "+15551230001" not in box.text() and "911" not in box.text()
    assert str(log_folder) in box.text()
    text = log_text(log_folder)
    assert "CRITICAL crash: Unexpected error; the softphone keeps running" in text
    assert "Traceback" in text and "ValueError" in text
    said = LOG_TIME.sub("", text)  # a line logged at hh:mm:ss,911 holds no number
    assert "+15551230001" not in said and "911" not in said
    survived = []
    QtCore.QTimer.singleShot(0, lambda: survived.append(True))
    qtbot.waitUntil(lambda: survived == [True])


def test_an_error_in_a_worker_thread_is_shown_on_the_gui_thread(qtbot, reporter, log_folder):
    def work() -> None:
        raise RuntimeError("mail server went away")

    worker = threading.Thread(target=work, name="notify")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: reporter.box is not None and reporter.box.isVisible())
    assert "RuntimeError: mail server went away" in reporter.box.text()
    assert "Unexpected error in the notify thread" in log_text(log_folder)


def test_a_crash_report_keeps_no_address_and_no_short_coordinates(qtbot, reporter, log_folder):
    def work() -> None:
        raise RuntimeError("no route for 350 Example Avenue at 40.7, -74.0")

    worker = threading.Thread(target=work, name="location")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: reporter.box is not None and reporter.box.isVisible())
    for shown in (reporter.box.text(), log_text(log_folder)):
        assert "Example Avenue" not in shown and "40.7" not in shown and "74.0" not in shown
        assert "no route for" in shown


def test_a_repeating_error_updates_one_dialog_instead_of_piling_up(qtbot, reporter):
    first = reporter.show("KeyError: 'x'")
    second = reporter.show("KeyError: 'x'")
    assert first is second and "happened 2 times" in second.text()
    first.close()
    qtbot.waitUntil(lambda: reporter.box is None)
    assert "happened" not in reporter.show("KeyError: 'y'").text()


@pytest.mark.qt_log_ignore("softphone test warning", extend=True)
def test_qt_warnings_go_to_the_log(qtbot, reporter, log_folder):
    QtCore.qWarning("softphone test warning")
    assert "WARNING qt: [default] softphone test warning" in log_text(log_folder)


def test_uninstalling_restores_the_previous_hooks(log_folder):
    before = (sys.excepthook, threading.excepthook)
    installed = CrashReporter(lambda _summary: None, lambda function: function())
    installed.install()
    assert sys.excepthook == installed.excepthook
    installed.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_the_crash_dialog_does_not_block_the_window_behind_it(qtbot, reporter):
    box = reporter.show("OSError: disk full")
    qtbot.waitExposed(box)
    assert QtWidgets.QApplication.activeModalWidget() is None
