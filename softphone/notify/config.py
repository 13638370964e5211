"""The notifier's settings as one immutable snapshot, so the worker thread never reads ``Settings``.

The GUI thread takes a snapshot when a call is placed and whenever a ``notify.*`` option changes;
the worker only ever sees whole snapshots.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from softphone.blocks.text import current_language, translate
from softphone.notify.template import MessageTemplate, default_template

STANDARD_PORTS = {"starttls": 587, "tls": 465, "none": 25}


@dataclass(frozen=True)
class SmtpConfig:
    """How to reach the mail server (the password is in the keyring, never here)."""

    host: str
    port: int  # 0: the standard port for ``security``
    security: str  # "starttls", "tls" or "none"
    user: str
    sender: str
    ca_file: str

    @property
    def effective_port(self) -> int:
        return self.port or STANDARD_PORTS[self.security]

    @property
    def secret_name(self) -> str:
        """The keyring entry holding the password (see ``softphone.blocks.secrets``)."""
        return f"smtp:{self.user}@{self.host}"

    def problem(self) -> str | None:
        """What is missing before anything can be sent, in words, or ``None``."""
        if not self.host and not self.sender:
            return translate("Notifier", "the admin settings lack the mail server (SMTP host) and the "
                                  "sender address")
        if not self.host:
            return translate("Notifier", "the admin settings lack the mail server (SMTP host)")
        if not self.sender:
            return translate("Notifier", "the admin settings lack the sender address")
        return None


def template_language(get: Callable[[str], Any]) -> str:
    """The language the contacts read: the admin's choice, else the agent's."""
    return str(get("notify.template.language") or current_language())


def template_from_values(get: Callable[[str], Any]) -> MessageTemplate:
    """The admin's template; a part left empty is the shipped template's part in the language
    the admin chose (the agent's by default)."""
    shipped = default_template(template_language(get))
    return MessageTemplate(
        subject=get("notify.template.subject") or shipped.subject,
        html=get("notify.template.html") or shipped.html,
        text=get("notify.template.text") or shipped.text,
        language=shipped.language,
    )


@dataclass(frozen=True)
class NotifyConfig:
    """Who is told of an emergency call, through which server, in which words."""

    recipients: tuple[str, ...]
    smtp: SmtpConfig
    template: MessageTemplate

    @classmethod
    def from_values(cls, get: Callable[[str], Any]) -> NotifyConfig:
        """Build from a getter such as ``Settings.get`` (or the dialog's unsaved values)."""
        return cls(
            recipients=tuple(get("notify.recipients")),
            smtp=SmtpConfig(
                host=get("notify.smtp.host"),
                port=get("notify.smtp.port"),
                security=get("notify.smtp.security"),
                user=get("notify.smtp.user"),
                sender=get("notify.smtp.sender"),
                ca_file=get("notify.smtp.ca_file"),
            ),
            template=template_from_values(get),
        )
