"""Which registry this softphone uses, and the live leases as admins see them; both read the
settings once, here, so the composition root, the command line and the settings dialog agree.

The database driver is imported only when a shared store is set: the embedded default never
loads it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from softphone.core.assembly import holder_for
from softphone.core.lease_registry import Lease, LeaseRegistry, LiveLease
from softphone.core.sites import SitePools
from softphone.core.state import StateStore
from softphone.core.storage import Database
from softphone.settings.store import Settings

Post = Callable[[Callable[[], None]], None]


def shared_registry(settings: Settings, sites: SitePools, post: Post) -> LeaseRegistry | None:
    """The shared store's registry when ``callback.shared_store`` is set, else ``None`` (the
    embedded default). The settings are read when the softphone starts."""
    uri = settings["callback.shared_store"]
    if not uri:
        return None
    from softphone.callbacks.registry import SharedRegistry

    return SharedRegistry(uri, numbers=sites.directory, pool=sites.current,
                          holder=lambda: holder_for(settings),
                          deadline_ms=lambda: settings["callback.claim_deadline_ms"], post=post)


def live_leases(settings: Settings, profile_database: Path) -> list[LiveLease]:
    """Every live lease: from the shared store (may wait on the network; raises
    ``StoreUnavailable`` naming what to fix), or this workstation's own on the embedded
    default."""
    uri = settings["callback.shared_store"]
    if uri:
        from softphone.callbacks import store
        from softphone.callbacks.address import CONNECT_TIMEOUT_S, StoreAddress
        from softphone.callbacks.connection import connect

        with connect(StoreAddress.parse(uri), CONNECT_TIMEOUT_S) as connection:
            return store.live(connection)
    database = Database(profile_database)
    try:
        stored = StateStore(database).get("callback.lease")
    finally:
        database.close()
    if not stored:
        return []
    lease = Lease(**stored)
    holder = holder_for(settings)
    return [LiveLease(lease.number, lease.site, holder.agent, holder.workstation,
                      None if lease.paused_at is not None else lease.expires_at)]
