"""The settings dialog, generated from the option definitions in ``settings/options.py``.

Every option appears without widget code of its own: non-admin options on the General tab,
``admin=True`` options on a separate, clearly labelled Admin tab, one group per section, each
with the editor its value type calls for (``option_editors``). A few sections have a richer
layout (``notify_settings``: recipients feedback, the mail server with its password and test
button, the template with its preview; ``sip_settings``: the SIP account's password beside the
carrier options) but their values go through the same path. Passwords go to the system keyring,
never to the settings file.

Each value is checked as it is typed (``Settings.parse``) and the message names what is wrong;
Save stays disabled until everything is valid, and ``Settings.update`` stores all or nothing.
Options the fleet file sets are shown disabled with a note that IT set them. Keyring reads and
writes run off the GUI thread (they can wait on an unlock prompt; the GUI thread also runs calls).

Signals: ``saved()`` after the settings (and the password) were stored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from softphone.carriers.sip.config import SipConfig
from softphone.notify.config import NotifyConfig
from softphone.qt import QtCore, QtWidgets, Signal
from softphone.qtbridge import GuiThread
from softphone.settings.options import OPTIONS, Option
from softphone.settings.store import SettingError, Settings, SettingsFileError
from softphone.widgets.callback_settings import (
    LeasesTable,
    LiveLeases,
    store_password_field,
    store_secret_name,
)
from softphone.widgets.keyring_password import (
    Keyring,
    PasswordOutcome,
    in_background,
    store_password,
)
from softphone.widgets.notify_settings import SECURITY_LABELS, MailServerExtras, TemplatePreview
from softphone.widgets.option_editors import OptionEditor, RawValueError, editor_for
from softphone.widgets.sip_settings import sip_password_field

SECTION_TITLES = {
    "agent": "Agent",
    "outbound": "Outgoing calls",
    "carrier": "Carrier",
    "carrier.simulated": "Simulated carrier (training)",
    "carrier.sip": "SIP carrier (production trunk)",
    "dialing": "Dialling",
    "callback": "Callback numbers",
    "routing": "Inbound calls",
    "presence": "Presence",
    "notify": "Emergency call notification",
    "notify.smtp": "Emergency call notification: mail server",
    "notify.template": "Emergency Call Notification Template",
}

CHOICE_LABELS = {"notify.smtp.security": SECURITY_LABELS}

ADMIN_BANNER = ("Admin settings, for IT and supervisors: they decide how emergency calls are "
                "placed and who is told about them. Settings your IT department fixed for all "
                "workstations are greyed out.")

ERROR_STYLE = "color: #b00020;"
NOTE_STYLE = "color: #555555;"


def section_title(section: str) -> str:
    return SECTION_TITLES.get(section, section.replace(".", " › ").replace("_", " ").capitalize())


@dataclass
class OptionRow:
    """One option in the dialog: its editor, and the line under it for problems and notes."""

    option: Option
    editor: OptionEditor
    message: QtWidgets.QLabel
    locked: bool

    def field(self) -> QtWidgets.QWidget:
        box = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor.widget)
        layout.addWidget(self.message)
        return box


class SettingsDialog(QtWidgets.QDialog):
    saved = Signal()

    def __init__(self, settings: Settings, keyring: Keyring | None = None,
                 options: Sequence[Option] = OPTIONS,
                 parent: QtWidgets.QWidget | None = None,
                 leases: LiveLeases | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle("Settings")
        self._settings = settings
        self._keyring = keyring or Keyring()
        self._gui = GuiThread()
        self._gui.setParent(self)  # deleted with the dialog: late background results are dropped
        self._errors: dict[str, str] = {}
        self.rows: dict[str, OptionRow] = {option.key: self._row(option) for option in options}

        self.mail_server = MailServerExtras(self._keyring, self._gui, self.values_for_test,
                                            self._current_secret_name)
        self.sip_password = sip_password_field(self._keyring, self._gui,
                                               lambda: sip_secret_name(self.value))
        self.store_password = store_password_field(
            self._keyring, self._gui, lambda: store_secret_name(self.value("callback.shared_store")))
        self.leases = LeasesTable(leases, self._gui) if leases is not None else None
        self.preview = TemplatePreview()
        self.tabs = QtWidgets.QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        general = [option for option in options if not option.admin]
        admin = [option for option in options if option.admin]
        if general:
            self.tabs.addTab(self._page(general, banner=None), "General")
        if admin:
            self.tabs.addTab(self._page(admin, banner=ADMIN_BANNER), "Admin")

        self.summary = QtWidgets.QLabel()
        self.summary.setObjectName("settingsSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(ERROR_STYLE)
        self.buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Save
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveSettings")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(900, 680)

        for row in self.rows.values():
            row.editor.show(settings.get(row.option.key))
            row.editor.edited.connect(lambda key=row.option.key: self._edited(key))
        for key in self.rows:
            self._validate(key)
        self._refresh()
        self.mail_server.refresh_password_state()
        self.sip_password.refresh_password_state()
        self.store_password.refresh_password_state()

    # -- building ------------------------------------------------------------------------------

    def _row(self, option: Option) -> OptionRow:
        editor = editor_for(option, CHOICE_LABELS.get(option.key))
        message = QtWidgets.QLabel()
        message.setObjectName(f"message:{option.key}")
        message.setWordWrap(True)
        message.setVisible(False)
        locked = self._settings.is_locked(option.key)
        if locked:
            editor.widget.setEnabled(False)
            message.setText("Set by your IT department in the fleet settings file; it can only "
                            "be changed there.")
            message.setStyleSheet(NOTE_STYLE)
            message.setVisible(True)
        return OptionRow(option, editor, message, locked)

    def _page(self, options: Sequence[Option], banner: str | None) -> QtWidgets.QWidget:
        content = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(content)
        if banner:
            label = QtWidgets.QLabel(banner)
            label.setObjectName("adminBanner")
            label.setWordWrap(True)
            label.setStyleSheet("background: #fff4ce; border: 1px solid #c8a400; padding: 8px;"
                                "font-weight: bold;")
            layout.addWidget(label)
        sections: dict[str, list[OptionRow]] = {}
        for option in options:
            sections.setdefault(option.section, []).append(self.rows[option.key])
        for section, rows in sections.items():
            layout.addWidget(self._group(section, rows))
        layout.addStretch(1)
        scroll = QtWidgets.QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        return scroll

    def _group(self, section: str, rows: list[OptionRow]) -> QtWidgets.QGroupBox:
        group = QtWidgets.QGroupBox(section_title(section))
        group.setObjectName(f"section:{section}")
        layout = QtWidgets.QVBoxLayout(group)
        if section == "notify.template":
            layout.addWidget(self.preview.build([(row.option, row.editor, row.field())
                                                 for row in rows]))
            return group
        form = QtWidgets.QFormLayout()
        for row in rows:
            label = QtWidgets.QLabel(row.option.label)
            label.setToolTip(row.option.description)
            form.addRow(label, row.field())
        layout.addLayout(form)
        if section == "notify.smtp":
            layout.addWidget(self.mail_server)
        if section == "carrier.sip":
            layout.addWidget(self.sip_password)
        if section == "callback":
            layout.addWidget(self.store_password)
            if self.leases is not None:
                layout.addWidget(self.leases)
        return group

    # -- validation ----------------------------------------------------------------------------

    def _edited(self, key: str) -> None:
        self._validate(key)
        self._refresh()
        if key.startswith("carrier.sip."):
            self.sip_password.account_edited()
        if key == "callback.shared_store":
            self.store_password.account_edited()

    def _validate(self, key: str) -> None:
        row = self.rows[key]
        if row.locked:
            return
        try:
            value = self._settings.parse(key, row.editor.raw())
        except (SettingError, RawValueError) as error:
            self._errors[key] = str(error) if isinstance(error, SettingError) else (
                f"{row.option.label} ({key}): {error}")
            row.message.setText(self._errors[key])
            row.message.setStyleSheet(ERROR_STYLE)
            row.message.setVisible(True)
            return
        self._errors.pop(key, None)
        note = row.editor.note(value)
        row.message.setText(note)
        row.message.setStyleSheet(NOTE_STYLE)
        row.message.setVisible(bool(note))

    def _refresh(self) -> None:
        self.save_button.setEnabled(not self._errors)
        if self._errors:
            labels = ", ".join(self.rows[key].option.label for key in self._errors)
            self.summary.setText(f"Nothing can be saved until these are fixed: {labels}.")
        else:
            self.summary.setText("")
        self.mail_server.security_changed(self._value("notify.smtp.security"))
        self.preview.update_preview(self.value)

    @property
    def errors(self) -> dict[str, str]:
        return dict(self._errors)

    def value(self, key: str) -> Any:
        """The parsed value being edited (the stored one while the edit is invalid or locked)."""
        row = self.rows.get(key)
        if row is None or row.locked or key in self._errors:
            return self._settings.get(key)
        return self._settings.parse(key, row.editor.raw())

    def _value(self, key: str) -> Any:
        return self.value(key) if key in self.rows else None

    def values_for_test(self) -> NotifyConfig | None:
        """The notification settings as edited, or ``None`` while one of them is invalid."""
        if any(key.startswith("notify.") for key in self._errors):
            return None
        return NotifyConfig.from_values(self.value)

    def _current_secret_name(self) -> str:
        return NotifyConfig.from_values(self.value).smtp.secret_name

    # -- saving --------------------------------------------------------------------------------

    def changes(self) -> dict[str, object]:
        """Raw values of the options whose edited value differs from the effective one."""
        changed: dict[str, object] = {}
        for key, row in self.rows.items():
            if row.locked or key in self._errors:
                continue
            raw = row.editor.raw()
            if self._settings.parse(key, raw) != self._settings.get(key):
                changed[key] = raw
        return changed

    def password_changes(self) -> list[PasswordChange]:
        """The keyring writes a save needs: typed passwords, and stored ones whose name moved
        because the user or server changed."""
        changes = [(self.mail_server.typed_password(),
                    NotifyConfig.from_values(self._settings.get).smtp.secret_name,
                    self._current_secret_name())]
        sip_new = sip_secret_name(self.value)
        if sip_new is not None:
            sip_old = sip_secret_name(self._settings.get) or sip_new
            changes.append((self.sip_password.typed_password(), sip_old, sip_new))
        store_new = store_secret_name(self.value("callback.shared_store"))
        if store_new is not None:
            store_old = store_secret_name(self._settings.get("callback.shared_store")) or store_new
            changes.append((self.store_password.typed_password(), store_old, store_new))
        return [(typed, old, new) for typed, old, new in changes
                if typed is not None or old != new]

    def save(self) -> None:
        if self._errors:
            return
        changes = self.password_changes()
        if not changes:
            self._store_settings()
            return
        self.save_button.setEnabled(False)
        self.summary.setStyleSheet(NOTE_STYLE)
        self.summary.setText("Storing the password in the system keyring…")
        keyring = self._keyring
        in_background(self._gui, lambda: store_passwords(keyring, changes),
                      self._password_stored)

    def _password_stored(self, outcome: PasswordOutcome) -> None:
        if not outcome.ok:
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(f"Nothing was saved: {outcome.message}")
            self.save_button.setEnabled(not self._errors)
            return
        self._store_settings()

    def _store_settings(self) -> None:
        try:
            self._settings.update(self.changes())
            self._settings.save()
        except (SettingError, SettingsFileError) as error:
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(f"The settings were not saved: {error}")
            self.save_button.setEnabled(not self._errors)
            return
        self.saved.emit()
        self.accept()


PasswordChange = tuple[str | None, str, str]  # typed (None: left alone), old name, new name


def sip_secret_name(value: Callable[[str], Any]) -> str | None:
    """The keyring entry of the SIP password for these values; ``None`` without a SIP user."""
    config = SipConfig.from_values(value)
    return config.secret_name if config.user else None


def store_passwords(keyring: Keyring, changes: Sequence[PasswordChange]) -> PasswordOutcome:
    """Each change in turn; the first failure stops there and the settings are not saved."""
    for typed, old, new in changes:
        outcome = store_password(keyring, typed, old, new)
        if not outcome.ok:
            return outcome
    return PasswordOutcome(True)


def open_settings(settings: Settings, parent: QtWidgets.QWidget | None,
                  on_saved: Callable[[], None],
                  leases: LiveLeases | None = None) -> SettingsDialog:
    """Show the dialog (non-modal, deleted when closed); ``on_saved`` runs after a save;
    ``leases`` reads the live callback leases for the admin's table."""
    dialog = SettingsDialog(settings, parent=parent, leases=leases)
    dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.saved.connect(on_saved)
    dialog.show()
    return dialog
