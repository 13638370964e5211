"""The richer parts of the settings dialog for the emergency call notification.

* ``MailServerExtras``: the SMTP password (kept in the system keyring, never in a file), a
  warning when the connection is unencrypted, and "Send test email" with its outcome in words.
* ``TemplatePreview``: the template's three editors laid out with the placeholder list and a
  preview filled with sample values.

Keyring access and SMTP run on a background thread (``in_background``): the GUI thread also runs
calls, and a keyring may wait on an unlock prompt, a mail server on its timeout.

Signals of ``MailServerExtras``: ``test_finished(NotifyTestResult)``, ``password_state_known(str)``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from softphone.blocks import secrets
from softphone.blocks.template_syntax import TemplateError
from softphone.blocks.text import current_language, localized, translate
from softphone.notify.config import NotifyConfig, template_from_values
from softphone.notify.placeholders import sample_values
from softphone.notify.template import default_template
from softphone.notify.testmail import NotifyTestResult, send_test_email
from softphone.qt import Qt, QtWidgets, Signal
from softphone.qtbridge import GuiThread
from softphone.settings.notification_template import PLACEHOLDERS
from softphone.settings.options import Option
from softphone.widgets.keyring_password import Keyring, KeyringPasswordField, in_background
from softphone.widgets.language import Saying
from softphone.widgets.option_editors import OptionEditor
from softphone.widgets.whole_text import wrapped

log = logging.getLogger("notify")


def security_labels() -> dict[str, str]:
    return {"starttls": translate("NotifySettings", "STARTTLS (recommended)"),
            "tls": translate("NotifySettings", "TLS (implicit, port 465)"),
            "none": translate("NotifySettings", "None (unencrypted)")}


class MailServerExtras(Saying, QtWidgets.QWidget):
    """Its words are said again when the agent's language changes (``Saying``)."""

    test_finished = Signal(object)
    password_state_known = Signal(str)

    def __init__(self, keyring: Keyring, gui: GuiThread,
                 config: Callable[[], NotifyConfig | None],
                 secret_name: Callable[[], str]) -> None:
        super().__init__()
        self.setObjectName("mailServerExtras")
        self._keyring = keyring
        self._gui = gui
        self._config = config
        self.password_field = KeyringPasswordField(
            translate("NotifySettings", "Mail server password"), "smtp", keyring, gui, secret_name,
            stored=translate("NotifySettings", "A password is stored in the system keyring."),
            missing=translate("NotifySettings", "No password is stored yet; type it here if the server needs "
                                   "a login."))
        self.password_field.password_state_known.connect(self.password_state_known)
        self.password = self.password_field.password
        self.password_state = self.password_field.password_state
        self.warning = QtWidgets.QLabel()
        self.say(self.warning.setText, translate(
            "NotifySettings", "Without encryption the notification, with the agent's location, and the "
                 "password cross the network readable. Use it only on a network you trust, and "
                 "prefer STARTTLS or TLS."))
        self.warning.setObjectName("smtpNoEncryptionWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a5a00; font-weight: bold;")
        self.warning.setVisible(False)
        self.test_button = QtWidgets.QPushButton()
        self.say(self.test_button.setText, translate("NotifySettings", "Send test email"))
        self.test_button.setObjectName("sendTestEmail")
        self.test_button.clicked.connect(self.send_test)
        self.test_result = wrapped("testEmailResult")
        self.say(self.test_result.setAccessibleName, translate("NotifySettings",
                                                               "Test email result"))

        form = QtWidgets.QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.password_field)
        form.addRow("", self.warning)
        form.addRow(self.test_button, self.test_result)

    # -- the password --------------------------------------------------------------------------

    def typed_password(self) -> str | None:
        return self.password_field.typed_password()

    def refresh_password_state(self) -> None:
        self.password_field.refresh_password_state()

    def security_changed(self, security: str | None) -> None:
        self.warning.setVisible(security == "none")

    # -- the test email ------------------------------------------------------------------------

    def send_test(self) -> None:
        config = self._config()
        if config is None:
            self._test_done(NotifyTestResult(False, translate(
                "NotifySettings", "Fix the notification settings marked in red first; the test uses the "
                     "values shown here.")))
            return
        typed, keyring = self.typed_password(), self._keyring
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.say(self.test_result.setText, translate("NotifySettings", "Sending to {recipients}…")
                 .format(recipients=", ".join(config.recipients)) if config.recipients
                 else translate("NotifySettings", "Sending to nobody…"))
        in_background(self._gui, lambda: _send_test(config, typed, keyring), self._test_done)

    def _test_done(self, outcome: NotifyTestResult) -> None:
        self.test_button.setEnabled(True)
        self.say(self.test_result.setText, outcome.message)
        self.test_result.setStyleSheet("color: #1b5e20;" if outcome.delivered else
                                       "color: #b00020;")
        self.test_finished.emit(outcome)


