"""The literal command a CRM runs, ``softphone dial 911``, on a profile whose settings file is
hostile (the ones the issue found stopping the app): the instance starts, the call goes out, and
``softphone status --json`` names the file."""

from __future__ import annotations

import pytest

from tests.control.conftest import Cli
from tests.hostile_settings import CASES
from tests.workstation.test_hostile_settings import BASE

LITERAL = ("latin-1 byte", "utf-8 bom", "random bytes", "2000 nested inline tables",
           "2000-part dotted key", "proxy port above 65535", "a named pipe")


@pytest.mark.slow
@pytest.mark.parametrize("case", [case for case in CASES if case.name in LITERAL],
                         ids=lambda case: case.name)
def test_softphone_dial_911_goes_out_whatever_the_settings_file_holds(cli: Cli, case) -> None:
    profile = cli.profile
    profile.fleet_file.parent.mkdir(parents=True, exist_ok=True)
    profile.fleet_file.write_text(BASE, encoding="utf-8")  # what IT set stays usable
    profile.settings_file.unlink()
    case.write(profile.settings_file)

    dialled = cli.run("dial", "911", timeout=60)
    assert dialled.returncode == 0, dialled.stderr
    status = cli.status()
    assert status["emergency"]["active"] and status["calls"][0]["kind"] == "emergency"
    assert status["callback"]["number"] == "+15551230001"
    about_it = [p for p in status["problems"] if str(profile.settings_file) in p]
    assert bool(about_it) is case.reported, status["problems"]
