"""Every settings file is read defensively: for each hostile user or fleet file in the corpus
(``tests/hostile_settings.py``) the softphone starts, reports the problem naming the file and
the fix, and 911 reaches the carrier."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from softphone.app import Application
from softphone.blocks.profile import Profile
from softphone.core.calls import CallState
from softphone.settings import last_good
from softphone.settings.options import BY_KEY
from tests.helpers import OWN, POOL
from tests.hostile_settings import CASES, FIX_WORDS, Hostile

BASE = f"""\
version = 1
[outbound]
caller_id = "{OWN}"
[callback]
pool = {POOL!r}
[carrier.simulated]
answer_delay = 0.1
speak_greeting = false
[location]
ip_fallback = false
""".replace("'", '"')


@pytest.mark.parametrize("layer", ["user", "fleet"])
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_a_hostile_settings_file_is_reported_and_911_still_reaches_the_carrier(
        qtbot, case: Hostile, layer: str, profile: Profile,
        start_app: Callable[..., Application]) -> None:
    profile.fleet_file.parent.mkdir(parents=True, exist_ok=True)
    hostile, other = ((profile.settings_file, profile.fleet_file) if layer == "user"
                      else (profile.fleet_file, profile.settings_file))
    other.write_text(BASE, encoding="utf-8")
    # A workstation that worked before: the app kept the carrier settings it started on.
    last_good.save(profile.last_good_carrier_file,
                   {key: BY_KEY[key].default for key in last_good.carrier_keys()}
                   | {"outbound.caller_id": OWN, "callback.pool": tuple(POOL)})
    case.write(hostile)

    app = start_app(show=False)

    about_it = [problem for problem in app.problems if str(hostile) in problem]
    if case.reported:
        assert about_it, f"nothing reported about {hostile}: {app.problems}"
        for problem in about_it:
            assert len(problem) < 2000
            assert any(word in problem.lower() for word in FIX_WORDS), problem
        [check] = [c for c in app.readiness.refresh() if c.key == "settings.files"]
        assert not check.passed
    else:
        assert about_it == []
        if case.applies is not None:
            key, value = case.applies
            assert app.settings[key] == value

    call = app.phone.dial("911")
    qtbot.waitUntil(lambda: call.state is CallState.CONNECTED, timeout=5000)
    assert app.carrier.name == "simulated" and app.phone.emergency.active
    assert call.callback_number == POOL[0]
    app.phone.hangup(call.call_id)
