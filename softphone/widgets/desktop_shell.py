"""How the softphone lives on the desktop: the tray icon, closing the window, start at login.

Closing the window never ends the softphone; only Quit does (and Quit is refused during an
emergency call). With a system tray the window hides into it. Without one (the desktop has no
tray, or there is no desktop at all) the window is minimised instead, so the agent finds it in
the taskbar and nothing keeps running unseen. Either way calls keep ringing: the ringing prompt
and the emergency view are windows of their own and show while the main window is hidden. A
PSAP callback also restores a minimised window and, with a tray, pops up a balloon.

``startup.at_login`` is applied at start and whenever it changes, so a fleet file that turns it
on takes effect on every workstation at the next start.
"""

from __future__ import annotations

from collections.abc import Callable

from softphone.autostart import Autostart, AutostartError
from softphone.blocks.text import translate
from softphone.core.calls import Call, CallError
from softphone.core.phone import Phone
from softphone.qt import QtCore, QtWidgets
from softphone.settings.store import Settings
from softphone.widgets.main_window import MainWindow
from softphone.widgets.tray import Tray

AUTOSTART_KEY = "startup.at_login"


def hidden_hint() -> str:
    return translate("DesktopShell", "The softphone keeps running here: calls and emergency callbacks "
                          "still ring. Use Quit in this menu to end it.")


class DesktopShell(QtCore.QObject):
    def __init__(self, phone: Phone, window: MainWindow, settings: Settings, autostart: Autostart,
                 quit_app: Callable[[], None], show_window: Callable[[], None],
                 report_problem: Callable[[str], None],
                 tray_available: Callable[[], bool] = QtWidgets.QSystemTrayIcon.isSystemTrayAvailable
                 ) -> None:
        super().__init__(window)
        self._phone = phone
        self._window = window
        self._settings = settings
        self._autostart = autostart
        self._quit_app = quit_app
        self._show_window = show_window
        self._report_problem = report_problem
        self.tray_available = tray_available  # tests stand in for a desktop with a tray
        self._hinted = False
        self.quit_refusal: QtWidgets.QMessageBox | None = None

        self.tray = Tray(phone.presence, phone.leases, self)
        self.tray.show_requested.connect(show_window)
        self.tray.dial_requested.connect(self.dial)
        self.tray.quit_requested.connect(self.quit)
        self.tray.refused.connect(window.show_problem)
        window.quit_requested.connect(self.quit)
        window.setWindowIcon(self.tray.normal_icon)
        phone.incoming.connect(self._ringing)
        settings.changed.connect(self._setting_changed)

    def start(self) -> None:
        # No window open is normal (tray, hidden start, a prompt closing over a hidden window):
        # only Quit ends the softphone.
        QtWidgets.QApplication.setQuitOnLastWindowClosed(False)
        self.tray.start()
        if self.tray_available():
            self.tray.show()
        self._window.close_handler = self.window_closing
        self.apply_autostart()

    def stop(self) -> None:
        """Before the window is destroyed: closing it now really closes it."""
        self._window.close_handler = None
        self.tray.hide()

    def window_closing(self) -> bool:
        """Keep running: into the tray when there is one, else minimised."""
        if self.tray.visible:
            self._window.hide()
            if not self._hinted:
                self._hinted = True
                self.tray.notify(translate("DesktopShell", "Softphone"), hidden_hint())
        else:
            self._window.showMinimized()
        return True

    def _ringing(self, call: Call) -> None:
        """A PSAP callback must be seen: restore a minimised window, and tell the tray."""
        if not call.psap_callback:
            return
        if self._window.isMinimized():
            self._window.showNormal()
            for prompt in self._window.prompts.values():
                prompt.raise_()
        self.tray.notify(translate("DesktopShell", "Emergency callback"),
                         translate("DesktopShell", "The answering point is calling you back."),
                         critical=True)

    def dial(self, text: str) -> Call | None:
        """Dial from the tray through the window's one dial path; on a problem, show it there
        with the number kept for correction."""
        call = self._window.dial(text)
        if call is None:
            if not self._window.dialpad.number.text():
                self._window.dialpad.number.setText(text)
            self._show_window()
        return call

    def quit(self) -> None:
        try:
            self._quit_app()
        except CallError as error:
            self._window.show_problem(str(error))
            box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Warning,
                                        translate("DesktopShell", "Softphone"), str(error),
                                        parent=self._window)
            box.setObjectName("quitRefused")
            box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
            box.destroyed.connect(self._refusal_closed)
            self.quit_refusal = box
            box.open()

    def _refusal_closed(self) -> None:
        self.quit_refusal = None

    def _setting_changed(self, key: str) -> None:
        if key == AUTOSTART_KEY:
            self.apply_autostart()

    def apply_autostart(self) -> None:
        try:
            self._autostart.apply(bool(self._settings[AUTOSTART_KEY]))
        except AutostartError as error:
            self._report_problem(str(error))
            self._window.show_problem(str(error))
