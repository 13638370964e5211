"""The whole softphone on a contact center's shared store: real widgets offscreen, the simulated
carrier, a real PostgreSQL, and the real command line."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable

import pytest

from softphone.app import Application
from softphone.blocks.profile import Profile
from softphone.callbacks import schema, store
from softphone.core.calls import CallKind, CallState
from softphone.core.lease_registry import Holder, Lease
from softphone.core.sites import PoolNumber
from softphone.settings.store import Settings
from tests.callbacks.conftest import numbers
from tests.callbacks.servers import APP_PASSWORD, PostgresCluster, wait_until
from tests.helpers import OWN, run_cli

HOLDER = ("dagent", "FLOOR2-17")  # agent.user_id, agent.workstation of the app under test


def shared(settings: Settings, postgres: PostgresCluster, pool: tuple[str, ...],
           **more: object) -> None:
    settings.update({"callback.shared_store": postgres.uri(), "callback.pool": list(pool),
                     "agent.user_id": HOLDER[0], "agent.workstation": HOLDER[1], **more})
    settings.save()


def live(postgres: PostgresCluster) -> dict[str, str]:
    with postgres.admin("callbacks") as connection:
        return dict(connection.execute(
            "SELECT number, agent FROM callback_lease WHERE expires_at > now()").fetchall())


def connected(app: Application) -> bool:
    return any(check.key == "callback.store" and check.passed
               for check in app.readiness.refresh())


def dial_911(qtbot, app: Application):  # type: ignore[no-untyped-def]
    call = app.phone.dial("911")
    assert call.kind is CallKind.EMERGENCY and call.state is not CallState.FAILED
    qtbot.waitUntil(lambda: app.window.emergency_view is not None, timeout=5000)
    return call


def test_an_emergency_call_asserts_a_shared_number_and_the_store_records_it(
        qtbot, ready_settings: Settings, postgres: PostgresCluster,  # type: ignore[no-untyped-def]
        start_app: Callable[..., Application], profile: Profile) -> None:
    pool = numbers(3)
    shared(ready_settings, postgres, pool)
    app = start_app()
    qtbot.waitUntil(lambda: connected(app), timeout=15000)
    call = dial_911(qtbot, app)
    assert call.callback_number in pool
    wait_until(lambda: live(postgres) == {call.callback_number: HOLDER[0]}, "the lease recorded")
    done = run_cli(profile, "leases", "--json", environment=dict(
        os.environ, QT_QPA_PLATFORM="offscreen", SOFTPHONE_FLEET_SETTINGS=str(profile.fleet_file)))
    assert done.returncode == 0, done.stderr
    [row] = json.loads(done.stdout)
    assert (row["number"], row["agent"], row["workstation"], row["paused"]) == (
        call.callback_number, *HOLDER, True)
    app.phone.hangup(call.call_id)
    app.phone.leases.end_early()  # the lease ends: its row goes, nothing else is kept
    wait_until(lambda: live(postgres) == {}, "the lease row deleted")


def hold_every_number(postgres: PostgresCluster, pool: tuple[str, ...]) -> None:
    """Another agent's softphone holds the whole pool."""
    with psycopg_connect(postgres) as connection:
        schema.migrate(connection)
        store.sync_numbers(connection, [PoolNumber(n, "", "") for n in pool])
        for number in pool:
            token = str(uuid.uuid4())
            store.record(connection, Holder("other", "ws-other"),
                         Lease(number, 0, 0, True, "", token), 3600, True, [])


def psycopg_connect(postgres: PostgresCluster):  # type: ignore[no-untyped-def]
    import psycopg

    return psycopg.connect(postgres.uri(), password=APP_PASSWORD, autocommit=True)


def test_every_number_held_the_call_reuses_the_oldest_and_says_so_in_the_view_and_the_email(
        qtbot, ready_settings: Settings, postgres: PostgresCluster, ca,  # type: ignore[no-untyped-def]
        start_app: Callable[..., Application], test_keyring) -> None:
    from tests.notify.notify_helpers import SMTP_PASSWORD, SMTP_USER, MailServer, configure, free_port

    pool = numbers(1)
    hold_every_number(postgres, pool)
    server = MailServer(ca, free_port())
    server.start()
    try:
        ca_file = postgres.ca_file
        configure(ready_settings, server, ca_file=ca_file)
        test_keyring.set_password("softphone", f"smtp:{SMTP_USER}@127.0.0.1", SMTP_PASSWORD)
        shared(ready_settings, postgres, pool)
        app = start_app()
        qtbot.waitUntil(lambda: connected(app), timeout=15000)
        call = dial_911(qtbot, app)
        assert call.callback_number == pool[0]
        view = app.window.emergency_view
        notes = [view.notes.item(index).text() for index in range(view.notes.count())]
        assert any("reuses the oldest lease" in note and "other at ws-other" in note
                   for note in notes)
        [message] = server.wait_for(1, timeout=30)
        assert b"reuses the oldest lease" in message.content.replace(b"=\r\n", b"")
        wait_until(lambda: live(postgres) == {pool[0]: HOLDER[0]}, "the lease taken over")
    finally:
        server.stop()


