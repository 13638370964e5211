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
from softphone.blocks.text import translate


@dataclass(frozen=True)
class Placeholder:
    """One ``{{name}}`` the template may use, with what it stands for."""

    name: str
    description: str  # marked for translation: the dialog's list shows it ``localized``


PLACEHOLDERS: tuple[Placeholder, ...] = (
    Placeholder("call_status",
                translate("NotificationTemplate", "PLACED, or FAILED when the carrier refused the "
                                                  "call at once")),
    Placeholder("call_outcome",
                translate("NotificationTemplate", "whether the call went out: placed, or failed and "
                                                  "why")),
    Placeholder("agent_name", translate("NotificationTemplate", "the agent's name")),
    Placeholder("user_id", translate("NotificationTemplate", "the agent's user id")),
    Placeholder("workstation", translate("NotificationTemplate", "the workstation's name")),
    Placeholder("time",
                translate("NotificationTemplate", "when the call was placed, local time with time "
                                                  "zone")),
    Placeholder("time_utc", translate("NotificationTemplate", "when the call was placed, in UTC")),
    Placeholder("number_dialled", translate("NotificationTemplate", "the emergency number dialled")),
    Placeholder("callback_number",
                translate("NotificationTemplate", "the temporary callback number the answering "
                                                  "point can call")),
    Placeholder("callback_expires",
                translate("NotificationTemplate", "when the callback number's lease ends, with time "
                                                  "zone")),
    Placeholder("callback_warning",
                translate("NotificationTemplate", "what is wrong with the callback number, e.g. "
                                                  "every number of the pool was in use and an "
                                                  "earlier caller's was reused; 'none' otherwise")),
    Placeholder("location",
                translate("NotificationTemplate", "the location in one line: address and/or "
                                                  "coordinates")),
    Placeholder("civic_address", translate("NotificationTemplate", "the street address, if known")),
    Placeholder("coordinates", translate("NotificationTemplate", "latitude and longitude, if known")),
    Placeholder("location_accuracy",
                translate("NotificationTemplate", "how accurate the coordinates are")),
    Placeholder("location_source", translate("NotificationTemplate", "where the location came from")),
    Placeholder("location_time",
                translate("NotificationTemplate", "when the location was determined, with time zone")),
    Placeholder("country", translate("NotificationTemplate", "the country of the location, if known")),
    Placeholder("country_supported",
                translate("NotificationTemplate", "whether emergency calling is supported in that "
                                                  "country")),
)

NAMES: frozenset[str] = frozenset(placeholder.name for placeholder in PLACEHOLDERS)


# (the fact, the placeholders any one of which states it)
REQUIRED_FACTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (translate("NotificationTemplate", "who called"), ("agent_name", "user_id")),
    (translate("NotificationTemplate", "where"), ("location",)),
    (translate("NotificationTemplate", "when"), ("time", "time_utc")),
    (translate("NotificationTemplate", "the callback number"), ("callback_number",)),
    (translate("NotificationTemplate", "whether the call went out"), ("call_outcome",)),
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
            placeholder = "{{" + names[0] + "}}"
            add = (translate("NotificationTemplate", "add {placeholder} as text a reader sees")
                   if part == HTML_BODY else translate("NotificationTemplate", "add {placeholder}"))
            raise TemplateError(
                translate("NotificationTemplate", "{part}: says nothing about {fact}; {add}. Every "
                                          "notification must say who called, where, when, the "
                                          "callback number and whether the call went out, so "
                                          "that the contacts can act on it.").format(
                    part=part, fact=fact, add=add.format(placeholder=placeholder)))
