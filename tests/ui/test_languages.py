"""In each language the agent meets the window, the emergency view, callback mode and the
answering point's callback prompt in their own words, whole: no English left, nothing cut off,
at 100 % and 200 % text size."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from softphone.app import Application
from softphone.qt import QtCore, QtGui, QtWidgets
from softphone.widgets.assistant import PAGES as ASSISTANT_PAGES

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = ("da_DK", "fr_CA", "es_PR")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|&(?=\w)")


def english_phrases(code: str) -> set[str]:
    """The English words of every message this language says differently: each stretch
    between placeholders of two words or more, and each one-word message whole."""
    phrases = set()
    for message in ElementTree.parse(TRANSLATIONS / f"softphone_{code}.ts").iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = ([form.text or "" for form in translation.findall("numerusform")]
                 or [translation.text or ""]) if translation is not None else []
        if source in forms:
            continue  # the same in both languages (Softphone, Microphone in French)
        for part in PLACEHOLDER.split(source):
            part = part.strip(" .,:;()…⚠●“”'\n")
            if len(part.split()) >= 2 or (part == source.strip(" .…:") and part.isalpha()):
                phrases.add(part)
    return phrases


def parts(root: QtWidgets.QWidget) -> Iterator[QtWidgets.QWidget]:
    """``root`` and every visible widget in its window (not in windows it owns)."""
    for widget in [root, *root.findChildren(QtWidgets.QWidget)]:
        if widget.isVisible() and widget.window() is root.window():
            yield widget


def shown_texts(root: QtWidgets.QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of every text a visible widget under ``root`` shows."""
    for widget in parts(root):
        name = widget.objectName() or type(widget).__name__
        if widget.isWindow():
            yield name, widget.windowTitle()
        if isinstance(widget, (QtWidgets.QLabel, QtWidgets.QAbstractButton)):
            yield name, widget.text()
        if isinstance(widget, QtWidgets.QGroupBox):
            yield name, widget.title()
        if isinstance(widget, QtWidgets.QLineEdit):
            yield name, widget.placeholderText()
        if isinstance(widget, QtWidgets.QComboBox):
            yield name, widget.currentText()
        if isinstance(widget, QtWidgets.QMenuBar):
            for action in widget.actions():
                yield name, action.text()
                menu = action.menu()
                for inner in (menu.actions() if menu is not None else []):
                    yield name, inner.text()
        if isinstance(widget, QtWidgets.QTreeWidget):
            header = widget.headerItem()
            for column in range(widget.columnCount()):
                yield name, header.text(column)
        if widget.accessibleName():
            yield f"{name} (accessible name)", widget.accessibleName()


# Words that are English in none of the other three languages: a sentence with one of them
# was not translated, whether or not its source is in the catalogues.
ENGLISH_WORDS = frozenset({"the", "is", "are", "you", "your", "and", "of", "with", "this", "was",
                           "not"})
# English still shown, each with its reason; this list only shrinks.
STILL_ENGLISH: dict[str, str] = {}


def english_left(root: QtWidgets.QWidget, code: str) -> list[str]:
    phrases = english_phrases(code)
    left = []
    for where, text in shown_texts(root):
        found = english_in(text, phrases)
        if found:
            left.append(f"{where}: {text!r} has {found[0]!r}")
    return left


def english_in(text: str, phrases: set[str]) -> list[str]:
    """The English phrases and words found in one text (``english_phrases`` of a language)."""
    plain = text.replace("&", "")
    if any(known in plain for known in STILL_ENGLISH):
        return []
    found = [phrase for phrase in phrases
             if (phrase in plain if " " in phrase else plain.strip(" .…:") == phrase)]
    return found + sorted(ENGLISH_WORDS & set(re.findall(r"[a-z]+", plain.lower())))


