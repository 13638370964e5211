"""Location wired into the whole app (readiness, indicator, dial path, control) and ``where``."""

from __future__ import annotations

import json

import pytest

from softphone import cli


@pytest.fixture
def app(ready_settings, start_app):
    ready_settings.update({"location.os_positioning": False,  # no geoclue daemon here
                           "location.ip_fallback": True})
    ready_settings.save()
    return start_app()


def test_app_shows_location_readiness_and_hands_the_snapshot_to_emergency_calls(qtbot, app):
    keys = [check.key for check in app.readiness.refresh()]
    assert {"location.enabled", "location.country", "location.address"} <= set(keys)
    assert app.readiness_indicator.isVisible()

    app.location.ip_estimate(55.6050, 13.0038, None)  # Malmö: not a supported country
    assert app.readiness_indicator.state == "unsupported"
    panel = app.show_readiness()
    assert "Sweden" in panel.row("location.country").text(1)

    call = app.phone.dial("911")  # never refused: dialled, with the warning and the location
    try:
        assert call.location is not None and call.location.country == "SE"
        assert app.location.supported is False
    finally:
        app.phone.hangup(call.call_id)


def test_where_over_the_control_channel_reports_source_age_and_country(app):
    app.location.ip_estimate(55.6761, 12.5683, "DK")
    answer = app.commands.handle({"command": "where", "args": {}})
    assert answer["ok"]
    result = answer["result"]
    assert (result["source"], result["country"], result["supported"]) == ("ip", "DK", True)
    assert result["age_seconds"] < 5 and result["location"]["latitude"] == 55.6761


def test_where_at_works_offline_without_a_running_instance(capsys):
    assert cli.main(["where", "--at", "18.3419,-64.9307", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["country"], result["supported"]) == ("VI", False)  # St Thomas is not PR
    assert cli.main(["where", "--at", "18.4655,-66.1057", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["country"] == "PR"


def test_where_at_refuses_a_bad_position_with_what_to_type(capsys):
    assert cli.main(["where", "--at", "55.6;north"]) == 2
    assert "give LAT,LON in decimal degrees" in capsys.readouterr().err
    assert cli.main(["where", "--at", "10,200"]) == 2
    assert "Longitude 200.0 is out of range" in capsys.readouterr().err
