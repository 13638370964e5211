"""``softphone status --json`` keeps its keys and identifiers in English in every language; only
its sentences are in the agent's language (a CRM or a script reads the keys)."""

from __future__ import annotations

import json

from softphone.app import Application


def keys(value: object, path: str = "") -> set[str]:
    if isinstance(value, dict):
        return {f"{path}/{key}" for key in value} | {
            found for key, inner in value.items() for found in keys(inner, f"{path}/{key}")}
    if isinstance(value, list):
        return {found for inner in value for found in keys(inner, f"{path}[]")}
    return set()


def status(app: Application) -> dict:
    return json.loads(json.dumps(app.commands.status()))


def test_status_keys_and_identifiers_stay_english_while_its_sentences_follow_the_language(
        qtbot, start_app, ready_settings) -> None:
    app = start_app(show=False)
    app.window.dial("911")
    english = status(app)
    app.settings.set("ui.language", "da_DK")
    danish = status(app)
    assert keys(danish) == keys(english)
    assert [check["key"] for check in danish["readiness"]] == [
        check["key"] for check in english["readiness"]]
    assert danish["presence"] == english["presence"] == "Do not disturb"  # the stored status
    assert [call["state"] for call in danish["calls"]] == [
        call["state"] for call in english["calls"]]
    titles = {check["key"]: check["title"] for check in danish["readiness"]}
    assert titles["callback.number"] == "Genopkaldsnummer til rådighed"
    assert titles["emergency.reach"] == "Nødopkald når frem til en alarmcentral"
