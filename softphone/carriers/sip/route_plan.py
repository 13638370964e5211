"""Which routes a call tries, in order: the routing decision as a pure function of the settings.

An account has direct-routing numbers (calls leave through the company's SBC), calling-plan
numbers (the provider's own PSTN service, "direct offer"), or both. The decision:

* ``direct_routing``: the primary SBC, then the fallback SBC, then the calling-plan proxy if one
  is configured.
* ``calling_plan``: the calling-plan proxy only.
* ``both``: a dialled number matching one of ``direct_routing_patterns`` takes the direct-routing
  order above; any other number — including an emergency number no pattern names — takes the
  calling-plan path first, then the SBCs as fallbacks.

A route appears at most once in a plan (same host and port), so the adapter can never send the
same emergency call twice to one route by walking its plan.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass

from softphone.carriers.sip.config import Endpoint, SipConfig


@dataclass(frozen=True)
class Route:
    endpoint: Endpoint
    role: str  # "the SBC", "the fallback SBC", "the calling-plan proxy"

    def describe(self) -> str:
        return f"{self.role} {self.endpoint.host}"


@dataclass(frozen=True)
class RoutePlan:
    path: str  # "direct routing" or "direct offer"
    routes: tuple[Route, ...]
    why: str  # one clause saying why this path was chosen

    def describe(self) -> str:
        """The sentence the readiness panel shows for an emergency number."""
        if not self.routes:
            return f"Emergency route: none — {self.why}."
        order = ", then ".join(route.describe() for route in self.routes)
        return f"Emergency route: {self.path} via {order} ({self.why})."


def _direct_routing(config: SipConfig) -> list[Route]:
    routes = []
    if config.proxy:
        routes.append(Route(config.proxy, "the SBC"))
    if config.fallback_proxy:
        routes.append(Route(config.fallback_proxy, "the fallback SBC"))
    return routes


def _direct_offer(config: SipConfig) -> list[Route]:
    if config.direct_offer_proxy:
        return [Route(config.direct_offer_proxy, "the calling-plan proxy")]
    return []


def _unique(routes: list[Route]) -> tuple[Route, ...]:
    seen: set[Endpoint] = set()
    kept = []
    for route in routes:
        if route.endpoint not in seen:
            seen.add(route.endpoint)
            kept.append(route)
    return tuple(kept)


def plan_routes(config: SipConfig, number: str) -> RoutePlan:
    """The routes a call to ``number`` tries, first to last (see the module's rules)."""
    if config.number_kind == "calling_plan":
        return RoutePlan("direct offer", _unique(_direct_offer(config)),
                         "the agent has a calling-plan number")
    if config.number_kind == "both":
        pattern = next((p for p in config.direct_routing_patterns
                        if fnmatch.fnmatchcase(number, p)), None)
        if pattern is None:
            return RoutePlan("direct offer",
                             _unique(_direct_offer(config) + _direct_routing(config)),
                             "no direct-routing rule matches the number")
        return RoutePlan("direct routing",
                         _unique(_direct_routing(config) + _direct_offer(config)),
                         f"the direct-routing rule {pattern} matches")
    return RoutePlan("direct routing", _unique(_direct_routing(config) + _direct_offer(config)),
                     "the agent has a direct-routing number")
