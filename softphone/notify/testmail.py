"""The test email: the admin's template filled with sample values, sent at once (no outbox).

Used by the settings dialog's "Send test email" button (with the values being edited) and by
``softphone notify-test`` (with the saved settings), so both prove the same thing: this template
through this server reaches these recipients.
"""

from __future__ import annotations

import dataclasses
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from softphone.blocks import secrets
from softphone.blocks.languages import said_in
from softphone.blocks.template_syntax import TemplateError
from softphone.blocks.text import translate
from softphone.notify import smtp
from softphone.notify.config import NotifyConfig
from softphone.notify.errors import NotifierError
from softphone.notify.message import build
from softphone.notify.message_id import new_message_id
from softphone.notify.placeholders import sample_values

if TYPE_CHECKING:
    from softphone.blocks.profile import Profile

TEST_NOTE = translate("Notifier", "This is a TEST of the emergency call notification. No "
                      "emergency call was placed.")  # in the template's language in the email


@dataclass(frozen=True)
class NotifyTestResult:
    delivered: bool
    message: str  # one or two sentences for the admin


def send_test_email(config: NotifyConfig, password: str | None,
                    send: Callable[..., smtp.Delivery] = smtp.send) -> NotifyTestResult:
    """Send the test email now; never raises for anything the admin can fix."""
    if not config.recipients:
        return NotifyTestResult(False, translate(
            "Notifier", "There are no recipients: set the Emergency Call Notification recipients "
            "first."))
    try:
        rendered = config.template.render(sample_values(config.template.language))
    except TemplateError as error:
        return NotifyTestResult(False, translate(
            "Notifier", "The template cannot be used: {error}.").format(error=error))
    note = said_in(TEST_NOTE, config.template.language)
    rendered = dataclasses.replace(
        rendered,
        subject=said_in(translate("Notifier", "[TEST] {subject}").format(
            subject=rendered.subject), config.template.language),
        text=note + "\n\n" + rendered.text,
        html=_after_body_tag(rendered.html, "<p><b>" + note + "</b></p>"),
    )
    message = build(rendered, config.smtp.sender, config.recipients,
                    new_message_id(config.smtp.sender), time.time())
    try:
        delivery = send(config.smtp, password, message, config.recipients)
    except NotifierError as error:
        return NotifyTestResult(False, translate(
            "Notifier", "The test email was not sent: {error}.").format(error=error))
    where = f"{config.smtp.host}:{config.smtp.effective_port}"
    if delivery.refused:
        refused = "; ".join(who + " (" + why + ")" for who, why in delivery.refused.items())
        return NotifyTestResult(False, translate(
            "Notifier", "{server} accepted the test email for {accepted} but refused "
            "{refused}.").format(server=where, accepted=", ".join(delivery.accepted),
                                 refused=refused))
    return NotifyTestResult(True, translate(
        "Notifier", "{server} accepted the test email for {accepted}.").format(
        server=where, accepted=", ".join(delivery.accepted)))


def _after_body_tag(html: str, addition: str) -> str:
    body = re.search(r"<body[^>]*>", html, flags=re.IGNORECASE)
    if body is None:
        return addition + html
    return html[:body.end()] + addition + html[body.end():]


def send_saved_test_email(config: NotifyConfig,
                          secret: Callable[[str], str | None] = secrets.get_secret) -> NotifyTestResult:
    """The test email with the saved settings and the password from the keyring."""
    password = None
    if config.smtp.user:
        try:
            password = secret(config.smtp.secret_name)
        except secrets.SecretStoreError as error:
            return NotifyTestResult(False, translate(
                "Notifier", "The test email was not sent: {error}").format(error=error))
    return send_test_email(config, password)


def notify_test_command(profile: Profile) -> int:
    """``softphone notify-test``: print the outcome; exit status 0 only if it was delivered."""
    from softphone.settings.store import Settings

    settings = Settings(profile.settings_file, profile.fleet_file)
    for problem in settings.problems:
        print(translate("Notifier", "Settings: {problem}").format(problem=problem),
              file=sys.stderr)
    outcome = send_saved_test_email(NotifyConfig.from_values(settings.get))
    print(outcome.message, file=sys.stdout if outcome.delivered else sys.stderr)
    return 0 if outcome.delivered else 1
