"""The settings dialog, generated from the option definitions in ``settings/options.py``.

Every option appears without widget code of its own, on a page of the side list
(``settings_pages``: Agent; Calls and routing; Emergency with callback numbers, location,
contacts and template; Carrier; Audio; Start-up), with the editor its value type calls for
(``option_editors``), a "Changed" marker while it differs from its default, and a Reset button.
The search box filters options by name, key and description. A few sections have a richer layout
(``notify_settings``: recipients feedback, the mail server with its password and test button, the
template with its preview; ``sip_settings``: the SIP account's password and a registration test)
but their values go through the same path. Passwords go to the system keyring, never to a file.

Each value is checked as it is typed (``Settings.parse``) and the message names what is wrong;
Save stays disabled until everything is valid, and ``Settings.update`` stores all or nothing.
Options the fleet file sets are shown disabled with a note that IT set them. "Export as fleet
file…" writes the admin-level values as a fleet ``settings.toml`` (``settings.fleet``). Keyring
reads and writes run off the GUI thread (they can wait on an unlock prompt; the GUI thread also
runs calls). The mouse wheel changes only a focused field (``wheel_guard``). When the agent's
language changes while it is open, every word in it is said again in the new language, the
edits kept (``retranslate``).

Signals: ``saved()`` after the settings (and the password) were stored; ``exported(str)`` with
the path of a fleet file just written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from softphone.blocks.text import localized, translate
from softphone.carriers.sip.config import SipConfig
from softphone.notify.config import NotifyConfig
from softphone.qt import QtCore, QtWidgets, Signal
from softphone.qtbridge import GuiThread
from softphone.settings.fleet import fleet_options, fleet_toml
from softphone.settings.options import OPTIONS, Option
from softphone.settings.store import SettingError, Settings, SettingsFileError, write_atomically
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
from softphone.widgets.language import Retranslating, language_labels
from softphone.widgets.notify_settings import MailServerExtras, TemplatePreview, security_labels
from softphone.widgets.option_editors import RawValueError, editor_for
from softphone.widgets.settings_pages import (
    ADMIN_NOTE,
    ERROR_STYLE,
    NOTE_STYLE,
    OTHER,
    PAGES,
    OptionRow,
    Page,
    PageList,
    SettingsPage,
    matches,
    page_for,
)
from softphone.widgets.sip_settings import SipRegistrationTest, sip_password_field
from softphone.widgets.wheel_guard import guard_wheel


def choice_labels() -> dict[str, dict[str, str]]:
    """The names of the values of a choice, in the agent's language when the dialog opens."""
    return {"notify.smtp.security": security_labels(), "ui.language": language_labels(),
            "notify.template.language": language_labels(
                translate("Languages", "The agent's language"))}


