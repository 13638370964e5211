"""Sends one message over SMTP with TLS verification on, and turns every failure into words.

``smtplib`` is driven step by step (MAIL, RCPT, DATA) rather than with ``send_message`` so the
caller learns the moment the message body is about to go: the only point after which a crash
leaves it unknown whether the server accepted the message (see ``outbox``).
"""

from __future__ import annotations

import logging
import smtplib
import socket
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from email.message import EmailMessage

from softphone.blocks.text import joined, translate, verbatim
from softphone.notify.config import SmtpConfig
from softphone.notify.errors import NotifierError

log = logging.getLogger("notify")

TIMEOUT_S = 20.0


@dataclass(frozen=True)
class Delivery:
    """What the server accepted: the recipients it refused (with its reasons) are listed apart."""

    accepted: tuple[str, ...]
    refused: dict[str, str]


def tls_context(config: SmtpConfig) -> ssl.SSLContext:
    """The system's trust store, plus the admin's CA file if one is set; verification always on."""
    context = ssl.create_default_context()
    if config.ca_file:
        try:
            context.load_verify_locations(cafile=config.ca_file)
        except FileNotFoundError:
            raise NotifierError(translate(
                "Notifier", "the CA certificates file {file} does not exist; fix {option} in the "
                "admin settings").format(file=config.ca_file, option=ca_file_option())) from None
        except (ssl.SSLError, OSError) as error:
            raise NotifierError(translate(
                "Notifier", "the CA certificates file {file} cannot be used ({error}); it must be "
                "a PEM file of certificates").format(file=config.ca_file, error=error)) from None
    return context


def ca_file_option() -> str:
    """The CA file option as the settings dialog names it, quoted."""
    from softphone.settings.options import BY_KEY

    return joined([verbatim("'"), BY_KEY["notify.smtp.ca_file"].label, verbatim("'")], "")


def send(config: SmtpConfig, password: str | None, message: EmailMessage,
         recipients: Sequence[str], before_data: Callable[[], None] = lambda: None,
         timeout: float = TIMEOUT_S) -> Delivery:
    """Deliver ``message`` to ``recipients``; raise ``NotifierError`` saying what went wrong.

    ``before_data`` runs after the server accepted the sender and at least one recipient, right
    before the message is transmitted.
    """
    problem = config.problem()
    if problem:
        raise NotifierError(problem)
    if config.user and not password:
        raise NotifierError(translate(
            "Notifier", "no password is stored for the mail server user {user}; enter it in the "
            "admin settings").format(user=config.user))
    port = config.effective_port
    context = tls_context(config) if config.security != "none" else None
    client: smtplib.SMTP | None = None
    try:
        if config.security == "tls":
            client = smtplib.SMTP_SSL(config.host, port, timeout=timeout, context=context)
        else:
            client = smtplib.SMTP(config.host, port, timeout=timeout)
        delivery = _converse(client, config, password, context, message, recipients, before_data)
    except (smtplib.SMTPException, OSError, NotifierError) as error:
        if client is not None:
            # Say goodbye only to a server that is answering; never wait on a dead one.
            _close(client, polite=isinstance(error, smtplib.SMTPResponseException | NotifierError))
        if isinstance(error, NotifierError):
            raise
        raise NotifierError(explain(error, config, timeout)) from error
    # The message is accepted: a failing QUIT must not turn that into a failure (and a resend).
    _close(client, polite=True)
    return delivery


def _close(client: smtplib.SMTP, polite: bool) -> None:
    try:
        if polite:
            client.quit()
    except (smtplib.SMTPException, OSError):
        pass
    finally:
        client.close()


