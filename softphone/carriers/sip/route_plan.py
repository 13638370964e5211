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

from softphone.blocks.text import translate
from softphone.carriers.sip.config import Endpoint, SipConfig


@dataclass(frozen=True)
class Route:
    """One route of a plan. Its words are made only when a message needs them (never while a
    call is dialled): ``role`` is an identifier."""

    endpoint: Endpoint
    role: str  # "sbc", "fallback_sbc" or "calling_plan_proxy"

    def describe(self) -> str:
        """The route within a sentence, e.g. "the fallback SBC sbc2.example.com"."""
        host = self.endpoint.host
        if self.role == "sbc":
            return translate("Sip", "the SBC {host}").format(host=host)
        if self.role == "fallback_sbc":
            return translate("Sip", "the fallback SBC {host}").format(host=host)
        return translate("Sip", "the calling-plan proxy {host}").format(host=host)

    def subject(self) -> str:
        """The route at the start of a sentence, e.g. "The fallback SBC sbc2.example.com"."""
        host = self.endpoint.host
        if self.role == "sbc":
            return translate("Sip", "The SBC {host}").format(host=host)
        if self.role == "fallback_sbc":
            return translate("Sip", "The fallback SBC {host}").format(host=host)
        return translate("Sip", "The calling-plan proxy {host}").format(host=host)


@dataclass(frozen=True)
class RoutePlan:
    """Which routes an outbound call tries, in order, and why this path."""

    path: str  # "direct routing" or "direct offer" (an identifier; ``describe`` says it)
    routes: tuple[Route, ...]
    reason: str  # why this path: "calling_plan", "no_rule", "rule" or "direct_routing"
    pattern: str = ""  # the direct-routing rule that matched, for "rule"

    @property
    def why(self) -> str:
        """One clause saying why this path was chosen."""
        if self.reason == "calling_plan":
            return translate("Sip", "the agent has a calling-plan number")
        if self.reason == "no_rule":
            return translate("Sip", "no direct-routing rule matches the number")
        if self.reason == "rule":
            return translate("Sip", "the direct-routing rule {pattern} matches").format(
                pattern=self.pattern)
        return translate("Sip", "the agent has a direct-routing number")

    def describe(self) -> str:
        """The sentence the readiness panel shows for an emergency number."""
        if not self.routes:
            return translate("Sip", "Emergency route: none — {why}.").format(why=self.why)
        order = self.routes[0].describe()
        for route in self.routes[1:]:
            order = translate("Sip", "{routes}, then {route}").format(routes=order,
                                                                      route=route.describe())
        if self.path == "direct offer":
            message = translate("Sip", "Emergency route: direct offer via {routes} ({why}).")
        else:
            message = translate("Sip", "Emergency route: direct routing via {routes} ({why}).")
        return message.format(routes=order, why=self.why)


def _direct_routing(config: SipConfig) -> list[Route]:
    routes = []
    if config.proxy:
        routes.append(Route(config.proxy, "sbc"))
    if config.fallback_proxy:
        routes.append(Route(config.fallback_proxy, "fallback_sbc"))
    return routes


def _direct_offer(config: SipConfig) -> list[Route]:
    if config.direct_offer_proxy:
        return [Route(config.direct_offer_proxy, "calling_plan_proxy")]
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
        return RoutePlan("direct offer", _unique(_direct_offer(config)), "calling_plan")
    if config.number_kind == "both":
        pattern = next((p for p in config.direct_routing_patterns
                        if fnmatch.fnmatchcase(number, p)), None)
        if pattern is None:
            return RoutePlan("direct offer",
                             _unique(_direct_offer(config) + _direct_routing(config)),
                             "no_rule")
        return RoutePlan("direct routing",
                         _unique(_direct_routing(config) + _direct_offer(config)),
                         "rule", pattern)
    return RoutePlan("direct routing", _unique(_direct_routing(config) + _direct_offer(config)),
                     "direct_routing")