class SettingsDialog(Retranslating, QtWidgets.QDialog):
    saved = Signal()
    exported = Signal(str)

    def __init__(self, settings: Settings, keyring: Keyring | None = None,
                 options: Sequence[Option] = OPTIONS,
                 parent: QtWidgets.QWidget | None = None,
                 leases: LiveLeases | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._settings = settings
        self._options = tuple(options)
        self._keyring = keyring or Keyring()
        self._gui = GuiThread()
        self._gui.setParent(self)  # deleted with the dialog: late background results are dropped
        self._errors: dict[str, str] = {}
        self._summary = ""  # what the line under the pages says, said again in a new language
        mixed = {option.section for option in options if not option.admin}
        labels = choice_labels()
        self.rows: dict[str, OptionRow] = {
            option.key: OptionRow(option, editor_for(option, labels.get(option.key)),
                                  settings.is_locked(option.key), option.section in mixed)
            for option in options}
        for row in self.rows.values():
            row.reset.clicked.connect(lambda _checked=False, key=row.option.key: self.reset(key))

        self.mail_server = MailServerExtras(self._keyring, self._gui, self.values_for_test,
                                            self._current_secret_name)
        self.sip_password = sip_password_field(self._keyring, self._gui,
                                               lambda: sip_secret_name(self.value))
        self.sip_test = SipRegistrationTest(self._keyring, self._gui, self.sip_values_for_test,
                                            self.sip_password.typed_password)
        self.store_password = store_password_field(
            self._keyring, self._gui, lambda: store_secret_name(self.value("callback.shared_store")))
        self.leases = LeasesTable(leases, self._gui) if leases is not None else None
        self.preview = TemplatePreview()

        self.search = QtWidgets.QLineEdit()
        self.search.setObjectName("settingsSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter)
        self.no_match = QtWidgets.QLabel()
        self.no_match.setObjectName("settingsNoMatch")
        self.no_match.setWordWrap(True)
        self.no_match.setVisible(False)
        self.page_list = PageList()
        self.stack = QtWidgets.QStackedWidget()
        self.stack.setObjectName("settingsStack")
        self.pages: dict[str, SettingsPage] = {}
        self._build_pages()
        for unplaced in (self.mail_server, self.sip_password, self.sip_test, self.store_password,
                         self.leases):
            if unplaced is not None and unplaced.parent() is None:  # section not shown: kept, hidden
                unplaced.setParent(self)
                unplaced.hide()
        self.page_list.currentItemChanged.connect(lambda item, _previous: self._page_chosen(item))

        self.summary = QtWidgets.QLabel()
        self.summary.setObjectName("settingsSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(ERROR_STYLE)
        self.buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Save
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveSettings")
        self.export_button = QtWidgets.QPushButton()
        self.export_button.setObjectName("exportFleetFile")
        self.export_button.clicked.connect(self.choose_fleet_file)
        self.export_dialog: QtWidgets.QFileDialog | None = None
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        body = QtWidgets.QHBoxLayout()
        body.addWidget(self.page_list)
        body.addWidget(self.stack, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.no_match)
        layout.addLayout(body, 1)
        layout.addWidget(self.summary)
        bottom = QtWidgets.QHBoxLayout()
        bottom.addWidget(self.export_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.resize(980, 700)
        self._say_own_words()

        for row in self.rows.values():
            row.editor.show(settings.get(row.option.key))
            row.editor.edited.connect(lambda key=row.option.key: self._edited(key))
        for key in self.rows:
            self._validate(key)
        self._refresh()
        self.page_list.setCurrentItem(self.page_list.items[next(iter(self.pages))])
        guard_wheel(self)
        self.mail_server.refresh_password_state()
        self.sip_password.refresh_password_state()
        self.store_password.refresh_password_state()

    # -- words ---------------------------------------------------------------------------------

    def _say_own_words(self) -> None:
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.search.setPlaceholderText(translate("SettingsDialog", "Search settings by name or "
                                                                   "description"))
        self.search.setAccessibleName(translate("SettingsDialog", "Search settings"))
        self.export_button.setText(translate("SettingsDialog", "Export as fleet file…"))
        self.export_button.setToolTip(translate("SettingsDialog", "Write the admin settings shown "
                                                                  "here as a fleet settings file "
                                                                  "for IT to deploy to every "
                                                                  "workstation."))

    def retranslate(self) -> None:
        """The language changed: say everything again in it, keeping what is being edited (the
        rows, pages and extras say their own words; their messages are worked out again)."""
        self._say_own_words()
        for row in self.rows.values():
            row.editor.retranslate()
        for key in self.rows:
            self._validate(key)
        summary = self._summary
        self._refresh()
        if not self._errors:
            self._tell(summary)
        self.filter(self.search.text())

    def _tell(self, words: str) -> None:
        """Say ``words`` on the line under the pages."""
        self._summary = words
        self.summary.setText(localized(words))

    # -- building ------------------------------------------------------------------------------

    def _build_pages(self) -> None:
        placed: dict[str, list[Option]] = {}
        for option in self._options:
            placed.setdefault(page_for(option).name, []).append(option)
        known = [page for page in PAGES if page.name in placed or any(
            child.parent == page.name and child.name in placed for child in PAGES)]
        if "other" in placed:
            known.append(OTHER)
        for page in known:
            self.page_list.add(page)
            if page.name in placed:
                self.pages[page.name] = self._page(page, placed[page.name])
                self.stack.addWidget(self.pages[page.name])

    def _page(self, page: Page, options: list[Option]) -> SettingsPage:
        shown = SettingsPage(page)
        if any(option.admin for option in options):
            shown.add_note(ADMIN_NOTE, f"adminNote:{page.name}")
        sections: dict[str, list[OptionRow]] = {}
        for option in options:
            sections.setdefault(option.section, []).append(self.rows[option.key])
        for section, rows in sections.items():
            if section == "notify.template":
                body = self.preview.build([(row.option, row.editor, row.box) for row in rows])
                shown.add_group(section, rows, body=body)
            elif section == "notify.smtp":
                shown.add_group(section, rows, extras=[self.mail_server])
            elif section == "carrier.sip":
                shown.add_group(section, rows, extras=[self.sip_password, self.sip_test])
            elif section == "callback":
                shown.add_group(section, rows, extras=[
                    extra for extra in (self.store_password, self.leases) if extra is not None])
            else:
                shown.add_group(section, rows)
        shown.finish()
        return shown

    def _page_chosen(self, item: QtWidgets.QTreeWidgetItem | None) -> None:
        name = self.page_list.page_name(item)
        if name not in self.pages and item is not None and item.childCount():
            for index in range(item.childCount()):  # a heading shows its first visible page
                child = item.child(index)
                if child is not None and not child.isHidden():
                    self.page_list.setCurrentItem(child)
                    return
        if name in self.pages:
            self.stack.setCurrentWidget(self.pages[name])

    def show_page(self, name: str) -> SettingsPage:
        self.page_list.setCurrentItem(self.page_list.items[name])
        return self.pages[name]

    @property
    def current_page(self) -> SettingsPage:
        page = self.stack.currentWidget()
        assert isinstance(page, SettingsPage)
        return page

    def page_of(self, key: str) -> SettingsPage:
        return self.pages[page_for(self.rows[key].option).name]

    # -- search --------------------------------------------------------------------------------

    def filter(self, text: str) -> None:
        """Keep the options whose name, key or description hold every word of ``text``."""
        terms = text.casefold().split()
        for row in self.rows.values():
            row.set_matches(matches(row, terms))
        counts = {name: page.filter() for name, page in self.pages.items()}
        self.page_list.show_counts(counts, searching=bool(terms))
        total = sum(counts.values())
        self.no_match.setText(translate("SettingsDialog", "No setting matches “{text}”.").format(
            text=text.strip()) if terms and not total else "")
        self.no_match.setVisible(bool(terms) and not total)
        current = self.page_list.page_name(self.page_list.currentItem())
        if total and not counts.get(current):
            self.show_page(next(name for name, count in counts.items() if count))

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
            row.show_changed(self._settings.get(key) != row.option.default)
            return
        try:
            value = self._settings.parse(key, row.editor.raw())
        except (SettingError, RawValueError) as error:
            self._errors[key] = str(error) if isinstance(error, SettingError) else (
                translate("SettingsDialog", "{option} ({key}): {error}").format(
                    option=localized(row.option.label), key=key, error=str(error)))
            row.message.setText(self._errors[key])
            row.message.setStyleSheet(ERROR_STYLE)
            row.message.setVisible(True)
            row.show_changed(True)
            return
        self._errors.pop(key, None)
        note = row.editor.note(value)
        row.message.setText(note)
        row.message.setStyleSheet(NOTE_STYLE)
        row.message.setVisible(bool(note))
        row.show_changed(value != row.option.default)

    def reset(self, key: str) -> None:
        """Put the option's default in its editor (saved with the rest, like any edit)."""
        row = self.rows[key]
        if row.locked:
            return
        row.editor.show(row.option.default)
        self._edited(key)

    def _refresh(self) -> None:
        self.save_button.setEnabled(not self._errors)
        self.export_button.setEnabled(not self._fleet_errors())
        if self._errors:
            labels = ", ".join(localized(self.rows[key].option.label) for key in self._errors)
            self._tell(translate("SettingsDialog", "Nothing can be saved until these are fixed: "
                                                   "{settings}.").format(settings=labels))
        else:
            self._tell("")
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

    def sip_values_for_test(self) -> SipConfig | None:
        """The SIP settings as edited, or ``None`` while one of them is invalid."""
        if any(key.startswith("carrier.sip.") for key in self._errors):
            return None
        return SipConfig.from_values(self.value)

    # -- the fleet file ------------------------------------------------------------------------

    def _fleet_errors(self) -> list[str]:
        return [option.key for option in fleet_options(self._options) if option.key in self._errors]

    def choose_fleet_file(self) -> QtWidgets.QFileDialog:
        """Ask where to write the fleet file (non-modal; a call may ring meanwhile)."""
        if self.export_dialog is None:
            chooser = QtWidgets.QFileDialog(self, translate("SettingsDialog", "Export as fleet file"),
                                            str(Path.home() / "settings.toml"),
                                            translate("SettingsDialog", "Settings files (*.toml)"))
            chooser.setObjectName("fleetFileChooser")
            chooser.setAcceptMode(QtWidgets.QFileDialog.AcceptMode.AcceptSave)
            chooser.setDefaultSuffix("toml")
            chooser.setOption(QtWidgets.QFileDialog.Option.DontUseNativeDialog, True)
            chooser.fileSelected.connect(lambda path: self.export_fleet_file(Path(path)))
            self.export_dialog = chooser
        self.export_dialog.open()
        return self.export_dialog

    def export_fleet_file(self, path: Path) -> bool:
        """Write the admin-level values shown (edited, not yet saved ones too) as a fleet file."""
        wrong = self._fleet_errors()
        if wrong:
            labels = ", ".join(localized(self.rows[key].option.label) for key in wrong)
            self.summary.setStyleSheet(ERROR_STYLE)
            self._tell(translate("SettingsDialog", "The fleet file was not written: fix {settings} "
                                                "first, or every workstation would get the "
                                                "mistake.").format(settings=labels))
            return False
        try:
            write_atomically(path, fleet_toml(self.value, self._options).encode())
        except OSError as error:
            self.summary.setStyleSheet(ERROR_STYLE)
            self._tell(translate("SettingsDialog", "The fleet file was not written to {path}: "
                                                "{error}. Choose a folder you can write to.")
                                 .format(path=path, error=error.strerror or error))
            return False
        count = len(fleet_options(self._options))
        self.summary.setStyleSheet(NOTE_STYLE)
        self._tell(translate("SettingsDialog", "Wrote %n admin setting(s) to {path}. Deploy it as "
                                            "the fleet settings file; every workstation reads it "
                                            "at start and locks these values.", None, 1)
                             .plural(count).format(path=path))
        self.exported.emit(str(path))
        return True

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
        self._tell(translate("SettingsDialog", "Storing the password in the system keyring…"))
        keyring = self._keyring
        in_background(self._gui, lambda: store_passwords(keyring, changes),
                      self._password_stored)

    def _password_stored(self, outcome: PasswordOutcome) -> None:
        if not outcome.ok:
            self.summary.setStyleSheet(ERROR_STYLE)
            self._tell(translate("SettingsDialog", "Nothing was saved: {error}").format(
                error=outcome.message))
            self.save_button.setEnabled(not self._errors)
            return
        self._store_settings()

    def _store_settings(self) -> None:
        try:
            self._settings.update(self.changes())
            self._settings.save()
        except (SettingError, SettingsFileError) as error:
            self.summary.setStyleSheet(ERROR_STYLE)
            self._tell(translate("SettingsDialog", "The settings were not saved: {error}").format(
                error=str(error)))
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
