"""An instance that cannot open its control socket says so in the agent's language."""

from __future__ import annotations

from pathlib import Path

import pytest

from softphone.control import endpoint


def test_an_instance_without_command_line_control_says_so_in_the_agents_language(
        qtbot, start_app, ready_settings, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(endpoint, "session_folders", lambda: [])  # the fallback is the only one
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    fallback = Path(endpoint._home_fallback())
    fallback.parent.mkdir(parents=True)
    fallback.symlink_to(tmp_path)  # refused: someone could have planted it
    ready_settings.set("ui.language", "da_DK")
    ready_settings.save()
    app = start_app(show=False)
    unavailable = [problem for problem in app.problems if "symbolsk" in problem
                   or "symbolic link" in problem]
    assert unavailable, app.problems
    assert all(problem.endswith(". Kontrol fra kommandolinjen er ikke tilgængelig.")
               for problem in unavailable), unavailable