@pytest.mark.slow
def test_the_store_stopped_the_call_still_goes_out_with_a_warning_and_is_recorded_when_back(
        qtbot, ready_settings: Settings, postgres: PostgresCluster,  # type: ignore[no-untyped-def]
        start_app: Callable[..., Application]) -> None:
    pool = numbers(3)
    shared(ready_settings, postgres, pool)
    app = start_app()
    qtbot.waitUntil(lambda: connected(app), timeout=15000)
    postgres.stop()
    try:
        qtbot.waitUntil(lambda: not connected(app), timeout=15000)
        qtbot.waitUntil(lambda: any("callback.shared_store" in problem  # shown to the agent
                                for problem in app.problems), timeout=5000)
        call = dial_911(qtbot, app)
        assert call.callback_number in pool
        assert any("chosen in advance" in note for note in call.notes), call.notes
    finally:
        postgres.start()
    wait_until(lambda: live(postgres) == {call.callback_number: HOLDER[0]},
               "the lease recorded once the store is back", timeout=30)


def test_a_store_unreachable_from_the_start_gives_the_agents_own_number_with_a_warning(
        qtbot, ready_settings: Settings, postgres: PostgresCluster,  # type: ignore[no-untyped-def]
        start_app: Callable[..., Application]) -> None:
    shared(ready_settings, postgres, numbers(3), **{"callback.shared_store": postgres.uri(port=1)})
    app = start_app()
    qtbot.waitUntil(lambda: app.phone.leases.store_problem is not None, timeout=15000)
    assert "callback.shared_store" in str(app.phone.leases.store_problem)
    call = dial_911(qtbot, app)
    assert call.callback_number == OWN
    assert any("your own number is the callback number" in note for note in call.notes)


@pytest.mark.parametrize(("fleet", "setting"), [
    ('[[callback.sites]]\nname = "Denver"\npool = ["+13035550101"]\n', "callback.sites"),
    ('[[callback.sites]]\nname = "A"\npool = ["+13035550101"]\n'
     '[callback.sites.address]\nstreet = "Main"\ncity = "Denver"\ncountry = "US"\n'
     '[[callback.sites]]\nname = "B"\npool = ["+13035550101"]\n'
     '[callback.sites.address]\nstreet = "Elm"\ncity = "Boulder"\ncountry = "US"\n',
     "callback.sites"),
    ('[callback]\npool = ["+1 303 555 0101"]\n', "callback.pool"),
    ('[callback]\nshared_store = "mysql://db.example.com/callbacks"\n', "callback.shared_store"),
    ('[callback]\nunassigned_route = "the security desk"\n', "callback.unassigned_route"),
])
def test_a_broken_callback_setting_is_named_and_the_call_still_goes_out(
        qtbot, ready_settings: Settings, profile: Profile,  # type: ignore[no-untyped-def]
        start_app: Callable[..., Application], fleet: str, setting: str) -> None:
    profile.fleet_file.parent.mkdir(parents=True, exist_ok=True)
    profile.fleet_file.write_text(f"version = 1\n{fleet}")
    app = start_app()
    assert any(problem.count(setting) for problem in app.problems), app.problems
    [check] = [c for c in app.readiness.refresh() if c.key == "settings.files"]
    assert not check.passed and setting in check.detail
    call = dial_911(qtbot, app)
    assert call.callback_number  # the default pool, else the agent's own number


def test_an_agent_at_a_site_draws_from_that_sites_pool(
        qtbot, ready_settings: Settings, start_app: Callable[..., Application]) -> None:  # type: ignore[no-untyped-def]
    denver = "+13035550101"
    ready_settings.update({
        "location.address.street": "Main Street", "location.address.house_number": "100",
        "location.address.city": "Denver", "location.address.region": "CO",
        "location.address.postcode": "80202", "location.address.country": "US",
        "callback.sites": [{"name": "Denver", "pool": [denver], "address": {
            "street": "Main Street", "house_number": "100", "city": "Denver",
            "region": "CO", "postcode": "80202", "country": "US"}}]})
    ready_settings.save()
    app = start_app()
    call = dial_911(qtbot, app)
    assert call.callback_number == denver