def _converse(client: smtplib.SMTP, config: SmtpConfig, password: str | None,
              context: ssl.SSLContext | None, message: EmailMessage, recipients: Sequence[str],
              before_data: Callable[[], None]) -> Delivery:
    client.ehlo()
    if config.security == "starttls":
        if not client.has_extn("starttls"):
            raise NotifierError(translate(
                "Notifier", "the mail server {server} does not offer STARTTLS; choose TLS (port "
                "465) or ask the mail admin to enable STARTTLS").format(
                server=f"{config.host}:{config.effective_port}"))
        client.starttls(context=context)
        client.ehlo()
    if config.user:
        assert password is not None
        client.login(config.user, password)
    code, reply = client.mail(config.sender)
    if code != 250:
        raise smtplib.SMTPSenderRefused(code, reply, config.sender)
    refused: dict[str, str] = {}
    for recipient in recipients:
        code, reply = client.rcpt(recipient)
        if code not in (250, 251):
            refused[recipient] = _reply(code, reply)
    if len(refused) == len(recipients):
        client.rset()
        raise NotifierError(translate(
            "Notifier", "the mail server refused every recipient: {refused}").format(
            refused="; ".join(who + " (" + why + ")" for who, why in refused.items())))
    before_data()
    client.data(message.as_bytes())
    accepted = tuple(recipient for recipient in recipients if recipient not in refused)
    return Delivery(accepted, refused)


def _reply(code: int, reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply
    return str(code) + " " + " ".join(text.split())


def explain(error: BaseException, config: SmtpConfig, timeout: float = TIMEOUT_S) -> str:
    """A sentence an admin can act on, for any exception ``smtplib`` or the network raises."""
    where = f"{config.host}:{config.effective_port}"
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return translate("Notifier", "the mail server refused the user name or password "
                         "({reply}); check them in the admin settings").format(
            reply=_reply(error.smtp_code, error.smtp_error))
    if isinstance(error, smtplib.SMTPSenderRefused):
        return translate("Notifier", "the mail server refused the sender address {sender} "
                         "({reply})").format(sender=config.sender,
                                             reply=_reply(error.smtp_code, error.smtp_error))
    if isinstance(error, smtplib.SMTPDataError):
        return translate("Notifier", "the mail server refused the message ({reply})").format(
            reply=_reply(error.smtp_code, error.smtp_error))
    if isinstance(error, smtplib.SMTPNotSupportedError):
        return translate("Notifier", "the mail server {server} does not offer login (AUTH) on "
                         "this connection; check the security setting, or clear the user name "
                         "if it needs no login").format(server=where)
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return translate("Notifier", "the mail server {server} closed the connection "
                         "unexpectedly").format(server=where)
    if isinstance(error, smtplib.SMTPResponseException):
        return translate("Notifier", "the mail server answered {reply}").format(
            reply=_reply(error.smtp_code, error.smtp_error))
    if isinstance(error, ssl.SSLCertVerificationError):
        return translate("Notifier", "the certificate of the mail server {server} is not trusted "
                         "({reason}); set {option} to the company's CA or fix the host "
                         "name").format(server=where, reason=error.verify_message,
                                        option=ca_file_option())
    if isinstance(error, ssl.SSLError):
        return translate("Notifier", "the secure connection to {server} failed ({reason}); check "
                         "that the security setting matches the port (STARTTLS: 587, TLS: "
                         "465)").format(server=where, reason=error.reason or error)
    if isinstance(error, socket.gaierror):
        return translate("Notifier", "the mail server name '{host}' cannot be found; check the "
                         "host name").format(host=config.host)
    if isinstance(error, ConnectionRefusedError):
        return translate("Notifier", "{server} refused the connection; is the mail server "
                         "running and the port right?").format(server=where)
    if isinstance(error, TimeoutError):
        return translate("Notifier", "the mail server {server} did not answer within {seconds} "
                         "s").format(server=where, seconds=f"{timeout:g}")
    if isinstance(error, OSError):
        return translate("Notifier", "cannot reach the mail server {server} ({error})").format(
            server=where, error=error.strerror or error)
    return translate("Notifier", "sending failed ({error})").format(error=error)
