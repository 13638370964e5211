"""The system tray icon: presence, a quick Dial…, and callback mode with its countdown.

While a callback lease runs, the icon carries an orange badge, the tooltip says callback mode
and how long is left, and the menu's first line shows the leased number, so an agent who closed
the window still sees that the answering point may call back.

While emergency calls from this softphone cannot reach an emergency service
(``set_reach_warning``), the icon carries a red badge (bottom right; callback mode keeps its
orange one) and the tooltip and the menu open with that warning, for as long as it holds.

Signals: ``show_requested()`` (click on the icon, or Show Softphone), ``dial_requested(text)``
(the Dial… box), ``quit_requested()``, ``refused(message)`` when a presence change was refused.
"""

from __future__ import annotations

import functools
import time

from softphone.blocks.paths import resources_dir
from softphone.blocks.text import localized, translate
from softphone.core.leases import CallbackLeases, Lease
from softphone.core.presence import Presence, PresenceError
from softphone.core.storage import StorageError
from softphone.qt import QtCore, QtGui, QtWidgets, Signal
from softphone.widgets.formatting import duration, phone_number
from softphone.widgets.presence_box import status_label

CALLBACK_BADGE = QtGui.QColor("#e07b00")
NO_EMERGENCY_BADGE = QtGui.QColor("#b00020")


def app_icon() -> QtGui.QIcon:
    """The softphone's icon from the shipped SVG (Qt's SVG icon engine scales it)."""
    return QtGui.QIcon(str(resources_dir() / "icons" / "softphone.svg"))


def with_badge(icon: QtGui.QIcon, colour: QtGui.QColor, size: int = 64,
               bottom: bool = False) -> QtGui.QIcon:
    """``icon`` with a filled circle in its top-right (or bottom-right) corner, for a state
    seen at a glance."""
    pixmap = icon.pixmap(size, size)
    painter = QtGui.QPainter(pixmap)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    painter.setPen(QtGui.QPen(QtGui.QColor("white"), size / 16))
    painter.setBrush(colour)
    diameter = size * 0.45
    top = size - diameter - 1 if bottom else 1
    painter.drawEllipse(QtCore.QRectF(size - diameter - 1, top, diameter, diameter))
    painter.end()
    return QtGui.QIcon(pixmap)


