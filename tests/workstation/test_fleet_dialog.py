"""What the fleet file sets shows in the settings dialog as IT set it, locked, on every page."""

from __future__ import annotations

import tomllib

import pytest

from softphone.blocks.profile import Profile
from softphone.qt import QtCore, QtWidgets
from softphone.settings.store import Settings
from softphone.widgets.settings_dialog import SettingsDialog
from tests.ui.dialog_helpers import rows_of

Click = QtCore.Qt.MouseButton.LeftButton
LOCK_NOTE = "Set by your IT department in the fleet settings file"

FLEET = '''\
version = 1
[agent]
country = "DK"
[callback]
pool = ["+4533000001", "+4533000002"]
[routing]
max_concurrent_calls = 3
[notify]
recipients = ["security@example.com", "supervisor@example.com"]
[notify.template]
subject = "Emergency call by {{agent_name}}"
text = "{{agent_name}} dialled {{number_dialled}} at {{time}}. {{FACTS}}"
html = "<p>{{agent_name}} dialled {{number_dialled}} at {{time}}. {{FACTS}}</p>"
'''

FACTS = "{{location}}, call back on {{callback_number}}. {{call_outcome}}"
FLEET = FLEET.replace("{{FACTS}}", FACTS)

LOCKED = ("agent.country", "callback.pool", "routing.max_concurrent_calls", "notify.recipients",
          "notify.template.subject", "notify.template.text", "notify.template.html")


@pytest.fixture
def fleet_settings(profile: Profile, settings: Settings) -> Settings:
    """The agent's own file says otherwise on purpose: the fleet file must win."""
    settings.update({"agent.country": "US", "callback.pool": ["+15551230001"],
                     "routing.max_concurrent_calls": 1, "agent.name": "Dana"})
    settings.save()
    profile.fleet_file.parent.mkdir(parents=True)
    profile.fleet_file.write_text(FLEET, encoding="utf-8")
    return Settings(profile.settings_file, profile.fleet_file)


@pytest.fixture
def dialog(qtbot, fleet_settings: Settings, test_keyring) -> SettingsDialog:
    shown = SettingsDialog(fleet_settings)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.mail_server.password_state_known, timeout=5000):
        shown.show()
    return shown


def shown_text(dialog: SettingsDialog, key: str) -> str:
    widget = dialog.rows[key].editor.widget
    if isinstance(widget, QtWidgets.QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QtWidgets.QLineEdit):
        return widget.text()
    if isinstance(widget, QtWidgets.QSpinBox):
        return str(widget.value())
    return str(dialog.value(key))


def test_fleet_values_show_instead_of_the_users_disabled_with_a_note_on_every_page(dialog):
    assert shown_text(dialog, "routing.max_concurrent_calls") == "3"
    assert dialog.value("agent.country") == "DK" and dialog.value("callback.pool") == (
        "+4533000001", "+4533000002")
    assert rows_of(dialog, "callback.pool") == [{"": "+4533000001"}, {"": "+4533000002"}]
    assert {dialog.page_of(key).page.name for key in LOCKED} == {
        "agent", "calls", "emergency.callback", "emergency.contacts"}
    for key in LOCKED:
        row = dialog.rows[key]
        assert row.locked and not row.editor.widget.isEnabled(), key
        assert not row.message.isHidden() and LOCK_NOTE in row.message.text(), key
        assert row.reset.isHidden(), key  # nothing to reset: IT decides
    assert dialog.rows["agent.name"].editor.widget.isEnabled()
    assert not dialog.rows["agent.name"].locked


def test_the_fleet_sets_the_emergency_contacts_and_the_template_the_agent_cannot_change(
        dialog, fleet_settings):
    assert fleet_settings.problems == []
    assert rows_of(dialog, "notify.recipients") == [{"": "security@example.com"},
                                                    {"": "supervisor@example.com"}]
    assert shown_text(dialog, "notify.template.subject") == "Emergency call by {{agent_name}}"
    assert "dialled {{number_dialled}}" in shown_text(dialog, "notify.template.text")
    preview = dialog.preview
    assert preview.subject.text() == "Subject: Emergency call by " + preview_agent(dialog)
    copy = dialog.findChild(QtWidgets.QPushButton, "copyShippedTemplate")
    shipped = dialog.findChild(QtWidgets.QPushButton, "useShippedTemplate")
    assert not copy.isEnabled() and not shipped.isEnabled()
    placeholders = dialog.findChild(QtWidgets.QListWidget, "placeholders")
    preview._insert(placeholders.item(0))
    assert shown_text(dialog, "notify.template.text") == (
        "{{agent_name}} dialled {{number_dialled}} at {{time}}. " + FACTS)


def preview_agent(dialog: SettingsDialog) -> str:
    """The sample agent name the preview fills in (whatever the notifier's samples say)."""
    return dialog.preview.subject.text().removeprefix("Subject: Emergency call by ")


def test_saving_keeps_the_fleet_values_out_of_the_users_file(qtbot, dialog, fleet_settings,
                                                             profile):
    field = dialog.rows["agent.name"].editor.widget
    field.selectAll()
    qtbot.keyClicks(field, "Dana Agent")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Click)
    written = tomllib.loads(profile.settings_file.read_text(encoding="utf-8"))
    assert written["agent"]["name"] == "Dana Agent"
    assert written["agent"]["country"] == "US"  # the agent's own value, untouched and unused
    assert "notify" not in written
    assert fleet_settings["agent.country"] == "DK"


def test_a_fleet_value_in_error_shows_locked_at_its_default(qtbot, profile, settings, test_keyring):
    settings.update({"callback.pool": ["+15551230001"]})
    settings.save()
    profile.fleet_file.parent.mkdir(parents=True)
    profile.fleet_file.write_text('[callback]\npool = ["not a number"]\n', encoding="utf-8")
    fleet = Settings(profile.settings_file, profile.fleet_file)
    shown = SettingsDialog(fleet)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.mail_server.password_state_known, timeout=5000):
        shown.show()
    row = shown.rows["callback.pool"]
    assert row.locked and not row.editor.widget.isEnabled()
    assert shown.value("callback.pool") == ()
    assert any("callback.pool" in problem for problem in fleet.problems)
