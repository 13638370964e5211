"""What a screen reader and a keyboard need: the alert announced, and the shortcuts, defined once.

An emergency alert that is only a red label is invisible to an agent who cannot see it: the
emergency view and the emergency callback prompt ``announce`` themselves when they appear, as
an alert event (what a screen reader speaks at once, interrupting) and an assertive announcement
carrying the words. Qt sends accessibility events only while an assistive technology listens;
the call is cheap otherwise and never waits on it.

The shortcuts are those of the calling apps agents already know (Teams: Ctrl+Shift+H hangs up,
Ctrl+Shift+D declines); each is also named in its button's tooltip and accessible description,
so it can be found without the manual.
"""

from __future__ import annotations

from softphone.blocks.text import translate
from softphone.qt import QtGui, QtWidgets

CALL = QtGui.QKeySequence("Ctrl+Return")
END_CALL = QtGui.QKeySequence("Ctrl+Shift+H")
ANSWER = QtGui.QKeySequence("Ctrl+Shift+A")
DECLINE = QtGui.QKeySequence("Ctrl+Shift+D")


def announce(widget: QtWidgets.QWidget, text: str) -> None:
    """Tell assistive technology that ``widget`` is an alert saying ``text``, now."""
    QtGui.QAccessible.updateAccessibility(
        QtGui.QAccessibleEvent(widget, QtGui.QAccessible.Event.Alert))
    announcement = QtGui.QAccessibleAnnouncementEvent(widget, text)
    announcement.setPoliteness(QtGui.QAccessible.AnnouncementPoliteness.Assertive)
    QtGui.QAccessible.updateAccessibility(announcement)


def with_shortcut(button: QtWidgets.QAbstractButton, sequence: QtGui.QKeySequence,
                  description: str) -> None:
    """Give ``button`` its shortcut, and say the shortcut where a person looks for it: the
    tooltip, and the accessible description after what the button does."""
    button.setShortcut(sequence)
    keys = sequence.toString(QtGui.QKeySequence.SequenceFormat.NativeText)
    button.setToolTip(translate("Accessibility", "{description} ({keys})").format(
        description=description, keys=keys))
    button.setAccessibleDescription(button.toolTip())

