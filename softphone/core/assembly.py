"""Wires the core's objects together; the composition root (``app``) and core tests both use it,
so the tests exercise exactly the wiring the app runs.

It receives the carrier ready-made: finding and loading an adapter by name is plugin wiring,
done beside the composition root (``softphone.carrier_plugins``), never by the core.
"""

from __future__ import annotations

import getpass
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass

from softphone.blocks.post import Post, run_now
from softphone.blocks.readiness import Readiness
from softphone.core.carrier import Carrier, Scheduler
from softphone.core.checks import core_checks
from softphone.core.dialplan import DialPlan
from softphone.core.emergency import EmergencySession
from softphone.core.history import CallHistory
from softphone.core.inbound_routing import InboundRouter
from softphone.core.lease_registry import Holder, LeaseRegistry
from softphone.core.leases import CallbackLeases
from softphone.core.location import LocationSource
from softphone.core.notification import EmergencyNotifier
from softphone.core.phone import Phone
from softphone.core.presence import Presence
from softphone.core.sites import SitePools
from softphone.core.state import StateStore
from softphone.core.storage import Database
from softphone.settings.store import Settings


@dataclass
class Core:
    """The core's parts the composition root keeps: the phone, the carrier, the readiness."""

    phone: Phone
    carrier: Carrier
    readiness: Readiness


def holder_for(settings: Settings) -> Holder:
    """This agent as a lease holder. The SIP user is where the proxy routes a callback to the
    agent's leased number (the Kamailio sample in packaging/ reads it from the shared store)."""
    return Holder(
        agent=settings["agent.user_id"] or getpass.getuser(),
        workstation=settings["agent.workstation"] or socket.gethostname(),
        address=settings["carrier.sip.user"] if settings["carrier.adapter"] == "sip" else "",
    )


def assemble(
    settings: Settings,
    database: Database,
    carrier: Carrier,
    scheduler: Scheduler,
    location: LocationSource,
    notifier: EmergencyNotifier,
    post: Post = run_now,
    clock: Callable[[], float] = time.time,
    registry: LeaseRegistry | None = None,
    sites: SitePools | None = None,
) -> Core:
    """``registry`` is where callback numbers come from (the embedded default when ``None``);
    ``sites`` chooses the pool (from the settings and ``location`` when ``None``)."""
    state = StateStore(database)
    presence = Presence(state, lambda: settings["presence.custom_statuses"])
    sites = sites or SitePools(settings, location)
    leases = CallbackLeases(
        state,
        pool=sites.current,
        own_number=lambda: settings["outbound.caller_id"],
        minutes=lambda: settings["callback.lease_minutes"],
        clock=clock,
        registry=registry,
        holder=lambda: holder_for(settings),
    )
    router = InboundRouter(
        leases,
        rules=lambda: settings["routing.rules"],
        capacity=lambda: settings["routing.max_concurrent_calls"],
        queue_when_busy=lambda: settings["routing.queue_when_busy"],
    )

    def countries() -> list[str]:
        found = location.latest()
        here = [found.country] if found is not None and found.country else []
        return [*here, settings["agent.country"]]

    phone = Phone(
        settings=settings,
        carrier=carrier,
        dial_plan=DialPlan(countries, lambda: settings["dialing.outside_line_prefix"]),
        presence=presence,
        leases=leases,
        router=router,
        history=CallHistory(database),
        emergency=EmergencySession(presence, leases, state, notifier, settings, clock),
        location=location,
        scheduler=scheduler,
        post=post,
        clock=clock,
    )
    readiness = Readiness()
    readiness.add(lambda: core_checks(settings, carrier, leases, sites))
    readiness.add(carrier.readiness_checks)
    return Core(phone, carrier, readiness)