def _send_test(config: NotifyConfig, typed: str | None, keyring: Keyring) -> NotifyTestResult:
    password = typed
    if password is None and config.smtp.user:
        try:
            password = keyring.get(config.smtp.secret_name)
        except secrets.SecretStoreError as error:
            return NotifyTestResult(False, translate("NotifySettings", "The test email was not sent: {error}")
                                    .format(error=str(error)))
    try:
        return send_test_email(config, password)
    except Exception as error:  # a thread boundary: the admin must see something, not a hang
        log.exception("the test email failed unexpectedly")
        return NotifyTestResult(False, translate("NotifySettings", "The test email failed unexpectedly "
                                                      "({error}); see the log.").format(
            error=str(error)))


class TemplateSection(Saying, QtWidgets.QWidget):
    """The template's part of the dialog, whose words are said again in a new language; the
    preview's are worked out again by ``TemplatePreview.update_preview``."""

    def __init__(self, placeholders: QtWidgets.QListWidget) -> None:
        super().__init__()
        self._placeholders = placeholders

    def say_again(self) -> None:
        for row, placeholder in enumerate(PLACEHOLDERS):
            item = self._placeholders.item(row)
            if item is not None:
                item.setText(f"{{{{{placeholder.name}}}}}  {localized(placeholder.description)}")


