"""Builds the MIME message (plain text with an HTML alternative) from a rendered template.

Every header value passes through ``email.policy.SMTP``, which refuses line breaks, and the
template already flattened the subject: no value can add a header. Bodies are quoted-printable
so the message is 7-bit clean for any relay. Loaded on the notifier's worker thread with the
first send (``notifier.mail_libraries``), never at start.
"""

from __future__ import annotations

import email.policy
import email.utils
from collections.abc import Sequence
from email.message import EmailMessage

from softphone.notify.template import RenderedMessage


def build(rendered: RenderedMessage, sender: str, recipients: Sequence[str], message_id: str,
          created_at: float) -> EmailMessage:
    message = EmailMessage(policy=email.policy.SMTP)
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message["Subject"] = rendered.subject
    message["Date"] = email.utils.formatdate(created_at, localtime=True)
    message["Message-ID"] = message_id
    message["Auto-Submitted"] = "auto-generated"  # RFC 3834: no auto-replies to this
    message["Importance"] = "high"
    message["X-Priority"] = "1"
    message.set_content(rendered.text, cte="quoted-printable")
    message.add_alternative(rendered.html, subtype="html", cte="quoted-printable")
    return message