def test_a_number_in_a_site_and_in_the_default_pool_is_named(
        qtbot, ready_settings: Settings, start_app: Callable[..., Application]) -> None:  # type: ignore[no-untyped-def]
    number = ready_settings["callback.pool"][0]
    ready_settings.update({"callback.sites": [{"name": "Denver", "pool": [number], "address": {
        "street": "Main Street", "city": "Denver", "country": "US"}}]})
    ready_settings.save()
    app = start_app()
    assert any("callback.pool" in p and "site 'Denver'" in p for p in app.problems)
    call = dial_911(qtbot, app)  # not at the site: the default pool, without that number
    assert call.callback_number and call.callback_number != number


def test_the_admin_settings_show_the_live_leases_read_only_and_keep_the_password_in_the_keyring(
        qtbot, ready_settings: Settings, postgres: PostgresCluster,  # type: ignore[no-untyped-def]
        start_app: Callable[..., Application], test_keyring) -> None:
    from softphone.qt import QtWidgets

    pool = numbers(2)
    hold_every_number(postgres, pool[:1])
    shared(ready_settings, postgres, pool)
    app = start_app()
    dialog = app.show_settings()
    table = dialog.leases.table
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=15000)
    assert [table.item(0, column).text() for column in range(4)] == [
        pool[0], "(default pool)", "other", "ws-other"]
    assert table.editTriggers() == QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers
    field = dialog.store_password
    qtbot.waitUntil(lambda: "postgresql:softphone@127.0.0.1" in field.password_state.text(),
                    timeout=10000)
    qtbot.keyClicks(field.password, "a new password")
    dialog.save()
    qtbot.waitUntil(lambda: test_keyring.get_password(
        "softphone", "postgresql:softphone@127.0.0.1") == "a new password", timeout=10000)
    assert "a new password" not in ready_settings.user_file.read_text()


def lease_row(postgres: PostgresCluster) -> tuple[str, str, bool, float]:
    with postgres.admin("callbacks") as connection:
        return connection.execute(
            "SELECT number, token::text, paused, "
            "extract(epoch FROM expires_at - now())::float8 FROM callback_lease").fetchone()


def test_the_pause_during_a_callback_and_the_renewal_work_across_the_shared_store(
        qtbot, ready_settings: Settings, postgres: PostgresCluster,  # type: ignore[no-untyped-def]
        start_app: Callable[..., Application]) -> None:
    shared(ready_settings, postgres, numbers(3), **{"callback.lease_minutes": 30})
    app = start_app()
    qtbot.waitUntil(lambda: connected(app), timeout=15000)
    first = dial_911(qtbot, app)
    app.phone.hangup(first.call_id)
    # The call ended: the countdown runs, in the store too (30 minutes from now).
    qtbot.waitUntil(lambda: not lease_row(postgres)[2], timeout=10000)
    number, token, _, left = lease_row(postgres)
    assert number == first.callback_number and 29 * 60 < left <= 30 * 60
    # The answering point calls back: paused while the callback is up, then the full window.
    app.drills.ring_in("+15557770000", number, False)
    qtbot.waitUntil(lambda: any(c.psap_callback for c in app.phone.calls()), timeout=5000)
    callback = app.phone.answer()
    qtbot.waitUntil(lambda: lease_row(postgres)[2], timeout=10000)
    app.phone.hangup(callback.call_id)
    qtbot.waitUntil(lambda: not lease_row(postgres)[2], timeout=10000)
    # A second emergency call within the window renews the same lease.
    second = dial_911(qtbot, app)
    assert second.callback_number == number
    qtbot.waitUntil(lambda: lease_row(postgres)[2], timeout=10000)
    assert lease_row(postgres)[:2] == (number, token)


@pytest.mark.slow
def test_a_blackholed_store_the_call_goes_out_with_a_warning_and_is_recorded_when_back(
        qtbot, ready_settings: Settings, postgres: PostgresCluster, gate,  # type: ignore[no-untyped-def]
        start_app: Callable[..., Application]) -> None:
    pool = numbers(3)
    shared(ready_settings, postgres, pool, **{"callback.shared_store": postgres.uri(port=gate.port)})
    app = start_app()
    qtbot.waitUntil(lambda: connected(app), timeout=15000)
    gate.mode = "blackhole"  # accepts connections, never answers
    call = dial_911(qtbot, app)
    assert call.callback_number in pool
    qtbot.waitUntil(lambda: not connected(app), timeout=30000)  # the watchdog gave up on it
    qtbot.waitUntil(lambda: any("callback.shared_store" in problem  # shown to the agent
                                for problem in app.problems), timeout=5000)
    gate.mode = "open"
    wait_until(lambda: live(postgres) == {call.callback_number: HOLDER[0]},
               "the lease recorded once the store answers", timeout=60)