class TemplatePreview:
    """Lays out the template editors beside the placeholders and a live preview."""

    SUBJECT, HTML, TEXT = "notify.template.subject", "notify.template.html", "notify.template.text"

    def __init__(self) -> None:
        self.editors: dict[str, OptionEditor] = {}
        self.subject = QtWidgets.QLabel()
        self.subject.setObjectName("previewSubject")
        self.subject.setWordWrap(True)
        self.html = QtWidgets.QTextEdit()
        self.html.setObjectName("previewHtml")
        self.html.setReadOnly(True)
        self.text = QtWidgets.QPlainTextEdit()
        self.text.setObjectName("previewText")
        self.text.setReadOnly(True)
        self.problem = QtWidgets.QLabel()
        self.problem.setObjectName("previewProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.bodies = QtWidgets.QTabWidget()
        self.bodies.setObjectName("templateBodies")
        self.language = current_language()  # the shipped template's, as last chosen

    def build(self, rows: Sequence[tuple[Option, OptionEditor, QtWidgets.QWidget]]
              ) -> QtWidgets.QWidget:
        fields = {option.key: field for option, _, field in rows}
        self.editors = {option.key: editor for option, editor, _ in rows}
        placeholders = QtWidgets.QListWidget()
        widget = TemplateSection(placeholders)
        say = widget.say
        say(self.html.setAccessibleName, translate("NotifySettings", "Preview of the HTML body"))
        say(self.text.setAccessibleName, translate("NotifySettings",
                                                   "Preview of the plain-text body"))
        say(self.bodies.setAccessibleName, translate("NotifySettings", "Template bodies"))
        left = QtWidgets.QVBoxLayout()
        form = QtWidgets.QFormLayout()
        for option, _, field in rows:
            if option.key not in (self.HTML, self.TEXT):
                label = QtWidgets.QLabel()
                say(label.setText, option.label)
                form.addRow(label, field)
        left.addLayout(form)
        for key, title in ((self.HTML, translate("NotifySettings", "HTML body")),
                           (self.TEXT, translate("NotifySettings", "Plain-text body"))):
            if key in fields:
                index = self.bodies.addTab(fields[key], "")
                say(partial(self.bodies.setTabText, index), title, key=("body", index))
        left.addWidget(self.bodies, 1)
        self._show_shipped_as_placeholder()
        buttons = QtWidgets.QHBoxLayout()
        copy = QtWidgets.QPushButton()
        say(copy.setText, translate("NotifySettings", "Edit a copy of the shipped template"))
        copy.setObjectName("copyShippedTemplate")
        copy.clicked.connect(self.copy_shipped)
        shipped = QtWidgets.QPushButton()
        say(shipped.setText, translate("NotifySettings", "Use the shipped template"))
        shipped.setObjectName("useShippedTemplate")
        say(shipped.setToolTip, translate("NotifySettings", "Empty fields use the shipped "
                                                            "template, including its future "
                                                            "updates."))
        shipped.clicked.connect(self.use_shipped)
        if not any(editor.widget.isEnabled() for editor, _ in self._parts()):
            for button in (copy, shipped):  # the fleet file sets every part: nothing to change
                button.setEnabled(False)
                say(button.setToolTip, translate("NotifySettings", "Set by your IT department in "
                                                                   "the fleet settings file."))
        buttons.addWidget(copy)
        buttons.addWidget(shipped)
        left.addLayout(buttons)

        placeholders.setObjectName("placeholders")
        say(placeholders.setAccessibleName, translate("NotifySettings", "Placeholders"))
        for placeholder in PLACEHOLDERS:
            item = QtWidgets.QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, placeholder.name)
            placeholders.addItem(item)
        widget.say_again()
        placeholders.itemDoubleClicked.connect(self._insert)
        say(placeholders.setToolTip, translate("NotifySettings", "Double-click to insert at the "
                                                                 "cursor of the body shown."))
        preview = QtWidgets.QTabWidget()
        say(preview.setAccessibleName, translate("NotifySettings", "Preview"))
        preview.addTab(self.html, "")
        preview.addTab(self.text, "")
        say(partial(preview.setTabText, 0), translate("NotifySettings", "HTML"), key=("preview", 0))
        say(partial(preview.setTabText, 1), translate("NotifySettings", "Plain text"),
            key=("preview", 1))
        right = QtWidgets.QVBoxLayout()
        placeholders_title = QtWidgets.QLabel()
        say(placeholders_title.setText, translate("NotifySettings",
                                                  "Placeholders (double-click to insert):"))
        right.addWidget(placeholders_title)
        right.addWidget(placeholders, 1)
        preview_title = QtWidgets.QLabel()
        say(preview_title.setText, translate("NotifySettings", "Preview with sample values:"))
        right.addWidget(preview_title)
        right.addWidget(self.subject)
        right.addWidget(self.problem)
        right.addWidget(preview, 2)

        widget.setMinimumHeight(560)
        layout = QtWidgets.QHBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        return widget

    def _insert(self, item: QtWidgets.QListWidgetItem) -> None:
        """Put the placeholder at the cursor of the body whose tab is shown."""
        area = self.bodies.currentWidget().findChild(QtWidgets.QPlainTextEdit)
        if area is not None and area.isEnabled():
            area.insertPlainText(f"{{{{{item.data(Qt.ItemDataRole.UserRole)}}}}}")

    def _parts(self) -> list[tuple[OptionEditor, str]]:
        shipped = default_template(self.language)
        pairs = ((self.SUBJECT, shipped.subject), (self.HTML, shipped.html),
                 (self.TEXT, shipped.text))
        return [(self.editors[key], text) for key, text in pairs if key in self.editors]

    def _show_shipped_as_placeholder(self) -> None:
        """An empty field means the shipped template: show it greyed, as what will be sent."""
        for editor, text in self._parts():
            widget = editor.widget
            if isinstance(widget, QtWidgets.QLineEdit | QtWidgets.QPlainTextEdit):
                widget.setPlaceholderText(text)

    def copy_shipped(self) -> None:
        self._set_all(lambda text: text)

    def use_shipped(self) -> None:
        self._set_all(lambda text: "")

    def _set_all(self, value: Callable[[str], str]) -> None:
        for editor, text in self._parts():
            if editor.widget.isEnabled():
                editor.show(value(text))
                editor.edited.emit()

    def update_preview(self, value: Callable[[str], Any]) -> None:
        """Render what is being edited with sample values (``value`` reads the dialog)."""
        if not self.editors:
            return

        def typed(key: str) -> Any:  # what is typed, even while invalid: the preview says why
            editor = self.editors.get(key)
            raw = editor.raw() if editor is not None else value(key)
            return raw.strip() if isinstance(raw, str) else value(key)

        template = template_from_values(typed)
        if template.language != self.language:  # the admin picked another language
            self.language = template.language
            self._show_shipped_as_placeholder()
        try:
            rendered = template.render(sample_values(template.language))
        except TemplateError as error:
            self.problem.setText(translate("NotifySettings", "No preview: {error}").format(error=str(error)))
            return
        self.problem.setText("")
        self.subject.setText(translate("NotifySettings", "Subject: {subject}").format(
            subject=rendered.subject))
        self.html.setHtml(rendered.html)
        self.text.setPlainText(rendered.text)