def cut_off(root: QtWidgets.QWidget) -> list[str]:
    """Every visible text that does not fit its widget: elided, clipped or wider than it."""
    problems = []
    for widget in parts(root):
        name = widget.objectName() or type(widget).__name__
        metrics = widget.fontMetrics()
        if isinstance(widget, QtWidgets.QLabel) and widget.text():
            room = widget.contentsRect()
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    problems.append(f"{name}: {widget.text()!r} needs {needed} px high at "
                                    f"{widget.width()} px wide, has {widget.height()}")
            else:
                shown = re.sub(r"&(.)", r"\1", widget.text())  # a mnemonic's & is not drawn
                wide = max(metrics.horizontalAdvance(line) for line in shown.split("\n"))
                if wide > room.width() + 1:
                    problems.append(f"{name}: {widget.text()!r} needs {wide} px, has "
                                    f"{room.width()}")
        elif isinstance(widget, QtWidgets.QPushButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + 1:
                problems.append(f"{name}: {widget.text()!r} needs {widget.sizeHint().width()} px,"
                                f" has {widget.width()}")
        elif isinstance(widget, QtWidgets.QComboBox) and widget.currentText():
            option = QtWidgets.QStyleOptionComboBox()
            widget.initStyleOption(option)
            field = widget.style().subControlRect(
                QtWidgets.QStyle.ComplexControl.CC_ComboBox, option,
                QtWidgets.QStyle.SubControl.SC_ComboBoxEditField, widget)
            wide = metrics.horizontalAdvance(widget.currentText())
            if wide > field.width() + 1:
                problems.append(f"{name}: {widget.currentText()!r} needs {wide} px, has "
                                f"{field.width()}")
        elif isinstance(widget, QtWidgets.QGroupBox) and widget.title() and (
                metrics.horizontalAdvance(widget.title()) > widget.width()):
            problems.append(f"{name}: the title {widget.title()!r} is wider than the box")
    return problems


@pytest.fixture(params=[1.0, 2.0], ids=["100%", "200%"])
def text_size(request) -> Iterator[float]:
    """The system's text scaled (an agent's accessibility setting), for widgets made after."""
    app = QtWidgets.QApplication.instance()
    before = app.font()
    if request.param != 1.0:
        bigger = QtGui.QFont(before)
        bigger.setPointSizeF(before.pointSizeF() * request.param)
        app.setFont(bigger)
    yield request.param
    app.setFont(before)


def check(root: QtWidgets.QWidget, code: str) -> list[str]:
    """What is left English or cut off once the layout has settled (a text that changed posts
    a relayout; a window that grows does so on the next turn of the event loop)."""
    deadline = QtCore.QDeadlineTimer(3000)
    while cut_off(root) and not deadline.hasExpired():
        QtCore.QCoreApplication.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 50)
    return [*english_left(root, code), *cut_off(root)] if code != "en_US" else cut_off(root)


@pytest.mark.parametrize("code", ["en_US", *LANGUAGES])
def test_the_emergency_path_is_in_the_agents_language_and_whole(
        qtbot, start_app: Callable[..., Application], ready_settings, code, text_size) -> None:
    ready_settings.set("ui.language", code)
    ready_settings.save()
    app = start_app()
    window = app.window
    assert app.languages.code == code
    assert check(window, code) == []
    window.dial("911")
    qtbot.waitUntil(lambda: window.emergency_view is not None, timeout=3000)
    view = window.emergency_view
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.state_label.text() == view.state_label.text().strip()
                    and app.phone.calls()[0].state.value == "connected", timeout=3000)
    assert view.headset is not None and view.headset.isVisible()
    assert check(view, code) == []
    app.phone.hangup(app.phone.calls()[0].call_id)
    qtbot.waitUntil(lambda: window.emergency_view is None, timeout=3000)
    assert window.callback_banner.isVisible()
    assert check(window, code) == []  # callback mode
    window.trainer_callback_action.trigger()
    qtbot.waitUntil(lambda: bool(window.prompts), timeout=3000)
    [prompt] = window.prompts.values()
    qtbot.waitExposed(prompt)
    assert check(prompt, code) == []


def test_switching_language_during_an_emergency_call_keeps_the_call_and_retranslates_the_view(
        qtbot, softphone) -> None:
    softphone.window.dial("911")
    qtbot.waitUntil(lambda: softphone.window.emergency_view is not None, timeout=3000)
    view = softphone.window.emergency_view
    [call] = softphone.phone.calls()
    qtbot.waitUntil(lambda: view.state_label.text() == "Connected", timeout=3000)
    softphone.settings.set("ui.language", "fr_CA")
    qtbot.waitUntil(lambda: view.end_button.text() == "Raccrocher", timeout=3000)
    assert view.alert.text() == "⚠  APPEL D'URGENCE EN COURS  ⚠"
    assert view.state_label.text() == "Connecté"
    assert softphone.phone.calls() == [call] and softphone.window.emergency_view is view
    assert english_left(view, "fr_CA") == []
    softphone.settings.set("ui.language", "en_US")
    qtbot.waitUntil(lambda: view.end_button.text() == "End call", timeout=3000)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_page_of_the_settings_dialog_is_in_the_agents_language_and_whole(
        qtbot, test_keyring, start_app: Callable[..., Application], ready_settings, code,
        text_size) -> None:
    """The agent's page and the admin's: option labels, their descriptions (tooltips and
    accessible descriptions), sections, editors and the messages under them."""
    ready_settings.set("routing.rules", [{"match": "+1900*", "action": "refuse"}])
    ready_settings.set("ui.language", code)
    ready_settings.save()
    app = start_app()
    dialog = app.show_settings()
    qtbot.waitExposed(dialog)
    for name in dialog.pages:
        dialog.show_page(name)
        assert (name, check(dialog, code)) == (name, [])
    assert english_descriptions(dialog, code) == []


