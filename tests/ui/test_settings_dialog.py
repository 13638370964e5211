"""The settings dialog as an admin uses it: pages, search, the wheel, tables, markers, and the
fleet file it exports. Real widgets, offscreen, a real settings store on a temporary profile."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from softphone.blocks.profile import Profile
from softphone.qt import QtCore, QtWidgets
from softphone.settings.fleet import fleet_options
from softphone.settings.options import OPTIONS
from softphone.settings.store import Settings
from softphone.settings.types import RoutingRule
from softphone.widgets.option_editors import ComboEditor, TableEditor
from softphone.widgets.settings_dialog import SettingsDialog
from tests.helpers import OWN, POOL
from tests.keyring_backend import FileKeyring
from tests.ui.dialog_helpers import (
    Click,
    add_row,
    line,
    open_page_of,
    retype,
    rows_of,
    table,
    wheel,
)


@pytest.fixture
def dialog(qtbot: QtBot, settings: Settings, test_keyring: FileKeyring) -> SettingsDialog:
    shown = SettingsDialog(settings)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.mail_server.password_state_known, timeout=5000):
        shown.show()
    qtbot.waitExposed(shown)
    return shown


def raw_values(dialog: SettingsDialog) -> dict[str, object]:
    return {key: row.editor.raw() for key, row in dialog.rows.items()}


def fields_under(dialog: SettingsDialog) -> list[QtWidgets.QWidget]:
    """Every input the pointer can pass over: editors and what they are made of (a table's
    cell drop-downs, a spin box's text), the password fields and the test buttons too."""
    kinds = (QtWidgets.QComboBox, QtWidgets.QAbstractSpinBox, QtWidgets.QAbstractSlider,
             QtWidgets.QLineEdit, QtWidgets.QCheckBox, QtWidgets.QAbstractItemView,
             QtWidgets.QPlainTextEdit, QtWidgets.QTextEdit, QtWidgets.QAbstractButton)
    return [widget for widget in dialog.findChildren(QtWidgets.QWidget)
            if isinstance(widget, kinds) and not isinstance(widget, QtWidgets.QScrollBar)]


def test_scrolling_the_whole_dialog_with_the_wheel_changes_no_value(
        qtbot: QtBot, dialog: SettingsDialog, settings: Settings) -> None:
    settings.update({"routing.rules": [{"match": "+1900*", "action": "refuse"}]})
    again = SettingsDialog(settings)  # a table with a drop-down in a cell, too
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    before = raw_values(again)
    scrolled = 0
    visited = 0
    for name, page in again.pages.items():
        again.show_page(name)
        bar = page.verticalScrollBar()
        for field in fields_under(again):
            if not page.isAncestorOf(field) or not field.isVisibleTo(page):
                continue
            page.ensureWidgetVisible(field)
            for notches in (-3, 3, -1, 1, -2):
                position = bar.value()
                wheel(again, field, notches)
                scrolled += bar.value() != position
            visited += 1
    assert visited > len(OPTIONS)  # every editor, and the parts some are made of
    assert raw_values(again) == before
    assert again.changes() == {} and again.errors == {}
    assert scrolled  # the wheel went on to the page, which scrolled as the pointer expects
    assert all(not row.changed.isVisible() for key, row in again.rows.items()
               if key != "routing.rules")


def test_a_focused_field_still_takes_the_wheel(qtbot: QtBot, dialog: SettingsDialog) -> None:
    open_page_of(dialog, "carrier.sip.request_uri")
    combo = dialog.rows["carrier.sip.request_uri"].editor.widget
    assert combo.focusPolicy() is QtCore.Qt.FocusPolicy.StrongFocus  # no focus from the wheel
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    wheel(dialog, combo, -1)
    assert dialog.value("carrier.sip.request_uri") == "number@domain"
    combo.setFocus(QtCore.Qt.FocusReason.TabFocusReason)  # the admin tabbed to it
    qtbot.waitUntil(combo.hasFocus)
    wheel(dialog, combo, -1)
    assert dialog.value("carrier.sip.request_uri") == "tel"


def test_search_keeps_the_options_whose_name_or_description_match(
        qtbot: QtBot, dialog: SettingsDialog) -> None:
    qtbot.keyClicks(dialog.search, "request-uri")
    assert dialog.current_page is dialog.pages["carrier"]  # moved to the page with the match
    assert dialog.rows["carrier.sip.request_uri"].editor.widget.isVisible()  # by its name
    assert dialog.rows["carrier.sip.domain"].editor.widget.isVisible()  # by its description
    assert not dialog.rows["carrier.sip.proxy"].box.isVisible()
    assert not dialog.findChild(QtWidgets.QGroupBox, "section:carrier.simulated").isVisible()
    items = dialog.page_list.items
    assert items["carrier"].text(0) == "Carrier (2)" and not items["carrier"].isHidden()
    assert items["agent"].isHidden() and items["emergency"].isHidden()

    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "ray baum")  # words of a description only
    assert dialog.current_page is dialog.pages["emergency.location"]
    assert dialog.rows["location.move_threshold_m"].editor.widget.isVisible()
    assert items["emergency"].text(0) == "Emergency (1)"

    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "no such setting")
    assert dialog.no_match.isVisible()
    assert dialog.no_match.text() == "No setting matches “no such setting”."

    dialog.search.clear()
    assert not dialog.no_match.isVisible() and items["carrier"].text(0) == "Carrier"
    assert all(not item.isHidden() for item in items.values())
    open_page_of(dialog, "carrier.sip.proxy")
    assert dialog.rows["carrier.sip.proxy"].box.isVisible()


