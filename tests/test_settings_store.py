from pathlib import Path

import pytest

from softphone.settings.store import LockedSettingError, SettingError, Settings
from softphone.settings.types import RoutingRule


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_defaults_apply_when_no_file_exists(settings: Settings) -> None:
    assert settings.get("callback.lease_minutes") == 60
    assert settings.get("callback.pool") == ()
    assert settings.problems == []


def test_saved_values_survive_a_reload(settings: Settings) -> None:
    settings.update({"callback.pool": ["+15551230001", "+15551230002"],
                     "routing.rules": [{"match": "+1900*", "action": "refuse"}]})
    settings.save()
    again = Settings(settings.user_file)
    assert again.get("callback.pool") == ("+15551230001", "+15551230002")
    assert again.get("routing.rules") == (RoutingRule("+1900*", "refuse"),)


def test_an_invalid_update_stores_nothing_and_names_every_bad_value(settings: Settings) -> None:
    with pytest.raises(SettingError) as raised:
        settings.update({"callback.lease_minutes": 90, "callback.pool": ["+1 555"],
                         "agent.country": "Narnia"})
    message = str(raised.value)
    assert "callback.pool" in message and "E.164" in message
    assert "agent.country" in message
    assert settings.get("callback.lease_minutes") == 60


def test_a_file_that_is_not_toml_is_reported_with_its_line_and_kept(settings: Settings) -> None:
    write(settings.user_file, 'version = 1\n[callback]\npool = ["+15551230001"\n')
    original = settings.user_file.read_bytes()
    broken = Settings(settings.user_file)
    assert "line" in broken.problems[0] and "not valid TOML" in broken.problems[0]
    assert broken.get("callback.pool") == ()
    broken.set("agent.name", "Dana")
    broken.save()
    kept = list(settings.user_file.parent.glob("settings.toml.unreadable-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == original


def test_an_invalid_value_falls_back_to_the_default_and_stays_in_the_file(settings: Settings) -> None:
    write(settings.user_file, '[callback]\nlease_minutes = "sixty"\n[future]\nflag = true\n')
    loaded = Settings(settings.user_file)
    assert loaded.get("callback.lease_minutes") == 60
    assert any("callback.lease_minutes" in problem for problem in loaded.problems)
    assert any("future.flag" in problem for problem in loaded.problems)
    loaded.set("agent.name", "Dana")
    loaded.save()
    text = settings.user_file.read_text()
    assert 'lease_minutes = "sixty"' in text and "flag = true" in text and 'name = "Dana"' in text


def test_fleet_values_override_the_user_and_are_locked(settings: Settings, profile) -> None:
    write(profile.fleet_file, '[callback]\npool = ["+15559990000"]\n')
    write(settings.user_file, '[callback]\npool = ["+15551230001"]\n')
    layered = Settings(settings.user_file, profile.fleet_file)
    assert layered.get("callback.pool") == ("+15559990000",)
    assert layered.is_locked("callback.pool")
    with pytest.raises(LockedSettingError, match="fleet settings file"):
        layered.set("callback.pool", ["+15551230002"])


def test_changed_is_emitted_once_per_effective_change(settings: Settings) -> None:
    seen: list[str] = []
    settings.changed.connect(seen.append)
    settings.set("agent.name", "Dana")
    settings.set("agent.name", "Dana")
    assert seen == ["agent.name"]


def test_a_file_from_a_newer_version_is_read_for_what_is_known_and_never_overwritten(
        settings: Settings) -> None:
    newer = 'version = 2\n[agent]\nname = "Dana"\n[agent.photo]\nsize = 3\n'
    write(settings.user_file, newer)
    loaded = Settings(settings.user_file)
    assert loaded.get("agent.name") == "Dana"
    [problem] = [p for p in loaded.problems if "newer softphone" in p]
    assert str(settings.user_file) in problem and "update the softphone" in problem
    loaded.set("agent.workstation", "FLOOR2-17")
    loaded.save()
    [kept] = settings.user_file.parent.glob("settings.toml.unreadable-*")
    assert kept.read_text() == newer  # the newer file, whole, beside the one written now
