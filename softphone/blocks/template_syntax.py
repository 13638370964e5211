"""The template syntax: ``{{placeholder}}`` substitution, checked before it is ever needed.

The syntax is deliberately tiny (no logic, no loops): what an admin can get wrong is a misspelt
placeholder or a missing brace, and the check names the part and the line. Values are escaped
for HTML and flattened to one line in the subject, so no value (an agent name, an address) can
inject markup or a mail header.

Which placeholders exist is not the syntax's business: ``check`` takes the names a template may
use (the notification template's are in ``settings.notification_template``).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Collection, Mapping

from softphone.blocks.htmlcheck import check_html

TOKEN = re.compile(r"\{\{(.*?)\}\}")
NAME = re.compile(r"\s*([A-Za-z_][A-Za-z0-9_]*)\s*")

SUBJECT, HTML_BODY, TEXT_BODY = "Subject", "HTML body", "Plain-text body"

# Characters that end a header line or confuse mail software; never allowed into the subject.
_LINE_BREAKING = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]+")
_CONTROL_EXCEPT_NEWLINE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class TemplateError(ValueError):
    """The template cannot be used; the message names the part, the line and the fix."""


def check(text: str, part: str, names: Collection[str]) -> None:
    """Raise ``TemplateError`` at the first line with a placeholder not in ``names`` or a stray
    brace."""
    for number, line in enumerate(text.splitlines(), start=1):
        where = f"{part}, line {number}" if part != SUBJECT else part
        for match in TOKEN.finditer(line):
            found = NAME.fullmatch(match.group(1))
            if not found:
                raise TemplateError(f"{where}: '{match.group(0)}' is not a placeholder; "
                                    "write a name such as {{agent_name}}")
            if found.group(1) not in names:
                raise TemplateError(f"{where}: unknown placeholder {{{{{found.group(1)}}}}}"
                                    f"{_suggestion(found.group(1), names)}")
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


def _suggestion(name: str, names: Collection[str]) -> str:
    close = difflib.get_close_matches(name, sorted(names), n=1)
    if close:
        return f"; did you mean {{{{{close[0]}}}}}?"
    return "; the placeholders are listed beside the editor"


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