def test_a_routing_rule_is_added_a_bad_one_refused_with_its_reason_and_rules_reordered(
        qtbot: QtBot, dialog: SettingsDialog, settings: Settings) -> None:
    rules = table(dialog, "routing.rules")
    add_row(qtbot, dialog, "routing.rules", "+1900*")
    action = rules.table.cellWidget(0, 1)
    assert isinstance(action, QtWidgets.QComboBox)
    action.setCurrentIndex(action.findData("refuse"))
    assert dialog.save_button.isEnabled()

    add_row(qtbot, dialog, "routing.rules", "+1 555*")
    said = dialog.rows["routing.rules"].message.text()
    assert "rule 2: '+1 555*' contains a space; caller numbers have none (write +1555*)" in said
    assert rules.row_problems == {1: "'+1 555*' contains a space; caller numbers have none "
                                     "(write +1555*)"}
    assert rules.table.item(1, 0).toolTip() == rules.row_problems[1]
    assert not dialog.save_button.isEnabled()
    assert "Routing rules" in dialog.summary.text()

    rules.table.item(1, 0).setText("+1555*")  # corrected in place
    assert rules.row_problems == {} and dialog.save_button.isEnabled()
    rules.table.selectRow(1)
    qtbot.mouseClick(rules.up_button, Click)
    assert rows_of(dialog, "routing.rules") == [{"match": "+1555*", "action": "accept"},
                                                {"match": "+1900*", "action": "refuse"}]
    assert rules.table.currentRow() == 0 and not rules.up_button.isEnabled()

    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Click)
    assert Settings(settings.user_file).get("routing.rules") == (
        RoutingRule("+1555*", "accept"), RoutingRule("+1900*", "refuse"))


def test_a_callback_number_row_is_checked_and_a_repeated_number_refused(
        qtbot: QtBot, dialog: SettingsDialog) -> None:
    add_row(qtbot, dialog, "callback.pool", POOL[0])
    add_row(qtbot, dialog, "callback.pool", "555 1234")
    pool = table(dialog, "callback.pool")
    assert pool.row_problems[1].endswith("is not a phone number in E.164 form such as "
                                         "+15551234567")
    pool.table.item(1, 0).setText(POOL[0])
    assert f"{POOL[0]} is listed twice" in dialog.rows["callback.pool"].message.text()
    pool.table.selectRow(1)
    qtbot.mouseClick(pool.remove_button, Click)
    assert dialog.errors == {} and dialog.value("callback.pool") == (POOL[0],)


def test_fixed_choices_are_lists_never_free_text(dialog: SettingsDialog) -> None:
    country = dialog.rows["agent.country"].editor
    assert isinstance(country, ComboEditor)
    assert country.combo.currentText() == "United States (US)"
    assert country.combo.findText("Denmark (DK)") >= 0
    site = dialog.rows["location.address.country"].editor
    assert isinstance(site, ComboEditor) and site.combo.currentText() == "Not set"
    adapters = dialog.rows["carrier.adapter"].editor
    assert isinstance(adapters, ComboEditor)
    assert [adapters.combo.itemText(i) for i in range(adapters.combo.count())] == ["simulated",
                                                                                  "sip"]
    rate = dialog.rows["audio.sample_rate"].editor
    assert isinstance(rate, ComboEditor) and rate.combo.currentText() == "48000 Hz"
    assert isinstance(dialog.rows["callback.pool"].editor, TableEditor)
    assert isinstance(dialog.rows["notify.recipients"].editor, TableEditor)


