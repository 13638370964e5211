"""The notification template: ``{{placeholder}}`` substitution, checked before it is ever needed.

The syntax is deliberately tiny (no logic, no loops): what an admin can get wrong is a misspelt
placeholder or a missing brace, and the check names the part and the line. Values are escaped
for HTML and flattened to one line in the subject, so no value (an agent name, an address) can
inject markup or a mail header.

Both bodies must carry the facts the contacts need to act (Kari's Law, RAY BAUM's Act): who,
where, when, the callback number, and whether the call went out (``REQUIRED_FACTS``). A body
without one is refused with the fact and the placeholder to add, in the HTML body as text a
reader sees (not in a comment, an attribute or a hidden element). Since every template is
checked when it is set and again before it renders (the shipped one is used otherwise), no
email can leave without them.
"""

from __future__ import annotations

import difflib
import functools
import html
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from softphone.notify.htmlcheck import check_html, visible_text
from softphone.notify.placeholders import NAMES
from softphone.paths import resources_dir

TOKEN = re.compile(r"\{\{(.*?)\}\}")
NAME = re.compile(r"\s*([A-Za-z_][A-Za-z0-9_]*)\s*")

SUBJECT, HTML_BODY, TEXT_BODY = "Subject", "HTML body", "Plain-text body"

# (the fact, the placeholders any one of which states it)
REQUIRED_FACTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("who called", ("agent_name", "user_id")),
    ("where", ("location",)),
    ("when", ("time", "time_utc")),
    ("the callback number", ("callback_number",)),
    ("whether the call went out", ("call_outcome",)),
)

# Characters that end a header line or confuse mail software; never allowed into the subject.
_LINE_BREAKING = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]+")
_CONTROL_EXCEPT_NEWLINE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class TemplateError(ValueError):
    """The template cannot be used; the message names the part, the line and the fix."""


def check(text: str, part: str) -> None:
    """Raise ``TemplateError`` at the first line with an unknown placeholder or a stray brace."""
    for number, line in enumerate(text.splitlines(), start=1):
        where = f"{part}, line {number}" if part != SUBJECT else part
        for match in TOKEN.finditer(line):
            found = NAME.fullmatch(match.group(1))
            if not found:
                raise TemplateError(f"{where}: '{match.group(0)}' is not a placeholder; "
                                    "write a name such as {{agent_name}}")
            if found.group(1) not in NAMES:
                raise TemplateError(f"{where}: unknown placeholder {{{{{found.group(1)}}}}}"
                                    f"{_suggestion(found.group(1))}")
        rest = TOKEN.sub("", line)
        if "{{" in rest:
            raise TemplateError(f"{where}: '{{{{' is not closed; end the placeholder with }}}}")
        if "}}" in rest:
            raise TemplateError(f"{where}: '}}}}' has no opening '{{{{'")
    if not text.strip():
        raise TemplateError(f"{part}: must not be empty")
    if part == HTML_BODY:
        problem = check_html(text)
        if problem:
            raise TemplateError(f"{part}, {problem}")
    if part in (HTML_BODY, TEXT_BODY):
        _check_required_facts(visible_text(text) if part == HTML_BODY else text, part)


def _check_required_facts(text: str, part: str) -> None:
    used = {found.group(1) for match in TOKEN.finditer(text)
            if (found := NAME.fullmatch(match.group(1)))}
    for fact, names in REQUIRED_FACTS:
        if not used & set(names):
            where = " as text a reader sees" if part == HTML_BODY else ""
            raise TemplateError(
                f"{part}: says nothing about {fact}; add {{{{{names[0]}}}}}{where}. Every "
                "notification must say who called, where, when, the callback number and whether "
                "the call went out, so that the contacts can act on it.")


def _suggestion(name: str) -> str:
    close = difflib.get_close_matches(name, sorted(NAMES), n=1)
    if close:
        return f"; did you mean {{{{{close[0]}}}}}?"
    return "; the placeholders are listed beside the editor"


def check_subject(text: str) -> None:
    check(text, SUBJECT)


def check_html_body(text: str) -> None:
    check(text, HTML_BODY)


def check_text_body(text: str) -> None:
    check(text, TEXT_BODY)


def one_line(value: str) -> str:
    """``value`` with every line break and control character turned into a single space."""
    return " ".join(_LINE_BREAKING.sub(" ", value).split())


def _fill(text: str, values: Mapping[str, str], escape: Callable[[str], str]) -> str:
    def replace(match: re.Match[str]) -> str:
        found = NAME.fullmatch(match.group(1))
        assert found is not None  # check() ran first
        return escape(values[found.group(1)])

    return TOKEN.sub(replace, text)


@dataclass(frozen=True)
class RenderedMessage:
    subject: str
    html: str
    text: str


@dataclass(frozen=True)
class MessageTemplate:
    subject: str
    html: str
    text: str

    def check(self) -> None:
        check(self.subject, SUBJECT)
        check(self.html, HTML_BODY)
        check(self.text, TEXT_BODY)

    def render(self, values: Mapping[str, str]) -> RenderedMessage:
        """Fill in ``values`` (every name in ``placeholders.NAMES``); raises ``TemplateError``."""
        self.check()
        return RenderedMessage(
            subject=one_line(_fill(self.subject, values, one_line)),
            html=_fill(self.html, values, lambda value: html.escape(value, quote=True)),
            text=_fill(self.text, values, lambda value: _CONTROL_EXCEPT_NEWLINE.sub(" ", value)),
        )


@functools.cache
def default_template() -> MessageTemplate:
    """The template shipped in ``resources/templates`` (read once)."""
    folder = resources_dir() / "templates"

    def read(name: str) -> str:
        return (folder / name).read_text(encoding="utf-8").strip("\n")

    return MessageTemplate(
        subject=read("emergency_notification.subject.txt"),
        html=read("emergency_notification.html"),
        text=read("emergency_notification.txt"),
    )
