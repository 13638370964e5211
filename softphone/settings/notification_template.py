"""The placeholders the emergency contacts' email template may use, and the checks its three
settings run, so that a template that would not render is refused when it is set.

One table drives the template check, the dialog's list of placeholders, the preview's sample
values and the real values (``notify.placeholders``), so a placeholder cannot be documented and
then missing.

Both bodies must carry the facts the contacts need to act (Kari's Law, RAY BAUM's Act): who,
where, when, the callback number, and whether the call went out (``REQUIRED_FACTS``). A body
without one is refused with the fact and the placeholder to add, in the HTML body as text a
reader sees (not in a comment, an attribute or a hidden element). Every template is checked
when it is set and again before it renders (the shipped one is used otherwise), so no email
leaves without them.
"""

from __future__ import annotations

from dataclasses import dataclass

from softphone.blocks.htmlcheck import visible_text
from softphone.blocks.template_syntax import (
    HTML_BODY,
    NAME,
    SUBJECT,
    TEXT_BODY,
    TOKEN,
    TemplateError,
    check,
)


@dataclass(frozen=True)
class Placeholder:
    name: str
    description: str


PLACEHOLDERS: tuple[Placeholder, ...] = (
    Placeholder("call_status", "PLACED, or FAILED when the carrier refused the call at once"),
    Placeholder("call_outcome", "whether the call went out: placed, or failed and why"),
    Placeholder("agent_name", "the agent's name"),
    Placeholder("user_id", "the agent's user id"),
    Placeholder("workstation", "the workstation's name"),
    Placeholder("time", "when the call was placed, local time with time zone"),
    Placeholder("time_utc", "when the call was placed, in UTC"),
    Placeholder("number_dialled", "the emergency number dialled"),
    Placeholder("callback_number", "the temporary callback number the answering point can call"),
    Placeholder("callback_expires", "when the callback number's lease ends, with time zone"),
    Placeholder("callback_warning", "what is wrong with the callback number, e.g. every number "
                "of the pool was in use and an earlier caller's was reused; 'none' otherwise"),
    Placeholder("location", "the location in one line: address and/or coordinates"),
    Placeholder("civic_address", "the street address, if known"),
    Placeholder("coordinates", "latitude and longitude, if known"),
    Placeholder("location_accuracy", "how accurate the coordinates are"),
    Placeholder("location_source", "where the location came from"),
    Placeholder("location_time", "when the location was determined, with time zone"),
    Placeholder("country", "the country of the location, if known"),
    Placeholder("country_supported", "whether emergency calling is supported in that country"),
)

NAMES: frozenset[str] = frozenset(placeholder.name for placeholder in PLACEHOLDERS)


# (the fact, the placeholders any one of which states it)
REQUIRED_FACTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("who called", ("agent_name", "user_id")),
    ("where", ("location",)),
    ("when", ("time", "time_utc")),
    ("the callback number", ("callback_number",)),
    ("whether the call went out", ("call_outcome",)),
)


def check_subject(text: str) -> None:
    check(text, SUBJECT, NAMES)


def check_html_body(text: str) -> None:
    check(text, HTML_BODY, NAMES)
    check_required_facts(visible_text(text), HTML_BODY)


def check_text_body(text: str) -> None:
    check(text, TEXT_BODY, NAMES)
    check_required_facts(text, TEXT_BODY)


def check_required_facts(text: str, part: str) -> None:
    """``TemplateError`` naming the first of ``REQUIRED_FACTS`` that ``text`` does not state."""
    used = {found.group(1) for match in TOKEN.finditer(text)
            if (found := NAME.fullmatch(match.group(1)))}
    for fact, names in REQUIRED_FACTS:
        if not used & set(names):
            where = " as text a reader sees" if part == HTML_BODY else ""
            raise TemplateError(
                f"{part}: says nothing about {fact}; add {{{{{names[0]}}}}}{where}. Every "
                "notification must say who called, where, when, the callback number and whether "
                "the call went out, so that the contacts can act on it.")
