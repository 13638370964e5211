"""The settings dialog, driven like an admin would: real widgets, offscreen, a real SMTP server."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from softphone.blocks import secrets
from softphone.blocks.profile import Profile
from softphone.notify.template import default_template
from softphone.notify.testmail import NotifyTestResult
from softphone.qt import QtCore, QtWidgets
from softphone.settings import options
from softphone.settings.options import OPTIONS, Option
from softphone.settings.store import Settings
from softphone.settings.types import Text, ValueType
from softphone.widgets.keyring_password import Keyring
from softphone.widgets.option_editors import LineEditor, TomlEditor
from softphone.widgets.settings_dialog import SettingsDialog
from softphone.widgets.settings_pages import page_for
from tests.keyring_backend import FileKeyring
from tests.notify.notify_helpers import SECRET_NAME, SMTP_PASSWORD, MailServer, configure
from tests.ui.dialog_helpers import add_row, line, open_page_of, retype, rows_of, type_recipients

Click = QtCore.Qt.MouseButton.LeftButton


@pytest.fixture
def dialog(qtbot: QtBot, settings: Settings, test_keyring: FileKeyring) -> SettingsDialog:
    return open_dialog(qtbot, settings)


def open_dialog(qtbot: QtBot, settings: Settings, keyring: Keyring | None = None,
                **extra: object) -> SettingsDialog:
    made = SettingsDialog(settings, keyring, **extra)
    qtbot.addWidget(made)
    with qtbot.waitSignal(made.mail_server.password_state_known, timeout=5000):
        made.show()
    return made


def area(dialog: SettingsDialog, key: str) -> QtWidgets.QPlainTextEdit:
    widget = dialog.rows[key].editor.widget
    assert isinstance(widget, QtWidgets.QPlainTextEdit)
    return widget


def message(dialog: SettingsDialog, key: str) -> str:
    return dialog.rows[key].message.text()


def test_every_option_appears_on_its_page_and_admin_options_are_tagged(
        dialog: SettingsDialog) -> None:
    titles = [dialog.page_list.topLevelItem(index).text(0)
              for index in range(dialog.page_list.topLevelItemCount())]
    assert titles == ["Agent", "Calls and routing", "Emergency", "Carrier", "Audio", "Start-up"]
    emergency = dialog.page_list.topLevelItem(2)
    assert [emergency.child(index).text(0) for index in range(emergency.childCount())] == [
        "Callback numbers", "Location", "Contacts and template"]
    for option in OPTIONS:
        widget = dialog.rows[option.key].editor.widget
        page = dialog.pages[page_for(option).name]
        assert page.isAncestorOf(widget), option.key
        group = dialog.findChild(QtWidgets.QGroupBox, f"section:{option.section}")
        tags = [tag for tag in (dialog.findChild(QtWidgets.QLabel, f"adminTag:{option.key}"),
                                group.findChild(QtWidgets.QLabel, f"adminTag:{option.section}"))
                if tag is not None]
        assert bool(tags) is option.admin, option.key
        if option.admin:
            assert page.findChild(QtWidgets.QLabel, f"adminNote:{page.page.name}") is not None


def test_an_option_another_subsystem_adds_appears_without_widget_code(
        qtbot: QtBot, settings: Settings, test_keyring: FileKeyring,
        monkeypatch: pytest.MonkeyPatch) -> None:
    proxy = Option("sip.proxy", Text(r"[a-z0-9.:-]*", "a host such as sip.example.com"), "",
                   "SIP proxy", "The carrier's SIP proxy.", admin=True)
    monkeypatch.setitem(options.BY_KEY, proxy.key, proxy)
    shown = open_dialog(qtbot, settings, options=(*OPTIONS, proxy))
    field = line(shown, "sip.proxy")
    assert shown.findChild(QtWidgets.QGroupBox, "section:sip").title() == "Sip"
    assert shown.pages["other"].isAncestorOf(field)  # no page claims it: "Other"
    retype(qtbot, field, "Not A Host")
    assert "is not valid: a host such as sip.example.com" in message(shown, "sip.proxy")
    assert not shown.save_button.isEnabled()
    retype(qtbot, field, "sip.example.com")
    assert shown.save_button.isEnabled()


class Hours(ValueType[dict[str, int]]):
    """A type no editor knows: opening and closing hour as a table."""

    def parse(self, raw: object) -> dict[str, int]:
        if not isinstance(raw, dict) or set(raw) != {"open", "close"}:
            raise ValueError("expected {open = 8, close = 17}")
        return dict(raw)

    def describe(self) -> str:
        return "{open = <hour>, close = <hour>}"


def test_a_type_without_its_own_editor_is_edited_as_toml(
        qtbot: QtBot, settings: Settings, test_keyring: FileKeyring,
        monkeypatch: pytest.MonkeyPatch) -> None:
    hours = Option("site.hours", Hours(), {"open": 8, "close": 17}, "Opening hours",
                   "When the site is staffed.")
    monkeypatch.setitem(options.BY_KEY, hours.key, hours)
    dialog = open_dialog(qtbot, settings, options=(*OPTIONS, hours))
    editor = dialog.rows["site.hours"].editor
    assert isinstance(editor, TomlEditor)
    editor.area.setPlainText('{ open = 7, close = 19 ')
    assert "not a value as settings.toml writes it" in message(dialog, "site.hours")
    editor.area.setPlainText('{ open = 7, close = 19 }')
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Click)
    assert Settings(settings.user_file).get("site.hours") == {"open": 7, "close": 19}


@pytest.mark.parametrize(("typed", "says"), [
    ("boss@example.com; bob", "'bob' has no @"),
    ("boss@example.com;; Sam <sam@example.com>", "'Sam <sam@example.com>': write only the address"),
    ("boss@example.com, desk@@example.org", "'desk@@example.org' has more than one @"),
    ("boss@example", "'example' is not a mail domain"),
])
def test_a_bad_recipient_list_names_the_bad_entry_as_it_is_typed_and_blocks_saving(
        qtbot: QtBot, dialog: SettingsDialog, settings: Settings, typed: str, says: str) -> None:
    type_recipients(qtbot, dialog, typed)
    assert says in message(dialog, "notify.recipients")
    assert not dialog.save_button.isEnabled()
    assert "Emergency Call Notification recipients" in dialog.summary.text()
    qtbot.mouseClick(dialog.save_button, Click)
    assert settings.get("notify.recipients") == ()
    assert not settings.user_file.exists()


def test_duplicates_and_stray_separators_are_accepted_and_explained(
        qtbot: QtBot, dialog: SettingsDialog) -> None:
    type_recipients(qtbot, dialog, "boss@example.com;; desk@example.org; Boss@Example.com;")
    assert [row[""] for row in rows_of(dialog, "notify.recipients")] == [
        "boss@example.com", "desk@example.org", "Boss@Example.com"]  # one row per address
    assert dialog.save_button.isEnabled()
    assert message(dialog, "notify.recipients") == (
        "2 recipients: boss@example.com, desk@example.org. Listed more than once (each gets one "
        "email): Boss@example.com.")


def test_an_invalid_template_is_refused_naming_the_line_and_the_preview_says_why(
        qtbot: QtBot, dialog: SettingsDialog, settings: Settings) -> None:
    html = area(dialog, "notify.template.html")
    html.setPlainText("<p>Emergency</p>\n<p>{{agent_name}}</p>\n<p>{{callback_numbr}}</p>")
    said = message(dialog, "notify.template.html")
    assert "HTML body, line 3: unknown placeholder {{callback_numbr}}" in said
    assert "did you mean {{callback_number}}?" in said
    assert dialog.preview.problem.text().startswith("No preview: HTML body, line 3")
    assert not dialog.save_button.isEnabled()
    html.setPlainText("<p>Emergency</p>\n<table><tr><td>{{agent_name}}</td></tr>")
    assert "HTML body, line 2: <table> is never closed" in message(dialog, "notify.template.html")
    assert not dialog.save_button.isEnabled()
    assert settings.get("notify.template.html") == ""  # still the shipped one


def test_the_preview_fills_in_sample_values_as_the_admin_types(
        qtbot: QtBot, dialog: SettingsDialog) -> None:
    retype(qtbot, line(dialog, "notify.template.subject"), "911 at {{workstation}} by {{agent_name}}")
    assert dialog.preview.subject.text() == "Subject: 911 at TEST-WORKSTATION by Sam Sample"
    assert "Sam Sample" in dialog.preview.html.toPlainText()
    assert "+15555550123" in dialog.preview.text.toPlainText()


def test_the_shipped_template_shows_greyed_and_can_be_copied_to_edit_or_used_again(
        qtbot: QtBot, dialog: SettingsDialog) -> None:
    html = area(dialog, "notify.template.html")
    assert html.toPlainText() == "" and html.placeholderText() == default_template().html
    assert dialog.preview.subject.text().startswith("Subject: EMERGENCY CALL PLACED: Sam Sample")
    qtbot.mouseClick(dialog.findChild(QtWidgets.QPushButton, "copyShippedTemplate"), Click)
    assert html.toPlainText() == default_template().html
    assert dialog.changes().keys() == {"notify.template.subject", "notify.template.html",
                                       "notify.template.text"}
    qtbot.mouseClick(dialog.findChild(QtWidgets.QPushButton, "useShippedTemplate"), Click)
    assert html.toPlainText() == "" and dialog.changes() == {}


def test_a_placeholder_is_inserted_from_the_list(qtbot: QtBot, dialog: SettingsDialog) -> None:
    dialog.preview.bodies.setCurrentIndex(1)  # the plain-text body
    text = area(dialog, "notify.template.text")
    facts = "{{location}} {{time}} {{callback_number}} {{call_outcome}}\n"
    text.setPlainText(facts + "Agent: ")
    text.moveCursor(text.textCursor().MoveOperation.End)
    placeholders = dialog.findChild(QtWidgets.QListWidget, "placeholders")
    item = next(placeholders.item(row) for row in range(placeholders.count())
                if placeholders.item(row).text().startswith("{{agent_name}}"))
    placeholders.itemDoubleClicked.emit(item)
    assert text.toPlainText() == facts + "Agent: {{agent_name}}"
    assert "Agent: Sam Sample" in dialog.preview.text.toPlainText()


def test_a_saved_valid_configuration_survives_a_restart_and_the_password_is_in_no_file(
        qtbot: QtBot, dialog: SettingsDialog, settings: Settings, profile: Profile,
        test_keyring: FileKeyring) -> None:
    add_row(qtbot, dialog, "notify.recipients", "boss@example.com")
    add_row(qtbot, dialog, "notify.recipients", "desk@example.org")
    retype(qtbot, line(dialog, "notify.smtp.host"), "mail.example.com")
    retype(qtbot, line(dialog, "notify.smtp.user"), "mailer")
    retype(qtbot, line(dialog, "notify.smtp.sender"), "softphone@example.com")
    port = dialog.rows["notify.smtp.port"].editor.widget
    assert isinstance(port, QtWidgets.QSpinBox)
    port.setValue(2525)
    retype(qtbot, line(dialog, "notify.template.subject"), "EMERGENCY: {{agent_name}}")
    qtbot.keyClicks(dialog.mail_server.password, "S3cret-For-Mail!")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Click)

    restarted = Settings(profile.settings_file, profile.fleet_file)
    assert restarted.get("notify.recipients") == ("boss@example.com", "desk@example.org")
    assert restarted.get("notify.smtp.host") == "mail.example.com"
    assert restarted.get("notify.smtp.port") == 2525
    assert restarted.get("notify.template.subject") == "EMERGENCY: {{agent_name}}"
    assert restarted.get("notify.template.html") == settings.get("notify.template.html")
    again = open_dialog(qtbot, restarted)
    assert rows_of(again, "notify.recipients") == [{"": "boss@example.com"},
                                                   {"": "desk@example.org"}]
    assert line(again, "notify.smtp.user").text() == "mailer"
    assert again.mail_server.password_state.text() == "A password is stored in the system keyring."
    assert again.changes() == {}

    assert secrets.get_secret("smtp:mailer@mail.example.com") == "S3cret-For-Mail!"
    files = [path for path in profile.root.rglob("*") if path.is_file()]
    assert profile.settings_file in files
    for path in files:
        assert b"S3cret-For-Mail!" not in path.read_bytes(), path
    written = tomllib.loads(profile.settings_file.read_text())
    assert written["notify"]["template"] == {"subject": "EMERGENCY: {{agent_name}}"}  # only changes


def test_changing_the_user_carries_the_stored_password_over(
        qtbot: QtBot, settings: Settings, test_keyring: FileKeyring) -> None:
    settings.update({"notify.smtp.host": "mail.example.com", "notify.smtp.user": "old"})
    secrets.set_secret("smtp:old@mail.example.com", "kept-password")
    shown = open_dialog(qtbot, settings)
    retype(qtbot, line(shown, "notify.smtp.user"), "new")
    with qtbot.waitSignal(shown.saved, timeout=5000):
        qtbot.mouseClick(shown.save_button, Click)
    assert secrets.get_secret("smtp:new@mail.example.com") == "kept-password"
    assert secrets.get_secret("smtp:old@mail.example.com") is None


def test_send_test_email_reports_success_with_the_values_being_edited(
        qtbot: QtBot, settings: Settings, mail_server: MailServer, ca_file: Path,
        test_keyring: FileKeyring) -> None:
    configure(settings, mail_server, ca_file=ca_file)
    shown = open_dialog(qtbot, settings)
    type_recipients(qtbot, shown, "only-me@example.com")
    qtbot.keyClicks(shown.mail_server.password, SMTP_PASSWORD)  # typed, not yet saved
    with qtbot.waitSignal(shown.mail_server.test_finished, timeout=10000) as finished:
        qtbot.mouseClick(shown.mail_server.test_button, Click)
    outcome = finished.args[0]
    assert isinstance(outcome, NotifyTestResult) and outcome.delivered
    assert shown.mail_server.test_result.text() == (
        f"127.0.0.1:{mail_server.port} accepted the test email for only-me@example.com.")
    [received] = mail_server.messages
    assert received.rcpt_tos == ("only-me@example.com",)
    assert secrets.get_secret(SECRET_NAME) is None  # testing stores nothing


def test_send_test_email_reports_the_smtp_error_in_words(
        qtbot: QtBot, settings: Settings, mail_server: MailServer, ca_file: Path,
        test_keyring: FileKeyring) -> None:
    configure(settings, mail_server, ca_file=ca_file)
    secrets.set_secret(SECRET_NAME, "not-the-password")
    shown = open_dialog(qtbot, settings)
    with qtbot.waitSignal(shown.mail_server.test_finished, timeout=10000):
        qtbot.mouseClick(shown.mail_server.test_button, Click)
    assert shown.mail_server.test_result.text().startswith(
        "The test email was not sent: the mail server refused the user name or password (535")
    assert mail_server.messages == []


def test_send_test_email_asks_to_fix_invalid_values_first(
        qtbot: QtBot, dialog: SettingsDialog) -> None:
    retype(qtbot, line(dialog, "notify.smtp.sender"), "not an address")
    with qtbot.waitSignal(dialog.mail_server.test_finished):
        qtbot.mouseClick(dialog.mail_server.test_button, Click)
    assert "Fix the notification settings marked in red first" in (
        dialog.mail_server.test_result.text())


def test_options_set_by_the_fleet_file_are_disabled_with_a_note(
        qtbot: QtBot, profile: Profile, test_keyring: FileKeyring) -> None:
    profile.fleet_file.parent.mkdir(parents=True)
    profile.fleet_file.write_text('[notify]\nrecipients = ["desk@example.com"]\n')
    fleet = Settings(profile.settings_file, profile.fleet_file)
    shown = open_dialog(qtbot, fleet)
    field = shown.rows["notify.recipients"].editor.widget
    assert not field.isEnabled() and rows_of(shown, "notify.recipients") == [
        {"": "desk@example.com"}]
    assert "Set by your IT department" in message(shown, "notify.recipients")
    retype(qtbot, line(shown, "agent.name"), "Dana")
    with qtbot.waitSignal(shown.saved):
        qtbot.mouseClick(shown.save_button, Click)
    assert fleet.get("agent.name") == "Dana"


def test_without_a_secure_keyring_the_password_field_says_why(
        qtbot: QtBot, settings: Settings) -> None:
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        shown = open_dialog(qtbot, settings)
    finally:
        keyring.set_keyring(previous)
    assert not shown.mail_server.password.isEnabled()
    assert shown.mail_server.password_state.text().startswith("No secure keyring is available")


def test_choosing_no_encryption_shows_a_warning(qtbot: QtBot, dialog: SettingsDialog) -> None:
    combo = dialog.rows["notify.smtp.security"].editor.widget
    assert isinstance(combo, QtWidgets.QComboBox)
    open_page_of(dialog, "notify.smtp.security")
    assert not dialog.mail_server.warning.isVisible()
    combo.setCurrentIndex(combo.findData("none"))
    assert dialog.mail_server.warning.isVisible()
    assert "cross the network readable" in dialog.mail_server.warning.text()


def test_text_options_get_a_line_editor(dialog: SettingsDialog) -> None:
    assert isinstance(dialog.rows["agent.name"].editor, LineEditor)


def test_the_admin_picks_the_notifications_language_and_the_preview_shows_it(
        qtbot: QtBot, dialog: SettingsDialog) -> None:
    combo = dialog.rows["notify.template.language"].editor.widget
    assert isinstance(combo, QtWidgets.QComboBox)
    assert combo.currentData() == "" and combo.currentText() == "The agent's language"
    combo.setCurrentIndex(combo.findData("fr_CA"))
    assert dialog.preview.subject.text().startswith(
        "Subject: APPEL D'URGENCE EFFECTUÉ : Sam Sample a composé le 911")
    assert "L'appel a été effectué" in dialog.preview.text.toPlainText()
    html = area(dialog, "notify.template.html")
    assert html.placeholderText() == default_template("fr_CA").html  # what will be sent
    combo.setCurrentIndex(combo.findData("da_DK"))
    assert dialog.preview.subject.text().startswith("Subject: NØDOPKALD FORETAGET")
    assert dialog.changes() == {"notify.template.language": "da_DK"}
