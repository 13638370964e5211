"""The core's readiness checks: emergency calls reach a real service, an outbound profile, a
callback number, valid settings files."""

from __future__ import annotations

from softphone.blocks.readiness import Check
from softphone.blocks.text import joined, translate
from softphone.core.carrier import Carrier
from softphone.core.leases import CallbackLeases
from softphone.core.sites import SitePools
from softphone.settings.store import Settings

REACH_CHECK = "emergency.reach"


def reach_check(carrier: Carrier) -> Check:
    """Whether an emergency call would reach a real emergency service (not the simulated
    carrier, not an adapter that failed to load, not a carrier without a route). The window
    and the tray show this one permanently while it fails, not only the readiness panel."""
    problem = carrier.emergency_reach_problem()
    title = translate("Checks", "Emergency calls reach an emergency service")
    if not problem:
        return Check(REACH_CHECK, title, True,
                     translate("Checks", "Emergency calls go to {route}.").format(
                         route=carrier.describe_emergency_route("911")))
    return Check(REACH_CHECK, title, False,
                 joined([reach_warning(), problem]),
                 translate("Checks", "An admin sets up the production carrier (carrier.adapter "
                                     "and its settings) and fixes any settings problem named; "
                                     "then restart the softphone."))


def reach_warning() -> str:
    return translate("Checks", "Emergency calls from this softphone do not reach emergency "
                               "services: use another phone.")


def core_checks(settings: Settings, carrier: Carrier, leases: CallbackLeases,
                sites: SitePools) -> list[Check]:
    caller_id = settings["outbound.caller_id"]
    pool = sites.current()
    lease = leases.current()
    available = translate("Checks", "Callback number available")
    if lease is not None:
        callback = Check("callback.number", available, True,
                         translate("Checks", "A callback number is leased now."))
    elif pool.numbers:
        callback = Check("callback.number", available, True,
                         translate("Checks", "%n number(s) in {pool}.", None, 1)
                         .plural(len(pool.numbers)).format(pool=pool.label))
    elif caller_id:
        callback = Check("callback.number", available, True,
                         translate("Checks", "No pool: your own number will be the callback "
                                             "number."),
                         translate("Checks", "Ask your admin to set callback.pool so the "
                                             "answering point reaches you on a dedicated "
                                             "number."))
    else:
        callback = Check("callback.number", available, False,
                         translate("Checks", "No callback pool and no caller ID number."),
                         translate("Checks", "Set callback.pool or outbound.caller_id in the "
                                             "admin settings."))
    route = carrier.describe_emergency_route("911")
    return [
        reach_check(carrier),
        Check("outbound.profile", translate("Checks", "Outbound profile configured"),
              bool(caller_id),
              (translate("Checks", "Carrier: {carrier}; caller ID: set. Emergency calls go to "
                                   "{route}.") if caller_id else
               translate("Checks", "Carrier: {carrier}; caller ID: not set. Emergency calls go "
                                   "to {route}.")).format(carrier=carrier.name, route=route),
              "" if caller_id else translate("Checks", "Set outbound.caller_id (the agent's "
                                                       "number) in the admin settings.")),
        callback,
        *leases.registry.checks(),
        settings_check(settings, sites.problems()),
    ]


def settings_check(settings: Settings, more: list[str] | None = None) -> Check:
    """A settings file with errors (the fleet file above all) may leave emergency calling set
    up other than IT intended: it stays in view until fixed, not only in a passing message.
    ``more``: problems only visible across options (a number in two pools)."""
    problems = settings.problems + (more or [])
    title = translate("Checks", "Settings files valid")
    if not problems:
        return Check("settings.files", title, True,
                     translate("Checks", "The settings files have no errors."))
    return Check("settings.files", title, False, joined(problems),
                 translate("Checks", "Correct the file named above and restart the softphone; "
                                     "until then each setting in error uses its default."))
