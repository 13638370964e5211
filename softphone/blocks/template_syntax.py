"""The template syntax: ``{{placeholder}}`` substitution, checked before it is ever needed.

The syntax is deliberately tiny (no logic, no loops): what an admin can get wrong is a misspelt
placeholder or a missing brace, and the check names the part and the line. Values are escaped
for HTML and flattened to one line in the subject, so no value (an agent name, an address) can
inject markup or a mail header.

Which placeholders exist is not the syntax's business: ``check`` takes the names a template may
use (the notification template's are in ``settings.notification_template``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping

from softphone.blocks.htmlcheck import check_html
from softphone.blocks.text import joined, translate

TOKEN = re.compile(r"\{\{(.*?)\}\}")
NAME = re.compile(r"\s*([A-Za-z_][A-Za-z0-9_]*)\s*")

# The parts of a template, named in messages (said in the reader's language when shown).
SUBJECT = translate("Template", "Subject")
HTML_BODY = translate("Template", "HTML body")
TEXT_BODY = translate("Template", "Plain-text body")

# Characters that end a header line or confuse mail software; never allowed into the subject.
_LINE_BREAKING = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]+")
_CONTROL_EXCEPT_NEWLINE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class TemplateError(ValueError):
    """The template cannot be used; the message names the part, the line and the fix."""


def check(text: str, part: str, names: Collection[str]) -> None:
    """Raise ``TemplateError`` at the first line with a placeholder not in ``names`` or a stray
    brace."""
    for number, line in enumerate(text.splitlines(), start=1):
        where = translate("Template", "{part}, line {line}").format(
            part=part, line=number) if part != SUBJECT else part
        for match in TOKEN.finditer(line):
            found = NAME.fullmatch(match.group(1))
            if not found:
                raise TemplateError(translate(
                    "Template", "{where}: {token} is not a placeholder; write a name such as "
                    "{example}").format(where=where, token=f"'{match.group(0)}'",
                                        example="{{agent_name}}"))
            if found.group(1) not in names:
                raise TemplateError(translate(
                    "Template", "{where}: unknown placeholder {placeholder}{suggestion}").format(
                    where=where, placeholder="{{" + found.group(1) + "}}",
                    suggestion=_suggestion(found.group(1), names)))
        rest = TOKEN.sub("", line)
        if "{{" in rest:
            raise TemplateError(translate(
                "Template", "{where}: {start} is not closed; end the placeholder with {end}").format(
                where=where, start="'{{'", end="}}"))
        if "}}" in rest:
            raise TemplateError(translate("Template", "{where}: {end} has no opening {start}").format(
                where=where, end="'}}'", start="'{{'"))
    if not text.strip():
        raise TemplateError(translate("Template", "{part}: must not be empty").format(part=part))
    if part == HTML_BODY:
        problem = check_html(text)
        if problem:
            raise TemplateError(joined([part, problem], ", "))


def _suggestion(name: str, names: Collection[str]) -> str:
    import difflib  # only for a placeholder that does not exist: not at every start

    close = difflib.get_close_matches(name, sorted(names), n=1)
    if close:
        return translate("Template", "; did you mean {placeholder}?").format(
            placeholder="{{" + close[0] + "}}")
    return translate("Template", "; the placeholders are listed beside the editor")


def one_line(value: str) -> str:
    """``value`` with every line break and control character turned into a single space."""
    return " ".join(_LINE_BREAKING.sub(" ", value).split())


def without_controls(value: str) -> str:
    """``value`` with control characters other than the line break turned into spaces."""
    return _CONTROL_EXCEPT_NEWLINE.sub(" ", value)


def fill(text: str, values: Mapping[str, str], escape: Callable[[str], str]) -> str:
    """``text`` with each placeholder replaced by ``escape(value)``; ``check`` it first."""

    def replace(match: re.Match[str]) -> str:
        found = NAME.fullmatch(match.group(1))
        assert found is not None  # check() ran first
        return escape(values[found.group(1)])

    return TOKEN.sub(replace, text)
