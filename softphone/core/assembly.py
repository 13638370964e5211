"""Wires the core's objects together; the composition root (``app``) and core tests both use it,
so the tests exercise exactly the wiring the app runs."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from softphone.audio.port import AudioEngine
from softphone.carriers import registry
from softphone.carriers.base import Carrier, CarrierContext, CarrierError, Scheduler
from softphone.carriers.unavailable import UnavailableCarrier
from softphone.core.checks import core_checks
from softphone.core.dialplan import DialPlan
from softphone.core.emergency import EmergencySession
from softphone.core.history import CallHistory
from softphone.core.leases import CallbackLeases
from softphone.core.phone import Phone, Post, run_now
from softphone.core.ports import EmergencyNotifier, LocationSource
from softphone.core.presence import Presence
from softphone.core.readiness import Readiness
from softphone.core.routing import InboundRouter
from softphone.core.state import StateStore
from softphone.core.storage import Database
from softphone.settings.store import Settings


@dataclass
class Core:
    phone: Phone
    carrier: Carrier
    readiness: Readiness
    problems: list[str]


def load_carrier(context: CarrierContext, problems: list[str]) -> Carrier:
    """The configured adapter; if it cannot be loaded, the carrier settings that last worked
    (never the simulated carrier in its place); if none, a carrier that fails every call loudly."""
    settings = context.settings
    name = settings["carrier.adapter"]
    try:
        return registry.load(name)(context)
    except CarrierError as error:
        if settings.use_last_good_carrier(f"the carrier adapter '{name}' set in "
                                          f"{settings.origin('carrier.adapter')} cannot be used "
                                          f"({error})"):
            problems.append(settings.problems[-1])
            try:
                return registry.load(settings["carrier.adapter"])(context)
            except CarrierError as again:
                error = again
        reason = (f"No calls can be placed: {error} (carrier.adapter is set in "
                  f"{settings.origin('carrier.adapter')}.) Until this is fixed, use another phone.")
        problems.append(reason)
        return UnavailableCarrier(context, reason)


def assemble(
    settings: Settings,
    database: Database,
    scheduler: Scheduler,
    audio: AudioEngine,
    location: LocationSource,
    notifier: EmergencyNotifier,
    post: Post = run_now,
    clock: Callable[[], float] = time.time,
) -> Core:
    problems: list[str] = []
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
    carrier = load_carrier(CarrierContext(settings, scheduler, audio), problems)

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
    return Core(phone, carrier, readiness, problems)