def english_descriptions(dialog: QtWidgets.QWidget, code: str) -> list[str]:
    """Tooltips and accessible descriptions of every option, on every page: a screen reader
    reads them and the mouse shows them, so they are words shown too."""
    phrases = english_phrases(code)
    left = []
    for widget in dialog.findChildren(QtWidgets.QWidget):
        for text in (widget.toolTip(), widget.accessibleDescription()):
            found = [phrase for phrase in phrases if " " in phrase and phrase in text]
            if found:
                left.append(f"{widget.objectName()}: {text!r} has {found[0]!r}")
    return left


def test_settings_file_errors_reach_the_agent_in_their_language_and_again_after_a_switch(
        qtbot, start_app: Callable[..., Application], ready_settings, profile) -> None:
    """The settings layer knows no Qt and is read before the language is chosen: its problems
    reach the window as messages that are said in the language of the moment."""
    text = profile.settings_file.read_text(encoding="utf-8")
    profile.settings_file.write_text(
        text.replace("[callback]", "[callback]\nlease_minutes = 9999", 1)
        + '\n[ui]\nlanguage = "fr_CA"\n', encoding="utf-8")
    app = start_app()
    notices = app.window.notices
    qtbot.waitUntil(notices.isVisible, timeout=3000)
    path = str(profile.settings_file)  # (a test's folder has English words in it)
    said = notices.text.text()
    assert f"{path} : callback.lease_minutes : 9999 est hors de 5–1440. La valeur par défaut " \
           "(60) est utilisée jusqu'à la correction." in said
    assert english_in(said.replace(path, ""), english_phrases("fr_CA")) == []
    app.settings.set("ui.language", "es_PR")
    qtbot.waitUntil(lambda: "Se usa el valor predeterminado (60) hasta que se corrija." in
                    notices.text.text(), timeout=3000)
    said = notices.text.text()
    assert f"{path}: callback.lease_minutes: 9999 está fuera de 5–1440." in said
    assert english_in(said.replace(path, ""), english_phrases("es_PR")) == []


def test_the_tray_and_the_window_say_their_words_again_when_the_language_changes(
        qtbot, softphone) -> None:
    tray = softphone.desktop.tray
    assert tray.show_action.text() == "Show Softphone"
    softphone.settings.set("ui.language", "es_PR")
    qtbot.waitUntil(lambda: tray.show_action.text() == "Mostrar Softphone", timeout=3000)
    assert tray.status_line.text() == "Presencia: Disponible"
    assert softphone.window.dialpad.call_button.text() == "Llamar"
    assert softphone.window.help_menu.title() == "A&yuda"


def test_the_assistant_and_the_settings_dialog_say_their_words_again_when_the_language_changes(
        qtbot, test_keyring, start_app: Callable[..., Application], ready_settings) -> None:
    """Open while the agent switches language: every page in the new language at once, and
    what is being edited in the dialog (a wrong value and its message) kept."""
    app = start_app()
    qtbot.waitUntil(lambda: app.assistant.assistant is not None, timeout=3000)
    assistant = app.assistant.assistant
    for name in ASSISTANT_PAGES:  # each page is built when first shown
        assistant.show_page(name)
    dialog = app.show_settings()
    qtbot.waitExposed(dialog)
    proxy = dialog.rows["carrier.sip.proxy"].editor
    proxy.widget.setText("sbc1.example.com:99999")
    proxy.edited.emit()
    assert "is outside 1–65535" in dialog.errors["carrier.sip.proxy"]
    app.settings.set("ui.language", "fr_CA")
    qtbot.waitUntil(lambda: assistant.next_button.text() == "Suivant", timeout=3000)
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Paramètres", timeout=3000)
    for name in ASSISTANT_PAGES:
        assistant.show_page(name)
        assert (name, english_left(assistant, "fr_CA")) == (name, [])
    for name in dialog.pages:
        dialog.show_page(name)
        assert (name, english_left(dialog, "fr_CA")) == (name, [])
    assert english_descriptions(dialog, "fr_CA") == []
    assert proxy.widget.text() == "sbc1.example.com:99999"
    assert "le port '99999' est hors de 1–65535" in dialog.errors["carrier.sip.proxy"]
    app.settings.set("ui.language", "en_US")
    qtbot.waitUntil(lambda: assistant.next_button.text() == "Next", timeout=3000)
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Settings", timeout=3000)
