"""Recipients as the admin types them: semicolons, stray separators, duplicates, bad entries."""

from __future__ import annotations

from pathlib import Path

import pytest

from softphone.blocks.profile import Profile
from softphone.notify.config import NotifyConfig
from softphone.notify.template import default_template
from softphone.settings.store import SettingError, Settings
from softphone.settings.types import split_email_addresses


def test_semicolon_separated_addresses_with_stray_separators_are_read() -> None:
    addresses, duplicates = split_email_addresses(
        " supervisor@example.com ;; security@Example.ORG;\n;  ")
    assert addresses == ("supervisor@example.com", "security@example.org")
    assert duplicates == ()


def test_a_repeated_address_is_kept_once_and_reported() -> None:
    addresses, duplicates = split_email_addresses("a@example.com; b@example.com; A@EXAMPLE.com")
    assert addresses == ("a@example.com", "b@example.com")
    assert duplicates == ("A@example.com",)


@pytest.mark.parametrize(("entry", "says"), [
    ("supervisor", "'supervisor' has no @"),
    ("a@@example.com", "has more than one @"),
    ("sam smith@example.com", "contains a space"),
    ("Sam <sam@example.com>", "without a name or <>"),
    ("sam@localhost", "'localhost' is not a mail domain"),
    ("sam@example.123", "is not a mail domain"),
    (".sam@example.com", "the part before @ is not valid"),
    ("sam@exa_mple.com", "is not a mail domain"),
])
def test_a_bad_entry_is_named_in_the_message(settings: Settings, entry: str, says: str) -> None:
    with pytest.raises(SettingError) as refused:
        settings.update({"notify.recipients": f"ok@example.com; {entry}; other@example.com"})
    assert says in str(refused.value)
    assert "notify.recipients" in str(refused.value)
    assert settings.get("notify.recipients") == ()


def test_recipients_saved_as_a_list_survive_a_reload(settings: Settings) -> None:
    settings.update({"notify.recipients": "a@example.com; b@example.com"})
    settings.save()
    assert 'recipients = [\n    "a@example.com",\n    "b@example.com",\n]' in (
        settings.user_file.read_text())
    assert Settings(settings.user_file).get("notify.recipients") == ("a@example.com",
                                                                     "b@example.com")


def test_the_fleet_file_can_set_recipients_and_the_template(profile: Profile) -> None:
    fleet = profile.fleet_file
    fleet.parent.mkdir(parents=True)
    fleet.write_text('[notify]\nrecipients = "desk@example.com; boss@example.com"\n'
                     '[notify.template]\nsubject = "911 by {{agent_name}}"\n'
                     'text = """\nAgent {{agent_name}} at {{workstation}}, {{location}}, '
                     '{{time}}; call back on {{callback_number}}. {{call_outcome}}\n"""\n')
    settings = Settings(profile.settings_file, fleet)
    assert settings.problems == []
    assert settings.get("notify.recipients") == ("desk@example.com", "boss@example.com")
    assert settings.get("notify.template.subject") == "911 by {{agent_name}}"
    assert settings.get("notify.template.text") == (
        "Agent {{agent_name}} at {{workstation}}, {{location}}, {{time}}; call back on "
        "{{callback_number}}. {{call_outcome}}")
    assert settings.is_locked("notify.recipients")


def test_a_broken_template_in_the_fleet_file_is_reported_and_the_default_used(
        profile: Profile, tmp_path: Path) -> None:
    profile.fleet_file.parent.mkdir(parents=True)
    profile.fleet_file.write_text('[notify.template]\nhtml = "<p>{{agent}}</p>"\n')
    settings = Settings(profile.settings_file, profile.fleet_file)
    assert any("HTML body, line 1: unknown placeholder {{agent}}" in problem
               for problem in settings.problems)
    assert settings.get("notify.template.html") == ""
    assert NotifyConfig.from_values(settings.get).template == default_template()
