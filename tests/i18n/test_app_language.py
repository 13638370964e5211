"""The app takes the agent's language from ui.language (else the system's), Qt's own words too,
and switches while it runs."""

from __future__ import annotations

from softphone.blocks import text
from softphone.blocks.text import translate
from softphone.qt import QtCore, QtWidgets
from softphone.widgets.language import Languages


def cancel_text(box: QtWidgets.QDialogButtonBox) -> str:
    return box.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")


def test_the_language_setting_switches_the_app_and_qts_own_buttons_while_it_runs(
        qtbot, start_app, ready_settings) -> None:
    app = start_app()
    box = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert app.languages.code == "en_US" and cancel_text(box) == "Cancel"
    app.settings.set("ui.language", "da_DK")
    assert text.current_language() == "da_DK"
    assert translate("Languages", "The system's language") == "Systemets sprog"
    qtbot.waitUntil(lambda: cancel_text(box) == "Annuller")  # Qt's qtbase_da
    assert QtCore.QLocale().name() == "da_DK"  # numbers, dates and times follow
    app.settings.set("ui.language", "fr_CA")
    qtbot.waitUntil(lambda: cancel_text(box) == "Annuler")
    assert translate("Languages", "The system's language") == "Langue du système"
    app.settings.set("ui.language", "")  # the system's language: English here (conftest)
    qtbot.waitUntil(lambda: cancel_text(box) == "Cancel")
    assert text.current_language() == "en_US"


def test_an_installation_without_the_translations_says_so_and_speaks_english(
        qtbot, tmp_path) -> None:
    languages = Languages(QtCore.QCoreApplication.instance(), folder=tmp_path)
    try:
        problem = languages.apply("es_PR")
        assert problem is not None and "Español (Puerto Rico)" in problem
        assert "reinstall" in problem
        assert languages.code == "en_US" and text.current_language() == "en_US"
    finally:
        languages.close()