def test_an_adapter_that_is_not_installed_is_shown_as_such_and_kept(
        qtbot: QtBot, settings: Settings, test_keyring: FileKeyring) -> None:
    settings.update({"carrier.adapter": "mytrunk"})
    shown = SettingsDialog(settings)
    qtbot.addWidget(shown)
    assert shown.rows["carrier.adapter"].editor.widget.currentText() == "mytrunk (not installed)"
    assert shown.changes() == {}


def test_a_changed_value_is_marked_and_reset_puts_the_default_back(
        qtbot: QtBot, dialog: SettingsDialog, settings: Settings) -> None:
    row = dialog.rows["agent.country"]
    open_page_of(dialog, "agent.country")
    assert not row.changed.isVisible() and not row.reset.isVisible()
    combo = row.editor.widget
    combo.setCurrentIndex(combo.findData("DK"))
    assert row.changed.isVisible() and row.reset.isVisible()
    assert row.changed.toolTip() == 'Differs from the default ("US").'
    qtbot.mouseClick(row.reset, Click)
    assert dialog.value("agent.country") == "US" and not row.changed.isVisible()
    assert dialog.changes() == {}

    retype(qtbot, line(dialog, "agent.name"), "Dana")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Click)
    again = SettingsDialog(settings)
    qtbot.addWidget(again)
    assert again.rows["agent.name"].changed.isVisibleTo(again.pages["agent"])
    assert not again.rows["agent.country"].changed.isVisibleTo(again.pages["agent"])


def test_export_as_fleet_file_is_read_back_as_the_fleet_file_with_its_values_locked(
        qtbot: QtBot, dialog: SettingsDialog, profile: Profile, tmp_path: Path) -> None:
    retype(qtbot, line(dialog, "outbound.caller_id"), OWN)  # this agent's own: stays out
    add_row(qtbot, dialog, "callback.pool", POOL[0])
    add_row(qtbot, dialog, "notify.recipients", "security@example.com")
    combo = dialog.rows["agent.country"].editor.widget
    combo.setCurrentIndex(combo.findData("CA"))
    retype(qtbot, line(dialog, "agent.help_contact"), "IT service desk, extension 4357")
    retype(qtbot, line(dialog, "agent.name"), "Dana")  # not an admin setting: stays out

    qtbot.mouseClick(dialog.export_button, Click)
    chooser = dialog.export_dialog
    assert chooser is not None and chooser.isVisible()
    assert chooser.windowModality() is not QtCore.Qt.WindowModality.ApplicationModal
    target = tmp_path / "for-it" / "settings.toml"
    target.parent.mkdir()
    chooser.selectFile(str(target))
    with qtbot.waitSignal(dialog.exported) as exported:
        chooser.accept()
    assert exported.args == [str(target)]
    assert "Deploy it as the fleet settings file" in dialog.summary.text()

    written = tomllib.loads(target.read_text(encoding="utf-8"))
    assert "caller_id" not in written.get("outbound", {}) and "name" not in written["agent"]
    assert "local_address" not in written["carrier"]["sip"]
    fleet = Settings(profile.root / "elsewhere" / "settings.toml", fleet_file=target)
    assert fleet.problems == []
    exported_keys = {option.key for option in fleet_options(OPTIONS)}
    assert all(fleet.is_locked(key) for key in exported_keys)
    assert not fleet.is_locked("outbound.caller_id") and not fleet.is_locked("agent.name")
    assert fleet["agent.country"] == "CA" and fleet["callback.pool"] == (POOL[0],)
    assert fleet["notify.recipients"] == ("security@example.com",)
    assert fleet["agent.help_contact"] == "IT service desk, extension 4357"
    assert not any(b"assword" in line for line in target.read_bytes().splitlines()
                   if not line.startswith(b"#"))


def test_export_is_refused_while_an_admin_value_is_wrong(
        qtbot: QtBot, dialog: SettingsDialog, tmp_path: Path) -> None:
    retype(qtbot, line(dialog, "notify.smtp.sender"), "not an address")
    assert not dialog.export_button.isEnabled()
    assert not dialog.export_fleet_file(tmp_path / "settings.toml")
    assert "fix Sender address first" in dialog.summary.text()
    assert not (tmp_path / "settings.toml").exists()
