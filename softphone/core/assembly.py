"""Wires the core's objects together; the composition root (``app``) and core tests both use it,
so the tests exercise exactly the wiring the app runs.

It receives the carrier ready-made: finding and loading an adapter by name is plugin wiring,
done beside the composition root (``softphone.carrier_plugins``), never by the core.
"""

from __future__ import annotations

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
from softphone.core.leases import CallbackLeases
from softphone.core.location import LocationSource
from softphone.core.notification import EmergencyNotifier
from softphone.core.phone import Phone
from softphone.core.presence import Presence
from softphone.core.state import StateStore
from softphone.core.storage import Database
from softphone.settings.store import Settings


@dataclass
class Core:
    phone: Phone
    carrier: Carrier
    readiness: Readiness


def assemble(
    settings: Settings,
    database: Database,
    carrier: Carrier,
    scheduler: Scheduler,
    location: LocationSource,
    notifier: EmergencyNotifier,
    post: Post = run_now,
    clock: Callable[[], float] = time.time,
) -> Core:
    state = StateStore(database)
    presence = Presence(state, lambda: settings["presence.custom_statuses"])
    leases = CallbackLeases(
        state,
        pool=lambda: settings["callback.pool"],
        own_number=lambda: settings["outbound.caller_id"],
        minutes=lambda: settings["callback.lease_minutes"],
        clock=clock,
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
    readiness.add(lambda: core_checks(settings, carrier, leases))
    readiness.add(carrier.readiness_checks)
    return Core(phone, carrier, readiness)
