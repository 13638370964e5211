"""The softphone's window: presence, readiness, callback mode, dialer, calls and history.

It opens the modal emergency view when an emergency call is up and the ringing prompt when a
call rings; the core decides everything, the window only shows it.
"""

from __future__ import annotations

from collections.abc import Callable

from softphone import __version__
from softphone.blocks.readiness import Check, Readiness
from softphone.blocks.text import joined, localized, translate
from softphone.carriers.drills import DrillError, Drills
from softphone.core.calls import Call, CallError, CallState, Direction
from softphone.core.carrier import CarrierError
from softphone.core.phone import Phone
from softphone.qt import QtCore, QtGui, QtWidgets, Signal
from softphone.widgets.callback_banner import CallbackBanner
from softphone.widgets.calls_panel import CallsPanel
from softphone.widgets.dialpad import DialPad
from softphone.widgets.emergency_view import EmergencyView
from softphone.widgets.history_view import HistoryView
from softphone.widgets.incoming_prompt import IncomingCallPrompt
from softphone.widgets.language import Retranslating
from softphone.widgets.notice_bar import NoticeBar
from softphone.widgets.presence_box import PresenceBox
from softphone.widgets.reach_banner import ReachBanner
from softphone.widgets.whole_text import WholeLabel

DevicePanelFactory = Callable[[], QtWidgets.QWidget | None]

# Readiness checks that decide whether an emergency call from here is supported at all; when
# one fails the agent is warned in the window and again in the emergency view.
SUPPORT_CHECKS = frozenset({"location.country"})


