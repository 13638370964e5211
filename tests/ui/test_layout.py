"""Nothing the agent must read is cut off at the windows' default sizes: every label whole
(neither elided nor clipped by its parents), every button's text, every hint in a field.

Measured on the real windows, offscreen, in their most crowded state: the warning that the
country is unknown, callback mode, a message in the window, no audio device (each headset role
says why at length), the answering point's words and the contacts' status in the view.
"""

from __future__ import annotations

from collections.abc import Iterator

from softphone.qt import QtCore, QtWidgets
from softphone.widgets.history_view import headers

TOLERANCE = 1  # px: Qt rounds font metrics


def ancestors(widget: QtWidgets.QWidget) -> Iterator[QtWidgets.QWidget]:
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        if parent.isWindow():
            return
        parent = parent.parentWidget()


def on_window(widget: QtWidgets.QWidget) -> QtCore.QRect:
    return QtCore.QRect(widget.mapTo(widget.window(), QtCore.QPoint(0, 0)), widget.size())


def cut_off(root: QtWidgets.QWidget) -> list[str]:
    """Every visible text under ``root`` that does not fit, with what is wrong."""
    found = []
    for widget in [root, *root.findChildren(QtWidgets.QWidget)]:
        if not widget.isVisible():
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QtWidgets.QLabel) and widget.text():
            what = f"label {name} ({widget.text()[:60]!r})"
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + TOLERANCE:
                    found.append(f"{what}: needs {needed} px of height, has {widget.height()}")
            elif widget.sizeHint().width() > widget.width() + TOLERANCE:
                found.append(f"{what}: needs {widget.sizeHint().width()} px of width, has "
                             f"{widget.width()}")
        elif isinstance(widget, QtWidgets.QAbstractButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + TOLERANCE:
                found.append(f"button {name} ({widget.text()!r}) is narrower than its text")
        elif isinstance(widget, QtWidgets.QLineEdit) and widget.placeholderText() \
                and not widget.text():
            room = widget.contentsRect().width() - 8  # the frame's text margins
            if widget.fontMetrics().horizontalAdvance(widget.placeholderText()) > room:
                found.append(f"the hint of {name} ({widget.placeholderText()!r}) is cut off")
        else:
            continue
        rect = on_window(widget)
        for parent in ancestors(widget):
            if not on_window(parent).contains(rect):
                found.append(f"{name} ({rect}) is clipped by {parent.objectName() or parent}")
                break
    return found


def assert_whole(qtbot, root: QtWidgets.QWidget) -> None:
    """Once the layout has settled (Qt lays out on its event loop), nothing is cut off."""
    try:
        qtbot.waitUntil(lambda: not cut_off(root), timeout=3000)
    except qtbot.TimeoutError:
        assert cut_off(root) == []


def status_bar_fits(window: QtWidgets.QMainWindow) -> bool:
    bar = window.statusBar()
    message = bar.currentMessage()
    return not message or bar.fontMetrics().horizontalAdvance(message) < bar.width() // 2


def test_the_main_window_shows_every_text_whole_at_its_default_size(qtbot, softphone) -> None:
    window = softphone.window
    assert window.size() == QtCore.QSize(820, 520)  # the default size, as the agent gets it
    qtbot.waitUntil(window.support_warning.isVisible)  # no location known: the long warning
    softphone.phone.hangup(window.dial("+15557654321").call_id)  # a line in the history
    softphone.phone.hangup(window.dial("911").call_id)  # callback mode
    qtbot.waitUntil(lambda: window.emergency_view is None)
    window.show_notice("No audio devices found. Calls still go out, but without sound on this "
                       "computer: plug in a headset, or check that the sound system is running.")
    assert window.callback_banner.isVisible() and window.notices.isVisible()
    assert_whole(qtbot, window)
    assert status_bar_fits(window)
    header = window.history.headerItem()
    assert [header.text(column) for column in range(header.columnCount())] == headers()
    assert all(headers())  # no column without a heading


def test_the_emergency_view_shows_every_text_whole_at_its_default_size(qtbot, softphone) -> None:
    softphone.window.dial("911")
    qtbot.waitUntil(lambda: softphone.window.emergency_view is not None)
    view = softphone.window.emergency_view
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.speech.isVisible() and view.notification.isVisible(),
                    timeout=5000)
    assert view.support_warning.isVisible()  # the crowded case: no country known
    assert view.headset is not None and view.headset.isVisible()
    assert_whole(qtbot, view)  # once the view has grown to fit
    assert not view.body_area.verticalScrollBar().isVisible()
    assert not view.notes.isVisible()  # nothing went wrong: no empty box


def test_the_essentials_come_first_in_the_emergency_view(qtbot, softphone) -> None:
    softphone.window.dial("911")
    qtbot.waitUntil(lambda: softphone.window.emergency_view is not None)
    view = softphone.window.emergency_view
    qtbot.waitUntil(lambda: view.speech.isVisible(), timeout=5000)
    order = [view.alert, view.details, view.speech, view.notification, view.headset,
             view.end_button]
    tops = [on_window(widget).top() for widget in order]
    assert tops == sorted(tops)
    assert view.timer_label.geometry().top() <= view.alert.geometry().bottom()  # beside it
    told = view.details.text().splitlines()
    assert told[0].startswith("Your callback number: ") and told[1].startswith("Location sent: ")


def test_the_incoming_prompts_show_every_text_whole(qtbot, softphone) -> None:
    softphone.drills.ring_in("+15553334444", "+15550000001")
    qtbot.waitUntil(lambda: bool(softphone.window.prompts))
    [prompt] = softphone.window.prompts.values()
    qtbot.waitExposed(prompt)
    assert_whole(qtbot, prompt)
    prompt.decline_button.click()
    softphone.phone.hangup(softphone.window.dial("911").call_id)
    qtbot.waitUntil(lambda: softphone.window.emergency_view is None)
    softphone.drills.call_back()
    qtbot.waitUntil(lambda: bool(softphone.window.prompts))
    [callback] = softphone.window.prompts.values()
    qtbot.waitExposed(callback)
    assert callback.call.psap_callback
    assert_whole(qtbot, callback)


def test_the_assistant_pages_show_every_text_whole(qtbot, softphone) -> None:
    assistant = softphone.assistant.open()
    qtbot.waitExposed(assistant)
    for name in ("welcome", "address", "headset", "admin", "test_call"):
        assistant.show_page(name)
        assert_whole(qtbot, assistant)
