"""The composition root: builds every object of one softphone instance once, and wires them.

Nothing else constructs subsystems or reaches for globals; tests build an ``Application`` on a
temporary profile and drive it like an agent would.
"""

from __future__ import annotations

import logging

from softphone import logs
from softphone.audio.engine import Engine
from softphone.control.commands import Commands
from softphone.control.ipc import ControlServer, ControlUnavailable
from softphone.core.assembly import assemble
from softphone.core.calls import Call, CallError, CallState, Direction
from softphone.core.location import Location
from softphone.core.ports import EmergencyNotice
from softphone.core.storage import Database
from softphone.drills import Drills
from softphone.profile import Profile
from softphone.qt import QtCore, QtWidgets
from softphone.qtbridge import GuiThread, QtScheduler
from softphone.settings.store import Settings
from softphone.widgets.device_panel import DevicePanel
from softphone.widgets.main_window import MainWindow

log = logging.getLogger("core")


class _NoLocation:
    def latest(self) -> Location | None:
        return None


class _NoNotifier:
    def notify(self, notice: EmergencyNotice) -> None:
        pass


class Application:
    def __init__(self, profile: Profile, configure_logging: bool = True,
                 verbose: bool = False) -> None:
        self.profile = profile
        self.problems: list[str] = []
        try:
            profile.ensure()
        except OSError as error:
            self.problems.append(f"Cannot create the profile folder {profile.root}: "
                                 f"{error.strerror}. Nothing will be saved.")
        if configure_logging:
            self._note(logs.configure(profile.logs_dir, verbose))

        self.settings = settings = Settings(profile.settings_file, profile.fleet_file)
        self.problems.extend(settings.problems)
        self.database = Database(profile.database)
        self._note(self.database.problem)

        self.gui_thread = GuiThread()
        self.scheduler = QtScheduler(self.gui_thread)
        self.location = _NoLocation()
        self.notifier = _NoNotifier()
        self.audio = Engine(settings)

        core = assemble(settings, self.database, self.scheduler, self.audio, self.location,
                        self.notifier, post=self.gui_thread.post)
        self.problems.extend(core.problems)
        self.phone = core.phone
        self.carrier = core.carrier
        self.readiness = core.readiness
        self.drills = Drills(self.carrier, self.phone.leases)
        self.window = MainWindow(self.phone, self.readiness, self.drills,
                                 lambda: DevicePanel(self.audio))
        self.readiness.add(self.audio.checks)
        self._running = True
        self.audio.notice.connect(lambda text: self.gui_thread.post(
            lambda: self._show_audio_notice(text)))
        self.audio.state_changed.connect(lambda _state: self.gui_thread.post(
            self._refresh_readiness))
        self.phone.incoming.connect(self._ring_while_a_call_rings)
        self.phone.call_changed.connect(self._ring_while_a_call_rings)
        self.commands = Commands(self.phone, self.readiness, self.drills,
                                 problems=lambda: list(self.problems),
                                 quit_app=self.quit, show_window=self.show_window)
        self.control = ControlServer(profile.server_name, self.commands.handle)
        self.phone.problem.connect(self._record_problem)

    def _note(self, problem: str | None) -> None:
        if problem:
            self.problems.append(problem)

    def _record_problem(self, message: str) -> None:
        self.problems.append(message)
        del self.problems[:-20]

    def _show_audio_notice(self, text: str) -> None:
        if self._running:  # posted from the audio worker; the window may be gone by now
            self.window.show_problem(text)

    def _refresh_readiness(self) -> None:
        if self._running:
            self.readiness.refresh()

    def _ring_while_a_call_rings(self, _call: Call) -> None:
        if any(call.direction is Direction.INBOUND and call.state is CallState.RINGING
               for call in self.phone.calls()):
            self.audio.start_ringing()
        else:
            self.audio.stop_ringing()

    def start(self, show: bool = True) -> None:
        try:
            self.control.listen()
        except ControlUnavailable as error:
            self.problems.append(f"{error}. Command-line control is unavailable.")
        self.audio.start()
        self.phone.start()
        for problem in self.problems:
            self.window.show_problem(problem)
        if show:
            self.window.show()

    def show_window(self) -> None:
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def quit(self) -> None:
        """Quit, unless an emergency call is up: quitting must never end one by accident."""
        if self.phone.emergency.active:
            raise CallError("An emergency call is up: end it before quitting the softphone.")
        QtWidgets.QApplication.quit()

    def shutdown(self) -> None:
        """Stop everything; the window and its dialogs (the emergency view too) are destroyed."""
        self.control.close()
        self._running = False
        self.phone.stop()
        self.audio.close()
        self.window.close()
        self.window.deleteLater()
        QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
        self.database.close()