class Tray(QtCore.QObject):
    show_requested = Signal()
    dial_requested = Signal(str)
    quit_requested = Signal()
    refused = Signal(str)

    def __init__(self, presence: Presence, leases: CallbackLeases,
                 parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._presence = presence
        self._leases = leases
        self.icon = QtWidgets.QSystemTrayIcon(self.normal_icon, self)
        self.dial_box: QtWidgets.QInputDialog | None = None
        self.reach_warning = ""
        self._started = False
        self._presence_shown: tuple[str, bool, tuple[str, ...]] | None = None

        self.menu = QtWidgets.QMenu()
        self.menu.setObjectName("trayMenu")
        self.reach_line = self.menu.addAction("")
        self.reach_line.setEnabled(False)
        self.reach_line.setVisible(False)
        self.callback_line = self.menu.addAction("")
        self.callback_line.setObjectName("trayCallbackMode")
        self.callback_line.setEnabled(False)
        self.status_line = self.menu.addAction("")
        self.status_line.setObjectName("trayPresenceLine")
        self.status_line.setEnabled(False)
        self.menu.addSeparator()
        self.presence_menu = self.menu.addMenu("")
        self.presence_menu.setObjectName("trayPresence")
        self.presence_menu.triggered.connect(self._presence_chosen)
        self.dial_action = self.menu.addAction("")
        self.dial_action.setObjectName("trayDialAction")
        self.dial_action.triggered.connect(self.open_dial)
        self.show_action = self.menu.addAction("")
        self.show_action.setObjectName("trayShow")
        self.show_action.triggered.connect(self.show_requested.emit)
        self.menu.addSeparator()
        self.quit_action = self.menu.addAction("")
        self.quit_action.setObjectName("trayQuit")
        self.quit_action.triggered.connect(self.quit_requested.emit)
        self.icon.setContextMenu(self.menu)
        self.menu.installEventFilter(self)  # its LanguageChange says the tray's words again
        self.icon.activated.connect(self._activated)

        self._ticker = QtCore.QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        presence.changed.connect(lambda _status: self.refresh())
        leases.changed.connect(lambda _lease: self.refresh())
        self.retranslate()

    # The badged icons are drawn from the SVG when first shown, not at start.
    @functools.cached_property
    def normal_icon(self) -> QtGui.QIcon:
        return app_icon()

    @functools.cached_property
    def callback_icon(self) -> QtGui.QIcon:
        return with_badge(self.normal_icon, CALLBACK_BADGE)

    @functools.cached_property
    def no_emergency_icon(self) -> QtGui.QIcon:
        return with_badge(self.normal_icon, NO_EMERGENCY_BADGE, bottom=True)

    @functools.cached_property
    def callback_no_emergency_icon(self) -> QtGui.QIcon:
        return with_badge(self.callback_icon, NO_EMERGENCY_BADGE, bottom=True)

    def start(self) -> None:
        """Fill the icon, tooltip and menu from the core's state, and keep them so from now
        on. Until then (the start-up, before the softphone is ready to dial) nothing is drawn
        or formatted: neither is seen before the icon is shown."""
        self._started = True
        self.refresh()

    def retranslate(self) -> None:
        """Say every word again in the language installed now."""
        self._presence_shown = None  # its entries too
        self.presence_menu.setTitle(translate("Tray", "Presence"))
        self.dial_action.setText(translate("Tray", "Dial…"))
        self.show_action.setText(translate("Tray", "Show Softphone"))
        self.quit_action.setText(translate("Tray", "Quit"))
        self.set_reach_warning(self.reach_warning)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        if watched is self.menu and event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    @property
    def visible(self) -> bool:
        return self.icon.isVisible()

    def set_reach_warning(self, text: str) -> None:
        """Show ``text`` (the warning that emergency calls do not reach an emergency service)
        first in the tooltip and the menu, with a red badge; "" when they do."""
        self.reach_warning = text
        self.reach_line.setText(f"⚠ {localized(text)}")
        self.reach_line.setVisible(bool(text))
        self.refresh()

    def refresh(self) -> None:
        """Redraw icon, tooltip and menu from the core's state (once ``start``ed)."""
        if not self._started:
            return
        status = self._presence.status
        lease = self._leases.current()
        shown = status_label(status)
        self.status_line.setText(
            translate("Tray", "Presence: {status} (emergency call)").format(status=shown)
            if self._presence.locked
            else translate("Tray", "Presence: {status}").format(status=shown))
        self._fill_presence_menu(status)
        warning = bool(self.reach_warning)
        if lease is None:
            self._ticker.stop()
            self.callback_line.setVisible(False)
            self._set_icon(self.no_emergency_icon if warning else self.normal_icon)
            self.icon.setToolTip(self._tooltip(None))
            return
        if not self._ticker.isActive():
            self._ticker.start()
        self._count_down(lease)
        self.callback_line.setVisible(True)
        self._set_icon(self.callback_no_emergency_icon if warning else self.callback_icon)

    def _tick(self) -> None:
        """Once a second in callback mode: only the countdown moves (an idle softphone in
        callback mode is woken for this alone); a lease that ran out ends it."""
        lease = self._leases.current()  # one that ran out is dropped: ``changed`` refreshes
        if lease is not None:
            self._count_down(lease)

    def _count_down(self, lease: Lease) -> None:
        left = self.countdown(lease)
        self.callback_line.setText(translate("Tray", "Callback mode: {number}, {time}").format(
            number=phone_number(lease.number), time=left))
        self.icon.setToolTip(self._tooltip(left))

    def _tooltip(self, left: str | None) -> str:
        warning = f"⚠ {localized(self.reach_warning)}\n" if self.reach_warning else ""
        softphone = translate("Tray", "Softphone: {status}").format(
            status=status_label(self._presence.status))
        if left is None:
            return f"{warning}{softphone}"
        return (f"{warning}{softphone}\n"
                + translate("Tray", "Callback mode, {time}").format(time=left))

    def _set_icon(self, icon: QtGui.QIcon) -> None:
        if self.icon.icon().cacheKey() != icon.cacheKey():
            self.icon.setIcon(icon)

    @staticmethod
    def countdown(lease: Lease) -> str:
        left = duration(lease.remaining(time.time()))
        return (translate("Tray", "{time} (paused)") if lease.paused_at is not None
                else translate("Tray", "{time} left")).format(time=left)

    def _fill_presence_menu(self, current: str) -> None:
        """The statuses to choose from, made again only when one of them or the choice
        changed."""
        statuses = tuple(self._presence.statuses())
        wanted = (current, self._presence.locked, statuses)
        if wanted == self._presence_shown:
            return
        self._presence_shown = wanted
        self.presence_menu.clear()
        self.presence_menu.setEnabled(not self._presence.locked)
        for name in statuses:
            action = self.presence_menu.addAction(status_label(name))
            action.setData(name)
            action.setCheckable(True)
            action.setChecked(name == current)

    def _presence_chosen(self, action: QtGui.QAction) -> None:
        self._presence_shown = None  # Qt has ticked the entry: the core says which is right
        try:
            self._presence.set(str(action.data()))
        except (PresenceError, StorageError) as error:
            self.refused.emit(str(error))
        self.refresh()

    def _activated(self, reason: QtWidgets.QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QtWidgets.QSystemTrayIcon.ActivationReason.Trigger,
                      QtWidgets.QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_requested.emit()

    def open_dial(self) -> QtWidgets.QInputDialog:
        """A small box to type or paste a number, without opening the main window."""
        if self.dial_box is None:
            box = QtWidgets.QInputDialog()
            box.setObjectName("trayDial")
            box.setWindowTitle(translate("Tray", "Dial"))
            box.setLabelText(translate("Tray", "Number or tel: link:"))
            box.setOkButtonText(translate("Tray", "Call"))
            box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
            box.textValueSelected.connect(self.dial_requested.emit)
            box.destroyed.connect(self._dial_closed)
            self.dial_box = box
        self.dial_box.open()
        self.dial_box.raise_()
        self.dial_box.activateWindow()
        return self.dial_box

    def _dial_closed(self) -> None:
        self.dial_box = None

    def notify(self, title: str, message: str, critical: bool = False) -> None:
        """A balloon from the tray icon (shown only while the icon is)."""
        if self.visible:
            icon = (QtWidgets.QSystemTrayIcon.MessageIcon.Critical if critical
                    else QtWidgets.QSystemTrayIcon.MessageIcon.Information)
            self.icon.showMessage(title, message, icon, 10000)
