"""Phone numbers on screen are written as the agent's country writes them (libphonenumber)."""

from __future__ import annotations

from softphone.qt import QtCore
from softphone.widgets.formatting import agent_country, phone_number


def test_a_number_of_the_agents_country_is_written_the_national_way() -> None:
    assert phone_number("+12125551234", "US") == "(212) 555-1234"
    assert phone_number("+17875551234", "PR") == "(787) 555-1234"
    assert phone_number("+15145551234", "CA") == "(514) 555-1234"
    assert phone_number("+4533123456", "DK") == "33 12 34 56"


def test_a_number_of_another_country_is_written_the_international_way() -> None:
    assert phone_number("+4533123456", "US") == "+45 33 12 34 56"
    assert phone_number("+12125551234", "DK") == "+1 212-555-1234"


def test_short_numbers_and_what_is_not_a_valid_number_stay_as_given() -> None:
    for text in ("911", "112", "933", "+15551230001", "1234", "not a number"):
        assert phone_number(text, "US") == text


def test_the_agents_country_follows_the_language_chosen(qtbot, start_app, ready_settings) -> None:
    ready_settings.set("ui.language", "da_DK")
    ready_settings.save()
    start_app(show=False)
    assert QtCore.QLocale().name() == "da_DK" and agent_country() == "DK"
    assert phone_number("+4533123456") == "33 12 34 56"
