"""The notification template: the shipped one, and rendering it into a message.

The syntax and its escaping are ``blocks.template_syntax``; the placeholders and the checks the
template settings run are ``settings.notification_template``.
"""

from __future__ import annotations

import functools
import html
from collections.abc import Mapping
from dataclasses import dataclass

from softphone.blocks.languages import LANGUAGES
from softphone.blocks.paths import resources_dir
from softphone.blocks.template_syntax import SUBJECT, check, fill, one_line, without_controls
from softphone.blocks.text import ENGLISH
from softphone.settings.notification_template import NAMES, check_html_body, check_text_body


@dataclass(frozen=True)
class RenderedMessage:
    """An email ready to send: the template filled in."""

    subject: str
    html: str
    text: str


@dataclass(frozen=True)
class MessageTemplate:
    """The emergency email's three parts, checked before each rendering."""

    subject: str
    html: str
    text: str
    language: str = ENGLISH  # of the placeholders' words (PLACED, not known...), as the contacts read

    def check(self) -> None:
        check(self.subject, SUBJECT, NAMES)
        check_html_body(self.html)
        check_text_body(self.text)

    def render(self, values: Mapping[str, str]) -> RenderedMessage:
        """Fill in ``values`` (every name in ``NAMES``); raises ``TemplateError``."""
        self.check()
        return RenderedMessage(
            subject=one_line(fill(self.subject, values, one_line)),
            html=fill(self.html, values, lambda value: html.escape(value, quote=True)),
            text=fill(self.text, values, without_controls),
        )


@functools.cache
def default_template(language: str = ENGLISH) -> MessageTemplate:
    """The template shipped in ``softphone/resources/templates`` in ``language`` (read once):
    English at the top, each other language in its own folder (``templates/da_DK``)."""
    if language not in LANGUAGES:
        language = ENGLISH
    folder = resources_dir() / "templates"
    if language != ENGLISH:
        folder = folder / language

    def read(name: str) -> str:
        return (folder / name).read_text(encoding="utf-8").strip("\n")

    return MessageTemplate(
        subject=read("emergency_notification.subject.txt"),
        html=read("emergency_notification.html"),
        text=read("emergency_notification.txt"),
        language=language,
    )
