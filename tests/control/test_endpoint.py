"""Where the control socket and the lock may live: only in a folder private to this user."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from softphone.control import endpoint
from softphone.control.endpoint import Endpoint, EndpointError, runtime_folder
from tests.control.conftest import Account


@pytest.fixture
def session(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """XDG_RUNTIME_DIR is the only session folder (not /run/user of whoever runs the tests);
    the fallback goes under a cache folder of the test's."""
    folder = tmp_path / "session"
    monkeypatch.setattr(endpoint, "session_folders", lambda: [str(folder)])
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return folder


def mode(path: str | Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def test_the_sessions_private_folder_is_used(session: Path) -> None:
    session.mkdir(mode=0o700)
    assert runtime_folder() == str(session)


def test_a_session_folder_open_to_others_is_not_used(session: Path, tmp_path: Path) -> None:
    session.mkdir()
    session.chmod(0o755)
    found = runtime_folder()
    assert Path(found).parent == tmp_path / "cache" / "softphone"
    assert mode(found) == 0o700 and mode(Path(found).parent) == 0o700


def test_an_own_fallback_folder_left_open_is_closed(session: Path) -> None:
    found = runtime_folder()
    os.chmod(found, 0o755)
    assert runtime_folder() == found and mode(found) == 0o700


def test_a_fallback_folder_that_is_a_link_is_refused(session: Path, tmp_path: Path) -> None:
    fallback = Path(endpoint._home_fallback())
    fallback.parent.mkdir(parents=True)
    fallback.symlink_to(tmp_path)
    with pytest.raises(EndpointError, match="is a symbolic link"):
        runtime_folder()


def test_a_fallback_folder_made_first_by_another_account_is_refused(
        session: Path, intruder: Account, shared_folder: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(shared_folder / "cache"))
    fallback = Path(endpoint._home_fallback())
    fallback.parent.mkdir(parents=True)
    for folder in (fallback.parent, fallback.parent.parent):
        folder.chmod(0o777)  # a carelessly shared cache folder
    made = intruder.run("mkdir", "-m", "0700", str(fallback))
    assert made.returncode == 0, made.stderr
    with pytest.raises(EndpointError, match=f"belongs to another user \\(uid {intruder.uid}\\)"):
        runtime_folder()


def test_names_are_per_profile_and_fit_a_socket_path(session: Path) -> None:
    session.mkdir(mode=0o700)
    one, two = Endpoint.for_instance("softphone-a"), Endpoint.for_instance("softphone-b")
    assert one.socket_path != two.socket_path and one.lock_path != two.lock_path
    assert Path(one.socket_path).parent == session
    with pytest.raises(EndpointError, match="too long"):
        Endpoint.for_instance("x" * 120)
