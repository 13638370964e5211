"""The placeholders the emergency contacts' email template may use, and the checks its three
settings run, so that a template that would not render is refused when it is set.

One table drives the template check, the dialog's list of placeholders, the preview's sample
values and the real values (``notify.placeholders``), so a placeholder cannot be documented and
then missing.
"""

from __future__ import annotations

from dataclasses import dataclass

from softphone.blocks.template_syntax import HTML_BODY, SUBJECT, TEXT_BODY, check


@dataclass(frozen=True)
class Placeholder:
    name: str
    description: str


PLACEHOLDERS: tuple[Placeholder, ...] = (
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


def check_subject(text: str) -> None:
    check(text, SUBJECT, NAMES)


def check_html_body(text: str) -> None:
    check(text, HTML_BODY, NAMES)


def check_text_body(text: str) -> None:
    check(text, TEXT_BODY, NAMES)