class MainWindow(Retranslating, QtWidgets.QMainWindow):
    """Signals: ``quit_requested()`` from the Quit menu entry (the app decides whether it may);
    ``settings_requested()`` and ``devices_requested()`` from the Settings menu;
    ``readiness_requested()`` from the Help menu; ``emergency_view_opened()`` once the modal
    emergency view is up (see ``emergency_view``).

    ``close_handler``, when set, is asked first when the window is closed; returning True means
    it took care of it (hid the window in the tray), and the softphone keeps running.
    """

    quit_requested = Signal()
    settings_requested = Signal()
    devices_requested = Signal()
    readiness_requested = Signal()
    emergency_view_opened = Signal()

    def __init__(self, phone: Phone, readiness: Readiness, drills: Drills,
                 device_panel: DevicePanelFactory) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.phone = phone
        self._readiness = readiness
        self._drills = drills
        self._device_panel = device_panel
        self._view: EmergencyView | None = None
        self._view_due = False
        self._notes_for_view: list[str] = []
        self.prompts: dict[str, IncomingCallPrompt] = {}
        self.close_handler: Callable[[], bool] | None = None

        self.presence = PresenceBox(phone.presence)
        self.presence.refused.connect(self.show_problem)
        top = QtWidgets.QHBoxLayout()
        self.presence_label = presence_label = QtWidgets.QLabel()
        presence_label.setBuddy(self.presence)
        top.addWidget(presence_label)
        top.addWidget(self.presence)
        top.addStretch(1)
        self.support_warning = WholeLabel()
        self.support_warning.setObjectName("emergencySupportWarning")
        self.support_warning.setWordWrap(True)
        self.support_warning.setStyleSheet("background: #fde2c8; border: 2px solid #c75000; "
                                           "padding: 6px; font-weight: bold;")
        self.support_warning.hide()

        self.callback_banner = CallbackBanner(phone.leases)
        self.notices = NoticeBar()
        self.dialpad = DialPad()
        self.dialpad.dial_requested.connect(self.dial)
        self.calls = CallsPanel(phone)
        self.calls.refused.connect(self.show_problem)
        self.history = HistoryView(phone.history)

        right = QtWidgets.QVBoxLayout()
        right.addWidget(self.calls)
        self.history_label = history_label = QtWidgets.QLabel()
        history_label.setObjectName("historyTitle")
        history_label.setBuddy(self.history)
        right.addWidget(history_label)
        right.addWidget(self.history, 1)
        body = QtWidgets.QHBoxLayout()
        body.addWidget(self.dialpad)
        body.addLayout(right, 1)

        central = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(central)
        self.reach_banner = ReachBanner(readiness)
        layout.addWidget(self.reach_banner)
        layout.addLayout(top)
        layout.addWidget(self.support_warning)
        layout.addWidget(self.callback_banner)
        layout.addWidget(self.notices)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)
        self._build_menus()

        # Call durations and the callback countdown move once a second; with neither in view
        # (or the window hidden: the tray counts down) the ticker stops, so an idle softphone
        # is not woken for nothing.
        self._ticker = QtCore.QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        phone.leases.changed.connect(lambda _lease: self._keep_ticking())
        phone.call_changed.connect(lambda _call: self._keep_ticking())
        self._keep_ticking()

        phone.emergency.started.connect(self._emergency_started)
        phone.incoming.connect(self._ringing)
        phone.problem.connect(self.show_problem)
        phone.call_changed.connect(self._call_changed)
        readiness.changed.connect(self._readiness_changed)
        self._checks: list[Check] = []
        self._readiness_changed(readiness.refresh())
        self.retranslate()
        self.dialpad.number.setFocus()  # the keyboard starts where a number is typed
        self.resize(820, 520)
        self._catch_up()

    def _catch_up(self) -> None:
        """Open what the calls already up ask for: a click-to-dial that started the softphone
        placed its call before the window existed (``softphone.early``), and a call may have
        started ringing meanwhile. The same as if the window had seen them begin."""
        for call in self.phone.calls():
            if call.direction is Direction.INBOUND and call.state is CallState.RINGING:
                self._ringing(call)
        emergency = self.phone.emergency.calls()
        if emergency:
            self._emergency_started(emergency[0])

    def _build_menus(self) -> None:
        self.phone_menu = self.menuBar().addMenu("")
        self.quit_action = self.phone_menu.addAction("")
        self.quit_action.setObjectName("quit")
        self.quit_action.triggered.connect(self.quit_requested.emit)
        self.trainer_menu = trainer = self.menuBar().addMenu("")
        trainer.setEnabled(self._drills.available)
        self.trainer_drop_action = trainer.addAction("")
        self.trainer_drop_action.triggered.connect(lambda: self._drill(self._drills.drop))
        self.trainer_callback_action = trainer.addAction("")
        self.trainer_callback_action.triggered.connect(lambda: self._drill(self._drills.call_back))
        self.settings_menu = settings = self.menuBar().addMenu("")
        self.settings_action = settings.addAction("")
        self.settings_action.setObjectName("openSettings")
        self.settings_action.triggered.connect(self.settings_requested.emit)
        self.devices_action = settings.addAction("")
        self.devices_action.setObjectName("openAudioDevices")
        self.devices_action.triggered.connect(self.devices_requested.emit)
        self.help_menu = help_menu = self.menuBar().addMenu("")
        self.readiness_action = help_menu.addAction("")
        self.readiness_action.setObjectName("openReadiness")
        self.readiness_action.triggered.connect(self.readiness_requested.emit)
        self.about_action = help_menu.addAction("")
        self.about_action.setObjectName("about")
        self.about_action.triggered.connect(self.show_about)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("MainWindow", "Softphone"))
        self.presence_label.setText(translate("MainWindow", "&Presence:"))
        self.history_label.setText(translate("MainWindow", "Call history"))
        self.phone_menu.setTitle(translate("MainWindow", "P&hone"))
        self.quit_action.setText(translate("MainWindow", "&Quit"))
        self.trainer_menu.setTitle(translate("MainWindow", "&Trainer"))
        self.trainer_drop_action.setText(translate("MainWindow",
                                                   "Answering point drops the emergency call"))
        self.trainer_callback_action.setText(translate("MainWindow",
                                                       "Answering point calls back"))
        self.settings_menu.setTitle(translate("MainWindow", "&Settings"))
        self.settings_action.setText(translate("MainWindow", "Settings…"))
        self.devices_action.setText(translate("MainWindow", "Audio devices…"))
        self.help_menu.setTitle(translate("MainWindow", "&Help"))
        self.readiness_action.setText(translate("MainWindow", "Emergency calling readiness…"))
        self.about_action.setText(translate("MainWindow", "About Softphone"))
        self._readiness_changed(self._checks)

    def show_about(self) -> QtWidgets.QMessageBox:
        """Version and the data credits the licences ask for (non-blocking)."""
        about = translate(
            "MainWindow", "Softphone {version}\n\nEmergency numbers: libphonenumber data "
            "(Apache-2.0).\nCountry boundaries © OpenStreetMap contributors, available under "
            "the Open Database License (timezonefinder data).").format(version=__version__)
        box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Information,
                                    translate("MainWindow", "About Softphone"), about,
                                    parent=self)
        box.setObjectName("aboutBox")
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.close_handler is not None and self.close_handler():
            event.ignore()
            return
        super().closeEvent(event)

    # -- actions ---------------------------------------------------------------------------

    def dial(self, text: str, refused: Callable[[str], None] | None = None) -> Call | None:
        """The one dial path (number field, keypad, tray, set-up assistant). ``Phone.dial``
        fails one way (``CallError``, whatever the reason); the refusal is said where the number
        was typed: ``refused``, or by default under the number field. ``None`` when no call
        went out."""
        show = refused or self.dialpad.show_error
        try:
            call = self.phone.dial(text)
        except CallError as error:
            show(str(error))
            return None
        if refused is None:
            self.dialpad.clear()
        return call

    def _drill(self, drill: Callable[[], str]) -> None:
        try:
            self.show_notice(drill())
        except (DrillError, CarrierError) as error:
            self.show_problem(str(error))

    def show_notice(self, message: str) -> None:
        """Something the agent may like to know (a headset plugged in): calm, in full."""
        self.notices.add(message, problem=False)

    def show_problem(self, message: str) -> None:
        """Something that went wrong: in full in the window, and in the emergency view while
        one is open."""
        self.notices.add(message, problem=True)
        if self._view is not None:
            self._view.add_note(message)
        elif self._view_due:  # said in the view too once it opens
            self._notes_for_view.append(message)

    # -- core events -----------------------------------------------------------------------

    @property
    def emergency_view(self) -> EmergencyView | None:
        """The modal emergency view while an emergency call is up.

        It opens one turn of the event loop after the call started, not inside the dial: the
        core says so right after the carrier took the call, while the carrier's thread waits
        for the interpreter to put the INVITE on the wire, and building the view first would
        hold the INVITE back by the time it takes (the core posts its ringing after the
        carrier's alert for the same reason). Asked for before that turn, it opens now."""
        if self._view_due:
            self._open_emergency_view()
        return self._view

    def _emergency_started(self, _call: Call) -> None:
        if self._view is None and not self._view_due:
            self._view_due = True
            QtCore.QTimer.singleShot(0, self, self._open_emergency_view)

    def _open_emergency_view(self) -> None:
        """Open the view for the emergency call up now; none if it failed or ended meanwhile.
        Do not disturb, the lease and the notification did not wait for it (the core)."""
        if not self._view_due:
            return
        self._view_due = False
        notes, self._notes_for_view = self._notes_for_view, []
        calls = self.phone.emergency.calls()
        if not calls or self._view is not None:
            return
        for prompt in list(self.prompts.values()):
            prompt.hide()
        warning = self.support_text if self.support_warning.isVisible() else None
        view = EmergencyView(self.phone, calls[0], self._device_panel(), warning, self)
        view.finished.connect(lambda _result: self._emergency_view_closed(view))
        for note in notes:
            view.add_note(note)
        self._view = view
        view.show()
        view.raise_()
        view.activateWindow()  # the keyboard goes to End call
        self.emergency_view_opened.emit()

    def _emergency_view_closed(self, view: EmergencyView) -> None:
        if self._view is view:
            self._view = None
        view.deleteLater()
        self._readiness.refresh()

    def _ringing(self, call: Call) -> None:
        prompt = IncomingCallPrompt(self.phone, call, self)
        prompt.refused.connect(self.show_problem)
        prompt.finished.connect(lambda _result: self.prompts.pop(call.call_id, None))
        self.prompts[call.call_id] = prompt
        prompt.show()
        prompt.raise_()
        if call.psap_callback:  # the keyboard goes to Answer (an ordinary call waits its turn)
            prompt.activateWindow()

    def _call_changed(self, call: Call) -> None:
        if call.state is CallState.FAILED and call.is_emergency:
            box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Critical,
                                        translate("MainWindow", "Emergency call failed"),
                                        localized(call.end_reason), parent=self)
            box.setObjectName("emergencyFailed")
            box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

    def _readiness_changed(self, checks: list[Check]) -> None:
        """Warn before any emergency call when calling is not supported (or unknown) here."""
        self._checks = checks
        unsupported = [c for c in checks if c.key in SUPPORT_CHECKS and not c.passed]
        self.support_text = joined([part for check in unsupported for part in ("⚠", check.detail)])
        self.support_warning.setText(localized(self.support_text))
        self.support_warning.setVisible(bool(unsupported))

    def _tick(self) -> None:
        self.callback_banner.tick()
        self.calls.tick()
        self._keep_ticking()

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._tick()  # what moved while it was hidden; ticking again

    def _keep_ticking(self) -> None:
        if self.isVisible() and (self.phone.leases.current() is not None or self.phone.calls()):
            if not self._ticker.isActive():
                self._ticker.start()
        else:
            self._ticker.stop()
